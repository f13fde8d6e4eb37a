// The complaint route: two questions lead to the right body; a letter is made, kept and sent.
import { test, expect, isoDaysFrom, longDateNl, appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

test("a complaint about the family manager leads to a letter to the commission", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Hulp en klachten");
  await page.getByRole("radio", { name: /Hoe ze met ons omgingen/ }).check();
  await page.getByRole("radio", { name: /Jeugdbescherming \(de gezinsmanager\)/ }).check();
  const answer = page.getByRole("region", { name: /Jouw weg: de klachtencommissie/ });
  await expect(answer).toContainText("binnen 1 jaar");
  await expect(answer).toContainText("Bron: jeugdbescherming.nl");
  await answer.getByRole("link", { name: "Schrijf een klachtbrief" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Klachtbrief" })).toBeVisible();
  await page.getByRole("button", { name: "Maak de brief" }).click();
  await expect(page.getByRole("alert")).toContainText("Vul je naam in");
  await expect(page.getByRole("alert")).toContainText("Schrijf wat er gebeurde");

  await page.getByLabel("Je naam").fill("Sanne Visser");
  await page.getByLabel(/Wanneer gebeurde het/).fill(isoDaysFrom(-18));
  await page.getByLabel("Wat gebeurde er?").fill("In het plangesprek kreeg ik geen tijd om te reageren.");
  await page.getByLabel(/Wat wil je bereiken/).fill("Dat mijn reactie bij het verslag komt.");
  await page.getByRole("button", { name: "Maak de brief" }).click();

  const letter = page.getByLabel("Je brief (je kunt hem hier aanpassen)");
  await expect(letter).toHaveValue(/Aan: Klachtencommissie Jeugdbescherming Regio Amsterdam/);
  await expect(letter).toHaveValue(/Onderwerp: Klacht over Jeugdbescherming Regio Amsterdam/);
  await expect(letter).toHaveValue(new RegExp(`Wat er gebeurde \\(op of rond ${longDateNl(isoDaysFrom(-18))}\\):\\nIn het plangesprek`));
  await expect(letter).toHaveValue(/Ik heb geen bemiddelingsgesprek gehad\. Dat is niet verplicht\./);
  await expect(letter).toHaveValue(/Met vriendelijke groet,\n\nSanne Visser$/);
  await expect(page.getByRole("link", { name: "E-mailen" })).toHaveAttribute("href", /^mailto:klachten@voorbeeld\.nl\?subject=Klacht%20over/);

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".hd-letter-print")).toBeVisible();
  await expect(page.getByRole("button", { name: "Maak de brief" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("button", { name: "Bewaren bij mijn verzoeken" }).click();
  const item = page.locator(".hd-outbox__item").first();
  await expect(item).toContainText("Klacht over Jeugdbescherming Regio Amsterdam");
  await expect(item).toContainText("Nog niet verstuurd");
  await item.getByRole("button", { name: "Ja, het is verstuurd" }).click();
  await expect(item).toContainText("Verstuurd op");

  await page.reload();
  await appReady(page);
  await expect(page.locator(".hd-outbox__item").first()).toContainText("Verstuurd op");
  await expectNoAxeViolations(page);
});

test("a judge's decision is appealed, not complained about", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Hulp en klachten");
  await page.getByRole("radio", { name: "Een beslissing van de rechter" }).check();
  await page.getByRole("radio", { name: /Jeugdbescherming \(de gezinsmanager\)/ }).check();
  const answer = page.getByRole("region", { name: /Jouw weg: hoger beroep/ });
  await expect(answer).toContainText("binnen 3 maanden");
  await expect(answer.getByRole("link", { name: "Schrijf een klachtbrief" })).toHaveCount(0);
  await page.getByRole("radio", { name: "Een schriftelijke aanwijzing" }).check();
  await expect(page.getByRole("region", { name: /een verzoek aan de kinderrechter over de aanwijzing/ })).toContainText("binnen 2 weken");
});

test("after two mediation talks on one topic, the app says a formal complaint is possible", async ({ page }) => {
  await loadExample(page);
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    const talk = (id: string) => ({
      id, date: doc.household.plan.meetings[0].date, kind: "mediation", topic: "Het verslag",
      attendees: [], recording: { recorded: false, by: "" }, notes: "", communication: "", agreements: [],
    });
    doc.household.plan.meetings.push(talk("m70"), talk("m71"));
    localStorage.setItem("helder.household", JSON.stringify(doc));
  });
  await page.goto("/hulp");
  await appReady(page);
  await expect(page.getByRole("status").filter({ hasText: 'Je had al 2 bemiddelingsgesprekken over "Het verslag"' })).toBeVisible();
});

test("the mediator request letter asks for someone who does not work there", async ({ page }) => {
  await loadExample(page);
  await page.goto("/hulp/brief?soort=bemiddelaar");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Een onafhankelijke bemiddelaar vragen" })).toBeVisible();
  await page.getByLabel("Je naam").fill("Karim");
  await page.getByLabel("Wat gebeurde er?").fill("We praten al maanden over de omgang.");
  await page.getByLabel("Ik heb al een bemiddelingsgesprek gehad").check();
  await page.getByRole("button", { name: "Maak de brief" }).click();
  const letter = page.getByLabel("Je brief (je kunt hem hier aanpassen)");
  await expect(letter).toHaveValue(/Onderwerp: Verzoek om een onafhankelijke bemiddelaar/);
  await expect(letter).toHaveValue(/die niet bij Jeugdbescherming Regio Amsterdam werkt/);
  await expect(letter).toHaveValue(/Ik heb al een bemiddelingsgesprek gehad\./);
});

test("after a complaint, the ombudsman named depends on the organisation it is about", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Hulp en klachten");
  await page.getByRole("radio", { name: "Mijn klacht is behandeld, maar ik ben niet tevreden" }).check();
  await page.getByRole("radio", { name: /Jeugdbescherming \(de gezinsmanager\)/ }).check();
  const answer = page.getByRole("region", { name: /Jouw weg: de ombudsman/ });
  await expect(answer).toContainText("Dan is dat de Kinderombudsman, en alleen als je klacht gaat over de rechten van je kind.");
  await expect(answer).toContainText("De Nationale ombudsman gaat niet over Jeugdbescherming.");
  await page.getByRole("radio", { name: "De Raad voor de Kinderbescherming" }).check();
  await expect(answer).toContainText("Gaat het over de Raad voor de Kinderbescherming? Dan is dat de Nationale ombudsman.");
  // The contacts name each ombudsman with what it is for; the Kinderombudsman's number is not verified.
  const contacts = page.getByRole("region", { name: "Contacten" });
  await expect(contacts).toContainText("Ombudsman bij een klacht over Jeugdbescherming of jeugdhulp: alleen over de rechten van kinderen");
  await expect(contacts).toContainText("Kinderombudsman");
  await expect(contacts).toContainText("0800-33 55555");
  // Scrolled to the top, so the sticky header covers no radio button while axe measures targets.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page);
  await answer.screenshot({ path: "/tmp/legal-help-answer.png" });
  await contacts.screenshot({ path: "/tmp/legal-help-contacts.png" });
});

test.describe("with an organisation profile of the old format (version 1)", () => {
  test.use({ serviceWorkers: "block" });
  test("its single ombudsman still loads, and the screen says what Helder assumed", async ({ page }) => {
    await page.route("**/organisation.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({
          format: "helder-organisation",
          version: 1,
          organisation: { name: "Jeugdbescherming Regio Amsterdam" },
          ombudsman: { name: "Nationale ombudsman", phone: "0800-33 55555" },
        }),
      }),
    );
    await loadExample(page);
    await navigate(page, "Hulp en klachten");
    await expect(page.getByRole("status").filter({ hasText: "Helder neemt aan dat dit de Nationale ombudsman is" })).toContainText(
      "Voor klachten over Jeugdbescherming is dat de Kinderombudsman",
    );
    const contacts = page.getByRole("region", { name: "Contacten" });
    await expect(contacts).toContainText("Kinderombudsman");
    await expect(contacts.getByRole("link", { name: /0800-33 55555/ })).toBeVisible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await expectNoAxeViolations(page);
  });
});
