// The site's service worker (dist/sw.js): after one visit the page, the widget and the
// built-in data sets that were used work offline.
//
// - The site's code (every file of dist/ but the data and the source maps) is cached when
//   the worker installs, under a name holding the build's version: scripts/build-web.sh
//   gives the list and the version (a hash of the files) as PRECACHE and VERSION.
// - Those files are served from that cache, whatever the network: the page and its
//   engine always come from one build. A new build is a new worker: it installs beside
//   the one running, and the page offers to reload (web/offline/offline.js); it takes
//   over when asked to, or when no tab of the site is open any more.
// - The built-in data sets (data/) are cached the first time they are fetched, in a
//   cache of their own that new builds keep (their files do not change between builds);
//   those the first visit read before this worker served it, the page names to it. A
//   file is kept whole, even where the page reads only its first rows (MNIST's 18 MB).
// - Anything else goes to the network, and to the caches when the network fails.
/* global PRECACHE, VERSION */  // web/types/service-worker-build.d.ts
// The types of a service worker's scope are not in the DOM's: the few used here.
/**
 * @typedef {Event & {waitUntil(promise: Promise<unknown>): void}} ExtendableEvent
 * @typedef {ExtendableEvent & {request: Request, respondWith(response: Promise<Response>): void}} FetchEvent
 * @typedef {ExtendableEvent & {data: any}} ExtendableMessageEvent
 * @typedef {{registration: {scope: string}, clients: {claim(): Promise<void>}, skipWaiting(): Promise<void>,
 *   addEventListener(type: string, listener: (event: any) => void): void}} ServiceWorkerScope
 */
const sw = /** @type {ServiceWorkerScope} */ (/** @type {unknown} */ (self));

const scope = new URL(sw.registration.scope);
// Caches belong to the origin, not the folder: each copy of the site on it (/nnplay/,
// /nnplay-beta/) names its own by its folder, and deletes only its own.
const OWN = `nnplay:${scope.pathname}:`;
const CODE_CACHE = `${OWN}code-${VERSION}`;
const DATA_CACHE = `${OWN}data-1`;  // a new name when a data file changes: the old cache goes
const dataFolder = new URL('data/', scope).href;
/** The precached files' addresses, relative to the worker ('' is the page). */
const precached = new Set(PRECACHE.map((path) => new URL(path, scope).href));

sw.addEventListener('install', (/** @type {ExtendableEvent} */ event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CODE_CACHE);
    await Promise.all([...precached].map(async (url) => {
      // Fresh copies, not the browser's HTTP cache: the files must be this build's.
      const response = await fetch(new Request(url, { cache: 'reload' }));
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      // A host that redirects (index.html to the folder) gives a redirected response,
      // which browsers refuse for a page: kept as a plain one.
      await cache.put(url, response.redirected
        ? new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers })
        : response);
    }));
  })());
});

sw.addEventListener('activate', (/** @type {ExtendableEvent} */ event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(OWN) && name !== CODE_CACHE && name !== DATA_CACHE) await caches.delete(name);
    }
    // The first visit's page is served by this worker from now on, without a reload.
    await sw.clients.claim();
  })());
});

sw.addEventListener('message', (/** @type {ExtendableMessageEvent} */ event) => {
  if (event.data?.type === 'activate-update') sw.skipWaiting();
  if (event.data?.type === 'keep-data' && Array.isArray(event.data.urls)) event.waitUntil(keepData(event.data.urls));
});

/** The address without its query and fragment ("index.html?lang=zh-CN" is the page). @param {string} href */
function bare(href) {
  const url = new URL(href);
  url.search = '';
  url.hash = '';
  return url.href;
}

/** A same-origin address's cached form: a folder is its index.html. @param {string} href */
function cachedAddress(href) {
  const url = bare(href);
  return url.endsWith('/') ? `${url}index.html` : url;
}

sw.addEventListener('fetch', (/** @type {FetchEvent} */ event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== scope.origin) return;
  const address = cachedAddress(request.url);
  if (precached.has(address)) {
    event.respondWith(caches.open(CODE_CACHE).then(async (cache) =>
      (await cache.match(address)) ?? fetch(request)));
  } else if (address.startsWith(dataFolder) && !request.headers.has('range')) {
    event.respondWith(fromDataCache(event, address));
  } else {
    event.respondWith(fetch(request).catch(async () => (await caches.match(address)) ?? Response.error()));
  }
});

/**
 * A built-in data set's file: from the cache, or fetched and kept. The page reads the
 * response as it arrives (its progress) while the copy goes to the cache.
 * @param {FetchEvent} event @param {string} address
 */
async function fromDataCache(event, address) {
  const cache = await caches.open(DATA_CACHE);
  const hit = await cache.match(address);
  if (hit) return hit;
  const response = await fetch(event.request);
  if (response.status === 200) event.waitUntil(cache.put(address, response.clone()).catch(() => {}));
  return response;
}

/**
 * Data files the page read before this worker served it (the first visit), to keep. The
 * page has just read them: the browser's HTTP cache gives them again, whatever its
 * freshness rules, rather than the network. @param {unknown[]} urls
 */
async function keepData(urls) {
  const cache = await caches.open(DATA_CACHE);
  for (const url of urls) {
    if (typeof url !== 'string') continue;
    const address = cachedAddress(url);
    if (!address.startsWith(dataFolder) || (await cache.match(address))) continue;
    const response = await fetch(new Request(address, { cache: 'force-cache' })).catch(() => null);
    if (response?.status === 200) await cache.put(address, response);
  }
}
