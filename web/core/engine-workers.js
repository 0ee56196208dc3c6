// Training workers for pages that hold several playgrounds: each widget trains in its
// own worker, and all of them instantiate one WebAssembly.Module, fetched and compiled
// once per page. The scripts may live on another origin than the page embedding them
// (a course page using the hosted widget): a worker cannot be started from a
// cross-origin URL, so a same-origin blob module imports it instead (CORS applies).

// The widget's files (worker.js, nnplay-core.wasm) sit beside its script, and so do the
// site's (data/, index.html), unless the page says where they are: a page that bundles
// the widget into its own script copies them (or points to the hosted site) and calls
// setBasePath first. The copy pinned to a version (dist/v/<version>/, build-web.sh) is
// built with NNPLAY_SITE_PATH = '../../': its data files and full page are the site's.
/* global NNPLAY_SITE_PATH */
const SITE_PATH = typeof NNPLAY_SITE_PATH === 'string' ? NNPLAY_SITE_PATH : './';
let base = new URL('./', import.meta.url);
let site = new URL(SITE_PATH, base);

/**
 * Where the widget's files are (a folder URL, relative to the page), the site's with
 * them; before the first widget starts.
 * @param {string | URL} url
 */
export function setBasePath(url) {
  const folder = new URL(url, document.baseURI);
  if (!folder.pathname.endsWith('/')) folder.pathname += '/';
  base = site = folder;
}

/** Where the built-in data files (data/iris.csv) and the full page (index.html) are. @returns {URL} */
export const siteUrl = () => site;

/** @type {Promise<WebAssembly.Module | null> | null} */
let compiled = null;

/**
 * The engine compiled once for the page; resolves to null when it cannot be (a host page
 * whose CSP forbids compiling WebAssembly on the main thread): each worker then fetches
 * the module itself, from the browser's cache after the first.
 * @returns {Promise<WebAssembly.Module | null>}
 */
export function sharedWasmModule() {
  compiled ??= (async () => {
    try {
      return await WebAssembly.compileStreaming(fetch(new URL('nnplay-core.wasm', base)));
    } catch {
      try {
        const response = await fetch(new URL('nnplay-core.wasm', base));  // served without application/wasm
        return await WebAssembly.compile(await response.arrayBuffer());
      } catch {
        return null;
      }
    }
  })();
  return compiled;
}

/** A new training worker (dist/worker.js, a module worker). @returns {Worker} */
export function startWorker() {
  const url = new URL('worker.js', base);
  if (url.origin === location.origin) return new Worker(url, { type: 'module' });
  const shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  return new Worker(shim, { type: 'module' });
}
