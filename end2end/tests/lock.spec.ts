// The passcode lock: the stored data is encrypted, a reload asks for the code, a wrong code
// is refused, the right one opens, idle time locks, and the code can be removed.
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Locator, Page } from "@playwright/test";
import { test, expect, appReady, CODE, expectNoAxeViolations, navigate, setPasscode, unlock } from "./helpers";

/** Clicks `button` and gives the text of the file it downloads. */
async function downloaded(page: Page, button: Locator): Promise<string> {
  const download = page.waitForEvent("download");
  await button.click();
  return readFile((await (await download).path())!, "utf8");
}

async function stored(page: Page) {
  return (await page.evaluate(() => localStorage.getItem("helder.household"))) ?? "";
}

test("a passcode encrypts the data; a reload locks; a wrong code is refused; the right one opens", async ({ page }) => {
  await setPasscode(page);
  const locked = JSON.parse(await stored(page));
  expect(locked.format).toBe("helder-locked");
  expect(locked.kdf).toMatchObject({ name: "PBKDF2-SHA256", iterations: 600000 });
  expect(await stored(page)).not.toContain("Visser");

  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Helder is op slot" })).toBeVisible();
  await expect(page.getByText("Gezin Visser")).toHaveCount(0);
  await expectNoAxeViolations(page);

  await unlock(page, "verkeerde code");
  await expect(page.getByRole("alert")).toContainText("Deze code klopt niet.", { timeout: 20_000 });
  await expect(page.getByText("Gezin Visser")).toHaveCount(0);

  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible({ timeout: 20_000 });
  await navigate(page, "Overzicht");
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();

  // Lock now, and open again where we were.
  await navigate(page, "Instellingen");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Nu op slot doen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Helder is op slot" })).toBeVisible();
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible({ timeout: 20_000 });

  // Removing the code needs the current one and stores plain JSON again.
  await page.getByLabel("Huidige code").fill(CODE);
  await page.getByRole("button", { name: "Code weghalen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De code is weggehaald." })).toBeVisible({ timeout: 20_000 });
  expect(JSON.parse(await stored(page)).format).toBe("helder-household");
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
});

test("Helder locks by itself after the idle time, and activity postpones it", async ({ page }) => {
  await setPasscode(page);
  // One minute, the shortest choice in the settings. The time is moved on the mocked clock
  // (helpers.ts), so a slow machine cannot make the lock come before the test looks.
  await page.evaluate(() => localStorage.setItem("helder.lock.idle", "60"));
  await page.reload();
  await unlock(page, CODE);
  const settings = page.getByRole("heading", { level: 1, name: "Instellingen" });
  const locked = page.getByRole("heading", { level: 1, name: "Helder is op slot" });
  await expect(settings).toBeVisible({ timeout: 20_000 });
  await page.clock.runFor(40_000);
  await expect(locked).toHaveCount(0);
  await expect(settings).toBeVisible();
  // A key press is activity: 40 + 40 seconds after unlocking, but only 40 after the press.
  await page.keyboard.press("Tab");
  await page.clock.runFor(40_000);
  await expect(locked).toHaveCount(0);
  await expect(settings).toBeVisible();
  await page.clock.runFor(22_000);
  await expect(locked).toBeVisible();
  await expect(page.getByText("Gezin Visser")).toHaveCount(0);
});

const LOCKED = { level: 1, name: "Helder is op slot" } as const;

/** Makes the page report that it went to the background (another app, the home screen). */
async function goToBackground(page: Page, hidden: boolean) {
  await page.evaluate((h) => {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (h ? "hidden" : "visible") });
    document.dispatchEvent(new Event("visibilitychange"));
  }, hidden);
}

test("changing the passcode needs the current one; afterwards only the new one opens", async ({ page }) => {
  await setPasscode(page);
  const NEW = "regenboog 42";
  await page.getByLabel("Huidige code").fill("niet de code");
  await page.getByLabel("Nieuwe code (minstens 8 tekens)").fill(NEW);
  await page.getByLabel("Nieuwe code nog een keer").fill(NEW);
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByRole("alert")).toContainText("De huidige code klopt niet. Er is niets veranderd.", { timeout: 20_000 });

  const before = JSON.parse(await stored(page));
  await page.getByLabel("Huidige code").fill(CODE);
  await page.getByLabel("Nieuwe code (minstens 8 tekens)").fill(NEW);
  await page.getByLabel("Nieuwe code nog een keer").fill(NEW);
  await page.getByRole("button", { name: "Code veranderen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De code is veranderd." })).toBeVisible({ timeout: 30_000 });
  // Re-encrypted under a new salt.
  const after = JSON.parse(await stored(page));
  expect(after.kdf.salt).not.toBe(before.kdf.salt);

  await page.reload();
  await expect(page.getByRole("heading", LOCKED)).toBeVisible();
  await unlock(page, CODE);
  await expect(page.getByRole("alert")).toContainText("Deze code klopt niet.", { timeout: 20_000 });
  await unlock(page, NEW);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible({ timeout: 20_000 });
});

test("a forgotten passcode: erasing everything from the lock screen returns to first use", async ({ page }) => {
  await setPasscode(page);
  await page.reload();
  await expect(page.getByRole("heading", LOCKED)).toBeVisible();
  await page.getByText("Code vergeten?").click();
  await expect(page.getByText("Zonder de code kan niemand je gegevens openen")).toBeVisible();
  await page.getByRole("button", { name: "Alles wissen en opnieuw beginnen" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Nee, niet wissen" }).click();
  expect(JSON.parse(await stored(page)).format).toBe("helder-locked");
  await page.getByRole("button", { name: "Alles wissen en opnieuw beginnen" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("helder.")))).toEqual([]);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
});

test("going to the background locks, but not while the file picker is open", async ({ page }) => {
  await setPasscode(page);
  // The file picker of "put back a copy" sends a phone's browser to the background.
  const chooser = page.waitForEvent("filechooser");
  await page.getByLabel("Kies het bestand met je kopie (.json)").click();
  await chooser;
  await goToBackground(page, true);
  await goToBackground(page, false);
  // The page has handled both events (they run in the page before evaluate returns): not
  // locked, still the settings.
  await expect(page.getByRole("heading", LOCKED)).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();

  await goToBackground(page, true);
  await goToBackground(page, false);
  await expect(page.getByRole("heading", LOCKED)).toBeVisible();
  await expect(page.getByText("Gezin Visser")).toHaveCount(0);
});

test("Shift three times leaves the lock screen too", async ({ page }) => {
  await page.context().route("https://www.buienradar.nl/**", (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Het weer</title><h1>Het weer</h1>" }),
  );
  await setPasscode(page);
  await page.reload();
  await expect(page.getByRole("heading", LOCKED)).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL("https://www.buienradar.nl/");
});

/** Rewrites the locked store's inside, encrypted again with the same passcode, as a newer Helder
 * ("newer": version 99) or damage ("cut": the second half gone) would leave it; returns the new
 * stored text. */
async function rewriteInside(page: Page, code: string, edit: "newer" | "cut") {
  return page.evaluate(
    async ({ code, edit }) => {
      const raw = localStorage.getItem("helder.household")!;
      const envelope = JSON.parse(raw);
      const bytes = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const base = await crypto.subtle.importKey("raw", new TextEncoder().encode(code), "PBKDF2", false, ["deriveKey"]);
      const key = await crypto.subtle.deriveKey(
        { name: "PBKDF2", salt: bytes(envelope.kdf.salt), iterations: envelope.kdf.iterations, hash: "SHA-256" },
        base, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
      const plain = new TextDecoder().decode(
        await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes(envelope.cipher.iv) }, key, bytes(envelope.data)));
      const changed = edit === "newer" ? plain.replace(/"version":\d+/, '"version":99') : plain.slice(0, plain.length / 2);
      const iv = crypto.getRandomValues(new Uint8Array(12));
      const data = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, new TextEncoder().encode(changed)));
      const b64 = (a: Uint8Array) => btoa(String.fromCharCode(...a));
      envelope.cipher.iv = b64(iv);
      envelope.data = b64(data);
      const text = JSON.stringify(envelope);
      localStorage.setItem("helder.household", text);
      return text;
    },
    { code, edit },
  );
}

test("the right passcode on data it cannot read: says why, keeps it as a protected file, erases nothing", async ({ page }) => {
  await setPasscode(page);
  // A newer Helder wrote it.
  const newer = await rewriteInside(page, CODE, "newer");
  await page.reload();
  await appReady(page);
  await unlock(page, CODE);
  await expect(page.getByRole("alert")).toContainText("nieuwere versie van Helder (versie 99)");
  await expect(page.getByText("Je code klopt, maar de gegevens zelf kunnen we niet lezen.")).toBeVisible();
  // Erasing is not offered until the data is saved as a file.
  await expect(page.getByText("Code vergeten?")).toBeHidden();
  const saved = await downloaded(page, page.getByRole("button", { name: "Bewaar de gegevens als bestand" }));
  expect(saved).toBe(newer);
  expect(JSON.parse(saved).format).toBe("helder-locked");
  expect(await stored(page)).toBe(newer);
  await expect(page.getByText("Code vergeten?")).toBeVisible();

  // Damaged inside: the same offer, with the plain reason.
  const damaged = await rewriteInside(page, CODE, "cut");
  await page.reload();
  await appReady(page);
  await unlock(page, CODE);
  await expect(page.getByRole("alert")).toContainText("beschadigd");
  await expect(page.getByRole("button", { name: "Bewaar de gegevens als bestand" })).toBeVisible();
  await expect(page.getByText("Code vergeten?")).toBeHidden();
  expect(await stored(page)).toBe(damaged);
});

test("a forgotten passcode: a protected copy can be saved before erasing", async ({ page }) => {
  await setPasscode(page);
  const locked = await stored(page);
  await page.reload();
  await appReady(page);
  await page.getByText("Code vergeten?").click();
  const saved = await downloaded(page, page.getByRole("button", { name: "Bewaar een beveiligde kopie" }));
  expect(saved).toBe(locked);
  expect(JSON.parse(saved).format).toBe("helder-locked");
});

test("a plain copy of unreadable data kept aside is named on the passcode card, and can be saved, then erased", async ({ page }) => {
  await setPasscode(page);
  const card = page.getByRole("region", { name: "Toegangscode" });
  await expect(card.getByRole("note")).toHaveCount(0);
  // A copy kept aside earlier (before the passcode), in plain text.
  const copy = '{"format":"helder-household","version":4,"household":{"broken":';
  await page.evaluate((copy) => localStorage.setItem("helder.household.unreadable", copy), copy);
  await page.reload();
  await appReady(page);
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  const note = card.getByRole("note");
  await expect(note).toContainText("Een toegangscode beveiligt die kopie niet");
  // Erasing is offered only once it is saved.
  await expect(note.getByRole("button", { name: "Wis deze kopie van dit apparaat" })).toHaveCount(0);
  expect(await downloaded(page, note.getByRole("button", { name: "Bewaar deze kopie als bestand" }))).toBe(copy);
  await note.getByRole("button", { name: "Wis deze kopie van dit apparaat" }).click();
  await expect(note).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem("helder.household.unreadable"))).toBeNull();
  expect(JSON.parse(await stored(page)).format).toBe("helder-locked");
});

test("under a passcode every save has a nonce of its own, with the same salt and key", async ({ page }) => {
  await setPasscode(page);
  const first = JSON.parse(await stored(page));
  // In the app (a page load would lock it): a comment on the plan, saved.
  await navigate(page, "Plan");
  const textarea = page.getByRole("textbox", { name: "Onze reactie" }).first();
  await textarea.fill("Een nieuwe reactie");
  await textarea.locator("xpath=ancestor::form[1]").getByRole("button", { name: "Reactie opslaan" }).click();
  await expect.poll(async () => JSON.parse(await stored(page)).cipher.iv).not.toBe(first.cipher.iv);
  const second = JSON.parse(await stored(page));
  expect(second.format).toBe("helder-locked");
  expect(second.kdf.salt).toBe(first.kdf.salt);
  expect(second.data).not.toBe(first.data);
  // And the newest save is what opens (a reload locks; the plan opens after the unlock).
  await page.reload();
  await appReady(page);
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  const comments = page.getByRole("textbox", { name: "Onze reactie" });
  await expect(comments.first()).toBeVisible();
  expect(await comments.evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value))).toContain("Een nieuwe reactie");
});

test("a copy put back under a passcode is stored encrypted and opens with the passcode", async ({ page }) => {
  await setPasscode(page);
  const file = JSON.parse(readFileSync(path.resolve(__dirname, "../../tests/fixtures/household-v1.json"), "utf8"));
  file.household.label = "Gezin Jansen";
  file.household.is_example = false;
  const before = await stored(page);
  await page.getByLabel("Kies het bestand met je kopie (.json)").setInputFiles({
    name: "helder-kopie.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole("alertdialog", { name: "Wat verandert er?" }).getByRole("button", { name: "Ja, zet deze kopie terug" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De kopie is teruggezet." }).first()).toBeVisible();
  // Written again (encrypted, so the saving takes a moment), and nothing of it readable.
  await expect.poll(() => stored(page)).not.toBe(before);
  expect(await stored(page)).not.toContain("Gezin Jansen");
  expect(JSON.parse(await stored(page)).format).toBe("helder-locked");
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Helder is op slot" })).toBeVisible();
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await navigate(page, "Overzicht");
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Jansen" })).toBeVisible();
});
