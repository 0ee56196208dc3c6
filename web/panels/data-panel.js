// The data panel, in two places: on the stage, the built-in choice, CSV upload (file
// chooser, drag-and-drop, paste), read progress, the data layer's errors next to the
// upload, the counts and the sliders (noise, validation share, points, batch size) with
// Regenerate; in the details card, the summary, every data option, the column roles and
// the preview table. Everything from files is shown as text.
import { h, replace, fmt } from '../ui/dom.js';
import { t, live, liveText, msg, setText } from '../i18n/text.js';
import { createFields, createFlagsField } from './fields.js';
import { PROPS, PROP } from '../core/state.js';
import { DATASETS, classLabel } from '../core/presets.js';
import { renderSummary, renderPreview, renderCounts, columnTypeText } from './data-summary.js';
import { createSlider } from './slider-field.js';
import { ColumnRoles } from './column-roles.js';
import { helpButton } from '../teaching/help-button.js';
import { hasCode } from '../core/engine-messages.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../i18n/text.js').Live} Live
 * @typedef {import('../core/engine-types.js').DataSummary} DataSummary
 * @typedef {import('./fields.js').FieldProp} FieldProp
 * @typedef {{target: string | null, ignore: string[], skipRagged?: boolean, lastIgnore?: string[]}} CsvChoices
 *   the choices for the loaded CSV: target, ignored columns, skip malformed rows (lastIgnore: those it loaded with)
 * @typedef {{
 *   onBuiltin: (name: string) => unknown, onFiles: (files: File[]) => unknown, onText: (text: string, name: string) => unknown,
 *   onReloadCsv: (csv: CsvChoices) => unknown, onRetryPending: (csv: CsvChoices) => unknown,
 *   onDataOption: (name: string, value: unknown, invalid: boolean) => unknown,
 * }} DataHandlers
 */

const DATA_FIELDS = ['rows', 'noise', 'classes', 'subset', 'validation', 'scaling', 'missing', 'task', 'dataSeed'];

/** @param {number} v */
const percent = (v) => `${Math.round(v * 100)}%`;
// The stage's sliders: [setting, slider range]; the settings form takes any allowed value.
/** @type {[string, import('./slider-field.js').SliderRange][]} */
const SLIDERS = [
  ['validation', { min: 0, max: 0.9, step: 0.05, label: msg('Validation data'), format: percent }],
  ['noise', { min: 0, max: 1, step: 0.05 }],
  ['rows', { min: 50, max: 2000, step: 50 }],
  ['classes', { min: 2, max: 10, step: 1 }],
  ['subset', { min: 100, max: 10000, step: 100 }],
  ['batch_size', { min: 2, max: 128, step: 1, label: msg('Batch size') }],
];

export class DataPanel {
  /**
   * handlers: the user chose a built-in, a file, pasted text, other choices for the CSV
   * loaded (or for the one rejected), or edited a data option.
   * @param {{stage: HTMLElement, details: HTMLElement, inputs: HTMLElement}} roots the stage's data column, the details
   *   card, and where the derived inputs are chosen (beside the network's inputs)
   * @param {DataHandlers} handlers
   */
  constructor({ stage, details, inputs }, handlers) {
    this.handlers = handlers;
    /** @type {CsvChoices} */
    this.csv = { target: null, ignore: [] };  // choices for the loaded CSV
    this.select = h('select', { id: 'dataset', name: 'dataset' });
    const groups = new Map();
    for (const d of DATASETS) {
      if (!groups.has(d.group)) groups.set(d.group, h('optgroup', { label: live(d.group) }));
      groups.get(d.group).append(h('option', { value: d.name, text: live(d.label) }));
    }
    this.csvOption = h('option', { value: 'csv', text: live('Your CSV'), hidden: true, disabled: true });
    this.select.append(...groups.values(), h('optgroup', { label: live('Uploaded') }, this.csvOption));
    this.select.addEventListener('change', () => {
      if (this.select.value !== 'csv') handlers.onBuiltin(this.select.value);
      else handlers.onReloadCsv(this.csv);
    });
    this.about = h('p', { class: 'hint about' });

    // A CSV, or the two IDX files of pictures and labels (MNIST's format, which has no
    // extension, hence no accept list).
    this.fileInput = h('input', { type: 'file', id: 'csv-file', multiple: true, class: 'visually-hidden' });
    this.fileInput.addEventListener('change', () => {
      const files = [...this.fileInput.files ?? []];
      if (files.length) handlers.onFiles(files);
      this.fileInput.value = '';
    });
    this.pasteArea = h('textarea', { id: 'csv-paste', rows: 5, spellcheck: 'false',
      placeholder: live('a,b,label\n1.0,2.0,yes\n…'), 'aria-label': live('CSV text to load') });
    this.pasteBox = h('div', { class: 'paste', hidden: true }, this.pasteArea,
      h('button', { type: 'button', class: 'secondary', text: live('Load pasted text'), onclick: () => {
        if (this.pasteArea.value.trim()) handlers.onText(this.pasteArea.value, 'pasted.csv');
      } }));
    const help = { dataset: helpButton('dataset'), upload: helpButton('upload'), paste: helpButton('paste') };
    this.dropZone = h('div', { class: 'drop-zone', id: 'drop-zone' },
      this.fileInput, h('label', { for: 'csv-file', class: 'button secondary', text: live('Upload a CSV…') }), help.upload.button,
      h('span', { class: 'hint', text: live(' or drop a file here, or ') }),
      h('button', { type: 'button', class: 'link', id: 'paste-toggle', text: live('paste text'), 'aria-expanded': 'false', onclick: (e) => {
        this.pasteBox.hidden = !this.pasteBox.hidden;
        e.target.setAttribute('aria-expanded', String(!this.pasteBox.hidden));
        if (!this.pasteBox.hidden) this.pasteArea.focus();
      } }), help.paste.button, help.upload.panel, help.paste.panel);
    this.progress = h('progress', { id: 'load-progress', max: 1, value: 0, hidden: true, 'aria-label': live('Loading data') });
    this.progressText = h('span', { class: 'hint', 'aria-live': 'polite' });
    this.error = h('div', { class: 'error-box', id: 'data-error', role: 'alert', hidden: true });
    this.summary = h('div', { class: 'summary', id: 'data-summary', 'aria-live': 'polite' });
    this.counts = h('div', { class: 'counts-line', id: 'data-counts' });
    /** @param {string} name */
    const prop = (name) => /** @type {import('./slider-field.js').SliderProp} */ (PROPS.find((p) => p.name === name));
    this.sliders = SLIDERS.map(([name, range]) => createSlider(prop(name), (n, v, bad) => handlers.onDataOption(n, v, bad), range));
    this.regenerate = h('button', { type: 'button', class: 'secondary', id: 'regenerate', text: live('Regenerate'),
      title: live('New points: the next data seed'), onclick: () => handlers.onDataOption('dataSeed', (this.state?.dataSeed ?? 0) + 1, false) });
    this.roles = h('div', { class: 'roles', id: 'column-roles-panel', hidden: true });
    this.columnRoles = new ColumnRoles(this.roles);
    /** @type {string | null | undefined} the file whose columns the list shows */
    this.rolesOf = null;
    this.preview = h('div', { class: 'preview' });
    const options = h('div', { class: 'field-grid' });
    this.fields = createFields(options, /** @type {FieldProp[]} */ (DATA_FIELDS.map((n) => PROPS.find((p) => p.name === n))),
      (name, value, invalid) => handlers.onDataOption(name, value, invalid));
    // Offered only for data with exactly two numeric inputs (the loaded summary says so).
    this.derived = createFlagsField(/** @type {import('../core/flag-set.js').FlagsSpec & {name: string}} */ (PROP.derived),
      (name, value, invalid) => handlers.onDataOption(name, value, invalid));
    this.derived.el.hidden = true;

    replace(stage,
      h('div', { class: 'field' }, h('span', { class: 'label-row' }, h('label', { for: 'dataset', text: live('Data set') }),
        help.dataset.button), this.select, help.dataset.panel), this.about,
      this.dropZone, this.pasteBox, h('div', { class: 'load-status' }, this.progress, this.progressText),
      this.error, this.counts, h('div', { class: 'sliders' }, this.sliders.map((sl) => sl.el)),
      h('div', { class: 'buttons' }, this.regenerate));
    replace(details, this.summary, options, this.roles, this.preview);
    replace(inputs, this.derived.el);
    this.#setUpDragAndDrop();
  }

  #setUpDragAndDrop() {
    let depth = 0;
    /** @param {DragEvent} e */
    const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
    document.addEventListener('dragenter', (e) => { if (hasFiles(e)) { depth++; document.body.classList.add('dragging'); } });
    document.addEventListener('dragleave', () => { if (--depth <= 0) { depth = 0; document.body.classList.remove('dragging'); } });
    document.addEventListener('dragover', (e) => { if (hasFiles(e)) e.preventDefault(); });
    document.addEventListener('drop', (e) => {
      depth = 0;
      document.body.classList.remove('dragging');
      const files = [...e.dataTransfer?.files ?? []];
      if (!files.length) return;
      e.preventDefault();
      this.handlers.onFiles(files);
    });
  }

  /** Reflects the state and its errors ({field: message}). @param {State} state @param {Record<string, string>} errors */
  update(state, errors) {
    this.state = state;
    this.select.value = state.dataset;
    for (const slider of this.sliders) slider.update(state);
    this.regenerate.hidden = !state.generated;
    const d = DATASETS.find((x) => x.name === state.dataset);
    setText(this.about, d ? live(d.about) : '');
    for (const [name, field] of Object.entries(this.fields)) {
      field.update(state);
      field.setError(field.el.hidden ? null : errors[name]);
    }
    this.derived.update(state);
    this.derived.setError(errors.derived);
  }

  /** @param {boolean} busy whether data is loading (the choices are disabled meanwhile) */
  setBusy(busy) {
    this.select.disabled = busy;
    this.fileInput.disabled = busy;
  }

  /**
   * Bytes read (of total, 0: unknown), after a label ("Reading"): a string, or a live text that follows the language.
   * @param {number} loaded @param {number} total @param {string | Live} label
   */
  showProgress(loaded, total, label) {
    this.progress.hidden = false;
    if (total > 0) { this.progress.max = total; this.progress.value = loaded; } else this.progress.removeAttribute('value');
    const params = { label, loaded: fmt(loaded / 1e6, 3), total: fmt(total / 1e6, 3) };
    setText(this.progressText, liveText(() => (total ? t('{label} {loaded} MB of {total} MB', params) : t('{label} {loaded} MB', params))));
  }

  /** @param {string | Live} [message] said in its place */
  hideProgress(message = '') {
    this.progress.hidden = true;
    setText(this.progressText, message);
  }

  /**
   * Shows a loaded data set; `csvName` is the uploaded file's name, null for built-ins.
   * @param {DataSummary} summary
   * @param {string | null | undefined} csvName
   * @param {{keepError?: boolean}} [options]
   */
  showSummary(summary, csvName, { keepError = false } = {}) {
    if (!keepError) this.clearError();
    this.loaded = summary;
    this.derived.el.hidden = !summary.two_numeric_inputs;
    if (csvName) {
      this.csvOption.hidden = false;
      this.csvOption.disabled = false;
      setText(this.csvOption, live('Your CSV: {name}', { name: csvName }));
      this.select.value = 'csv';
      setText(this.about, '');
      this.csv.target = summary.target;
    }
    const dataset = this.select.value;
    renderSummary(this.summary, summary, csvName ? undefined : (name) => classLabel(dataset, name));
    renderCounts(this.counts, summary);
    renderPreview(this.preview, summary);
    this.roles.hidden = !csvName;
    if (csvName) {
      this.columnRoles.show(summary, {
        onTarget: (target) => { this.csv.target = target; this.csv.ignore = this.csv.ignore.filter((c) => c !== target); this.handlers.onReloadCsv(this.csv); },
        onIgnore: (name, ignored) => {
          this.csv.ignore = ignored ? [...new Set([...this.csv.ignore, name])] : this.csv.ignore.filter((c) => c !== name);
          this.handlers.onReloadCsv(this.csv);
        },
        ignore: this.csv.ignore,
      }, { sameFile: csvName === this.rolesOf });
    }
    this.rolesOf = csvName;
  }

  /**
   * Shows a data-layer error next to the upload. When the rejected file parsed
   * (preview), its columns are listed with a target choice to try again; when rows had
   * the wrong number of fields, a button loads the file without them.
   * @param {string | Live} message
   * @param {{fileName?: string | null, preview?: DataSummary | null, kept?: string | Live | null,
   *   coded?: import('../core/engine-messages.js').EngineMessage | null}} [details] kept: what stays loaded;
   *   coded: the engine's coded message
   */
  showError(message, { fileName, preview, kept, coded } = {}) {
    this.error.hidden = false;
    const ragged = coded ? hasCode(coded, ['csv.ragged_rows', 'csv.ragged_rows_one'])
      : /choose to skip them/.test(String(message));  // an English-only message
    const retry = preview ? this.#retryChoice(preview)
      : ragged ? h('div', { class: 'retry' }, h('button', {
        type: 'button', class: 'secondary', id: 'skip-ragged', text: live('Load it without the malformed rows'),
        onclick: () => this.handlers.onRetryPending({ target: null, ignore: [], skipRagged: true }) })) : null;
    replace(this.error,
      h('p', { class: 'error-title', text: fileName ? live('Could not load “{name}”:', { name: fileName }) : live('Could not load the data:') }),
      h('p', { class: 'error-message', text: message }),
      kept ? h('p', { class: 'hint', text: live('Still loaded: {kept}. Your settings are unchanged.', { kept }) }) : null,
      retry);
  }

  /** @param {DataSummary} preview */
  #retryChoice(preview) {
    const id = 'retry-target';
    const select = h('select', { id }, preview.columns.map((c) =>
      h('option', { value: c.name, text: liveText(() => t('{name} ({type})', { name: c.name, type: columnTypeText(c.type) })),
        selected: c.name === preview.target })));
    return h('div', { class: 'retry' },
      h('label', { for: id, text: live('Try again with target column ') }), select, ' ',
      h('button', { type: 'button', class: 'secondary', text: live('Load with this target'),
        onclick: () => this.handlers.onRetryPending({ target: select.value, ignore: [] }) }));
  }

  /** Hides the error. */
  clearError() {
    this.error.hidden = true;
    this.error.replaceChildren();
  }
}
