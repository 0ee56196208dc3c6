// The second part of the module. The build splits nnplay-core.wasm in two
// (scripts/split-wasm.sh): what loading the generated data sets and training on them
// runs, downloaded first, and the rest (CSV reading, model files, step details,
// messages) in nnplay-core.deferred.wasm. The first call into the rest stops the engine
// until that file is read and compiled, so it is read synchronously: a file in Node, a
// synchronous request in a browser (workers and pages).

/**
 * A loader of the deferred part for Emscripten's glue (its `loadSplitModule`).
 * readFile: reads a path or a file: URL in Node; null in a browser.
 * @param {((path: string) => Uint8Array) | null} readFile
 * @returns {(file: string, imports: WebAssembly.Imports) => [WebAssembly.Instance, WebAssembly.Module]}
 */
export function deferredLoader(readFile) {
  /** @type {[WebAssembly.Instance, WebAssembly.Module] | null} */
  let loaded = null;
  // Once only: the glue asks again whenever JS calls a function through a reference it
  // took before the part was loaded (Embind keeps them), and the table already holds the
  // real function by then.
  return (file, imports) => {
    if (loaded) return loaded;
    const bytes = readFile ? readFile(file) : request(file);
    const module = new WebAssembly.Module(/** @type {Uint8Array<ArrayBuffer>} */ (bytes));
    loaded = [new WebAssembly.Instance(module, imports), module];
    return loaded;
  };
}

/** @param {string} url @returns {Uint8Array} */
function request(url) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', url, false);
  // A page may not ask a synchronous request for an ArrayBuffer; a worker may. In a page
  // the bytes come through as text, one byte per character.
  const inPage = typeof window === 'object';
  if (inPage) xhr.overrideMimeType('text/plain; charset=x-user-defined');
  else xhr.responseType = 'arraybuffer';
  xhr.send(null);
  if (xhr.status !== 200 && xhr.status !== 0) throw new Error(`could not load ${url}: HTTP ${xhr.status}`);
  if (!inPage) return new Uint8Array(xhr.response);
  const text = xhr.responseText;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Emscripten's notes on loading the deferred part: kept out of the console. @param {string} text */
export const isDeferredNote = (text) => /^(placeholder function called|instantiated deferred module)/.test(String(text));
