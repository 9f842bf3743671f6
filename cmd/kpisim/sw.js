// kpisim's service worker: the offline copy of the site (go-app's push
// notification handlers follow it). The build (site.go) fills in the list
// of every file of the site with its SHA-256, and the build's id.
//
// - Install fetches every file with cache: "no-cache" (the browser's HTTP
//   cache is used only once the host confirms it current, whatever max-age
//   it sends) and with the file's integrity, so a file of another build (a
//   deploy half done, a stale CDN copy) is refused; a refused one is
//   fetched once more past every cache. On a first visit the page has just
//   downloaded the same files: the host answers "not modified" and the
//   worker copies them from the HTTP cache, so app.wasm crosses the network
//   once, not twice. Any failure fails the install (waitUntil): the
//   previous version keeps serving until a complete one is ready, and the
//   next update check tries again. A file already cached by the previous
//   version with the same hash is reused instead of downloaded.
// - The page is answered from the cache for every start URL: the scope
//   itself, index.html, and either with a query string. Every other file
//   is answered from the cache by a static route, without running this
//   code (routes), where the browser has them; the fetch handler otherwise.
const buildID = "{{KPISIM_BUILD}}";
// The page (boot.js) finds its version's cache by this name: gone, a newer
// version has taken over.
const cacheName = "kpisim-" + buildID;
const precache = {{KPISIM_PRECACHE}}; // [path relative to the scope, "sha256-…"]
const scope = new URL(self.registration.scope);
const pageURL = new URL("index.html", scope).href;

self.addEventListener("install", (event) => {
  if ("addRoutes" in event) {
    event.waitUntil(addRoutes(event));
  }
  event.waitUntil(install());
});

// addRoutes declares the routes (during the install event's dispatch: the
// call comes before its first await). Refused, the fetch handler serves
// every file, as where the browser has no static routes.
async function addRoutes(event) {
  try {
    await event.addRoutes(routes());
  } catch (err) {
    console.warn("kpisim: no static routes:", err);
  }
}

// routes answers every file of the site but the page from this version's
// cache without running the worker (the Static Routing API, Chromium 123
// on; elsewhere the fetch handler below does the same). A request that
// wakes the worker just as a new version has asked it to stop starts it
// again, and Chromium then holds the new version back for the old one's
// idle timeout (30 s): the browser's own update check after a navigation
// may install the new version while the page starts, and the page's Monte
// Carlo workers load their files then. Only the page's own addresses
// (and a URL that is none of the site's files) reach this worker's code.
// A file missing from the cache is fetched from the host.
function routes() {
  const source = { cacheName };
  return precache
    .map(([path]) => new URL(path, scope))
    .filter((url) => !isStartPage(url))
    .map((url) => ({ condition: { urlPattern: new URLPattern({ pathname: url.pathname, baseURL: scope.href }), requestMethod: "GET" }, source }));
}

async function install() {
  const cache = await caches.open(cacheName);
  try {
    await Promise.all(precache.map(async ([path, integrity]) => {
      const url = new URL(path, scope).href;
      const response = (await reuse(url, integrity)) || (await download(url, integrity));
      await cache.put(url, response);
    }));
  } catch (err) {
    await caches.delete(cacheName);
    throw new Error(`kpisim ${buildID} not installed: ${err.message || err}`);
  }
  await self.skipWaiting();
}

async function download(url, integrity) {
  let response;
  try {
    response = await fetch(url, { cache: "no-cache", integrity });
  } catch (err) {
    // A copy of another build that the host still calls current (a stale
    // ETag), or the connection dropped: once more, past every cache.
    response = await fetch(url, { cache: "reload", integrity });
  }
  if (!response.ok) {
    throw new Error(`${url}: HTTP ${response.status}`);
  }
  return response;
}

// reuse returns the copy of url an earlier version cached, if its content
// has the hash this build expects.
async function reuse(url, integrity) {
  for (const name of await caches.keys()) {
    if (name === cacheName) {
      continue;
    }
    const cached = await (await caches.open(name)).match(url);
    if (!cached || !cached.ok) {
      continue;
    }
    const body = await cached.arrayBuffer();
    const sum = await crypto.subtle.digest("SHA-256", body);
    if ("sha256-" + base64(sum) === integrity) {
      return new Response(body, { status: cached.status, statusText: cached.statusText, headers: cached.headers });
    }
  }
  return null;
}

function base64(buf) {
  let s = "";
  for (const b of new Uint8Array(buf)) {
    s += String.fromCharCode(b);
  }
  return btoa(s);
}

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key !== cacheName) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(respond(request));
});

async function respond(request) {
  const cache = await caches.open(cacheName);
  const url = new URL(request.url);
  const hit = request.mode === "navigate" && isStartPage(url)
    ? await cache.match(pageURL)
    : await cache.match(request);
  return hit || fetch(request);
}

// isStartPage reports the URLs of the page itself: the scope and its
// index.html, with any query string.
function isStartPage(url) {
  return url.pathname === scope.pathname || url.pathname === scope.pathname + "index.html";
}

