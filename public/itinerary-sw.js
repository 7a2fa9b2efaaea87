// The offline copy of a delegate's itinerary. Registered by /me/itinerary pages only (scope
// /me/itinerary), it answers those pages network first and falls back to the copy it saved, with
// the build's CSS and JS those pages load. Nothing else is ever stored: other pages, data requests
// and forms go to the network untouched. The copy holds personal data, so it is dropped when the
// network says the person is signed out (the itinerary answers with the sign-in redirect), and
// signing out clears it with the rest of the site's storage (Clear-Site-Data: "storage").
const CACHE = "itinerary-v1";
const PAGE = /^\/me\/itinerary(\/[0-9a-f]{24}\/pack)?\/?$/;
const ASSET = /^\/(build\/.+\.(js|css)|favicon\.svg)$/;
// The build files a page names: its stylesheets, module preloads and the inline module imports.
const ASSET_IN_PAGE = /["'](\/build\/[^"'\s]+\.(?:js|css)|\/favicon\.svg)["']/g;
// A page saved moments ago (the navigation that loaded it) is not fetched again for the page's request.
const FRESH_MS = 30_000;

const isPage = (url) => url.origin === self.location.origin && PAGE.test(url.pathname);
const isAsset = (url) => url.origin === self.location.origin && ASSET.test(url.pathname);
const pageKey = (url) => new URL(url.pathname.replace(/\/$/, "") || "/", self.location.origin).href;

self.addEventListener("install", () => {
  void self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) if (name !== CACHE) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Drops everything saved: the person is no longer signed in on this device. */
async function forget() {
  await caches.delete(CACHE);
}

const isSignedOut = (response) =>
  response.type === "opaqueredirect" || (response.redirected && new URL(response.url).pathname === "/login");

/** Saves a page and the build files it names; then lets go of build files no saved page names. */
async function savePage(url, response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put(pageKey(url), response);
  const assets = new Set(
    [...html.matchAll(ASSET_IN_PAGE)].map((match) => new URL(match[1], self.location.origin).href),
  );
  await Promise.all(
    [...assets].map(async (asset) => {
      if (await cache.match(asset)) return; // build files are named by their content: never changed
      const fetched = await fetch(asset);
      if (fetched.ok) await cache.put(asset, fetched);
    }),
  );
  await prune(cache);
}

async function prune(cache) {
  const keys = await cache.keys();
  const named = new Set();
  for (const request of keys) {
    if (!isPage(new URL(request.url))) continue;
    const html = await (await cache.match(request)).text();
    for (const match of html.matchAll(ASSET_IN_PAGE)) named.add(new URL(match[1], self.location.origin).href);
  }
  await Promise.all(
    keys
      .filter((request) => isAsset(new URL(request.url)) && !named.has(request.url))
      .map((request) => cache.delete(request)),
  );
}

const isSavable = (response) =>
  response.ok && response.type === "basic" && (response.headers.get("Content-Type") ?? "").startsWith("text/html");

const savedAt = new Map(); // page key → when this worker saved it

async function fromNetwork(url, request) {
  const response = await fetch(request);
  if (isSignedOut(response)) await forget();
  // No longer theirs (taken off the exchange, or it was cancelled): the old copy goes too.
  else if (response.status === 403 || response.status === 404) await (await caches.open(CACHE)).delete(pageKey(url));
  else if (isSavable(response)) {
    await savePage(url, response.clone());
    savedAt.set(pageKey(url), Date.now());
  }
  return response;
}

const NOT_SAVED = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline · Inclusive Cities planner</title></head><body><main><h1>You are offline</h1><p>This page has not been saved on this device. Open it once while online and it will be kept for offline use.</p><p><a href="/me/itinerary">My itinerary</a></p></main></body></html>`;

async function page(request, url) {
  try {
    return await fromNetwork(url, request);
  } catch {
    const cached = await caches.match(pageKey(url), { cacheName: CACHE });
    return cached ?? new Response(NOT_SAVED, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
  }
}

async function asset(request) {
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const cache = await caches.open(CACHE);
      await cache.put(request.url, response.clone());
    }
    return response;
  } catch (error) {
    const cached = await caches.match(request.url, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

// Remix asks /__manifest which routes the page's links lead to. Offline, "none that are new" lets
// the saved page run as it did; links then load documents, which this worker answers or refuses.
async function routeManifest(request) {
  try {
    return await fetch(request);
  } catch {
    return new Response("{}", { headers: { "Content-Type": "application/json" } });
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && isPage(url) && !url.search) event.respondWith(page(request, url));
  else if (isAsset(url) && event.clientId) event.respondWith(asset(request));
  else if (url.pathname === "/__manifest" && event.clientId) event.respondWith(routeManifest(request));
  // Anything else is not answered here, and never stored.
});

/** When the saved copy of a page was made: the server's Date on the response, as an ISO instant. */
async function savedTime(path) {
  const cached = await caches.match(pageKey(new URL(path, self.location.origin)), { cacheName: CACHE });
  const date = cached?.headers.get("Date");
  return date ? new Date(date).toISOString() : null;
}

// The page asks to keep itself and its packs: { type: "save", paths }, answered on the port with
// when the first path's copy was made (null when there is none).
self.addEventListener("message", (event) => {
  const { data, ports } = event;
  if (!data || data.type !== "save" || !Array.isArray(data.paths) || !ports[0]) return;
  event.waitUntil(
    (async () => {
      const paths = data.paths.filter(
        (path) => typeof path === "string" && isPage(new URL(path, self.location.origin)),
      );
      // /me/itinerary names every pack the person has now: packs of exchanges no longer listed go.
      if (paths[0] === "/me/itinerary") {
        const cache = await caches.open(CACHE);
        const kept = new Set(paths.map((path) => pageKey(new URL(path, self.location.origin))));
        for (const request of await cache.keys())
          if (isPage(new URL(request.url)) && !kept.has(request.url)) await cache.delete(request);
      }
      for (const path of paths) {
        const url = new URL(path, self.location.origin);
        if (Date.now() - (savedAt.get(pageKey(url)) ?? 0) < FRESH_MS) continue;
        try {
          await fromNetwork(url, new Request(url.href, { credentials: "same-origin" }));
        } catch {
          // Offline: the copy already saved stands.
        }
      }
      ports[0].postMessage({ savedAt: paths.length > 0 ? await savedTime(paths[0]) : null });
    })(),
  );
});
