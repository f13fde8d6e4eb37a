// The passcode lock: the stored data is encrypted, a reload asks for the code, a wrong code
// is refused, the right one opens, idle time locks, and the code can be removed.
import { test, expect, Page } from "@playwright/test";
import { appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

const CODE = "zonnebloem 7";

async function stored(page: Page) {
  return (await page.evaluate(() => localStorage.getItem("helder.household"))) ?? "";
}

async function setPasscode(page: Page) {
  await loadExample(page);
  await navigate(page, "Instellingen");
  await expect(page.getByText("vergeet je de code, dan kan niemand je gegevens terughalen")).toBeVisible();
  await page.getByLabel("Nieuwe code (minstens 6 tekens)").fill("kort");
  await page.getByLabel("Nieuwe code nog een keer").fill("kort");
  await page.getByLabel("Ik begrijp dat mijn gegevens weg zijn als ik de code vergeet.").check();
  await page.getByRole("button", { name: "Code instellen" }).click();
  await expect(page.getByRole("alert")).toContainText("De code is te kort.");
  await page.getByLabel("Nieuwe code (minstens 6 tekens)").fill(CODE);
  await page.getByLabel("Nieuwe code nog een keer").fill(CODE);
  await page.getByRole("button", { name: "Code instellen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "De code is ingesteld." })).toBeVisible({ timeout: 20_000 });
}

async function unlock(page: Page, code: string) {
  await page.getByLabel("Toegangscode").fill(code);
  await page.getByRole("button", { name: "Openen" }).click();
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

test("Helder locks by itself after the idle time", async ({ page }) => {
  await setPasscode(page);
  await page.evaluate(() => localStorage.setItem("helder.lock.idle", "3"));
  await page.reload();
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name: "Helder is op slot" })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByText("Gezin Visser")).toHaveCount(0);
});
