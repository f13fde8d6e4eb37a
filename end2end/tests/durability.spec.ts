// Durability and first-use safety: a full storage keeps the last good data (plain and with a
// passcode), the passcode is offered at first use, and an iPhone in the browser is told that
// its data may be removed after 7 days.
import { Page } from "@playwright/test";
import { test, expect, appReady, CODE, expectNoAxeViolations, loadExample, navigate, setPasscode, unlock } from "./helpers";

const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1";
// Longer than the reaction it replaces, so saving it needs more room than there is.
const COMMENT =
  "Dit mag niet verloren gaan, maar de opslag is vol. We schrijven er daarom nog wat bij, zodat deze reactie langer is dan de vorige.";

/** Fills the browser's real storage for this origin to the last character (keys that are not
 * Helder's), so from now on any write that needs more room fails in the browser itself, as on
 * a full phone. No stub: whether the last saved document survives is up to Helder. */
async function fillStorage(page: Page) {
  const filled = await page.evaluate(() => {
    let chunk = 1 << 22;
    let n = 0;
    while (chunk >= 1) {
      try {
        localStorage.setItem(`vuller.${n}`, "x".repeat(chunk));
        n += 1;
      } catch {
        chunk = Math.floor(chunk / 2);
      }
    }
    return n;
  });
  expect(filled, "the storage could not be filled").toBeGreaterThan(0);
}

async function stored(page: Page) {
  return (await page.evaluate(() => localStorage.getItem("helder.household"))) ?? "";
}

async function saveComment(page: Page) {
  await navigate(page, "Plan");
  const textarea = page.getByLabel("Onze reactie").first();
  await textarea.fill(COMMENT);
  await textarea.locator("xpath=ancestor::form[1]").getByRole("button", { name: "Reactie opslaan" }).click();
}

test("a full storage during a save says so and keeps the last saved data", async ({ page }) => {
  await loadExample(page);
  const before = await stored(page);
  await fillStorage(page);
  await saveComment(page);
  await expect(page.getByRole("alert").filter({ hasText: "de opslag van dit apparaat is vol" })).toBeVisible();
  expect(await stored(page)).toBe(before);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  await expect(page.getByText("Het gezin Visser is verzonnen.")).toBeVisible();
  await expect(page.getByText(COMMENT)).toHaveCount(0);
});

test("with a passcode, a full storage keeps the last encrypted data, which still opens", async ({ page }) => {
  await setPasscode(page);
  const before = await stored(page);
  await fillStorage(page);
  await saveComment(page);
  await expect(page.getByRole("alert").filter({ hasText: "de opslag van dit apparaat is vol" })).toBeVisible({ timeout: 20_000 });
  expect(await stored(page)).toBe(before);
  await page.reload();
  await unlock(page, CODE);
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText("Het gezin Visser is verzonnen.")).toBeVisible();
  await expect(page.getByText(COMMENT)).toHaveCount(0);
});

test("a passcode is offered on the overview of the family's own data, once", async ({ page }) => {
  await loadExample(page);
  // The example family is not the family's own data: no offer.
  await expect(page.getByRole("heading", { name: "Helder op slot doen met een code?" })).toHaveCount(0);
  // Make it the family's own, as after the guided start.
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    doc.household.is_example = false;
    localStorage.setItem("helder.household", JSON.stringify(doc));
  });
  await page.reload();
  await appReady(page);
  const offer = page.getByRole("region", { name: "Helder op slot doen met een code?" });
  await expect(offer).toBeVisible();
  await expectNoAxeViolations(page);
  await offer.getByRole("link", { name: "Een code instellen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Instellingen" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Toegangscode" })).toBeInViewport();

  await navigate(page, "Overzicht");
  await page.getByRole("region", { name: "Helder op slot doen met een code?" }).getByRole("button", { name: "Nee, bedankt" }).click();
  await expect(page.getByRole("heading", { name: "Helder op slot doen met een code?" })).toHaveCount(0);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Helder op slot doen met een code?" })).toHaveCount(0);
});

test("other browsers get no 7-day notice", async ({ page }) => {
  await loadExample(page);
  await expect(page.getByRole("heading", { name: "Zet Helder op je beginscherm" })).toHaveCount(0);
});

test.describe("on an iPhone, in the browser", () => {
  test.use({ userAgent: IPHONE });

  test("the overview says data may be removed after 7 days, offers a copy, and 'later' waits", async ({ page }) => {
    await loadExample(page);
    const notice = page.getByRole("region", { name: "Zet Helder op je beginscherm" });
    await expect(notice).toContainText("7 dagen niet opent");
    await expect(notice).toContainText("Zet op beginscherm");
    await expectNoAxeViolations(page);
    const download = page.waitForEvent("download");
    await notice.getByRole("button", { name: "Kopie downloaden" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^helder-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(notice.getByRole("status")).toContainText("Je kopie is gemaakt.");

    await notice.getByRole("button", { name: "Later" }).click();
    await expect(page.getByRole("heading", { name: "Zet Helder op je beginscherm" })).toHaveCount(0);
    await page.reload();
    await appReady(page);
    await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Zet Helder op je beginscherm" })).toHaveCount(0);
  });
});
