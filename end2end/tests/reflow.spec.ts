// Reflow (WCAG 1.4.10): at 320 CSS pixels wide — what a 1280 px screen shows at 400 % zoom,
// or a small phone — no screen scrolls sideways, in Dutch and in English.
import { test, expect, appReady, loadExample, ROUTES, DETAIL_PATHS } from "./helpers";

test.use({ viewport: { width: 320, height: 640 } });

const PATHS = [...ROUTES.map((r) => r.path), ...DETAIL_PATHS];

for (const lang of ["nl", "en"]) {
  test(`no screen scrolls sideways at 320 px (${lang})`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== "phone", "one viewport is enough");
    await loadExample(page);
    if (lang === "en") await page.getByRole("button", { name: "English" }).click();
    const wide: string[] = [];
    for (const path of PATHS) {
      await page.goto(path);
      await appReady(page, `${path} (${lang})`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path}: ${overflow}px`);
    }
    expect(wide, wide.join(", ")).toEqual([]);
  });
}
