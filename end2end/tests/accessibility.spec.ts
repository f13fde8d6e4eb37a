// An axe scan of every screen, in Dutch and in English, with the example family loaded.
//
// One walk per language goes through all the screens in one page: the example family is loaded
// once, then each address is opened afresh (page.goto, so every screen starts as it would when
// opened directly) and scanned. A screen's violations do not stop the walk: each is reported
// on its own (a soft assertion naming the screen and the language) and the test fails at the
// end. Loading the example for every screen separately took about three times as long.
import { Page } from "@playwright/test";
import { test, expect, appReady, axeViolations, loadExample, ROUTES, DETAIL_PATHS } from "./helpers";

const PATHS = [...ROUTES.map((r) => r.path), ...DETAIL_PATHS];

/** What Helder keeps in the browser's storage (every helder.* key). */
async function storedState(page: Page): Promise<Record<string, string | null>> {
  return page.evaluate(() =>
    Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith("helder.")).sort().map((k) => [k, localStorage.getItem(k)])),
  );
}

/** Scans the current screen; its violations are reported under its name, and the walk goes on. */
async function scan(page: Page, screen: string) {
  const violations = await axeViolations(page);
  expect.soft(violations, `${screen} has axe violations:\n${violations.join("\n")}`).toEqual([]);
}

for (const lang of ["nl", "en"] as const) {
  test(`every screen has no axe violations (${lang})`, async ({ page }) => {
    // 17 screens (and the welcome, in Dutch), each loaded and scanned: about 40 s, up to a minute
    // on a busy machine.
    test.setTimeout(180_000);
    await loadExample(
      page,
      lang === "nl" ? () => test.step("the welcome screen (nl)", () => scan(page, "the welcome screen (nl)")) : undefined,
    );
    if (lang === "en") {
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
    }
    // Every screen is scanned with the same stored data as the first, as if opened on its own.
    const stored = await storedState(page);
    for (const path of PATHS) {
      const screen = `${path} (${lang})`;
      await test.step(screen, async () => {
        await page.goto(path);
        await appReady(page, screen);
        await scan(page, screen);
        expect(await storedState(page), `${screen} changed the stored data, so later screens would not be scanned as opened on their own`).toEqual(stored);
      });
    }
  });
}
