// Save the session as a project file and open one; export the model (JSON), the metrics
// history (CSV), the model as code (a NumPy script, Keras, PyTorch) and the charts (PNG);
// import a saved model to predict with it and train it further.
import { h, replace, download } from '../ui/dom.js';
import { METRIC_COLUMNS } from '../core/run-history.js';
import { PROJECT_EXTENSION } from '../core/project-file.js';
import { helpButton } from '../teaching/help-button.js';
import { engineErrorText } from '../core/engine-messages.js';
import { t, live, msg, setText } from '../i18n/text.js';

/**
 * @typedef {import('../core/engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {import('../i18n/text.js').Live} Live
 */

// [key, the button's text (shown with live: Keras and PyTorch are names), file name part]
const CODE = [['numpy', msg('NumPy script'), 'numpy'], ['keras', 'Keras', 'keras'], ['pytorch', 'PyTorch', 'pytorch']];

/**
 * The canvases side by side on white, as a PNG Blob.
 * @param {(HTMLCanvasElement | null | undefined)[]} canvases those missing are left out
 * @returns {Promise<Blob>}
 */
export async function canvasesPng(canvases) {
  const shown = canvases.filter((c) => c && c.width > 0 && c.height > 0);
  if (!shown.length) throw new Error(t('There is no chart to save yet.'));
  const gap = 16;
  const out = document.createElement('canvas');
  out.width = shown.reduce((w, c) => w + c.width, 0) + gap * (shown.length + 1);
  out.height = Math.max(...shown.map((c) => c.height)) + 2 * gap;
  const g = out.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, out.width, out.height);
  let x = gap;
  for (const c of shown) { g.drawImage(c, x, gap); x += c.width + gap; }
  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error(t('Could not draw the PNG.')))), 'image/png'));
}

const COLUMNS = ['epoch', ...METRIC_COLUMNS];

/** The metrics history as CSV: epoch, then the metrics. @param {EpochMetrics[]} history @returns {string} */
export function historyCsv(history) {
  /** @param {unknown} v */
  const cell = (v) => (v === null || v === undefined ? '' : String(v));
  return [COLUMNS.join(','), ...history.map((m) => COLUMNS.map((c) => cell(m[c])).join(','))].join('\n') + '\n';
}

export class ModelIo {
  /**
   * onExportCode() → {numpy, keras, pytorch} source texts; onChartsPng() → a PNG Blob.
   * @param {HTMLElement} root
   * @param {{onExportModel: () => Promise<string>, onExportHistory: () => Promise<EpochMetrics[]>,
   *   onImport: (file: File) => Promise<unknown>, onSaveProject: () => Promise<unknown>, onOpenProject: (file: File) => Promise<unknown>,
   *   onExportCode?: () => Promise<Record<string, string>>, onChartsPng?: () => Promise<Blob>}} handlers
   */
  constructor(root, { onExportModel, onExportHistory, onImport, onSaveProject, onOpenProject, onExportCode, onChartsPng }) {
    // The whole session as one file (core/project-file.js), and such a file opened again.
    this.saveProject = h('button', { type: 'button', id: 'save-project', text: live('Save project'),
      onclick: async () => this.#run(onSaveProject) });
    this.projectFile = h('input', { type: 'file', id: 'open-project', accept: `${PROJECT_EXTENSION},.json,application/json`, class: 'visually-hidden' });
    this.projectFile.addEventListener('change', async () => {
      const f = this.projectFile.files[0];
      this.projectFile.value = '';
      if (f) await this.#run(async () => onOpenProject(f));
    });
    const projectHelp = helpButton('saveProject');
    this.exportModel = h('button', { type: 'button', id: 'export-model', class: 'secondary', text: live('Download model (JSON)'),
      onclick: async () => this.#run(async () => download(`${this.baseName}-model.json`, await onExportModel(), 'application/json')) });
    this.exportHistory = h('button', { type: 'button', id: 'export-history', class: 'secondary', text: live('Download history (CSV)'),
      onclick: async () => this.#run(async () => download(`${this.baseName}-history.csv`, historyCsv(await onExportHistory()), 'text/csv')) });
    this.file = h('input', { type: 'file', id: 'import-model', accept: '.json,application/json', class: 'visually-hidden' });
    this.file.addEventListener('change', async () => {
      const f = this.file.files[0];
      this.file.value = '';
      if (f) await this.#run(async () => onImport(f));
    });
    this.message = h('p', { class: 'hint', id: 'model-io-message', 'aria-live': 'polite' });
    this.codeButtons = onExportCode ? CODE.map(([key, text, file]) => h('button', { type: 'button', id: `export-${key}`,
      class: 'secondary', text: live(text), onclick: async () => this.#run(async () =>
        download(`${this.baseName}-${file}.py`, (await onExportCode())[key], 'text/x-python')) })) : [];
    this.chartsPng = onChartsPng ? h('button', { type: 'button', id: 'export-charts', class: 'secondary', text: live('Charts as PNG'),
      onclick: async () => this.#run(async () => download(`${this.baseName}-charts.png`, await onChartsPng(), 'image/png')) }) : null;
    const help = helpButton('exportCode');
    const saveHelp = helpButton('exportModel', { sections: ['exportHistory'] });
    replace(root, h('p', { class: 'io-label', text: live('Project: data, settings, runs and network in one file') }, projectHelp.button),
      h('div', { class: 'buttons' }, this.saveProject, this.projectFile,
        h('label', { for: 'open-project', class: 'button secondary', text: live('Open a project…') })), projectHelp.panel,
      h('p', { class: 'io-label', text: live('Model') }),
      h('div', { class: 'buttons' }, this.exportModel, this.exportHistory,
      this.file, h('label', { for: 'import-model', class: 'button secondary', text: live('Import a model…') }), saveHelp.button), saveHelp.panel,
    this.codeButtons.length ? [h('p', { class: 'io-label', text: live('Export as code') }, help.button),
      h('div', { class: 'buttons' }, this.codeButtons), help.panel] : null,
    this.chartsPng ? h('div', { class: 'buttons io-more' }, this.chartsPng) : null, this.message);
    this.baseName = 'nnplay';
  }

  /** @param {() => Promise<unknown>} f */
  async #run(f) {
    try {
      this.message.className = 'hint';
      setText(this.message, '');
      await f();
    } catch (e) {
      this.say(engineErrorText(e), true);  // the engine's and the page's coded errors follow the language
    }
  }

  /** A message under the buttons: a string, or a live text that follows the language. @param {string | Live} text @param {boolean} [isError] */
  say(text, isError = false) {
    this.message.className = isError ? 'field-error' : 'hint';
    setText(this.message, text);
  }

  /** @param {boolean} enabled whether there is a model to export */
  setEnabled(enabled) {
    this.exportModel.disabled = !enabled;
    this.saveProject.disabled = !enabled;
    this.exportHistory.disabled = !enabled;
    for (const b of this.codeButtons) b.disabled = !enabled;
  }
}
