// Lazy screens (src/screens.rs, tools/wasm.mjs): the first screen needs only the main part of
// the app; the other screens' parts are fetched when needed and ahead of time, and a part that
// cannot be fetched is said in plain words without touching the stored data.
import { Page } from "@playwright/test";
import { test, expect, appReady, loadExample, navigate } from "./helpers";

// The service worker would fetch and serve the parts itself, out of reach of page.route; these
// tests are about the app's own loading (the offline tests cover the service worker).
test.use({ serviceWorkers: "block" });

const PART = /\/pkg-[0-9a-f]{16}\/(split_|chunk_)[^/]*\.wasm$/;

/** Refuses every lazily loaded part, as a dropped connection on a first visit would. */
async function refuseParts(page: Page) {
  await page.route(PART, (route) => route.abort("internetdisconnected"));
}

test("the welcome of a first visit needs none of the other parts", async ({ page }) => {
  await refuseParts(page);
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Helder" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("a part that cannot be fetched is explained, can be tried again, and nothing is lost", async ({ page }) => {
  await refuseParts(page);
  await page.goto("/");
  await appReady(page);
  await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
  // The family's summary is a part of its own: the example is saved, its summary cannot come.
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Dit deel van Helder kon niet worden geladen");
  await expect(alert).toContainText("Je gegevens zijn niet verloren");
  const stored = await page.evaluate(() => localStorage.getItem("helder.household"));
  expect(stored).toContain("Visser");

  await navigate(page, "Waar sta ik");
  await expect(alert).toContainText("Dit deel van Helder kon niet worden geladen");
  expect(await page.evaluate(() => localStorage.getItem("helder.household"))).toBe(stored);

  // The connection is back: trying again opens the screen.
  await page.unroute(PART);
  await alert.getByRole("button", { name: "Opnieuw laden" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Waar sta ik" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Voorbeeldgezin" })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});

test("every group is fetched ahead of time, so screens open without the network", async ({ page, context }) => {
  const fetched = new Set<string>();
  page.on("requestfinished", (request) => {
    const m = /\/(split_[a-z_]+)\.wasm$/.exec(request.url());
    if (m) fetched.add(m[1]);
  });
  await loadExample(page);
  await expect
    .poll(() => [...fetched].sort(), { timeout: 15_000 })
    .toEqual(["split_framework", "split_help", "split_overview", "split_plan", "split_settings"]);

  // No service worker here: the parts are already in the app.
  await context.setOffline(true);
  for (const [nav, heading] of <[string, string | RegExp][]>[
    ["Waar sta ik", "Waar sta ik"],
    ["Plan", /Plan/],
    ["Rechten", /Rechten/],
    ["Instellingen", "Instellingen"],
  ]) {
    await navigate(page, nav);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  }
  await context.setOffline(false);
});

test("opening a screen directly shows it once its part has arrived", async ({ page }) => {
  await page.goto("/rechten");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: /Rechten/ })).toBeVisible();
  await expect(page.getByRole("alert")).toHaveCount(0);
});
