// The emergency request with the shipped profile (no channel of the organisation's own): the
// family fills in the form, sends it from their own phone to the people in their network who
// can act, says when it went, and gets a same-day follow-up. Also the outbox's own rules: it
// resumes after an unlock, and an unreachable endpoint asks the family to call.
import fs from "node:fs";
import path from "node:path";
import { Page, request as http } from "@playwright/test";
import { test, expect, appReady, CODE, expectNoAxeViolations, loadExample, navigate, setPasscode, unlock } from "./helpers";

const SHIPPED = fs.readFileSync(path.join(__dirname, "../../public/organisation.json"), "utf8");
const RECEIVER = process.env.HELDER_RECEIVER || "http://127.0.0.1:8092";
// Monday 30 November 2026, 10:00 in Amsterdam.
const MONDAY_10 = new Date("2026-11-30T10:00:00+01:00");

test.use({ serviceWorkers: "block", timezoneId: "Europe/Amsterdam" });
test.describe.configure({ mode: "serial" });
test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone-outbox", "one phone run is enough; the receiver is shared");
});

/** Serves the profile as shipped (or another one) instead of the test profile. */
async function useProfile(page: Page, profile: string = SHIPPED) {
  await page.route("**/organisation.json", (route) =>
    route.fulfill({ status: 200, contentType: "application/json", body: profile }),
  );
}

/** Records the links the app opens instead of leaving for a mail or SMS app. */
async function catchLinks(page: Page) {
  await page.evaluate(() => {
    (window as any).__opened = [];
    document.addEventListener(
      "click",
      (event) => {
        const a = (event.target as Element).closest("a");
        if (a && /^(mailto|sms|tel):/.test(a.getAttribute("href") || "")) {
          (window as any).__opened.push(a.getAttribute("href"));
          event.preventDefault();
        }
      },
      true,
    );
  });
}

async function fillForm(page: Page, { youth = false } = {}) {
  await page.getByLabel("Over welk gesprek gaat het?").selectOption({ index: 1 });
  await page.getByRole("checkbox", { name: "Ik voelde me niet gehoord" }).check();
  const details = page.getByLabel("In je eigen woorden (mag leeg blijven)");
  await details.click();
  await details.pressSequentially(youth ? "Niemand luisterde naar mij." : "Ik kreeg geen tijd om te reageren op het verslag.");
  await page.getByLabel("Je naam").click();
  await page.keyboard.type(youth ? "Noor" : "Sanne");
  await page.getByLabel("Je telefoonnummer").fill("06 1234 5678");
  await page.getByLabel("Wanneer ben je vandaag bereikbaar?").fill("na 15 uur");
}

const consent = (page: Page) => page.getByRole("checkbox", { name: /Ik vind het goed dat dit bericht naar de mensen gaat/ });
const outbox = (page: Page) => page.locator(".hd-outbox .hd-outbox__status").first();

test("the example family sends an emergency request by e-mail from their own phone, then follows up the same day", async ({ page }) => {
  await page.clock.install({ time: MONDAY_10 });
  await useProfile(page);
  await loadExample(page);
  await navigate(page, "Noodstop");
  const form = page.getByRole("region", { name: "Vandaag een dringend gesprek vragen" });
  await expect(form).toBeVisible();
  await expect(form).toContainText("Het zet niets stil");
  await expect(form).toContainText("Daarom stuur je het zelf, vanaf je eigen telefoon");

  // Without consent, nothing is made.
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek klaarzetten" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Controleer deze punten" })).toContainText("Geef toestemming");
  await consent(page).check();
  await page.getByRole("button", { name: "Verzoek klaarzetten" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je verzoek staat klaar" })).toBeVisible();
  await expect(outbox(page)).toContainText("Nog niet verstuurd");

  const panel = page.getByRole("region", { name: "Stuur je verzoek vanaf je eigen telefoon" });
  await expect(panel.getByRole("checkbox", { name: /Joost de Wit, gezinsmanager/ })).toBeChecked();
  await expect(panel.getByRole("checkbox", { name: /Anouk Jansen, vaste vervanger/ })).toBeChecked();
  await panel.screenshot({ path: "/tmp/outbox-send-panel.png" });
  await form.screenshot({ path: "/tmp/outbox-form.png" });
  // Scanned from the top: a control half under the sticky header is an artefact of where the
  // page happens to be scrolled, not a small target.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectNoAxeViolations(page);

  const mail = panel.getByRole("link", { name: "Open in je e-mail" });
  // By keyboard: untick the back-up (the e-mail then goes to one address), tick again.
  const anouk = panel.getByRole("checkbox", { name: /Anouk Jansen/ });
  await anouk.focus();
  await page.keyboard.press("Space");
  await expect(anouk).not.toBeChecked();
  await expect(mail).toHaveAttribute("href", /^mailto:j\.dewit@voorbeeld\.nl\?subject=/);
  await page.keyboard.press("Space");
  await expect(anouk).toBeChecked();
  const href = (await mail.getAttribute("href"))!;
  expect(href.startsWith("mailto:j.dewit@voorbeeld.nl,a.jansen@voorbeeld.nl?subject=")).toBe(true);
  const query = new URLSearchParams(href.split("?")[1]);
  expect([...query.keys()]).toEqual(["subject", "body"]);
  expect(query.get("subject")).toBe("Noodstop: vandaag een dringend gesprek");
  expect(query.get("body")).toContain("Ik kreeg geen tijd om te reageren op het verslag.");
  expect(query.get("body")).toContain("Sanne (06 1234 5678)");
  expect(query.get("body")).toContain("Het zet geen maatregel, schriftelijke aanwijzing of termijn stil.");
  const sms = (await panel.getByRole("link", { name: "Open in je sms" }).getAttribute("href"))!;
  expect(sms.startsWith("sms:0200000000?&body=")).toBe(true);

  await catchLinks(page);
  await mail.click();
  expect(await page.evaluate(() => (window as any).__opened)).toEqual([href]);
  await expect(outbox(page)).toContainText("Geopend in je e-mail");
  await panel.getByRole("button", { name: "Ja, verstuurd per e-mail" }).focus();
  await page.keyboard.press("Enter");
  await expect(panel).toHaveCount(0);
  await expect(outbox(page)).toContainText(/Verstuurd door jou per e-mail aan Joost de Wit en Anouk Jansen om 10:0\d\./);

  // The clock: three working hours (never past five).
  const follow = page.getByRole("region", { name: "Je verzoek om een gesprek vandaag" });
  await expect(follow).toContainText(/Je verzoek is verstuurd om 10:0\d\. Heb je om 13:0\d nog niets gehoord\?/);
  await page.clock.fastForward("03:00:30");
  await expect(follow).toContainText(/Nog geen antwoord op je verzoek van 10:0\d\? Bel nu/);
  const call = follow.getByRole("link", { name: "Bel Joost de Wit, gezinsmanager: 020 000 0000" });
  await expect(call).toHaveAttribute("href", "tel:0200000000");
  await expect(follow.getByRole("link", { name: /Bel Anouk Jansen/ })).toBeVisible();
  await follow.screenshot({ path: "/tmp/outbox-follow-overdue.png" });
  await page.locator(".hd-outbox").screenshot({ path: "/tmp/outbox-list.png" });
  await expectNoAxeViolations(page);

  // The overview says so too, and the family records the call-back there.
  await navigate(page, "Overzicht");
  const overview = page.getByRole("region", { name: "Je verzoek om een gesprek vandaag" });
  await expect(overview).toContainText("Nog geen antwoord");
  await overview.getByLabel("We hebben een afspraak op").fill("2026-11-29");
  await overview.getByRole("button", { name: "Afspraak opslaan" }).click();
  await expect(overview.getByText("Kies de dag van de afspraak: vandaag of later.")).toBeVisible();
  await overview.getByLabel("We hebben een afspraak op").fill("2026-12-01");
  await overview.getByRole("button", { name: "Afspraak opslaan" }).click();
  await expect(overview).toContainText("Afgerond: jullie hebben een afspraak op 1 december 2026.");
  await expect(overview.getByRole("link", { name: /^Bel / })).toHaveCount(0);
  await page.screenshot({ path: "/tmp/outbox-overview-done.png" });

  // Kept after a reload.
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("region", { name: "Je verzoek om een gesprek vandaag" })).toContainText("Afgerond");
});

test("a young person sends their own message to their own family manager, by SMS, and records the call-back", async ({ page }) => {
  await page.clock.install({ time: MONDAY_10 });
  await useProfile(page);
  await loadExample(page);
  await page.getByRole("button", { name: "Jongerenweergave" }).click();
  await page.getByRole("button", { name: "Noor" }).click();
  await page.getByRole("link", { name: "Vraag vandaag een gesprek" }).click();
  await appReady(page);
  await expect(page.getByRole("radio", { name: "Ik ben een jongere" })).toBeChecked();
  await expect(page.getByText("Niet naar je ouders.")).toBeVisible();
  await fillForm(page, { youth: true });
  await consent(page).check();
  await expect(page.getByText("Deel je deze telefoon?")).toBeVisible();
  await page.getByRole("button", { name: "Verzoek klaarzetten" }).click();

  const panel = page.getByRole("region", { name: "Stuur je bericht" });
  await expect(panel.getByRole("checkbox", { name: /Joost de Wit, gezinsmanager/ })).toBeChecked();
  await expect(panel.getByRole("checkbox", { name: /Anouk Jansen/ })).not.toBeChecked();
  const mail = (await panel.getByRole("link", { name: "Open in je e-mail" }).getAttribute("href"))!;
  expect(mail.startsWith("mailto:j.dewit@voorbeeld.nl?subject=")).toBe(true);
  const smsLink = panel.getByRole("link", { name: "Open in je sms" });
  const sms = (await smsLink.getAttribute("href"))!;
  expect(sms.startsWith("sms:0200000000?&body=")).toBe(true);
  const text = decodeURIComponent(sms.split("body=")[1]);
  expect(text).toContain("Ik ben een jongere");
  expect(text).toContain("Niemand luisterde naar mij.");
  expect(text).toContain("Noor 06 1234 5678");
  await expectNoAxeViolations(page);

  await catchLinks(page);
  await smsLink.click();
  await panel.getByRole("button", { name: "Ja, verstuurd per sms" }).click();
  await expect(outbox(page)).toContainText(/Verstuurd door jou per sms aan Joost de Wit om 10:0\d\./);
  const follow = page.getByRole("region", { name: "Je verzoek om een gesprek vandaag" });
  await expect(follow).toContainText("Je bericht is weg om");
  await page.clock.fastForward("03:00:30");
  await expect(follow).toContainText("Nog geen antwoord op je bericht");
  await follow.getByRole("button", { name: "Ze hebben gebeld" }).focus();
  await page.keyboard.press("Enter");
  await expect(follow).toContainText("Afgerond: ze hebben gebeld.");
  await follow.screenshot({ path: "/tmp/outbox-youth-done.png" });

  // Removing it from a shared phone asks first and says why.
  await page.getByRole("button", { name: "Verwijderen van dit apparaat" }).click();
  await expect(page.getByText("Deel je deze telefoon? Dan kan iemand anders")).toBeVisible();
  await page.getByRole("button", { name: "Ja, verwijderen" }).click();
  await expect(page.getByText("Je hebt nog geen verzoeken gedaan.")).toBeVisible();
});

test("nobody to send to yet: the form says whom to add, and what was typed is kept on the way back", async ({ page }) => {
  await useProfile(page);
  await loadExample(page);
  // The family manager's address is wrong and nobody else has one.
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    for (const org of doc.household.organisations) for (const p of org.people) {
      p.email = p.name === "Joost de Wit" ? "j.dewit@voorbeeld" : "";
      p.phone = "";
    }
    localStorage.setItem("helder.household", JSON.stringify(doc));
  });
  await page.reload();
  await appReady(page);
  await navigate(page, "Noodstop");
  await expect(page.getByText("Helder weet nog niet naar wie dit kan.")).toBeVisible();
  const details = page.getByLabel("In je eigen woorden (mag leeg blijven)");
  await details.click();
  await page.keyboard.type("Het ging mis bij de OTS & de GI? 100% zeker.");
  await page.getByRole("link", { name: "Naar Wie is wie om iemand toe te voegen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Wie is wie" })).toBeVisible();
  await page.getByRole("link", { name: "Terug naar je verzoek om een dringend gesprek" }).click();
  await expect(page.getByLabel("In je eigen woorden (mag leeg blijven)")).toHaveValue("Het ging mis bij de OTS & de GI? 100% zeker.");

  // The request can still be made; the panel says plainly why it cannot be sent yet.
  await page.getByRole("checkbox", { name: "Ik voelde me niet gehoord" }).check();
  await page.getByLabel("Je naam").fill("Sanne");
  await page.getByLabel("Je telefoonnummer").fill("06 1234 5678");
  await consent(page).check();
  await page.getByRole("button", { name: "Verzoek klaarzetten" }).click();
  const panel = page.getByRole("region", { name: "Stuur je verzoek vanaf je eigen telefoon" });
  await expect(panel).toContainText("Het e-mailadres van Joost de Wit klopt niet.");
  await expect(panel).toContainText("Niemand die je koos heeft een e-mailadres.");
  await expect(panel.getByRole("link", { name: "Open in je e-mail" })).toHaveCount(0);
  await panel.screenshot({ path: "/tmp/outbox-nobody.png" });
  await expect(outbox(page)).toContainText("Nog niet verstuurd");
  await expectNoAxeViolations(page);
});

async function receiver(path: string, body?: object) {
  const api = await http.newContext();
  const response = body || path !== "/_received" ? await api.post(RECEIVER + path, { data: body ?? {} }) : await api.get(RECEIVER + path);
  const json = await response.json();
  await api.dispose();
  return json;
}

async function sendToEndpoint(page: Page, before?: () => Promise<void>) {
  await navigate(page, "Noodstop");
  await expect(page.getByRole("button", { name: "Verzoek versturen" })).toBeVisible();
  if (before) await before();
  await fillForm(page);
  await page.getByRole("checkbox", { name: /Ik vind het goed dat dit bericht naar/ }).check();
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
}

test("with a passcode, a request cut off by the lock goes out after the unlock", async ({ page, context }) => {
  test.setTimeout(90_000);
  await receiver("/_reset");
  await setPasscode(page);
  // Offline once the screen is there (its part of the app is loaded on demand).
  await sendToEndpoint(page, () => context.setOffline(true));
  await expect(outbox(page)).toContainText("Wacht op verbinding");
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Nu op slot doen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Helder is op slot" })).toBeVisible();
  await context.setOffline(false);
  // Longer than the first planned retry (5 s): that retry comes and goes while Helder is locked.
  await page.waitForTimeout(6_000);
  expect((await receiver("/_received")).count).toBe(0);
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible({ timeout: 20_000 });
  await navigate(page, "Noodstop");
  await expect(outbox(page)).toContainText(/Aangekomen bij .+ Kenmerk: NS-0001/, { timeout: 20_000 });
  const got = await receiver("/_received");
  expect(got.count).toBe(1);
});

test("with a passcode, a send cut off by the lock does not stick at sending: it goes out again after the unlock", async ({ page }) => {
  test.setTimeout(90_000);
  await receiver("/_reset");
  await setPasscode(page);
  await receiver("/_mode", { mode: "ok", delay: 3_000 });
  await sendToEndpoint(page);
  await expect(outbox(page)).toContainText("Wordt verstuurd");
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Nu op slot doen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Helder is op slot" })).toBeVisible();
  // The answer arrives while Helder is locked; it cannot be written into the locked data.
  await page.waitForTimeout(6_000);
  expect((await receiver("/_received")).count).toBe(1);
  await receiver("/_mode", { mode: "ok", delay: 0 });
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible({ timeout: 20_000 });
  await navigate(page, "Noodstop");
  await expect(outbox(page)).toContainText(/Aangekomen bij .+ Kenmerk: NS-0001/, { timeout: 20_000 });
  const got = await receiver("/_received");
  expect(got.count).toBe(1);
  expect(got.posts).toBe(2);
});

test("an endpoint that cannot be reached asks the family to call after a few minutes", async ({ page }) => {
  await page.clock.install({ time: MONDAY_10 });
  // A moved endpoint: not allowed by the page's rules and nothing listens there.
  const moved = JSON.parse(SHIPPED);
  moved.emergency_stop = { ...moved.emergency_stop, offered: true, endpoint: "http://127.0.0.1:9/noodstop", phone: "020 000 0000" };
  await useProfile(page, JSON.stringify(moved));
  await loadExample(page);
  await sendToEndpoint(page);
  await expect(outbox(page)).toContainText("Jeugdbescherming Regio Amsterdam is niet te bereiken");
  await expect(page.getByText("Niet aangekomen. Bel nu:")).toHaveCount(0);
  await page.clock.fastForward("05:01");
  const call = page.locator(".hd-outbox__call");
  await expect(call).toContainText("Niet aangekomen. Bel nu:");
  await expect(call.getByRole("link", { name: "Bel Joost de Wit, gezinsmanager: 020 000 0000" })).toHaveAttribute("href", "tel:0200000000");
  await expect(call.getByRole("link", { name: "Bel Jeugdbescherming Regio Amsterdam: 020 000 0000" })).toBeVisible();
  await page.locator(".hd-outbox").screenshot({ path: "/tmp/outbox-call-now.png" });
  await expectNoAxeViolations(page);
});

test("a complaint letter without the commission's address: how it can still go, and the same follow-up after six weeks", async ({ page }) => {
  await page.clock.install({ time: MONDAY_10 });
  await useProfile(page);
  await loadExample(page);
  await page.goto("/hulp/brief?soort=klacht");
  await appReady(page);
  await page.getByLabel("Je naam").fill("Sanne Visser");
  await page.getByLabel("Wat gebeurde er?").fill("In het plangesprek kreeg ik geen tijd om te reageren.");
  await page.getByRole("button", { name: "Maak de brief" }).click();
  const how = page.locator(".hd-alert--info").filter({ hasText: "Zo komt je brief toch aan" });
  await expect(how).toContainText("In Helder staat nog geen e-mail- of postadres van de Klachtencommissie Jeugdbescherming Regio Amsterdam.");
  await expect(how).toContainText("Druk de brief af en stuur hem per post.");
  await expect(how).not.toContainText("gezinsmanager");
  await expect(how).toContainText("Een vertrouwenspersoon van Jeugdstem (AKJ) kan je helpen");
  // No address to put in: the mail opens without one, for the family to fill in.
  await expect(page.getByRole("link", { name: "E-mailen" })).toHaveAttribute("href", /^mailto:\?subject=Klacht%20over/);
  await how.screenshot({ path: "/tmp/outbox-letter-no-address.png" });
  await page.getByRole("button", { name: "Bewaren bij mijn verzoeken" }).click();
  await page.locator(".hd-outbox__item").first().getByRole("button", { name: "Ja, het is verstuurd" }).click();

  await page.clock.fastForward(42 * 24 * 3_600_000 + 30_000);
  await navigate(page, "Overzicht");
  const follow = page.getByRole("region", { name: "Wacht je nog op antwoord?" });
  await expect(follow).toContainText("Zes weken geleden stuurde je ‘Klacht over Jeugdbescherming Regio Amsterdam’");
  await follow.getByRole("button", { name: "Ik heb antwoord gekregen" }).click();
  await expect(page.getByRole("region", { name: "Wacht je nog op antwoord?" })).toHaveCount(0);
});
