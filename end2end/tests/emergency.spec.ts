// The emergency stop: a short form whose request waits in the outbox until the organisation's
// endpoint (a local receiver here) has it — exactly once, whatever the connection does.
import { test, expect, Page, request as http } from "@playwright/test";
import { appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

const RECEIVER = process.env.HELDER_RECEIVER || "http://127.0.0.1:8092";

// The receiver is one shared stand-in, so these tests run one at a time, on the phone only.
test.describe.configure({ mode: "serial" });
test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the receiver is shared; the phone project covers it");
  await receiver("/_reset");
});

async function receiver(path: string, body?: object) {
  const api = await http.newContext();
  const response = body || path !== "/_received" ? await api.post(RECEIVER + path, { data: body ?? {} }) : await api.get(RECEIVER + path);
  const json = await response.json();
  await api.dispose();
  return json;
}

async function fillForm(page: Page) {
  await page.getByLabel("Over welk gesprek gaat het?").selectOption({ index: 1 });
  await page.getByRole("checkbox", { name: "Ik voelde me niet gehoord" }).check();
  await page.getByLabel("In je eigen woorden (mag leeg blijven)").fill("Ik kreeg geen tijd om te reageren op het verslag.");
  await page.getByLabel("Je naam").fill("Sanne");
  await page.getByLabel("Je telefoonnummer").fill("06 1234 5678");
  await page.getByLabel("Wanneer ben je vandaag bereikbaar?").fill("na 15 uur");
  await page.getByRole("checkbox", { name: /Ik vind het goed dat dit bericht/ }).check();
}

async function openForm(page: Page) {
  await loadExample(page);
  await navigate(page, "Noodstop");
  await expect(page.getByRole("heading", { level: 2, name: "Vandaag een dringend gesprek vragen" })).toBeVisible();
}

const outbox = (page: Page) => page.locator(".hd-outbox__status").first();

test("the form says what is missing, next to the fields, and sends nothing", async ({ page }) => {
  await openForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Controleer deze punten" });
  await expect(summary).toContainText("Kies wat er misging");
  await expect(summary).toContainText("Vul een telefoonnummer in");
  await expect(summary).toContainText("Geef toestemming");
  await expect(page.getByLabel("Je telefoonnummer")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Je hebt nog geen verzoeken gedaan.")).toBeVisible();
  expect((await receiver("/_received")).posts).toBe(0);
  await expectNoAxeViolations(page);
});

test("a request sent while offline waits, and arrives exactly once when the network returns", async ({ page, context }) => {
  await openForm(page);
  await fillForm(page);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Je verzoek staat in je verzoeken" })).toBeVisible();
  await expect(outbox(page)).toContainText("Wacht op verbinding");
  expect((await receiver("/_received")).count).toBe(0);

  await context.setOffline(false);
  await expect(outbox(page)).toContainText(/Aangekomen bij Jeugdbescherming Regio Amsterdam op .+ Kenmerk: NS-0001/);
  const got = await receiver("/_received");
  expect(got.count).toBe(1);
  expect(got.posts).toBe(1);
  const body = got.requests[0].body;
  expect(body.type).toBe("helder.emergency-stop");
  expect(body.what_went_wrong).toEqual(["not-heard"]);
  expect(body.call_back.phone).toBe("06 1234 5678");
  expect(body.conversation.kind).toBe("plan");

  await page.reload();
  await appReady(page);
  await expect(outbox(page)).toContainText("Kenmerk: NS-0001");
  await page.waitForTimeout(1000);
  expect((await receiver("/_received")).posts).toBe(1);
});

test("a request survives a reload while the endpoint fails, and is not duplicated", async ({ page }) => {
  await receiver("/_mode", { mode: "fail500", times: 1000 });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText("Nog niet aangekomen (500)");

  await page.reload();
  await appReady(page);
  await expect(outbox(page)).toContainText("Nog niet aangekomen (500)");
  await receiver("/_mode", { mode: "ok" });
  await page.getByRole("button", { name: "Nu opnieuw proberen" }).click();
  await expect(outbox(page)).toContainText("Kenmerk: NS-0001");
  const got = await receiver("/_received");
  expect(got.count).toBe(1);
  expect(got.posts).toBeGreaterThanOrEqual(2);
});

test("after a server error the request is tried again by itself", async ({ page }) => {
  await receiver("/_mode", { mode: "fail500", times: 1 });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText("Kenmerk: NS-0001", { timeout: 20_000 });
  const got = await receiver("/_received");
  expect(got.posts).toBe(2);
  expect(got.count).toBe(1);
});

test("an HTML answer is not taken as arrived; a refusal is shown with its reason", async ({ page }) => {
  await receiver("/_mode", { mode: "html" });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText("Nog niet aangekomen (not json)");

  await receiver("/_mode", { mode: "refuse" });
  await page.getByRole("button", { name: "Nu opnieuw proberen" }).click();
  await expect(outbox(page)).toContainText("Niet aangenomen: 422 telefoonnummer ontbreekt");
  expect((await receiver("/_received")).count).toBe(0);
});

test("an endpoint that does not answer in time counts as no connection; the request waits", async ({ page }) => {
  test.setTimeout(90_000);
  await receiver("/_mode", { mode: "ok", delay: 20_000 });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText("Wordt verstuurd");
  await expect(outbox(page)).toContainText("Nog niet aangekomen (geen antwoord op tijd)", { timeout: 30_000 });
  await receiver("/_mode", { mode: "ok", delay: 0 });
  await page.getByRole("button", { name: "Nu opnieuw proberen" }).click();
  await expect(outbox(page)).toContainText(/Kenmerk: NS-000[12]/);
  // The slow first attempt may still have arrived at the receiver: the key keeps it one request.
  await expect.poll(async () => (await receiver("/_received")).count, { timeout: 25_000 }).toBe(1);
});

test("a meeting in the plan leads to the emergency stop for that conversation", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Plan");
  await page.getByRole("link", { name: /Ging dit gesprek mis\?/ }).click();
  await expect(page).toHaveURL(/\/noodstop\?gesprek=m1$/);
  await expect(page.getByLabel("Over welk gesprek gaat het?")).toHaveValue("m1");
  await expect(page.getByText("Werkdagen van 9 tot 17 uur (testprofiel)")).toBeVisible();
});

test.describe("with a broken organisation profile", () => {
  test.use({ serviceWorkers: "block" });
  test("the app still works and names the wrong field", async ({ page }) => {
    await page.route("**/organisation.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: '{"format":"helder-organisation","version":1,"organisation":{"name":"X"},"emergency_stop":{"endpoint":"http://example.org/stop"}}',
      }),
    );
    await loadExample(page);
    await navigate(page, "Hulp en klachten");
    await expect(page.getByRole("status").filter({ hasText: "emergency_stop.endpoint" })).toBeVisible();
    await expect(page.getByText("Klachtencommissie Jeugdbescherming Regio Amsterdam")).toBeVisible();
    await navigate(page, "Noodstop");
    await expect(page.getByText(/heeft in Helder geen eigen manier om dit verzoek te ontvangen/)).toBeVisible();
    // The form is offered all the same: the family sends it from their own phone.
    await expect(page.getByRole("button", { name: "Verzoek klaarzetten" })).toBeVisible();
  });
});
