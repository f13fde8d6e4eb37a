// Shared steps for the browser tests: they act as a user would, by role and accessible name.
//
// Specs import `test` and `expect` from here, not from @playwright/test: this `test` mocks
// the browser's clock in every test (see TODAY), so no test depends on the real date.
import { test as base, expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

export { expect };

/** "Today" for every browser test: HELDER_TEST_TODAY (YYYY-MM-DD), or a fixed default. The
 * app reads the date from the browser (`new Date()`, src/store/device.rs), so the browser's
 * clock is set to noon UTC of that day (the same day in Amsterdam, the tests' time zone) and
 * runs on from there; timers run as usual. Run the suite at another day with e.g.
 * `HELDER_TEST_TODAY=2028-02-29 npx playwright test …`. */
export const TODAY: string = (() => {
  const day = process.env.HELDER_TEST_TODAY || "2026-11-30";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || isoDaysFrom(0, day) !== day) {
    throw new Error(`HELDER_TEST_TODAY must be a date as YYYY-MM-DD, not "${day}"`);
  }
  return day;
})();

/** The date `days` after `from` (default TODAY; negative for before), as YYYY-MM-DD. */
export function isoDaysFrom(days: number, from: string = TODAY): string {
  const [y, m, d] = from.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** A date (YYYY-MM-DD) as the app writes it in Dutch, e.g. "2 maart 2026". */
export function longDateNl(iso: string): string {
  const months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${months[m - 1]} ${y}`;
}

/** The moment the browser's clock starts at in every test. */
export const TEST_START = new Date(`${TODAY}T12:00:00Z`);

/** `test` with the browser's clock installed at TEST_START in every test (an automatic
 * fixture on the context, so it is in place before the first page loads). */
export const test = base.extend<{ mockedClock: void }>({
  mockedClock: [
    async ({ context }, use) => {
      await context.clock.install({ time: TEST_START });
      // The clock replaces `performance` with a stand-in whose timing entries are empty. The app
      // reads two of them (the navigation type, for quick exit's "back" bounce, and the first
      // paint), so those lists come from the browser's own object again; `now()` stays mocked.
      await context.addInitScript(() => {
        const real = (globalThis as any).__pwClock?.builtins?.performance;
        if (!real || real === performance) return;
        for (const name of ["getEntries", "getEntriesByName", "getEntriesByType"] as const) {
          (performance as any)[name] = real[name].bind(real);
        }
      });
      await use();
    },
    { auto: true },
  ],
});

/** The screen is complete: the app has mounted (the static first screen is gone), `<main>`
 * carries `data-ready` (the app sets it when the screen's lazily loaded part and the
 * organisation profile are in: src/components/ready.rs), no "loading" line is left, and the
 * heading is shown. Every scan (axe, reflow, words, direction) and every check that something
 * is absent waits for this first, so it looks at the screen's own content. `screen` names it in
 * a failure. */
export async function screenReady(page: Page, screen?: string) {
  const name = screen ? `${screen}: ` : "";
  await expect(page.locator("#boot"), `${name}the app did not start`).toHaveCount(0);
  await expect(page.locator("main#main"), `${name}the screen did not finish loading`).toHaveAttribute("data-ready", "true");
  await expect(page.locator("main#main .hd-loading"), `${name}a part is still loading`).toHaveCount(0);
  await expect(page.locator("main#main h1"), `${name}no heading shown`).toBeVisible();
}

/** The app has mounted and the screen is complete (the same as `screenReady`). */
export async function appReady(page: Page, screen?: string) {
  await screenReady(page, screen);
}

/** Opens the app on first use and loads the example family; `onWelcome` runs on the welcome
 * screen first (the axe walk scans it there). */
export async function loadExample(page: Page, onWelcome?: () => Promise<void>) {
  await page.goto("/");
  await appReady(page, "the welcome screen");
  if (onWelcome) await onWelcome();
  await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Voorbeeldgezin" })).toBeVisible();
  // The family's summary is a lazily loaded part: wait for it, not only for the badge.
  await screenReady(page, "the example's overview");
}

/** Follows a link in the main navigation, opening "Meer" first where the phone hides it. */
export async function navigate(page: Page, name: string, more = "Meer") {
  const nav = page.getByRole("navigation", { name: /Hoofdmenu|Main menu/ });
  const link = nav.getByRole("link", { name, exact: true });
  if (!(await link.isVisible())) {
    await nav.getByRole("button", { name: more }).click();
  }
  await link.click();
}

/** The axe violations (WCAG 2.2 A/AA and best practices) on the current screen, one line each
 * with the elements concerned; empty when there are none.
 *
 * axe runs in the page itself (`axe.run`, "legacy mode", which still scans same-origin frames;
 * Helder has none) instead of `runPartial` per frame plus `finishRun` in a blank page that is
 * opened for every scan: the same rules and, checked on every screen in both viewports, the
 * same results node for node, in less than half the time. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .setLegacyMode(true)
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`,
  );
}

/** Fails on any axe violation (WCAG 2.2 A/AA and best practices) on the current screen. */
export async function expectNoAxeViolations(page: Page) {
  const summary = await axeViolations(page);
  expect(summary, summary.join("\n")).toEqual([]);
}

/** Every screen and its heading in Dutch, as reached from the navigation. */
export const ROUTES: { nav: string; path: string; heading: RegExp }[] = [
  { nav: "Overzicht", path: "/", heading: /Gezin Visser|Overzicht/ },
  { nav: "Waar sta ik", path: "/kader", heading: /Waar sta ik/ },
  { nav: "Plan", path: "/plan", heading: /Plan/ },
  { nav: "Wie is wie", path: "/netwerk", heading: /Wie is wie/ },
  { nav: "Hulp en klachten", path: "/hulp", heading: /Hulp en klachten/ },
  { nav: "Noodstop", path: "/noodstop", heading: /Noodstop/ },
  { nav: "Rechten", path: "/rechten", heading: /Rechten/ },
  { nav: "Woorden uitgelegd", path: "/woorden", heading: /Woorden uitgelegd/ },
  { nav: "Instellingen", path: "/instellingen", heading: /Instellingen/ },
];

/** Screens below the main ones, reached from within them (checked by axe and for reflow). */
export const DETAIL_PATHS = [
  "/kader/ots",
  "/start",
  "/hulp/brief?soort=klacht",
  "/plan/bewerk/zorg/c1",
  "/plan/bewerk/doel/nieuw?bij=c1",
  "/plan/bewerk/afspraak/nieuw?bij=m1",
  "/plan/bewerk/klopt-niet/d1?bij=concern:c3",
  "/plan/afspraken/m1",
  "/netwerk?org=o3",
];

/** The passcode the lock tests use. */
export const CODE = "zonnebloem 7";

/** Loads the example family and sets a passcode in the settings (a short one is refused first). */
export async function setPasscode(page: Page) {
  await loadExample(page);
  await navigate(page, "Instellingen");
  await expect(page.getByText("vergeet je de code, dan kan niemand je gegevens terughalen")).toBeVisible();
  await page.getByLabel("Nieuwe code (minstens 8 tekens)").fill("kort");
  await page.getByLabel("Nieuwe code nog een keer").fill("kort");
  await page.getByLabel("Ik begrijp dat mijn gegevens weg zijn als ik de code vergeet.").check();
  await page.getByRole("button", { name: "Code instellen" }).click();
  await expect(page.getByRole("alert")).toContainText("De code is te kort.");
  await page.getByLabel("Nieuwe code (minstens 8 tekens)").fill(CODE);
  await page.getByLabel("Nieuwe code nog een keer").fill(CODE);
  await page.getByRole("button", { name: "Code instellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De code is ingesteld." })).toBeVisible({ timeout: 20_000 });
}

/** Types a passcode on the lock screen and opens. */
export async function unlock(page: Page, code: string) {
  await page.getByLabel("Toegangscode").fill(code);
  await page.getByRole("button", { name: "Openen" }).click();
}

/** A theme of /rechten (`#recht-<id>`) is unfolded, shows its statements, and is scrolled to the
 * top of the screen: below the header, not just somewhere in view. */
export async function expectThemeOpenAtTop(page: Page, id: string) {
  const theme = page.locator(`#recht-${id}`);
  await expect(theme).toHaveAttribute("open", "");
  await expect(theme.getByRole("listitem").first()).toBeVisible();
  const summary = theme.locator(":scope > summary");
  await expect(summary).toBeInViewport();
  await expect.poll(async () => (await summary.boundingBox())!.y).toBeLessThan(200);
  expect((await summary.boundingBox())!.y).toBeGreaterThanOrEqual(56); // the header is 56 px
}
