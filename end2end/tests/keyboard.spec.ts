// A keyboard-only walk through the main flows (WCAG 2.1.1, 2.4.3, 2.4.7): only Tab, Shift+Tab,
// Enter, Space and typing; every stop must show where the focus is.
import { Page } from "@playwright/test";
import { test, expect, appReady, loadExample } from "./helpers";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "desktop", "a keyboard walk on the desktop viewport");
});

/** Presses Tab until the focused element's accessible text matches, and checks it is visible. */
async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const found = await page.evaluate((source) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const label = el.getAttribute("aria-label") || (el as HTMLInputElement).labels?.[0]?.textContent || el.textContent || "";
      return new RegExp(source).test(label.trim()) ? label.trim() : null;
    }, name.source);
    if (found) {
      // The focus can be seen: Helder's focus ring, an outline of at least 2 px (WCAG 2.4.13's
      // minimum). A box shadow alone does not count: a card may carry one without focus.
      const visible = await page.evaluate(() => {
        const s = getComputedStyle(document.activeElement as Element);
        return s.outlineStyle !== "none" && parseFloat(s.outlineWidth) >= 2;
      });
      expect(visible, `focus indicator on "${found}"`).toBe(true);
      return;
    }
  }
  throw new Error(`no focusable element matching ${name} within ${max} tabs`);
}

test("skip link, then into the plan: add a concern and undo it, by keyboard only", async ({ page }) => {
  await loadExample(page);
  // From the top of a freshly opened screen, the first Tab reaches the skip link.
  await page.reload();
  await appReady(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(":focus")).toHaveText("Naar de inhoud");
  await tabTo(page, /^Plan$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();

  await tabTo(page, /^Zorg toevoegen$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Een zorg toevoegen" })).toBeVisible();
  await tabTo(page, /^Wat is de zorg\?$/);
  await page.keyboard.type("Geen vaste slaaptijden.");
  await tabTo(page, /^Wat voor uitspraak is het\?$/);
  await page.keyboard.press("ArrowDown");
  await tabTo(page, /^Opslaan$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Plan" })).toBeVisible();
  await expect(page.locator("#zorgen")).toContainText("Geen vaste slaaptijden.");

  // The undo notice is reachable from the top of the screen.
  await tabTo(page, /^Ongedaan maken$/);
  await page.keyboard.press("Enter");
  await expect(page.locator("#zorgen")).not.toContainText("Geen vaste slaaptijden.");
});

test("the map, a stage and back; the help route's questions answered with the keyboard", async ({ page }) => {
  await loadExample(page);
  await tabTo(page, /^Waar sta ik$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Waar sta ik/ })).toBeVisible();
  await tabTo(page, /Ondertoezichtstelling \(OTS\)/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Ondertoezichtstelling/ })).toBeVisible();

  await page.goto("/hulp");
  await tabTo(page, /Hoe ze met ons omgingen/);
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: /Hoe ze met ons omgingen/ })).toBeChecked();
  await tabTo(page, /Jeugdbescherming \(de gezinsmanager\)/);
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: /Jouw weg: de klachtencommissie/ })).toBeVisible();
  await tabTo(page, /^Schrijf een klachtbrief$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Klachtbrief" })).toBeVisible();
});

test("the emergency stop form can be filled and sent by keyboard", async ({ page, context }) => {
  await loadExample(page);
  await tabTo(page, /^Noodstop: vandaag een gesprek$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: /Noodstop/ })).toBeVisible();
  await tabTo(page, /^Over welk gesprek gaat het\?/);
  await page.keyboard.press("ArrowDown");
  await tabTo(page, /Ik voelde me niet gehoord/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Je naam$/);
  await page.keyboard.type("Sanne");
  await tabTo(page, /^Je telefoonnummer$/);
  await page.keyboard.type("06 1234 5678");
  await tabTo(page, /Ik vind het goed dat dit bericht/);
  await page.keyboard.press("Space");
  // Offline, so the request waits in the outbox and the shared test receiver stays untouched.
  await context.setOffline(true);
  await tabTo(page, /^Verzoek versturen$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Je verzoek staat in je verzoeken" })).toBeVisible();
  await expect(page.locator(".hd-outbox__status").first()).toContainText("Wacht op verbinding");
});
