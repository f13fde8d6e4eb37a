// Shared steps for the browser tests: they act as a user would, by role and accessible name.
import { expect, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** The app has mounted (the static first screen is gone); `screen` names it in a failure. */
export async function appReady(page: Page, screen?: string) {
  await expect(page.locator("#boot"), screen && `${screen}: the app did not start`).toHaveCount(0);
  await expect(page.locator("main#main h1"), screen && `${screen}: no heading shown`).toBeVisible();
}

/** Opens the app on first use and loads the example family; `onWelcome` runs on the welcome
 * screen first (the axe walk scans it there). */
export async function loadExample(page: Page, onWelcome?: () => Promise<void>) {
  await page.goto("/");
  await appReady(page, "the welcome screen");
  if (onWelcome) await onWelcome();
  await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Voorbeeldgezin" })).toBeVisible();
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
  await page.getByLabel("Nieuwe code (minstens 6 tekens)").fill("kort");
  await page.getByLabel("Nieuwe code nog een keer").fill("kort");
  await page.getByLabel("Ik begrijp dat mijn gegevens weg zijn als ik de code vergeet.").check();
  await page.getByRole("button", { name: "Code instellen" }).click();
  await expect(page.getByRole("alert")).toContainText("De code is te kort.");
  await page.getByLabel("Nieuwe code (minstens 6 tekens)").fill(CODE);
  await page.getByLabel("Nieuwe code nog een keer").fill(CODE);
  await page.getByRole("button", { name: "Code instellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De code is ingesteld." })).toBeVisible({ timeout: 20_000 });
}

/** Types a passcode on the lock screen and opens. */
export async function unlock(page: Page, code: string) {
  await page.getByLabel("Toegangscode").fill(code);
  await page.getByRole("button", { name: "Openen" }).click();
}
