// nnplay: the JavaScript API of the WebAssembly engine. An ES module for Node (>= 18)
// and browsers (module workers, pages); it sits next to the module files the build
// writes to build/wasm/nnplay/:
//
//   nnplay.mjs            this file
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

const isNode = typeof process === 'object' && typeof process.versions?.node === 'string' &&
  typeof window === 'undefined' && typeof importScripts !== 'function';

async function loadCore(base, options) {
  const moduleArgs = {};
  if (options.print) moduleArgs.print = options.print;
  if (options.printErr) moduleArgs.printErr = options.printErr;
  let factory = options.factory;
  if (options.wasmBinary) moduleArgs.wasmBinary = options.wasmBinary;
  if (options.locateFile) moduleArgs.locateFile = options.locateFile;
  if (options.wasmModule) {
    // A WebAssembly.Module compiled once and shared (several workers, one download).
    moduleArgs.instantiateWasm = (imports, receive) => {
      WebAssembly.instantiate(options.wasmModule, imports).then((instance) => receive(instance, options.wasmModule));
      return {};
    };
  }
  if (isNode) {
    const nodeModule = 'node:module';  // not a literal: bundlers leave it alone
    const { createRequire } = await import(/* @vite-ignore */ nodeModule);
    const require = createRequire(import.meta.url);
    factory ??= require(`./${base}.js`);
    if (!moduleArgs.wasmBinary) {
      const { readFileSync } = require('node:fs');
      const { fileURLToPath } = require('node:url');
      moduleArgs.wasmBinary = readFileSync(fileURLToPath(new URL(`${base}.wasm`, import.meta.url)));
    }
  } else {
    factory ??= (await import(/* @vite-ignore */ new URL(`${base}.mjs`, import.meta.url).href)).default;
    moduleArgs.locateFile ??= (file) => new URL(file, import.meta.url).href;
  }
  return factory(moduleArgs);
}

/**
 * Loads the module. Options: variant 'simd' (default) or 'scalar' (the benchmark's
 * comparison build, when built); factory, wasmBinary, locateFile to load it another way;
 * wasmModule, a compiled WebAssembly.Module of nnplay-core.wasm (it can be posted to
 * workers) so that several instances share one download and compilation.
 * @returns {Promise<Nnplay>}
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
  const core = await loadCore(variant === 'simd' ? 'nnplay-core' : 'nnplay-core-scalar', options);
  return new Nnplay(core, variant);
}

export class Nnplay {
  constructor(core, variant) {
    this.core = core;
    this.variant = variant;
  }

  /** A new playground; call dispose() on it when done. */
  createPlayground() {
    return new Playground(this.core);
  }

  /**
   * The built-in data sets: [{name, description, generated, file}]. Those with a `file`
   * ("data/iris.csv") are for the caller to fetch and pass to loadCsv.
   */
  builtinDatasets() {
    return this.core.builtinDatasets();
  }

  /** Bytes of the wasm heap allocated and not freed (malloc's count). */
  heapInUse() {
    return this.core.heapInUse();
  }

  /**
   * The most bytes the wasm heap's allocator has held at once since the module started
   * (its peak footprint): what loading a file needs at most, without the memory's growth
   * steps.
   */
  heapPeak() {
    return this.core.heapPeak();
  }

  /** Size of the wasm memory in bytes (grows, never shrinks). */
  memoryBytes() {
    return this.core.HEAP8.length;
  }

  /**
   * The engine's limits: {max_text_bytes (a CSV's or a model's text), memory_budget (bytes
   * training may use), max_units, max_hidden_layers, max_epochs, max_predict_values}.
   */
  limits() {
    return this.core.limits();
  }
}

const nullIfNaN = (v) => (Number.isNaN(v) ? null : v);
// EpochMetrics with the fields that do not apply (NaN in the engine) as null.
function metrics(m) {
  return {
    epoch: m.epoch,
    train_loss: nullIfNaN(m.train_loss),
    train_accuracy: nullIfNaN(m.train_accuracy),
    validation_loss: nullIfNaN(m.validation_loss),
    validation_accuracy: nullIfNaN(m.validation_accuracy),
    train_r2: nullIfNaN(m.train_r2),
    validation_r2: nullIfNaN(m.validation_r2),
    learning_rate: m.learning_rate,
    seconds: m.seconds,
  };
}

const SPLITS = ['train', 'validation', 'test'];
const MAX_INT = 2 ** 31 - 1;  // what Embind passes as a C++ int

export class Playground {
  #handle;
  #core;

  #limits;

  constructor(core) {
    this.#core = core;
    this.#limits = core.limits();
    this.#handle = new core.Playground();
  }

  #call(name, ...args) {
    const handle = this.#handle;
    if (!handle) throw new Error(`${name}: this playground has been disposed`);
    const result = handle[name](...args);
    const error = handle.takeError();
    if (error) throw new Error(error);
    return result;
  }

  /**
   * Parses a CSV (a string, its bytes as Uint8Array/ArrayBuffer, or an array of Uint8Array
   * pieces in order, as a stream gives them: copied straight into the heap, never joined in
   * JS) and builds the data set.
   * Options (the data layer's, snake_case as in the CLI): target, task, missing, scaling,
   * validation_fraction, seed... Returns the summary: columns, types, classes, rows, warnings.
   */
  loadCsv(textOrBytes, options = {}) {
    const json = check.json(options, 'loadCsv', 'options', '{}');
    const size = check.textInput(textOrBytes, 'loadCsv', 'textOrBytes', this.#limits.max_text_bytes);
    return JSON.parse(this.#callWithText('loadCsv', textOrBytes, size, json));
  }

  // Large texts reach the heap in one copy (TypedArray.set, TextEncoder.encodeInto) into a
  // buffer whose allocation is checked, never through Embind's std::string conversion: it
  // copies byte by byte in JS, and writes from address 0 over the module when its malloc
  // fails. `size` is the text's size in UTF-8 bytes.
  #callWithText(name, text, size, ...rest) {
    if (!this.#handle) return this.#call(name);  // the disposed error
    const buffer = new this.#core.HeapText(size);
    try {
      const address = buffer.address();
      if (!address) {
        throw new RangeError(`${name}: out of memory: the WebAssembly heap cannot hold the ` +
          `${(size / 2 ** 20).toFixed(1)} MB of this text`);
      }
      const heap = this.#core.HEAPU8.subarray(address, address + size);  // read after the allocation grew the heap
      if (typeof text === 'string') {
        new TextEncoder().encodeInto(text, heap);
      } else if (Array.isArray(text)) {
        let at = 0;
        for (const chunk of text) { heap.set(chunk, at); at += chunk.byteLength; }
      } else {
        heap.set(text instanceof ArrayBuffer ? new Uint8Array(text) : text);
      }
      return this.#call(`${name}Text`, buffer, ...rest);
    } finally {
      buffer.delete();
    }
  }

  /**
   * The summary loadCsv would give for these options, without loading anything (for the
   * page to show while the user picks the target). Throws only when the target is not found.
   */
  inspectCsv(textOrBytes, options = {}) {
    const json = check.json(options, 'inspectCsv', 'options', '{}');
    const size = check.textInput(textOrBytes, 'inspectCsv', 'textOrBytes', this.#limits.max_text_bytes);
    return JSON.parse(this.#callWithText('inspectCsv', textOrBytes, size, json));
  }

  /**
   * A built-in data set by name (see Nnplay.builtinDatasets), with loadCsv's options and,
   * for the generated ones, rows, noise and classes (points drawn with `seed`).
   */
  loadBuiltin(name, options = {}) {
    check.text(name, 'loadBuiltin', 'name', 100);
    return JSON.parse(this.#call('loadBuiltin', name, check.json(options, 'loadBuiltin', 'options', '{}')));
  }

  /** The summary of the loaded data, or null. */
  summary() {
    const s = this.#call('summary');
    return s ? JSON.parse(s) : null;
  }

  /**
   * Sets the training configuration (the engine's JSON fields, snake_case; an object or a
   * JSON string). Returns the normalized configuration; resets training.
   */
  configure(config) {
    return JSON.parse(this.#call('configure', check.json(config, 'configure', 'config')));
  }

  /** The current (normalized) configuration. */
  config() {
    return JSON.parse(this.#call('config'));
  }

  /**
   * The output layer and loss the configuration gets on the loaded data, as the engine
   * chooses them from the task: {units, activation, loss}; null before data is loaded.
   */
  output() {
    return this.#call('output');
  }

  /** Trains up to n more epochs (fewer if training stops); returns their metrics. */
  trainEpochs(n = 1) {
    check.integer(n, 'trainEpochs', 'epochs', 0, this.#limits.max_epochs);
    return this.#call('trainEpochs', n).map(metrics);
  }

  /**
   * Trains one mini-batch (the epoch's next) and returns its numbers, for networks of at
   * most 64 inputs and 64 units per layer (larger ones throw, untrained):
   * {epoch, batch, batches_per_epoch, update, batch_rows, rows, cost, learning_rate,
   *  epoch_ended, metrics (the epoch's, when this step ended it; else null), Y, layers}
   * with layers[l] = {inputs, units, activation, keep_prob, A_prev, Z, A, D, dA, dZ, dW, db,
   * W_before, W_after, b_before, b_after}. A matrix is {rows, cols, values: Float32Array
   * column-major}; per-example ones (A_prev, Z, A, D, dA, dZ, Y) hold the batch's first 16
   * examples (training rows `rows`), one a column; D (dropout mask) and dA (output layer)
   * may be null. Teaching notation: dZ per example, dW = (1/m)·dZ·A_prevᵀ + (λ/N)·W, db = (1/m)·Σ dZ, m = batch_rows.
   */
  trainStep() {
    const detail = this.#call('trainStep');
    detail.metrics = detail.metrics ? metrics(detail.metrics) : null;
    return detail;
  }

  /** Every epoch's metrics since the last reset. */
  history() {
    return this.#call('history').map(metrics);
  }

  /** Re-initializes the network from the configuration's seed; the history restarts. */
  reset() {
    this.#call('reset');
  }

  get epoch() { return this.#call('epoch'); }
  get stopped() { return this.#call('stopped'); }
  /** Why training stopped (early stopping, divergence), or "". */
  get stopReason() { return this.#call('stopReason'); }

  /**
   * Predictions for nRows raw rows: `rows` holds nRows x inputs numbers row-major, one
   * per input column of the data (before encoding and scaling; NaN for missing; a
   * categorical column's value as a number matching its category names). Returns a new
   * Float32Array of nRows x outputs, row-major (class probabilities, or targets).
   */
  predict(rows, nRows) {
    const values = check.numbers(rows, 'predict', 'rows', this.#limits.max_predict_values);
    check.integer(nRows, 'predict', 'nRows', 0, MAX_INT);
    return this.#call('predict', values, nRows);
  }

  /** Outputs for one row of raw values (numbers or strings, one per input column). */
  predictRow(values) {
    return this.#call('predictRow', check.rowValues(values, 'predictRow', 'values'));
  }

  /**
   * The model over a resolution x resolution grid of the 2 numeric feature columns (raw
   * units), row-major with y outer: cell (i, j) at x = x0 + i (x1 - x0)/(res - 1), y likewise.
   * Returns {resolution, values: Float32Array, classes: Int32Array | null, units}: values
   * are P(class 1) for 2 classes, the predicted class's probability for more, the
   * prediction for regression (classes null); units[l][u] is a Float32Array of what unit u
   * of layer l outputs on the grid, for the first maxUnits units of every layer.
   */
  decisionGrid(xRange, yRange, resolution = 50, maxUnits = 0) {
    check.range(xRange, 'decisionGrid', 'xRange');
    check.range(yRange, 'decisionGrid', 'yRange');
    check.integer(resolution, 'decisionGrid', 'resolution', 2, 256);
    check.integer(maxUnits, 'decisionGrid', 'maxUnits', 0, this.#limits.max_units);
    return this.#call('decisionGrid', xRange[0], xRange[1], yRange[0], yRange[1], resolution, maxUnits);
  }

  /**
   * The points of a split ('train', 'validation' or 'test') of 2-D data, in the data's
   * units: {x: Float32Array rows x 2 row-major, labels: Int32Array | null, targets:
   * Float32Array | null}.
   */
  dataPoints(split = 'train') {
    return this.#call('dataPoints', check.oneOf(split, 'dataPoints', 'split', SPLITS));
  }

  /**
   * Each layer's parameters: [{inputs, units, activation, keep_prob, W, b}], W a
   * Float32Array units x inputs column-major (W[i + j * units]: input j -> unit i).
   */
  weights() {
    return this.#call('weights');
  }

  /** {class_names, counts}: counts[actual][predicted] on 'train', 'validation' or 'test'. */
  confusionMatrix(split = 'validation') {
    return this.#call('confusionMatrix', check.oneOf(split, 'confusionMatrix', 'split', SPLITS));
  }

  /** The trained model (or the imported one) as the JSON text the CLI's --save writes. */
  exportModel() {
    return this.#call('exportModel');
  }

  /**
   * Loads a saved model (JSON text or object) for prediction; returns its configuration.
   * It predicts until training starts again, which starts from the seed.
   */
  importModel(json) {
    const text = check.json(json, 'importModel', 'json', null, this.#limits.max_text_bytes);
    const size = check.textInput(text, 'importModel', 'json', this.#limits.max_text_bytes);
    return JSON.parse(this.#callWithText('importModel', text, size));
  }

  /** Frees the engine's memory. Safe to call twice; the object is unusable afterwards. */
  dispose() {
    if (this.#handle) {
      this.#handle.delete();
      this.#handle = null;
    }
  }

  get disposed() {
    return this.#handle === null;
  }
}
