// Nothing lost, nothing leaked (docs/security.md): quick exit that does not fire while typing,
// a neutral page title, two windows that do not overwrite each other, protected copies and
// drafts that do not outlive the lock.
import { Page, BrowserContext } from "@playwright/test";
import fs from "node:fs";
import { test, expect, appReady, CODE, DETAIL_PATHS, loadExample, navigate, ROUTES, setPasscode, unlock } from "./helpers";

const WEATHER = "https://www.buienradar.nl/";
const LOCKED = { level: 1, name: "Helder is op slot" } as const;

async function fakeWeather(context: BrowserContext) {
  await context.route(`${WEATHER}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Het weer</title><h1>Het weer</h1>" }),
  );
}

async function drafts(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("helder.draft.")));
}

test.describe("quick exit by keyboard", () => {
  test("typing capitals and Shift+Tab never leave; three plain Shift presses do, with a hint", async ({ page }) => {
    await fakeWeather(page.context());
    await loadExample(page);
    await page.goto("/plan/bewerk/zorg/c1");
    await appReady(page);
    const comment = page.getByLabel("Jullie reactie", { exact: true });
    await comment.click();
    // As people type: Shift held for each capital.
    for (const word of ["Ik heb ", "OTS", " en ", "GI", " gezien"]) {
      for (const ch of word) {
        if (ch >= "A" && ch <= "Z") {
          await page.keyboard.down("Shift");
          await page.keyboard.press(`Key${ch}`);
          await page.keyboard.up("Shift");
        } else {
          await page.keyboard.type(ch);
        }
      }
    }
    await expect(comment).toHaveValue(/Ik heb OTS en GI gezien/);
    // Shift+Tab three times: back through the form, still here.
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift+Tab");
    await page.waitForTimeout(300);
    await expect(page).not.toHaveURL(WEATHER);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    // Plain Shift presses: the hint counts down, politely.
    await page.keyboard.press("Shift");
    const hint = page.locator(".hd-shift-hint");
    await expect(hint).toHaveAttribute("aria-live", "polite");
    await expect(hint).toHaveText("Druk nog 2 keer op Shift om snel weg te gaan.");
    await page.screenshot({ path: "/tmp/security-shift-hint.png" });
    // Another key in between starts again.
    await page.keyboard.press("KeyA");
    await expect(hint).toHaveText("");
    await page.keyboard.press("Shift");
    await page.keyboard.press("Shift");
    await expect(hint).toHaveText("Druk nog 1 keer op Shift om snel weg te gaan.");
    await page.keyboard.press("Shift");
    await expect(page).toHaveURL(WEATHER);
  });

  test("the hint is in English too, and a pause starts again", async ({ page }) => {
    await loadExample(page);
    await page.getByRole("button", { name: "English" }).click();
    await page.keyboard.press("Shift");
    const hint = page.locator(".hd-shift-hint");
    await expect(hint).toHaveText("Press Shift 2 more times to leave quickly.");
    await page.clock.runFor(6_000);
    await expect(hint).toHaveText("");
    await page.keyboard.press("Shift");
    await expect(hint).toHaveText("Press Shift 2 more times to leave quickly.");
  });
});

test.describe("quick exit and history", () => {
  test("back after a quick exit bounces before the app has even loaded", async ({ page }) => {
    await fakeWeather(page.context());
    await loadExample(page);
    await navigate(page, "Plan");
    await page.getByRole("link", { name: "Snel weg" }).click();
    await expect(page).toHaveURL(WEATHER);
    // The app's code never arrives: only the inline start-up script can bounce.
    await page.context().route("**/*.wasm", () => {});
    await page.context().route("**/pkg-*/*.js", () => {});
    await page.goBack().catch(() => {});
    await expect(page).toHaveURL(WEATHER);
    await expect(page.getByRole("heading", { name: "Het weer" })).toBeVisible();
  });

  test("the first screen's quick-exit link replaces the history entry", async ({ page }) => {
    await fakeWeather(page.context());
    // A slow phone: the app's code hangs, the static first screen stays.
    await page.context().route("**/*.wasm", () => {});
    await page.goto("/");
    const before = await page.evaluate(() => history.length);
    await page.locator(".boot-exit").click();
    await expect(page).toHaveURL(WEATHER);
    // Replaced, not added: no entry of Helder's first screen to go back to.
    expect(await page.evaluate(() => history.length)).toBe(before);
  });
});

test("the page title never names the family or a child, on any screen", async ({ page }) => {
  await loadExample(page);
  const paths = [...ROUTES.map((r) => r.path), ...DETAIL_PATHS];
  for (const path of paths) {
    await page.goto(path);
    await appReady(page, path);
    await expect(page.locator("main#main h1")).toBeVisible();
    const title = await page.title();
    expect(title, path).toMatch(/^([A-Za-zÀ-ÿ ]+ · )?Helder$/);
    for (const name of ["Visser", "Noor", "Daan", "Gezin"]) expect(title, path).not.toContain(name);
  }
  // The overview's heading is the family's name; the title is not.
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();
  expect(await page.title()).toBe("Helder");
});

test.describe("two windows", () => {
  async function comment(page: Page, id: string, text: string) {
    await page.goto(`/plan/bewerk/zorg/${id}`);
    await appReady(page);
    await page.getByLabel("Jullie reactie", { exact: true }).fill(text);
  }

  async function saveForm(page: Page) {
    await page.getByRole("button", { name: "Opslaan" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  }

  test("an undo offered in one window cannot put back what another window changed since", async ({ context }) => {
    const a = await context.newPage();
    await loadExample(a);
    await a.goto("/netwerk?org=o4");
    await appReady(a);
    await a.getByRole("button", { name: "Organisatie verwijderen" }).click();
    await a.getByRole("alertdialog").getByRole("radio", { name: "De naam als tekst bij die punten laten staan" }).check();
    await a.getByRole("alertdialog").getByRole("button", { name: "Ja, verwijderen" }).click();
    const undo = a.getByRole("status").filter({ hasText: "Het Noorderlicht College is verwijderd." }).getByRole("button", { name: "Ongedaan maken" });
    await expect(undo).toBeVisible();
    // Meanwhile window B adds a comment.
    const b = await context.newPage();
    await comment(b, "c2", "Uit venster B");
    await saveForm(b);
    // A follows B's save: its undo (which would put back the household without B's comment)
    // is withdrawn, and A says why its screen changed.
    await expect(a.getByText("Wat daar is veranderd, staat nu ook hier.")).toBeVisible();
    await expect(undo).toHaveCount(0);
    const stored = JSON.parse((await a.evaluate(() => localStorage.getItem("helder.household")))!).household;
    expect(JSON.stringify(stored.plan)).toContain("Uit venster B");
    expect(stored.organisations.map((o: { id: string }) => o.id)).not.toContain("o4");
  });

  test("both save a comment: nothing is lost and the other window is told", async ({ context }) => {
    const a = await context.newPage();
    await loadExample(a);
    const b = await context.newPage();
    await comment(b, "c2", "Uit venster B");
    await comment(a, "c1", "Uit venster A");
    await saveForm(a);
    // B hears of A's save while its form is open, and says so; what B typed stays.
    await expect(b.getByRole("status").filter({ hasText: "ook open in een ander venster" })).toBeVisible();
    await expect(b.getByLabel("Jullie reactie", { exact: true })).toHaveValue("Uit venster B");
    await b.screenshot({ path: "/tmp/security-two-windows.png" });
    await saveForm(b);
    for (const page of [a, b]) {
      await page.goto("/plan");
      await appReady(page);
      const comments = page.getByRole("textbox", { name: "Onze reactie" });
      await expect(comments.first()).toBeVisible();
      const values = await comments.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
      expect(values).toContain("Uit venster A");
      expect(values).toContain("Uit venster B");
    }
  });

  test("a save that crosses another window's save is merged, not written over", async ({ page }) => {
    await loadExample(page);
    await comment(page, "c2", "Uit dit venster");
    // Another window saves at the same moment, before this one hears of it: its write is made
    // here directly (a page does not get the storage event of its own writes).
    await page.evaluate(() => {
      const doc = JSON.parse(localStorage.getItem("helder.household")!);
      doc.revision = (doc.revision ?? 0) + 1;
      doc.household.plan.concerns.find((c: { id: string }) => c.id === "c1").family_comment = "Uit het andere venster";
      localStorage.setItem("helder.household", JSON.stringify(doc));
    });
    await saveForm(page);
    await expect(page.getByRole("status").filter({ hasText: "Allebei de wijzigingen zijn bewaard" })).toBeVisible();
    const stored = await page.evaluate(() => localStorage.getItem("helder.household") ?? "");
    expect(stored).toContain("Uit het andere venster");
    expect(stored).toContain("Uit dit venster");
    expect(JSON.parse(stored).revision).toBeGreaterThan(1);
  });

  test("erasing in one window empties the other", async ({ context }) => {
    const a = await context.newPage();
    await loadExample(a);
    const b = await context.newPage();
    await b.goto("/plan");
    await appReady(b);
    await navigate(a, "Instellingen");
    await a.getByRole("button", { name: "Alles wissen" }).click();
    await a.getByRole("alertdialog").getByRole("button", { name: "Ja, wis alles" }).click();
    await expect(b.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
    await expect(b.getByText("Visser")).toHaveCount(0);
    // And B's timers or edits do not bring it back.
    await b.waitForTimeout(500);
    expect(await a.evaluate(() => localStorage.getItem("helder.household"))).toBeNull();
  });

  test("setting a passcode and locking reach the other window", async ({ context }) => {
    const a = await context.newPage();
    await setPasscode(a);
    // B opens with the passcode and is unlocked; A removes nothing, B holds the key too.
    const b = await context.newPage();
    await b.goto("/plan");
    await expect(b.getByRole("heading", LOCKED)).toBeVisible();
    await unlock(b, CODE);
    await expect(b.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible({ timeout: 20_000 });
    await a.getByRole("button", { name: "Nu op slot doen" }).click();
    await expect(a.getByRole("heading", LOCKED)).toBeVisible();
    await expect(b.getByRole("heading", LOCKED)).toBeVisible();
    expect(JSON.parse((await b.evaluate(() => localStorage.getItem("helder.household"))) ?? "{}").format).toBe("helder-locked");
  });

  test("a passcode set in one window locks the other, which never writes plain data over it", async ({ context }) => {
    const a = await context.newPage();
    await loadExample(a);
    const b = await context.newPage();
    await b.goto("/plan");
    await appReady(b);
    await navigate(a, "Instellingen");
    await a.getByLabel("Nieuwe code (minstens 8 tekens)").fill(CODE);
    await a.getByLabel("Nieuwe code nog een keer").fill(CODE);
    await a.getByLabel("Ik begrijp dat mijn gegevens weg zijn als ik de code vergeet.").check();
    await a.getByRole("button", { name: "Code instellen" }).click();
    await expect(a.getByRole("status").filter({ hasText: "De code is ingesteld." })).toBeVisible({ timeout: 20_000 });
    await expect(b.getByRole("heading", LOCKED)).toBeVisible();
    await expect(b.getByText("Visser")).toHaveCount(0);
    expect(JSON.parse((await b.evaluate(() => localStorage.getItem("helder.household"))) ?? "{}").format).toBe("helder-locked");
  });
});

test.describe("with a passcode", () => {
  test("a copy is password-protected by default; plain is an explained choice", async ({ page }) => {
    await setPasscode(page);
    const card = page.getByRole("region", { name: "Een kopie bewaren" });
    const protect = card.getByLabel("Beveilig de kopie met een wachtwoord");
    await expect(protect).toBeChecked();
    await card.getByLabel("Wachtwoord voor de kopie (minstens 8 tekens)").fill("fiets regen zondag");
    await card.getByLabel("Wachtwoord nog een keer").fill("fiets regen zondag");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 20_000 }),
      card.getByRole("button", { name: "Kopie downloaden" }).click(),
    ]);
    const text = fs.readFileSync((await download.path())!, "utf8");
    expect(JSON.parse(text).format).toBe("helder-locked");
    expect(text).not.toContain("Visser");
    await protect.uncheck();
    await expect(card).toContainText("Zonder wachtwoord kan iedereen die dit bestand heeft alles lezen");
    await page.screenshot({ path: "/tmp/security-export.png", fullPage: true });
  });

  test("before setting a passcode, 'copy first' asks for a protected copy", async ({ page }) => {
    await loadExample(page);
    await navigate(page, "Instellingen");
    const card = page.getByRole("region", { name: "Een kopie bewaren" });
    await expect(card.getByLabel("Beveilig de kopie met een wachtwoord")).not.toBeChecked();
    await page.getByRole("button", { name: "Eerst een kopie downloaden" }).click();
    await expect(card.getByLabel("Beveilig de kopie met een wachtwoord")).toBeChecked();
    await expect(card.getByLabel("Wachtwoord voor de kopie (minstens 8 tekens)")).toBeFocused();
  });

  test("drafts stay in memory and are gone after locking", async ({ page }) => {
    await setPasscode(page);
    await page.goto("/plan/bewerk/zorg/c1");
    await unlock(page, CODE);
    await expect(page.getByLabel("Jullie reactie", { exact: true })).toBeVisible({ timeout: 20_000 });
    await page.getByLabel("Jullie reactie", { exact: true }).fill("Geheime kladtekst");
    expect(await drafts(page)).toEqual([]);
    await navigate(page, "Overzicht");
    await page.goBack();
    await expect(page.getByLabel("Jullie reactie", { exact: true })).toHaveValue("Geheime kladtekst");
    await navigate(page, "Instellingen");
    await page.getByRole("button", { name: "Nu op slot doen" }).click();
    await unlock(page, CODE);
    await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible({ timeout: 20_000 });
    await page.goBack();
    await expect(page.getByLabel("Jullie reactie", { exact: true })).not.toHaveValue("Geheime kladtekst");
  });

  test("wrong tries wait longer and longer, also after a reload, and are reported after unlocking", async ({ page }) => {
    await setPasscode(page);
    // A count of one reads as one: "1 minuut", not "1 minuten".
    const idle = page.getByLabel("Vanzelf op slot als je Helder niet gebruikt na");
    await expect(idle.locator("option")).toHaveText(["1 minuut", "5 minuten", "15 minuten", "30 minuten"]);
    await page.reload();
    for (let i = 0; i < 5; i++) {
      await unlock(page, `verkeerd ${i}`);
      await expect(page.getByRole("alert")).toContainText(i < 4 ? "Deze code klopt niet." : "Wacht 30 seconden", { timeout: 20_000 });
      if (i < 4) await expect(page.getByRole("button", { name: "Openen" })).toBeEnabled();
    }
    await page.reload();
    await unlock(page, CODE);
    await expect(page.getByRole("alert")).toContainText("te vaak een verkeerde code");
    await expect(page.getByLabel("Toegangscode")).toHaveAttribute("autocomplete", "off");
    // After the wait, the right code opens and the wrong tries are reported.
    await page.evaluate(() => localStorage.setItem("helder.lock.tries", "5,0"));
    await unlock(page, CODE);
    await expect(page.getByRole("status").filter({ hasText: "5 keer een verkeerde code" })).toBeVisible({ timeout: 20_000 });
  });
});

test("without a passcode, drafts are gone after quick exit and after erasing", async ({ page }) => {
  await fakeWeather(page.context());
  await loadExample(page);
  await page.goto("/plan/bewerk/zorg/c1");
  await appReady(page);
  await page.getByLabel("Jullie reactie", { exact: true }).fill("Kladtekst");
  await expect.poll(() => drafts(page)).toHaveLength(1);
  await page.getByRole("link", { name: "Snel weg" }).click();
  await expect(page).toHaveURL(WEATHER);
  await page.goto("/plan/bewerk/zorg/c1");
  await appReady(page);
  expect(await drafts(page)).toEqual([]);
  await expect(page.getByLabel("Jullie reactie", { exact: true })).not.toHaveValue("Kladtekst");

  await page.getByLabel("Jullie reactie", { exact: true }).fill("Kladtekst");
  await expect.poll(() => drafts(page)).toHaveLength(1);
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, wis alles" }).click();
  expect(await drafts(page)).toEqual([]);
});

test.describe("a new day", () => {
  test("an open Helder starts again with today's date after midnight", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-29T23:59:00+01:00") });
    await loadExample(page);
    await expect(page.locator(".hd-print-date")).toContainText("29 november 2026");
    await page.clock.runFor(90_000);
    await expect(page.locator(".hd-print-date")).toContainText("30 november 2026");
  });

  test("with a form on screen it asks first, and coming back from the background checks too", async ({ page }) => {
    await page.clock.install({ time: new Date("2026-11-29T23:59:50+01:00") });
    await loadExample(page);
    await page.goto("/plan/bewerk/zorg/c1");
    await appReady(page);
    await page.getByLabel("Jullie reactie", { exact: true }).fill("Nog niet bewaard");
    // The phone was in a pocket over midnight; the page comes back.
    await page.clock.setSystemTime(new Date("2026-11-30T07:00:00+01:00"));
    await page.evaluate(() => document.dispatchEvent(new Event("visibilitychange")));
    const notice = page.getByRole("status").filter({ hasText: "Het is een nieuwe dag" });
    await expect(notice).toBeVisible();
    await expect(page.getByLabel("Jullie reactie", { exact: true })).toHaveValue("Nog niet bewaard");
    await notice.getByRole("button", { name: "Nu herladen" }).click();
    await appReady(page);
    await expect(page.locator(".hd-print-date")).toContainText("30 november 2026");
  });
});
