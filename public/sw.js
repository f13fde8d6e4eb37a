// Helder service worker: makes the app work offline after the first visit.
//
// This is the source. The build (tools/precache.mjs, a Trunk post_build hook)
// writes the served sw.js with the two placeholders below filled in: the build
// version and the list of every file of the build. Nothing here talks to any
// other site; requests to other origins are left alone.
"use strict";

const VERSION = "__HELDER_VERSION__";
const PRECACHE = __HELDER_PRECACHE__;

const CACHE_PREFIX = "helder-";
const CACHE = CACHE_PREFIX + VERSION;
// Last good organisation profile; survives app updates.
const PROFILE_CACHE = "helder-profile";
const PROFILE_TIMEOUT_MS = 4000;

// The site root this worker serves ("/" unless the app lives in a sub-folder).
const BASE = new URL("./", self.location.href);
const INDEX_URL = new URL("index.html", BASE).href;
const PROFILE_URL = new URL("organisation.json", BASE).href;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      // Files with a content hash in their name or folder never change, so the copy the page just
      // downloaded (the HTTP cache) is right; the others bypass the HTTP cache, so they are
      // exactly this build's. This keeps a first visit from downloading the app twice.
      // (Trunk names the stylesheet main-<hash>.css; tools/wasm.mjs puts the app in pkg-<hash>/.)
      const HASHED = /(-[0-9a-f]{16}\.css|\/pkg-[0-9a-f]{16}\/[^/]+)$/;
      await cache.addAll(PRECACHE.map((p) => new Request(p, { cache: HASHED.test(p) ? "default" : "reload" })));
      // The first install takes over at once. An update waits until the page asks
      // (after the user chose "reload"), so a running page never mixes versions.
      if (!self.registration.active) {
        await self.skipWaiting();
      }
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") {
    self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names
          .filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE && n !== PROFILE_CACHE)
          .map((n) => caches.delete(n)),
      );
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;

  if (url.origin + url.pathname === PROFILE_URL) {
    profileNetworkFirst(event, url);
    return;
  }
  if (request.mode === "navigate" && isAppRoute(url)) {
    event.respondWith(appShell(request));
    return;
  }
  event.respondWith(cacheFirst(request));
});

// A route of the app (/, /kader, /kader/<stage-id>, /plan, ...) rather than a file
// such as /organisation.json or /icons/icon.svg opened directly.
function isAppRoute(url) {
  const last = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
  return !last.includes(".") || last === "index.html";
}

// Every route is answered with this build's index.html, so the app starts offline.
// caches.match with a cacheName, not caches.open: opening creates the cache, and after "erase
// everything" a later request must not bring an (empty) cache back.
async function appShell(request) {
  const cached = await caches.match(INDEX_URL, { cacheName: CACHE });
  if (cached) return cached;
  return fetch(request);
}

async function cacheFirst(request) {
  const cached = await caches.match(request, { cacheName: CACHE });
  if (cached) return cached;
  return fetch(request);
}

// The organisation profile can change without a new build: try the network first
// (at most 4 s), keep the last good copy, and use that copy when offline.
function profileNetworkFirst(event, url) {
  const key = url.origin + url.pathname;
  const network = fetch(event.request, { cache: "no-cache" }).then(async (response) => {
    if (isGoodProfile(response)) {
      const copy = response.clone();
      const profileCache = await caches.open(PROFILE_CACHE);
      await profileCache.put(key, copy);
    }
    return response;
  });
  // Keep the worker alive until a late answer is stored; never leave a rejection unhandled.
  event.waitUntil(network.then(() => undefined, () => undefined));
  event.respondWith(profileResponse(network, key));
}

async function profileResponse(network, key) {
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, PROFILE_TIMEOUT_MS, null);
  });
  let response = null;
  try {
    response = await Promise.race([network, timeout]);
  } catch (_) {
    // offline or the network failed: use the stored copy below
  } finally {
    clearTimeout(timer);
  }
  if (response && isGoodProfile(response)) return response;
  const stored = await storedProfile(key);
  if (stored) return stored;
  // Nothing stored: pass on what the network said, or wait for it after all.
  return response || network;
}

// The last good copy, else the one shipped with this build.
async function storedProfile(key) {
  return (await caches.match(key, { cacheName: PROFILE_CACHE })) || (await caches.match(key));
}

// A 200 that really is JSON: a host that answers unknown paths with index.html
// must not overwrite the stored profile with a web page.
function isGoodProfile(response) {
  if (response.status !== 200) return false;
  const type = (response.headers.get("Content-Type") || "").toLowerCase();
  return !type.includes("text/html");
}
