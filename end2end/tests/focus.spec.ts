// Focus is never hidden (WCAG 2.2, 2.4.11): tabbing through every main screen on a phone,
// each focused element is in view, not under the sticky header or the fixed bottom bar.
import { test, expect, appReady, loadExample, ROUTES } from "./helpers";

test.beforeEach(({}, info) => {
  test.skip(info.project.name !== "phone", "the bottom bar is a phone's");
});

test("tabbing through every main screen never hides the focus under the bars", async ({ page }) => {
  test.setTimeout(240_000);
  await page.clock.setFixedTime(new Date("2026-11-29T10:00:00"));
  await loadExample(page);
  const hidden: string[] = [];
  let checked = 0;
  for (const route of ROUTES) {
    await page.goto(route.path);
    await appReady(page, route.path);
    // HELDER_BREAK_FOCUS=1 takes the fix (the scroll padding) away, to see this test fail.
    if (process.env.HELDER_BREAK_FOCUS) await page.evaluate(() => (document.documentElement.style.scrollPadding = "0"));
    const seen = new Set<string>();
    for (let i = 0; i < 120; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        // The bars' own links and buttons are on the bars.
        if (el.closest(".hd-header, .hd-nav")) return { skip: true, nav: !!el.closest(".hd-nav"), key: "", text: "", covered: "" };
        const r = el.getBoundingClientRect();
        const header = document.querySelector(".hd-header")!.getBoundingClientRect();
        const nav = document.querySelector(".hd-nav__primary")!.getBoundingClientRect();
        const text = (el.getAttribute("aria-label") || el.textContent || el.id || el.tagName).trim().slice(0, 60);
        const key = `${el.tagName}:${el.getAttribute("href") || ""}:${text}:${Math.round(r.top + window.scrollY)}`;
        // Hidden: more than half of it outside the room between the header and the bar, and
        // something else on top at its middle (a skip link drawn over the header is visible).
        const room = Math.min(r.height, nav.top - header.bottom);
        const inRoom = Math.min(r.bottom, nav.top) - Math.max(r.top, header.bottom);
        const x = Math.min(Math.max(r.left + r.width / 2, 0), window.innerWidth - 1);
        const y = Math.min(Math.max(r.top + r.height / 2, 0), window.innerHeight - 1);
        const onTop = document.elementFromPoint(x, y);
        const hidden = r.height > 0 && inRoom < room / 2 && !(onTop && el.contains(onTop));
        const covered = hidden
          ? `${text} (top ${Math.round(r.top)}, bottom ${Math.round(r.bottom)}; header ends ${Math.round(header.bottom)}, bar starts ${Math.round(nav.top)})`
          : "";
        return { skip: false, nav: false, key, text, covered };
      });
      if (!focus) continue;
      if (focus.skip) {
        if (focus.nav && seen.size > 1) break; // through the page and into the bottom bar: done
        continue;
      }
      if (seen.has(focus.key)) break;
      seen.add(focus.key);
      checked++;
      if (focus.covered) hidden.push(`${route.path}: ${focus.covered}`);
    }
    expect(seen.size, `${route.path}: tab stops found`).toBeGreaterThan(0);
  }
  expect(hidden, hidden.join("\n")).toEqual([]);
  console.log(`focus: ${checked} tab stops checked`);
  expect(checked).toBeGreaterThan(100);
});
