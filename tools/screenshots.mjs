#!/usr/bin/env node
// Renews the README's screenshots (docs/img/*.png): Helder on a 360×740 phone with the
// example family, in Dutch. Run with `make screenshots` (it builds the debug app first).
//
//   node tools/screenshots.mjs [--dir target/e2e/dist] [--out docs/img]

import { spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = path.resolve(root, opt("--dir", "target/e2e/dist"));
const out = path.resolve(root, opt("--out", "docs/img"));

/** A port nobody listens on (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer within ${ms} ms`);
}

const SHOTS = [
  { file: "overview.png", path: "/", ready: "main#main h1" },
  { file: "framework.png", path: "/kader", ready: "main#main h1" },
  { file: "plan.png", path: "/plan", ready: "main#main h1" },
];

const port = await freePort();
const server = spawn(process.execPath, ["end2end/serve.mjs", "--dir", dir, "--port", String(port)], {
  cwd: root,
  stdio: ["ignore", "ignore", "inherit"],
});
let browser;
try {
  await waitFor(`http://127.0.0.1:${port}/`, 20_000);
  await mkdir(out, { recursive: true });
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true,
    locale: "nl-NL", reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const base = `http://127.0.0.1:${port}`;
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
  await page.getByRole("status").filter({ hasText: "Voorbeeldgezin" }).waitFor();
  for (const shot of SHOTS) {
    await page.goto(`${base}${shot.path}`);
    await page.locator(shot.ready).waitFor();
    // Let the lazily loaded part of the screen arrive and paint.
    await page.waitForLoadState("networkidle");
    await page.screenshot({ path: path.join(out, shot.file) });
    console.log(`screenshots: ${path.relative(root, path.join(out, shot.file))}`);
  }
} finally {
  await browser?.close();
  server.kill();
}
