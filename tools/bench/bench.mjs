#!/usr/bin/env node
// Helder's benchmark (issue 9): download size, Lighthouse against a static floor, and the
// interaction latency of the main actions, checked against the budgets.
//
//   make bench                  release build, then this script
//   make bench-run              this script on the dist/ that is there
//   node tools/bench/bench.mjs  the same
//
// Environment (all optional):
//   BENCH_DIST=dist      the built site to measure
//   BENCH_RUNS=3         Lighthouse runs per route and runs per interaction (median is used)
//   BENCH_PORT=<n>       port for nginx on 127.0.0.1 (default: a free one)
//   BENCH_SKIP=a,b       skip steps: lighthouse, interactions, returning, peer
//   BENCH_PEER_DIST=target/bench/peer/dist   the peer (tools/bench/peer; `make bench-peer` builds it)
//   BENCH_PEER_PORT=<n>  port for the peer's server on 127.0.0.1 (default: a free one)
//   BENCH_KEEP=1         keep the temporary folder (served copy, nginx logs, every report)
//   NGINX=/usr/sbin/nginx, CHROME_PATH=/usr/bin/chromium
//   NGINX_BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so (missing: gzip only)
//
// It copies dist/ to a temporary folder, precompresses every text and wasm file (brotli -q 11
// and gzip -9, next to the original), writes the floor page (index.html's static first screen
// without the app), serves the folder with nginx (tools/bench/nginx.conf.template) in the
// foreground, and stops nginx when it ends, also on failure or Ctrl-C.
//
// Writes target/bench/results.json and target/bench/results.md and prints the table. A budget
// that fails is reported, not an error: the exit code is non-zero only when the benchmark itself
// could not run (a tool missing, nginx not starting, a Lighthouse run or an interaction failing).

import { spawn, spawnSync, execFileSync } from "node:child_process";
import { createServer } from "node:net";
import { existsSync, rmSync } from "node:fs";
import { cp, mkdir, mkdtemp, readdir, readFile, stat, writeFile, chmod } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const HERE = path.join(ROOT, "tools", "bench");
const OUT_DIR = path.join(ROOT, "target", "bench");

const DIST = path.resolve(ROOT, process.env.BENCH_DIST || "dist");
const RUNS = Math.max(1, Math.floor(Number(process.env.BENCH_RUNS)) || 3);
const SKIP = new Set((process.env.BENCH_SKIP || "").split(",").map((s) => s.trim()).filter(Boolean));
const KEEP = process.env.BENCH_KEEP === "1";
const CHROME_PATH = process.env.CHROME_PATH || "/usr/bin/chromium";
const LIGHTHOUSE = path.join(ROOT, "node_modules", ".bin", "lighthouse");
const BROTLI_MODULE = process.env.NGINX_BROTLI_MODULE || "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

// Flags for Debian's Chromium as root on a machine without a display or GPU.
const CHROME_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  // The families' phones are Dutch: the app starts in Dutch, as the static first screen is.
  "--lang=nl-NL",
];

const ROUTES = ["/", "/kader", "/plan", "/hulp", "/rechten"];
// The peer (tools/bench/peer): a minimal Leptos app with the router and three screens of static
// text, built with the same pipeline. Each of its routes stands next to the Helder route of the
// same path; /hulp and /rechten have no counterpart.
const PEER_DIST = path.resolve(ROOT, process.env.BENCH_PEER_DIST || path.join("target", "bench", "peer", "dist"));
const PEER_ROUTES = ["/", "/kader", "/plan"];
const FLOOR_FILE = "bench-floor.html";

// 1 KB = 1024 bytes throughout.
const KB = 1024;
const BUDGETS = {
  firstVisitBrotliBytes: 120 * KB,
  performance: 98,
  accessibility: 100,
  lcpVsFloor: 1.15,
  tbtMs: 50,
  cls: 0.01,
  interactionMs: 50,
};

// Files worth compressing (what a static host would precompress).
const COMPRESSIBLE = new Set([
  ".html", ".css", ".js", ".mjs", ".json", ".webmanifest", ".wasm", ".svg", ".txt", ".map", ".xml", ".ico",
]);

// ------------------------------------------------------------------ small helpers

const started = Date.now();
function log(msg) {
  const s = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${s}s] ${msg}\n`);
}

function median(values) {
  const v = values.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

// Child processes still running (Lighthouse, brotli, gzip): stopped on Ctrl-C / SIGTERM.
const children = new Set();

function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ["ignore", "pipe", "pipe"], ...opts });
    children.add(child);
    child.on("exit", () => children.delete(child));
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    let timer;
    if (opts.timeoutMs) {
      timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs);
    }
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve({ stdout, stderr });
      else {
        const tail = (stderr || stdout).trim().split("\n").slice(-15).join("\n");
        reject(new Error(`${path.basename(cmd)} ${signal ? `killed by ${signal}` : `exited ${code}`}\n${tail}`));
      }
    });
  });
}

async function pool(items, size, fn) {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(size, queue.length) }, async () => {
    while (queue.length) await fn(queue.shift());
  });
  await Promise.all(workers);
}

async function listFiles(dir, prefix = "") {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) out.push(...(await listFiles(path.join(dir, entry.name), rel)));
    else if (entry.isFile()) out.push(rel);
  }
  return out;
}

async function sizeOf(file) {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function which(name, candidates) {
  for (const c of candidates) if (c && existsSync(c)) return c;
  const r = spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function versionOf(cmd, args) {
  try {
    const r = spawnSync(cmd, args, { encoding: "utf8" });
    return (r.stdout + r.stderr).trim().split("\n")[0];
  } catch {
    return null;
  }
}

const fmtBytes = (n) => (n == null ? "–" : n.toLocaleString("en-US"));
const fmtKB = (n) => (n == null ? "–" : `${(n / KB).toFixed(1)} KB`);
const fmtMs = (n) => (n == null ? "–" : `${Math.round(n).toLocaleString("en-US")} ms`);
const fmtScore = (n) => (n == null ? "–" : String(Math.round(n)));
const fmtCls = (n) => (n == null ? "–" : n.toFixed(3));
const fmtRatio = (n) => (n == null ? "–" : `${n.toFixed(2)}×`);

// ------------------------------------------------------------------ clean-up (the "trap")

let nginx = null;
let tmp = null;

function cleanup() {
  if (nginx && nginx.exitCode === null && nginx.signalCode === null) {
    try {
      nginx.kill("SIGTERM"); // nginx's master stops its worker and exits
    } catch {
      // already gone
    }
  }
  nginx = null;
  if (tmp && !KEEP) {
    try {
      rmSync(tmp, { recursive: true, force: true });
    } catch {
      // leave it
    }
  }
}
process.on("exit", cleanup);
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, async () => {
    log(`stopped by ${signal}`);
    // Lighthouse (chrome-launcher) closes its Chromium on SIGINT; give it a moment.
    const running = [...children];
    for (const child of running) child.kill("SIGINT");
    await Promise.race([
      Promise.all(running.map((c) => new Promise((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.on("exit", r))))),
      new Promise((r) => setTimeout(r, 5000)),
    ]);
    cleanup();
    process.exit(130);
  });
}

// ------------------------------------------------------------------ 1. copy + precompress

async function prepareSite() {
  if (!existsSync(path.join(DIST, "index.html"))) {
    throw new Error(`${path.relative(ROOT, DIST) || DIST}/index.html not found: run 'make build' first`);
  }
  tmp = await mkdtemp(path.join(tmpdir(), "helder-bench-"));
  // nginx's worker may run as another user (nobody) when the master runs as root.
  await chmod(tmp, 0o755);
  const site = await copyAndCompress(DIST, "site");
  const floor = await writeFloor(site);
  await compress(site, [FLOOR_FILE]);
  return { site, floor };
}

// A copy of a built site in the temporary folder, every text and wasm file precompressed.
async function copyAndCompress(dist, name) {
  const site = path.join(tmp, name);
  await cp(dist, site, { recursive: true });
  await chmod(site, 0o755);
  const files = (await listFiles(site)).filter((f) => COMPRESSIBLE.has(path.extname(f).toLowerCase()));
  await compress(site, files);
  return site;
}

async function compress(site, files) {
  const brotli = which("brotli", ["/usr/bin/brotli"]);
  const gzip = which("gzip", ["/usr/bin/gzip", "/bin/gzip"]);
  if (!brotli) throw new Error("brotli not found (Debian package 'brotli'; 'make bench-setup' installs it)");
  if (!gzip) throw new Error("gzip not found");

  log(`precompressing ${files.length} files of ${path.basename(site)}/ with brotli -q 11 and gzip -9 ...`);
  await pool(files, 2, async (rel) => {
    const file = path.join(site, rel);
    await run(brotli, ["-q", "11", "-k", "-f", file]);
    await run(gzip, ["-9", "-k", "-f", "-n", file]);
  });
}

// The floor: index.html as built, without the Trunk-injected tags that load the app (JS, wasm),
// so the browser shows the same static first screen with the same inline CSS (and the same
// stylesheet, manifest and icons) but never starts the app.
async function writeFloor(site) {
  const html = await readFile(path.join(site, "index.html"), "utf8");
  const removed = [];
  let floor = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (tag) => {
    if (/\.(js|wasm)\b|init\(/.test(tag)) {
      removed.push(tag.slice(0, 80));
      return "";
    }
    return tag;
  });
  floor = floor.replace(/<link\b[^>]*>/gi, (tag) => {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1] || "";
    if (/\.(m?js|wasm)(\?|#|$)/i.test(href) || /\brel\s*=\s*["']?modulepreload/i.test(tag)) {
      removed.push(tag.slice(0, 80));
      return "";
    }
    return tag;
  });
  floor = floor.replace(/\n\s*\n/g, "\n");
  if (/\.wasm/.test(floor)) throw new Error("floor page still references the wasm");
  await writeFile(path.join(site, FLOOR_FILE), floor);
  return { file: FLOOR_FILE, removedTags: removed.length, bytes: Buffer.byteLength(floor) };
}

// ------------------------------------------------------------------ 2. nginx

async function startNginx(site, peerSite) {
  const bin = which("nginx", [process.env.NGINX, "/usr/sbin/nginx"]);
  if (!bin) throw new Error("nginx not found (Debian package 'nginx'; 'make bench-setup' installs it)");
  const brotliServed = existsSync(BROTLI_MODULE);
  const port = Number(process.env.BENCH_PORT) || (await freePort());
  const template = await readFile(path.join(HERE, "nginx.conf.template"), "utf8");
  let conf = template
    .replaceAll("@BROTLI_MODULE@", brotliServed ? `load_module ${BROTLI_MODULE};` : "# brotli_static module not installed")
    .replaceAll("@BROTLI_STATIC@", brotliServed ? "brotli_static on;" : "# brotli_static: module not installed (gzip only)")
    .replaceAll("@TMP@", tmp)
    .replaceAll("@ROOT@", site)
    .replaceAll("@PORT@", String(port));
  // The peer: a second server with the same rules (a copy of the template's server block).
  let peerPort = null;
  if (peerSite) {
    peerPort = Number(process.env.BENCH_PEER_PORT) || (await freePort());
    const block = /\n    server \{[\s\S]*?\n    \}\n/.exec(conf);
    if (!block) throw new Error("nginx.conf.template: no server block found");
    const peerBlock = block[0]
      .replace(`listen 127.0.0.1:${port};`, `listen 127.0.0.1:${peerPort};`)
      .replace(`root ${site};`, `root ${peerSite};`);
    conf = conf.replace(block[0], block[0] + peerBlock);
  }
  const confFile = path.join(tmp, "nginx.conf");
  await writeFile(confFile, conf);

  const check = spawnSync(bin, ["-t", "-q", "-p", tmp, "-e", path.join(tmp, "error.log"), "-c", confFile], {
    encoding: "utf8",
  });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}${check.stdout}`);

  log(`starting nginx on 127.0.0.1:${port} (brotli_static: ${brotliServed ? "on" : "not available, gzip only"})`);
  nginx = spawn(bin, ["-p", tmp, "-e", path.join(tmp, "error.log"), "-c", confFile], {
    stdio: ["ignore", "inherit", "inherit"],
  });
  let exited = null;
  nginx.on("exit", (code, signal) => (exited = { code, signal }));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (exited) break;
    try {
      const r = await fetch(`${base}/`);
      if (r.ok) {
        await r.arrayBuffer();
        const peerBase = peerPort ? `http://127.0.0.1:${peerPort}` : null;
        return { base, port, peerBase, brotliServed, version: versionOf(bin, ["-v"]) };
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const errors = await readFile(path.join(tmp, "error.log"), "utf8").catch(() => "");
  throw new Error(`nginx did not start${exited ? ` (exit ${exited.code ?? exited.signal})` : ""}\n${errors}`);
}

// Checks that nginx behaves like the production host the README asks for.
async function checkHost(base, files) {
  const problems = [];
  const get = async (p, enc) => {
    const r = await fetch(base + p, { headers: { "Accept-Encoding": enc } });
    await r.arrayBuffer();
    return r;
  };
  const expect = (cond, msg) => cond || problems.push(msg);
  for (const route of [...ROUTES, "/kader/ots", "/no/such/page"]) {
    const r = await get(route, "identity");
    expect(r.status === 200 && r.headers.get("content-type")?.startsWith("text/html"), `${route}: not index.html (${r.status})`);
    expect(r.headers.get("cache-control") === "no-cache", `${route}: Cache-Control ${r.headers.get("cache-control")}`);
  }
  const wasm = files.find((f) => f.endsWith(".wasm"));
  if (wasm) {
    const r = await get("/" + wasm, "gzip, deflate, br");
    expect(r.headers.get("content-type") === "application/wasm", `wasm: Content-Type ${r.headers.get("content-type")}`);
    expect(/immutable/.test(r.headers.get("cache-control") || ""), `wasm: Cache-Control ${r.headers.get("cache-control")}`);
    const g = await get("/" + wasm, "gzip");
    expect(g.headers.get("content-encoding") === "gzip", `wasm: gzip not served (${g.headers.get("content-encoding")})`);
  }
  const m = await get("/manifest.webmanifest", "identity");
  if (m.status === 200) {
    expect(m.headers.get("content-type")?.startsWith("application/manifest+json"), `manifest: Content-Type ${m.headers.get("content-type")}`);
    expect(m.headers.get("cache-control") === "no-cache", `manifest: Cache-Control ${m.headers.get("cache-control")}`);
  }
  const sw = await get("/sw.js", "identity");
  if (sw.status === 200) expect(sw.headers.get("cache-control") === "no-cache", `sw.js: Cache-Control ${sw.headers.get("cache-control")}`);
  const br = await get("/index.html", "gzip, deflate, br");
  const encoding = br.headers.get("content-encoding");
  return { problems, indexEncodingForBrowsers: encoding || "identity" };
}

// ------------------------------------------------------------------ 3. first-visit bytes

// The files a first visit fetches: everything index.html references (stylesheet, JS glue, wasm,
// manifest, icons), the JS glue's snippets, the service worker the app registers, and the
// organisation profile when the build has one.
async function firstVisitFiles(site, page = "index.html", app = true) {
  const html = await readFile(path.join(site, page), "utf8");
  const refs = [];
  const add = (ref, why) => {
    if (!ref || /^(https?:|data:|mailto:|tel:|#)/i.test(ref) || ref.startsWith("//")) return;
    const rel = decodeURIComponent(ref.split(/[?#]/)[0]).replace(/^\.?\//, "");
    if (rel && !refs.some((r) => r.file === rel)) refs.push({ file: rel, why });
  };
  refs.push({ file: page, why: "document" });
  for (const tag of html.match(/<link\b[^>]*>/gi) || []) {
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1];
    const rel = /\brel\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1] || "link";
    add(href, rel);
  }
  for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/gi) || []) {
    add(/\bsrc\s*=\s*["']([^"']+)["']/i.exec(tag)?.[1], "script");
    for (const m of tag.matchAll(/["'](\/?[^"'\s]+\.(?:m?js|wasm))["']/g)) add(m[1], "script");
  }
  // The JS glue's imports (wasm-bindgen snippets) and, if Trunk did not name it, the wasm.
  for (const r of [...refs]) {
    if (!/\.m?js$/.test(r.file)) continue;
    const js = await readFile(path.join(site, r.file), "utf8").catch(() => "");
    for (const m of js.matchAll(/["'](\.{0,2}\/?snippets\/[^"']+)["']/g)) {
      add(path.posix.join(path.posix.dirname("/" + r.file), m[1]), "snippet");
    }
  }
  if (app && !refs.some((r) => r.file.endsWith(".wasm"))) {
    for (const f of await readdir(site)) if (f.endsWith("_bg.wasm")) add(f, "wasm");
  }
  if (app && existsSync(path.join(site, "sw.js"))) add("sw.js", "service worker");
  if (app && existsSync(path.join(site, "organisation.json"))) add("organisation.json", "organisation profile");

  const rows = [];
  for (const r of refs) {
    const file = path.join(site, r.file);
    const raw = await sizeOf(file);
    if (raw == null) {
      rows.push({ ...r, missing: true, raw: null, gzip: null, brotli: null });
      continue;
    }
    const gz = await sizeOf(file + ".gz");
    const br = await sizeOf(file + ".br");
    rows.push({ ...r, raw, gzip: gz ?? raw, brotli: br ?? raw });
  }
  const present = rows.filter((r) => !r.missing);
  const total = {
    raw: present.reduce((s, r) => s + r.raw, 0),
    gzip: present.reduce((s, r) => s + r.gzip, 0),
    brotli: present.reduce((s, r) => s + r.brotli, 0),
  };
  return { files: rows, total };
}

// What the service worker downloads in the background after the first load: its precache list
// (sw.js uses cache: "reload", so these are fetched again from the network).
async function precacheBytes(site) {
  const sw = await readFile(path.join(site, "sw.js"), "utf8").catch(() => null);
  if (!sw) return null;
  const m = /const PRECACHE\s*=\s*(\[[\s\S]*?\]);/.exec(sw);
  if (!m) return null;
  let list;
  try {
    list = JSON.parse(m[1]);
  } catch {
    return null;
  }
  const total = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const url of list) {
    const file = path.join(site, decodeURIComponent(url.replace(/^\//, "")));
    const raw = await sizeOf(file);
    if (raw == null) continue;
    total.files++;
    total.raw += raw;
    total.gzip += (await sizeOf(file + ".gz")) ?? raw;
    total.brotli += (await sizeOf(file + ".br")) ?? raw;
  }
  return total;
}

// The parts of the app loaded on demand (tools/wasm.mjs, src/screens.rs): per group of screens
// its own wasm plus the shared chunks it needs (from __wasm_split.js), and all of them together.
async function lazyParts(site, firstVisit) {
  const loaderRef = firstVisit.files.find((f) => f.file.endsWith("__wasm_split.js"));
  if (!loaderRef) return null;
  const dir = path.posix.dirname(loaderRef.file);
  const loader = await readFile(path.join(site, loaderRef.file), "utf8");
  // const __chunk_5 = makeLoad(() => { ... new URL("./chunk_5.wasm" ... }, [__chunk_6, ...]);
  // export const __wasm_split_load_<group> = wrapAsyncCb(makeLoad(() => { ... "./split_<group>.wasm" ... }, [...]));
  const defs = new Map();
  const re = /const (__\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{[\s\S]*?new URL\("\.\/([^"]+)"[\s\S]*?\}\s*,\s*\[([^\]]*)\]/g;
  for (const m of loader.matchAll(re)) {
    defs.set(m[1], { file: m[2], deps: m[3].split(",").map((d) => d.trim()).filter(Boolean) });
  }
  const size = async (file) => {
    const f = path.join(site, dir, file);
    const raw = (await sizeOf(f)) ?? 0;
    return { raw, gzip: (await sizeOf(f + ".gz")) ?? raw, brotli: (await sizeOf(f + ".br")) ?? raw };
  };
  const groups = [];
  for (const [name, def] of defs) {
    if (!def.file.startsWith("split_")) continue;
    const files = new Set([def.file]);
    const visit = (deps) => deps.forEach((d) => {
      const dd = defs.get(d);
      if (dd && !files.has(dd.file)) { files.add(dd.file); visit(dd.deps); }
    });
    visit(def.deps);
    const total = { raw: 0, gzip: 0, brotli: 0 };
    for (const f of files) { const s = await size(f); total.raw += s.raw; total.gzip += s.gzip; total.brotli += s.brotli; }
    groups.push({ group: def.file.replace(/^split_|\.wasm$/g, ""), loader: name, files: files.size, ...total });
  }
  const all = { files: 0, raw: 0, gzip: 0, brotli: 0 };
  for (const def of defs.values()) {
    const s = await size(def.file);
    all.files++; all.raw += s.raw; all.gzip += s.gzip; all.brotli += s.brotli;
  }
  return { groups, all };
}

// Where the wasm's bytes are: its sections (code = compiled functions, data = static data such
// as the built-in texts), raw and each compressed alone with brotli -q 11.
function wasmSections(buf) {
  const names = { 0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
    7: "export", 8: "start", 9: "elem", 10: "code", 11: "data", 12: "datacount" };
  if (buf.readUInt32LE(0) !== 0x6d736100) return null;
  const sections = {};
  let i = 8;
  while (i < buf.length) {
    const id = buf[i++];
    let size = 0;
    let shift = 0;
    for (;;) {
      const b = buf[i++];
      size += (b & 0x7f) * 2 ** shift;
      shift += 7;
      if (b < 0x80) break;
    }
    const name = names[id] ?? `section ${id}`;
    const part = buf.subarray(i, i + size);
    const entry = (sections[name] ||= { raw: 0, brotli: null, parts: [] });
    entry.raw += size;
    entry.parts.push(part);
    i += size;
  }
  for (const entry of Object.values(sections)) {
    if (entry.raw > 4096) {
      const r = spawnSync("brotli", ["-q", "11", "-c"], { input: Buffer.concat(entry.parts), maxBuffer: 1 << 28 });
      entry.brotli = r.status === 0 ? r.stdout.length : null;
    }
    delete entry.parts;
  }
  return sections;
}

// ------------------------------------------------------------------ 4./5. Lighthouse

async function lighthouseOnce(url, outFile) {
  const profile = await mkdtemp(path.join(tmp, "chrome-lh-"));
  const flags = [...CHROME_FLAGS, `--user-data-dir=${profile}`].join(" ");
  await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      "--quiet",
      "--output=json",
      `--output-path=${outFile}`,
      "--only-categories=performance,accessibility,best-practices",
      "--form-factor=mobile",
      `--chrome-flags=${flags}`,
    ],
    { env: { ...process.env, CHROME_PATH }, timeoutMs: 180_000 },
  );
  const lhr = JSON.parse(await readFile(outFile, "utf8"));
  rmSync(profile, { recursive: true, force: true });
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const score = (c) => (lhr.categories[c]?.score == null ? null : lhr.categories[c].score * 100);
  const num = (a) => lhr.audits[a]?.numericValue ?? null;
  return {
    lhr,
    metrics: {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      fcp: num("first-contentful-paint"),
      lcp: num("largest-contentful-paint"),
      tbt: num("total-blocking-time"),
      cls: num("cumulative-layout-shift"),
      si: num("speed-index"),
      // Unthrottled, as the browser saw them on this machine (Lighthouse simulates the rest).
      observedFcp: lhr.audits.metrics?.details?.items?.[0]?.observedFirstContentfulPaint ?? null,
      observedLcp: lhr.audits.metrics?.details?.items?.[0]?.observedLargestContentfulPaint ?? null,
      // Lighthouse's measure of the CPU speed at that moment: lower means a slower or busier machine.
      benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    },
    warnings: lhr.runWarnings || [],
  };
}

// What a report says beyond the numbers: failing audits and the biggest opportunities.
function diagnose(lhr) {
  const failing = (cat) =>
    (lhr.categories[cat]?.auditRefs || [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => lhr.audits[ref.id])
      .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== "notApplicable")
      .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue }));
  const opportunities = Object.values(lhr.audits)
    .filter((a) => a.details?.type === "opportunity" && (a.details.overallSavingsMs > 0 || a.details.overallSavingsBytes > 0))
    .map((a) => ({
      id: a.id,
      title: a.title,
      savingsMs: a.details.overallSavingsMs ?? 0,
      savingsBytes: a.details.overallSavingsBytes ?? 0,
    }))
    .sort((a, b) => b.savingsMs - a.savingsMs);
  const lcpElement = lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node;
  const requests = (lhr.audits["network-requests"]?.details?.items || []).map((r) => ({
    url: r.url.replace(/^https?:\/\/[^/]+/, ""),
    transferSize: r.transferSize,
    resourceSize: r.resourceSize,
    mimeType: r.mimeType,
  }));
  const longTasks = (lhr.audits["long-tasks"]?.details?.items || []).slice(0, 5).map((t) => ({
    url: String(t.url).replace(/^https?:\/\/[^/]+/, ""),
    startMs: Math.round(t.startTime),
    durationMs: Math.round(t.duration),
  }));
  // Audits Lighthouse could not compute (Lighthouse 12.2.3's trace gatherers and a newer Chromium).
  const erroredAudits = Object.values(lhr.audits)
    .filter((a) => a.scoreDisplayMode === "error")
    .map((a) => a.id);
  return {
    performance: failing("performance"),
    accessibility: failing("accessibility"),
    bestPractices: failing("best-practices"),
    opportunities: opportunities.slice(0, 5),
    longTasks,
    erroredAudits,
    lcpElement: lcpElement ? { selector: lcpElement.selector, snippet: lcpElement.snippet } : null,
    mainThreadMs: lhr.audits["mainthread-work-breakdown"]?.numericValue ?? null,
    bootupMs: lhr.audits["bootup-time"]?.numericValue ?? null,
    totalByteWeight: lhr.audits["total-byte-weight"]?.numericValue ?? null,
    requests,
  };
}

async function lighthouseRoute(base, route, name, reportsDir) {
  const runs = [];
  for (let i = 1; i <= RUNS; i++) {
    const outFile = path.join(reportsDir, `${name}-${i}.json`);
    const t = Date.now();
    const r = await lighthouseOnce(base + route, outFile);
    const m = r.metrics;
    log(
      `  ${name} run ${i}/${RUNS}: perf ${fmtScore(m.performance)} a11y ${fmtScore(m.accessibility)} ` +
        `bp ${fmtScore(m.bestPractices)} FCP ${fmtMs(m.fcp)} LCP ${fmtMs(m.lcp)} TBT ${fmtMs(m.tbt)} ` +
        `CLS ${fmtCls(m.cls)} (${((Date.now() - t) / 1000).toFixed(0)} s)`,
    );
    runs.push({ ...r, outFile });
  }
  const keys = Object.keys(runs[0].metrics);
  const med = Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r.metrics[k]))]));
  // The run closest to the median performance score and LCP, kept as the route's report.
  const rep = [...runs].sort(
    (a, b) =>
      Math.abs(a.metrics.performance - med.performance) - Math.abs(b.metrics.performance - med.performance) ||
      Math.abs(a.metrics.lcp - med.lcp) - Math.abs(b.metrics.lcp - med.lcp),
  )[0];
  const kept = path.join(OUT_DIR, "lighthouse", `${name}.json`);
  await cp(rep.outFile, kept);
  // The same report as a page to open in a browser.
  try {
    const { ReportGenerator } = await import("lighthouse/report/generator/report-generator.js");
    await writeFile(kept.replace(/\.json$/, ".html"), ReportGenerator.generateReportHtml(rep.lhr));
  } catch (err) {
    log(`  (no HTML report: ${err.message})`);
  }
  return {
    route,
    median: med,
    runs: runs.map((r) => r.metrics),
    warnings: [...new Set(runs.flatMap((r) => r.warnings))],
    report: path.relative(ROOT, kept),
    diagnostics: diagnose(rep.lhr),
  };
}

// ------------------------------------------------------------------ 6. interactions

// Records the browser's own Event Timing entries (durationThreshold 16 ms, the minimum).
const EVENT_TIMING_INIT = `
  window.__hdEvents = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__hdEvents.push({ name: e.name, start: e.startTime, duration: e.duration,
          id: e.interactionId || 0, processingStart: e.processingStart, processingEnd: e.processingEnd });
      }
    }).observe({ type: "event", durationThreshold: 16, buffered: true });
  } catch (err) {
    window.__hdEventsError = String(err);
  }
  window.__hdLcp = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const el = e.element;
        window.__hdLcp.push({ start: Math.round(e.startTime), size: e.size,
          element: el ? el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
            (el.className && typeof el.className === "string" ? "." + el.className.trim().split(/\\s+/).join(".") : "") : null,
          inBootScreen: !!(el && el.closest && el.closest("#boot")),
          text: el ? (el.textContent || "").trim().slice(0, 60) : null });
      }
    }).observe({ type: "largest-contentful-paint", buffered: true });
  } catch {
    // no LCP entries in this browser
  }
`;

async function interactions(base) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS.filter((f) => f !== "--headless"),
  });
  let lcpFirstUse = null;
  const actions = {
    loadExample: { label: "Load the example family (first use, click)", runs: [] },
    openStage: { label: "Open a stage on /kader (click a.hd-map__card)", runs: [] },
    saveComment: { label: "Save a comment on /plan (click \"Reactie opslaan\")", runs: [] },
    planSearch: { label: "Type in the plan search (\"school\", longest key press)", runs: [] },
    emergencyStop: { label: "Send an emergency stop (click \"Verzoek versturen\")", runs: [] },
  };
  // The shipped profile offers no emergency stop (an organisation switches it on), so the
  // interaction contexts use the browser tests' profile, whose endpoint is answered here as
  // the organisation's server would (201 with a reference). The built CSP allows only the
  // shipped profile's endpoint, so these contexts bypass it.
  // A release build accepts only an https endpoint (plain http to this device is for debug
  // builds: src/domain/profile.rs), so the test profile's endpoint is replaced by an https
  // address that never leaves Playwright (the route below answers it).
  const profile = JSON.parse(await readFile(path.join(ROOT, "end2end", "fixtures", "organisation.test.json"), "utf8"));
  profile.emergency_stop.endpoint = "https://noodstop.bench.invalid/noodstop";
  const testProfile = JSON.stringify(profile);
  const endpoint = profile.emergency_stop.endpoint;
  try {
    for (let i = 1; i <= RUNS; i++) {
      const context = await browser.newContext({
        baseURL: base,
        locale: "nl-NL",
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 2,
        isMobile: true,
        hasTouch: true,
        // No service worker here, so that every request goes past the routes below (a worker
        // fetches for the page, out of their reach). The interactions measure the click, not
        // the network, so nothing they report depends on the worker.
        serviceWorkers: "block",
        bypassCSP: true,
      });
      try {
        await context.route("**/organisation.json", (route) =>
          route.fulfill({ contentType: "application/json", body: testProfile }),
        );
        let stopReference = 0;
        await context.route(endpoint, (route) => {
          const headers = { "Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "content-type, idempotency-key" };
          if (route.request().method() === "OPTIONS") return route.fulfill({ status: 204, headers });
          stopReference += 1;
          return route.fulfill({ status: 201, headers, contentType: "application/json", body: JSON.stringify({ reference: `NS-${stopReference}` }) });
        });
        await context.addInitScript(EVENT_TIMING_INIT);
        const page = await context.newPage();
        page.setDefaultTimeout(30_000);
        const cdp = await context.newCDPSession(page);
        const ready = async (p) => {
          await page.goto(p);
          await page.locator("#boot").waitFor({ state: "detached" });
          await page.locator("main#main h1").first().waitFor();
          await page.waitForLoadState("networkidle");
          await page.waitForTimeout(300);
        };
        // Measures one action under 4× CPU throttling: the longest Event Timing entry of the
        // interaction(s) it caused.
        const measure = async (act, done) => {
          const t0 = await page.evaluate(() => performance.now());
          await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
          try {
            await act();
            await done();
            // Entries are reported after the next paint: wait two frames and a moment.
            await page.evaluate(
              () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 500)))),
            );
          } finally {
            await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
          }
          const { entries, error } = await page.evaluate(
            (since) => ({ entries: (window.__hdEvents || []).filter((e) => e.start >= since), error: window.__hdEventsError }),
            t0,
          );
          if (error) throw new Error(`Event Timing not available: ${error}`);
          const byInteraction = new Map();
          for (const e of entries.filter((e) => e.id > 0)) {
            byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
          }
          const max = byInteraction.size ? Math.max(...byInteraction.values()) : null;
          // Where the time of the longest entry went: waiting for the main thread, the event
          // handlers (the app's Rust code), and rendering until the next frame was presented.
          const longest = entries.filter((e) => e.id > 0).sort((a, b) => b.duration - a.duration)[0];
          const phases = longest && {
            event: longest.name,
            inputDelayMs: Math.round(longest.processingStart - longest.start),
            processingMs: Math.round(longest.processingEnd - longest.processingStart),
            presentationMs: Math.round(longest.start + longest.duration - longest.processingEnd),
          };
          return {
            ms: max, // null: no entry reached 16 ms, the smallest threshold Event Timing allows
            interactions: byInteraction.size,
            phases,
            entries: entries.filter((e) => e.id > 0).map((e) => ({ name: e.name, duration: e.duration, id: e.id })),
          };
        };

        // (a) first use: load the example family.
        await ready("/");
        if (i === 1) lcpFirstUse = await page.evaluate(() => window.__hdLcp || []);
        const exampleButton = page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" });
        actions.loadExample.runs.push(
          await measure(
            () => exampleButton.click(),
            () => page.getByRole("status").filter({ hasText: "Voorbeeldgezin" }).first().waitFor(),
          ),
        );

        // (b) the framework map: open a stage.
        await ready("/kader");
        const card = page.locator("a.hd-map__card").first();
        await card.waitFor();
        const href = await card.getAttribute("href");
        actions.openStage.runs.push(
          await measure(
            () => card.click(),
            () => page.waitForURL((u) => u.pathname === href),
          ),
        );

        // (c) the plan: type a comment, then save it (the click is measured).
        await ready("/plan");
        const textarea = page.getByLabel("Onze reactie").first();
        await textarea.click();
        await textarea.pressSequentially("Dat klopt niet, de school was op de hoogte.", { delay: 5 });
        const form = textarea.locator("xpath=ancestor::form[1]");
        await page.waitForTimeout(300);
        actions.saveComment.runs.push(
          await measure(
            () => form.getByRole("button", { name: "Reactie opslaan" }).click(),
            () => form.getByRole("status").first().waitFor(),
          ),
        );
        // (c2) the plan's search: a fresh /plan, then type a six-letter word with real key
        // presses; the longest interaction of the typing counts.
        await ready("/plan");
        const search = page.getByLabel("Zoeken in het plan (ook in oudere punten)");
        await search.click();
        await page.waitForTimeout(300);
        actions.planSearch.runs.push(
          await measure(
            () => search.pressSequentially("school", { delay: 50 }),
            () => page.waitForFunction(() => document.querySelector("#plan-search")?.value === "school"),
          ),
        );
        // (d) the emergency stop: fill in the short form, then send (the click is measured,
        // until the request is in the list of requests).
        await ready("/noodstop");
        await page.getByLabel("Over welk gesprek gaat het?").selectOption({ index: 1 });
        await page.getByRole("checkbox", { name: "Ik voelde me niet gehoord" }).check();
        await page.getByLabel("Je naam").fill("Sanne");
        await page.getByLabel("Je telefoonnummer").fill("06 1234 5678");
        await page.getByLabel("Wanneer ben je vandaag bereikbaar?").fill("na 15 uur");
        await page.getByRole("checkbox", { name: /Ik vind het goed dat dit bericht/ }).check();
        await page.waitForTimeout(300);
        actions.emergencyStop.runs.push(
          await measure(
            () => page.getByRole("button", { name: "Verzoek versturen" }).click(),
            () => page.getByRole("status").filter({ hasText: "Je verzoek staat in je verzoeken" }).first().waitFor(),
          ),
        );
        const a = actions;
        log(
          `  run ${i}/${RUNS}: example ${fmtEt(a.loadExample.runs.at(-1).ms)}, stage ${fmtEt(a.openStage.runs.at(-1).ms)}, ` +
            `comment ${fmtEt(a.saveComment.runs.at(-1).ms)}, search ${fmtEt(a.planSearch.runs.at(-1).ms)}, emergency stop ${fmtEt(a.emergencyStop.runs.at(-1).ms)}`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const result = {};
  for (const [key, a] of Object.entries(actions)) {
    // A run without any entry ≥ 16 ms counts as 0 for the median (shown as "< 16 ms").
    const med = median(a.runs.map((r) => r.ms ?? 0));
    const sorted = [...a.runs].sort((x, y) => (x.ms ?? 0) - (y.ms ?? 0));
    const medianPhases = sorted[Math.floor((sorted.length - 1) / 2)].phases || null;
    result[key] = { label: a.label, medianMs: med, runsMs: a.runs.map((r) => r.ms), medianPhases, runs: a.runs };
  }
  return { actions: result, lcpCandidatesFirstUse: lcpFirstUse };
}

const fmtEt = (ms) => (ms == null || ms === 0 ? "< 16 ms" : fmtMs(ms));

// ------------------------------------------------------------------ 7. budgets

function checkBudgets(res) {
  const out = [];
  const add = (name, limit, value, pass, detail = "") => out.push({ name, limit, value, pass, detail });
  const fv = res.firstVisit.total.brotli;
  add("First visit, brotli", `≤ ${fmtKB(BUDGETS.firstVisitBrotliBytes)}`, fmtKB(fv), fv <= BUDGETS.firstVisitBrotliBytes,
    `${fmtBytes(fv)} bytes`);
  const routes = res.lighthouse?.routes;
  if (routes) {
    // higherIsBetter: scores; otherwise times, ratios and shifts.
    const every = (name, limit, pick, ok, fmt, higherIsBetter = false) => {
      const bad = routes.filter((r) => !ok(pick(r)));
      const sorted = [...routes].sort((a, b) => {
        const va = pick(a) ?? (higherIsBetter ? -Infinity : Infinity);
        const vb = pick(b) ?? (higherIsBetter ? -Infinity : Infinity);
        return higherIsBetter ? va - vb : vb - va;
      });
      const worst = sorted[0];
      const label = bad.length ? `worst ${fmt(pick(worst))} (${worst.route}); ${bad.length} of ${routes.length} routes fail` : `worst ${fmt(pick(worst))} (${worst.route})`;
      add(name, limit, label, bad.length === 0, routes.map((r) => `${r.route} ${fmt(pick(r))}`).join(", "));
    };
    every("Lighthouse performance", `≥ ${BUDGETS.performance} every route`, (r) => r.median.performance,
      (v) => v != null && Math.round(v) >= BUDGETS.performance, fmtScore, true);
    every("Lighthouse accessibility", `= ${BUDGETS.accessibility} every route`, (r) => r.median.accessibility,
      (v) => v != null && Math.round(v) >= BUDGETS.accessibility, fmtScore, true);
    every("LCP vs floor", `≤ ${BUDGETS.lcpVsFloor}× floor`, (r) => r.lcpRatio,
      (v) => v != null && v <= BUDGETS.lcpVsFloor, fmtRatio);
    every("TBT", `≤ ${BUDGETS.tbtMs} ms every route`, (r) => r.median.tbt, (v) => v != null && v <= BUDGETS.tbtMs, fmtMs);
    every("CLS", `≤ ${BUDGETS.cls} every route`, (r) => r.median.cls, (v) => v != null && v <= BUDGETS.cls, fmtCls);
  }
  if (res.interactions) {
    for (const a of Object.values(res.interactions)) {
      if (a.notYetMeasurable) {
        add(`Interaction: ${a.label}`, `≤ ${BUDGETS.interactionMs} ms`, "not yet measurable", null, "the action does not exist yet");
        continue;
      }
      add(`Interaction: ${a.label}`, `≤ ${BUDGETS.interactionMs} ms`, fmtEt(a.medianMs), a.medianMs != null && a.medianMs <= BUDGETS.interactionMs,
        `runs: ${a.runsMs.map(fmtEt).join(", ")}`);
    }
  }
  return out;
}

// ------------------------------------------------------------------ 6b. the returning family

// A family that has used Helder before: the example household stored, the service worker
// installed and controlling the page. Measured: a reload of / and of /plan at 4× CPU, and the
// same reload of the peer's first screen. The init script notes when the screen's content is
// there (main marked data-ready, no "loading" line, a heading of the content: an h2 inside
// <main>, which the overview's and the plan's content have and their shells do not) and the
// next animation frame (the frame that paints it), and records every long task.
const RETURNING_INIT = `
  window.__hdLong = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__hdLong.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (err) {
    window.__hdLongError = String(err);
  }
  window.__hdShown = null;
  const shown = () => {
    if (window.__hdShown) return true;
    const main = document.querySelector('main#main[data-ready="true"]');
    if (!main || main.querySelector(".hd-loading") || !main.querySelector("h2")) return false;
    const mark = { dom: performance.now(), frame: null };
    window.__hdShown = mark;
    requestAnimationFrame(() => { mark.frame = performance.now(); });
    return true;
  };
  new MutationObserver((_, observer) => { if (shown()) observer.disconnect(); })
    .observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"] });
`;
// Long tasks up to this long after the content is shown count too (the rest of the start-up).
const RETURNING_TAIL_MS = 1000;

async function returning(base, peerBase) {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: CHROME_FLAGS.filter((f) => f !== "--headless"),
  });
  const cases = {
    overview: { label: "Helder: reload of / (the family's overview)", runs: [] },
    plan: { label: "Helder: reload of /plan (the plan)", runs: [] },
  };
  if (peerBase) cases.peer = { label: "peer: reload of / (its first screen)", runs: [] };
  const newPage = async (baseURL) => {
    const context = await browser.newContext({
      baseURL,
      locale: "nl-NL",
      viewport: { width: 360, height: 740 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      serviceWorkers: "allow",
    });
    await context.addInitScript(RETURNING_INIT);
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    return { context, page, cdp: await context.newCDPSession(page) };
  };
  const shown = (page) => page.waitForFunction(() => window.__hdShown && window.__hdShown.frame != null);
  // One reload under 4× CPU: when the content was on screen, and the long tasks until a second
  // after that.
  const measuredReload = async (page, cdp) => {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    try {
      await page.reload();
      await shown(page);
      await page.waitForTimeout(RETURNING_TAIL_MS + 500);
    } finally {
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    }
    const r = await page.evaluate(() => ({
      shown: window.__hdShown,
      long: window.__hdLong,
      error: window.__hdLongError,
      controlled: !!(navigator.serviceWorker && navigator.serviceWorker.controller),
    }));
    if (r.error) throw new Error(`long tasks not observable: ${r.error}`);
    const until = r.shown.frame + RETURNING_TAIL_MS;
    const long = r.long.filter((t) => t.start < until);
    const blocking = (tasks) => tasks.reduce((s, t) => s + Math.max(0, t.duration - 50), 0);
    return {
      shownMs: r.shown.frame,
      domMs: r.shown.dom,
      tbtMs: blocking(long),
      tbtBeforeShownMs: blocking(long.filter((t) => t.start < r.shown.frame)),
      longTasks: long.length,
      longestMs: long.reduce((m, t) => Math.max(m, t.duration), 0),
      tasks: long.map((t) => [Math.round(t.start), Math.round(t.duration)]),
      controlled: r.controlled,
    };
  };
  try {
    for (let i = 1; i <= RUNS; i++) {
      const { context, page, cdp } = await newPage(base);
      try {
        // The family's first visit: the example household, as on first use.
        await page.goto("/");
        await page.locator('main#main[data-ready="true"]').waitFor();
        await page.getByRole("button", { name: "Eerst rondkijken met een voorbeeldgezin" }).click();
        await page.getByRole("status").filter({ hasText: "Voorbeeldgezin" }).first().waitFor();
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
        // Both screens once (their parts fetched and cached), then back on the overview.
        for (const p of ["/plan", "/"]) {
          await page.goto(p);
          await shown(page);
        }
        await page.waitForLoadState("networkidle");
        const controlled = await page.evaluate(() => !!navigator.serviceWorker.controller);
        if (!controlled) throw new Error("the service worker does not control the page after the first visit");
        cases.overview.runs.push(await measuredReload(page, cdp));
        await page.goto("/plan");
        await shown(page);
        await page.waitForLoadState("networkidle");
        cases.plan.runs.push(await measuredReload(page, cdp));
        for (const k of ["overview", "plan"]) {
          if (!cases[k].runs.at(-1).controlled) throw new Error(`${k}: the reload was not served by the service worker`);
        }
      } finally {
        await context.close();
      }
      if (peerBase) {
        const peer = await newPage(peerBase);
        try {
          await peer.page.goto("/");
          await shown(peer.page);
          await peer.page.waitForLoadState("networkidle");
          cases.peer.runs.push(await measuredReload(peer.page, peer.cdp));
        } finally {
          await peer.context.close();
        }
      }
      log(`  run ${i}/${RUNS}: ` + Object.entries(cases)
        .map(([k, c]) => `${k} shown ${fmtMs(c.runs.at(-1).shownMs)} (TBT ${fmtMs(c.runs.at(-1).tbtMs)})`).join(", "));
    }
  } finally {
    await browser.close();
  }
  for (const c of Object.values(cases)) {
    c.median = Object.fromEntries(
      ["shownMs", "domMs", "tbtMs", "tbtBeforeShownMs", "longTasks", "longestMs"].map((k) => [k, median(c.runs.map((r) => r[k]))]),
    );
  }
  return cases;
}

// ------------------------------------------------------------------ 6c. Helder against the peer and the floor

// The issue's targets for this round (issue 23); the budgets above stay the standing goal.
const TARGETS = {
  firstVisitBrotliBytes: 150 * KB,
  tbtMs: 150,
  performance: 95,
  interactionMs: 100,
  returningVsPeer: 1.5,
};

function compare(res) {
  const ratio = (a, b) => (a != null && b ? a / b : null);
  const out = { rows: [], targets: [] };
  const row = (what, helder, peer, floor, fmt) =>
    out.rows.push({ what, helder, peer, floor, vsPeer: ratio(helder, peer), vsFloor: ratio(helder, floor), fmt });
  row("first visit, brotli bytes", res.firstVisit.total.brotli, res.peer?.firstVisit.total.brotli ?? null,
    res.floorVisit?.total.brotli ?? null, "bytes");
  const lh = res.lighthouse;
  if (lh) {
    for (const r of lh.routes) {
      const p = lh.peerRoutes?.find((x) => x.route === r.route);
      for (const [k, name, fmt] of [["performance", "perf", "score"], ["fcp", "FCP", "ms"], ["lcp", "LCP", "ms"], ["tbt", "TBT", "ms"]]) {
        row(`${r.route} ${name}`, r.median[k], p?.median[k] ?? null, lh.floor.median[k], fmt);
      }
    }
  }
  const ret = res.returning;
  if (ret) {
    for (const k of ["overview", "plan"]) {
      row(`returning: ${k === "overview" ? "/" : "/plan"} shown`, ret[k].median.shownMs, ret.peer?.median.shownMs ?? null, null, "ms");
      row(`returning: ${k === "overview" ? "/" : "/plan"} TBT`, ret[k].median.tbtMs, ret.peer?.median.tbtMs ?? null, null, "ms");
    }
  }
  const T = TARGETS;
  const target = (name, limit, value, pass) => out.targets.push({ name, limit, value, pass });
  const fv = res.firstVisit.total.brotli;
  target("first visit, brotli", `≤ ${fmtKB(T.firstVisitBrotliBytes)}`, fmtKB(fv), fv <= T.firstVisitBrotliBytes);
  if (lh) {
    const worstTbt = Math.max(...lh.routes.map((r) => r.median.tbt ?? Infinity));
    target("TBT, every main route", `≤ ${T.tbtMs} ms`, fmtMs(worstTbt), worstTbt <= T.tbtMs);
    const worstPerf = Math.min(...lh.routes.map((r) => r.median.performance ?? -Infinity));
    target("Lighthouse performance, every main route", `≥ ${T.performance}`, fmtScore(worstPerf), Math.round(worstPerf) >= T.performance);
  }
  if (res.interactions) {
    const measured = Object.values(res.interactions).filter((a) => !a.notYetMeasurable);
    const worst = Math.max(...measured.map((a) => a.medianMs ?? 0));
    target("every interaction (median, 4× CPU)", `≤ ${T.interactionMs} ms`, fmtEt(worst), worst <= T.interactionMs);
  }
  if (ret?.peer) {
    const r = ratio(ret.overview.median.shownMs, ret.peer.median.shownMs);
    target("returning family: overview shown vs the peer's first screen", `≤ ${T.returningVsPeer}×`, fmtRatio(r), r != null && r <= T.returningVsPeer);
  }
  return out;
}

// ------------------------------------------------------------------ 8. report

function markdown(res) {
  const L = [];
  L.push(`Helder benchmark — ${res.meta.date} — commit ${res.meta.commit ?? "unknown"}${res.meta.dirty ? " (with uncommitted changes)" : ""} — ` +
    `${res.meta.cpus} CPUs, load average ${res.meta.loadAverage.start} at start, ${res.meta.loadAverage.end} at the end`);
  L.push("");
  L.push(`### First visit download (${res.meta.brotliServed ? "nginx serves brotli" : "nginx serves gzip; brotli sizes from the files"})`);
  L.push("");
  L.push("| file | fetched as | raw | gzip -9 | brotli -q 11 |");
  L.push("|---|---|--:|--:|--:|");
  for (const f of res.firstVisit.files) {
    L.push(`| ${f.file}${f.missing ? " (missing)" : ""} | ${f.why} | ${fmtBytes(f.raw)} | ${fmtBytes(f.gzip)} | ${fmtBytes(f.brotli)} |`);
  }
  const t = res.firstVisit.total;
  L.push(`| **total** | | **${fmtBytes(t.raw)}** | **${fmtBytes(t.gzip)}** | **${fmtBytes(t.brotli)}** (${fmtKB(t.brotli)}) |`);
  if (res.wasmSections?.code) {
    const w = res.wasmSections;
    const part = (n) => (w[n] ? `${n} ${fmtBytes(w[n].raw)} raw / ${fmtBytes(w[n].brotli)} brotli` : null);
    L.push("");
    L.push(`Inside the wasm: ${["code", "data"].map(part).filter(Boolean).join("; ")} ` +
      `(code: compiled functions; data: static data such as the built-in texts).`);
  }
  if (res.lazy) {
    L.push("");
    L.push(`Loaded on demand (not in the total above; each group with the shared chunks it needs, brotli): ` +
      res.lazy.groups.map((g) => `${g.group} ${fmtBytes(g.brotli)} (${g.files} files)`).join(", ") +
      `; all ${res.lazy.all.files} files together ${fmtBytes(res.lazy.all.brotli)}.`);
  }
  if (res.precache) {
    L.push("");
    L.push(`After the first load the service worker precaches ${res.precache.files} files in the background ` +
      `(${fmtBytes(res.precache.brotli)} bytes brotli; not in the total above).`);
  }
  if (res.lighthouse) {
    L.push("");
    L.push(`### Lighthouse ${res.meta.lighthouse} (mobile, simulated throttling; median of ${RUNS})`);
    L.push("");
    const bi = median([...res.lighthouse.routes, res.lighthouse.floor].flatMap((r) => r.runs.map((m) => m.benchmarkIndex)));
    L.push(`Lighthouse's CPU benchmark index, median over all runs: ${bi == null ? "–" : Math.round(bi)} ` +
      `(lower means a slower or busier machine; TBT and the interactions grow as it drops).`);
    L.push("");
    L.push("| route | perf | a11y | best pr. | FCP | LCP | TBT | CLS | FCP / floor | LCP / floor |");
    L.push("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
    for (const r of [...res.lighthouse.routes, { ...res.lighthouse.floor, route: "floor (static page)" }]) {
      const m = r.median;
      L.push(`| ${r.route} | ${fmtScore(m.performance)} | ${fmtScore(m.accessibility)} | ${fmtScore(m.bestPractices)} | ` +
        `${fmtMs(m.fcp)} | ${fmtMs(m.lcp)} | ${fmtMs(m.tbt)} | ${fmtCls(m.cls)} | ${fmtRatio(r.fcpRatio)} | ${fmtRatio(r.lcpRatio)} |`);
    }
  }
  if (res.interactions) {
    L.push("");
    L.push(`### Interactions (4× CPU throttling, Event Timing; median of ${RUNS})`);
    L.push("");
    L.push("| action | median | runs | input delay / handlers / rendering |");
    L.push("|---|--:|---|---|");
    for (const a of Object.values(res.interactions)) {
      if (a.notYetMeasurable) {
        L.push(`| ${a.label} | not yet measurable | | |`);
        continue;
      }
      const p = a.medianPhases;
      const phases = p ? `${p.inputDelayMs} / ${p.processingMs} / ${p.presentationMs} ms` : "–";
      L.push(`| ${a.label} | ${fmtEt(a.medianMs)} | ${a.runsMs.map(fmtEt).join(", ")} | ${phases} |`);
    }
  }
  if (res.peer) {
    L.push("");
    L.push(`### The peer (${res.peer.dist}: a minimal Leptos app, the router, three screens of static text; same pipeline)`);
    L.push("");
    L.push("| file | fetched as | raw | gzip -9 | brotli -q 11 |");
    L.push("|---|---|--:|--:|--:|");
    for (const f of res.peer.firstVisit.files) {
      L.push(`| ${f.file}${f.missing ? " (missing)" : ""} | ${f.why} | ${fmtBytes(f.raw)} | ${fmtBytes(f.gzip)} | ${fmtBytes(f.brotli)} |`);
    }
    const pt = res.peer.firstVisit.total;
    L.push(`| **total** | | **${fmtBytes(pt.raw)}** | **${fmtBytes(pt.gzip)}** | **${fmtBytes(pt.brotli)}** (${fmtKB(pt.brotli)}) |`);
    if (res.lighthouse?.peerRoutes?.length) {
      L.push("");
      L.push("| peer route | perf | a11y | best pr. | FCP | LCP | TBT | CLS | FCP / floor | LCP / floor |");
      L.push("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
      for (const r of res.lighthouse.peerRoutes) {
        const m = r.median;
        L.push(`| ${r.route} | ${fmtScore(m.performance)} | ${fmtScore(m.accessibility)} | ${fmtScore(m.bestPractices)} | ` +
          `${fmtMs(m.fcp)} | ${fmtMs(m.lcp)} | ${fmtMs(m.tbt)} | ${fmtCls(m.cls)} | ${fmtRatio(r.fcpRatio)} | ${fmtRatio(r.lcpRatio)} |`);
      }
    }
  }
  if (res.returning) {
    L.push("");
    L.push(`### A returning family (example household stored, service worker controlling; reload at 4× CPU; median of ${RUNS})`);
    L.push("");
    L.push("\"Shown\": the animation frame after `<main>` is marked ready with a heading of its content; " +
      `TBT: the long tasks' time over 50 ms until ${RETURNING_TAIL_MS} ms after that.`);
    L.push("");
    L.push("| case | shown | TBT | TBT before shown | long tasks | longest | runs (shown) |");
    L.push("|---|--:|--:|--:|--:|--:|---|");
    for (const c of Object.values(res.returning)) {
      const m = c.median;
      L.push(`| ${c.label} | ${fmtMs(m.shownMs)} | ${fmtMs(m.tbtMs)} | ${fmtMs(m.tbtBeforeShownMs)} | ${m.longTasks} | ${fmtMs(m.longestMs)} | ` +
        `${c.runs.map((r) => fmtMs(r.shownMs)).join(", ")} |`);
    }
  }
  if (res.comparison?.rows.length) {
    L.push("");
    L.push("### Helder against the peer and the floor (this run)");
    L.push("");
    L.push("| what | Helder | peer | floor | Helder / peer | Helder / floor |");
    L.push("|---|--:|--:|--:|--:|--:|");
    const f = (v, fmt) => (v == null ? "–" : fmt === "bytes" ? fmtKB(v) : fmt === "score" ? fmtScore(v) : fmtMs(v));
    for (const r of res.comparison.rows) {
      // A ratio to 0 ms (no long task at all) says nothing: the difference is shown instead.
      const vs = (ratio, other) => (ratio != null ? fmtRatio(ratio) : other === 0 && r.helder != null ? `+${f(r.helder, r.fmt)}` : "–");
      L.push(`| ${r.what} | ${f(r.helder, r.fmt)} | ${f(r.peer, r.fmt)} | ${f(r.floor, r.fmt)} | ${vs(r.vsPeer, r.peer)} | ${vs(r.vsFloor, r.floor)} |`);
    }
  }
  if (res.comparison?.targets.length) {
    L.push("");
    L.push("### Targets of this round (issue 23)");
    L.push("");
    L.push("| target | limit | measured | result |");
    L.push("|---|---|---|---|");
    for (const t of res.comparison.targets) L.push(`| ${t.name} | ${t.limit} | ${t.value} | ${t.pass ? "PASS" : "**FAIL**"} |`);
  }
  L.push("");
  L.push("### Budgets");
  L.push("");
  L.push("| budget | limit | measured | result |");
  L.push("|---|---|---|---|");
  for (const b of res.budgets) {
    L.push(`| ${b.name} | ${b.limit} | ${b.value} | ${b.pass === null ? "–" : b.pass ? "PASS" : "**FAIL**"} |`);
  }
  return L.join("\n") + "\n";
}

// ------------------------------------------------------------------ main

async function main() {
  await mkdir(path.join(OUT_DIR, "lighthouse"), { recursive: true });
  if (!SKIP.has("lighthouse") && !existsSync(LIGHTHOUSE)) {
    throw new Error("node_modules/.bin/lighthouse not found: run 'make setup' (npm ci)");
  }
  if (!existsSync(CHROME_PATH)) throw new Error(`${CHROME_PATH} not found: run 'make setup-browser'`);

  const gitOut = (args) => {
    try {
      return execFileSync("git", args, { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    } catch {
      return null;
    }
  };
  const lhPkg = JSON.parse(await readFile(path.join(ROOT, "node_modules", "lighthouse", "package.json"), "utf8").catch(() => "{}"));
  const res = {
    meta: {
      date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
      commit: gitOut(["rev-parse", "--short", "HEAD"]),
      dirty: (gitOut(["status", "--porcelain"]) || "") !== "",
      dist: path.relative(ROOT, DIST) || DIST,
      runs: RUNS,
      cpus: cpus().length,
      loadAverage: { start: loadavg()[0].toFixed(1) },
      node: process.version,
      chromium: versionOf(CHROME_PATH, ["--version"]),
      lighthouse: lhPkg.version || null,
      budgets: BUDGETS,
    },
  };
  const errors = [];

  log(`copying ${res.meta.dist}/ to a temporary folder`);
  const { site, floor } = await prepareSite();
  res.floorPage = floor;
  let peerSite = null;
  if (SKIP.has("peer")) log("peer: skipped (BENCH_SKIP)");
  else if (!existsSync(path.join(PEER_DIST, "index.html"))) {
    log(`peer: ${path.relative(ROOT, PEER_DIST)}/index.html not found, measuring without it ('make bench-peer' builds it)`);
  } else peerSite = await copyAndCompress(PEER_DIST, "peer");
  const host = await startNginx(site, peerSite);
  res.meta.nginx = host.version;
  res.meta.brotliServed = host.brotliServed;
  const hostCheck = await checkHost(host.base, await listFiles(site));
  res.meta.encodingServedToBrowsers = hostCheck.indexEncodingForBrowsers;
  if (hostCheck.problems.length) {
    for (const p of hostCheck.problems) log(`host check: ${p}`);
    throw new Error("nginx does not behave like the production host (see above)");
  }

  res.firstVisit = await firstVisitFiles(site);
  res.precache = await precacheBytes(site);
  res.lazy = await lazyParts(site, res.firstVisit);
  const wasmFile = res.firstVisit.files.find((f) => f.file.endsWith(".wasm") && !f.missing);
  if (wasmFile) res.wasmSections = wasmSections(await readFile(path.join(site, wasmFile.file)));
  log(`first visit: ${res.firstVisit.files.length} files, ${fmtBytes(res.firstVisit.total.brotli)} bytes brotli`);
  res.floorVisit = await firstVisitFiles(site, FLOOR_FILE, false);
  if (peerSite) {
    res.peer = { dist: path.relative(ROOT, PEER_DIST), firstVisit: await firstVisitFiles(peerSite) };
    const peerWasm = res.peer.firstVisit.files.find((f) => f.file.endsWith(".wasm") && !f.missing);
    if (peerWasm) res.peer.wasmSections = wasmSections(await readFile(path.join(peerSite, peerWasm.file)));
    log(`peer first visit: ${res.peer.firstVisit.files.length} files, ${fmtBytes(res.peer.firstVisit.total.brotli)} bytes brotli`);
  }

  if (!SKIP.has("lighthouse")) {
    const reportsDir = path.join(tmp, "lighthouse");
    await mkdir(reportsDir, { recursive: true });
    const routes = [];
    const peerRoutes = [];
    let floorResult = null;
    try {
      log(`Lighthouse: floor page, ${RUNS} runs`);
      floorResult = await lighthouseRoute(host.base, "/" + FLOOR_FILE, "floor", reportsDir);
      // Each peer route right after Helder's, so both see the machine in the same state.
      for (const route of ROUTES) {
        log(`Lighthouse: ${route}, ${RUNS} runs`);
        const name = route === "/" ? "overview" : route.slice(1).replaceAll("/", "-");
        routes.push(await lighthouseRoute(host.base, route, name, reportsDir));
        if (host.peerBase && PEER_ROUTES.includes(route)) {
          log(`Lighthouse: the peer's ${route}, ${RUNS} runs`);
          peerRoutes.push(await lighthouseRoute(host.peerBase, route, `peer-${name}`, reportsDir));
        }
      }
    } catch (err) {
      errors.push(`Lighthouse: ${err.message}`);
      log(`Lighthouse failed: ${err.message}`);
    }
    if (floorResult && routes.length) {
      const ratio = (a, b) => (a != null && b ? a / b : null);
      for (const r of routes) {
        r.fcpRatio = ratio(r.median.fcp, floorResult.median.fcp);
        r.lcpRatio = ratio(r.median.lcp, floorResult.median.lcp);
      }
      floorResult.fcpRatio = 1;
      floorResult.lcpRatio = 1;
      for (const r of peerRoutes) {
        r.fcpRatio = ratio(r.median.fcp, floorResult.median.fcp);
        r.lcpRatio = ratio(r.median.lcp, floorResult.median.lcp);
      }
      res.lighthouse = { routes, floor: floorResult, peerRoutes };
    }
  }

  if (!SKIP.has("interactions")) {
    log(`interactions: ${RUNS} runs under 4× CPU throttling`);
    try {
      const r = await interactions(host.base);
      res.interactions = r.actions;
      res.lcpCandidatesFirstUse = r.lcpCandidatesFirstUse;
    } catch (err) {
      errors.push(`interactions: ${err.message}`);
      log(`interactions failed: ${err.message}`);
    }
  }

  if (!SKIP.has("returning")) {
    log(`returning family: ${RUNS} runs under 4× CPU throttling`);
    try {
      res.returning = await returning(host.base, host.peerBase);
    } catch (err) {
      errors.push(`returning family: ${err.message}`);
      log(`returning family failed: ${err.message}`);
    }
  }

  res.comparison = compare(res);
  res.budgets = checkBudgets(res);
  res.errors = errors;
  res.meta.seconds = Math.round((Date.now() - started) / 1000);
  res.meta.loadAverage.end = loadavg()[0].toFixed(1);

  const md = markdown(res);
  await writeFile(path.join(OUT_DIR, "results.json"), JSON.stringify(res, null, 2) + "\n");
  await writeFile(path.join(OUT_DIR, "results.md"), md);
  process.stdout.write("\n" + md + "\n");
  for (const b of res.budgets) {
    process.stdout.write(`${b.pass === null ? "n/a " : b.pass ? "PASS" : "FAIL"}  ${b.name} (${b.limit}): ${b.value}${b.detail ? ` — ${b.detail}` : ""}\n`);
  }
  process.stdout.write(`\nWritten: target/bench/results.json, target/bench/results.md (${res.meta.seconds} s)\n`);
  if (errors.length) {
    process.stderr.write(`\nThe benchmark could not measure everything:\n- ${errors.join("\n- ")}\n`);
    process.exitCode = 1;
  }
}

main()
  .catch((err) => {
    process.stderr.write(`bench: ${err.stack || err.message}\n`);
    process.exitCode = 1;
  })
  .finally(cleanup);
