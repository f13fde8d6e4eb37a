#!/usr/bin/env node
// Measures how long the main pages are on a 360 × 740 phone (the height of the document in
// CSS pixels and in screenfuls of 740 px), with the example family; for docs/ux-review.md.
//
//   node end2end/serve.mjs --dir target/e2e/dist --port 8150 &
//   node tools/page-heights.mjs http://127.0.0.1:8150
//
// Parents' pages first, then the same tabs in youth mode (Noor, 13).
import { chromium } from "@playwright/test";

const base = process.argv[2] || "http://127.0.0.1:8150";
const PARENT = ["/", "/kader/drang", "/kader/ots", "/plan", "/netwerk", "/hulp", "/rechten"];
const YOUTH = ["/", "/plan", "/netwerk", "/hulp", "/rechten"];

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const context = await browser.newContext({
  viewport: { width: 360, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  locale: "nl-NL",
});
const page = await context.newPage();

async function ready() {
  await page.waitForSelector("#boot", { state: "detached" });
  await page.waitForSelector("main#main h1");
  await page.waitForTimeout(300);
}

async function height(path) {
  await page.goto(base + path);
  await ready();
  return page.evaluate(() => document.documentElement.scrollHeight);
}

await page.goto(base + "/");
await ready();
await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
await page.waitForTimeout(500);

const rows = [];
for (const path of PARENT) rows.push(["parent", path, await height(path)]);
await page.evaluate(() => localStorage.setItem("helder.youth", "on:k1"));
for (const path of YOUTH) rows.push(["youth", path, await height(path)]);
await browser.close();

console.log("| view | page | height (px) | screenfuls of 740 px |");
console.log("|---|---|---:|---:|");
for (const [view, path, h] of rows) console.log(`| ${view} | ${path} | ${h} | ${(h / 740).toFixed(1)} |`);
