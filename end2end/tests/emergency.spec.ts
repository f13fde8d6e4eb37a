// The emergency stop: a short form whose request waits in the outbox until the organisation's
// endpoint (a local receiver here) has it — exactly once, whatever the connection does.
import { BrowserContext, Page, request as http } from "@playwright/test";
import { test, expect, appReady, CODE, expectNoAxeViolations, loadExample, navigate, setPasscode, unlock } from "./helpers";

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

/** One attempt as the receiver saw it (end2end/receiver.mjs). */
type Attempt = { header_key: string | null; body_key: string | null; body_sha256: string; status: number | null };

/** What the receiver holds once every attempt has been answered. */
async function received() {
  await expect.poll(async () => (await receiver("/_received")).pending, { message: "an attempt is still being answered" }).toBe(0);
  return receiver("/_received");
}

/** Every attempt carried an Idempotency-Key header, the same one, equal to the body's key,
 * and the very same body: a retry is the same request, never a new one. Returns the statuses
 * the receiver answered, in order. */
function sameRequestEveryTime(got: { attempts: Attempt[] }): (number | null)[] {
  const attempts = got.attempts;
  expect(attempts.length, "no attempt arrived").toBeGreaterThan(0);
  const key = attempts[0].header_key;
  expect(key, "the first attempt had no Idempotency-Key header").toBeTruthy();
  for (const [i, a] of attempts.entries()) {
    expect(a.header_key, `attempt ${i + 1}: header key`).toBe(key);
    expect(a.body_key, `attempt ${i + 1}: body key`).toBe(key);
    expect(a.body_sha256, `attempt ${i + 1}: body`).toBe(attempts[0].body_sha256);
  }
  return attempts.map((a) => a.status);
}

/** How many attempts the app itself has started (saved before each one is sent). */
async function attemptsStarted(page: Page): Promise<number> {
  return page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household") || "null");
    return (doc?.household?.requests ?? []).reduce((n: number, r: { attempts: number }) => n + r.attempts, 0);
  });
}

/** Nothing more is sent: every timer the app plans within six minutes (the longest wait
 * between tries is five) is run at once on the mocked clock; the app must start no further
 * attempt, and exactly `arrived` attempts must have reached the receiver. */
async function expectNoMoreAttempts(page: Page, arrived: number) {
  const started = await attemptsStarted(page);
  await page.clock.runFor(6 * 60_000);
  expect(await attemptsStarted(page), "attempts the app started").toBe(started);
  expect((await received()).posts, "attempts that arrived").toBe(arrived);
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
  await expect(outbox(page)).toContainText(/Aangekomen bij Jeugdbescherming Regio Amsterdam op .+ Kenmerk: NS-0001\b/);
  const got = await received();
  expect(got.count).toBe(1);
  expect(got.posts).toBe(1);
  expect(sameRequestEveryTime(got)).toEqual([201]);
  const body = got.requests[0].body;
  expect(body.type).toBe("helder.emergency-stop");
  expect(body.what_went_wrong).toEqual(["not-heard"]);
  expect(body.call_back.phone).toBe("06 1234 5678");
  expect(body.conversation.kind).toBe("plan");

  // Not sent again after a reload, nor by any timer the app planned.
  await page.reload();
  await appReady(page);
  await expect(outbox(page)).toContainText(/Kenmerk: NS-0001\b/);
  await expectNoMoreAttempts(page, 1);
});

/** The browser tells a window of another window's save by a `storage` event, which may come
 * late. In the windows of `context`, `holdStorage(page)` keeps them from that page from now on. */
async function storageEventsCanBeHeld(context: BrowserContext) {
  await context.addInitScript(() => {
    window.addEventListener("storage", (e) => {
      if ((window as { holdStorage?: boolean }).holdStorage) e.stopImmediatePropagation();
    }, true);
  });
}
const holdStorage = (page: Page) => page.evaluate(() => ((window as { holdStorage?: boolean }).holdStorage = true));

/** Both windows show the request arrived, with the organisation's one reference. */
async function bothShowArrived(pages: Page[]) {
  for (const p of pages) {
    await expect(outbox(p)).toContainText(/Aangekomen bij Jeugdbescherming Regio Amsterdam op .+ Kenmerk: NS-0001\b/, { timeout: 15_000 });
  }
}

// Security H3: each send runs under the outbox lock (Web Locks API); the window that gets it
// second reads the store again and finds the request no longer waiting.
for (const passcode of [false, true]) {
  test(`two windows that both send when the network returns: one POST arrives, both show the same reference${passcode ? " (with a passcode)" : ""}`, async ({ page, context }) => {
    test.setTimeout(90_000);
    if (passcode) {
      // Saves are encrypted, so they finish a moment later: still before the lock is given on.
      await setPasscode(page);
      await navigate(page, "Noodstop");
      await expect(page.getByRole("heading", { level: 2, name: "Vandaag een dringend gesprek vragen" })).toBeVisible();
    } else {
      await openForm(page);
    }
    const other = await context.newPage();
    await other.goto("/noodstop");
    if (passcode) {
      await expect(other.getByRole("heading", { level: 1, name: "Helder is op slot" })).toBeVisible();
      await unlock(other, CODE);
      await expect(other.getByRole("heading", { level: 2, name: "Vandaag een dringend gesprek vragen" })).toBeVisible({ timeout: 20_000 });
    }
    await appReady(other);
    await fillForm(page);
    await context.setOffline(true);
    await page.getByRole("button", { name: "Verzoek versturen" }).click();
    for (const p of [page, other]) await expect(outbox(p)).toContainText("Wacht op verbinding");
    expect((await receiver("/_received")).posts).toBe(0);

    // The organisation answers slowly, so both windows would be sending at the same moment.
    await receiver("/_mode", { mode: "ok", delay: 1_500 });
    // Slow phones: a window's copy of the store then lags further behind the other's writes
    // (the revision written is passed on with the lock for that, store/exclusive.rs).
    for (const p of [page, other]) await (await context.newCDPSession(p)).send("Emulation.setCPUThrottlingRate", { rate: 8 });
    await context.setOffline(false);
    await bothShowArrived([page, other]);
    const got = await received();
    expect(got.posts, "POSTs that reached the organisation").toBe(1);
    expect(got.count).toBe(1);
    expect(sameRequestEveryTime(got)).toEqual([201]);
    await other.screenshot({ path: `/tmp/locks-two-windows-${passcode}.png` });
    await other.close();
    await expectNoMoreAttempts(page, 1);
  });
}

test("two windows whose planned retry falls due at once, neither hearing of the other's saves: one more POST, the same reference", async ({ page, context }) => {
  await storageEventsCanBeHeld(context);
  await receiver("/_mode", { mode: "fail500", times: 1 });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  // The first try met a server error: the request waits for its retry, a few seconds on.
  await expect.poll(async () => (await received()).posts).toBe(1);
  await expect.poll(() => attemptsStarted(page)).toBe(1);
  // A second window opens with the request waiting, and plans the same retry.
  const other = await context.newPage();
  await other.goto("/noodstop");
  await appReady(other);
  await expect(outbox(other)).toContainText("Jeugdbescherming Regio Amsterdam");
  // From now on neither window hears of the other's saves (the event may come late): the one
  // that gets the lock second only knows the answer by reading the store again.
  for (const p of [page, other]) await holdStorage(p);
  await receiver("/_mode", { mode: "ok", delay: 1_500 });
  await bothShowArrived([page, other]);
  const got = await received();
  expect(got.posts, "POSTs that reached the organisation").toBe(2);
  expect(sameRequestEveryTime(got)).toEqual([500, 201]);
  expect(await attemptsStarted(page), "attempts the two windows started").toBe(2);
  await other.close();
  await expectNoMoreAttempts(page, 2);
});

test("a browser without the Web Locks API still sends, as before", async ({ page, context }) => {
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, "locks", { get: () => undefined }));
  await openForm(page);
  expect(await page.evaluate(() => navigator.locks)).toBeUndefined();
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText(/Aangekomen bij .+ Kenmerk: NS-0001\b/);
  expect((await received()).posts).toBe(1);
});

test("a request survives a reload while the endpoint fails, and is not duplicated", async ({ page }) => {
  await receiver("/_mode", { mode: "fail500", times: 1000 });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText("Nog niet aangekomen (een storing bij Jeugdbescherming Regio Amsterdam, code 500)");

  await page.reload();
  await appReady(page);
  await expect(outbox(page)).toContainText("Nog niet aangekomen (een storing bij Jeugdbescherming Regio Amsterdam, code 500)");
  await receiver("/_mode", { mode: "ok" });
  await page.getByRole("button", { name: "Nu opnieuw proberen" }).click();
  await expect(outbox(page)).toContainText(/Kenmerk: NS-0001\b/);
  // However many tries failed meanwhile (automatic ones while the test reloads), each was the
  // same request, and exactly the last one was taken.
  const got = await received();
  expect(got.count).toBe(1);
  const statuses = sameRequestEveryTime(got);
  expect(statuses.length).toBeGreaterThanOrEqual(2);
  expect(statuses).toEqual([...Array(statuses.length - 1).fill(500), 201]);
  await expectNoMoreAttempts(page, statuses.length);
});

test("after a server error the request is tried again by itself", async ({ page }) => {
  await receiver("/_mode", { mode: "fail500", times: 1 });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText(/Kenmerk: NS-0001\b/, { timeout: 20_000 });
  const got = await received();
  expect(got.posts).toBe(2);
  expect(got.count).toBe(1);
  expect(sameRequestEveryTime(got)).toEqual([500, 201]);
  await expectNoMoreAttempts(page, 2);
});

test("an HTML answer is not taken as arrived; a refusal is shown with its reason", async ({ page }) => {
  await receiver("/_mode", { mode: "html" });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  await expect(outbox(page)).toContainText("Nog niet aangekomen (Jeugdbescherming Regio Amsterdam antwoordde, maar bevestigde niet dat het is aangekomen)");

  await receiver("/_mode", { mode: "refuse" });
  await page.getByRole("button", { name: "Nu opnieuw proberen" }).click();
  await expect(outbox(page)).toContainText("Niet aangenomen: 422 telefoonnummer ontbreekt");
  const got = await received();
  expect(got.count).toBe(0);
  expect(sameRequestEveryTime(got)).toEqual([200, 422]);
  // A refusal is final: it is not tried again by itself.
  await expectNoMoreAttempts(page, 2);
});

test("an answer without the organisation's reference is not taken as arrived: it is tried again under the same key", async ({ page }) => {
  await receiver("/_mode", { mode: "ok-no-reference" });
  await openForm(page);
  await fillForm(page);
  await page.getByRole("button", { name: "Verzoek versturen" }).click();
  // Said in plain words, not as the technical reason.
  await expect(outbox(page)).toContainText("Nog niet aangekomen (Jeugdbescherming Regio Amsterdam antwoordde, maar bevestigde niet dat het is aangekomen)");
  await expect(outbox(page)).not.toContainText("no reference");
  await receiver("/_mode", { mode: "ok" });
  await page.getByRole("button", { name: "Nu opnieuw proberen" }).click();
  await expect(outbox(page)).toContainText(/Aangekomen bij .+ Kenmerk: NS-0001/);
  // The organisation has it once: the second post carried the same key.
  const got = await received();
  expect(got.count).toBe(1);
  expect(sameRequestEveryTime(got)).toEqual([201, 201]);
  await expectNoMoreAttempts(page, 2);
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
  await expect(outbox(page)).toContainText(/Kenmerk: NS-0001\b/);
  // The slow first attempt lands at the receiver only now (20 s after it was sent): wait until
  // it has been answered, then the key must have kept the two attempts one request.
  await expect.poll(async () => (await receiver("/_received")).pending, { timeout: 30_000 }).toBe(0);
  const got = await received();
  expect(got.posts).toBe(2);
  expect(got.count).toBe(1);
  expect(got.requests[0].reference).toBe("NS-0001");
  expect(sameRequestEveryTime(got)).toEqual([201, 201]);
  await expect(outbox(page)).toContainText(/Kenmerk: NS-0001\b/);
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
