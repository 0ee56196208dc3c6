// nnplay: the JavaScript API of the WebAssembly engine. An ES module for Node (>= 18)
// and browsers (module workers, pages); it sits next to the module files the build
// writes to build/wasm/nnplay/:
//
//   nnplay.mjs            this file: loadNnplay and the Nnplay object
//   playground.mjs        the Playground class; arguments.mjs, the argument checks;
//                         heap-text.mjs, large texts copied into the engine's memory
//   nnplay.d.mts          the API's TypeScript declarations
//   nnplay-core.js        Emscripten glue, a MODULARIZE factory (classic script/CommonJS)
//   nnplay-core.mjs       the same glue as an ES module (browsers only)
//   nnplay-core.wasm      the engine, -O3 -msimd128
//
// How it loads: in Node, the CommonJS glue through createRequire and the .wasm bytes read
// with fs (passed as wasmBinary, since Emscripten 3.1.6 would try fetch()); in a browser
// (page or module worker), the .mjs glue by dynamic import, the .wasm next to this file.
// A classic worker can instead importScripts('nnplay-core.js') and pass
// `{factory: createNnplayCore}` — but module workers are the supported path.
//
//   import { loadNnplay } from './nnplay.mjs';
//   const nn = await loadNnplay();
//   const pg = nn.createPlayground();
//   try {
//     pg.loadBuiltin('circles', { rows: 400, noise: 0.1, seed: 1 });
//     pg.configure({ hidden_layers: [{ units: 8, activation: 'relu' }], seed: 1 });
//     const history = pg.trainEpochs(10);   // [{epoch, train_loss, ...}, ...]
//   } finally {
//     pg.dispose();                          // frees the engine's memory; required
//   }
//
// Every method throws an Error carrying the engine's message when it fails, and a failed
// call changes nothing. Arguments are checked first (arguments.mjs): a wrong type throws
// a TypeError, a value out of range a RangeError, naming the method and the argument. Arrays returned are fresh copies (Float32Array/Int32Array) the
// caller owns; nothing returned points into the wasm heap, which moves when it grows.

import * as check from './arguments.mjs';
import { Playground } from './playground.mjs';
import { DeferredPart, isDeferredNote } from './deferred.mjs';

export { Playground };

/**
 * @typedef {import('./nnplay.mjs').NnplayApi} NnplayApi
 * @typedef {import('./nnplay.mjs').PlaygroundApi} PlaygroundApi
 * @typedef {import('./nnplay.mjs').LoadOptions} LoadOptions
 * @typedef {import('./nnplay.mjs').Variant} Variant
 * @typedef {import('./nnplay.mjs').TextInput} TextInput
 * @typedef {import('./nnplay.mjs').DataOptions} DataOptions
 * @typedef {import('./nnplay.mjs').DataSummary} DataSummary
 * @typedef {import('./nnplay.mjs').TrainingConfig} TrainingConfig
 * @typedef {import('./nnplay.mjs').TrainingConfigInput} TrainingConfigInput
 * @typedef {import('./nnplay.mjs').OutputLayer} OutputLayer
 * @typedef {import('./nnplay.mjs').EpochMetrics} EpochMetrics
 * @typedef {import('./nnplay.mjs').StepDetail} StepDetail
 * @typedef {import('./nnplay.mjs').DecisionGrid} DecisionGrid
 * @typedef {import('./nnplay.mjs').DataPoints} DataPoints
 * @typedef {import('./nnplay.mjs').Examples} Examples
 * @typedef {import('./nnplay.mjs').CellExamples} CellExamples
 * @typedef {import('./nnplay.mjs').IdxFiles} IdxFiles
 * @typedef {import('./nnplay.mjs').TestScore} TestScore
 * @typedef {import('./nnplay.mjs').LayerWeights} LayerWeights
 * @typedef {import('./nnplay.mjs').ConfusionMatrix} ConfusionMatrix
 * @typedef {import('./nnplay.mjs').Split} Split
 * @typedef {import('./nnplay.mjs').BuiltinDataset} BuiltinDataset
 * @typedef {import('./nnplay.mjs').Limits} Limits
 */
/**
 * @typedef {import('./playground.mjs').Core} Core
 * @typedef {(moduleArgs: object) => Promise<Core>} CoreFactory
 */

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined' && typeof importScripts !== 'function';

/**
 * The module and its deferred part (null for a module built as one file).
 * @param {string} base the glue's and the wasm's file name without extension
 * @param {boolean} split whether the module comes in two files (the shipped one; not the scalar build)
 * @param {LoadOptions} options
 * @returns {Promise<{core: Core, deferred: DeferredPart | null}>}
 */
async function loadCore(base, split, options) {
  /** @type {Record<string, unknown>} */
  const moduleArgs = {};
  if (options.print) moduleArgs.print = options.print;
  const printErr = options.printErr ?? console.warn;
  moduleArgs.printErr = (/** @type {string} */ text) => { if (!isDeferredNote(text)) printErr(text); };
  let factory = /** @type {CoreFactory | undefined} */ (options.factory);
  /** @type {string} where the second file is */
  let deferredFile;
  /** @type {((path: string) => Uint8Array) | null} how Node reads it; browsers fetch it */
  let readFile = null;
  if (options.wasmBinary) moduleArgs.wasmBinary = options.wasmBinary;
  if (options.locateFile) moduleArgs.locateFile = options.locateFile;
  if (options.wasmModule) {
    // A WebAssembly.Module compiled once and shared (several workers, one download).
    /**
     * @param {WebAssembly.Imports} imports
     * @param {(instance: WebAssembly.Instance, module?: WebAssembly.Module | null) => void} receive
     */
    moduleArgs.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(/** @type {WebAssembly.Module} */ (options.wasmModule), imports).then((instance) => receive(instance, options.wasmModule));
      return {};
    };
  }
  if (isNode) {
    const nodeModule = 'node:module';  // not a literal: bundlers leave it alone
    const { createRequire } = await import(/* @vite-ignore */ nodeModule);
    const require = createRequire(import.meta.url);
    factory ??= require(`./${base}.js`);
    const { readFileSync } = require('node:fs');
    const { fileURLToPath } = require('node:url');
    const beside = (/** @type {string} */ file) => fileURLToPath(new URL(file, import.meta.url));
    moduleArgs.wasmBinary ??= readFileSync(beside(`${base}.wasm`));
    deferredFile = options.locateFile?.(`${base}.deferred.wasm`, '') ?? beside(`${base}.deferred.wasm`);
    readFile = (f) => readFileSync(f.startsWith('file:') ? fileURLToPath(f) : f);
  } else {
    factory ??= (await import(/* @vite-ignore */ new URL(`${base}.mjs`, import.meta.url).href)).default;
    moduleArgs.locateFile ??= (/** @type {string} */ file) => new URL(file, import.meta.url).href;
    deferredFile = /** @type {(f: string, dir: string) => string} */ (moduleArgs.locateFile)(`${base}.deferred.wasm`, '');
  }
  const deferred = split ? new DeferredPart(deferredFile, readFile) : null;
  if (deferred) moduleArgs.loadSplitModule = deferred.instantiate;
  return { core: await /** @type {CoreFactory} */ (factory)(moduleArgs), deferred };
}

/**
 * Loads the module. Options: variant 'simd' (default) or 'scalar' (the benchmark's
 * comparison build, when built); factory, wasmBinary, locateFile to load it another way;
 * wasmModule, a compiled WebAssembly.Module of nnplay-core.wasm (it can be posted to
 * workers) so that several instances share one download and compilation.
 * @param {LoadOptions} [options]
 * @returns {Promise<NnplayApi>}
 */
export async function loadNnplay(options = {}) {
  check.options(options, 'loadNnplay');
  const variant = check.oneOf(options.variant ?? 'simd', 'loadNnplay', 'options.variant', ['simd', 'scalar']);
  for (const f of ['factory', 'locateFile', 'print', 'printErr']) check.optionalFunction(options[f], 'loadNnplay', `options.${f}`);
  if (options.wasmBinary !== undefined && !(options.wasmBinary instanceof ArrayBuffer || ArrayBuffer.isView(options.wasmBinary))) {
    throw new TypeError(`loadNnplay: options.wasmBinary must be an ArrayBuffer or a typed array, got ${check.describe(options.wasmBinary)}`);
  }
  if (options.wasmModule != null && !(options.wasmModule instanceof WebAssembly.Module)) {
    throw new TypeError(`loadNnplay: options.wasmModule must be a WebAssembly.Module, got ${check.describe(options.wasmModule)}`);
  }
  const simd = variant === 'simd';
  const { core, deferred } = await loadCore(simd ? 'nnplay-core' : 'nnplay-core-scalar', simd, options);
  return new Nnplay(core, variant, deferred);
}

/** @implements {NnplayApi} */
export class Nnplay {
  /** @param {Core} core @param {Variant} variant @param {DeferredPart | null} [deferred] */
  constructor(core, variant, deferred = null) {
    this.core = core;
    this.variant = variant;
    this.deferred = deferred;
  }

  /** A new playground; call dispose() on it when done. @returns {PlaygroundApi} */
  createPlayground() {
    return new Playground(this.core);
  }

  /**
   * The built-in data sets: [{name, description, generated, file}]. Those with a `file`
   * ("data/iris.csv") are for the caller to fetch and pass to loadCsv.
   * @returns {BuiltinDataset[]}
   */
  builtinDatasets() {
    return this.core.builtinDatasets();
  }

  /**
   * The English template of every message code ({code: 'text with {name} parameters'}):
   * what the engine renders its coded messages (Error.code/params, stopMessage, the
   * summary's *_message fields) from.
   * @returns {Record<string, string>}
   */
  messageTemplates() {
    return JSON.parse(this.core.messageTemplates());
  }

  /** Bytes of the wasm heap allocated and not freed (malloc's count). @returns {number} */
  heapInUse() {
    return this.core.heapInUse();
  }

  /**
   * The most bytes the wasm heap's allocator has held at once since the module started
   * (its peak footprint): what loading a file needs at most, without the memory's growth
   * steps.
   * @returns {number}
   */
  heapPeak() {
    return this.core.heapPeak();
  }

  /** Size of the wasm memory in bytes (grows, never shrinks). @returns {number} */
  memoryBytes() {
    return this.core.HEAP8.length;
  }

  /**
   * The engine's limits: {max_text_bytes (a CSV's or a model's text), memory_budget (bytes
   * training may use), max_units, max_hidden_layers, max_epochs, max_predict_values}.
   * @returns {Limits}
   */
  limits() {
    return this.core.limits();
  }

  /**
   * Fetches and compiles the engine's second part (CSV reading, model files, step
   * details: deferred.mjs) without blocking. Otherwise the first call that needs it waits
   * for a synchronous download, which Chrome before 115 refuses in a page.
   * @returns {Promise<void>}
   */
  async loadDeferred() {
    await this.deferred?.prefetch();
  }
}

