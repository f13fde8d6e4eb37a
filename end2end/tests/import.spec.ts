// Putting back a copy: a preview of what changes, undo, and refused files that leave the
// stored data exactly as it was.
import { Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import { test, expect, appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

const FIXTURE_V1 = path.resolve(__dirname, "../../tests/fixtures/household-v1.json");
const PICK = "Kies het bestand met je kopie (.json)";

async function stored(page: Page) {
  return page.evaluate(() => localStorage.getItem("helder.household"));
}

async function pick(page: Page, name: string, text: string) {
  await page.getByLabel(PICK).setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
}

test("an older copy shows a preview, replaces the data, and undo brings the old data back", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Instellingen");
  const before = await stored(page);
  const file = JSON.parse(fs.readFileSync(FIXTURE_V1, "utf8"));
  file.household.label = "Gezin Jansen";
  file.household.is_example = false;
  file.household.children.push({ id: "k99", name: "Sam", birth_year: 2020 });
  await pick(page, "helder-kopie.json", JSON.stringify(file));

  const preview = page.getByRole("alertdialog", { name: "Wat verandert er?" });
  await expect(preview).toBeVisible();
  await expect(preview).toContainText("Naam in het bestand: Gezin Jansen");
  await expect(preview).toContainText("oudere versie van Helder (versie 1)");
  const children = preview.getByRole("row", { name: /Kinderen/ });
  await expect(children.getByRole("cell")).toHaveText(["2", "3"]);
  await expectNoAxeViolations(page);
  // Nothing is stored before the user confirms.
  expect(await stored(page)).toBe(before);

  await preview.getByRole("button", { name: "Ja, zet deze kopie terug" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De kopie is teruggezet." }).first()).toBeVisible();
  expect(await stored(page)).toContain("Gezin Jansen");
  await navigate(page, "Overzicht");
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Jansen" })).toBeVisible();

  await page.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();
  expect(JSON.parse((await stored(page))!).household).toEqual(JSON.parse(before!).household);
});

test("cancelling the preview changes nothing", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Instellingen");
  const before = await stored(page);
  await pick(page, "kopie.json", fs.readFileSync(FIXTURE_V1, "utf8"));
  await page.getByRole("button", { name: "Nee, niet terugzetten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je gegevens zijn niet veranderd." })).toBeVisible();
  expect(await stored(page)).toBe(before);
});

test("a damaged, a newer and a strange file are refused and the data stays", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Instellingen");
  const before = (await stored(page))!;

  const wrongKind = JSON.parse(before);
  wrongKind.household.plan.concerns[0].kind = "roddel";
  await pick(page, "kapot.json", JSON.stringify(wrongKind));
  let alert = page.getByRole("alert");
  await expect(alert).toContainText("Dit bestand kan Helder niet terugzetten.");
  await expect(alert).toContainText("plan.concerns[0].kind");
  await expect(alert).toContainText("Je gegevens zijn niet veranderd.");
  expect(await stored(page)).toBe(before);

  const newer = JSON.parse(before);
  newer.version = 99;
  await pick(page, "nieuw.json", JSON.stringify(newer));
  alert = page.getByRole("alert");
  await expect(alert).toContainText("nieuwere versie van Helder (versie 99");
  expect(await stored(page)).toBe(before);

  await pick(page, "foto.json", "dit is geen json {");
  await expect(page.getByRole("alert")).toContainText("Dit is geen kopie van Helder.");
  expect(await stored(page)).toBe(before);

  await pick(page, "groot.json", " ".repeat(2 * 1024 * 1024 + 10));
  await expect(page.getByRole("alert")).toContainText("Dit bestand is te groot (2,0 MB)");
  expect(await stored(page)).toBe(before);
  await expectNoAxeViolations(page);
});

test("a copy protected with a password is encrypted, and opens again only with that password", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Instellingen");
  const card = page.getByRole("region", { name: "Een kopie bewaren" });
  await card.getByRole("checkbox", { name: "Beveilig de kopie met een wachtwoord" }).check();
  await card.getByLabel("Wachtwoord voor de kopie (minstens 8 tekens)").fill("geheim 123");
  await card.getByLabel("Wachtwoord nog een keer").fill("geheim 12");
  await card.getByRole("button", { name: "Kopie downloaden" }).click();
  await expect(card.getByRole("alert")).toContainText("De twee wachtwoorden zijn niet hetzelfde.");
  await card.getByLabel("Wachtwoord nog een keer").fill("geheim 123");
  await expectNoAxeViolations(page);
  const download = page.waitForEvent("download");
  await card.getByRole("button", { name: "Kopie downloaden" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^helder-\d{4}-\d{2}-\d{2}-beveiligd\.json$/);
  await expect(card.getByRole("status")).toContainText("Je beveiligde kopie is gemaakt.", { timeout: 20_000 });
  const text = fs.readFileSync(await file.path(), "utf8");
  const envelope = JSON.parse(text);
  expect(envelope).toMatchObject({ format: "helder-locked", version: 1, kdf: { name: "PBKDF2-SHA256", iterations: 600000 } });
  expect(text).not.toContain("Visser");

  // Put it back in an emptied Helder: the password is asked first.
  await page.evaluate(() => localStorage.removeItem("helder.household"));
  await page.goto("/");
  await appReady(page);
  // First use has no navigation yet: the welcome links to putting back a copy.
  await page.getByRole("link", { name: "Heb je al een kopie van Helder? Zet hem terug" }).click();
  await pick(page, "helder-beveiligd.json", text);
  const ask = page.getByRole("form", { name: "Deze kopie is beveiligd met een wachtwoord" });
  await ask.getByLabel("Wachtwoord van de kopie").fill("fout wachtwoord");
  await ask.getByRole("button", { name: "Kopie openen" }).click();
  await expect(page.getByRole("alert")).toContainText("Dit wachtwoord klopt niet.", { timeout: 20_000 });
  expect(await stored(page)).toBeNull();
  await expectNoAxeViolations(page);
  await page.getByLabel("Wachtwoord van de kopie").fill("geheim 123");
  await page.getByRole("button", { name: "Kopie openen" }).click();
  const preview = page.getByRole("alertdialog", { name: "Wat verandert er?" });
  await expect(preview).toContainText("Naam in het bestand: Gezin Visser", { timeout: 20_000 });
  await preview.getByRole("button", { name: "Ja, zet deze kopie terug" }).click();
  await navigate(page, "Overzicht");
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();
});

// An older or hand-edited copy can carry a `next_id` at or below ids it already uses. Before
// the fix, the next new entry repeated an id, the app saved that, and at the next start the
// stored data could not be read. Now it is repaired when read (src/domain/validation.rs).
test("a copy whose next_id is too low can be put back, added to, and still opens after a reload", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Instellingen");
  const file = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../tests/fixtures/household-v2.json"), "utf8"));
  file.household.label = "Gezin Jansen";
  file.household.is_example = false;
  file.household.next_id = 1;
  await pick(page, "oude-kopie.json", JSON.stringify(file));
  await page.getByRole("alertdialog", { name: "Wat verandert er?" }).getByRole("button", { name: "Ja, zet deze kopie terug" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De kopie is teruggezet." }).first()).toBeVisible();

  await navigate(page, "Plan");
  await page.getByRole("link", { name: "Zorg toevoegen", exact: true }).click();
  await page.getByLabel("Wat is de zorg?").fill("Een nieuwe zorg na het terugzetten.");
  await page.getByLabel("Wat voor uitspraak is het?").selectOption({ label: "Mening" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();

  const doc = JSON.parse((await stored(page))!);
  const ids: string[] = [
    ...doc.household.children,
    ...doc.household.organisations,
    ...doc.household.organisations.flatMap((o: { people: object[] }) => o.people),
    ...Object.values(doc.household.plan).flatMap((list) => (Array.isArray(list) ? list : [])),
  ].map((x: { id?: string }) => x.id!).filter(Boolean);
  expect(new Set(ids).size, `repeated ids: ${ids.join(" ")}`).toBe(ids.length);

  await page.reload();
  await appReady(page);
  await expect(page.getByRole("alert")).toHaveCount(0);
  await expect(page.locator(".hd-entry").filter({ hasText: "Een nieuwe zorg na het terugzetten." })).toBeVisible();
});
