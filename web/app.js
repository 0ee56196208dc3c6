// The playground page: owns the state, keeps the form, the URL hash and the engine's
// configuration in step with it, and turns user actions into worker requests. The
// worker's events are drawn by session-views.js.
import { $ } from './dom.js';
import { WorkerClient } from './worker-client.js';
import { defaultState, validate, toEngineConfig, toDataOptions, toHash, fromHash, fromEngineConfig,
  fieldOfEngineMessage } from './state.js';
import { DATASET, presetFor, presetForUpload } from './presets.js';
import { DataPanel } from './data-panel.js';
import { ConfigForm, describeOutput } from './config-form.js';
import { TrainControls } from './train-controls.js';
import { SessionViews } from './session-views.js';
import { ModelIo } from './model-io.js';

export class App {
  constructor() {
    this.state = defaultState();
    this.engineErrors = {};   // field -> message from the engine's configure
    this.summary = null;
    this.csvName = null;
    this.loading = false;
    this.running = false;
    this.runs = 0;            // Train and Step presses, to tell a stale reply from the current one
  }

  async start() {
    const notice = $('#notice');
    if (location.protocol === 'file:') {
      notice.hidden = false;
      notice.textContent = 'This page must be served over http(s): browsers do not run module workers or load ' +
        'WebAssembly from file:// pages. Run "npm start", or serve this folder with any static server.';
      return;
    }
    this.#applyHash(location.hash, true);
    this.client = new WorkerClient(new URL('./worker.js', import.meta.url));
    this.data = new DataPanel($('#data-panel'), {
      onBuiltin: (name) => this.#chooseBuiltin(name),
      onFile: (file) => this.#loadSource({ kind: 'file', file, name: file.name }, file.name),
      onText: (text, name) => this.#loadSource({ kind: 'text', text, name }, name),
      onReloadCsv: (csv) => this.#loadSource({ kind: 'current' }, this.csvName, csv),
      onRetryPending: (csv) => this.#loadSource({ kind: 'pending' }, this.pendingName, csv),
      onDataOption: (name, value, invalid) => this.#change(name, value, invalid, 'data'),
    });
    this.form = new ConfigForm($('#config-panel'), {
      onChange: (name, value, invalid) => this.#change(name, value, invalid, 'model'),
    });
    this.controls = new TrainControls($('#controls'), {
      onTrain: () => this.train(), onPause: () => this.client.request('pause'),
      onStep: () => this.step(), onReset: () => this.reset(),
    });
    this.views = new SessionViews(this, this.client);
    this.modelIo = new ModelIo($('#model-io'), {
      onExportModel: async () => (await this.client.request('export', { what: 'model' })).json,
      onExportHistory: async () => (await this.client.request('export', { what: 'history' })).history,
      onImport: (text, name) => this.#importModel(text, name),
    });
    $('#copy-link').addEventListener('click', () => this.#copyLink());
    window.addEventListener('hashchange', () => {
      if (location.hash !== this.writtenHash) this.#applyHash(location.hash, false);
    });
    this.client.on('error', (e) => this.#showConfigError(e.message));
    this.client.on('fatal', (e) => this.controls.setStatus(`The training worker failed: ${e.message}`, 'error'));
    this.refresh();
    this.controls.setStatus('Loading the engine…');
    try {
      await this.client.request('init');
    } catch (e) {
      this.controls.setStatus(`Could not load the engine: ${e.message}`, 'error');
      return;
    }
    this.controls.setStatus('');
    await this.#loadData();
    await this.configure();
    document.body.dataset.ready = 'true';
    performance.mark('nnplay-ready');  // usable: engine loaded, data shown, Train enabled
  }

  // ---- state

  #applyHash(hash, initial) {
    const { values, problems } = fromHash(hash);
    let name = values.dataset ?? this.state.dataset;
    if (!DATASET[name]) {
      if (name === 'csv') problems.unshift('the link was made with an uploaded CSV: upload the file again');
      else problems.unshift(`unknown data set "${name}"`);
      name = 'circles';
    }
    const changedData = !initial && name !== this.state.dataset;
    this.state = { ...this.state, ...presetFor(name), ...values, dataset: name };
    const notice = $('#notice');
    notice.hidden = problems.length === 0;
    notice.textContent = problems.length ? `Some settings in the link were not used: ${problems.join('; ')}.` : '';
    if (!initial) {
      this.refresh();
      (changedData ? this.#loadData() : Promise.resolve()).then(() => this.configure());
    }
  }

  /** Errors of the current state: the form's own checks, then the engine's. */
  errors() {
    return { ...this.engineErrors, ...validate(this.state) };
  }

  refresh() {
    const errors = this.errors();
    this.data.update(this.state, errors);
    this.form.update(this.state, errors, describeOutput(this.summary, this.state.loss));
    const count = Object.keys(errors).length;
    const reason = this.loading ? 'Loading data…' : !this.summary ? 'Load a data set to train.'
      : errors.general ? `${errors.general}.`
        : count ? `Fix ${count === 1 ? 'the highlighted setting' : `the ${count} highlighted settings`} to train.` : '';
    this.controls.setEnabled(!reason, reason);
    this.data.setBusy(this.loading);
    this.modelIo.setEnabled(Boolean(this.summary) && !this.loading);
    if (count === 0) this.#writeHash();
  }

  #writeHash() {
    this.writtenHash = toHash(this.state);
    if (location.hash !== this.writtenHash) history.replaceState(null, '', this.writtenHash);
    $('#share-link').value = location.href;
  }

  #change(name, value, invalid, kind) {
    this.state = { ...this.state, [name]: value };
    delete this.engineErrors[name];
    delete this.engineErrors.general;
    if (name === 'layers') for (const k of Object.keys(this.engineErrors)) if (k.startsWith('layers')) delete this.engineErrors[k];
    this.refresh();
    if (invalid || Object.keys(validate(this.state)).length) return;
    clearTimeout(this.pendingChange);
    this.pendingChange = setTimeout(() => {
      if (kind === 'data') this.#loadData().then(() => this.configure());
      else this.configure();
    }, 300);
  }

  #chooseBuiltin(name) {
    this.state = { ...this.state, ...presetFor(name) };
    this.engineErrors = {};
    this.refresh();
    this.#loadData().then(() => this.configure());
  }

  // ---- worker requests

  async #loadData() {
    const s = this.state;
    if (s.dataset === 'csv') return this.#loadSource({ kind: 'current' }, this.csvName, this.data.csv);
    const d = DATASET[s.dataset];
    const options = toDataOptions(s);
    if (d.target) options.target = d.target;
    const source = d.file ? { kind: 'url', url: new URL(d.file, document.baseURI).href, name: d.file.split('/').pop(),
      rows: d.name === 'mnist' ? s.subset : 0 } : { kind: 'builtin', name: d.name };
    return this.#request(source, options, null);
  }

  /** Loads a CSV (file, text, the current one with new choices, or the rejected one retried). */
  async #loadSource(source, name, csv) {
    const first = source.kind === 'file' || source.kind === 'text';
    const s = first && this.state.dataset !== 'csv' ? { ...this.state, ...presetForUpload(), dataset: 'csv' } : this.state;
    const options = { ...toDataOptions({ ...s, generated: false }) };
    if (!first && csv?.target) options.target = csv.target;
    if (!first && csv?.ignore?.length) options.ignore_columns = csv.ignore;
    if (!first && csv?.skipRagged) options.skip_ragged_rows = true;
    const summary = await this.#request(source, options, name);
    if (!summary) return;
    if (first || source.kind === 'pending') this.data.csv = { target: summary.target, ignore: csv?.ignore ?? [], skipRagged: Boolean(csv?.skipRagged) };
    this.data.csv.target = summary.target;
    this.data.csv.lastIgnore = [...this.data.csv.ignore];
    if (this.state.dataset !== 'csv' || first) this.state = { ...s, dataset: 'csv', generated: false };
    // A new file smaller than a mini-batch trains with the full batch (the engine would refuse).
    if ((first || source.kind === 'pending') && this.state.batch === 'mini' && this.state.batch_size > summary.train_rows) {
      this.state = { ...this.state, batch: 'full' };
    }
    this.refresh();
    await this.configure();
  }

  async #request(source, options, csvName) {
    this.loading = true;
    this.refresh();
    try {
      const reply = await this.client.request('load', { source, options });
      this.summary = reply.summary;
      if (csvName) this.csvName = csvName;
      this.data.showSummary(reply.summary, csvName);
      const cut = reply.truncated;
      this.data.hideProgress(cut ? `Read the first ${cut.rows.toLocaleString()} rows (${(cut.bytes / 1e6).toFixed(1)} MB) ` +
        'and stopped the download there.' : '');
      this.views.dataLoaded(reply);
      return reply.summary;
    } catch (e) {
      this.data.hideProgress();
      if (e.fileName) this.pendingName = e.fileName;
      const kept = this.summary ? `${this.csvName && this.state.dataset === 'csv' ? `“${this.csvName}”` : `“${this.summary.name}”`} (${this.summary.rows} rows)` : null;
      this.data.showError(e.message, { fileName: e.fileName, preview: e.preview, kept });
      // The target/ignore choice that failed is undone in the table: what is loaded is shown.
      if (source.kind === 'current' && this.summary && this.state.dataset === 'csv') {
        this.data.csv.ignore = this.data.csv.lastIgnore ?? [];
        this.data.showSummary(this.summary, this.csvName, { keepError: true });
      }
      return null;
    } finally {
      this.loading = false;
      this.refresh();
    }
  }

  async configure() {
    if (Object.keys(validate(this.state)).length) return;
    try {
      const reply = await this.client.request('configure', { config: toEngineConfig(this.state) });
      this.engineErrors = {};
      this.config = reply.config;
      if (reply.restarted) this.views.configured(reply.config);
      else this.controls.showProgress({ epoch: reply.epoch, epochs: reply.config.epochs, samplesPerSecond: 0, secondsPerEpoch: 0 });
    } catch (e) {
      this.#showConfigError(e.message);
    }
    this.refresh();
  }

  // The engine's objection, at the field it names; one that names no field (the data
  // and the settings do not fit together) blocks Train with the message itself.
  #showConfigError(message) {
    const field = fieldOfEngineMessage(message);
    this.engineErrors = field ? { [field]: message.replace(/^[a-z_0-9.[\]]+ /, '') } : { general: message };
    this.refresh();
  }

  // Each Train or Step is a run; the reply of one that a newer run has overtaken (a Step
  // answered after Train was pressed) must not end the newer one.
  async train() {
    const run = ++this.runs;
    this.views.trainingStarted();
    try {
      const done = await this.client.request('train');
      if (run === this.runs) this.views.trainingEnded(done);
    } catch (e) {
      if (run === this.runs) this.views.trainingEnded({ reason: 'error', message: e.message });
    }
  }

  async step() {
    const run = ++this.runs;
    try {
      const done = await this.client.request('step');
      if (run === this.runs) this.views.trainingEnded({ ...done, reason: done.stopped ? 'stepped-stopped' : 'stepped' });
    } catch (e) {
      if (run === this.runs) this.controls.setStatus(e.message, 'error');
    }
  }

  async reset() {
    await this.client.request('reset');
    this.views.configured(this.config);
    this.controls.setStatus('Reset: new weights from the seed, epoch 0.');
  }

  async #importModel(text, name) {
    let model;
    try { model = JSON.parse(text); } catch (e) { throw new Error(`“${name}” is not JSON: ${e.message}`); }
    const reply = await this.client.request('import', { json: text });
    this.state = { ...this.state, ...fromEngineConfig(reply.config) };
    this.engineErrors = {};
    this.refresh();
    this.views.modelImported(model, name);
    this.modelIo.say(`Imported “${name}”: predicting with it now. Training again starts over from its settings.`);
  }

  async #copyLink() {
    const url = location.href;
    const input = $('#share-link');
    input.value = url;
    let copied = false;
    try { await navigator.clipboard.writeText(url); copied = true; } catch { input.select(); copied = document.execCommand?.('copy'); }
    $('#copy-status').textContent = copied ? 'Link copied.' : 'Select the link and copy it.';
  }
}
