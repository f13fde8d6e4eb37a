import { test, expect } from "@playwright/test";
import { appReady, loadExample } from "./helpers";
test("shots", async ({ page }) => {
  await loadExample(page);
  // Add a lawyer and the complaints commission so both lower groups show.
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    doc.household.organisations.push({ id: "o90", kind: "advocaat", name: "Advocaat Jansen", people: [], note: "" });
    doc.household.organisations.push({ id: "o91", kind: "klachtencommissie", name: "Klachtencommissie", people: [], note: "" });
    localStorage.setItem("helder.household", JSON.stringify(doc));
  });
  await page.goto("/netwerk");
  await appReady(page);
  const pic = page.locator("svg.hd-web-picture");
  if (await pic.count()) await pic.screenshot({ path: "/tmp/legal-web-picture.png" });
  await page.screenshot({ path: "/tmp/legal-web-desktop.png", fullPage: true });
});
