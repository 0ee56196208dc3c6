// One training session: the state (settings), the data loaded in the worker and the
// network configured there. Turns changes and actions into worker requests and says
// what happened through events; it touches no DOM, so the page (app.js) and the
// embeddable widget (widget/widget.js) drive the same session logic with their own views.
// The session owns its fields: views and pages read them (state, summary, output...) and
// change them only through its methods.
//
// Events (on(type, f)):
//   change                   the state, its errors or the loading flag changed
//   progress, visuals        the worker's events (see worker/worker-core.js), relayed
//   loading                  a data request started
//   loaded    {reply, name}  data loaded (reply: the worker's summary reply)
//   load-error {error, source}  loading failed; the data loaded before stays in use
//   configured {reply}       the engine took the configuration (reply.restarted: epoch 0)
//   train-start {startedOver}  a Train run began (startedOver: the run before had stopped,
//                            diverged or early-stopped, so this one starts from new weights)
//   train-end  done          a Train or Step run ended ({reason, epoch, message?, stop_message?, code?, params?}:
//                            message the English stop reason or error, stop_message / code+params coded)
//   step-detail {reply}      stepDetail() trained one mini-batch (reply.detail: its numbers)
//   reset                    new weights from the seed, epoch 0
//   crashed {message}        the worker died; restart() starts another, same data and settings
//   restarted                after restart(): data loaded again and configured
import { PROP, defaultState, validate, toEngineConfig, toDataOptions, fromEngineConfig } from './state.js';
import { DATASET, presetFor } from './presets.js';
import { Listeners } from './listeners.js';
import { EngineErrors } from './engine-errors.js';
import { t, tp } from '../i18n/text.js';

// A run that ended in an error: its message (and the engine's coded form, when it has one).
/** @param {unknown} e @returns {RunEnd} */
function runError(e) {
  const error = /** @type {Error & {code?: string, params?: object, stopped?: boolean}} */ (e);
  const coded = typeof error.code === 'string' ? { code: error.code, params: error.params } : {};
  return { reason: 'error', message: error.message, ...coded, stopped: error.stopped };
}

/**
 * @typedef {import('./state.js').State} State
 * @typedef {import('./engine-types.js').DataSummary} DataSummary
 * @typedef {import('./engine-types.js').TrainingConfig} TrainingConfig
 * @typedef {import('./engine-types.js').OutputLayer} OutputLayer
 * epoch: the epochs trained; model_epoch: the epoch whose weights the network holds (the
 * best one once early stopping restored it).
 * stop_message: the engine's stop reason coded ({code, params}); code, params: an error's.
 * test: the data's own test rows scored as the run ended (Fashion-MNIST's), or null.
 * @typedef {{reason: string, epoch?: number, model_epoch?: number, message?: string,
 *   stop_message?: {code: string, params: object} | null, code?: string, params?: object,
 *   test?: import('./engine-types.js').TestScore | null,
 *   [key: string]: unknown}} RunEnd
 * @typedef {import('./worker-client.js').WorkerClient} WorkerClient
 * @typedef {object} SessionOptions
 * @property {() => WorkerClient} createClient a new WorkerClient (a worker of its own)
 * @property {() => Promise<object>} [engineOptions] the init request's payload (a shared compiled module)
 * @property {string | URL} dataBase the URL built-in data files (data/iris.csv) are relative to
 * @property {(() => Promise<unknown>) | null} [reloadCsv] loads the CSV in use again with the current data
 *   settings (the page's upload, the widget's src), when state.dataset is 'csv'
 * @property {State} [state]
 */

export class Session {
  #listeners = new Listeners();
  /** @type {State} */ #state;
  #engineErrors = new EngineErrors();  // configure's objections, by field
  /** @type {DataSummary | null} */ #summary = null;
  /** @type {{max_text_bytes: number} | null} the engine's limits, once it is loaded */ #limits = null;
  /** @type {TrainingConfig | null} */ #config = null;  // the configuration the engine took
  /** @type {OutputLayer | null} */ #output = null;
  #loading = false;
  #running = false;
  /** @type {string | null} */ #crashed = null;  // the worker's last words, until restart()
  #runs = 0;  // Train and Step presses, to tell a stale reply from the current one
  #stopped = false;  // the last run stopped by itself (diverged, early-stopped): the next starts over
  /** @type {WorkerClient | null} */ #client = null;
  /** @type {ReturnType<typeof setTimeout> | undefined} */ #pendingChange;
  /** @type {(() => Promise<unknown>) | null} */ #pendingApply = null;

  /** @param {SessionOptions} options */
  constructor({ createClient, engineOptions = async () => ({}), dataBase, reloadCsv = null, state = defaultState() }) {
    this.createClient = createClient;
    this.engineOptions = engineOptions;
    this.dataBase = dataBase;
    this.reloadCsv = reloadCsv;
    this.#state = state;
  }

  /** The settings (a state.js state); replaced, never changed in place. @returns {State} */
  get state() { return this.#state; }
  /** The loaded data's summary (the engine's JSON), or null. @returns {DataSummary | null} */
  get summary() { return this.#summary; }
  /** The engine's limits (max_text_bytes: the largest text it reads), or null before it loads. */
  get limits() { return this.#limits; }
  /** The configuration the engine took (normalized), or null. @returns {TrainingConfig | null} */
  get config() { return this.#config; }
  /** The output layer and loss the engine chose for the data and settings, or null. @returns {OutputLayer | null} */
  get output() { return this.#output; }
  /** Whether data is being loaded. @returns {boolean} */
  get loading() { return this.#loading; }
  /** Whether a Train run is going on. @returns {boolean} */
  get running() { return this.#running; }
  /** The worker's last words after a crash, until restart(); null otherwise. @returns {string | null} */
  get crashed() { return this.#crashed; }

  /** Starts the worker and loads the engine, then the data the state names. @returns {Promise<void>} */
  async start() {
    this.#emit('change');
    const client = this.#client = this.createClient();
    client.on('error', (e) => this.#showConfigError(e));
    client.on('progress', (p) => this.#emit('progress', p));
    client.on('visuals', (v) => this.#emit('visuals', v));
    client.on('fatal', (e) => {
      this.#crashed = e.message;
      this.#running = false;
      client.terminate();
      this.#emit('crashed', e);
      this.#emit('change');
    });
    const ready = await client.request('init', await this.engineOptions());
    this.#limits = ready.limits ?? null;
    await this.loadData();
    await this.configure();
  }

  /** After a crash: a new worker, the same data and settings; training starts from epoch 0. @returns {Promise<void>} */
  async restart() {
    this.#client?.terminate();
    this.#summary = null;
    this.#crashed = null;
    await this.start();
    this.#emit('restarted');
  }

  /** Ends the session: its worker stops. */
  dispose() {
    this.#client?.terminate();
  }

  /** The worker client (read-only use: tests reach the Worker through it). @returns {WorkerClient | null} */
  get client() { return this.#client; }

  /**
   * A request to the worker that changes nothing the session holds (predict, export).
   * @param {string} type
   * @param {object} [payload]
   * @returns {Promise<any>} the worker's reply
   */
  request(type, payload) {
    if (!this.#client) throw new Error(`${type}: the session has not started`);
    return this.#client.request(type, payload);
  }

  /** @param {string} type @param {(detail: any) => void} listener @returns {() => boolean} */
  on(type, listener) {
    return this.#listeners.on(type, listener);
  }

  /** @param {string} type @param {unknown} [detail] */
  #emit(type, detail) {
    this.#listeners.emit(type, detail);
  }

  /** Errors of the current state: the form's own checks, then the engine's. @returns {Record<string, string>} */
  errors() {
    return { ...this.#engineErrors.texts(), ...validate(this.#state) };
  }

  /** Why Train is not possible now ('' when it is), in the page's language. @returns {string} */
  blocker() {
    const errors = this.errors();
    const count = Object.keys(errors).length;
    if (this.#crashed) return t('The engine stopped: restart it to train.');
    if (this.#loading) return t('Loading data…');
    if (!this.#summary) return t('Load a data set to train.');
    if (errors.general) return `${errors.general}.`;  // the engine's own message
    if (count) return tp('Fix the highlighted setting to train.', 'Fix the {count} highlighted settings to train.', { count });
    return '';
  }

  /**
   * One setting edited (kind 'data' reloads the data, 'model' reconfigures). Invalid text
   * is kept in the state so the form shows it; nothing is sent until it is valid.
   * @param {string} name
   * @param {unknown} value
   * @param {boolean} invalid
   * @param {'data' | 'model'} kind
   */
  change(name, value, invalid, kind) {
    this.#state = { ...this.#state, [name]: value };
    this.#engineErrors.forget(name);
    this.#emit('change');
    if (invalid || Object.keys(validate(this.#state)).length) return;
    clearTimeout(this.#pendingChange);
    this.#pendingApply = kind === 'data' ? () => this.loadData().then(() => this.configure()) : () => this.configure();
    this.#pendingChange = setTimeout(() => this.#flush(), 300);
  }

  // Sends an edit still waiting out its debounce (Train pressed right after typing).
  async #flush() {
    clearTimeout(this.#pendingChange);
    const apply = this.#pendingApply;
    this.#pendingApply = null;
    if (apply) await apply();
  }

  /** Switches to built-in data set `name` with its preset settings. @param {string} name @returns {Promise<void>} */
  chooseBuiltin(name) {
    this.#state = { ...this.#state, ...presetFor(name) };
    this.#engineErrors.clear();
    this.#emit('change');
    return this.loadData().then(() => this.configure());
  }

  /**
   * Applies several settings at once (a link, the widget's config property): the data
   * set's preset first when the data set changes, then the values; reloads as needed.
   * @param {Partial<State>} values
   * @returns {Promise<void>}
   */
  apply(values) {
    const name = values.dataset ?? this.#state.dataset;
    // Compared as JSON: el.config = {...el.config, l2} gives equal copies of the arrays (points, derived).
    const changedData = name !== this.#state.dataset ||
      Object.keys(values).some((k) => PROP[k]?.kind === 'data' && k !== 'dataset' &&
        JSON.stringify(values[/** @type {keyof State} */ (k)]) !== JSON.stringify(this.#state[/** @type {keyof State} */ (k)]));
    const preset = name !== this.#state.dataset ? presetFor(name) : {};
    this.#state = { ...this.#state, ...preset, ...values, dataset: name };
    this.#engineErrors.clear();
    this.#emit('change');
    return (changedData ? this.loadData() : Promise.resolve()).then(() => this.configure());
  }

  /** Loads the data the state names (a built-in, a data file, or the CSV in use). @returns {Promise<unknown>} */
  async loadData() {
    const s = this.#state;
    if (s.dataset === 'csv') return this.reloadCsv?.();
    const d = DATASET[s.dataset];
    /** @type {Record<string, unknown>} */
    const options = toDataOptions(s);
    if (d.target) options.target = d.target;
    const url = (/** @type {string} */ file) => new URL(file, this.dataBase).href;
    const source = d.idx ? { kind: 'idx-url', name: d.name, urls: Object.fromEntries(Object.entries(d.idx).map(([k, f]) => [k, url(f)])) }
      : d.file ? { kind: 'url', url: url(d.file), name: d.file.split('/').pop(), rows: d.name === 'mnist' ? s.subset : 0 }
        : { kind: 'builtin', name: d.name };
    return this.load(source, options, null);
  }

  /**
   * Asks the worker to load `source`; resolves with the summary, or null after a load-error
   * event. The settings do not change: a user's CSV becomes the data set in use with useCsv().
   * @param {object} source @param {object} options @param {string | null} name
   * @returns {Promise<DataSummary | null>}
   */
  async load(source, options, name) {
    this.#loading = true;
    this.#emit('loading');
    this.#emit('change');
    try {
      const reply = await this.request('load', { source, options });
      this.#summary = reply.summary;
      this.#stopped = false;  // the worker stopped the run and holds new data
      this.#emit('loaded', { reply, name, source });
      return reply.summary;
    } catch (error) {
      this.#emit('load-error', { error, source });
      return null;
    } finally {
      this.#loading = false;
      this.#emit('change');
    }
  }

  /**
   * After a user's CSV has loaded: `values` (the data settings it was loaded with) become
   * the state, with dataset 'csv', and the network is configured for the new data.
   * @param {Partial<State>} values
   * @returns {Promise<void>}
   */
  async useCsv(values) {
    this.#state = { ...this.#state, ...values, dataset: 'csv', generated: false };
    this.#emit('change');
    await this.configure();
  }

  /**
   * Imports a model file's text: it predicts until training starts, which trains it further
   * when it fits the loaded data; its settings become the state's. Resolves with the
   * worker's reply {config, output, fit, epoch} (epoch: where training goes on from);
   * rejects with the engine's message for a bad file.
   * @param {string} json
   * @param {{resume?: boolean}} [options] resume: a saved session's own network (a project's),
   *   which the views show as the session's rather than as an imported model
   * @returns {Promise<any>}
   */
  async importModel(json, { resume = false } = {}) {
    const reply = await this.request('import', { json, resume });
    this.#state = { ...this.#state, ...fromEngineConfig(reply.config) };
    this.#config = reply.config;
    this.#output = reply.output ?? null;
    this.#stopped = false;
    this.#engineErrors.clear();
    this.#emit('change');
    return reply;
  }

  /** Configures the network for the state, when it is valid. @returns {Promise<void>} */
  async configure() {
    if (Object.keys(validate(this.#state)).length) return;
    try {
      const reply = await this.request('configure', { config: toEngineConfig(this.#state) });
      this.#engineErrors.clear();
      this.#config = reply.config;
      this.#output = reply.output ?? null;
      if (reply.restarted) this.#stopped = false;
      this.#emit('configured', { reply });
    } catch (e) {
      this.#showConfigError(/** @type {Error} */ (e));
    }
    this.#emit('change');
  }

  /** @param {{message: string, code?: string, params?: Record<string, unknown>}} error the engine's, as the worker sent it */
  #showConfigError(error) {
    this.#engineErrors.set(error);
    this.#emit('change');
  }

  // Each Train or Step is a run; the reply of one that a newer run has overtaken (a Step
  // answered after Train was pressed) must not end the newer one.
  /** @returns {Promise<RunEnd>} */
  async train() {
    const run = ++this.#runs;
    const ready = await this.#readyToRun(run);
    if (!ready) return { reason: 'overtaken' };
    this.#running = true;
    this.#emit('train-start', ready);
    /** @type {RunEnd} */
    let done;
    try {
      done = await this.request('train');
    } catch (e) {
      done = runError(e);
    }
    // A crash has ended the run already (crashed event); its rejected request says no more.
    if (run === this.#runs && !this.#crashed) {
      this.#running = false;
      this.#endRun(done);
    }
    return done;
  }

  /**
   * Before a press runs: the edit waiting out its debounce is sent, and a run that stopped by
   * itself starts over from new weights. Null when a newer press overtook this one.
   * @param {number} run @returns {Promise<{startedOver: boolean} | null>}
   */
  async #readyToRun(run) {
    await this.#flush();
    if (run !== this.#runs) return null;
    const startedOver = this.#stopped;
    if (startedOver) await this.reset();
    return run === this.#runs ? { startedOver } : null;
  }

  /** @param {RunEnd} done */
  #endRun(done) {
    // The worker says whether training has stopped with every end, an error's included.
    this.#stopped = typeof done.stopped === 'boolean' ? done.stopped
      : ['diverged', 'stopped', 'stepped-stopped'].includes(done.reason);
    this.#emit('train-end', done);
  }


  /** @returns {Promise<RunEnd>} */
  async step() {
    const run = ++this.#runs;
    const ready = await this.#readyToRun(run);
    if (!ready) return { reason: 'overtaken' };
    if (ready.startedOver) this.#emit('train-start', ready);
    /** @type {RunEnd} */
    let done;
    try {
      const reply = await this.request('step');
      done = { ...reply, reason: reply.stopped ? 'stepped-stopped' : 'stepped' };
    } catch (e) {
      done = runError(e);
    }
    if (run === this.#runs && !this.#crashed) this.#endRun(done);
    return done;
  }

  /**
   * Trains one mini-batch and resolves with the worker's reply ({detail, epoch, stopped});
   * rejects with the engine's message (a network too large to show). A step that stops
   * training (divergence) ends the run like Step does.
   * @returns {Promise<any>} the reply, or null when a newer run overtook this one
   */
  async stepDetail() {
    const run = ++this.#runs;
    if (!(await this.#readyToRun(run))) return null;
    const reply = await this.request('stepDetail');
    if (run === this.#runs) {
      this.#running = false;
      this.#emit('step-detail', { reply });
      this.#endRun({ ...reply, reason: reply.stopped ? 'stepped-stopped' : 'stepped-batch' });
    }
    return reply;
  }

  /** Pauses the run going on. @returns {Promise<any>} */
  pause() {
    return this.request('pause');
  }

  /** New weights from the seed, epoch 0. @returns {Promise<void>} */
  async reset() {
    await this.request('reset');
    this.#stopped = false;
    this.#emit('reset');
  }
}
