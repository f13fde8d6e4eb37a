// Shorter pages without losing sources (issue 24): on screen each statement has a small number
// and the section's sources fold open at its end; on paper every statement keeps its full
// source line.
import { test, expect, appReady, expectNoAxeViolations, loadExample } from "./helpers";

test("a section's sources are folded at its end on screen and in full on paper", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  const section = page.locator("section.hd-card").filter({ has: page.getByRole("heading", { level: 2, name: "Wie beslist" }) });
  const statements = section.locator(".hd-statement");
  expect(await statements.count()).toBeGreaterThan(0);
  // A number by each statement, no source line between the statements.
  await expect(statements.first().locator(".hd-statement__ref")).toHaveText(/\d/);
  await expect(statements.first().locator(".hd-statement__source")).toBeHidden();
  const fold = section.locator("details.hd-sources-fold");
  await expect(fold.locator("summary")).toHaveText(/Bronnen bij dit deel \(\d+\)/);
  const list = fold.locator("ol > li");
  await expect(list.first()).toBeHidden();
  await fold.locator("summary").click();
  await expect(list.first()).toBeVisible();
  await expect(list.first()).toHaveText(/^Bron: .+ · gecontroleerd \d+ \w+ 2026$/);
  // Numbers refer to the list: the highest number is the number of sources.
  const numbers = (await statements.locator(".hd-statement__ref").allTextContents()).map((t) => Number(t.replace(/\D/g, "")));
  expect(Math.max(...numbers)).toBe(await list.count());
  await page.screenshot({ path: "/tmp/glossary-sources.png" });
  await expectNoAxeViolations(page);

  await page.emulateMedia({ media: "print" });
  await expect(statements.first().locator(".hd-statement__source")).toBeVisible();
  await expect(statements.first().locator(".hd-statement__source")).toHaveText(/^Bron: .+ · gecontroleerd/);
  await expect(statements.first().locator(".hd-statement__ref")).toBeHidden();
  await expect(fold).toBeHidden();
  await page.emulateMedia({ media: "screen" });
});
