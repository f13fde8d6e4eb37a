// Quick exit (button and Shift three times; "back" does not bring Helder's content back) and
// erasing everything.
import fs from "node:fs";
import path from "node:path";
import { Page } from "@playwright/test";
import { test, expect, appReady, loadExample, navigate } from "./helpers";

const WEATHER = "https://www.buienradar.nl/";

async function fakeWeather(page: Page) {
  await page.context().route(`${WEATHER}**`, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Het weer</title><h1>Het weer</h1>" }),
  );
}

test("quick exit leaves at once and the back button does not show Helder again", async ({ page }) => {
  await fakeWeather(page);
  await loadExample(page);
  await navigate(page, "Plan");
  await page.getByRole("link", { name: "Snel weg" }).click();
  await expect(page).toHaveURL(WEATHER);
  await expect(page.getByRole("heading", { name: "Het weer" })).toBeVisible();
  await page.goBack().catch(() => {});
  await expect(page).toHaveURL(WEATHER);
  await expect(page.getByText("Gezin Visser")).toHaveCount(0);
});

test("pressing Shift three times leaves too", async ({ page }) => {
  await fakeWeather(page);
  await loadExample(page);
  for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
  await expect(page).toHaveURL(WEATHER);
});

test("a new visit after a quick exit opens Helder as usual", async ({ page }) => {
  await fakeWeather(page);
  await loadExample(page);
  await page.getByRole("link", { name: "Snel weg" }).click();
  await expect(page).toHaveURL(WEATHER);
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();
});

test("erasing everything returns to first use", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  const dialog = page.getByRole("alertdialog");
  await dialog.getByRole("button", { name: "Nee, niet wissen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Voorbeeldgezin" })).toBeVisible();
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Alles is gewist." })).toBeVisible();
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("helder.")))).toEqual([]);
  await expect.poll(() => page.evaluate(async () => (await caches.keys()).length)).toBe(0);
  await page.getByRole("link", { name: "Naar het begin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
});

// "Erase everything" must leave nothing of Helder in the tab either: the plan-form drafts
// live in sessionStorage (src/store/drafts.rs); `erase_everything` clears it.
test("erasing everything also removes form drafts typed in this tab", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Plan");
  await page.getByRole("link", { name: /^Bewerken: Noor gaat weer elke schooldag/ }).click();
  const note = page.getByLabel("Nieuwe notitie over de voortgang (mag leeg)");
  await note.pressSequentially("Geheim concept");
  // The draft is kept as typed (the real sessionStorage, no stub).
  await expect
    .poll(() => page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith("helder.draft.")).length))
    .toBeGreaterThan(0);
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Alles wissen" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, wis alles" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Alles is gewist." })).toBeVisible();
  const left = await page.evaluate(() => [
    ...Object.keys(localStorage).filter((k) => k.startsWith("helder.")),
    ...Object.keys(sessionStorage).filter((k) => k.startsWith("helder.")),
  ]);
  expect(left).toEqual([]);
  // A new family in the same tab does not get the old text back.
  await page.getByRole("link", { name: "Naar het begin" }).click();
  await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
  await navigate(page, "Plan");
  await page.getByRole("link", { name: /^Bewerken: Noor gaat weer elke schooldag/ }).click();
  await expect(page.getByLabel("Nieuwe notitie over de voortgang (mag leeg)")).toHaveValue("");
});

test.describe("with an organisation profile that names its own quick-exit address", () => {
  // The profile is answered here, not by the service worker.
  test.use({ serviceWorkers: "block" });
  test("quick exit goes there, by the button and by Shift three times", async ({ page }) => {
    const OTHER = "https://www.nu.nl/";
    const profile = JSON.parse(fs.readFileSync(path.join(__dirname, "../fixtures/organisation.test.json"), "utf8"));
    expect(profile.quick_exit_url).not.toBe(OTHER);
    profile.quick_exit_url = OTHER;
    await page.route("**/organisation.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(profile) }),
    );
    await page.context().route(`${OTHER}**`, (route) =>
      route.fulfill({ contentType: "text/html", body: "<!doctype html><title>Nieuws</title><h1>Nieuws</h1>" }),
    );
    await loadExample(page);
    await page.getByRole("link", { name: "Snel weg" }).click();
    await expect(page).toHaveURL(OTHER);
    await page.goto("/plan");
    await appReady(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press("Shift");
    await expect(page).toHaveURL(OTHER);
  });
});
