// Getting through the tasks on a phone (docs/ux-review.md): youth mode is a whole view on every
// tab and is left only after a question; independent help is one tap away; the urgent thing is
// first on the overview; the first screen's main action is not under the bottom bar; the undo
// notice stays with its screen; people are added as additions.
import zlib from "node:zlib";
import { Page } from "@playwright/test";
import { test, expect, isoDaysFrom, appReady, CODE, expectNoAxeViolations, loadExample, navigate, setPasscode } from "./helpers";

/** A day before the mocked "today" (helpers.ts), as YYYY-MM-DD. */
function isoDaysAgo(days: number): string {
  return isoDaysFrom(-days);
}

async function youthAsNoor(page: Page) {
  await page.getByRole("button", { name: "Jongerenweergave" }).click();
  await page.getByRole("button", { name: "Noor" }).click();
  await expect(page.getByRole("heading", { name: "Hoi Noor!" })).toBeVisible();
}

/** Whether the element's centre is really on top there (not covered by the bottom bar) and
 * inside the viewport. */
async function reallyVisible(page: Page, name: RegExp | string) {
  const el = page.getByRole("link", { name }).or(page.getByRole("button", { name })).first();
  await expect(el).toBeVisible();
  await el.scrollIntoViewIfNeeded();
  return el.evaluate((node) => {
    const r = node.getBoundingClientRect();
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    const top = document.elementFromPoint(x, y);
    return y < window.innerHeight && !!top && (top === node || node.contains(top));
  });
}

test("youth mode: every tab is the young person's version, without a sibling's entries or editable parents' texts", async ({ page }) => {
  await loadExample(page);
  // An edit address of a concern about Daan, taken from the parents' plan.
  await page.goto("/plan");
  await appReady(page);
  const daanEdit = await page
    .locator(".hd-entry")
    .filter({ hasText: "Daan zou thuis vaak zonder avondeten" })
    .getByRole("link")
    .first()
    .getAttribute("href");
  expect(daanEdit).toMatch(/^\/plan\/bewerk\//);
  await page.goto("/");
  await appReady(page);
  await youthAsNoor(page);
  await page.screenshot({ path: "/tmp/ux-youth-overview.png", fullPage: true });

  // My plan: Noor's and the family's entries; the parents' reaction read-only and marked.
  await navigate(page, "Mijn plan");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn plan" })).toBeVisible();
  await expect(page.getByText("Daan zou thuis vaak zonder avondeten naar bed gaan.")).toHaveCount(0);
  await expect(page.getByText("Daan gaat wekelijks naar voetbal.")).toHaveCount(0);
  const parents = page.locator(".hd-youth-parents").first();
  await expect(parents).toContainText("Reactie van je ouders (dit hebben zij geschreven)");
  await expect(parents).toContainText("Klopt. Noor zag erg op tegen de gymles");
  // The only fields are her own comments.
  const boxes = page.getByRole("textbox");
  const count = await boxes.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await expect(boxes.nth(i)).toHaveAccessibleName("Mijn reactie");
  await expect(page.getByRole("link", { name: /toevoegen|Bewerken|Aanpassen/ })).toHaveCount(0);
  await page.screenshot({ path: "/tmp/ux-youth-plan.png", fullPage: true });
  await expectNoAxeViolations(page);

  // An edit address of the parents' plan shows her plan, no form.
  await page.goto(daanEdit!);
  await appReady(page);
  await expect(page.getByRole("heading", { level: 1, name: "Mijn plan" })).toBeVisible();
  await expect(page.getByText("Daan zou thuis")).toHaveCount(0);

  // Who is who in her words, without forms.
  await navigate(page, "Wie is wie");
  await expect(page.getByText("Je gezinsmanager werkt hier.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Persoon toevoegen" })).toHaveCount(0);
  await expect(page.getByRole("textbox")).toHaveCount(0);
  await expect(page.getByText("De school van je kind")).toHaveCount(0);
  await page.screenshot({ path: "/tmp/ux-youth-who.png", fullPage: true });
  await expectNoAxeViolations(page);

  // Her rights, spoken to her.
  await navigate(page, "Mijn rechten");
  await expect(page.getByRole("heading", { level: 1, name: "Mijn rechten" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText("je kind");
  await expect(page.getByRole("heading", { name: "Je dossier lezen" })).toBeVisible();
  await page.screenshot({ path: "/tmp/ux-youth-rights.png", fullPage: true });

  // Help: the Kindertelefoon and the confidential adviser one tap away.
  await navigate(page, "Hulp en klachten");
  const help = page.getByRole("region", { name: "Hulp nodig?" });
  await expect(help.getByRole("link", { name: "Naar de Kindertelefoon" })).toHaveAttribute("href", "https://www.kindertelefoon.nl");
  await expect(help.getByRole("link", { name: "Naar de vertrouwenspersoon" })).toHaveAttribute("href", "https://www.jeugdstem.nl");
  await expect(help.getByRole("link", { name: "Bel Joost de Wit" })).toHaveAttribute("href", "tel:0200000000");
  await expect(help.getByRole("link", { name: "Bel 112" })).toHaveAttribute("href", "tel:112");
  await expect(help).toContainText("Het telefoonnummer hebben we niet kunnen controleren.");
  await expect(page.getByText("Vraag ernaar bij je gezinsmanager")).toHaveCount(0);
  await page.screenshot({ path: "/tmp/ux-youth-help.png", fullPage: true });
  await expectNoAxeViolations(page);

  // The map changes nothing of the parents' record; settings hold none of their tools.
  await page.goto("/kader/ots");
  await appReady(page);
  await expect(page.getByRole("button", { name: "Ja, hier staan we nu" })).toHaveCount(0);
  await navigate(page, "Instellingen");
  await expect(page.getByRole("button", { name: "Kopie downloaden" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Alles wissen" })).toHaveCount(0);
});

test("leaving youth mode asks first, and with a passcode asks the passcode", async ({ page }) => {
  await setPasscode(page); // (with the example family)
  await navigate(page, "Overzicht");
  await youthAsNoor(page);
  const toggle = page.getByRole("button", { name: "Jongerenweergave" });
  await toggle.click();
  await expect(page.getByText("Wil je echt naar de ouderweergave?")).toBeVisible();
  await expect(page.getByLabel("Vul de toegangscode in")).toBeVisible();
  await page.getByRole("button", { name: "Nee, blijf hier" }).click();
  await expect(page.getByRole("heading", { name: "Hoi Noor!" })).toBeVisible();

  // A wrong code keeps youth mode, the right one leaves it.
  await navigate(page, "Instellingen");
  await page.getByRole("button", { name: "Naar de ouderweergave" }).click();
  const code = page.getByLabel("Vul de toegangscode in");
  await code.pressSequentially("verkeerd 1");
  await page.getByRole("button", { name: "Ja, naar de ouderweergave" }).click();
  await expect(page.getByText("Die code klopt niet.")).toBeVisible();
  await expect(code).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "/tmp/ux-youth-leave.png" });
  await expectNoAxeViolations(page);
  await code.fill("");
  await code.pressSequentially(CODE);
  await page.getByRole("button", { name: "Ja, naar de ouderweergave" }).click();
  await expect(page.getByRole("button", { name: "Kopie downloaden" })).toBeVisible();
});

test("a young person on their own phone starts in youth mode without a household", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByText("Helder is ingesteld voor Jeugdbescherming Regio Amsterdam.")).toBeVisible();
  await expect(page.getByText("Heb je met een andere jeugdbeschermingsorganisatie te maken?")).toBeVisible();
  await page.getByRole("button", { name: "Ik ben een jongere" }).click();
  await expect(page.getByText("Op deze telefoon staat nog geen plan van je gezin.")).toBeVisible();
  const help = page.getByRole("region", { name: "Hulp nodig?" });
  await expect(help.getByRole("link", { name: "Naar de Kindertelefoon" })).toBeVisible();
  await expect(help).toContainText("Je gezinsmanager staat nog niet in Helder.");
  await navigate(page, "Wie is wie");
  await expect(page.getByText("Je mag zelf contact opnemen.").first()).toBeVisible();
  await navigate(page, "Mijn plan");
  await expect(page.getByText("Op deze telefoon staat nog geen plan.")).toBeVisible();
  await expectNoAxeViolations(page);
  // The emergency page too: 112 and Veilig Thuis, then the people who listen to a young person.
  await page.goto("/noodstop");
  await appReady(page);
  // 112 once: the page's own button, not again in the young person's list.
  await expect(page.getByRole("link", { name: "Bel 112", exact: true })).toHaveCount(1);
  const urgent = page.getByRole("region", { name: "Hulp nodig?" });
  await expect(urgent.getByRole("link", { name: "Naar de Kindertelefoon" })).toBeVisible();
  await page.screenshot({ path: "/tmp/youth-emergency.png", fullPage: true });
  await expectNoAxeViolations(page);
});

test("the first screen: its main action is not under a bottom bar, and there is none yet", async ({ page }) => {
  await page.goto("/");
  await appReady(page);
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" })).toHaveCount(0);
  expect(await reallyVisible(page, "Beginnen met onze eigen situatie")).toBe(true);
  expect(await reallyVisible(page, "Eerst rondkijken met een voorbeeldgezin")).toBe(true);
  await page.screenshot({ path: "/tmp/ux-welcome.png" });
  await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
  await expect(page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Plan" })).toBeVisible();
});

test("the overview puts a running legal term first, above the fold on a phone", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Plan");
  await page.getByRole("link", { name: "Beslissing toevoegen", exact: true }).click();
  await page.getByLabel("Wat voor beslissing?").selectOption({ label: "Schriftelijke aanwijzing" });
  await page.getByLabel("Waar gaat de beslissing over?").fill("Noor moet naar de schoolarts");
  await page.getByLabel("Datum", { exact: true }).fill(isoDaysAgo(1));
  await page.getByRole("button", { name: "Opslaan" }).click();
  const decision = page.locator(".hd-entry").filter({ hasText: "Noor moet naar de schoolarts" });
  await expect(decision).toContainText("Je hebt tot en met");
  await expect(decision).toContainText('om de kinderrechter te vragen de schriftelijke aanwijzing "Noor moet naar de schoolarts" ongeldig te verklaren');
  await navigate(page, "Overzicht");
  const first = page.getByRole("region", { name: "Eerst dit" });
  const term = first.getByText(/Nog 13 dagen om de kinderrechter te vragen/);
  await expect(term).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await term.boundingBox();
  expect(box!.y + box!.height).toBeLessThan(740 - 64);
  // The report to answer is there too; where the family stands comes after.
  await expect(first).toContainText("reageren");
  const order = await page.evaluate(() => {
    const y = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
    return { urgent: y(".hd-urgent"), where: y("#where-title") };
  });
  expect(order.urgent).toBeLessThan(order.where);
  await page.screenshot({ path: "/tmp/ux-overview-term.png" });
  await expectNoAxeViolations(page);
});

test("has something changed? the situation is changed from the overview, with a date", async ({ page }) => {
  await loadExample(page);
  await page.getByText("Is er iets veranderd?").first().click();
  await page.getByLabel("Waar staan jullie nu?").selectOption({ label: "Ondertoezichtstelling (OTS)" });
  await page.getByLabel("Sinds welke dag?").fill(isoDaysAgo(1));
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(page.getByText("Opgeslagen. Het overzicht laat nu zien")).toBeVisible();
  await expect(page.getByRole("region", { name: "Waar staan we nu" })).toContainText("Ondertoezichtstelling");
  await navigate(page, "Instellingen");
  await expect(page.getByText("Is er iets veranderd?")).toBeVisible();
});

test("the undo notice stays with its screen: gone after navigating, and in the chosen language", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Plan");
  await page.locator(".hd-entry").filter({ hasText: "De ruzies tussen de ouders" }).getByRole("link").first().click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  const notice = page.locator(".hd-undo__box");
  await expect(notice).toBeVisible();
  await expect(notice.getByRole("button", { name: "Ongedaan maken" })).toBeVisible();
  await navigate(page, "Wie is wie");
  await expect(notice).toHaveCount(0);
  await navigate(page, "Overzicht");
  await expect(page.locator(".hd-undo")).toBeEmpty();

  // A change, then the language: the Dutch notice does not stay on the English screen.
  await navigate(page, "Plan");
  await page.locator(".hd-entry").filter({ hasText: "De ruzies tussen de ouders" }).getByRole("link").first().click();
  await page.getByRole("button", { name: "Opslaan" }).click();
  await expect(notice).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.locator(".hd-undo")).not.toContainText(/Opgeslagen|Ongedaan/);
});

test("who is who: add a person from the list; the first family manager is an addition, then in view", async ({ page }) => {
  await loadExample(page);
  // Remove the example's family managers so this is the first one.
  await page.evaluate(() => {
    const doc = JSON.parse(localStorage.getItem("helder.household")!);
    for (const o of doc.household.organisations) if (o.kind === "jeugdbescherming") o.people = [];
    localStorage.setItem("helder.household", JSON.stringify(doc));
  });
  await page.goto("/netwerk");
  await appReady(page);
  await page.getByLabel("Bij welke organisatie hoort deze persoon?").selectOption({ label: "Jeugdbescherming Regio Amsterdam" });
  await page.getByRole("button", { name: "Verder" }).click();
  const name = page.getByLabel("Naam").first();
  await expect(name).toBeFocused();
  await page.getByRole("button", { name: "Annuleren" }).click();
  // The family manager section speaks of adding, not of a change.
  await expect(page.getByRole("heading", { name: "Jullie gezinsmanager" })).toBeVisible();
  await expect(page.getByText("Is jullie gezinsmanager gewisseld?")).toHaveCount(0);
  await page.getByRole("button", { name: "Gezinsmanager toevoegen" }).click();
  await expect(page.getByText("Wissel vastleggen")).toHaveCount(0);
  await page.keyboard.type("Joost de Wit");
  await page.getByLabel("Telefoonnummer (mag leeg)").last().pressSequentially("06 12345678");
  await page.getByRole("button", { name: "Persoon bewaren" }).click();
  const saved = page.getByText("Joost de Wit staat nu in Helder als jullie gezinsmanager.");
  await expect(saved).toBeInViewport();
  await expect(page.locator(".hd-person").filter({ hasText: "Joost de Wit" })).toBeInViewport();
  await page.screenshot({ path: "/tmp/ux-first-manager.png" });
  // From now on a new one is a change.
  await expect(page.getByRole("button", { name: "Nieuwe gezinsmanager vastleggen" })).toBeVisible();
});

test("independent help shows a public way to reach it and never sends you to the family manager", async ({ page }) => {
  await loadExample(page);
  await navigate(page, "Hulp en klachten");
  const contacts = page.locator("#contacts-title").locator("..");
  await expect(contacts.getByRole("link", { name: "Naar de website" }).first()).toBeVisible();
  await expect(contacts.locator('a[href="https://www.jeugdstem.nl"]')).toBeVisible();
  await expect(contacts.locator('a[href="https://www.kinderombudsman.nl"]')).toBeVisible();
  await expect(contacts.locator('a[href="tel:08003355555"]')).toBeVisible();
  await expect(page.locator("main")).not.toContainText("Vraag ernaar bij je gezinsmanager");
  await navigate(page, "Instellingen");
  await expect(page.getByText("Helder is ingesteld voor Jeugdbescherming Regio Amsterdam.")).toBeVisible();
});

/** How much text each page of a Chromium PDF shows (glyphs per page, in page order), to tell a
 * near-empty last page. */
function textPerPage(pdf: Buffer): number[] {
  const s = pdf.toString("latin1");
  const streams = new Map<number, number>();
  const re = /(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\r?\n/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const length = /\/Length (\d+)/.exec(m[2]);
    if (!length || !/FlateDecode/.test(m[2])) continue;
    const start = m.index + m[0].length;
    try {
      const text = zlib.inflateSync(pdf.subarray(start, start + Number(length[1]))).toString("latin1");
      // Glyphs shown: each <hex> string before Tj holds 4 hex digits per glyph.
      streams.set(Number(m[1]), [...text.matchAll(/<([0-9A-F]+)>\s*Tj/g)].reduce((n, g) => n + g[1].length / 4, 0));
    } catch {
      /* not a content stream */
    }
  }
  const pages: number[] = [];
  for (const p of s.matchAll(/\d+ 0 obj\s*<<\/Type \/Page\b(?:(?!endobj)[^])*?\/Contents (\d+) 0 R/g)) {
    pages.push(streams.get(Number(p[1])) ?? 0);
  }
  return pages;
}

test("printed rights hold the family's own running term and contacts, and end without a near-empty page", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the PDF does not depend on the viewport");
  await loadExample(page);
  await navigate(page, "Plan");
  await page.getByRole("link", { name: "Beslissing toevoegen", exact: true }).click();
  await page.getByLabel("Wat voor beslissing?").selectOption({ label: "Schriftelijke aanwijzing" });
  await page.getByLabel("Waar gaat de beslissing over?").fill("Noor moet naar de schoolarts");
  await page.getByLabel("Datum", { exact: true }).fill(isoDaysAgo(1));
  await page.getByRole("button", { name: "Opslaan" }).click();
  for (const stage of ["drang", "ots", "uithuisplaatsing"]) {
    // Four weeks ago: after the example's last step (70 days ago), before the decision.
    await page.evaluate(({ stage, since }) => {
      const doc = JSON.parse(localStorage.getItem("helder.household")!);
      doc.household.position.path.push({ stage, since });
      localStorage.setItem("helder.household", JSON.stringify(doc));
    }, { stage, since: isoDaysAgo(29) });
    await page.goto("/rechten");
    await appReady(page);
    await page.emulateMedia({ media: "print" });
    const head = page.locator(".hd-print-head");
    await expect(head).toContainText("Jullie termijnen die nu lopen");
    await expect(head).toContainText('de schriftelijke aanwijzing "Noor moet naar de schoolarts" ongeldig te verklaren');
    await expect(head).toContainText("Joost de Wit — gezinsmanager, Jeugdbescherming Regio Amsterdam: 020 000 0000");
    const perPage = textPerPage(await page.pdf({ format: "A4" }));
    expect(perPage.length, `${stage}: ${perPage}`).toBeLessThanOrEqual(5);
    const fullest = Math.max(...perPage);
    // The last page carries at least a fifth of a full page.
    expect(perPage[perPage.length - 1], `${stage}: ${perPage}`).toBeGreaterThan(fullest / 5);
    await page.emulateMedia({ media: "screen" });
  }
});
