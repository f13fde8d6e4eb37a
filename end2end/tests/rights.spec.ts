// Rights (/rechten) and paper: the current stage first, rights by theme with sources, "print my
// rights" within 5 A4 pages with the stage and the contacts, and the overview on one page.
// (The budget was 4 pages; the corrected legal texts, the family's own running terms and
// contacts, and the words explained at the end need a fifth: docs/testing.md.)
import fs from "node:fs";
import path from "node:path";
import { Page } from "@playwright/test";
import { test, expect, appReady, expectNoAxeViolations, loadExample, expectThemeOpenAtTop } from "./helpers";

/** Pages in a PDF made by Chromium. */
function pdfPages(pdf: Buffer): number {
  return (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
}

/** Moves the stored example family to another stage (as if recorded on the map today, the
 * browser's mocked day: never before the example's own last step, so the stored path stays in
 * order whatever day the tests run on). */
async function moveTo(page: Page, stage: string) {
  await page.evaluate((stage) => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    const now = new Date();
    const since = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, "0")).join("-");
    doc.household.position.path.push({ stage, since });
    localStorage.setItem("helder.household", JSON.stringify(doc));
  }, stage);
}

/** A stage's name as the content gives it (content/<lang>/stages.toml). */
function stageName(lang: string, stage: string): string {
  const toml = fs.readFileSync(path.join(__dirname, `../../content/${lang}/stages.toml`), "utf8");
  const name = toml.match(new RegExp(`^id = "${stage}"\\s*\\nname = "([^"]+)"`, "m"));
  if (!name) throw new Error(`no name for ${stage} in ${lang}`);
  return name[1];
}

test("the rights at the current stage come first, then every theme with its source", async ({ page }) => {
  await loadExample(page);
  await page.goto("/rechten");
  await appReady(page);
  const headings = page.getByRole("main").getByRole("heading", { level: 2 });
  await expect(headings.first()).toHaveText("Jouw rechten nu: Preventieve jeugdbescherming (drang)");
  await expect(headings.nth(1)).toHaveText("Je rechten per onderwerp");
  // At drang, saying no matters most and comes first; a written instruction does not.
  const themes = page.locator("details.hd-theme > summary");
  await expect(themes.first()).toContainText("Nee zeggen, waar dat mag");
  await expect(themes.first()).toContainText("telt nu");
  await expect(page.locator("#recht-aanwijzing > summary")).not.toContainText("telt nu");
  await page.locator("#recht-opnemen > summary").click();
  await expect(page.getByText(/Een gesprek opnemen waar je zelf aan meedoet, is niet strafbaar/)).toBeVisible();
  await page.locator("#recht-opnemen details.hd-sources-fold > summary").click();
  await expect(page.locator("#recht-opnemen .hd-sources-fold").getByText(/Bron: Wetboek van Strafrecht art\. 139a–139c; Rv 803; advies Helder .* · gecontroleerd 29 november 2026/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Jeugdwet", exact: true })).toHaveAttribute("href", "https://wetten.overheid.nl/BWBR0034925");
  await expectNoAxeViolations(page);
});

test("without a stage, every theme is there and the map is one tap away", async ({ page }) => {
  await page.goto("/rechten");
  await appReady(page);
  await expect(page.getByText("Je hebt nog niet aangegeven waar je gezin staat.", { exact: false })).toBeVisible();
  await expect(page.locator("details.hd-theme")).toHaveCount(11);
  await expect(page.getByRole("link", { name: "Kies op de kaart waar je nu staat" })).toBeVisible();
});

for (const lang of ["nl", "en"]) {
  test(`print my rights: at most 5 A4 pages with the stage, the contacts and the sources (${lang})`, async ({ page }) => {
    await loadExample(page);
    if (lang === "en") await page.getByRole("button", { name: "English" }).click();
    await page.goto("/rechten");
    await appReady(page);
    const printButton = page.getByRole("button", { name: lang === "nl" ? "Mijn rechten afdrukken" : "Print my rights" });
    await expect(printButton).toBeVisible();
    // The screen promises a number of pages; the printout keeps that promise.
    const hint = await page.getByText(lang === "nl" ? /Hoogstens \d+ A4-pagina's/ : /At most \d+ A4 pages/).textContent();
    const promised = Number(hint!.match(/(\d+) A4/)![1]);
    expect(promised).toBe(5);
    await page.emulateMedia({ media: "print" });
    // No navigation or buttons on paper; the date printed, the family and its stage are there.
    await expect(page.getByRole("navigation", { name: /Hoofdmenu|Main menu/ })).toBeHidden();
    await expect(printButton).toBeHidden();
    await expect(page.getByText(lang === "nl" ? /^Afgedrukt op \d{1,2} \p{L}+ \d{4}$/u : /^Printed on \d{1,2} \p{L}+ \d{4}$/u)).toBeVisible();
    await expect(page.getByRole("heading", { name: lang === "nl" ? /Jouw rechten nu: Preventieve jeugdbescherming/ : /Your rights now: Preventive youth protection/ })).toBeVisible();
    // A theme that is folded on screen is open on paper.
    await expect(page.locator("#recht-familiegroepsplan .hd-statement").first()).toBeVisible();
    // Contacts from the organisation profile, links followed by their address.
    const contacts = page.locator(".hd-rights-contacts");
    await expect(contacts).toBeVisible();
    await expect(contacts).toContainText("Jeugdbescherming Regio Amsterdam");
    await expect(contacts).toContainText("0800-33 55555");
    await expect(contacts).toContainText("klachten@voorbeeld.nl");
    const after = await page.locator(".hd-sources a").first().evaluate((a) => getComputedStyle(a, "::after").content);
    expect(after).toMatch(/attr\(href\)|wetten\.overheid\.nl/);
    await expect(page.locator(".hd-rights-sources")).toBeVisible();
    // The rights at every other stage stay on screen only.
    await expect(page.locator("#rights-stages")).toBeHidden();
    const pages = pdfPages(await page.pdf({ format: "A4" }));
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThanOrEqual(promised);
  });
}

test("an address with a theme opens that theme and shows it", async ({ page }) => {
  await page.goto("/rechten#recht-advocaat");
  await appReady(page);
  await expectThemeOpenAtTop(page, "advocaat");
  // The other themes stay folded.
  await expect(page.locator("details.hd-theme[open]")).toHaveCount(1);
});

test("a written instruction's theme leads to the request to the judge, a complaint's to the complaint route", async ({ page }) => {
  await loadExample(page);
  await page.goto("/rechten");
  await appReady(page);
  await page.locator("#recht-aanwijzing > summary").click();
  await page.locator("#recht-aanwijzing").screenshot({ path: "/tmp/rights-instruction.png" });
  await page.locator("#recht-aanwijzing").getByRole("link", { name: "Het verzoek aan de kinderrechter maken" }).click();
  await appReady(page);
  await expect(page).toHaveURL(/\/hulp\/rechter\?soort=aanwijzing$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goBack();
  await appReady(page);
  await page.locator("#recht-klacht > summary").click();
  await page.locator("#recht-klacht").getByRole("link", { name: "Naar de klachtroute en de klachtbrief" }).click();
  await appReady(page);
  await expect(page).toHaveURL(/\/hulp$/);
});

test("print my rights stays within 5 pages at the stages with the most rights", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the PDF does not depend on the viewport");
  await loadExample(page);
  for (const lang of ["nl", "en"]) {
    await page.evaluate((lang) => localStorage.setItem("helder.lang", lang), lang);
    for (const stage of ["ots", "uithuisplaatsing", "raadsonderzoek", "gezag", "geen-hulp"]) {
      await moveTo(page, stage);
      await page.goto("/rechten");
      await appReady(page);
      // The stage took effect (the stored data is still readable and in order).
      const now = (lang === "nl" ? "Jouw rechten nu: " : "Your rights now: ") + stageName(lang, stage);
      await expect(page.getByRole("main").getByRole("heading", { level: 2 }).first()).toHaveText(now);
      await page.emulateMedia({ media: "print" });
      const pages = pdfPages(await page.pdf({ format: "A4" }));
      expect(pages, `${stage} (${lang})`).toBeGreaterThan(0);
      expect(pages, `${stage} (${lang})`).toBeLessThanOrEqual(5);
      await page.emulateMedia({ media: "screen" });
    }
  }
});

test("the overview prints on one page with position, concerns, goals and deadlines", async ({ page }) => {
  await loadExample(page);
  await page.goto("/");
  await appReady(page);
  const summary = page.locator(".hd-plan-summary");
  await expect(summary).toBeHidden();
  await expect(page.getByRole("button", { name: "Dit overzicht afdrukken (1 pagina)" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { name: "Zorgen" })).toBeVisible();
  await expect(summary).toContainText("Noor (13) mist veel lessen");
  await expect(summary.getByRole("heading", { name: "Doelen" })).toBeVisible();
  await expect(summary).toContainText("Noor gaat weer elke schooldag naar school.");
  await expect(page.getByRole("heading", { name: "Waar staan we nu" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Wat komt eraan" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Noodstop/ })).toBeHidden();
  expect(pdfPages(await page.pdf({ format: "A4" }))).toBe(1);
  await page.emulateMedia({ media: "screen" });
  await expectNoAxeViolations(page);
});
