// <nn-playground>: the playground as an element for course pages. Configured by
// attributes (widget-settings.js), drawn in a shadow root with the page's own views
// (session-views.js, config-form.js), trained by its own worker through the page's
// Session. Loads when scrolled into view; trains only when asked, or with `autoplay`.
//
//   <script type="module" src="https://…/nnplay-widget.js"></script>
//   <nn-playground dataset="spirals" layers="8,8" activation="tanh" lr="0.03"
//                  controls="train,reset,lr" charts="accuracy,boundary"></nn-playground>
//
// API: train(), pause(), step(), reset() (promises); config (get: the settings, set:
// change some); ready (a promise: engine and data loaded; rejected when the widget cannot
// start). Events (bubbling, composed):
// epoch {detail: metrics of that epoch}, trained {detail: {reason, epoch, message, metrics}},
// error {detail: {message, source}}, ready.
import componentsCss from '../ui/components.css';
import widgetCss from './widget.css';
import { h } from '../ui/dom.js';
import { WorkerClient } from '../core/worker-client.js';
import { PROP, MAX_LAYERS, MAX_UNITS, defaultState, toHash, toDataOptions, parseField, layerErrors } from '../core/state.js';
import { DATASETS } from '../core/presets.js';
import { Session } from '../core/session.js';
import { SessionViews } from '../views/session-views.js';
import { ConfigForm } from '../panels/config-form.js';
import { createField } from '../panels/fields.js';
import { addViewHelp } from '../teaching/help-button.js';
import { ATTRIBUTES, readWidgetSettings } from './widget-settings.js';
import { sharedWasmModule, startWorker, SITE_URL } from '../core/engine-workers.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../core/session.js').RunEnd} RunEnd
 * @typedef {import('./widget-settings.js').WidgetSettings} WidgetSettings
 */

/** @type {CSSStyleSheet | null} */
let sheet = null;
/** The components' and the widget's styles, one sheet for every widget of the page. @returns {CSSStyleSheet} */
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${componentsCss}\n${widgetCss}`);
  }
  return sheet;
}

/** @type {import('../panels/fields.js').FieldProp} */
const DATASET_PROP = {
  name: 'dataset', type: 'enum', label: 'Data set',
  options: Object.fromEntries(DATASETS.filter((d) => d.name !== 'mnist').map((d) => [d.name, d.label])),
};

export class NnPlayground extends HTMLElement {
  /** @returns {string[]} */
  static get observedAttributes() { return ATTRIBUTES; }

  /** @type {Promise<void>} */
  #ready = null;
  /** @type {() => void} */
  #resolveReady = null;
  /** @type {(error: Error) => void} */
  #rejectReady = null;

  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [styles()];
    this.#newReady();
  }

  /**
   * Resolves when the engine has loaded and the data is in: then train() starts at once.
   * Rejects when the widget cannot start (the engine does not load); the widget says why.
   * @returns {Promise<void>}
   */
  get ready() { return this.#ready; }

  /** Builds the widget; it loads when scrolled into view. */
  connectedCallback() {
    this.#build();
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) this.#start();
    }, { rootMargin: '200px 0px' });
    this.observer.observe(this);
  }

  /** Stops its worker. */
  disconnectedCallback() {
    this.#stop();
  }

  /** Rebuilds (and restarts, if it had started) once for all the attributes changed in a task. */
  attributeChangedCallback() {
    if (!this.isConnected || this.rebuildQueued) return;
    this.rebuildQueued = true;
    queueMicrotask(() => {
      this.rebuildQueued = false;
      if (!this.isConnected) return;
      const wasStarted = Boolean(this.session);
      this.#stop();
      this.connectedCallback();
      if (wasStarted) this.#start();
    });
  }

  // ---- the API

  /** Trains until the epochs are done (or pause, early stopping, divergence). @returns {Promise<RunEnd>} */
  async train() {
    return this.#run(() => this.session.train());
  }

  /** Trains one epoch. @returns {Promise<RunEnd>} */
  async step() {
    return this.#run(() => this.session.step());
  }

  // A run the settings do not allow, or one that fails, rejects with an Error that says why.
  /** @param {() => Promise<RunEnd>} run @returns {Promise<RunEnd>} */
  async #run(run) {
    await this.#start();
    const blocker = this.session.blocker();
    if (blocker) throw new Error(`nn-playground: cannot train: ${blocker}`);
    const done = await run();
    if (done.reason === 'error') throw new Error(`nn-playground: ${done.message}`);
    return done;
  }

  /** @returns {Promise<void>} */
  async pause() {
    if (this.session) await this.session.pause();
  }

  /** New weights from the seed, epoch 0. @returns {Promise<void>} */
  async reset() {
    await this.#start();
    return this.session.reset();
  }

  /** The settings (names as in the page's state: learning_rate, layers, l2, …). @returns {Partial<State>} */
  get config() {
    return structuredClone(this.session?.state ?? this.settings?.state ?? {});
  }

  /**
   * Changes some settings, e.g. el.config = {learning_rate: 0.1, l2: 0.001}; throws on a bad one.
   * @param {Partial<State>} values
   */
  set config(values) {
    /** @type {Partial<State>} */
    const checked = {};
    for (const [name, value] of Object.entries(values ?? {})) {
      const p = PROP[name];
      if (!p) throw new TypeError(`config: unknown setting "${name}" (settings: ${Object.keys(PROP).join(', ')})`);
      if (p.type === 'layers') {
        if (!Array.isArray(value) || value.length > MAX_LAYERS ||
            value.some((l) => layerErrors({ keep_prob: 1, activation: 'relu', ...l }))) {
          throw new RangeError(`config: layers must be a list of at most ${MAX_LAYERS} ` +
            `{units: 1–${MAX_UNITS}, activation, keep_prob: (0, 1]}`);
        }
        checked.layers = value.map((l) => ({ activation: 'relu', keep_prob: 1, ...l }));
      } else if (p.type === 'string') {
        checked[name] = String(value);
      } else {
        const r = parseField(p, value);
        if (r.error) throw new RangeError(`config: ${name} ${r.error}, got ${JSON.stringify(value)}`);
        checked[name] = r.value;
      }
    }
    if (this.session) this.session.apply(checked);
    else if (this.settings) this.settings.state = { ...this.settings.state, ...checked };
  }

  // ---- building and starting

  #newReady() {
    this.#ready = new Promise((resolve, reject) => { this.#resolveReady = resolve; this.#rejectReady = reject; });
    this.#ready.catch(() => {});  // a page that does not wait for it still sees the message and the error event
  }

  #build() {
    /** @type {WidgetSettings} */
    const settings = this.settings = readWidgetSettings((name) => this.getAttribute(name), defaultState());
    const unknown = this.getAttribute('data-unknown');  // embed.js: keys of its URL that are no setting
    if (unknown) settings.problems.push(`unknown setting${unknown.includes(',') ? 's' : ''} ${unknown}`);
    /** @param {string} name */
    const chart = (name) => settings.charts.includes(name);
    /** @param {string} id @param {string} title @param {string} panelId @param {boolean} shown @param {string} help */
    const section = (id, title, panelId, shown, help) => (shown
      ? h('section', { id, class: 'view', 'aria-label': title, 'data-help': help }, h('h3', { text: title }), h('div', { id: panelId })) : null);
    this.notice = h('p', { class: 'notice', role: 'alert', hidden: true });
    this.messages = {};
    this.#say('settings', settings.problems.length ? `Some settings were not used: ${settings.problems.join('; ')}.` : '');
    this.settingsBox = h('div', { class: 'settings', hidden: !settings.dataControl && settings.fields.length === 0 });
    this.openLink = h('a', { class: 'open', target: '_blank', rel: 'noopener', text: 'Open in the full playground ↗' });
    this.shadowRoot.replaceChildren(h('div', { class: 'widget', part: 'widget' },
      this.notice,
      h('div', { id: 'controls', class: 'controls' }),
      this.settingsBox,
      h('div', { class: 'views' },
        chart('accuracy') || chart('loss') ? h('div', { id: 'charts', class: 'view wide' }) : null,
        section('boundary-section', 'Decision boundary', 'boundary-panel', chart('boundary'), 'decisionBoundary'),
        section('network-section', 'Network', 'network-panel', chart('network'), 'networkDiagram'),
        section('confusion-section', 'Confusion matrix', 'confusion-panel', chart('confusion'), 'confusionMatrix'),
        section('predict-section', 'Predict', 'predict-panel', chart('predict'), 'predictPanel')),
      h('p', { class: 'foot' }, this.openLink)));
    addViewHelp(this.shadowRoot);
    this.dataset.training = 'false';
    this.#updateLink(settings.state);
  }

  /** @returns {Promise<void>} */
  #start() {
    this.starting ??= this.#load().catch((e) => {
      this.#error(`Could not start: ${e.message}`, 'widget');
      this.#rejectReady(e);
    });
    return this.starting;
  }

  async #load() {
    this.observer?.disconnect();
    this.dataset.loaded = '';
    const settings = this.settings;
    const session = this.session = new Session({
      createClient: () => new WorkerClient(startWorker()),
      engineOptions: async () => ({ wasmModule: await sharedWasmModule() }),
      dataBase: SITE_URL, state: settings.state,
      reloadCsv: () => this.#loadSrc(),
    });
    // The learner edits weights and adds points only where the page lets them change the
    // network and the data.
    const editing = {
      weights: settings.fields.includes('layers') && !settings.locked.has('layers'),
      points: settings.dataControl && !settings.locked.has('data') && !settings.src,
    };
    const views = this.views = new SessionViews(session, this.shadowRoot, {
      flagHost: this, buttons: settings.buttons, metrics: settings.charts, editing,
    });
    this.#buildSettings();
    session.on('crashed', (e) => this.#emit('error', { message: `the training worker failed: ${e.message}`, source: 'worker' }));
    session.on('progress', (p) => {
      if (p.phase === 'train') for (const m of p.metrics) this.#emit('epoch', { ...m, epochs: p.epochs });
    });
    session.on('change', () => {
      this.form?.update(session.state, session.errors(), '');
      this.datasetField?.update(session.state);
      this.#updateLink(session.state);
      this.#showHiddenErrors();
    });
    session.on('load-error', ({ error }) => this.#error(`Could not load the data: ${error.message}`, 'data'));
    session.on('loaded', () => this.#say('failure', ''));
    session.on('train-end', (done) => {
      this.#emit('trained', { reason: done.reason, epoch: done.epoch, message: done.message, metrics: views.charts?.last ?? null });
    });
    views.controls.setStatus('Loading the engine…');
    try {
      await session.start();
    } catch (e) {
      views.controls.setStatus(`Could not load the engine: ${e.message}`, 'error');
      this.#error(e.message, 'engine');
      this.#rejectReady(e);
      return;
    }
    if (!session.crashed) views.controls.setStatus('');
    this.#resolveReady();
    this.#emit('ready', {});
    if (settings.autoplay && !session.blocker()) session.train();
  }

  #buildSettings() {
    const { settings, session } = this;
    const boxes = [];
    if (settings.dataControl) {
      this.datasetField = createField(DATASET_PROP, (name, value) => session.chooseBuiltin(value));
      this.datasetField.input.disabled = settings.locked.has('data') || Boolean(settings.src);
      boxes.push(this.datasetField.el);
    }
    if (settings.fields.length) {
      const holder = h('div', { class: 'form' });
      const fields = settings.fields.filter((n) => n !== 'layers');
      this.form = new ConfigForm(holder, {
        onChange: (name, value, invalid) => session.change(name, value, invalid, PROP[name]?.kind ?? 'model'),
      }, { fields, layers: settings.fields.includes('layers'), locked: settings.locked });
      boxes.push(holder);
    }
    this.settingsBox.replaceChildren(...boxes);
  }

  async #loadSrc() {
    const { src, target } = this.settings;
    const url = new URL(src, document.baseURI);
    const options = toDataOptions({ ...this.session.state, generated: false });
    if (target) options.target = target;
    const name = url.pathname.split('/').pop() || 'data.csv';
    return this.session.load({ kind: 'url', url: url.href, name }, options, name);
  }

  #stop() {
    this.observer?.disconnect();
    delete this.dataset.loaded;
    this.session?.dispose();
    this.session = this.views = this.form = this.datasetField = this.starting = null;
    this.#newReady();
  }

  // ---- messages and events

  // The notice holds what the learner cannot see elsewhere: attributes not used, errors
  // of settings without a field here, and failures (data, engine, worker).
  /** @param {string} kind @param {string} message */
  #say(kind, message) {
    this.messages = { ...this.messages, [kind]: message };
    const text = Object.values(this.messages).filter(Boolean).join(' ');
    this.notice.hidden = !text;
    this.notice.textContent = text;
  }

  /** @param {string} message @param {string} source */
  #error(message, source) {
    this.#say('failure', message);
    this.#emit('error', { message, source });
  }

  #showHiddenErrors() {
    const shown = new Set(this.settings.fields);
    const hidden = Object.entries(this.session.errors())
      .filter(([field]) => field !== 'general' && !shown.has(field.split('.')[0]));
    this.#say('hidden', hidden.length ? `This setup cannot train: ${hidden.map(([f, m]) => `${f} ${m}`).join('; ')}.` : '');
  }

  /** @param {string} type @param {unknown} detail */
  #emit(type, detail) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** @param {State} state */
  #updateLink(state) {
    this.openLink.hidden = state.dataset === 'csv';
    this.openLink.href = new URL(`index.html${toHash(state)}`, SITE_URL).href;
  }
}

if (!customElements.get('nn-playground')) customElements.define('nn-playground', NnPlayground);
