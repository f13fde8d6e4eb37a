// The framework map: where the family stands, who decides, changing the stage, print.
import { test, expect, TODAY, appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

test("the map marks the example family's stage and the path taken", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Waar sta ik");
  const here = page.locator('.hd-map a[aria-current="step"]');
  await expect(here).toHaveCount(1);
  await expect(here).toContainText("Je bent hier");
  await expect(here).toContainText("Preventieve jeugdbescherming (drang)");
  await expect(here).toContainText("Beslist: jij en je gezin");
  await expect(page.getByText(/Stap 1 van jullie weg, sinds/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "De rechter beslist" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Jullie weg tot nu toe" })).toBeVisible();
  // On a phone the map reads top to bottom without sideways scrolling.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("a stage says who decides, what saying no can lead to, and only a judge imposes a measure", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Waar sta ik");
  await page.locator('.hd-map a[aria-current="step"]').click();
  await expect(page.getByRole("heading", { level: 1, name: "Preventieve jeugdbescherming (drang)" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wie beslist" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Wat gebeurt er als je nee zegt" })).toBeVisible();
  await expect(page.getByText("Alleen een rechter kan een maatregel opleggen.").first()).toBeVisible();
  // The section's sources are folded at its end (a number by each statement).
  const sources = page.locator("details.hd-sources-fold").first();
  await sources.locator("summary").click();
  await expect(sources.getByText(/Bron: .+ · gecontroleerd 28 november 2026/).first()).toBeVisible();

  await page.goto("/kader/ots");
  await appReady(page);
  const who = page.getByRole("heading", { level: 2, name: "Wie beslist" }).locator("..");
  await expect(who).toContainText("rechter");
  // An OTS also ends by itself when its term runs out and nobody extends it (BW 1:258).
  const next = page.getByRole("heading", { level: 2, name: "Wat kan er hierna gebeuren" }).locator("..");
  await expect(next.getByRole("listitem").filter({ has: page.locator('a[href="/kader/einde-maatregel"]') }))
    .toContainText("beslist: de kinderrechter, of niemand: de termijn loopt af zonder verlenging");
});

test("changing the stage is kept, with the path, after a reload", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  await page.getByLabel("Sinds wanneer?").fill("2000-01-01");
  await page.getByRole("button", { name: "Ja, hier staan we nu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "vóór je vorige stap" })).toBeVisible();

  await page.getByLabel("Sinds wanneer?").fill(TODAY);
  await page.getByRole("button", { name: "Ja, hier staan we nu" }).click();
  await expect(page.getByText("Opgeslagen. Dit is nu jullie stap.")).toBeVisible();

  await page.reload();
  await appReady(page);
  await navigate(page, "Waar sta ik");
  const here = page.locator('.hd-map a[aria-current="step"]');
  await expect(here).toContainText("Ondertoezichtstelling (OTS)");
  await expect(here).toContainText("Stap 4 van jullie weg");
  await expect(page.locator(".hd-path li")).toHaveCount(4);
  await navigate(page, "Overzicht");
  await expect(page.getByText("Een rechter heeft een maatregel opgelegd. Je moet de hulp aannemen en schriftelijke aanwijzingen opvolgen.")).toBeVisible();
});

test("every stage can be opened with the keyboard", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader");
  await appReady(page);
  const cards = page.locator("a.hd-map__card");
  const count = await cards.count();
  expect(count).toBeGreaterThan(8);
  for (let i = 0; i < count; i++) {
    await page.goto("/kader");
    await appReady(page);
    const href = await cards.nth(i).getAttribute("href");
    // Only Tab from the top of the screen, as a keyboard user would, until this card has focus.
    let reached = false;
    for (let tabs = 0; tabs < 150 && !reached; tabs++) {
      await page.keyboard.press("Tab");
      reached = await cards.nth(i).evaluate((el) => el === document.activeElement);
    }
    expect(reached, `card ${i} (${href}) reached with Tab`).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Terug naar alle stappen" })).toBeVisible();
  }
});

test("a stored stage this version does not know is kept and explained", async ({ page }) => {
  await loadExample(page);
  const stored = await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    doc.household.position.path.push({ stage: "nieuwe-stap", since: doc.household.position.path[2].since });
    const text = JSON.stringify(doc);
    localStorage.setItem("helder.household", text);
    return text;
  });
  await page.reload();
  await appReady(page);
  await expect(page.getByText(/kent deze versie van Helder niet/)).toBeVisible();
  await navigate(page, "Waar sta ik");
  await expect(page.getByRole("status").filter({ hasText: "nieuwe-stap" })).toBeVisible();
  await expect(page.locator('.hd-map a[aria-current="step"]')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("helder.household"))).toBe(stored);
});

test("the map prints on A4 with 'you are here'", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader");
  await appReady(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Snel weg" })).toBeHidden();
  await expect(page.locator('.hd-map a[aria-current="step"]')).toContainText("Je bent hier");
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThan(0);
  expect(pages).toBeLessThanOrEqual(4);
  await page.emulateMedia({ media: "screen" });
  await expectNoAxeViolations(page);
});
