// The training worker's logic, importable (Node tests drive it without a Worker).
// It owns one engine Playground and speaks a small protocol:
//
//   requests (each with an id):  init | load | configure | train | pause | step | stepDetail
//                                | reset | predict | examples | cellExamples | edit | export {what: model | history | data}
//                                | import {json, resume?} | fit
//   replies (same id):            ready | summary | done | error {message, code?, params?, where, preview?, fileName?}
//                                 (a run's done has `test`: the data's own test rows scored, or null)
//                                 (code and params: the engine's coded message, for the page's language;
//                                 done has the stop reason as `message` and coded as `stop_message`)
//   events (no id):               progress  {phase: 'read', loaded, total} | {phase: 'parse', bytes}
//                                           | {phase: 'train', metrics[], epoch, epochs, samplesPerSecond, secondsPerEpoch}
//                                 visuals   {epoch, weights, grid?, unitMaps?, confusion?, points?, error?}
//
// A train request is answered (done {reason: finished | paused | stopped | diverged |
// reconfigured | data changed | reset}) when its run ends. Training runs in slices of
// about SLICE_MS, yielding between them so that pause and other requests are handled at
// once; visuals are sent at most every VISUALS_MS while training, and when it stops.
// Before a CSV, a model file or a step's details, the engine's second part is fetched
// without blocking (Nnplay.loadDeferred).
import { msg } from '../i18n/text.js';
import { readEntry } from './read-source.js';
import { textError } from '../i18n/text-error.js';
import { collectVisuals, dataInfo, dataPoints, transferables } from './visuals.js';

const SLICE_MS = 60;
const VISUALS_MS = 250;

// JSON with object keys sorted, to compare configurations whatever their key order.
/** @param {unknown} value @returns {string} */
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = /** @type {Record<string, unknown>} */ (value);
    return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

// The engine's coded message of an error ({code, params}), or nothing.
/** @param {unknown} e @returns {{code?: string, params?: object}} */
function coded(e) {
  const { code, params } = /** @type {{code?: unknown, params?: object}} */ (e ?? {});
  return typeof code === 'string' ? { code, params } : {};
}

/**
 * @typedef {import('../../bindings/nnplay.mjs').NnplayApi} Nnplay
 * @typedef {import('../../bindings/nnplay.mjs').PlaygroundApi} Playground
 * @typedef {import('../../bindings/nnplay.mjs').DataSummary} DataSummary
 * @typedef {import('../../bindings/nnplay.mjs').TrainingConfig} TrainingConfig
 * @typedef {import('../../bindings/nnplay.mjs').EpochMetrics} EpochMetrics
 * @typedef {{type: 'progress', phase: 'train', metrics: EpochMetrics[], epoch: number, epochs: number,
 *   samplesPerSecond: number, secondsPerEpoch: number}} TrainProgress
 * @typedef {{type: 'progress', phase: 'read', loaded: number, total: number}
 *   | {type: 'progress', phase: 'parse', bytes: number} | TrainProgress} Progress
 * @typedef {{bytes: Uint8Array[], labels?: Uint8Array[], test?: {images: Uint8Array[], labels: Uint8Array[]} | null,
 *   name: string, options?: object, truncated?: object | null}} CsvEntry
 *   a CSV, or IDX files: bytes the pictures, labels their labels, test the data's own test pictures and labels
 */
/**
 * nn and pg: the engine and its playground, from the init request on (no other request is
 * handled before it).
 * @typedef {{
 *   nn: Nnplay, pg: Playground,
 *   csv: CsvEntry | null, pending: CsvEntry | null,
 *   summary: DataSummary | null, config: TrainingConfig | null,
 *   running: {id: number} | null, model: boolean, imported: boolean, resume: boolean,
 *   lastVisuals: number,
 *   fetched?: {key: string, entry: CsvEntry} | null,
 * }} WorkerState
 */

/**
 * @param {{post: (message: object, transfer?: Transferable[]) => void,
 *   loadEngine: (init: {wasmModule?: WebAssembly.Module | null}) => Promise<Nnplay>, fetchImpl?: typeof fetch}} io
 * @returns {{handle: (msg: any) => Promise<void>}}
 */
export function createWorkerCore({ post, loadEngine, fetchImpl = globalThis.fetch }) {
  /**
   * Everything the worker holds between requests.
   * csv: the last user CSV loaded (kept while a built-in is loaded, to reload it with other
   * choices); pending: a CSV that failed to load, kept so the user can pick another target;
   * running: the train request whose run is going on.
   * @type {WorkerState}
   */
  const state = /** @type {WorkerState} */ (/** @type {unknown} */ ({ nn: null, pg: null, csv: null, pending: null, summary: null, config: null, running: null, model: false, imported: false, resume: false, lastVisuals: 0 }));

  const yieldToMessages = () => new Promise((resolve) => setTimeout(resolve, 0));

  /**
   * The data loaded: the network is configured for it. While an imported model predicts,
   * the reply's `model` is that model on the new data ({fit, epoch, imported}; see modelFit).
   * @param {DataSummary} newSummary @param {CsvEntry | null} newCsv
   * @returns {{model: (ReturnType<typeof modelFit> & {imported: boolean}) | null}}
   */
  function afterLoad(newSummary, newCsv) {
    state.summary = newSummary;
    if (newCsv) state.csv = newCsv;
    state.pending = null;
    stopTraining('data changed');
    sendPoints();
    // The engine keeps the configuration; check it against the new data (batch size, loss).
    if (state.config) {
      try {
        state.pg.configure(state.config);
        if (!state.model) sendVisuals(true);  // the new network: other inputs, outputs or classes
      } catch (e) {
        post({ type: 'error', where: 'config', message: /** @type {Error} */ (e).message, ...coded(e) });
      }
    }
    return { model: state.model ? { ...modelFit(), imported: state.imported } : null };
  }

  /** @param {{source: any, options?: object}} msg */
  async function load(msg) {
    const { pg } = state;
    const options = msg.options ?? {};
    const source = msg.source;
    if (source.kind === 'builtin') {
      const s = pg.loadBuiltin(source.name, options);
      state.fetched = null;
      return { type: 'summary', summary: s, ...dataInfo(s), ...afterLoad(s, null) };
    }
    /** @type {CsvEntry | null} */
    let entry;
    if (source.kind === 'current' || source.kind === 'pending') {
      entry = source.kind === 'current' ? state.csv : state.pending;
      if (!entry?.bytes) throw new Error(`no ${source.kind} CSV to reload`);
    } else if (source.kind === 'idx-url' && state.fetched?.key === JSON.stringify(source.urls)) {
      entry = state.fetched.entry;  // a built-in's files, kept while it is the data (another split, scaling...)
    } else {
      state.nn.loadDeferred().catch(() => {});  // the engine's CSV and IDX readers, downloaded while the file is read
      const io = { post, fetchImpl, maxBytes: state.nn.limits().max_text_bytes };
      if (source.kind === 'idx' || source.kind === 'idx-url') {
        const fileName = source.name ?? source.images.name;
        try {
          entry = await readEntry(source, io);
        } catch (e) {
          throw Object.assign(new Error(/** @type {Error} */ (e).message), coded(e), { where: 'data', fileName });
        }
        if (source.kind === 'idx-url') state.fetched = { key: JSON.stringify(source.urls), entry };
      } else {
        entry = await readEntry(source, io);
      }
    }
    try {
      await state.nn.loadDeferred();  // a failure above is tried again here, and reported as this file's
    } catch (e) {
      throw Object.assign(new Error(/** @type {Error} */ (e).message), coded(e), { where: 'data', fileName: entry.name });
    }
    const opts = { name: entry.name, ...options };
    const bytes = [...entry.bytes, ...entry.labels ?? [], ...entry.test?.images ?? [], ...entry.test?.labels ?? []]
      .reduce((n, chunk) => n + chunk.length, 0);
    post({ type: 'progress', phase: 'parse', bytes });
    try {
      const s = entry.labels ? pg.loadIdx({ images: entry.bytes, labels: entry.labels,
        ...entry.test && { testImages: entry.test.images, testLabels: entry.test.labels } }, opts) : pg.loadCsv(entry.bytes, opts);
      // The user's file is kept for reloading with other choices; a built-in's file is not (the
      // IDX built-in's stays in state.fetched while it is the data, and no longer: 55 MB).
      const builtin = source.kind === 'url' || source.kind === 'idx-url';
      if (source.kind !== 'idx-url') state.fetched = null;
      const loaded = afterLoad(s, builtin ? null : { bytes: entry.bytes, labels: entry.labels, test: entry.test, name: entry.name, options: opts });
      return { type: 'summary', summary: s, ...dataInfo(s), truncated: entry.truncated ?? null, ...loaded };
    } catch (e) {
      // Keep the rejected file, and show what it holds if it parses at all.
      state.pending = entry;
      let preview = null;
      if (!entry.labels) {
        try { preview = pg.inspectCsv(entry.bytes, { name: entry.name }); } catch { /* the CSV itself is bad */ }
      }
      throw Object.assign(new Error(/** @type {Error} */ (e).message), coded(e), { where: 'data', preview, fileName: entry.name });
    }
  }

  function sendPoints() {
    try {
      const points = dataPoints(state.pg, /** @type {DataSummary} */ (state.summary));
      if (points) post({ type: 'visuals', points });
    } catch (e) {
      post({ type: 'visuals', error: /** @type {Error} */ (e).message });
    }
  }

  function sendVisuals(full = false, withConfusion = true) {
    state.lastVisuals = Date.now();
    const v = collectVisuals(state.pg, state.summary, { full, withConfusion, imported: state.imported });
    post(v, transferables(v));
  }

  // The data's own test rows scored, or null (none, or the engine could not: the run's end is said all the same).
  function testScore() {
    try {
      return state.pg.testScore();
    } catch {
      return null;
    }
  }

  /** @param {string} reason */
  function stopTraining(reason) {
    if (!state.running) return;
    const { id } = state.running;
    state.running = null;
    // The data's own test rows are scored when a run ends, never while it trains.
    const test = reason === 'finished' || reason === 'paused' || reason === 'stopped' ? testScore() : null;
    post({ type: 'done', id, reason, epoch: state.pg.epoch, model_epoch: state.pg.modelEpoch, message: state.pg.stopReason,
      stop_message: state.pg.stopMessage, stopped: state.pg.stopped, test });
  }

  /**
   * @param {EpochMetrics[]} metrics @param {number} started ms @param {number} epochsAtStart
   * @returns {TrainProgress}
   */
  function progress(metrics, started, epochsAtStart) {
    const { pg, summary, config } = state;
    const trainRows = summary?.train_rows ?? 0;
    const elapsed = (Date.now() - started) / 1000;
    const done = pg.epoch - epochsAtStart;
    return {
      type: 'progress', phase: 'train', metrics, epoch: pg.epoch, epochs: config?.epochs ?? 0,
      samplesPerSecond: elapsed > 0 ? (done * trainRows) / elapsed : 0,
      secondsPerEpoch: done > 0 ? elapsed / done : 0,
    };
  }

  /** Ends the run `id` if training stopped or the epochs are done; true when it did. @param {number} id */
  function checkStop(id) {
    const { pg, config } = state;
    if (pg.stopped) {
      const reason = /diverged/.test(pg.stopReason) ? 'diverged' : 'stopped';
      sendVisuals(true);
      if (state.running?.id === id) stopTraining(reason);
      return true;
    }
    if (config && pg.epoch >= config.epochs) {
      sendVisuals(true);
      if (state.running?.id === id) stopTraining('finished');
      return true;
    }
    return false;
  }

  /**
   * Before any training request: data loaded, and training not stopped. Already at the end
   * (or stopped): says so instead of throwing the engine's error.
   * @param {{atEpochLimit: boolean}} check whether reaching the epoch limit blocks too (Train)
   */
  function requireTrainable({ atEpochLimit }) {
    const { pg, summary, config } = state;
    if (!summary) throw textError(msg('load data before training'));
    if (pg.stopped) {
      const error = textError(msg('training has stopped: {reason}. Press Reset to start again.'), { reason: pg.stopReason });
      if (pg.stopMessage) error.params = { reason: pg.stopMessage };  // the reason coded too, for the page's language
      throw error;
    }
    if (atEpochLimit && config && pg.epoch >= config.epochs) {
      throw textError(msg('all {epochs} epochs are done: raise Epochs to go on, or Reset'), { epochs: String(config.epochs) });
    }
  }

  /** @param {number} id */
  async function train(id) {
    if (state.running) stopTraining('restarted');
    requireTrainable({ atEpochLimit: true });
    const { pg } = state;
    state.running = { id };
    state.model = state.imported = false;  // training: the engine's trainer predicts from now on
    const started = Date.now();
    const startEpoch = pg.epoch;
    let perSlice = 1;
    while (state.running?.id === id) {
      const t0 = Date.now();
      const n = Math.max(1, Math.min(perSlice, /** @type {TrainingConfig} */ (state.config).epochs - pg.epoch));
      const metrics = pg.trainEpochs(n);
      const dt = Date.now() - t0;
      // Aim for slices of SLICE_MS: double when quick, halve when slow.
      if (dt < SLICE_MS / 2) perSlice = Math.min(perSlice * 2, 1000);
      else if (dt > SLICE_MS * 2) perSlice = Math.max(1, perSlice >> 1);
      post(progress(metrics, started, startEpoch));
      if (checkStop(id)) return null;
      if (Date.now() - state.lastVisuals > VISUALS_MS) sendVisuals();
      await yieldToMessages();
    }
    return null;  // paused: the pause request's handling posted done for this id
  }

  /**
   * Step and stepDetail: one epoch or one mini-batch while no run goes on, then its
   * progress and visuals. `advance` trains and returns the metrics to report and the
   * reply's own fields.
   * @param {() => {metrics: EpochMetrics[], reply?: object}} advance
   */
  function singleStep(advance) {
    if (state.running) stopTraining('paused');
    requireTrainable({ atEpochLimit: false });
    const { pg } = state;
    const started = Date.now();
    const startEpoch = pg.epoch;
    const { metrics, reply = {} } = advance();
    state.model = state.imported = false;
    if (metrics.length) post(progress(metrics, started, startEpoch));
    sendVisuals(true);
    return { type: 'done', ...reply, epoch: pg.epoch, model_epoch: pg.modelEpoch, stopped: pg.stopped, message: pg.stopReason,
      stop_message: pg.stopMessage, test: pg.stopped ? testScore() : null };
  }

  /**
   * The imported model against the loaded data: when it fits, its scores and confusion
   * matrix there; epoch: where training on goes from (the model's epoch when it fits, else 0).
   * The views call it the imported model, unless it is a saved session's own network going
   * on (imported with resume) on data it fits.
   */
  function modelFit() {
    const fit = state.pg.modelFit();
    state.imported = !(state.resume && fit.differences.length === 0);
    if (state.summary) sendVisuals(true, fit.differences.length === 0);
    return { fit, epoch: state.pg.epoch };
  }

  /** @type {Record<string, (msg: any) => any>} */
  const handlers = {
    async init(msg) {
      state.nn = await loadEngine(msg);
      state.pg = state.nn.createPlayground();
      return { type: 'ready', builtins: state.nn.builtinDatasets(), variant: state.nn.variant, limits: state.nn.limits() };
    },
    load,
    configure(msg) {
      const { pg } = state;
      // Only the number of epochs changed: the run goes on (the engine's trainer does
      // not use it; this loop does), so a finished run can be extended.
      /** @param {any} c */
      const norm = (c) => ({ ...c, epochs: 0, hidden_layers: c.hidden_layers?.map((/** @type {any} */ l) =>
        ({ units: l.units, activation: l.activation ?? 'relu', keep_prob: l.keep_prob ?? 1 })) });
      /** @param {any} a @param {any} b */
      const same = (a, b) => canonical(norm(a)) === canonical(norm(b));
      if (state.config && state.summary && !pg.stopped && same(pg.config(), { ...pg.config(), ...msg.config })) {
        state.config = { ...state.config, epochs: msg.config.epochs };
        return { type: 'done', config: state.config, output: pg.output(), restarted: false, epoch: pg.epoch };
      }
      stopTraining('reconfigured');
      state.config = pg.configure(msg.config);
      if (state.summary) sendVisuals(true);
      // An imported model that fits the data goes on from its epoch with the new settings.
      return { type: 'done', config: state.config, output: pg.output(), restarted: pg.epoch === 0, epoch: pg.epoch };
    },
    async train(msg) {
      return train(msg.id);
    },
    pause() {
      stopTraining('paused');
      if (state.summary) sendVisuals(true);
      return { type: 'done', epoch: state.pg.epoch };
    },
    step() {
      return singleStep(() => ({ metrics: state.pg.trainEpochs(1) }));
    },
    // One mini-batch with the numbers flowing forward and back (small networks only).
    async stepDetail() {
      await state.nn.loadDeferred();
      return singleStep(() => {
        const detail = state.pg.trainStep();
        return { metrics: detail.metrics ? [detail.metrics] : [], reply: { detail } };
      });
    },
    reset() {
      stopTraining('reset');
      state.pg.reset();
      state.model = state.imported = false;
      sendVisuals(true);
      return { type: 'done', epoch: state.pg.epoch };
    },
    // The outputs for a raw row; with units, what every unit outputs too (a layer per array).
    predict(msg) {
      const out = state.pg.predictRow(msg.values);
      const units = msg.units ? state.pg.unitOutputs(msg.values).map((a) => Array.from(a)) : undefined;
      return { type: 'done', outputs: Array.from(out), units };
    },
    // Examples of a split as their raw input columns: an image set's pictures, for the drawing pad.
    async examples(msg) {
      await state.nn.loadDeferred();
      return { type: 'done', examples: state.pg.examples(msg.split, msg.first, msg.count) };
    },
    // The examples of one confusion-matrix cell, the network's surest first.
    async cellExamples(msg) {
      await state.nn.loadDeferred();
      return { type: 'done', examples: state.pg.cellExamples(msg.split, msg.actual, msg.predicted, msg.count) };
    },
    // A weight or bias set by hand (input -1: the bias): the views redraw at once, and a
    // run going on continues from the edited network.
    edit(msg) {
      state.pg.setParameter(msg.layer, msg.unit, msg.input, msg.value);
      sendVisuals(true);
      return { type: 'done' };
    },
    async export(msg) {
      if (msg.what === 'history') return { type: 'done', history: state.pg.history(), epoch: state.pg.epoch };
      // The user's CSV in use, as its bytes (a project file holds it); null for IDX pictures.
      if (msg.what === 'data') {
        const csv = state.csv;
        if (!csv || csv.labels) return { type: 'done', data: null };
        const bytes = new Uint8Array(csv.bytes.reduce((n, c) => n + c.length, 0));
        let at = 0;
        for (const chunk of csv.bytes) { bytes.set(chunk, at); at += chunk.length; }
        return { type: 'done', data: { name: csv.name, bytes } };
      }
      await state.nn.loadDeferred();
      return { type: 'done', json: state.pg.exportModel() };
    },
    async import(msg) {
      await state.nn.loadDeferred();
      stopTraining('model imported');
      const imported = state.pg.importModel(msg.json);
      state.config = imported;
      state.model = true;  // it predicts until training starts (the engine's rule)
      state.resume = Boolean(msg.resume);
      return { type: 'done', config: imported, output: state.pg.output(), ...modelFit() };
    },
    // The imported model against the data loaded since (a project's network, then its data).
    fit() {
      return { type: 'done', ...modelFit() };
    },
  };

  /**
   * Handles one request; replies are posted, never thrown.
   * @param {any} msg
   */
  async function handle(msg) {
    const { id, type } = msg ?? {};
    const handler = handlers[type];
    try {
      if (!handler) throw new Error(`unknown request "${type}"`);
      if (type !== 'init' && !state.pg) throw new Error('the engine is not loaded yet');
      const reply = await handler(msg);
      if (reply) post({ ...reply, id });
    } catch (e) {
      const error = /** @type {Error & {where?: string, preview?: any, fileName?: string}} */ (e);
      post({
        type: 'error', id, request: type, where: error.where ?? type, message: error.message ?? String(e), ...coded(e),
        preview: error.preview ?? null, fileName: error.fileName ?? null, stopped: state.pg?.stopped ?? false,
      });
    }
  }

  return { handle };
}
