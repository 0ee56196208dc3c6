// The Playground class of the module's API (nnplay.mjs creates it): one data set, one
// network, checked arguments, the engine's errors thrown as Errors, JSON as objects, NaN
// as null, copies of every array. bindings/README.md describes each method.
import * as check from './arguments.mjs';
import { withHeapTexts } from './heap-text.mjs';

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
 * @typedef {import('./nnplay.mjs').ModelFit} ModelFit
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
 * @typedef {import('./nnplay.mjs').EngineMessage} EngineMessage
 */
/**
 * The Emscripten module (bindings/bindings.cpp): Embind's classes and functions, and the
 * heap's views. The raw Playground takes and returns JSON text where the wrapper has
 * objects, and reports errors through takeError().
 * @typedef {{
 *   Playground: new () => RawPlayground,
 *   HeapText: new (size: number) => {address(): number, delete(): void},
 *   HEAP8: Int8Array, HEAPU8: Uint8Array,
 *   builtinDatasets(): BuiltinDataset[], limits(): Limits, heapInUse(): number, heapPeak(): number,
 *   messageTemplates(): string,
 * }} Core
 * @typedef {{takeError(): string, takeErrorMessage(): string, delete(): void, [method: string]: (...args: any[]) => any}} RawPlayground
 */

/** @param {number} v */
const nullIfNaN = (v) => (Number.isNaN(v) ? null : v);
// EpochMetrics with the fields that do not apply (NaN in the engine) as null.
/**
 * @param {{[K in keyof EpochMetrics]: number}} m the engine's
 * @returns {EpochMetrics}
 */
function metrics(m) {
  return {
    epoch: m.epoch,
    train_loss: nullIfNaN(m.train_loss),
    train_accuracy: nullIfNaN(m.train_accuracy),
    validation_loss: nullIfNaN(m.validation_loss),
    validation_accuracy: nullIfNaN(m.validation_accuracy),
    train_r2: nullIfNaN(m.train_r2),
    validation_r2: nullIfNaN(m.validation_r2),
    train_rmse: nullIfNaN(m.train_rmse),
    validation_rmse: nullIfNaN(m.validation_rmse),
    learning_rate: m.learning_rate,
    seconds: m.seconds,
  };
}

/**
 * The engine's Error: its English message, and the coded form (`code`, `params`) when the
 * engine has one, for a page to show it in another language.
 * @param {string} message @param {string} coded JSON {code, params}, or ""
 * @returns {Error & Partial<EngineMessage>}
 */
function engineError(message, coded) {
  const error = new Error(message);
  if (coded) {
    const { code, params } = /** @type {EngineMessage} */ (JSON.parse(coded));
    Object.assign(error, { code, params });
  }
  return error;
}

const SPLITS = ['train', 'validation', 'test'];
const MAX_INT = 2 ** 31 - 1;  // what Embind passes as a C++ int
// The pieces loadCsv gives a CSV's bytes in: one is in the heap at a time.
const CSV_PIECE_BYTES = 2 ** 19;

/** @implements {PlaygroundApi} */
export class Playground {
  /** @type {RawPlayground | null} */
  #handle;
  /** @type {Core} */
  #core;

  /** @type {Limits} */
  #limits;

  /** @param {Core} core */
  constructor(core) {
    this.#core = core;
    this.#limits = core.limits();
    this.#handle = new core.Playground();
  }

  /** @param {string} name @param {...unknown} args @returns {any} */
  #call(name, ...args) {
    const handle = this.#handle;
    if (!handle) throw new Error(`${name}: this playground has been disposed`);
    const result = handle[name](...args);
    const error = handle.takeError();
    if (error) throw engineError(error, handle.takeErrorMessage());
    return result;
  }

  /**
   * Parses a CSV (a string, its bytes as Uint8Array/ArrayBuffer, or an array of Uint8Array
   * pieces in order, as a stream gives them: copied straight into the heap, never joined in
   * JS) and builds the data set.
   * Options (the data layer's, snake_case as in the CLI): target, task, missing, scaling,
   * validation_fraction, seed... Returns the summary: columns, types, classes, rows, warnings.
   * @param {TextInput} textOrBytes
   * @param {DataOptions | string} [options]
   * @returns {DataSummary}
   */
  loadCsv(textOrBytes, options = {}) {
    const json = check.json(options, 'loadCsv', 'options', '{}');
    const size = check.textInput(textOrBytes, 'loadCsv', 'textOrBytes', this.#limits.max_text_bytes);
    const summary = typeof textOrBytes === 'string' ? '' : this.#loadCsvPieces(textOrBytes, size, json);
    return JSON.parse(summary || this.#callWithText('loadCsv', textOrBytes, size, json));
  }

  /**
   * Bytes given to the engine piece by piece, each read as it comes, so the whole text is
   * never in the heap (engine/data/csv/csv_stream.hpp). '' when the engine needs the whole
   * text after all (csv_stream.hpp says when: a mostly-text column, a NUL byte, a quote
   * never closed...): loadCsv then gives it that way.
   * @param {Uint8Array | ArrayBuffer | Uint8Array[]} bytes @param {number} size @param {string} json
   * @returns {string}
   */
  #loadCsvPieces(bytes, size, json) {
    if (!this.#handle) return this.#call('loadCsv');  // the disposed error
    this.#call('beginCsv', json, size);
    const chunks = Array.isArray(bytes) ? bytes : [bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes];
    for (const chunk of chunks) {
      for (let at = 0; at < chunk.length; at += CSV_PIECE_BYTES) {
        const piece = chunk.subarray(at, at + CSV_PIECE_BYTES);
        const address = this.#call('csvRoom', piece.length);
        if (!address) {
          throw new RangeError(`loadCsv: out of memory: the WebAssembly heap cannot hold this ${(size / 2 ** 20).toFixed(1)} MB ` +
            'file and its numbers');
        }
        this.#core.HEAPU8.set(piece, address);  // HEAPU8 read after the room grew the heap
        if (!this.#call('addCsv', piece.length)) return this.#call('finishCsv');  // '': the rest is read whole
      }
    }
    return this.#call('finishCsv');
  }

  /** @param {string} name @param {TextInput} text @param {number} size @param {...unknown} rest @returns {any} */
  #callWithText(name, text, size, ...rest) {
    if (!this.#handle) return this.#call(name);  // the disposed error
    return withHeapTexts(this.#core, name, [{ text, size }], (buffer) => this.#call(`${name}Text`, buffer, ...rest));
  }

  /**
   * IDX files, the format MNIST ships in: the pictures (…-images-idx3-ubyte) and their
   * labels (…-labels-idx1-ubyte), uncompressed, as bytes; with testImages and testLabels,
   * the data's own test set (…t10k-…), kept as the test rows (testScore). Loaded as a
   * table of a "label" column and pixel0 … pixelN columns, with loadCsv's options.
   * @param {IdxFiles} files
   * @param {DataOptions | string} [options]
   * @returns {DataSummary}
   */
  loadIdx(files, options = {}) {
    if (typeof files !== 'object' || files === null || Array.isArray(files) || ArrayBuffer.isView(files))
      throw new TypeError('loadIdx: files must be an object {images, labels, testImages?, testLabels?}');
    const withTest = files.testImages !== undefined || files.testLabels !== undefined;
    const names = withTest ? ['images', 'labels', 'testImages', 'testLabels'] : ['images', 'labels'];
    const texts = names.map((key) => {
      const bytes = /** @type {any} */ (files)[key];
      if (typeof bytes === 'string') throw new TypeError(`loadIdx: files.${key} must be bytes (a Uint8Array or an ArrayBuffer), got a string`);
      if (bytes === undefined) throw new TypeError(`loadIdx: files.${key} is missing (testImages and testLabels go together)`);
      return { text: bytes, size: check.textInput(bytes, 'loadIdx', `files.${key}`, this.#limits.max_text_bytes) };
    });
    const json = check.json(options, 'loadIdx', 'options', '{}');
    if (!withTest) texts.push({ text: '', size: 0 }, { text: '', size: 0 });
    if (!this.#handle) return this.#call('loadIdx');  // the disposed error
    return JSON.parse(withHeapTexts(this.#core, 'loadIdx', texts, (...buffers) => this.#call('loadIdxText', ...buffers, json)));
  }

  /**
   * The summary loadCsv would give for these options, without loading anything (for the
   * page to show while the user picks the target). Throws only when the target is not found.
   * @param {TextInput} textOrBytes
   * @param {DataOptions | string} [options]
   * @returns {DataSummary}
   */
  inspectCsv(textOrBytes, options = {}) {
    const json = check.json(options, 'inspectCsv', 'options', '{}');
    const size = check.textInput(textOrBytes, 'inspectCsv', 'textOrBytes', this.#limits.max_text_bytes);
    return JSON.parse(this.#callWithText('inspectCsv', textOrBytes, size, json));
  }

  /**
   * A built-in data set by name (see Nnplay.builtinDatasets), with loadCsv's options and,
   * for the generated ones, rows, noise and classes (points drawn with `seed`).
   * @param {string} name
   * @param {DataOptions | string} [options]
   * @returns {DataSummary}
   */
  loadBuiltin(name, options = {}) {
    check.text(name, 'loadBuiltin', 'name', 100);
    return JSON.parse(this.#call('loadBuiltin', name, check.json(options, 'loadBuiltin', 'options', '{}')));
  }

  /** The summary of the loaded data, or null. @returns {DataSummary | null} */
  summary() {
    const s = this.#call('summary');
    return s ? JSON.parse(s) : null;
  }

  /**
   * Sets the training configuration (the engine's JSON fields, snake_case; an object or a
   * JSON string). Returns the normalized configuration; resets training (an imported model
   * that fits the data goes on from its weights while the configuration keeps its shape).
   * @param {TrainingConfigInput | string} config
   * @returns {TrainingConfig}
   */
  configure(config) {
    return JSON.parse(this.#call('configure', check.json(config, 'configure', 'config')));
  }

  /** The current (normalized) configuration. @returns {TrainingConfig} */
  config() {
    return JSON.parse(this.#call('config'));
  }

  /**
   * The output layer and loss the configuration gets on the loaded data, as the engine
   * chooses them from the task: {units, activation, loss}; null before data is loaded.
   * @returns {OutputLayer | null}
   */
  output() {
    return this.#call('output');
  }

  /**
   * Trains up to n more epochs (fewer if training stops); returns their metrics.
   * @param {number} [n]
   * @returns {EpochMetrics[]}
   */
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
   * may be null. Teaching notation: dZ per example, dW = (1/m)·dZ·A_prevᵀ + (λ₁/N)·sign(W) + (λ₂/N)·W, db = (1/m)·Σ dZ, m = batch_rows.
   * @returns {StepDetail}
   */
  trainStep() {
    const detail = this.#call('trainStep');
    detail.metrics = detail.metrics ? metrics(detail.metrics) : null;
    return detail;
  }

  /** Every epoch's metrics since the last reset (an imported model's: those after its own). @returns {EpochMetrics[]} */
  history() {
    return this.#call('history').map(metrics);
  }

  /** Re-initializes the network from the configuration's seed; the history restarts. @returns {void} */
  reset() {
    this.#call('reset');
  }

  /** @returns {number} */
  get epoch() { return this.#call('epoch'); }
  /** The epoch whose weights the network holds: after early stopping, the best one. @returns {number} */
  get modelEpoch() { return this.#call('modelEpoch'); }
  /** @returns {boolean} */
  get stopped() { return this.#call('stopped'); }
  /** Why training stopped (early stopping, divergence), or "". @returns {string} */
  get stopReason() { return this.#call('stopReason'); }
  /** The same, coded ({code, params}), or null while training may go on. @returns {EngineMessage | null} */
  get stopMessage() {
    const coded = this.#call('stopMessage');
    return coded ? JSON.parse(coded) : null;
  }

  /**
   * Predictions for nRows raw rows: `rows` holds nRows x inputs numbers row-major, one
   * per input column of the data (before encoding and scaling; NaN for missing; a
   * categorical column's value as a number matching its category names). Returns a new
   * Float32Array of nRows x outputs, row-major (class probabilities, or targets).
   * @param {Float32Array | Float64Array | number[]} rows
   * @param {number} nRows
   * @returns {Float32Array}
   */
  predict(rows, nRows) {
    const values = check.numbers(rows, 'predict', 'rows', this.#limits.max_predict_values);
    check.integer(nRows, 'predict', 'nRows', 0, MAX_INT);
    return this.#call('predict', values, nRows);
  }

  /**
   * Outputs for one row of raw values (numbers or strings, one per input column).
   * @param {(number | string | null)[]} values
   * @returns {Float32Array}
   */
  predictRow(values) {
    return this.#call('predictRow', check.rowValues(values, 'predictRow', 'values'));
  }

  /**
   * What every unit outputs for one raw row (as predictRow takes it): a Float32Array per
   * layer, hidden layers first, the output layer last.
   * @param {(number | string | null)[]} values
   * @returns {Float32Array[]}
   */
  unitOutputs(values) {
    return this.#call('unitOutputs', check.rowValues(values, 'unitOutputs', 'values'));
  }

  /**
   * The model over a resolution x resolution grid of the 2 numeric feature columns (raw
   * units), row-major with y outer: cell (i, j) at x = x0 + i (x1 - x0)/(res - 1), y likewise.
   * Returns {resolution, values: Float32Array, classes: Int32Array | null, units}: values
   * are P(class 1) for 2 classes, the predicted class's probability for more, the
   * prediction for regression (classes null); units[l][u] is a Float32Array of what unit u
   * of layer l outputs on the grid, for the first maxUnits units of every layer.
   * @param {readonly [number, number]} xRange
   * @param {readonly [number, number]} yRange
   * @param {number} [resolution]
   * @param {number} [maxUnits]
   * @returns {DecisionGrid}
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
   * @param {Split} [split]
   * @returns {DataPoints}
   */
  dataPoints(split = 'train') {
    return this.#call('dataPoints', check.oneOf(split, 'dataPoints', 'split', SPLITS));
  }

  /**
   * Examples `first` .. `first + count - 1` of a split (at most 1,000 at a time) as their raw
   * input columns, in the data's units (an image set's pixels): {inputs, count, total,
   * values, labels}; values holds count x inputs (example k at [k * inputs, (k + 1) * inputs)),
   * NaN for categorical and ignored columns; labels is null for regression.
   * @param {Split} split @param {number} first @param {number} count
   * @returns {Examples}
   */
  examples(split, first, count) {
    return this.#call('examples', check.oneOf(split, 'examples', 'split', SPLITS),
      check.integer(first, 'examples', 'first', 0, 1 << 30), check.integer(count, 'examples', 'count', 0, 1000));
  }

  /**
   * The examples of one cell of the confusion matrix: of class `actual`, predicted as
   * `predicted` by the network that predicts, the surest first (at most `count`, up to
   * 1,000), as examples() gives them, with {total: the cell's examples, indices: each one's
   * index in the split, confidences: the probability of the predicted class}.
   * @param {Split} split @param {number} actual @param {number} predicted @param {number} count
   * @returns {CellExamples}
   */
  cellExamples(split, actual, predicted, count) {
    const max = 1 << 20;
    return this.#call('cellExamples', check.oneOf(split, 'cellExamples', 'split', SPLITS),
      check.integer(actual, 'cellExamples', 'actual', 0, max), check.integer(predicted, 'cellExamples', 'predicted', 0, max),
      check.integer(count, 'cellExamples', 'count', 0, 1000));
  }

  /**
   * Each layer's parameters: [{inputs, units, activation, keep_prob, W, b}], W a
   * Float32Array units x inputs column-major (W[i + j * units]: input j -> unit i).
   * @returns {LayerWeights[]}
   */
  weights() {
    return this.#call('weights');
  }

  /**
   * Sets one weight, W[layer](unit, input), or the bias b[layer](unit) when input is -1, of
   * the network that predicts (layer 0 is the first hidden layer, the last the output);
   * training goes on from the edited network.
   * @param {number} layer @param {number} unit @param {number} input @param {number} value
   */
  setParameter(layer, unit, input, value) {
    const max = 1 << 30;
    this.#call('setParameter', check.integer(layer, 'setParameter', 'layer', 0, max),
      check.integer(unit, 'setParameter', 'unit', 0, max), check.integer(input, 'setParameter', 'input', -1, max),
      check.finite(value, 'setParameter', 'value'));
  }

  /**
   * {class_names, counts}: counts[actual][predicted] on 'train', 'validation' or 'test'.
   * @param {Split} [split]
   * @returns {ConfusionMatrix}
   */
  confusionMatrix(split = 'validation') {
    return this.#call('confusionMatrix', check.oneOf(split, 'confusionMatrix', 'split', SPLITS));
  }

  /**
   * The data's own test rows scored by the network as it stands: ask after training (a
   * test set steers nothing); null when there are none or an imported model predicts.
   * @returns {TestScore | null}
   */
  testScore() {
    const s = this.#call('testScore');
    return s && { rows: s.rows, loss: nullIfNaN(s.loss), accuracy: nullIfNaN(s.accuracy), r2: nullIfNaN(s.r2), rmse: nullIfNaN(s.rmse) };
  }

  /** The trained model (or the imported one) as the JSON text the CLI's --save writes. @returns {string} */
  exportModel() {
    return this.#call('exportModel');
  }

  /**
   * Loads a saved model (JSON text or object) for prediction; returns its configuration.
   * It predicts until training starts; training then goes on from its weights when it fits the
   * loaded data (fine-tuning: epochs counted on from its own), and from the seed after reset().
   * @param {string | object} json
   * @returns {TrainingConfig}
   */
  importModel(json) {
    const text = check.json(json, 'importModel', 'json', null, this.#limits.max_text_bytes);
    const size = check.textInput(text, 'importModel', 'json', this.#limits.max_text_bytes);
    return JSON.parse(this.#callWithText('importModel', text, size));
  }

  /**
   * The imported model against the loaded data: `differences` says, one sentence each, how
   * it does not fit (other columns, classes or task); when it fits, `metrics` are its
   * scores on the data's splits (as an epoch's, its epoch being the model's
   * weights_of_epoch). `data`: whether data is loaded.
   * @returns {ModelFit}
   */
  modelFit() {
    const fit = this.#call('modelFit');
    return { ...fit, metrics: fit.metrics ? metrics(fit.metrics) : null };
  }

  /** Frees the engine's memory. Safe to call twice; the object is unusable afterwards. @returns {void} */
  dispose() {
    if (this.#handle) {
      this.#handle.delete();
      this.#handle = null;
    }
  }

  /** @returns {boolean} */
  get disposed() {
    return this.#handle === null;
  }
}
