// An axe scan of every screen, in Dutch and in English, with the example family loaded.
import { test } from "@playwright/test";
import { appReady, expectNoAxeViolations, loadExample, ROUTES, DETAIL_PATHS } from "./helpers";

test("the welcome screen has no axe violations", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expectNoAxeViolations(page);
});

const PATHS = [...ROUTES.map((r) => r.path), ...DETAIL_PATHS];

for (const lang of ["nl", "en"]) {
  for (const path of PATHS) {
    test(`${path} has no axe violations (${lang})`, async ({ page }) => {
      await loadExample(page);
      if (lang === "en") {
        await page.getByRole("button", { name: "English" }).click();
      }
      await page.goto(path);
      await appReady(page);
      await expectNoAxeViolations(page);
    });
  }
}
