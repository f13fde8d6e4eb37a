// Narrow updates on /plan: typing in the search and saving a comment leave the cards that did
// not change as they are (the very same elements), so the phone does little work per keystroke
// and nothing the family has open elsewhere on the page is redrawn under their hands.
import { Locator, Page } from "@playwright/test";
import { test, expect, loadExample, navigate } from "./helpers";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "phone", "the plan is tested on the phone viewport");
});

/** Marks the card (list item) around `text` with a property a redrawn element would not have. */
async function mark(card: Locator, name: string) {
  await card.evaluate((el, name) => {
    (el as unknown as Record<string, boolean>)[name] = true;
  }, name);
}

async function stillMarked(card: Locator, name: string): Promise<boolean> {
  return card.evaluate((el, name) => (el as unknown as Record<string, boolean>)[name] === true, name);
}

function card(page: Page, text: string): Locator {
  return page.locator("li", { has: page.getByText(text, { exact: true }) }).last();
}

test("typing in the search keeps the cards that still match, and saving a comment redraws no other section", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Plan");
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();

  const goal = card(page, "Noor gaat weer elke schooldag naar school.");
  await expect(goal).toBeVisible();
  await mark(goal, "beforeSearch");
  const search = page.getByLabel("Zoeken in het plan (ook in oudere punten)");
  await search.click();
  await search.pressSequentially("school");
  await expect(page.getByText("Daan gaat wekelijks naar voetbal.")).toHaveCount(0);
  await expect(goal).toBeVisible();
  expect(await stillMarked(goal, "beforeSearch")).toBe(true);

  // Back to everything: the goal that matched all along is still the same element.
  await search.fill("");
  await expect(page.locator("summary", { hasText: "Bereikte doelen (1)" })).toBeVisible();
  expect(await stillMarked(goal, "beforeSearch")).toBe(true);

  // A comment on a concern: the goals and the meetings are not drawn again.
  const meeting = page.locator("#gesprekken li.hd-card").first();
  await mark(meeting, "beforeSave");
  await mark(goal, "beforeSave");
  const comment = page.getByLabel("Onze reactie").first();
  await comment.fill("Dat klopt niet helemaal.");
  const form = comment.locator("xpath=ancestor::form[1]");
  await form.getByRole("button", { name: "Reactie opslaan" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  expect(await stillMarked(goal, "beforeSave")).toBe(true);
  expect(await stillMarked(meeting, "beforeSave")).toBe(true);
  await expect(comment).toHaveValue("Dat klopt niet helemaal.");
});
