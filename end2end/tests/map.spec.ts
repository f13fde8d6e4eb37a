// The drawn map (issue 21): the whole framework, the family's path and "you are here" on one
// phone screen; every stop a link; print, forced colours, axe; the small maps.
import { Page } from "@playwright/test";
import { test, expect, appReady, expectNoAxeViolations, loadExample, navigate } from "./helpers";

const TODAY = new Date("2026-11-29T10:00:00");
const map = (page: Page) => page.locator("figure.hd-tmap svg");

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

/** The fixed bars at the top and the bottom of a phone screen (bottom = the screen's height without a bar). */
async function bars(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector(".hd-header")!.getBoundingClientRect();
    const nav = document.querySelector(".hd-nav__primary")!.getBoundingClientRect();
    const fixed = getComputedStyle(document.querySelector(".hd-nav__primary")!).position === "fixed";
    return { top: header.bottom, bottom: fixed ? nav.top : window.innerHeight };
  });
}

test("the map shows the whole framework on one phone screen, 'you are here' without scrolling", async ({ page }, info) => {
  await loadExample(page);
  await navigate(page, "Waar sta ik");
  await expect(map(page)).toBeVisible();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const box = (await map(page).boundingBox())!;
  const screen = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(screen.width);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  if (info.project.name === "phone") {
    // The whole picture fits between the header and the bottom bar of a 360 × 740 phone,
    // and a 360 × 640 one has room for it without the header and the bar.
    const { top, bottom } = await bars(page);
    expect(box.height, "the map's height").toBeLessThanOrEqual(bottom - top);
    expect(box.height).toBeLessThanOrEqual(640 - 56);
  }
  // Every stage is a stop, every stop a link to its stage page.
  const stops = map(page).locator("a");
  await expect(stops).toHaveCount(12);
  const hrefs = await stops.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(new Set(hrefs).size).toBe(12);
  for (const href of hrefs) expect(href).toMatch(/^\/kader\/[a-z-]+$/);
  // "You are here": the example family's stage, marked and inside the first screen.
  const here = map(page).locator('a[aria-current="step"]');
  await expect(here).toHaveCount(1);
  await expect(here).toHaveAttribute("href", "/kader/drang");
  await expect(here).toContainText("Je bent hier");
  const { top, bottom } = await bars(page);
  const marker = (await here.locator(".hd-tmap__pill").boundingBox())!;
  expect(marker.y).toBeGreaterThanOrEqual(top);
  expect(marker.y + marker.height).toBeLessThanOrEqual(bottom);
  // The path: two steps drawn, three numbered stops; the ways on from drang with who decides.
  await expect(map(page).locator(".hd-tmap__path")).toHaveCount(2);
  await expect(map(page).locator(".hd-tmap__num")).toHaveText(["1", "2", "3"]);
  await expect(map(page).locator(".hd-tmap__way--next")).toHaveCount(3);
  await expect(map(page).getByRole("link", { name: /^Onderzoek door de Raad voor de Kinderbescherming, beslist: de Raad/ })).toHaveAttribute("href", "/kader/raadsonderzoek");
  await expect(map(page).locator('a[href="/kader/raadsonderzoek"] .hd-tmap__text--next')).not.toHaveCount(0);
  // The zones by name, and the summary in words.
  for (const zone of ["Vrijwillig", "Drang, geen rechter", "De rechter beslist", "De weg terug"]) {
    await expect(map(page).locator(".hd-tmap__band-name", { hasText: zone })).toHaveCount(1);
  }
  await expect(map(page)).toHaveAttribute("aria-label", "Kaart van alle stappen");
  await expect(page.locator("figcaption")).toContainText(
    "Jullie zijn bij Preventieve jeugdbescherming (drang). Hiervoor: Melding van zorgen, Vrijwillige hulp (ouder- en kindteam). Hierna kan:",
  );
  await expect(page.locator("figcaption")).toContainText("Onderzoek door de Raad voor de Kinderbescherming (beslist: de Raad voor de Kinderbescherming)");
  await page.screenshot({ path: `/tmp/map-kader-${info.project.name}.png` });
  if (info.project.name === "phone") await page.screenshot({ path: "docs/img/map-phone.png" });
  await expectNoAxeViolations(page);
});

test("every stop is reached by Tab in reading order, with a visible focus clear of the bars", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader");
  await appReady(page);
  const expected = await map(page).locator("a").evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const reached: string[] = [];
  for (let i = 0; i < 40 && reached.length < expected.length; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as Element;
      if (!el.closest("figure.hd-tmap svg")) return null;
      const hit = el.querySelector(".hd-tmap__hit")!;
      const r = el.getBoundingClientRect();
      return { href: el.getAttribute("href")!, fill: getComputedStyle(hit).fill, top: r.top, bottom: r.bottom };
    });
    if (!focused) continue;
    reached.push(focused.href);
    expect(focused.fill, `focus shown on ${focused.href}`).toBe("rgb(255, 191, 71)");
    const { top, bottom } = await bars(page);
    expect(focused.top, `${focused.href} below the header`).toBeGreaterThanOrEqual(top - 1);
    expect(focused.bottom, `${focused.href} above the bottom bar`).toBeLessThanOrEqual(bottom + 1);
  }
  expect(reached).toEqual(expected);
  // Reading order: top to bottom.
  const ys = await map(page).locator("a .hd-tmap__dot").evaluateAll((dots) => dots.map((d) => Number(d.getAttribute("cy"))));
  expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  // Enter on the current stage opens its page.
  await map(page).locator('a[aria-current="step"]').focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Preventieve jeugdbescherming (drang)" })).toBeVisible();
});

test("a new stage moves the marker and extends the path after a reload", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader/ots");
  await appReady(page);
  // The stage page starts with a small map centred on the stage: where it can lead.
  const small = page.locator("div.hd-tmap svg");
  await expect(small).toHaveAttribute("role", "img");
  await expect(small.locator(".hd-tmap__stop--focus")).toHaveCount(1);
  await expect(small.locator(".hd-tmap__way--next")).toHaveCount(4);
  await page.screenshot({ path: "/tmp/map-stage-phone.png" });
  await page.getByLabel("Sinds wanneer?").fill("2026-11-29");
  await page.getByRole("button", { name: "Ja, hier staan we nu" }).click();
  await expect(page.getByText("Opgeslagen. Dit is nu jullie stap.")).toBeVisible();

  await page.reload();
  await appReady(page);
  await navigate(page, "Waar sta ik");
  const here = map(page).locator('a[aria-current="step"]');
  await expect(here).toHaveAttribute("href", "/kader/ots");
  await expect(map(page).getByRole("link", { name: /^Je bent hier, Ondertoezichtstelling \(OTS\), stap 4/ })).toHaveAttribute("aria-current", "step");
  await expect(map(page).locator('a[href="/kader/drang"]')).not.toHaveAttribute("aria-current", "step");
  await expect(map(page).locator(".hd-tmap__path")).toHaveCount(3);
  await expect(map(page).locator(".hd-tmap__num")).toHaveText(["1", "2", "3", "4"]);
  await expect(page.locator("figcaption")).toContainText("Jullie zijn bij Ondertoezichtstelling (OTS).");
});

test("the overview's card shows the small map and leads to the whole map", async ({ page }, info) => {
  await loadExample(page);
  const card = page.locator("section", { has: page.getByRole("heading", { name: "Waar staan we nu" }) });
  const link = card.getByRole("link", { name: "Bekijk de hele kaart" });
  await expect(link).toBeVisible();
  await expect(link.locator("svg")).toHaveAttribute("aria-hidden", "true");
  await expect(link.locator(".hd-tmap__stop--here")).toHaveCount(1);
  await expectNoAxeViolations(page);
  // For the pictures: the card from its title to the map's link, without the sticky header on top.
  await page.evaluate(() => ((document.querySelector(".hd-header") as HTMLElement).style.position = "static"));
  await card.scrollIntoViewIfNeeded();
  const top = (await card.boundingBox())!;
  const bottom = (await link.boundingBox())!;
  const scrollY = await page.evaluate(() => window.scrollY);
  const clip = { x: top.x, y: top.y + scrollY, width: top.width, height: bottom.y + bottom.height + 12 - top.y };
  await page.screenshot({ path: `/tmp/map-card-${info.project.name}.png`, clip, fullPage: true });
  if (info.project.name === "phone") await page.screenshot({ path: "docs/img/map-overview-card.png", clip, fullPage: true });
  await page.evaluate(() => ((document.querySelector(".hd-header") as HTMLElement).style.position = ""));
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: "Waar sta ik" })).toBeVisible();
});

test("the map prints first, on the first A4 page, with the path and the marker", async ({ page }) => {
  await loadExample(page);
  await page.goto("/kader");
  await appReady(page);
  // A4 portrait's printable area (14 × 15 mm margins) at 96 px per inch.
  await page.setViewportSize({ width: 680, height: 1017 });
  await page.emulateMedia({ media: "print" });
  await expect(map(page)).toBeVisible();
  const where = await page.evaluate(() => {
    const svg = document.querySelector("figure.hd-tmap svg")!.getBoundingClientRect();
    const here = document.querySelector('figure.hd-tmap a[aria-current="step"]')!.getBoundingClientRect();
    // Nothing of the page's own content comes before the map (only the title and notices).
    const content = [...document.querySelectorAll("main#main .hd-lead, main#main .hd-map, main#main section")];
    const before = content.filter((el) => el.getBoundingClientRect().top < svg.top).map((el) => el.className);
    return { bottom: svg.bottom + window.scrollY, here: here.bottom + window.scrollY, before };
  });
  expect(where.bottom).toBeLessThanOrEqual(1017);
  expect(where.here).toBeLessThanOrEqual(1017);
  expect(where.before).toEqual([]);
  await expect(map(page).locator(".hd-tmap__path")).toHaveCount(2);
  const stroke = await map(page).locator(".hd-tmap__path").first().evaluate((p) => getComputedStyle(p).stroke);
  expect(stroke).toBe("rgb(0, 0, 0)");
  await page.screenshot({ path: "/tmp/map-print.png", fullPage: true });
});

test("forced colours: the map keeps its zones, lines and marker readable", async ({ page }) => {
  await loadExample(page);
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/kader");
  await appReady(page);
  await expect(map(page)).toBeVisible();
  const colours = await page.evaluate(() => {
    const style = (sel: string) => getComputedStyle(document.querySelector(`figure.hd-tmap ${sel}`)!);
    return {
      band: style(".hd-tmap__band-fill").fill,
      bandEdge: style(".hd-tmap__band-fill").stroke,
      text: style(".hd-tmap__text--name").fill,
      path: style(".hd-tmap__path").stroke,
    };
  });
  expect(colours.text).not.toBe(colours.band);
  expect(colours.path).not.toBe(colours.band);
  expect(colours.bandEdge).not.toBe(colours.band);
  await map(page).screenshot({ path: "/tmp/map-forced.png" });
});

test("youth mode: the same map with the young person's words for the zones", async ({ page }) => {
  await loadExample(page);
  await page.evaluate(() => localStorage.setItem("helder.youth", "on"));
  await page.goto("/kader");
  await appReady(page);
  for (const zone of ["Vrijwillig: jullie kiezen", "Druk, maar geen rechter", "De rechter beslist", "Terug naar vrijwillig"]) {
    await expect(map(page).locator(".hd-tmap__band-name", { hasText: zone })).toHaveCount(1);
  }
});
