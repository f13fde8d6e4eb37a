#!/usr/bin/env node
// Trunk post_build hook: sets the Content-Security-Policy of index.html (tools/csp.mjs) and
// writes the service worker for this build.
//
// Trunk runs it from the project root with TRUNK_STAGING_DIR (the finished build)
// and TRUNK_PUBLIC_URL (normally "/"). It lists every file of the build (except
// sw.js, source maps and hidden files), derives a version from their paths and contents, and
// writes <staging>/sw.js from public/sw.js with __HELDER_VERSION__ and
// __HELDER_PRECACHE__ filled in. Any change to any file gives a new version, so
// phones pick up the update; an unchanged build keeps its version.
//
// Try it by hand:  TRUNK_STAGING_DIR=dist node tools/precache.mjs

import { createHash } from "node:crypto";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { applyCspToDir } from "./csp.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("precache.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)");
  process.exit(1);
}
let publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
if (!publicUrl.startsWith("/")) publicUrl = "/" + publicUrl;
if (!publicUrl.endsWith("/")) publicUrl += "/";

// The Content-Security-Policy goes into index.html first, so the service worker's version
// covers it.
try {
  const header = applyCspToDir(staging);
  console.log(`precache.mjs: CSP ${header}`);
} catch (err) {
  console.error(`precache.mjs: ${err.message}`);
  process.exit(1);
}

const source = path.join(root, "public", "sw.js");
const target = path.join(staging, "sw.js");

async function listFiles(dir, prefix = "") {
  const out = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue; // hidden files are not part of the site
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      out.push(...(await listFiles(full, rel)));
    } else if (entry.isFile()) {
      out.push(rel);
    }
  }
  return out;
}

const files = (await listFiles(staging))
  .filter((rel) => rel !== "sw.js" && !rel.endsWith(".map"))
  .sort();

const versionHash = createHash("sha256");
const precache = [];
for (const rel of files) {
  const content = await readFile(path.join(staging, rel));
  const digest = createHash("sha256").update(content).digest("hex");
  const urlPath = publicUrl + rel.split("/").map(encodeURIComponent).join("/");
  versionHash.update(`${urlPath}\n${digest}\n`);
  precache.push(urlPath);
}
const version = versionHash.digest("hex").slice(0, 12);

const template = await readFile(source, "utf8");
for (const placeholder of ["__HELDER_VERSION__", "__HELDER_PRECACHE__"]) {
  if (!template.includes(placeholder)) {
    console.error(`precache.mjs: ${placeholder} missing from public/sw.js`);
    process.exit(1);
  }
}
const output = template
  .replaceAll("__HELDER_VERSION__", version)
  .replaceAll("__HELDER_PRECACHE__", () => JSON.stringify(precache, null, 2));
await writeFile(target, output);

console.log(`precache.mjs: sw.js version ${version}, ${precache.length} files`);
