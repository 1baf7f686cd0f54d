/* Accord Explorer service worker. The build (tools/post_build.mjs) fills in the file list and the
   version from the build output; nothing here is kept by hand.
   Hashed assets: cache first. The page itself: network first, the cached copy when offline. */
"use strict";
const VERSION = "__ACCORD_BUILD_VERSION__";
const FILES = __ACCORD_PRECACHE__;
const CACHE = "accord-explorer-" + VERSION;

self.addEventListener("install", (event) => {
  // Waits until the page says so: an open page never mixes old JavaScript with new wasm.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)));
});

self.addEventListener("message", (event) => {
  if (event.data === "accord-explorer:activate") self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("accord-explorer-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    event.respondWith(
      fetch(req).catch(() =>
        caches.open(CACHE).then((c) => c.match(req, { ignoreSearch: true }).then((r) => r || c.match("./index.html")))
      )
    );
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(req).then((r) => r || fetch(req))));
});
