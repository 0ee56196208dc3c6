// The playground page: a Session (session.js) with the page's own parts around it:
// the data panel with CSV upload, the full settings form, the URL hash and share link,
// and saving/loading models. The training views are the widget's (session-views.js).
import { $, h, replace, download } from './ui/dom.js';
import { copyText } from './ui/clipboard.js';
import { live, liveText, t, tp, msg, setText, setLocale, currentLocale, translateStatic, onLocaleChange } from './i18n/text.js';
import { textError } from './i18n/text-error.js';
import { chooseLocale, localeOf, LOCALES } from './i18n/locale.js';
import { WorkerClient } from './core/worker-client.js';
import { PROP, defaultState, toDataOptions } from './core/state.js';
import { toHash, fromHash } from './core/state-link.js';
import { parseChallenge } from './core/challenge.js';
import { projectText, parseProject, checkProjectSize, PROJECT_EXTENSION } from './core/project-file.js';
import { openProject } from './core/open-project.js';
import { DATASET, presetFor, presetForUpload } from './core/presets.js';
import { idxPair } from './core/image-data.js';
import { Session } from './core/session.js';
import { codedError, engineErrorText } from './core/engine-messages.js';
import { DataPanel } from './panels/data-panel.js';
import { ConfigForm, describeOutput } from './panels/config-form.js';
import { StageBar, datasetsOfTask } from './panels/stage-bar.js';
import { LayerTools } from './views/layer-tools.js';
import { SessionViews } from './views/session-views.js';
import { RunsView } from './panels/runs-panel.js';
import { StepView } from './views/step-view.js';
import { ModelIo, canvasesPng } from './panels/model-io.js';
import { addViewHelp } from './teaching/help-button.js';
import { MathCard, ExperimentsCard, whenNear } from './panels/teaching-cards.js';
import { keepLinkTargetsInView } from './ui/keep-in-view.js';
import { keepLoadedData } from './offline/offline.js';

/**
 * @typedef {import('./core/state.js').State} State
 * @typedef {import('./panels/data-panel.js').CsvChoices} CsvChoices
 * @typedef {{kind: 'file', file: File, name: string} | {kind: 'text', text: string, name: string}
 *   | {kind: 'idx', images: File, labels: File, test: {images: File, labels: File} | null, name: string}
 *   | {kind: 'current'} | {kind: 'pending'}} CsvSource
 *   a file to load: a CSV file, pasted text, IDX files, the worker's current one or the one it rejected
 */

/** localStorage key: the language last picked with the page's switch. */
const CHOSEN_LANGUAGE = 'nnplay-language';

/** The `lang` a link names: in its hash (where the page writes it), else in its query. @param {string} hash @param {string} [search] */
const linkLanguage = (hash, search = '') =>
  new URLSearchParams(hash.replace(/^#/, '')).get('lang') ?? new URLSearchParams(search).get('lang');

function storedLanguage() {
  try { return localStorage.getItem(CHOSEN_LANGUAGE); } catch { return null; }  // storage blocked: no memory
}

export class App {
  /** Builds the page around a session, loads the engine and the data. @returns {Promise<void>} */
  async start() {
    await this.#startLanguage();
    const notice = $('#notice');
    if (location.protocol === 'file:') {
      notice.hidden = false;
      setText(notice, live('This page must be served over http(s): browsers do not run module workers or load ' +
        'WebAssembly from file:// pages. Run "npm start", or serve this folder with any static server.'));
      return;
    }
    const s = this.session = new Session({
      createClient: () => new WorkerClient(new URL('./worker.js', import.meta.url)),  // dist/worker.js, beside the bundle
      dataBase: document.baseURI, state: this.#stateFromHash(location.hash, defaultState()),
      reloadCsv: () => this.#reloadCsv(),
    });
    keepLoadedData(s);
    /** @param {string} name @param {unknown} value @param {boolean} [invalid] */
    const change = (name, value, invalid = false) => s.change(name, value, invalid, PROP[name]?.kind ?? 'model');
    this.data = new DataPanel({ stage: $('#data-stage'), details: $('#data-panel'), inputs: $('#input-choices') }, {
      onBuiltin: (name) => s.chooseBuiltin(name),
      onFiles: (files) => this.#loadFiles(files),
      onText: (text, name) => this.#loadSource({ kind: 'text', text, name }, name),
      onReloadCsv: (csv) => this.#loadSource({ kind: 'current' }, this.csvName, csv),
      onRetryPending: (csv) => this.#loadSource({ kind: 'pending' }, this.pendingName, csv),
      onDataOption: change,
    });
    this.form = new ConfigForm($('#config-panel'), { onChange: change });
    this.bar = new StageBar($('#bar-settings'), { onChange: change, onProblem: (task) => this.#switchProblem(task) });
    this.layerTools = new LayerTools($('#layer-tools'), { onLayers: (layers) => change('layers', layers) });
    this.views = new SessionViews(s, document, { flagHost: document.body, compact: true });
    this.controls = this.views.controls;
    this.views.challenge.set(this.#linkValues(location.hash).challenge, s.state);  // a teacher's goal, from the link
    this.controls.listenForShortcuts(document);
    this.#compareAndStep();
    this.modelIo = new ModelIo($('#model-io'), {
      onExportModel: async () => (await s.request('export', { what: 'model' })).json,
      onExportHistory: async () => {
        const { history, epoch } = await s.request('export', { what: 'history' });
        return this.runs.withEarlierEpochs(history, epoch);
      },
      onImport: (file) => this.#importModel(file),
      onSaveProject: () => this.#saveProject(),
      onOpenProject: (file) => this.#openProject(file),
      // The code generators load when first used (dist/chunks/).
      onExportCode: async () => (await import('./export/code-export.js')).exportCode(
        (await s.request('export', { what: 'model' })).json, { trainRows: s.summary?.train_rows }),
      onChartsPng: async () => canvasesPng(await this.views.charts?.canvases() ?? []),
    });
    // The teaching layer: the formulas, the guided experiments, each view's help line.
    this.math = new MathCard($('#math-panel'), s);
    this.experiments = new ExperimentsCard($('#experiments-panel'), s);
    // "Embed this": its code when the card comes near.
    const embedPanel = $('#embed-panel');
    replace(embedPanel, h('p', { class: 'hint', text: live('The embed builder loads when this card comes into view.') }));
    whenNear(embedPanel, () => import('./widget/embed-builder.js').then(({ EmbedBuilder }) => new EmbedBuilder(embedPanel, s),
      (e) => replace(embedPanel, h('p', { class: 'field-error', text: live('Could not load the embed builder: {error}', { error: e.message }) }))));
    addViewHelp(document);
    keepLinkTargetsInView($('.more-nav'), $('.more'));  // the lazy cards above a link's card grow as they load
    this.#listen();
    onLocaleChange(() => this.refresh());  // the form's messages are written in the language of the moment
    this.controls.setStatus(live('Loading the engine…'));
    try {
      await s.start();
    } catch (e) {
      this.controls.setStatus(live('Could not load the engine: {reason}', { reason: e.message }), 'error');
      return;
    }
    if (!s.crashed) this.controls.setStatus('');
    document.body.dataset.ready = 'true';
    performance.mark('nnplay-ready');  // usable: engine loaded, data shown, Train enabled
  }

  // The language: the link's, else the one picked here before, else the browser's. The
  // switch changes every text in place: the data, settings, network and runs stay.
  async #startLanguage() {
    const requested = linkLanguage(location.hash, location.search) ?? storedLanguage();
    const { locale } = chooseLocale({ requested, preferred: navigator.languages ?? [] });
    await this.#useLanguage(locale);
    translateStatic(document);
    const select = /** @type {HTMLSelectElement} */ ($('#language'));
    select.value = currentLocale();
    select.addEventListener('change', async () => {
      const picked = select.value;
      if (!(await this.#useLanguage(picked)) || currentLocale() !== picked) return;  // a later pick overtook it
      try { localStorage.setItem(CHOSEN_LANGUAGE, picked); } catch { /* storage blocked: not remembered */ }
      if (this.session) this.#writeHash();
    });
  }

  /** @param {string} locale @returns {Promise<boolean>} whether the page now speaks it */
  async #useLanguage(locale) {
    try {
      await setLocale(locale);
      return true;
    } catch (e) {
      const notice = $('#notice');
      notice.hidden = false;
      setText(notice, live('The texts of this language could not be loaded ({reason}); the page keeps its language.',
        { reason: e.message }));
      /** @type {HTMLSelectElement} */ ($('#language')).value = currentLocale();
      return false;
    }
  }

  // The Runs card (earlier runs kept and drawn faded in the charts) and the "Inside one
  // step" card (one mini-batch's numbers).
  #compareAndStep() {
    const s = this.session;
    this.runs = new RunsView($('#runs-panel'), s, this.views.charts);
    this.stepView = new StepView($('#step-panel'), { onStep: () => s.stepDetail() });
    const enable = () => this.stepView.setEnabled(!s.blocker() && !s.running);
    for (const type of ['change', 'train-start', 'train-end']) s.on(type, enable);
    s.on('configured', ({ reply }) => { if (reply.restarted) this.stepView.clear(); });
    s.on('reset', () => this.stepView.clear());
    s.on('step-detail', ({ reply }) => this.controls.setStatus(reply.detail.epoch_ended
      ? live('Trained one mini-batch: epoch {epoch} complete.', { epoch: reply.epoch }) : live('Trained one mini-batch.')));
  }

  #listen() {
    const s = this.session;
    $('#copy-link').addEventListener('click', () => this.#copyLink());
    window.addEventListener('hashchange', () => {
      // The page's own link, or a link to a card (#embed-card): not a setup.
      if (location.hash === this.writtenHash || !location.hash.includes('=')) return;
      const language = localeOf(linkLanguage(location.hash));
      if (language && language !== currentLocale()) {
        /** @type {HTMLSelectElement} */ ($('#language')).value = language;
        this.#useLanguage(language);
      }
      const { values } = this.#read(location.hash);
      // A new challenge is set before the settings (the link written on their change keeps
      // it), and takes the link's setup as the one it came with once they are applied.
      const { challenge } = this.#linkValues(location.hash);
      const newChallenge = (challenge?.text ?? '') !== this.views.challenge.text;
      if (newChallenge) this.views.challenge.set(challenge);
      s.apply(values);
      if (newChallenge) this.views.challenge.set(challenge, s.state);
    });
    s.on('progress', (p) => {
      if (p.phase === 'read') this.data.showProgress(p.loaded, p.total, live('Reading'));
      if (p.phase === 'parse') this.data.showProgress(p.bytes, 0, live('Parsing and checking'));
    });
    s.on('change', () => this.refresh());
    s.on('loaded', ({ reply, name }) => {
      if (name) this.csvName = name;
      this.loadedDataset = s.state.dataset;  // what a failed load later leaves in use
      this.data.showSummary(reply.summary, name);
      this.#placeConfusion(reply.twoD);
      this.refresh();  // the run bar's problem type is the data's
      const cut = reply.truncated;
      this.data.hideProgress(cut ? live('Read the first {rows} rows ({megabytes} MB) and stopped the download there.',
        { rows: cut.rows, megabytes: (cut.bytes / 1e6).toFixed(1) }) : '');
      this.modelIo.baseName = (reply.summary.name || 'data').replace(/\.[a-z]+$/i, '').replace(/[^\w.-]+/g, '_');
    });
    s.on('load-error', ({ error, source }) => {
      this.data.hideProgress();
      if (error.fileName) this.pendingName = error.fileName;
      const loaded = s.summary;
      // What stays loaded: the CSV by its file's name, a built-in by its name in the picker.
      const builtin = this.loadedDataset !== 'csv' ? DATASET[this.loadedDataset ?? ''] : null;
      const keptName = () => (builtin ? t(builtin.label) : this.csvName || loaded?.name);
      const kept = loaded ? liveText(() => tp('“{name}” ({count} row)', '“{name}” ({count} rows)', { name: keptName(), count: loaded.rows })) : null;
      this.data.showError(engineErrorText(error), { fileName: error.fileName, preview: error.preview, kept,
        coded: codedError(error) });
      // The target/ignore choice that failed is undone in the table: what is loaded is shown.
      if (source.kind === 'current' && loaded && s.state.dataset === 'csv') {
        this.data.csv.ignore = this.data.csv.lastIgnore ?? [];
        this.data.showSummary(loaded, this.csvName, { keepError: true });
      }
    });
  }

  /**
   * The state a link describes (on top of `base`), with a notice for what it could not use.
   * @param {string} hash @param {State} base @returns {State}
   */
  #stateFromHash(hash, base) {
    const { values } = this.#read(hash);
    const name = values.dataset ?? base.dataset;
    return { ...base, ...presetFor(name), ...values, dataset: name };
  }

  /** @param {string} hash @returns {{values: Partial<State>}} */
  #read(hash) {
    const { values, problems } = this.#linkValues(hash);
    const notice = $('#notice');
    notice.hidden = problems.length === 0;
    // Written again in a new language: the problems are read again in it.
    setText(notice, problems.length ? liveText(() => t('Some settings in the link were not used: {problems}.',
      { problems: this.#linkValues(hash).problems.join(t('; ')) })) : '');
    return { values };
  }

  /**
   * @param {string} hash
   * @returns {{values: Partial<State>, problems: string[], challenge: import('./core/challenge.js').Challenge | null}}
   */
  #linkValues(hash) {
    const { values, problems } = fromHash(hash);
    const challengeText = new URLSearchParams(hash.replace(/^#/, '')).get('challenge');
    const read = challengeText ? parseChallenge(challengeText) : { challenge: null, problems: [] };
    for (const problem of read.problems) problems.push(t('challenge: {problem}', { problem }));
    const language = linkLanguage(hash);
    if (language !== null && !localeOf(language)) {
      problems.push(t('lang: "{value}" is not a language of this page ({languages})', { value: language, languages: LOCALES.join(', ') }));
    }
    if (values.dataset !== undefined && !DATASET[values.dataset]) {
      if (values.dataset === 'csv') problems.unshift(t('the link was made with an uploaded CSV: upload the file again'));
      else problems.unshift(t('unknown data set "{name}"', { name: values.dataset }));
      values.dataset = 'circles';
    }
    return { values, problems, challenge: read.challenge };
  }

  /**
   * Regression or classification from the run bar: an uploaded CSV's target is read as
   * that; a built-in gives way to the first data set of that type.
   * @param {string} task
   */
  #switchProblem(task) {
    const s = this.session;
    if (s.state.dataset === 'csv') s.change('task', task, false, 'data');
    else if (datasetsOfTask(task).length) s.chooseBuiltin(datasetsOfTask(task)[0].name);
  }

  /** Brings the data panel, the form, the buttons and the URL up to date with the session. */
  refresh() {
    const s = this.session;
    const errors = s.errors();
    this.data.update(s.state, errors);
    this.form.update(s.state, errors, describeOutput(s.output));
    this.bar.update(s.state, errors, s.summary?.task);
    this.layerTools.update(s.state);
    this.data.setBusy(s.loading);
    this.modelIo.setEnabled(Boolean(s.summary) && !s.loading);
    if (Object.keys(errors).length === 0) this.#writeHash();
  }

  // Without a boundary to draw (more than two inputs), the output column shows the
  // confusion matrix under the curves; with one, the matrix is a card below the stage.
  /** @param {boolean} twoD */
  #placeConfusion(twoD) {
    const card = $('#confusion-section');
    const inOutput = card.parentElement === $('#output-col');
    if (twoD && inOutput) $('#runs-section').after(card);
    else if (!twoD && !inOutput) $('#output-col').append(card);
  }

  #writeHash() {
    const link = new URLSearchParams(toHash(this.session.state).slice(1));
    if (this.views?.challenge?.text) link.set('challenge', this.views.challenge.text);
    link.set('lang', currentLocale());  // a link shows the page in the language it was copied in
    this.writtenHash = `#${link}`;
    if (location.hash !== this.writtenHash) history.replaceState(null, '', this.writtenHash);
    /** @type {HTMLInputElement} */ ($('#share-link')).value = location.href;
  }

  // The CSV in use again with the current choices: from the worker, or after a crash
  // from the file or text the page still holds.
  #reloadCsv() {
    const source = this.session.summary ? { kind: 'current' } : this.csvSource;
    return this.#loadSource(source ?? { kind: 'current' }, this.csvName, this.data.csv);
  }

  /**
   * Files chosen or dropped: a CSV (the first file), or IDX files, the pictures and their
   * labels together (…-images-idx3-ubyte and …-labels-idx1-ubyte, each maybe .gz), with the
   * test set's (t10k-…) as its own test rows when all four come.
   * @param {File[]} files
   */
  #loadFiles(files) {
    const pair = idxPair(files);
    if (!pair) return this.#loadSource({ kind: 'file', file: files[0], name: files[0].name }, files[0].name);
    if ('missing' in pair) {
      this.data.showError(live('“{name}” is an IDX file: MNIST’s format is two files, the pictures (…-images-idx3-ubyte) and their labels (…-labels-idx1-ubyte). Choose or drop both at once.',
        { name: pair.missing }), { fileName: pair.missing });
      return undefined;
    }
    return this.#loadSource({ kind: 'idx', images: pair.images, labels: pair.labels, test: pair.test, name: pair.images.name },
      pair.images.name);
  }

  /**
   * Loads a CSV (file, text, the current one with new choices, or the rejected one retried).
   * @param {CsvSource} source @param {string} name @param {CsvChoices} [csv]
   */
  async #loadSource(source, name, csv) {
    const session = this.session;
    const first = (source.kind === 'file' || source.kind === 'text' || source.kind === 'idx') && source !== this.csvSource;
    const s = first && session.state.dataset !== 'csv' ? { ...session.state, ...presetForUpload(), dataset: 'csv' } : session.state;
    const options = { ...toDataOptions({ ...s, generated: false }) };
    if (!first && csv?.target) options.target = csv.target;
    if (!first && csv?.ignore?.length) options.ignore_columns = csv.ignore;
    if (!first && csv?.skipRagged) options.skip_ragged_rows = true;
    const summary = await session.load(source, options, name);
    if (!summary) return;
    if (first) this.csvSource = source;
    if (first || source.kind === 'pending') this.data.csv = { target: summary.target, ignore: csv?.ignore ?? [], skipRagged: Boolean(csv?.skipRagged) };
    this.data.csv.target = summary.target;
    this.data.csv.lastIgnore = [...this.data.csv.ignore];
    // A new file smaller than a mini-batch trains with the full batch (the engine would refuse).
    const tooSmall = (first || source.kind === 'pending') && s.batch === 'mini' && s.batch_size > summary.train_rows;
    await session.useCsv(tooSmall ? { ...s, batch: 'full' } : s);
  }

  /** @param {File} file */
  async #importModel(file) {
    const { name } = file;
    // Checked before reading: a file larger than the engine takes is not read at all.
    const max = this.session.limits?.max_text_bytes ?? Infinity;
    if (file.size > max) {
      throw textError(msg('“{name}” is {size} MB; model files of up to {max} MB can be imported (the engine’s memory in the ' +
        'browser is at most 2 GB). Is it a model saved by nnplay?'),
      { name, size: Math.round(file.size / 1e6), max: Math.round(max / 1e6) });
    }
    const text = await file.text();
    let model;
    try { model = JSON.parse(text); } catch (e) { throw textError(msg('“{name}” is not JSON: {reason}'), { name, reason: e.message }); }
    const { fit, epoch } = await this.session.importModel(text);
    // The run before stays in the list; the imported model's is a new one, from its score on the data.
    this.runs.continueFrom(fit.metrics ? [fit.metrics] : []);
    this.views.modelImported(model, name, fit, { epoch });
    this.modelIo.say(fit.differences.length === 0 && fit.data
      ? live('Imported “{name}”: predicting with it now. Train trains it further on the loaded data.', { name })
      : live('Imported “{name}”: predicting with it now. Training again starts over from its settings.', { name }));
  }

  // The session as a project file (core/project-file.js): the data, the settings, the runs,
  // the network and the challenge.
  async #saveProject() {
    const s = this.session;
    if (s.running) await s.pause();  // the network saved is the one the curves end with
    /** @type {import('./core/project-file.js').ProjectData} */
    let data;
    if (s.state.dataset === 'csv') {
      const name = this.csvName ?? 'data.csv';
      const reply = await s.request('export', { what: 'data' });
      if (!reply.data) {
        throw textError(msg('A project holds a CSV or a built-in data set; “{name}” is IDX pictures. Save the model instead.'), { name });
      }
      let text;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(reply.data.bytes);
      } catch {
        throw textError(msg('“{name}” is not UTF-8 text, which a project file holds. Save the model instead.'), { name });
      }
      const csv = this.data.csv ?? {};
      data = { kind: 'csv', name, text, target: s.summary?.target ?? csv.target ?? null, ignore: [...csv.ignore ?? []],
        skipRagged: Boolean(csv.skipRagged) };
    } else {
      data = { kind: 'builtin', name: s.state.dataset };
    }
    const model = JSON.parse((await s.request('export', { what: 'model' })).json);
    const { runs, current } = this.runs.snapshot();
    const text = projectText({ data, state: s.state, runs, current, model, challenge: this.views.challenge.text ?? '' });
    const file = `${this.modelIo.baseName}${PROJECT_EXTENSION}`;
    download(file, text, 'application/json');
    this.modelIo.say(live('Saved the project as “{name}” ({size} kB).', { name: file, size: Math.ceil(text.length / 1000) }));
  }

  /**
   * Opens a project file: its data, settings, runs, network and challenge replace the
   * session's; Train goes on training its network. A bad file changes nothing.
   * @param {File} file
   */
  async #openProject(file) {
    checkProjectSize(file.name, file.size);
    const project = parseProject(await file.text(), file.name);
    const s = this.session;
    const d = project.data;
    // The project's CSV and its choices are the page's from its loading on (the column table, a reload).
    const beforeCsv = () => {
      if (d.kind !== 'csv') return;
      this.csvSource = { kind: 'text', text: d.text, name: d.name };
      this.data.csv = { target: d.target ?? undefined, ignore: [...d.ignore], skipRagged: d.skipRagged, lastIgnore: [...d.ignore] };
    };
    const kept = { csvSource: this.csvSource, csv: this.data.csv };
    const imported = await openProject(s, project, { beforeCsv });
    if (imported === undefined) {  // the data did not load: the data panel says why, and the CSV in use stays
      this.csvSource = kept.csvSource;
      this.data.csv = kept.csv;
      return;
    }
    this.views.projectOpened(project, file.name, imported);
    this.runs.restore(project.runs, project.current);
    const { challenge } = project.challenge ? parseChallenge(project.challenge) : { challenge: null };
    this.views.challenge.set(challenge, s.state);
    this.refresh();  // the link: the project's settings and challenge
    const opened = live('Opened the project “{name}”.', { name: file.name });
    this.modelIo.say(project.problems.length
      ? live('{opened} Some settings were not used: {problems}.', { opened, problems: project.problems.join('; ') }) : opened);
  }

  async #copyLink() {
    const url = location.href;
    const input = /** @type {HTMLInputElement} */ ($('#share-link'));
    input.value = url;
    setText($('#copy-status'), await copyText(url, input) ? live('Link copied.') : live('Select the link and copy it.'));
  }
}
