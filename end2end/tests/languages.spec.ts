// Languages: switched to English, no Dutch text of the interface or the content is left on the
// main screens (checked against the Dutch content files), and the document's lang follows.
// Right to left: with dir="rtl" on <html>, nothing sticks out sideways on any screen.
import fs from "node:fs";
import path from "node:path";
import { Page } from "@playwright/test";
import { test, expect, appReady, loadExample, ROUTES } from "./helpers";

const PATHS = [...ROUTES.map((r) => r.path), "/kader/ots", "/start", "/hulp/brief?soort=klacht"];
const CONTENT = path.resolve(__dirname, "../../content");

/** Every quoted text in a content file (single-line TOML strings), without escapes. */
function texts(lang: string, file: string): string[] {
  const source = fs.readFileSync(path.join(CONTENT, lang, file), "utf8");
  const found: string[] = [];
  for (const line of source.split("\n")) {
    if (line.trimStart().startsWith("#")) continue;
    // key = "text" pairs, also inside inline tables; sources, ids, dates and addresses excluded.
    for (const m of line.matchAll(/(\w+)\s*=\s*"((?:[^"\\]|\\.)*)"/g)) {
      if (["id", "source", "checked", "cites", "url"].includes(m[1])) continue;
      found.push(m[2].replace(/\\"/g, '"').replace(/\\\\/g, "\\"));
    }
  }
  return found;
}

/** The organisation profile's own names ("Klachtencommissie Jeugdbescherming …") stay Dutch. */
function profileNames(): string[] {
  const file = path.resolve(__dirname, "../fixtures/organisation.test.json");
  const names: string[] = [];
  JSON.stringify(JSON.parse(fs.readFileSync(file, "utf8")), (_, v) => {
    if (typeof v === "string") names.push(v);
    return v;
  });
  return names;
}

/** Dutch pieces of text (15+ characters, between placeholders) that English never uses. */
function dutchOnly(): string[] {
  const files = fs.readdirSync(path.join(CONTENT, "nl")).filter((f) => f.endsWith(".toml"));
  const english = new Set([...files.flatMap((f) => texts("en", f)), ...profileNames()]);
  const pieces = new Set<string>();
  for (const file of files) {
    for (const text of texts("nl", file)) {
      if (english.has(text)) continue; // a name that is the same in both languages
      for (const piece of text.split(/\{[^}]*\}/)) {
        const p = piece.trim();
        if (p.length >= 15 && ![...english].some((e) => e.includes(p))) pieces.add(p);
      }
    }
  }
  return [...pieces];
}

test("in English no Dutch interface or content text is left on the main screens", async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== "phone", "the words do not depend on the viewport");
  const dutch = dutchOnly();
  expect(dutch.length).toBeGreaterThan(500);
  await loadExample(page);
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const left: string[] = [];
  // A change first, so that its undo notice is on screen (it must follow the language too).
  await page.goto("/plan");
  await appReady(page);
  await page.locator(".hd-entry").first().getByRole("link").first().click();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.locator(".hd-undo__box")).toBeVisible();
  const notice = await page.locator(".hd-undo").innerText();
  for (const piece of dutch) if (notice.includes(piece)) left.push(`undo notice: "${piece}"`);
  // Every screen, then every tab once more in youth mode (Noor's view).
  const YOUTH = ["/", "/plan", "/netwerk", "/rechten", "/hulp"].map((p) => `youth:${p}`);
  for (const route of [...PATHS, ...YOUTH]) {
    if (route === YOUTH[0]) await page.evaluate(() => localStorage.setItem("helder.youth", "on:k1"));
    await page.goto(route.replace(/^youth:/, ""));
    await appReady(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Open every folded section so that its text is checked too.
    await page.evaluate(() => document.querySelectorAll("details").forEach((d) => (d.open = true)));
    const shown = await page.evaluate(() => {
      const labels = [...document.querySelectorAll("[aria-label], [title], [placeholder]")].map(
        (e) => `${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("title") ?? ""} ${e.getAttribute("placeholder") ?? ""}`,
      );
      return `${document.body.innerText}\n${labels.join("\n")}\n${document.title}`;
    });
    for (const piece of dutch) {
      if (shown.includes(piece)) left.push(`${route}: "${piece}"`);
    }
  }
  expect(left, left.join("\n")).toEqual([]);
});

test("the document language follows the chosen language, also after a reload", async ({ page }) => {
  await loadExample(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.reload();
  await appReady(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("switching the language redraws a long screen without its lower parts vanishing for a frame", async ({ page }) => {
  await loadExample(page);
  await page.goto("/rechten");
  await appReady(page);
  await expect(page.locator("#rights-contacts")).toBeAttached();
  // Every frame from now on: is the contacts section (drawn in steps on a first visit) there?
  await page.evaluate(() => {
    const w = window as unknown as { missing: number; frames: number };
    w.missing = 0;
    w.frames = 0;
    const check = () => {
      w.frames += 1;
      if (!document.getElementById("rights-contacts")) w.missing += 1;
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("#rights-contacts")).toHaveText("Contacts");
  // Ten more frames after the switch: a part drawn one frame late would have been missed by now.
  await page.evaluate(() => new Promise<void>((done) => {
    let n = 0;
    const tick = () => (++n >= 10 ? done() : requestAnimationFrame(tick));
    requestAnimationFrame(tick);
  }));
  const { missing, frames } = await page.evaluate(() => {
    const w = window as unknown as { missing: number; frames: number };
    return { missing: w.missing, frames: w.frames };
  });
  expect(frames).toBeGreaterThan(5);
  expect(missing).toBe(0);
});

/** Elements that stick out of the viewport sideways (none may, in either direction). */
async function sticksOut(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) out.push(`page scrolls sideways (${document.documentElement.scrollWidth}px)`);
    for (const el of document.querySelectorAll("body *")) {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility === "hidden") continue;
      // Visually hidden text (skip link, screen-reader labels) is clipped on purpose.
      if (style.position === "absolute" && (style.clip !== "auto" || style.clipPath !== "none")) continue;
      if (el.closest(".hd-skip")) continue;
      if (r.left < -1 || r.right > width + 1) {
        const name = `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").join(".") : ""}`;
        out.push(`${name} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
      }
    }
    return out.slice(0, 10);
  });
}

for (const lang of ["nl", "en"]) {
  test(`right to left: no screen breaks out sideways (${lang})`, async ({ page }) => {
    await loadExample(page);
    if (lang === "en") await page.getByRole("button", { name: "English" }).click();
    const broken: string[] = [];
    for (const route of PATHS) {
      await page.goto(route);
      await appReady(page);
      await page.evaluate(() => document.documentElement.setAttribute("dir", "rtl"));
      // The heading's text starts on the right, as a right-to-left reader expects: its first
      // line (the text itself, measured with a Range, not the block around it, which spans
      // the width either way) is nearer the right edge of the heading than the left.
      const h1 = await page.locator("main#main h1").evaluate((h) => {
        const box = h.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(h);
        const line = range.getClientRects()[0];
        return { gapRight: box.right - line.right, gapLeft: line.left - box.left, dir: getComputedStyle(h).direction };
      });
      if (h1.dir !== "rtl") broken.push(`${route}: heading is not right to left`);
      if (h1.gapRight > h1.gapLeft + 1) broken.push(`${route}: heading does not start on the right (${Math.round(h1.gapRight)}px on the right)`);
      for (const problem of await sticksOut(page)) broken.push(`${route}: ${problem}`);
    }
    expect(broken, broken.join("\n")).toEqual([]);
  });
}
