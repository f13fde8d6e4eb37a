#!/usr/bin/env node
// The Content-Security-Policy of a built Helder.
//
// Trunk writes an inline <script type="module"> that starts the WebAssembly, and index.html
// holds the critical inline <style> of the first screen. Both are allowed by their sha256
// hash, nothing else inline is. connect-src is 'self' plus the origin of the organisation
// profile's emergency-stop endpoint (emergency_stop.endpoint in organisation.json).
//
//   node tools/csp.mjs dist            rewrite the CSP <meta> of dist/index.html from
//                                      dist/organisation.json, and print the header to send
//   node tools/csp.mjs dist --header   only print the header value
//
// tools/precache.mjs calls applyCsp() after every build (before it hashes the files for the
// service worker). An organisation that changes its endpoint in organisation.json after the
// build runs `TRUNK_STAGING_DIR=dist node tools/precache.mjs` (README, "Deploying").

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** Hashes of every inline <script> (without src) and <style> in the page. */
export function inlineHashes(html) {
  const scripts = [];
  const styles = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    // JSON data blocks are not run; everything else is a script.
    if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(m[1])) continue;
    scripts.push(sha256(m[2]));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) styles.push(sha256(m[1]));
  return { scripts: [...new Set(scripts)], styles: [...new Set(styles)] };
}

/** Origins the app may connect to besides its own: the emergency-stop endpoint's. */
export function connectOrigins(profileText) {
  try {
    const profile = JSON.parse(profileText);
    const endpoint = profile?.emergency_stop?.endpoint;
    if (typeof endpoint !== "string" || endpoint.trim() === "") return [];
    const url = new URL(endpoint);
    // The same rule as the app (src/domain/profile.rs, is_safe_endpoint): https to a named
    // host, or plain http to this device only; never a user name ("http://localhost@evil.nl").
    if (url.username || url.password || /[\s\\@]/.test(endpoint.split(/[/?#]/)[2] ?? "")) return [];
    const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
    if (url.protocol === "https:" && url.hostname.includes(".")) return [url.origin];
    if (url.protocol === "http:" && loopback) return [url.origin];
    return [];
  } catch {
    return [];
  }
}

/** The policy as a list of directives. `header` adds what only works as an HTTP header. */
export function policy({ scripts, styles }, connect, { header = false } = {}) {
  const directives = [
    "default-src 'self'",
    ["script-src 'self' 'wasm-unsafe-eval'", ...scripts].join(" "),
    ["style-src 'self'", ...styles].join(" "),
    "img-src 'self' data:",
    ["connect-src 'self'", ...connect].join(" "),
    "manifest-src 'self'",
    "worker-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  if (header) directives.push("frame-ancestors 'none'");
  return directives.join("; ");
}

const META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/i;

/** index.html with its CSP meta set for this page and profile; also returns the header. */
export function applyCsp(html, profileText) {
  if (!META.test(html)) throw new Error("index.html has no <meta http-equiv=\"Content-Security-Policy\">");
  const hashes = inlineHashes(html);
  const connect = connectOrigins(profileText);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes, connect)}">`;
  return {
    html: html.replace(META, meta),
    header: policy(hashes, connect, { header: true }),
  };
}

/** Rewrites <dir>/index.html from <dir>/organisation.json; returns the header value. */
export function applyCspToDir(dir) {
  const indexFile = path.join(dir, "index.html");
  let profileText = "";
  try {
    profileText = readFileSync(path.join(dir, "organisation.json"), "utf8");
  } catch {
    // No profile: connect-src stays 'self'.
  }
  const { html, header } = applyCsp(readFileSync(indexFile, "utf8"), profileText);
  writeFileSync(indexFile, html);
  return header;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error("usage: node tools/csp.mjs <dist folder> [--header]");
    process.exit(2);
  }
  if (process.argv.includes("--header")) {
    const html = readFileSync(path.join(dir, "index.html"), "utf8");
    let profileText = "";
    try {
      profileText = readFileSync(path.join(dir, "organisation.json"), "utf8");
    } catch {}
    console.log(applyCsp(html, profileText).header);
  } else {
    console.log(`Content-Security-Policy: ${applyCspToDir(dir)}`);
  }
}
