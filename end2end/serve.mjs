#!/usr/bin/env node
// A tiny static file server for the browser tests. No dependencies (Node 20).
//
//   node end2end/serve.mjs --dir target/e2e/dist --port 8090 [--profile file.json] [--verbose]
//
// It behaves like the static host Helder needs:
// - every path that is not a file is answered with index.html (status 200), so
//   /kader, /plan, /kader/<stage-id> ... load the app;
// - index.html, sw.js, *.webmanifest and organisation.json must be revalidated
//   (no-cache); every other file carries a hash in its name and is immutable;
// - index.html gets its Content-Security-Policy (meta and header) from tools/csp.mjs for the
//   profile served, as a deploying organisation would (README, "Deploying");
// - binds 127.0.0.1 only; never serves anything outside --dir.

import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { readFile, stat, realpath } from "node:fs/promises";
import { applyCsp } from "../tools/csp.mjs";
import path from "node:path";

function parseArgs(argv) {
  const opts = { dir: ".", port: 8090, verbose: false, profile: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [key, inline] = arg.split("=", 2);
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (key === "--dir") opts.dir = value();
    else if (key === "--port") opts.port = Number(value());
    // Serve this file as /organisation.json (the tests point the emergency stop at a local receiver).
    else if (key === "--profile") opts.profile = path.resolve(value());
    else if (key === "--verbose") opts.verbose = true;
    else if (key === "--help" || key === "-h") {
      console.log("usage: node end2end/serve.mjs --dir <folder> --port <n> [--verbose]");
      process.exit(0);
    } else {
      console.error(`serve.mjs: unknown argument ${arg}`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port <= 0 || opts.port > 65535) {
    console.error("serve.mjs: --port must be a number between 1 and 65535");
    process.exit(2);
  }
  return opts;
}

const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".woff2": "font/woff2",
};

function contentType(file) {
  return MIME[path.extname(file).toLowerCase()] || "application/octet-stream";
}

function cacheControl(file) {
  const name = path.basename(file);
  if (
    name === "index.html" ||
    name === "sw.js" ||
    name === "organisation.json" ||
    name.endsWith(".webmanifest")
  ) {
    return "no-cache";
  }
  return "public, max-age=31536000, immutable";
}

const opts = parseArgs(process.argv.slice(2));
const root = await realpath(path.resolve(opts.dir)).catch(() => {
  console.error(`serve.mjs: folder not found: ${opts.dir}`);
  process.exit(2);
});
const indexFile = path.join(root, "index.html");

function inside(file) {
  return file === root || file.startsWith(root + path.sep);
}

// Resolve a URL path to a regular file inside root, or null.
async function resolveFile(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { bad: true };
  }
  if (decoded.includes("\0")) return { bad: true };
  const candidate = path.resolve(root, "." + path.posix.normalize("/" + decoded));
  if (!inside(candidate)) return { bad: true };
  for (const file of [candidate, path.join(candidate, "index.html")]) {
    try {
      const real = await realpath(file);
      if (!inside(real)) return { bad: true };
      const info = await stat(real);
      if (info.isFile()) return { file: real, size: info.size, mtime: info.mtime };
    } catch {
      // not there: try the next candidate
    }
  }
  return {};
}

const server = createServer(async (req, res) => {
  const started = Date.now();
  const done = (status) => {
    if (opts.verbose) console.log(`${req.method} ${req.url} ${status} ${Date.now() - started}ms`);
  };
  try {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      res.end("Method Not Allowed\n");
      return done(405);
    }
    const urlPath = new URL(req.url, "http://localhost").pathname;
    let found = await resolveFile(urlPath);
    if (opts.profile && urlPath === "/organisation.json") {
      const info = await stat(opts.profile);
      found = { file: opts.profile, size: info.size, mtime: info.mtime };
    }
    if (found.bad) {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("Bad Request\n");
      return done(400);
    }
    if (!found.file) {
      // SPA fallback: every route path serves the app.
      try {
        const info = await stat(indexFile);
        found = { file: indexFile, size: info.size, mtime: info.mtime };
      } catch {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
        res.end("Not Found\n");
        return done(404);
      }
    }
    if (path.basename(found.file) === "index.html") {
      // Like a host that follows the README: the page's CSP meta and the same policy as a
      // header, for the profile actually served (the tests move the receiver's port).
      const profileText = await readFile(opts.profile || path.join(root, "organisation.json"), "utf8").catch(() => "");
      const page = await readFile(found.file, "utf8");
      let html = page;
      const headers = {
        "Content-Type": contentType(found.file),
        "Cache-Control": cacheControl(found.file),
        "X-Content-Type-Options": "nosniff",
      };
      try {
        const csp = applyCsp(page, profileText);
        html = csp.html;
        headers["Content-Security-Policy"] = csp.header;
      } catch (err) {
        // A page built before the CSP existed: served as it is.
        if (opts.verbose) console.error(err.message);
      }
      const body = Buffer.from(html, "utf8");
      headers["Content-Length"] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === "HEAD" ? undefined : body);
      return done(200);
    }
    res.writeHead(200, {
      "Content-Type": contentType(found.file),
      "Content-Length": found.size,
      "Cache-Control": cacheControl(found.file),
      "Last-Modified": found.mtime.toUTCString(),
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") {
      res.end();
      return done(200);
    }
    const stream = createReadStream(found.file);
    stream.on("error", () => res.destroy());
    stream.pipe(res);
    res.on("finish", () => done(200));
  } catch (err) {
    if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("Internal Server Error\n");
    if (opts.verbose) console.error(err);
    done(500);
  }
});

server.on("error", (err) => {
  console.error(`serve.mjs: ${err.message}`);
  process.exit(1);
});
server.listen(opts.port, "127.0.0.1", () => {
  if (opts.verbose) console.log(`serving ${root} on http://127.0.0.1:${opts.port}/`);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => process.exit(0));
}
