// Training workers for pages that hold several playgrounds: each widget trains in its
// own worker, and all of them instantiate one WebAssembly.Module, fetched and compiled
// once per page. The scripts may live on another origin than the page embedding them
// (a course page using the hosted widget): a worker cannot be started from a
// cross-origin URL, so a same-origin blob module imports it instead (CORS applies).

// Relative to the built bundle: dist/worker.js and dist/nnplay-core.wasm sit beside it.
const WORKER_URL = new URL('./worker.js', import.meta.url);
const WASM_URL = new URL('./nnplay-core.wasm', import.meta.url);

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
      return await WebAssembly.compileStreaming(fetch(WASM_URL));
    } catch {
      try {
        const response = await fetch(WASM_URL);  // served without application/wasm
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
  if (WORKER_URL.origin === location.origin) return new Worker(WORKER_URL, { type: 'module' });
  const shim = URL.createObjectURL(new Blob([`import ${JSON.stringify(WORKER_URL.href)};`], { type: 'text/javascript' }));
  return new Worker(shim, { type: 'module' });
}

/** Where the built-in data files (data/iris.csv) and the full page (index.html) are. */
export const SITE_URL = new URL('./', import.meta.url);
