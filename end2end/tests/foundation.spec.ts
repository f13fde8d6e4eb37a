// The foundation: first use, the example family, the guided start, navigation, storage,
// languages, offline use and a damaged store.
import { test, expect, isoDaysFrom, longDateNl, appReady, loadExample, navigate, ROUTES } from "./helpers";

test("first use offers two ways in", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Beginnen met onze eigen situatie" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Snel weg" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
});

test("the example family is marked as an example on every screen", async ({ page }) => {
  await loadExample(page);
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();
  await expect(page.getByText("Preventieve jeugdbescherming (drang)").first()).toBeVisible();
  for (const route of ROUTES) {
    await navigate(page, route.nav);
    await expect(page).toHaveURL(new RegExp(`${route.path}$`));
    await expect(page.getByRole("heading", { level: 1, name: route.heading })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Voorbeeldgezin" })).toBeVisible();
  }
});

test("every screen is reachable from the navigation and marks where you are", async ({ page }) => {
  // (The navigation appears once there is a household, the example or youth mode.)
  await loadExample(page);
  for (const route of ROUTES.slice(1)) {
    await navigate(page, route.nav);
    await expect(page.getByRole("heading", { level: 1, name: route.heading })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
    const link = nav.getByRole("link", { name: route.nav, exact: true });
    if (!(await link.isVisible())) {
      // On a phone the screens under "Meer" are marked once that list is open.
      await nav.getByRole("button", { name: "Meer" }).click();
    }
    await expect(link).toHaveAttribute("aria-current", "page");
  }
});

test("the 'Meer' list closes after a tap on a link, also on the screen already shown", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "a wide screen shows every link, without 'Meer'");
  await loadExample(page);
  const nav = page.getByRole("navigation", { name: "Hoofdmenu" });
  const more = nav.getByRole("button", { name: "Meer" });
  await navigate(page, "Instellingen");
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await nav.getByRole("link", { name: "Instellingen", exact: true }).click();
  await expect(more).toHaveAttribute("aria-expanded", "false");
  await expect(nav.getByRole("link", { name: "Instellingen", exact: true })).toBeHidden();
});

test("the guided start creates the family's own household", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.getByRole("link", { name: "Beginnen met onze eigen situatie" }).click();
  await expect(page.getByText("Stap 1 van 3")).toBeVisible();
  await page.getByRole("radio", { name: /Ondertoezichtstelling \(OTS\)/ }).check();
  await page.getByLabel(/Sinds wanneer/).fill(isoDaysFrom(-273));
  await page.getByRole("button", { name: "Volgende" }).click();

  await expect(page.getByText("Stap 2 van 3")).toBeVisible();
  await page.getByLabel("Naam").fill("Lina");
  await page.getByLabel(/Geboortejaar/).fill("20x4");
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Opslaan en beginnen" }).click();
  await expect(page.getByRole("alert")).toContainText("Het geboortejaar van kind 1 klopt niet");

  await page.getByRole("button", { name: "Vorige" }).click();
  await page.getByLabel(/Geboortejaar/).fill("2014");
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("checkbox", { name: /Jeugdbescherming/ }).first().check();
  await page.getByRole("button", { name: "Opslaan en beginnen" }).click();

  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Ondertoezichtstelling (OTS)").first()).toBeVisible();
  await expect(page.getByText(`Sinds ${longDateNl(isoDaysFrom(-273))}`)).toBeVisible();
  await expect(page.getByText("Voorbeeldgezin")).toHaveCount(0);

  await page.reload();
  await appReady(page);
  await expect(page.getByText("Ondertoezichtstelling (OTS)").first()).toBeVisible();
  await navigate(page, "Wie is wie");
  // The organisation stands in the web; with an OTS and no family manager yet, the screen says so.
  await expect(page.getByRole("region", { name: "Het web rond jullie gezin" }).getByRole("link", { name: "Jeugdbescherming" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Let op: wie helpt jullie?" })).toContainText("Er loopt een maatregel");
});

test("the guided start's first step is short, 'Weet ik niet' comes first and goes on at once, and a new child's name gets the focus", async ({ page }) => {
  await page.goto("/start");
  await appReady(page);
  const radios = page.getByRole("radio");
  await expect(radios.first()).toHaveAccessibleName(/^Weet ik niet/);
  await expect(radios.first()).toBeChecked();
  // One sentence per stage: the OTS's first, not the rest of its summary.
  const ots = page.getByRole("radio", { name: /Ondertoezichtstelling \(OTS\)/ });
  await expect(ots).toHaveAccessibleName(/Je kind staat onder toezicht van Jeugdbescherming\.$/);
  // The review found the button about 6 screens down, with the whole summaries.
  const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
  expect(screens).toBeLessThan(5.5);
  // Not knowing goes on from the top, without scrolling past every stage.
  const skip = page.getByRole("button", { name: "Weet ik niet, ga verder" });
  await expect(skip).toBeInViewport();
  await skip.click();
  await expect(page.getByText("Stap 2 van 3")).toBeVisible();
  await page.getByRole("button", { name: "Nog een kind toevoegen" }).click();
  await expect(page.locator("#child-name-1")).toBeFocused();
  await page.keyboard.type("Sam");
  await expect(page.locator("#child-name-1")).toHaveValue("Sam");
  // Back on step 1 nothing was chosen: the stage stays unknown.
  await page.getByRole("button", { name: "Vorige" }).click();
  await expect(radios.first()).toBeChecked();
});

test("starting your own situation replaces the example only after confirmation", async ({ page }) => {
  await loadExample(page);
  await page.getByRole("link", { name: "Begin met je eigen situatie" }).first().click();
  await expect(page.getByText(/verdwijnt het voorbeeld/)).toBeVisible();
  await page.getByRole("radio", { name: /Weet ik niet/ }).check();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Volgende" }).click();
  await page.getByRole("button", { name: "Opslaan en beginnen" }).click();
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toContainText("Het voorbeeldgezin wordt vervangen");
  await dialog.getByRole("button", { name: "Nee, nog niet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Voorbeeldgezin" })).toBeVisible();

  await page.getByRole("button", { name: "Opslaan en beginnen" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Ja, vervang het voorbeeld" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Overzicht" })).toBeVisible();
  await expect(page.getByText("Je hebt nog niet aangegeven waar je gezin staat.")).toBeVisible();
  await expect(page.getByText("Voorbeeldgezin")).toHaveCount(0);
});

test("a comment and a new stage survive a reload", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Plan");
  const comment = page.getByRole("textbox", { name: "Onze reactie" }).first();
  await comment.fill("Wij zien dit anders: het gaat al beter.");
  await page.getByRole("button", { name: "Reactie opslaan" }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Opgeslagen." })).toBeVisible();

  await navigate(page, "Waar sta ik");
  await page.getByRole("link", { name: "Onderzoek door de Raad voor de Kinderbescherming" }).first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Wie beslist" })).toBeVisible();
  await page.getByRole("button", { name: "Ja, hier staan we nu" }).click();
  await expect(page.getByText("Opgeslagen. Dit is nu jullie stap.")).toBeVisible();

  await page.reload();
  await appReady(page);
  await expect(page.getByText("Dit is jullie stap nu.")).toBeVisible();
  await navigate(page, "Plan");
  await expect(page.getByRole("textbox", { name: "Onze reactie" }).first()).toHaveValue(
    "Wij zien dit anders: het gaat al beter.",
  );
  await navigate(page, "Waar sta ik");
  const here = page.locator('.hd-map a[aria-current="step"]');
  await expect(here).toContainText("Onderzoek door de Raad voor de Kinderbescherming");
  await expect(here).toContainText("Je bent hier");
  await expect(page.getByText(/Stap 3 van jullie weg/)).toBeVisible();
});

test("a stage date in the future is refused with a clear message", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  await page.getByLabel("Sinds wanneer?").fill("2999-01-01");
  await page.getByRole("button", { name: "Ja, hier staan we nu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Die datum ligt in de toekomst" })).toBeVisible();
});

test("the language switch changes every text and is remembered", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Helder" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "Quick exit" })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Welcome to Helder" })).toBeVisible();
  await page.getByRole("button", { name: "Nederlands" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Welkom bij Helder" })).toBeVisible();
});

test("a damaged store shows a plain message and keeps the data", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const broken = '{"format":"helder-household","version":1,"household":{"label":';
  await page.evaluate((raw) => localStorage.setItem("helder.household", raw), broken);
  await page.reload();
  await appReady(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("We kunnen je opgeslagen gegevens niet lezen");
  await expect(alert).toContainText("We hebben niets gewist");
  expect(await page.evaluate(() => localStorage.getItem("helder.household"))).toBe(broken);
  expect(await page.evaluate(() => localStorage.getItem("helder.household.unreadable"))).toBe(broken);

  const download = page.waitForEvent("download");
  await alert.getByRole("button", { name: "Bewaar de gegevens als bestand" }).click();
  const file = await download;
  const stream = await file.createReadStream();
  let text = "";
  for await (const chunk of stream) text += chunk;
  expect(text).toBe(broken);

  // Going on without it and loading the example keeps the unreadable copy aside.
  await alert.getByRole("button", { name: "Verder zonder deze gegevens" }).click();
  await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
  expect(await page.evaluate(() => localStorage.getItem("helder.household.unreadable"))).toBe(broken);
});

test("with no room for a copy aside, going on waits until the data is saved as a file", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const broken = '{"format":"helder-household","version":1,"household":{"label":';
  await page.evaluate((raw) => localStorage.setItem("helder.household", raw), broken);
  // A full storage: the copy aside cannot be written.
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith("helder.household.unreadable")) throw new DOMException("full", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await page.reload();
  await appReady(page);
  const alert = page.getByRole("alert");
  await expect(alert).toContainText("Er was geen plek voor een aparte kopie");
  await expect(alert).not.toContainText("staan apart bewaard");
  expect(await page.evaluate(() => localStorage.getItem("helder.household.unreadable"))).toBeNull();
  // Going on would let the next save write over the only copy: not offered yet.
  await expect(alert.getByRole("button", { name: "Verder zonder deze gegevens" })).toHaveCount(0);
  const download = page.waitForEvent("download");
  await alert.getByRole("button", { name: "Bewaar de gegevens als bestand" }).click();
  await download;
  await expect(alert.getByRole("button", { name: "Verder zonder deze gegevens" })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("helder.household"))).toBe(broken);
});

test("data from a newer version is refused, not overwritten", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  const newer = '{"format":"helder-household","version":9,"saved":"2030-01-01","household":{}}';
  await page.evaluate((raw) => localStorage.setItem("helder.household", raw), newer);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("alert")).toContainText("nieuwere versie van Helder (versie 9)");
  expect(await page.evaluate(() => localStorage.getItem("helder.household"))).toBe(newer);
});

test("after one visit the app works with the network off", async ({ page, context }) => {
  await loadExample(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Gezin Visser (voorbeeld)" })).toBeVisible();
  // Every screen, each from a fresh load (so its part comes from the service worker's cache,
  // not from memory): its own heading, and no "could not be loaded".
  for (const path of [
    "/kader", "/kader/ots", "/plan", "/plan/bewerk/zorg/nieuw", "/netwerk", "/netwerk?org=o3", "/hulp", "/hulp/brief",
    "/hulp/rechter", "/noodstop", "/rechten", "/woorden", "/instellingen",
  ]) {
    await page.goto(path);
    await appReady(page, path);
    await expect(page.getByRole("heading", { level: 1 }), path).toBeVisible();
    await expect(page.getByText("kon niet worden geladen"), path).toHaveCount(0);
  }
  await context.setOffline(false);
});

test("an unknown address says so and links home", async ({ page }) => {
  await page.goto("/bestaat-niet");
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Deze pagina bestaat niet" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the first screen is useful before the app arrives", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Helder");
    await expect(page.getByRole("link", { name: "Snel weg" })).toHaveAttribute("href", /^https:/);
    await expect(page.getByRole("link", { name: "112" })).toBeVisible();
    await expect(page.getByRole("link", { name: "0800-2000" })).toBeVisible();
  });
});
