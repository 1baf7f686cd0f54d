/* Accord Explorer service worker. The build (tools/post_build.mjs) fills in the file list and the
   version from the build output; nothing here is kept by hand.
   Hashed assets: cache first. Pages: network first, the cached copy when offline. Every page is
   prerendered and precached as the URL people visit (`signatory/cisco/`, not its index.html). */
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
    event.respondWith(fetch(req).catch(() => caches.open(CACHE).then((c) => offlinePage(c, new URL(req.url)))));
    return;
  }
  event.respondWith(caches.open(CACHE).then((c) => c.match(req).then((r) => r || fetch(req))));
});

// The cached page for a visit: the page itself (`x/index.html` is cached as `x/`), or, for a path
// the build did not prerender, the home page told where the app's root is, so that its scripts
// and links still resolve; the app then shows what the path names.
function offlinePage(cache, url) {
  url.search = "";
  url.hash = "";
  const key = url.pathname.endsWith("/index.html") ? new URL("./", url).href : url.href;
  return cache.match(key).then((r) => r || rootPage(cache));
}

function rootPage(cache) {
  const root = self.registration.scope;
  return cache.match(root).then((r) => {
    if (!r) return Response.error();
    return r.text().then((html) => new Response(
      // After the charset declaration, quoted or not (release builds minify the HTML).
      html.includes("<base ") ? html : html.replace(/<meta charset="?utf-8"?>/i, (m) => m + '<base href="' + root + '">'),
      { headers: { "Content-Type": "text/html; charset=utf-8" } }
    ));
  });
}
