// <nn-playground>: the playground as an element for course pages. Configured by
// attributes (widget-settings.js), drawn in a shadow root with the page's own views
// (session-views.js, config-form.js), trained by its own worker through the page's
// Session. Loads when scrolled into view; trains only when asked, or with `autoplay`.
//
//   <script type="module" src="https://…/nnplay-widget.js"></script>
//   <nn-playground preset="spirals" layers="8,8" activation="tanh" lr="0.03"
//                  controls="train,reset,lr" charts="accuracy,boundary"></nn-playground>
//
// API: train(), pause(), step(), reset() (promises); config (get: the settings, set:
// change some); ready (a promise: engine and data loaded; rejected when the widget cannot
// start); properties that reflect the main attributes. Events (bubbling, composed): epoch
// {detail: metrics of that epoch}, trained {detail: {reason, epoch, message, metrics}},
// ready; and error {detail: {message, source}}, which does not bubble (listen on the
// element). Theming: ::part() names and --nnp-* custom properties; theme="light|dark" fixes
// the colours. The lists: widget-api.js; the types: nnplay-widget.d.ts.
//
// Language (en, zh-CN): the lang attribute, else the nearest ancestor's lang (a Chinese
// course page's <html lang="zh-CN">), else the browser's first language; changing the
// attribute switches it in place. A document has one language (i18n/text.js): widgets of
// one page that ask for different ones all speak the last one asked for. For widgets in
// different languages on one page, use the iframe form (embed.html?…&lang=zh-CN).
import componentsCss from '../ui/components.css';
import widgetCss from './widget.css';
import { h } from '../ui/dom.js';
import { t, tp, live, liveText, msg, setText, setAttr, currentLocale, onLocaleChange } from '../i18n/text.js';
import { useLanguageOf } from './widget-language.js';
import { WorkerClient } from '../core/worker-client.js';
import { PROP, defaultState, toDataOptions } from '../core/state.js';
import { toHash } from '../core/state-link.js';
import { DATASETS } from '../core/presets.js';
import { Session } from '../core/session.js';
import { engineErrorText } from '../core/engine-messages.js';
import { SessionViews } from '../views/session-views.js';
import { ConfigForm } from '../panels/config-form.js';
import { createField } from '../panels/fields.js';
import { ATTRIBUTES, readWidgetSettings, sameFrame, changedSettings } from './widget-settings.js';
import { REFLECTED } from './widget-api.js';
import { checkConfig, reflectAttributes } from './widget-properties.js';
import { buildFrame } from './widget-frame.js';
import { sharedWasmModule, startWorker, siteUrl, setBasePath } from '../core/engine-workers.js';
import { keepLoadedData, registerOffline } from '../offline/offline.js';
import { isProjectUrl, fetchProject } from './widget-project.js';
import { openProject, projectCsvOptions } from '../core/open-project.js';
import { parseChallenge } from '../core/challenge.js';
import { colorSchemeChanged } from '../ui/color-scheme.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../core/session.js').RunEnd} RunEnd
 * @typedef {import('./widget-settings.js').WidgetSettings} WidgetSettings
 * @typedef {import('../i18n/text.js').Live} Live
 */

/** @type {CSSStyleSheet | null} */
let sheet = null;
/** @type {Promise<ServiceWorkerRegistration | null> | null} */
let offline = null;
/** The components' and the widget's styles, one sheet for every widget of the page. @returns {CSSStyleSheet} */
function styles() {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`${componentsCss}\n${widgetCss}`);
  }
  return sheet;
}

/** Whether the system asks for less motion: then autoplay waits for the learner's Train. */
const reducedMotion = () => Boolean(globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches);

/** @type {import('../panels/fields.js').FieldProp} */
const DATASET_PROP = {
  name: 'dataset', type: 'enum', label: msg('Data set'),
  options: Object.fromEntries(DATASETS.filter((d) => d.name !== 'mnist').map((d) => [d.name, d.label])),
};

export class NnPlayground extends HTMLElement {
  /** @returns {string[]} */
  static get observedAttributes() { return ATTRIBUTES; }

  /** @type {Promise<void>} the widget's language is set */
  #language = Promise.resolve();

  /** @type {Promise<void>} */
  #ready = null;
  /** @type {(import('../core/project-file.js').Project & {problems: string[]}) | null} the project `src` named, once read */
  #project = null;
  /** @type {State | null} the settings as the attributes gave them when last read */
  #fromAttributes = null;
  /** @type {() => void} */
  #resolveReady = null;
  /** @type {(error: Error) => void} */
  #rejectReady = null;
  /** @type {Partial<State>} what config set, kept over the attributes when the widget is built (again) */
  #configWrites = {};

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
    this.#upgradeProperties();
    this.#useLanguage();
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

  /**
   * A new lang switches the language in place. The others, once for all those changed in a
   * task: settings (lr, l2, layers, the preset...) are applied in place, as the learner's
   * edits are, with the same worker, engine and data (more epochs extend the run; other
   * settings start the network again, as in the page); what changes the frame (controls,
   * charts, locked, autoplay, src, target) rebuilds it, and restarts it if it had started.
   * @param {string} name
   */
  attributeChangedCallback(name) {
    if (name === 'lang' || name === 'theme') {
      if (this.isConnected && this.notice) {
        if (name === 'lang') this.#useLanguage();
        else colorSchemeChanged();  // the CSS has the new colours; the charts' axes follow
        this.#sayProblems();
      }
      return;
    }
    // Not built yet (the attributes an upgrade reports come before connectedCallback): the
    // build reads them all.
    if (!this.isConnected || !this.settings || this.rebuildQueued) return;
    this.rebuildQueued = true;
    queueMicrotask(() => {
      this.rebuildQueued = false;
      if (!this.isConnected) return;
      const next = readWidgetSettings((n) => this.getAttribute(n), defaultState());
      if (this.#fromAttributes && sameFrame(this.settings, next)) {
        const changed = changedSettings(this.#fromAttributes, next.state);
        this.#fromAttributes = next.state;
        // The attribute is newer than a config write of the same setting; a new preset, than all.
        this.#configWrites = 'dataset' in changed ? {} : Object.fromEntries(Object.entries(this.#configWrites)
          .filter(([name]) => !(name in changed)));
        this.#sayProblems();
        // A new preset is a new setup: every setting as the attributes give it, over the
        // preset's (as a rebuild would); other changes only touch what they change.
        const values = 'dataset' in changed ? next.state : changed;
        const session = this.session;
        if (!Object.keys(changed).length) return;
        if (!session) {  // not started: the session will start from these
          this.settings.state = { ...this.settings.state, ...values };
          this.#updateLink(this.settings.state);
        } else {  // once the engine and the data are in (a change during the start waits for it)
          Promise.resolve(this.starting).then(() => { if (this.session === session) session.apply(values); });
        }
        return;
      }
      const wasStarted = Boolean(this.starting);
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
    const state = this.session?.state ?? this.settings?.state
      ?? { ...readWidgetSettings((name) => this.getAttribute(name), defaultState()).state, ...this.#configWrites };
    return structuredClone(state);
  }

  /**
   * Changes some settings, e.g. el.config = {learning_rate: 0.1, l2: 0.001}; throws on a bad one.
   * @param {Partial<State>} values
   */
  set config(values) {
    const checked = checkConfig(values);
    this.#configWrites = { ...this.#configWrites, ...checked };
    if (this.session) this.session.apply(checked);
    else if (this.settings) this.settings.state = { ...this.settings.state, ...checked };
  }

  /** Trains as soon as it is loaded. @returns {boolean} */
  get autoplay() { return this.hasAttribute('autoplay') && this.getAttribute('autoplay') !== 'false'; }
  /** @param {boolean} on */
  set autoplay(on) { this.toggleAttribute('autoplay', Boolean(on)); }

  // A property set on the element before its script defined it (a framework's render, say)
  // is an own property that hides the class's: it is taken out and set again through it.
  #upgradeProperties() {
    for (const name of [...REFLECTED, 'autoplay', 'config']) {
      if (!Object.hasOwn(this, name)) continue;
      const value = /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this))[name];
      delete (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this)))[name];
      try {
        /** @type {Record<string, unknown>} */ (/** @type {unknown} */ (this))[name] = value;
      } catch (e) {
        queueMicrotask(() => this.#error(e.message, 'config', 'config'));  // said once the widget is built
      }
    }
  }

  // ---- building and starting

  #newReady() {
    this.#ready = new Promise((resolve, reject) => { this.#resolveReady = resolve; this.#rejectReady = reject; });
    this.#ready.catch(() => {});  // a page that does not wait for it still sees the message and the error event
  }

  /** Sets the language: the lang attribute, else the nearest ancestor's, else the browser's. */
  #useLanguage() {
    this.#language = useLanguageOf(this);
  }

  #build() {
    /** @type {WidgetSettings} */
    const settings = this.settings = readWidgetSettings((name) => this.getAttribute(name), defaultState());
    this.#fromAttributes = structuredClone(settings.state);
    settings.state = { ...settings.state, ...this.#configWrites };
    const frame = buildFrame(this.shadowRoot, settings);
    this.notice = frame.notice;
    this.settingsBox = frame.settingsBox;
    this.openLink = frame.openLink;
    this.messages = {};
    this.#sayProblems();
    this.dataset.training = 'false';
    this.#updateLink(settings.state);
  }

  /** @returns {Promise<void>} */
  #start() {
    this.starting ??= this.#load().catch((e) => {
      this.#error(live('Could not start: {message}', { message: e.message }), 'widget');
      this.#rejectReady(e);
    });
    return this.starting;
  }

  async #load() {
    this.observer?.disconnect();
    this.dataset.loaded = '';
    const settings = this.settings;
    await this.#language;  // the views are drawn in it from the start
    if (!this.isConnected || this.settings !== settings) return;  // removed or rebuilt meanwhile
    // Where the page is on the widget's own site (its lesson pages, the iframe form), the
    // site's offline copy covers it too (offline/service-worker.js); elsewhere nothing is
    // registered. Once, as the first widget starts: after a bundling page's setBasePath.
    offline ??= registerOffline(new URL('sw.js', siteUrl()));
    const session = this.session = new Session({
      createClient: () => new WorkerClient(startWorker()),
      engineOptions: async () => ({ wasmModule: await sharedWasmModule() }),
      dataBase: siteUrl(), state: settings.state,
      reloadCsv: () => this.#loadSrc(),
    });
    keepLoadedData(session);
    // The learner edits weights and adds points only where the page lets them change the
    // network and the data.
    const editing = {
      weights: settings.fields.includes('layers') && !settings.locked.has('layers'),
      points: settings.dataControl && !settings.locked.has('data') && !settings.src,
    };
    const views = this.views = new SessionViews(session, this.shadowRoot, {
      flagHost: this, buttons: settings.buttons, metrics: settings.charts, editing,
    });
    // Alt+Shift+T, P, S, R while the focus is in this widget (the frame is rebuilt with it).
    views.controls.listenForShortcuts(/** @type {HTMLElement} */ (this.shadowRoot.querySelector('.widget')));
    views.challenge?.set(settings.challenge, settings.state);
    this.#buildSettings();
    session.on('crashed', (e) => this.#emit('error', { message: t('the training worker failed: {message}', { message: e.message }), source: 'worker' }));
    session.on('progress', (p) => {
      if (p.phase === 'train') for (const m of p.metrics) this.#emit('epoch', { ...m, epochs: p.epochs });
    });
    const refresh = () => {
      this.form?.update(session.state, session.errors(), '');
      this.datasetField?.update(session.state);
      this.#updateLink(session.state);
      this.#showHiddenErrors();
    };
    session.on('change', refresh);
    // The form's messages are written in the language of the moment: again after a switch.
    this.stopLocale = onLocaleChange(() => { if (this.session === session) refresh(); });
    session.on('load-error', ({ error }) => {
      const reason = engineErrorText(error);  // the engine's or the worker's message, in the widget's language
      this.#error(liveText(() => t('Could not load the data: {message}', { message: String(reason) })), 'data');
    });
    session.on('loaded', () => this.#say('failure', ''));
    session.on('train-end', (done) => {
      this.#emit('trained', { reason: done.reason, epoch: done.epoch, message: done.message, metrics: views.charts?.last ?? null });
    });
    views.controls.setStatus(live('Loading the engine…'));
    try {
      await session.start();
    } catch (e) {
      views.controls.setStatus(live('Could not load the engine: {reason}', { reason: e.message }), 'error');
      this.#error(e.message, 'engine');
      this.#rejectReady(e);
      return;
    }
    if (!session.crashed) views.controls.setStatus('');
    this.#resolveReady();
    this.#emit('ready', {});
    if (settings.autoplay && !session.blocker()) {
      if (reducedMotion()) views.controls.setStatus(live('Press Train to start: this device asks for reduced motion, so training does not start by itself.'));
      else session.train();
    }
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
    const name = url.pathname.split('/').pop() || 'data.csv';
    if (isProjectUrl(url)) return this.#loadProject(url, name);
    const options = toDataOptions({ ...this.session.state, generated: false });
    if (target) options.target = target;
    return this.session.load({ kind: 'url', url: url.href, name }, options, name);
  }

  // A project file's session: opened once; its CSV is then reloaded from the worker with
  // other data settings. Its settings replace the attributes' (controls, locked, charts stay).
  /** @param {URL} url @param {string} name */
  async #loadProject(url, name) {
    const { session, views } = this;
    const opened = this.#project;
    if (opened) {
      const d = opened.data;
      if (d.kind !== 'csv') return null;
      // The worker's copy, or after a crash (a new worker) the project's text again.
      const source = session.summary ? { kind: 'current' } : { kind: 'text', text: d.text, name: d.name };
      return session.load(source, projectCsvOptions({ ...opened, state: session.state }), d.name);
    }
    let imported;
    try {
      const project = await fetchProject(url, name);
      this.#project = project;
      imported = await openProject(session, project);
    } catch (e) {
      this.#project = null;
      this.#error(liveText(() => t('Could not open the project: {message}', { message: String(engineErrorText(e)) })), 'data');
      return null;
    }
    const project = /** @type {NonNullable<typeof opened>} */ (this.#project);
    if (imported === undefined || this.session !== session) return null;
    views.projectOpened(project, name, imported);
    if (project.challenge && !this.settings.challenge) views.challenge?.set(parseChallenge(project.challenge).challenge, session.state);
    return session.summary;
  }

  #stop() {
    this.observer?.disconnect();
    delete this.dataset.loaded;
    this.stopLocale?.();
    this.views?.dispose();
    this.session?.dispose();
    this.session = this.views = this.form = this.datasetField = this.starting = this.#project = null;
    this.#newReady();
  }

  // ---- messages and events

  // The notice holds what the learner cannot see elsewhere: attributes not used, errors
  // of settings without a field here, and failures (data, engine, worker).
  /** @param {string} kind @param {Live | string} message '' for none */
  #say(kind, message) {
    this.messages = { ...this.messages, [kind]: message };
    const shown = Object.values(this.messages).filter(Boolean);
    this.notice.hidden = shown.length === 0;
    setText(this.notice, liveText(() => shown.map(String).join(' ')));
  }

  // The problems' texts are made in the language of the moment: they are read again in each.
  #sayProblems() {
    const problems = () => {
      const list = readWidgetSettings((name) => this.getAttribute(name), defaultState()).problems;
      const unknown = this.getAttribute('data-unknown');  // embed.js: keys of its URL that are no setting
      if (unknown) list.push(tp('unknown setting {names}', 'unknown settings {names}', { count: unknown.split(',').length, names: unknown }));
      return list;
    };
    this.#say('settings', problems().length
      ? liveText(() => t('Some settings were not used: {problems}.', { problems: problems().join(t('; ')) })) : '');
  }

  /** @param {Live | string} message @param {string} source @param {string} [kind] the notice's part it replaces */
  #error(message, source, kind = 'failure') {
    this.#say(kind, message);
    this.#emit('error', { message: String(message), source });
  }

  #showHiddenErrors() {
    const { session } = this;
    const shown = new Set(this.settings.fields);
    const hidden = () => Object.entries(session.errors())
      .filter(([field]) => field !== 'general' && !shown.has(field.split('.')[0]));
    this.#say('hidden', hidden().length
      ? liveText(() => t('This setup cannot train: {problems}.', { problems: hidden().map(([f, m]) => t('{field} {message}', { field: f, message: m })).join(t('; ')) })) : '');
  }

  /** @param {string} type @param {unknown} detail */
  #emit(type, detail) {
    // An `error` stays on the element: bubbling to window, it would read as the page's own
    // script error to window.onerror and to error trackers.
    const bubbles = type !== 'error';
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles, composed: bubbles }));
  }

  /** @param {State} state */
  #updateLink(state) {
    this.openLink.hidden = state.dataset === 'csv';
    // The page opens in the widget's language (it reads lang from its link's hash).
    setAttr(this.openLink, 'href', liveText(() => new URL(`index.html${toHash(state)}&lang=${currentLocale()}`, siteUrl()).href));
  }
}

reflectAttributes(NnPlayground, REFLECTED);  // el.preset = 'moons' is setAttribute('preset', 'moons')

export { setBasePath };

if (!customElements.get('nn-playground')) customElements.define('nn-playground', NnPlayground);
