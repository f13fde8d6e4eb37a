// The plan in the family's hands: add, change, remove with undo, drafts, disputes with a
// correction letter, decisions with legal terms, agreements to share, search in folded items.
import { Page } from "@playwright/test";
import { test, expect, isoDaysFrom, expectNoAxeViolations, loadExample, navigate } from "./helpers";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "phone", "editing is tested on the phone viewport");
});

/** A date `days` before the mocked today (helpers.ts, TODAY), as the app's date fields take it. */
function isoDaysAgo(days: number): string {
  return isoDaysFrom(-days);
}

async function openPlan(page: Page) {
  await navigate(page, "Plan");
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
}

test("a new concern: missing text is named at the field, then saved, then undone", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  await page.getByRole("link", { name: "Zorg toevoegen", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Een zorg toevoegen" })).toBeVisible();

  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByRole("alert")).toContainText("Niet opgeslagen");
  const text = page.getByLabel("Wat is de zorg?");
  await expect(text).toHaveAttribute("aria-invalid", "true");
  await expect(text).toBeFocused();
  await expect(page.locator("#f-text-error")).toHaveText("Vul dit in.");

  // A date in the future is refused for something that already happened.
  await page.getByLabel("Wanneer is de zorg genoemd?").fill("2099-01-01");
  await text.fill("Er is te weinig ruimte in huis voor drie kinderen.");
  await page.getByLabel("Wat voor uitspraak is het?").selectOption({ label: "Mening" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#f-date-error")).toContainText("in de toekomst");
  await page.getByLabel("Wanneer is de zorg genoemd?").fill(isoDaysAgo(1));
  await page.getByLabel("Van welke organisatie komt het?").selectOption({ label: "Jeugdbescherming Regio Amsterdam" });
  await page.getByRole("button", { name: "Opslaan" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  const card = page.locator(".hd-entry").filter({ hasText: "te weinig ruimte in huis" });
  await expect(card).toContainText("Mening");
  await expect(card).toContainText("Jeugdbescherming Regio Amsterdam");
  // Newest first: the new concern comes before the older ones.
  const concerns = page.getByRole("region", { name: "Zorgen" }).locator(".hd-entry__text");
  await expect(concerns.first()).toContainText("te weinig ruimte");

  // Saved on the device: still there after a reload.
  await page.reload();
  await expect(page.locator(".hd-entry").filter({ hasText: "te weinig ruimte in huis" })).toBeVisible();
});

test("removing a concern says what went with it, and undo puts everything back", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  await page.getByRole("link", { name: /^Bewerken: Daan zou thuis vaak zonder avondeten/ }).click();
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  const notice = page.locator(".hd-undo");
  await expect(notice).toContainText("Verwijderd.");
  await expect(notice).toContainText("1 keer ‘klopt niet’");
  await expect(page.getByText("Daan zou thuis vaak zonder avondeten")).toHaveCount(0);

  await notice.getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(notice).toContainText("Teruggezet");
  await expect(page.locator(".hd-entry").filter({ hasText: "Daan zou thuis vaak zonder avondeten" })).toBeVisible();
  await page.reload();
  await expect(page.locator(".hd-entry").filter({ hasText: "Daan zou thuis vaak zonder avondeten" })).toContainText("Klopt niet volgens ons");
});

test("a draft survives leaving the form, and can be thrown away", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  await page.getByRole("link", { name: /^Bewerken: Noor gaat weer elke schooldag/ }).click();
  await page.getByLabel("Nieuwe notitie over de voortgang (mag leeg)").fill("Deze week twee keer te laat.");
  await navigate(page, "Overzicht");
  await page.goBack();
  await expect(page.getByRole("status").filter({ hasText: "teruggezet" })).toBeVisible();
  await expect(page.getByLabel("Nieuwe notitie over de voortgang (mag leeg)")).toHaveValue("Deze week twee keer te laat.");
  await page.getByRole("button", { name: "Opnieuw beginnen" }).click();
  await expect(page.getByLabel("Nieuwe notitie over de voortgang (mag leeg)")).toHaveValue("");

  await page.getByLabel("Nieuwe notitie over de voortgang (mag leeg)").fill("Hele week op school.");
  await page.getByLabel("Wanneer moet het bereikt zijn? (mag leeg)").fill("2020-01-01");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#f-due-error")).toContainText("te vroeg");
  await page.getByLabel("Wanneer moet het bereikt zijn? (mag leeg)").fill("");
  await page.getByRole("button", { name: "Opslaan" }).click();
  const goal = page.locator("#doelen .hd-entry").filter({ hasText: "Noor gaat weer elke schooldag" });
  await expect(goal).toContainText("Hele week op school.");
  await expect(goal).not.toContainText("Streefdatum");
});

test("this is not correct: the family's account becomes a correction letter to the supplier", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  // An opinion: the letter asks to add the family's view, not to "correct" an opinion.
  await page.getByRole("link", { name: /^Klopt dit niet\? De ruzies tussen de ouders/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Dit klopt niet" })).toBeVisible();
  await expect(page.locator(".hd-quote")).toContainText("De ruzies tussen de ouders");
  await page.getByLabel("Wat klopt er niet? Jullie eigen lezing").fill("");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#f-account-error")).toHaveText("Vul dit in.");
  await page.getByLabel("Wat klopt er niet? Jullie eigen lezing").fill("Wij maken veel minder ruzie sinds de zomer. Vraag het school.");
  await page.getByRole("button", { name: "Opslaan" }).click();

  const letterSection = page.getByRole("region", { name: "Een brief om het te laten verbeteren" });
  await expect(letterSection).toContainText("De brief gaat naar: Jeugdbescherming Regio Amsterdam.");
  await expect(letterSection).toContainText("Bron: AVG art. 15 en 16");
  await letterSection.getByRole("button", { name: "Maak de brief" }).click();
  await expect(letterSection.locator(".hd-field__error")).toContainText("Vul je naam in");
  await letterSection.getByLabel("Je naam").fill("Karim Visser");
  await letterSection.getByRole("button", { name: "Maak de brief" }).click();
  const letter = letterSection.getByLabel("Je brief (je kunt hem hier aanpassen)");
  await expect(letter).toHaveValue(/Aan: Jeugdbescherming Regio Amsterdam/);
  await expect(letter).toHaveValue(/"De ruzies tussen de ouders over de omgang belasten de kinderen\."/);
  await expect(letter).toHaveValue(/Wij maken veel minder ruzie sinds de zomer/);
  await expect(letter).toHaveValue(/onze eigen lezing aan het dossier toe te voegen \(Jeugdwet artikel 7\.3\.8\)/);
  await expect(letter).not.toHaveValue(/feitelijke fouten te verbeteren/);
  await letterSection.getByRole("button", { name: "Bewaren bij mijn verzoeken" }).click();
  await expect(letterSection.getByRole("status")).toContainText("Bewaard bij je verzoeken");

  // The family sends it and records that; the plan shows the state.
  await page.getByLabel("Hoe staat het met jullie verzoek?").selectOption({ label: "Verzoek verstuurd" });
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#f-status_date-error")).toHaveText("Vul dit in.");
  await page.getByLabel(/^Op welke dag\?/).fill(isoDaysAgo(0));
  await page.getByRole("button", { name: "Opslaan" }).click();
  const concern = page.locator(".hd-entry").filter({ hasText: "De ruzies tussen de ouders" });
  await expect(concern).toContainText("Klopt niet volgens ons");
  await expect(concern).toContainText("Verzoek verstuurd");
});

test("a written instruction shows the two-week term on the overview, with its source", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  await page.getByRole("link", { name: "Beslissing toevoegen", exact: true }).click();
  await page.getByLabel("Wat voor beslissing?").selectOption({ label: "Schriftelijke aanwijzing" });
  await page.getByLabel("Waar gaat de beslissing over?").fill("Noor moet naar de schoolarts");
  await page.getByLabel("Datum", { exact: true }).fill(isoDaysAgo(4));
  await page.getByRole("button", { name: "Opslaan" }).click();
  const decision = page.locator(".hd-entry").filter({ hasText: "Noor moet naar de schoolarts" });
  await expect(decision).toContainText("Je hebt tot en met");
  await expect(decision).toContainText("BW 1:264");

  await navigate(page, "Overzicht");
  // A running legal term comes first on the overview.
  const due = page.getByRole("region", { name: "Eerst dit" });
  await expect(due).toContainText('Nog 10 dagen om de kinderrechter te vragen de schriftelijke aanwijzing "Noor moet naar de schoolarts" ongeldig te verklaren');
  await expect(due).toContainText("Je hebt geen advocaat nodig.");
  await due.getByText("De regel en de bron").first().click();
  await expect(due).toContainText("Bron: BW 1:264");
  await expectNoAxeViolations(page);
});

test("agreements of a meeting: add one with each party's word, then show it to share or print", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  await page.getByRole("link", { name: "Afspraak toevoegen", exact: true }).first().click();
  await expect(page.getByLabel("Wie (1)")).toHaveValue("Moeder (Sanne)");
  await page.getByLabel("Wat is er afgesproken?").fill("Over twee weken een nieuw gesprek, bij ons thuis.");
  await page.getByLabel("Akkoord? (1)").selectOption({ label: "akkoord" });
  await page.getByLabel("Akkoord? (3)").selectOption({ label: "niet akkoord" });
  await page.getByRole("button", { name: "Nog iemand toevoegen" }).click();
  await expect(page.getByLabel("Wie (6)")).toBeFocused();
  await page.getByLabel("Wie (6)").fill("Oma Visser");
  await page.getByRole("button", { name: "Opslaan" }).click();

  await page.getByRole("link", { name: "Afsprakenlijst tonen, delen of printen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Afspraken van het plangesprek");
  const list = page.locator(".hd-agreements--large");
  await expect(list).toContainText("Over twee weken een nieuw gesprek");
  await expect(list).toContainText("Joost de Wit (Jeugdbescherming): niet akkoord");
  await expect(list).toContainText("Oma Visser: nog niet gevraagd");
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Deze pagina afdrukken" })).toBeHidden();
  await expect(list).toBeVisible();
});

test("search finds items folded away, and a meeting in the far future is questioned", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  const reached = page.locator("summary", { hasText: "Bereikte doelen (1)" });
  await expect(reached).toBeVisible();
  await expect(page.getByText("Daan gaat wekelijks naar voetbal.")).toBeHidden();
  await page.getByLabel("Zoeken in het plan (ook in oudere punten)").fill("voetbal");
  await expect(page.getByText("Daan gaat wekelijks naar voetbal.")).toBeVisible();
  await expect(page.getByText("Noor gaat weer elke schooldag naar school.")).toHaveCount(0);
  await page.getByLabel("Zoeken in het plan (ook in oudere punten)").fill("zzz-niets");
  await expect(page.getByText("Niets gevonden.").first()).toBeVisible();

  await page.getByLabel("Zoeken in het plan (ook in oudere punten)").fill("");
  await page.getByRole("link", { name: "Gesprek toevoegen", exact: true }).click();
  await page.getByLabel("Datum van het gesprek").fill(isoDaysFrom(3 * 366));
  await page.getByLabel("Waar ging het over?").fill("Evaluatie");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator("#f-date-error")).toContainText("meer dan een jaar vooruit");
  await expectNoAxeViolations(page);
});

test("an address for an entry that does not exist says so", async ({ page }) => {
  await loadExample(page);
  await page.goto("/plan/bewerk/zorg/c999");
  await expect(page.getByRole("heading", { level: 1, name: "Niet gevonden" })).toBeVisible();
  await page.getByRole("link", { name: "Terug naar het plan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
});

test("the whole plan flow survives a reload and the agreements list prints", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  // A concern with kind and source.
  await page.getByRole("link", { name: "Zorg toevoegen", exact: true }).click();
  await page.getByLabel("Wat is de zorg?").fill("Sem (4) gaat niet naar de peuteropvang.");
  await page.getByLabel("Wat voor uitspraak is het?").selectOption({ label: "Feit" });
  await page.getByLabel("Wie zei of schreef het? (mag leeg)").fill("Joost de Wit");
  await page.getByLabel(/^Waar staat het\?/).fill("Plangesprek");
  await page.getByLabel("Van welke organisatie komt het?").selectOption({ label: "Jeugdbescherming Regio Amsterdam" });
  await page.getByRole("button", { name: "Opslaan" }).click();

  // A goal for it, with progress.
  await page.getByRole("link", { name: /^Doel bij deze zorg toevoegen: Sem \(4\)/ }).click();
  await expect(page.getByRole("checkbox", { name: "Sem (4) gaat niet naar de peuteropvang." })).toBeChecked();
  await page.getByLabel("Wat is het doel?").fill("Sem gaat drie ochtenden per week naar de opvang.");
  await page.getByLabel("Stappen").fill("Aanmelden\nWennen met papa erbij");
  await page.getByLabel("Hoe ver is het?").selectOption({ label: "Bezig" });
  await page.getByLabel("Nieuwe notitie over de voortgang (mag leeg)").fill("Aangemeld.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  const concern = page.locator("#zorgen .hd-entry").filter({ hasText: "Sem (4) gaat niet" });
  await expect(concern).toContainText("Sem gaat drie ochtenden per week naar de opvang. — Bezig");

  // A meeting with two agreements, accorded by some parties.
  await page.getByRole("link", { name: "Gesprek toevoegen", exact: true }).click();
  await page.getByLabel("Datum van het gesprek").fill(isoDaysAgo(0));
  await page.getByLabel("Wat voor gesprek?").selectOption({ label: "Plangesprek" });
  await page.getByLabel("Waar ging het over?").fill("De opvang van Sem");
  await page.getByLabel("Wie waren erbij?").fill("Sanne\nKarim\nJoost de Wit");
  await page.getByLabel("Hoe ging het gesprek?").fill("We konden alles zeggen.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  const meeting = page.locator("#gesprekken .hd-entry").filter({ hasText: "De opvang van Sem" });
  for (const [text, accords] of [
    ["Joost belt de opvang.", ["yes", "yes", "yes"]],
    ["Karim brengt Sem op dinsdag.", ["yes", "no", "unknown"]],
  ] as const) {
    await meeting.getByRole("link", { name: "Afspraak toevoegen", exact: true }).click();
    await page.getByLabel("Wat is er afgesproken?").fill(text);
    for (const [i, value] of accords.entries()) {
      await page.getByLabel(`Akkoord? (${i + 1})`).selectOption(value);
    }
    await page.getByRole("button", { name: "Opslaan" }).click();
  }
  await expect(meeting).toContainText("Karim: niet akkoord");

  // Dispute the concern and get the letter.
  await concern.getByRole("link", { name: /^Klopt dit niet\?/ }).click();
  await page.getByLabel("Wat klopt er niet? Jullie eigen lezing").fill("Sem gaat al twee ochtenden. Vraag het de opvang.");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await page.getByLabel("Je naam").fill("Sanne Visser");
  await page.getByRole("button", { name: "Maak de brief" }).click();
  await expect(page.getByLabel("Je brief (je kunt hem hier aanpassen)")).toHaveValue(/feitelijke fouten te verbeteren \(AVG artikel 16\)/);

  // A report due soon gives a warning on the overview.
  await navigate(page, "Overzicht");
  await expect(page.getByRole("region", { name: "Eerst dit" })).toContainText("Verslag van de Jeugdbeschermingstafel");

  // Everything is still there after a reload.
  await page.reload();
  await openPlan(page);
  await expect(concern).toContainText("Klopt niet volgens ons");
  await expect(concern).toContainText("— Bezig");
  await expect(meeting).toContainText("Joost belt de opvang.");
  await expect(meeting).toContainText("Karim brengt Sem op dinsdag.");

  // The agreements list prints on paper without buttons.
  await meeting.getByRole("link", { name: "Afsprakenlijst tonen, delen of printen" }).click();
  await expect(page.locator(".hd-agreements--large > li")).toHaveCount(2);
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBe(1);
  await expect(page.locator(".hd-actions")).toBeHidden();
  await expectNoAxeViolations(page);
});

test("removing a concern with goals asks what to do with them", async ({ page }) => {
  await loadExample(page);
  await openPlan(page);
  await page.getByRole("link", { name: /^Bewerken: Noor \(13\) mist veel lessen/ }).click();
  await page.getByRole("button", { name: "Verwijderen" }).click();
  const question = page.getByRole("group", { name: /Bij deze zorg hoort 1 doel\./ });
  await expect(question).toBeFocused();
  await question.getByRole("button", { name: "Toch niet verwijderen" }).click();
  await expect(question).toHaveCount(0);
  await page.getByRole("button", { name: "Verwijderen" }).click();
  await page.getByRole("button", { name: "Doelen ook verwijderen" }).click();
  await expect(page.locator(".hd-undo")).toContainText("Ook verwijderd: 1 doel dat alleen bij deze zorg hoorde.");
  await expect(page.locator("#doelen")).not.toContainText("Noor gaat weer elke schooldag");
  await page.locator(".hd-undo").getByRole("button", { name: "Ongedaan maken" }).click();
  await expect(page.locator("#doelen")).toContainText("Noor gaat weer elke schooldag");
});
