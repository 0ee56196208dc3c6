// The second part of the module. The build splits nnplay-core.wasm in two
// (scripts/split-wasm.sh): what loading the generated data sets and training on them
// runs, downloaded first, and the rest (CSV reading, model files, step details, most
// messages) in nnplay-core.deferred.wasm.
//
// Nnplay.loadDeferred() fetches and compiles the rest without blocking; the page's worker
// calls it before a CSV, a model file or a step's details. A call into the rest before
// that stops the engine until the file is read and compiled synchronously (a file in
// Node, a synchronous request in a browser): workers allow it, and pages too, except
// Chrome before 115, which refuses to compile a module of this size synchronously in a
// page (call loadDeferred() first there).

/**
 * The deferred part of one module instance. file: its path or URL; readFile: reads a
 * path or a file: URL in Node, null in a browser.
 */
export class DeferredPart {
  /** @param {string} file @param {((path: string) => Uint8Array) | null} readFile */
  constructor(file, readFile) {
    this.file = file;
    this.readFile = readFile;
    /** @type {Promise<WebAssembly.Module> | null} */
    this.compiling = null;
    /** @type {WebAssembly.Module | null} */
    this.compiled = null;
    /** @type {[WebAssembly.Instance, WebAssembly.Module] | null} */
    this.loaded = null;
    /**
     * Emscripten's loadSplitModule. Once only: the glue asks again whenever JS calls a
     * function through a reference it took before the part was loaded (Embind keeps
     * them), and the table already holds the real function by then.
     * @param {string} _file the glue's own idea of the file (the same one)
     * @param {WebAssembly.Imports} imports
     * @returns {[WebAssembly.Instance, WebAssembly.Module]}
     */
    this.instantiate = (_file, imports) => {
      if (this.loaded) return this.loaded;
      const module = this.compiled ?? new WebAssembly.Module(/** @type {Uint8Array<ArrayBuffer>} */ (this.#readNow()));
      this.loaded = [new WebAssembly.Instance(module, imports), module];
      return this.loaded;
    };
  }

  /**
   * Fetches and compiles the part, once. A failure says what could not be loaded and is
   * forgotten, so a later call tries again.
   * @returns {Promise<void>}
   */
  async prefetch() {
    if (this.loaded || this.compiled) return;
    this.compiling ??= this.#compile().catch((e) => {
      this.compiling = null;
      throw new Error(`could not load the engine's part that reads CSV and model files (${this.file}): ` +
        `${/** @type {Error} */ (e).message}. Check the connection and try again`);
    });
    this.compiled = await this.compiling;
  }

  /** @returns {Promise<WebAssembly.Module>} */
  async #compile() {
    if (this.readFile) return WebAssembly.compile(/** @type {Uint8Array<ArrayBuffer>} */ (this.readFile(this.file)));
    const response = await fetch(this.file, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return WebAssembly.compile(await response.arrayBuffer());
  }

  /** @returns {Uint8Array} */
  #readNow() {
    if (this.readFile) return this.readFile(this.file);
    const xhr = new XMLHttpRequest();
    xhr.open('GET', this.file, false);
    // A page may not ask a synchronous request for an ArrayBuffer; a worker may. In a page
    // the bytes come through as text, one byte per character.
    const inPage = typeof window === 'object';
    if (inPage) xhr.overrideMimeType('text/plain; charset=x-user-defined');
    else xhr.responseType = 'arraybuffer';
    xhr.send(null);
    if (xhr.status !== 200 && xhr.status !== 0) throw new Error(`could not load ${this.file}: HTTP ${xhr.status}`);
    if (!inPage) return new Uint8Array(xhr.response);
    const text = xhr.responseText;
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i) & 0xff;
    return bytes;
  }
}

/** Emscripten's notes on loading the deferred part: kept out of the console. @param {string} text */
export const isDeferredNote = (text) => /^(placeholder function called|instantiated deferred module)/.test(String(text));
