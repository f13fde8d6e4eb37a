// Quick exit (button and Shift three times; "back" does not bring Helder's content back) and
// erasing everything.
import { test, expect, Page } from "@playwright/test";
import { appReady, loadExample, navigate } from "./helpers";

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
