// Youth mode: switched on in settings or on the overview and remembered; a young person picks
// their name and sees "my plan" (their goals and the family's, not a sibling's), the concerns
// with an easy sentence on what kind of statement each is, who is who, their rights with
// sources, the emergency stop in youth wording, and their own comments shown as theirs.
// (Every tab in youth mode, and leaving it: ux.spec.ts.)
import { test, expect, appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

test("youth mode from settings: Noor's plan, her rights, and her comment shown as hers", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Jongerenweergave aanzetten" }).click();
  await navigate(page, "Overzicht");
  await expect(page.getByRole("button", { name: "Jongerenweergave" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("heading", { name: "Wie ben jij?" })).toBeVisible();
  await page.getByRole("button", { name: "Noor" }).click();
  await expect(page.getByRole("heading", { name: "Hoi Noor!" })).toBeVisible();

  // My plan: Noor's goal first, the family's goal, not her brother's.
  await navigate(page, "Mijn plan");
  await expect(page.getByRole("heading", { name: "Mijn plan" })).toBeVisible();
  const goals = page.locator(".hd-youth-goal");
  await expect(goals).toHaveCount(2);
  await expect(goals.first()).toContainText("Noor gaat weer elke schooldag naar school.");
  await expect(goals.first()).toContainText("Voor jou");
  await expect(goals.first()).toContainText("Hier wordt aan gewerkt");
  await expect(goals.first()).toContainText("Gesprekken met Noor over haar angst");
  await expect(page.getByText("Daan gaat wekelijks naar voetbal.")).toHaveCount(0);

  // Concerns: the kind in easy words, the professionals' text unchanged; none about Daan.
  const concerns = page.locator(".hd-youth-concern");
  await expect(concerns.first()).toContainText("Dit hebben ze opgeschreven als feit.");
  await expect(concerns.first()).toContainText("Noor (13) mist veel lessen: dit schooljaar 14 keer ongeoorloofd afwezig.");
  await expect(concerns.nth(1)).toContainText("Dit vindt iemand. Het is een mening.");
  await expect(page.getByText("Daan zou thuis vaak zonder avondeten naar bed gaan.")).toHaveCount(0);

  // A comment of her own, shown as hers (once: the box empties), kept after a reload.
  const field = goals.first().getByRole("textbox", { name: "Mijn reactie" });
  await field.fill("Gym in een kleine groep gaat beter.");
  await goals.first().getByRole("button", { name: "Reactie opslaan" }).click();
  await expect(goals.first().locator(".hd-youth-comment")).toContainText("Reactie van Noor");
  await expect(goals.first().getByRole("status")).toHaveText("Opgeslagen.");
  await expect(field).toHaveValue("");
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("heading", { name: "Mijn plan" })).toBeVisible();
  await expect(page.locator(".hd-youth-goal").first().locator(".hd-youth-comment")).toContainText("Gym in een kleine groep gaat beter.");
  const stored = await page.evaluate(() => JSON.parse(localStorage.getItem("helder.household")!).household.plan.goals.find((g: { id: string }) => g.id === "g1"));
  expect(stored.youth_comment).toBe("Gym in een kleine groep gaat beter.");
  expect(stored.text).toBe("Noor gaat weer elke schooldag naar school.");
  await expectNoAxeViolations(page);

  // Who is who, and my rights with their sources.
  await navigate(page, "Wie is wie");
  await expect(page.getByRole("heading", { name: "Ouder- en kindteam Noord" })).toBeVisible();
  await navigate(page, "Mijn rechten");
  await expect(page.locator("main")).toContainText("Ben je 12 of ouder? Dan mag je de rechter vertellen wat jij vindt.");
  await expect(page.locator("main")).toContainText("Bron: Rv 809");
  await expect(page.locator("main")).toContainText("Bij Jeugdbescherming mag het vanaf 12, als er een maatregel van de rechter is.");

  // The parents' plan shows her comment too, as hers, beside the goal.
  await page.evaluate(() => localStorage.removeItem("helder.youth"));
  await page.goto("/plan");
  await appReady(page);
  const goal = page.locator("#doelen .hd-entry").filter({ hasText: "Noor gaat weer elke schooldag" });
  await expect(goal.locator(".hd-comment--youth")).toContainText("Reactie van Noor");
  await expect(goal.locator(".hd-comment--youth")).toContainText("Gym in een kleine groep gaat beter.");
});

test("the overview switch turns youth mode off and on; the emergency stop speaks to a young person", async ({ page }) => {
  await loadExample(page);
  const toggle = page.getByRole("button", { name: "Jongerenweergave" });
  await expect(toggle).toHaveAttribute("aria-pressed", "false");
  await toggle.click();
  await page.getByRole("button", { name: "Daan" }).click();
  await expect(page.getByRole("heading", { name: "Hoi Daan!" })).toBeVisible();
  await navigate(page, "Mijn plan");
  await expect(page.locator(".hd-youth-goal").first()).toContainText("Daan gaat wekelijks naar voetbal.");
  await expect(page.locator(".hd-youth-goal").first()).toContainText("Gelukt!");
  await navigate(page, "Overzicht");
  await expect(page.getByRole("heading", { name: "Ging er iets mis?" })).toBeVisible();
  await page.getByRole("link", { name: "Vraag vandaag een gesprek" }).click();
  await appReady(page);
  await expect(page.getByRole("radio", { name: "Ik ben een jongere" })).toBeChecked();
  await navigate(page, "Overzicht");
  await page.getByRole("button", { name: "Jongerenweergave" }).click();
  await page.getByRole("button", { name: "Ja, naar de ouderweergave" }).click();
  await expect(page.getByRole("heading", { name: "Waar staan we nu" })).toBeVisible();
  await page.reload();
  await appReady(page);
  await expect(page.getByRole("button", { name: "Jongerenweergave" })).toHaveAttribute("aria-pressed", "false");
});

test("youth mode in English has no axe violations", async ({ page }) => {
  await loadExample(page);
  await page.getByRole("button", { name: "English" }).click();
  await page.evaluate(() => localStorage.setItem("helder.youth", "on:k1"));
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("heading", { name: "Need help?" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto("/plan");
  await appReady(page);
  await expect(page.getByRole("heading", { name: "My plan", level: 1 })).toBeVisible();
  await expect(page.getByText("They wrote this down as a fact.")).toBeVisible();
  await expectNoAxeViolations(page);
});
