// Content-Security-Policy and no third parties: every route loads and works under the strict
// policy, no request leaves Helder's own origin, and the browser reports no violation.
import { Page } from "@playwright/test";
import { test, expect, appReady, loadExample, navigate, ROUTES } from "./helpers";

const EXTRA_PATHS = [
  "/kader/ots",
  "/netwerk?org=o3",
  "/hulp/brief?soort=klacht",
  "/hulp/brief?soort=bemiddelaar",
  "/bestaat-niet",
];

function watch(page: Page, baseURL: string) {
  const own = new URL(baseURL).origin;
  const elsewhere: string[] = [];
  const violations: string[] = [];
  page.on("request", (req) => {
    const url = new URL(req.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    if (url.origin !== own) elsewhere.push(req.url());
  });
  page.on("console", (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return { elsewhere, violations };
}

async function reportedViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as any).__cspViolations ?? []);
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as any).__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
});

test("the page carries a strict policy, as meta and as header", async ({ page }) => {
  const response = await page.goto("/");
  await appReady(page);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  const header = response!.headers()["content-security-policy"];
  for (const policy of [meta!, header]) {
    expect(policy).toContain("default-src 'self'");
    // The module start script and the quick-exit start-up script (index.html), by hash.
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+'){2}(;|$)/);
    expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'(;|$)/);
    expect(policy).not.toContain("unsafe-inline");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(policy).toContain(`connect-src 'self' ${process.env.HELDER_RECEIVER}`);
    for (const d of ["img-src 'self' data:", "manifest-src 'self'", "worker-src 'self'", "base-uri 'none'", "form-action 'none'", "object-src 'none'"]) {
      expect(policy).toContain(d);
    }
  }
  expect(header).toContain("frame-ancestors 'none'");
  expect(await reportedViolations(page)).toEqual([]);
});

test("every route loads and works with no request to another origin and no violation", async ({ page, baseURL }) => {
  const seen = watch(page, baseURL!);
  await loadExample(page);
  for (const route of ROUTES) {
    await navigate(page, route.nav);
    await expect(page.getByRole("heading", { level: 1, name: route.heading })).toBeVisible();
    expect(await reportedViolations(page), route.path).toEqual([]);
  }
  // Each address loaded from scratch too, so the start-up script runs under the policy.
  for (const path of [...ROUTES.map((r) => r.path), ...EXTRA_PATHS]) {
    await page.goto(path);
    await appReady(page);
    expect(await reportedViolations(page), path).toEqual([]);
  }
  // Using things: the map, a plan entry, the letter, a download, the language switch.
  await page.goto("/kader");
  await appReady(page);
  await page.goto("/instellingen");
  await appReady(page);
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Kopie downloaden", exact: true }).click();
  expect((await download).suggestedFilename()).toMatch(/^helder-.*\.json$/);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Settings" })).toBeVisible();
  await page.getByRole("button", { name: "Nederlands" }).click();
  await page.goto("/hulp/brief?soort=klacht");
  await appReady(page);
  const mail = page.getByRole("link", { name: /mail/i }).first();
  if (await mail.count()) expect(await mail.getAttribute("href")).toMatch(/^mailto:/);

  expect(await reportedViolations(page)).toEqual([]);
  expect(seen.violations).toEqual([]);
  expect(seen.elsewhere).toEqual([]);
});
