// Requests to the kinderrechter the family writes itself (/hulp/rechter): from a written
// instruction recorded in the plan, the overview's warning leads to the request; the letter
// holds the family's data and the instruction's date, prints on at most 2 A4 pages, is kept,
// marked sent, and the warning ends. Today is fixed with page.clock.
import { Page } from "@playwright/test";
import { test, expect, appReady, expectNoAxeViolations, loadExample, navigate, expectThemeOpenAtTop } from "./helpers";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "phone", "the court requests are tested on the phone viewport");
});

const TITLE = "Noor mag niet meer naar de sportclub";

/** The example family moves to a supervision order on 2 November 2026; today is 8 December
 * 2026. */
async function familyUnderSupervision(page: Page) {
  await page.clock.setFixedTime(new Date("2026-12-08T10:00:00"));
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  await page.getByLabel("Sinds wanneer?").fill("2026-11-02");
  await page.getByRole("button", { name: "Ja, hier staan we nu" }).click();
  await expect(page.getByText("Opgeslagen. Dit is nu jullie stap.")).toBeVisible();
}

/** The same family records a written instruction sent on 1 December 2026. */
async function familyWithInstruction(page: Page) {
  await familyUnderSupervision(page);
  await navigate(page, "Plan");
  await page.getByRole("link", { name: "Beslissing toevoegen", exact: true }).click();
  await page.getByLabel("Wat voor beslissing?").selectOption({ label: "Schriftelijke aanwijzing" });
  await page.getByLabel("Waar gaat de beslissing over?").pressSequentially(TITLE);
  await page.getByLabel("Datum", { exact: true }).fill("2026-12-01");
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.locator(".hd-entry").filter({ hasText: TITLE })).toBeVisible();
}

test("from the overview's warning to a drafted request, kept, sent, and the warning ends", async ({ page }) => {
  await familyWithInstruction(page);
  await navigate(page, "Overzicht");
  const due = page.getByRole("region", { name: "Eerst dit" });
  await expect(due).toContainText(TITLE);
  await due.getByRole("link", { name: "Vraag het de kinderrechter" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Een schriftelijke aanwijzing laten vervallen" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Nog 7 dagen" })).toContainText("15 december 2026");
  await expect(page.getByText("Je hebt geen advocaat nodig.").first()).toBeVisible();
  // The sources are gathered (folded) at the end of each section on screen.
  await expect(page.locator("main#main")).toContainText("Bron: BW 1:264 lid 3");
  // The recorded instruction is chosen, with its title and date.
  await expect(page.getByLabel("Wat staat er in de beslissing? (in een paar woorden)")).toHaveValue(TITLE);
  await expect(page.getByLabel("Op welke dag is de beslissing verstuurd of aan je gegeven?")).toHaveValue("2026-12-01");

  // A form with gaps: the problems are named, next to their fields, and nothing is made.
  await page.getByRole("button", { name: "Maak de brief" }).click();
  await expect(page.getByRole("alert")).toContainText("Kies wie het vraagt.");
  await expect(page.locator("#court-name-error")).toHaveText("Vul je voornamen en achternaam in. De rechtbank heeft die nodig.");
  await expect(page.getByLabel("Je voornamen en achternaam")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("heading", { name: "Je brief", exact: true })).toHaveCount(0);

  await page.getByLabel("Ik ben ouder met gezag").check();
  await page.getByLabel("Je voornamen en achternaam").pressSequentially("Sanne Visser");
  await page.getByLabel("Je adres en woonplaats").pressSequentially("Voorbeeldstraat 1, 1000 AA Amsterdam");
  await page.getByLabel("Wat vraag je de rechter precies?").pressSequentially("De hele aanwijzing.");
  await page.getByLabel("Waarom vraag je dit?").pressSequentially("De sportclub is goed voor Noor. Ze gaat er graag heen.");
  await page.getByRole("button", { name: "Maak de brief" }).click();

  const letter = page.getByLabel("Je brief (je kunt hem hier aanpassen)");
  await expect(letter).toBeVisible();
  const text = await letter.inputValue();
  for (const part of [
    "Sanne Visser",
    "Voorbeeldstraat 1, 1000 AA Amsterdam",
    "Aan de kinderrechter",
    "VERZOEKSCHRIFT",
    "BW 1:264",
    "Ik ben ouder en heb het gezag over mijn kind.",
    "Het gaat om: Noor",
    `de beslissing "${TITLE}" van Jeugdbescherming Regio Amsterdam, verstuurd of aan mij gegeven op 1 december 2026`,
    "De hele aanwijzing.",
    "De sportclub is goed voor Noor.",
    "8 december 2026",
    "Handtekening:",
    "Bijlage:",
  ]) {
    expect(text, `the letter lacks ${part}`).toContain(part);
  }
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/court-letter.png", fullPage: true });

  // Printed: the letter alone, on at most 2 A4 pages.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByLabel("Je voornamen en achternaam")).toBeHidden();
  const pdf = await page.pdf({ format: "A4" });
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) || []).length;
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
  await page.emulateMedia({ media: "screen" });

  // Marking it sent before keeping it asks to keep it first.
  await page.getByRole("button", { name: "Vastleggen dat hij verstuurd is" }).click();
  await expect(page.getByText("Bewaar de brief eerst bij je verzoeken.")).toBeVisible();
  await page.getByRole("button", { name: "Bewaren bij mijn verzoeken" }).click();
  await expect(page.getByText("Bewaard bij je verzoeken.")).toBeVisible();
  await page.getByLabel("Op welke dag ging de brief naar de rechtbank?").fill("2026-12-08");
  await page.getByRole("button", { name: "Vastleggen dat hij verstuurd is" }).click();
  await expect(page.getByText("Vastgelegd: verstuurd op 8 december 2026.")).toBeVisible();

  // The warning has ended, and stays ended after a reload.
  await page.reload();
  await appReady(page);
  await navigate(page, "Overzicht");
  await expect(page.getByText(`de schriftelijke aanwijzing "${TITLE}"`)).toHaveCount(0);
});

test("the list offers the requests that fit the stage first and folds the others with the reason", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-08T10:00:00"));
  await loadExample(page);
  // The example family is in "drang": nothing fits yet, so everything is folded, with why.
  await page.goto("/hulp/rechter");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Zelf de kinderrechter iets vragen" })).toBeVisible();
  await expect(page.getByText("Bij jullie situatie in Helder past nu geen van deze verzoeken.")).toBeVisible();
  const others = page.locator("details.hd-court__others");
  await others.locator("summary").click();
  await expect(others.getByRole("link", { name: "De ondertoezichtstelling eerder laten stoppen" })).toBeVisible();
  await expect(others).toContainText("omdat het bij een ondertoezichtstelling hoort");
  await expect(page.getByText("Voor deze verzoeken heb je geen advocaat nodig.")).toBeVisible();
  // Where a lawyer is required, Helder says so and drafts nothing.
  await page.goto("/hulp/rechter?soort=uitvoering-ots");
  await appReady(page);
  await expect(page.getByText("Hiervoor heb je wel een advocaat nodig.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Maak de brief" })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a late request can still be made, with the reason, and says what the judge can do", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-20T10:00:00"));
  await loadExample(page);
  await page.goto("/hulp/rechter?soort=aanwijzing");
  await appReady(page);
  await page.getByLabel("Wat staat er in de beslissing? (in een paar woorden)").pressSequentially("Geen logeerpartijen");
  await page.getByLabel("Op welke dag is de beslissing verstuurd of aan je gegeven?").fill("2026-12-01");
  await expect(page.getByRole("status").filter({ hasText: "De termijn is voorbij sinds dinsdag 15 december 2026" })).toBeVisible();
  await expect(page.getByLabel("Waarom komt je verzoek na de termijn?")).toBeVisible();
  // A date in the future is refused next to the field.
  await page.getByLabel("Op welke dag is de beslissing verstuurd of aan je gegeven?").fill("2026-12-21");
  await page.getByRole("button", { name: "Maak de brief" }).click();
  await expect(page.locator("#court-decision-date-error")).toHaveText("Die dag ligt in de toekomst.");
});

test("in English, by keyboard only", async ({ page }) => {
  await page.clock.setFixedTime(new Date("2026-12-08T10:00:00"));
  await loadExample(page);
  await page.getByRole("button", { name: "English" }).click();
  await page.goto("/hulp/rechter?soort=andere-gi");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Another youth protection organisation" })).toBeVisible();
  await expect(page.getByText("There is no term for this.")).toBeVisible();
  await page.getByLabel("I am a parent with parental authority").focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Sanne Visser");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Voorbeeldstraat 1, Amsterdam");
  await page.getByLabel("What exactly do you ask the judge?").focus();
  await page.keyboard.type("Another organisation.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("We cannot work together any more.");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Noor agrees.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Make the letter" })).toBeFocused();
  await page.keyboard.press("Enter");
  const text = await page.getByLabel("Your letter (you can change it here)").inputValue();
  expect(text).toContain("PETITION (VERZOEKSCHRIFT)");
  expect(text).toContain("Discussed with the child:");
  expect(text).toContain("Noor agrees.");
  expect(text).not.toContain("Attachment:");
  await expectNoAxeViolations(page);
});

test("the request is reachable from the complaint questions, the stage page and the decision in the plan", async ({ page }) => {
  await familyWithInstruction(page);
  // The decision in the plan.
  const decision = page.locator(".hd-entry").filter({ hasText: TITLE });
  await decision.getByRole("link", { name: "Vraag het de kinderrechter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Een schriftelijke aanwijzing laten vervallen" })).toBeVisible();
  await expect(page.getByLabel("Wat staat er in de beslissing? (in een paar woorden)")).toHaveValue(TITLE);
  // The stage page of a supervision order.
  await page.goto("/kader/ots");
  await appReady(page);
  await page.getByRole("link", { name: "Zelf de kinderrechter iets vragen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Zelf de kinderrechter iets vragen" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Een schriftelijke aanwijzing laten vervallen" })).toBeVisible();
  // The complaint questions.
  await navigate(page, "Hulp en klachten");
  await page.getByRole("radio", { name: "Een schriftelijke aanwijzing" }).check();
  await page.getByRole("radio", { name: /Jeugdbescherming \(de gezinsmanager\)/ }).check();
  await page.getByRole("region", { name: /een verzoek aan de kinderrechter over de aanwijzing/ })
    .getByRole("link", { name: "Zelf de kinderrechter iets vragen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Een schriftelijke aanwijzing laten vervallen" })).toBeVisible();
});

test("in English: from the reminder to the petition, kept and sent, and the reminder ends", async ({ page }) => {
  await familyWithInstruction(page);
  await page.getByRole("button", { name: "English" }).click();
  await navigate(page, "Overview", "More");
  const first = page.getByRole("region", { name: "First this" });
  await expect(first).toContainText(TITLE);
  await first.getByRole("link", { name: "Ask the juvenile judge" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cancel a written instruction" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "7 days left" })).toContainText("15 December 2026");
  await page.getByLabel("I am a parent with parental authority").check();
  await page.getByLabel("Your first names and surname").pressSequentially("Sanne Visser");
  await page.getByLabel("Your address and town").pressSequentially("Voorbeeldstraat 1, Amsterdam");
  await page.getByLabel("What exactly do you ask the judge?").pressSequentially("The whole instruction.");
  await page.getByLabel("Why do you ask this?").pressSequentially("The sports club is good for Noor.");
  await page.getByRole("button", { name: "Make the letter" }).click();
  const text = await page.getByLabel("Your letter (you can change it here)").inputValue();
  expect(text).toContain("PETITION (VERZOEKSCHRIFT)");
  expect(text).toContain(`the decision "${TITLE}" of Jeugdbescherming Regio Amsterdam, sent or handed to me on 1 December 2026`);
  expect(text).toContain("Attachment:");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Keep with my requests" }).click();
  await page.getByLabel("On which day did the letter go to the court?").fill("2026-12-08");
  await page.getByRole("button", { name: "Record that it was sent" }).click();
  await expect(page.getByText("Recorded: sent on 8 December 2026.")).toBeVisible();
  await navigate(page, "Overview", "More");
  await expect(page.getByRole("region", { name: "First this" })).toBeVisible();
  await expect(page.getByRole("region", { name: "First this" })).not.toContainText(TITLE);
});

/** A request to end the supervision order early, drafted with real typing, kept and marked
 * sent today (8 December 2026); ends on the request's own screen. */
async function sentEndSupervisionRequest(page: Page, en = false) {
  const t = en
    ? { parent: "I am a parent with parental authority", name: "Your first names and surname", address: "Your address and town",
        ask: "What exactly do you ask the judge?", why: "Why do you ask this?", make: "Make the letter", keep: "Keep with my requests",
        sentDay: "On which day did the letter go to the court?", sent: "Record that it was sent", open: "See your request" }
    : { parent: "Ik ben ouder met gezag", name: "Je voornamen en achternaam", address: "Je adres en woonplaats",
        ask: "Wat vraag je de rechter precies?", why: "Waarom vraag je dit?", make: "Maak de brief", keep: "Bewaren bij mijn verzoeken",
        sentDay: "Op welke dag ging de brief naar de rechtbank?", sent: "Vastleggen dat hij verstuurd is", open: "Bekijk je verzoek" };
  await page.goto("/hulp/rechter?soort=ots-beeindigen");
  await appReady(page);
  await page.getByLabel(t.parent).check();
  await page.getByLabel(t.name).pressSequentially("Sanne Visser");
  await page.getByLabel(t.address).pressSequentially("Voorbeeldstraat 1, Amsterdam");
  await page.getByLabel(t.ask).pressSequentially(en ? "End the supervision order." : "De ondertoezichtstelling stoppen.");
  await page.getByLabel(t.why).pressSequentially(en ? "Things go well at home." : "Het gaat thuis weer goed.");
  await page.getByRole("button", { name: t.make }).click();
  await page.getByRole("button", { name: t.keep }).click();
  await page.getByLabel(t.sentDay).fill("2026-12-08");
  await page.getByRole("button", { name: t.sent }).click();
  await page.getByRole("link", { name: t.open }).click();
  await appReady(page);
}

const END_OTS = "De ondertoezichtstelling eerder laten stoppen";

test("a sent request gets a hearing date (an upcoming date on the overview), then the judge's decision with the appeal line", async ({ page }) => {
  await familyUnderSupervision(page);
  await sentEndSupervisionRequest(page);
  await expect(page.getByRole("heading", { level: 1, name: "Je verzoek aan de kinderrechter" })).toBeVisible();
  const state = page.getByRole("region", { name: "Hoe staat het ervoor?" });
  await expect(state.locator(".hd-court__state")).toHaveText("Verstuurd op 8 december 2026");
  await expect(state.getByRole("listitem")).toHaveText(["Brief gemaakt op 8 december 2026", "Verstuurd naar de rechtbank op 8 december 2026"]);

  // The hearing: a day before sending is refused next to the field, and the day stays filled in.
  await state.getByRole("button", { name: "Ik heb een datum voor de zitting" }).click();
  const day = page.getByLabel("Op welke dag is de zitting?");
  await expect(day).toBeFocused();
  await day.fill("2026-12-07");
  await page.getByRole("button", { name: "Datum opslaan" }).click();
  await expect(page.locator("#court-state-day-error")).toHaveText("De zitting kan niet eerder zijn dan de dag waarop je de brief verstuurde (8 december 2026).");
  await expect(day).toHaveAttribute("aria-invalid", "true");
  await expect(day).toHaveValue("2026-12-07");
  await expect(state.locator(".hd-court__state")).toHaveText("Verstuurd op 8 december 2026");
  await day.fill("2026-12-22");
  await page.getByRole("button", { name: "Datum opslaan" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: de zitting is op 22 december 2026." })).toBeVisible();
  await expect(state.locator(".hd-court__state")).toHaveText("Zitting op 22 december 2026");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/court-request-hearing.png", fullPage: true });

  // On the overview: an upcoming date, with the way back to the request.
  await navigate(page, "Overzicht");
  const due = page.getByRole("region", { name: "Wat komt eraan" });
  await expect(due).toContainText(`Nog 14 dagen: zitting bij de kinderrechter over je verzoek "${END_OTS}" (dinsdag 22 december 2026)`);
  await due.getByRole("link", { name: "Bekijk je verzoek" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Je verzoek aan de kinderrechter" })).toBeVisible();

  // After the hearing: the date is gone from the overview.
  await page.clock.setFixedTime(new Date("2027-01-05T10:00:00"));
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("region", { name: "Wat komt eraan" })).not.toContainText("zitting bij de kinderrechter");
  await page.goto("/hulp/rechter");
  await appReady(page);
  const kept = page.getByRole("region", { name: "Je verzoeken aan de kinderrechter" });
  await expect(kept).toContainText("Zitting op 22 december 2026");
  await kept.getByRole("link", { name: END_OTS }).click();
  await appReady(page);

  // The decision: no outcome, a day before sending, a day in the future — each named next to
  // its field; the note typed stays.
  await page.getByRole("button", { name: "De rechter heeft beslist" }).click();
  const note = page.getByLabel("Wil je er kort iets over opschrijven? (mag leeg blijven)");
  await note.pressSequentially("Noor blijft thuis wonen.");
  const ruled = page.getByLabel("Op welke dag was de uitspraak?");
  await ruled.fill("2026-12-07");
  await page.getByRole("button", { name: "Beslissing opslaan" }).click();
  await expect(page.locator("#court-outcome-error")).toHaveText("Kies wat de rechter heeft beslist.");
  await expect(page.locator("#court-state-day-error")).toHaveText("De uitspraak kan niet eerder zijn dan de dag waarop je de brief verstuurde (8 december 2026).");
  await expect(note).toHaveValue("Noor blijft thuis wonen.");
  await ruled.fill("2027-01-06");
  await page.getByRole("button", { name: "Beslissing opslaan" }).click();
  await expect(page.locator("#court-state-day-error")).toHaveText("Die dag ligt in de toekomst. Vul de dag van de uitspraak in.");
  await page.getByRole("button", { name: "Annuleren" }).click();
  await expect(state.locator(".hd-court__state")).toHaveText("Zitting op 22 december 2026");

  // By keyboard only: open the form, choose "partly", keep today's date, write a note, save.
  await page.getByRole("button", { name: "De rechter heeft beslist" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("De rechter gaf wat ik vroeg (toegewezen)")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("De rechter gaf een deel van wat ik vroeg (deels toegewezen)")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(ruled).toBeFocused();
  await expect(ruled).toHaveValue("2027-01-05");
  // A date field has a tab stop per part (day, month, year): Tab on to the note.
  for (let i = 0; i < 4 && !(await note.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press("Tab");
  }
  await expect(note).toBeFocused();
  await page.keyboard.type("Over 6 maanden kijkt de rechter opnieuw.");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Beslissing opslaan" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen: de rechter heeft beslist op 5 januari 2027." })).toBeVisible();
  await expect(state.locator(".hd-court__state")).toHaveText("De rechter heeft beslist op 5 januari 2027: deels toegewezen");
  await expect(state.getByRole("listitem")).toHaveText([
    "Brief gemaakt op 8 december 2026",
    "Verstuurd naar de rechtbank op 8 december 2026",
    "Zitting op 22 december 2026",
    "Beslissing van de rechter op 5 januari 2027: deels toegewezen",
  ]);
  await expect(state).toContainText("Over 6 maanden kijkt de rechter opnieuw.");
  // What can follow: appeal within 3 months, with its source, and the way to a lawyer.
  const after = page.getByRole("region", { name: "En nu?" });
  await expect(after).toContainText("Hoger beroep kan tot en met maandag 5 april 2027: 3 maanden na de dag van de uitspraak.");
  await expect(after).toContainText("Voor hoger beroep heb je meestal een advocaat nodig.");
  await expect(after).toContainText("Rv art. 806 en 807");
  await expect(after.getByRole("link", { name: "Meer over een advocaat en wat die kost" })).toHaveAttribute("href", "/rechten#recht-advocaat");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/court-request-decided.png", fullPage: true });
  // The link lands on that theme of the rights, opened and in view (it is folded otherwise).
  await after.getByRole("link", { name: "Meer over een advocaat en wat die kost" }).click();
  await appReady(page);
  await expectThemeOpenAtTop(page, "advocaat");
  await page.goBack();
  await appReady(page);

  // In the list of requests: the decision with its date and the appeal line.
  await page.goto("/hulp/rechter");
  await appReady(page);
  await expect(kept.getByRole("listitem")).toContainText("De rechter heeft beslist op 5 januari 2027: deels toegewezen");
  await expect(kept.getByRole("listitem")).toContainText("Hoger beroep kan tot en met maandag 5 april 2027");
  await kept.screenshot({ path: "/tmp/court-list.png" });
  // And with the family's other requests (the outbox), where it is not marked sent by hand.
  await page.goto("/hulp/brief");
  await appReady(page);
  const item = page.locator(".hd-outbox__item").filter({ hasText: "Hoger beroep kan tot en met maandag 5 april 2027" });
  await expect(item).toContainText("De rechter heeft beslist op 5 januari 2027: deels toegewezen");
  // Its state is the court's line only, not also the outbox's own "Verstuurd op …".
  await expect(item).not.toContainText("Verstuurd op");
  await expect(item.getByRole("button", { name: "Ja, het is verstuurd" })).toHaveCount(0);
  await item.screenshot({ path: "/tmp/court-outbox.png" });
  await expectNoAxeViolations(page);
});

test("in English: a hearing date and the judge's decision on a sent request", async ({ page }) => {
  await familyUnderSupervision(page);
  await page.getByRole("button", { name: "English" }).click();
  await sentEndSupervisionRequest(page, true);
  await expect(page.getByRole("heading", { level: 1, name: "Your request to the juvenile judge" })).toBeVisible();
  const state = page.getByRole("region", { name: "Where does it stand?" });
  await expect(state.locator(".hd-court__state")).toHaveText("Sent on 8 December 2026");
  await state.getByRole("button", { name: "I have a date for the hearing" }).click();
  await page.getByLabel("On which day is the hearing?").fill("2026-12-22");
  await page.getByRole("button", { name: "Save the date" }).click();
  await expect(state.locator(".hd-court__state")).toHaveText("Hearing on 22 December 2026");
  await navigate(page, "Overview", "More");
  await expect(page.getByRole("region", { name: "Coming up" })).toContainText("hearing at the juvenile judge about your request \"End the supervision order early\" (Tuesday 22 December 2026)");
  await page.getByRole("link", { name: "See your request" }).click();
  await appReady(page);
  // A decision in the future is refused.
  await page.getByRole("button", { name: "The judge has decided" }).click();
  await page.getByLabel("The judge said no (refused)").check();
  await page.getByLabel("On which day was the ruling?").fill("2026-12-09");
  await page.getByRole("button", { name: "Save the decision" }).click();
  await expect(page.locator("#court-state-day-error")).toHaveText("That day is in the future. Fill in the day of the ruling.");
  await page.getByLabel("On which day was the ruling?").fill("2026-12-08");
  await page.getByRole("button", { name: "Save the decision" }).click();
  await expect(state.locator(".hd-court__state")).toHaveText("The judge decided on 8 December 2026: refused");
  await expect(page.getByRole("region", { name: "What now?" })).toContainText("An appeal is possible up to and including Monday 8 March 2027");
  await expectNoAxeViolations(page);
});
