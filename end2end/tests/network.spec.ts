// The web of organisations: the example family's organisations, one organisation's powers and
// the plan entries it supplied, people (checked at entry), a change of family manager with its
// history, the warning when no family manager is active during a measure, print, axe.
import { test, expect, appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

test("the web shows the example family's organisations; one shows its powers and what it supplied", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Wie is wie");
  const web = page.getByRole("region", { name: "Het web rond jullie gezin" });
  for (const name of [
    "Veilig Thuis Amsterdam-Amstelland",
    "Ouder- en kindteam Noord",
    "Jeugdbescherming Regio Amsterdam",
    "Het Noorderlicht College",
    "Huisartsenpraktijk Buikslotermeer",
  ]) {
    await expect(web.getByRole("link", { name })).toBeVisible();
  }
  await expect(web.getByRole("region", { name: "Vrijwillig: je mag nee zeggen" })).toContainText("geeft zorgen of informatie door aan");
  await expectNoAxeViolations(page);

  await web.getByRole("link", { name: "Jeugdbescherming Regio Amsterdam" }).click();
  await expect(page).toHaveURL(/\/netwerk\?org=o3$/);
  await expect(page.getByRole("heading", { level: 2, name: "Jeugdbescherming Regio Amsterdam" })).toBeFocused();
  await expect(page.getByRole("heading", { name: "Wat ze mag beslissen" })).toBeVisible();
  await expect(page.getByText(/schriftelijke aanwijzing geven/)).toBeVisible();
  await expect(page.getByText("Kan zelf geen maatregel opleggen of verlengen. Dat doet de rechter.")).toBeVisible();
  const supplied = page.getByRole("region", { name: "Wat deze organisatie in jullie plan zette" });
  await expect(supplied).toContainText("De ruzies tussen de ouders");
  await expect(supplied).toContainText("Daan heeft het naar zijn zin");
  await expect(page.getByRole("link", { name: "Bel Joost de Wit" })).toHaveAttribute("href", "tel:0200000000");
  await expect(page.getByText(/klacht indienen bij de klachtencommissie, binnen 1 jaar/)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a person is added only with a valid phone number, and a change of family manager keeps the history", async ({ page }) => {
  await loadExample(page);
  await page.goto("/netwerk?org=o3");
  await appReady(page);
  await page.getByRole("button", { name: "Persoon toevoegen" }).click();
  // The form opens below the list: it comes into view with the cursor in its first field.
  await expect(page.getByLabel("Naam", { exact: true })).toBeFocused();
  await expect(page.getByLabel("Naam", { exact: true })).toBeInViewport();
  await page.getByLabel("Naam", { exact: true }).fill("Ayse Kaya");
  await page.getByLabel(/Telefoonnummer/).fill("06-12ab");
  await page.getByRole("button", { name: "Persoon bewaren" }).click();
  await expect(page.getByText("Dit lijkt geen telefoonnummer.", { exact: false })).toBeVisible();
  await expect(page.getByLabel(/Telefoonnummer/)).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Ayse Kaya —")).toHaveCount(0);
  await page.getByLabel(/Telefoonnummer/).fill("06 1234 5678");
  await page.getByRole("button", { name: "Persoon bewaren" }).click();
  await expect(page.getByRole("link", { name: "Bel Ayse Kaya" })).toHaveAttribute("href", "tel:0612345678");

  await page.getByRole("button", { name: "Nieuwe gezinsmanager vastleggen" }).click();
  await page.getByLabel("Naam", { exact: true }).fill("Sara Bakker");
  await page.getByRole("button", { name: "Wissel vastleggen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sara Bakker is nu jullie gezinsmanager" })).toBeVisible();
  const history = page.getByRole("region", { name: "Geschiedenis van de gezinsmanagers" });
  await expect(history.getByRole("listitem").first()).toContainText("Sara Bakker");
  await expect(history).toContainText(/Joost de Wit — gezinsmanager · .* tot en met /);

  await page.reload();
  await appReady(page);
  await expect(page.getByRole("region", { name: "Geschiedenis van de gezinsmanagers" })).toContainText("Sara Bakker");
  await expectNoAxeViolations(page);
});

test("the overview warns when a measure runs and no family manager is active", async ({ page }) => {
  await loadExample(page);
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    const h = doc.household;
    const last = h.position.path[h.position.path.length - 1].since;
    h.position.path.push({ stage: "ots", since: last });
    for (const o of h.organisations) {
      for (const p of o.people) if (p.role === "lead-family-manager") p.until = last;
    }
    localStorage.setItem("helder.household", JSON.stringify(doc));
  });
  await page.goto("/");
  await appReady(page);
  const warning = page.getByRole("region", { name: "Let op: wie helpt jullie?" });
  await expect(warning).toContainText("Er loopt een maatregel (Ondertoezichtstelling (OTS))");
  await warning.getByRole("link", { name: "Naar Wie is wie" }).click();
  await expect(page.getByRole("region", { name: "Let op: wie helpt jullie?" })).toBeVisible();
  // Under a measure Jeugdbescherming carries out the judge's decision: it moves to the judge's side.
  await expect(page.getByRole("region", { name: "De rechter, en wie de rechter iets vraagt of een maatregel uitvoert" })).toContainText("Jeugdbescherming Regio Amsterdam");
  await expectNoAxeViolations(page);
});

test("removing an organisation that the plan cites asks what to do with those sources", async ({ page }) => {
  await loadExample(page);
  await page.goto("/netwerk?org=o4");
  await appReady(page);
  await page.getByRole("button", { name: "Organisatie verwijderen" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("2 punten in jullie plan noemen Het Noorderlicht College als bron");
  await expect(dialog.getByRole("radio", { name: "De naam als tekst bij die punten laten staan" })).toBeChecked();
  await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Het Noorderlicht College is verwijderd." })).toBeVisible();
  await navigate(page, "Plan");
  await expect(page.getByText(/Marco Rossi, mentor \(Het Noorderlicht College\)/)).toBeVisible();
});

test("removing an organisation or a person can be undone, with the plan's sources as they were", async ({ page }) => {
  await loadExample(page);
  const stored = () => page.evaluate(() => localStorage.getItem("helder.household"));
  const before = JSON.parse((await stored())!).household;
  await page.goto("/netwerk?org=o4");
  await appReady(page);
  await page.getByRole("button", { name: "Organisatie verwijderen" }).click();
  await page.getByRole("alertdialog").getByRole("radio", { name: "De naam als tekst bij die punten laten staan" }).check();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, verwijderen" }).click();
  const notice = page.getByRole("status").filter({ hasText: "Het Noorderlicht College is verwijderd." });
  await expect(notice).toBeVisible();
  expect(JSON.parse((await stored())!).household.organisations.map((o: { id: string }) => o.id)).not.toContain("o4");
  await notice.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByText("Teruggezet zoals het was.")).toBeVisible();
  // Saved as it was: the organisation, its people and the plan entries that cite it.
  expect(JSON.parse((await stored())!).household).toEqual(before);
  await page.goto("/netwerk?org=o4");
  await appReady(page);
  await expect(page.getByRole("heading", { name: "Het Noorderlicht College" }).first()).toBeVisible();

  // A person the same way.
  const person = await page.evaluate(() => JSON.parse(localStorage.getItem("helder.household")!).household.organisations.find((o: { id: string }) => o.id === "o4").people[0].name);
  await page.getByRole("button", { name: `Verwijder ${person}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, verwijderen" }).click();
  const personNotice = page.getByRole("status").filter({ hasText: `${person} is verwijderd.` });
  await personNotice.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.getByText("Teruggezet zoals het was.")).toBeVisible();
  expect(JSON.parse((await stored())!).household).toEqual(before);
});

test("the web and the contact list print on one A4 page", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Wie is wie");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".hd-web-picture")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Contactlijst" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toBeHidden();
  await expect(page.getByRole("heading", { name: "Organisatie toevoegen" })).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
  await page.emulateMedia({ media: "screen" });
});
