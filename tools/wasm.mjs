#!/usr/bin/env node
// Trunk post_build hook (the first): builds the WebAssembly app and splits it into the main
// part and the parts loaded on demand (src/screens.rs; README, "Lazy screens").
//
// Trunk's own Rust build cannot split, so index.html has no Trunk rust link; this does it:
//   1. cargo build --target wasm32-unknown-unknown --bin helder (--release for a release);
//      .cargo/config.toml links with --emit-relocs, which wasm-split needs;
//   2. wasm-split-cli: the main module plus one wasm per group and the chunks they share,
//      and __wasm_split.js, which loads them;
//   3. wasm-bindgen --target web on the main module (helder.js, helder_bg.wasm);
//   4. release only: wasm-opt -Oz on every wasm, and terser on the JS glue (67 KB of
//      wasm-bindgen's readable JavaScript to parse before the app can start);
//   5. everything into <staging>/pkg-<hash>/, the hash of all these files (so they can be
//      cached for a year), and __HELDER_PKG__ in index.html replaced by that folder.
//
// Environment (set by Trunk): TRUNK_STAGING_DIR, TRUNK_PROFILE (debug | release),
// TRUNK_PUBLIC_URL. The benchmark's peer (tools/bench/peer/Trunk.toml) sets WASM_CRATE_DIR (its
// folder, relative to the repository) and WASM_BIN (its bin, also the name of the files); it is
// built offline into Helder's target/, so both share the compiled dependencies. Tools come from PATH (the Makefile puts node_modules/.bin and
// ~/.cargo/bin first): cargo, wasm-split-cli, wasm-bindgen, wasm-opt; terser is an npm package.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) fail("TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)");
const release = process.env.TRUNK_PROFILE === "release";
const profile = release ? "release" : "debug";
let publicUrl = process.env.TRUNK_PUBLIC_URL || "/";
if (!publicUrl.startsWith("/")) publicUrl = "/" + publicUrl;
if (!publicUrl.endsWith("/")) publicUrl += "/";

const crateDir = path.resolve(root, process.env.WASM_CRATE_DIR || ".");
const bin = process.env.WASM_BIN || "helder";
const ownCrate = crateDir !== root;

const PLACEHOLDER = "__HELDER_PKG__";
// The features Rust's wasm32 target uses by default; wasm-opt must keep them.
const WASM_FEATURES = [
  "--enable-bulk-memory", "--enable-nontrapping-float-to-int", "--enable-sign-ext",
  "--enable-mutable-globals", "--enable-multivalue", "--enable-reference-types",
];

function fail(message) {
  console.error(`wasm.mjs: ${message}`);
  process.exit(1);
}

function run(command, args, cwd = root) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: "inherit" });
    child.on("error", (err) =>
      reject(new Error(err.code === "ENOENT" ? `${command} not found on PATH (run make setup)` : err.message)));
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${code})`))));
  });
}

/** Runs `jobs` (functions returning promises) with at most `limit` at a time. */
async function pool(jobs, limit) {
  const queue = [...jobs];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length) await queue.shift()();
  });
  await Promise.all(workers);
}

try {
  const cargoArgs = ["build", "--target", "wasm32-unknown-unknown", "--bin", bin];
  if (release) cargoArgs.push("--release");
  if (ownCrate) cargoArgs.push("--offline", "--target-dir", path.join(root, "target"));
  await run("cargo", cargoArgs, crateDir);

  const input = path.join(root, "target", "wasm32-unknown-unknown", profile, `${bin}.wasm`);
  const work = path.join(root, "target", "wasm-split", ownCrate ? `${bin}-${profile}` : profile);
  const split = path.join(work, "split");
  const out = path.join(work, "pkg");
  await rm(work, { recursive: true, force: true });
  await mkdir(split, { recursive: true });
  await mkdir(out, { recursive: true });

  await run("wasm-split-cli", ["--out-name", bin, input, split]);
  await run("wasm-bindgen", ["--target", "web", "--no-typescript", "--keep-lld-exports", "--out-name", bin, "--out-dir", out,
    path.join(split, `${bin}.wasm`)]);
  for (const name of await readdir(split)) {
    if (name !== `${bin}.wasm`) await copyFile(path.join(split, name), path.join(out, name));
  }

  const names = (await readdir(out)).sort();
  if (release) {
    const wasm = names.filter((n) => n.endsWith(".wasm"));
    await pool(wasm.map((n) => () => run("wasm-opt", ["-Oz", ...WASM_FEATURES, path.join(out, n), "-o", path.join(out, n)])), 2);
    const { minify } = await import("terser");
    // helder.js only: __wasm_split.js is 0.4 KB larger readable, and the benchmark reads
    // which files each group loads from it. As an ES module the exported names (which the
    // split loader imports) stay as they are.
    for (const n of [`${bin}.js`]) {
      const file = path.join(out, n);
      const result = await minify(await readFile(file, "utf8"), { module: true, compress: true, mangle: true });
      await writeFile(file, result.code);
    }
  }

  const hash = createHash("sha256");
  for (const name of names) hash.update(`${name}\n`).update(await readFile(path.join(out, name)));
  const folder = `pkg-${hash.digest("hex").slice(0, 16)}`;
  await mkdir(path.join(staging, folder));
  for (const name of names) await copyFile(path.join(out, name), path.join(staging, folder, name));

  const indexPath = path.join(staging, "index.html");
  const html = await readFile(indexPath, "utf8");
  if (!html.includes(PLACEHOLDER)) fail(`index.html does not mention ${PLACEHOLDER}`);
  await writeFile(indexPath, html.replaceAll(PLACEHOLDER, publicUrl + folder));
  const wasmCount = names.filter((n) => n.endsWith(".wasm")).length;
  console.log(`wasm.mjs: ${profile} build in ${folder}/ (${wasmCount} wasm files)`);
} catch (err) {
  fail(err.message);
}
