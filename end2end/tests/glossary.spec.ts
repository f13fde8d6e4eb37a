// Words explained (docs/glossary.md): on a stage page the first use of a legal word opens its
// explanation in place, by tap and by keyboard; /woorden lists every word from A to Z with its
// source, in both languages and in youth wording; on paper a page ends with its words.
import { Locator, Page } from "@playwright/test";
import { test, expect, appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

/** The explainable use of the OTS on the current screen (the word as written varies). */
const otsTerm = (page: Page) => page.locator('button.hd-term__word[aria-controls="woord-ots"]');

/** A tap on a touch screen (the phone), a click elsewhere. */
async function tap(l: Locator) {
  const touch = await l.page().evaluate(() => navigator.maxTouchPoints > 0);
  if (touch) await l.tap();
  else await l.click();
}

test("on the OTS page the first use of 'ondertoezichtstelling' is explained in place, by tap", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  // Only the first use on the screen is marked, though the page uses the word many times.
  await expect(otsTerm(page)).toHaveCount(1);
  await expect(page.locator("main").getByText(/ondertoezichtstelling|OTS/).first()).toBeVisible();
  const word = otsTerm(page);
  await expect(word).toHaveAttribute("aria-expanded", "false");
  const tip = page.locator("#woord-ots");
  await expect(tip).toBeHidden();

  await tap(word);
  await expect(word).toHaveAttribute("aria-expanded", "true");
  await expect(tip).toBeVisible();
  await expect(tip).toContainText("Een maatregel van de kinderrechter.");
  await expect(page).toHaveURL(/\/kader\/ots$/); // still on the same screen
  await page.screenshot({ path: "/tmp/glossary-tip.png" });
  await expectNoAxeViolations(page);

  await tap(word);
  await expect(tip).toBeHidden();

  // Each term once per screen: the Raad, the kinderrechter… are explained once too.
  const ids = await page.locator("button.hd-term__word").evaluateAll((els) => els.map((e) => e.getAttribute("aria-controls")));
  expect(ids.length).toBeGreaterThan(3);
  expect(new Set(ids).size).toBe(ids.length);

  // "All words" leads to /woorden, to that word.
  await tap(word);
  await tap(tip.getByRole("link", { name: "Alle woorden" }));
  await expect(page).toHaveURL(/\/woorden#ots$/);
  await expect(page.getByRole("heading", { level: 1, name: "Woorden uitgelegd" })).toBeVisible();
  await expect(page.locator("#ots")).toBeInViewport();
});

test("the explanation opens and closes with the keyboard", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  const word = otsTerm(page);
  // Tab to the word, as a keyboard user would.
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await word.evaluate((el) => el === document.activeElement);
  }
  expect(reached, "the word is reachable with Tab").toBe(true);
  const tip = page.locator("#woord-ots");
  await page.keyboard.press("Enter");
  await expect(word).toHaveAttribute("aria-expanded", "true");
  await expect(tip).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await expect(word).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(tip).toBeVisible();
  // Into the explanation's link, and Escape there closes it and returns to the word.
  await page.keyboard.press("Tab");
  await expect(tip.getByRole("link", { name: "Alle woorden" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(tip).toBeHidden();
  await expect(word).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(tip).toBeHidden();
});

test("/woorden lists every word from A to Z with its source, in Dutch, English and youth wording", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Woorden uitgelegd");
  await expect(page.getByRole("heading", { level: 1, name: "Woorden uitgelegd" })).toBeVisible();
  const terms = page.locator(".hd-glossary dt");
  expect(await terms.count()).toBeGreaterThan(30);
  const names = await terms.allTextContents();
  const sorted = [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), "nl"));
  expect(names).toEqual(sorted);
  const ots = page.locator("#ots");
  await expect(ots).toContainText("ondertoezichtstelling (OTS)");
  await expect(ots).toContainText("Een maatregel van de kinderrechter.");
  await expect(ots.getByRole("link", { name: /BW 1:255/ })).toHaveAttribute("href", /wetten\.overheid\.nl\/jci1\.3:c:BWBR0002656&boek=1&artikel=255/);
  await expect(ots).toContainText("gecontroleerd 29 november 2026");
  await expect(page.locator("#gezinsmanager")).toContainText("Geen woord uit de wet");
  await page.screenshot({ path: "/tmp/glossary-woorden.png" });
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Words explained" })).toBeVisible();
  await expect(page.locator("#ots")).toContainText("supervision order (OTS)");
  await expect(page.locator("#ots")).toContainText("checked 29 November 2026");
  await page.screenshot({ path: "/tmp/glossary-words-en.png" });
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Nederlands" }).click();

  // Youth mode: the young person's wording.
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Jongerenweergave aanzetten" }).click();
  await page.goto("/woorden");
  await appReady(page);
  await expect(page.locator("#ots")).toContainText("Je ouders blijven je ouders.");
  await expect(page.locator("#ots")).not.toContainText("Een maatregel van de kinderrechter.");
});

test("in English the stage page explains 'supervision order' in place", async ({ page }) => {
  await loadExample(page);
  await page.getByRole("button", { name: "English" }).click();
  await page.goto("/kader/ots");
  await appReady(page);
  await expect(otsTerm(page)).toHaveCount(1);
  await otsTerm(page).click();
  await expect(page.locator("#woord-ots")).toContainText("A measure by the juvenile judge.");
  await expect(page.locator("#woord-ots").getByRole("link", { name: "All words" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("a printed page ends with the words it explained", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  const list = page.locator(".hd-print-words");
  await expect(list).toBeHidden(); // on screen, the words are explained in place
  await page.emulateMedia({ media: "print" });
  await expect(list.getByRole("heading", { name: "Woorden op deze pagina" })).toBeVisible();
  await expect(list).toContainText("ondertoezichtstelling (OTS)");
  await expect(list).toContainText("Een maatregel van de kinderrechter.");
  await expect(page.locator("#woord-ots")).toBeHidden();
  // The explained words stay in their sentences on paper (a button on screen, text in print).
  const words = page.locator("main .hd-term__word");
  expect(await words.count()).toBeGreaterThan(0);
  for (const word of await words.all()) await expect(word).toBeVisible();
  await page.screenshot({ path: "/tmp/glossary-print.png", fullPage: true });
  await page.emulateMedia({ media: "screen" });
});
