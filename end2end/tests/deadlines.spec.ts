// Legal terms a family can act on: a written instruction gives 2 weeks to ask the kinderrechter,
// counted from the day after it was sent; only the day the request went to the court ends the
// warning. Bad dates are refused at the field and nothing is stored. Today is fixed with
// page.clock, so the numbers never depend on the real date.
import { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, loadExample, navigate } from "./helpers";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "phone", "the deadlines are tested on the phone viewport");
});

const TITLE = "Noor moet naar de schoolarts";

async function openPlan(page: Page) {
  await navigate(page, "Plan");
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
}

test("a written instruction: 'nog N dagen om de kinderrechter te vragen …' until the request went to the court", async ({ page }) => {
  // Tuesday 8 December 2026; the example family is in "drang" since 70 days (29 September).
  await page.clock.setFixedTime(new Date("2026-12-08T10:00:00"));
  await loadExample(page);
  await openPlan(page);
  await page.getByRole("link", { name: "Beslissing toevoegen", exact: true }).click();
  await page.getByLabel("Wat voor beslissing?").selectOption({ label: "Schriftelijke aanwijzing" });
  await page.getByLabel("Waar gaat de beslissing over?").pressSequentially(TITLE);
  const date = page.getByLabel("Datum", { exact: true });
  const dateError = page.locator("#f-date-error");
  const save = page.getByRole("button", { name: "Opslaan" });

  // Bad dates: a message next to the field, and nothing is stored.
  for (const [day, message] of [
    ["2026-12-09", "Deze datum ligt in de toekomst."],
    ["2025-12-07", "Deze datum is meer dan een jaar geleden."],
    ["2026-09-28", "Deze datum ligt vóór het begin van jullie huidige fase."],
  ]) {
    await date.fill(day);
    await save.click();
    await expect(page.getByRole("alert")).toContainText("Niet opgeslagen");
    await expect(dateError).toContainText(message);
    await expect(date).toHaveAttribute("aria-invalid", "true");
  }
  await page.screenshot({ path: "/tmp/legal-instruction-error.png" });

  // Sent on Tuesday 1 December: day 1 is 2 December, day 14 is Tuesday 15 December.
  await date.fill("2026-12-01");
  await save.click();
  const decision = page.locator(".hd-entry").filter({ hasText: TITLE });
  await expect(decision).toContainText("Je hebt tot en met dinsdag 15 december 2026 om de kinderrechter te vragen");
  await expect(decision).toContainText("Bron: BW 1:264 lid 1–3");
  await expect(decision).not.toContainText("bezwaar");

  await navigate(page, "Overzicht");
  const due = page.getByRole("region", { name: "Eerst dit" });
  await expect(due).toContainText(
    `Nog 7 dagen om de kinderrechter te vragen de schriftelijke aanwijzing "${TITLE}" ongeldig te verklaren (tot en met dinsdag 15 december 2026).`,
  );
  await expect(due).toContainText("Je hebt geen advocaat nodig.");
  await due.getByText("De regel en de bron").first().click();
  await expect(due).toContainText("De 2 weken beginnen op de dag nadat de aanwijzing is verstuurd of aan je gegeven.");
  await expect(due).toContainText("Bron: BW 1:264 lid 1–3, 1:265f en 1:265k lid 1");
  await expectNoAxeViolations(page);
  await page.screenshot({ path: "/tmp/legal-overview-instruction.png", fullPage: true });

  // A note about a letter to Jeugdbescherming does not end the warning.
  await openPlan(page);
  await page.getByRole("link", { name: `Bewerken: ${TITLE}` }).click();
  await page.getByLabel("Notities").pressSequentially("Brief aan de gezinsmanager gestuurd");
  await save.click();
  await navigate(page, "Overzicht");
  await expect(due).toContainText("Nog 7 dagen om de kinderrechter te vragen");

  // The day the request went to the court ends it.
  await openPlan(page);
  await page.getByRole("link", { name: `Bewerken: ${TITLE}` }).click();
  await page
    .getByLabel("Op welke dag hebben jullie het verzoek naar de rechtbank gestuurd, of hoger beroep ingesteld? (mag leeg)")
    .fill("2026-12-07");
  await save.click();
  await expect(decision).toContainText("Jullie hebben op 7 december 2026 het verzoek naar de rechtbank gestuurd");
  await navigate(page, "Overzicht");
  await expect(page.getByText("de kinderrechter te vragen de schriftelijke aanwijzing")).toHaveCount(0);
});
