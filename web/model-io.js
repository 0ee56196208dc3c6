// Export the model (JSON) and the metrics history (CSV); import a saved model to
// keep predicting with it.
import { h, replace, download } from './dom.js';

const COLUMNS = ['epoch', 'trainLoss', 'valLoss', 'trainAccuracy', 'valAccuracy', 'trainR2', 'valR2', 'learningRate', 'seconds'];

export function historyCsv(history) {
  const cell = (v) => (v === null || v === undefined ? '' : String(v));
  return [COLUMNS.join(','), ...history.map((m) => COLUMNS.map((c) => cell(m[c])).join(','))].join('\n') + '\n';
}

export class ModelIo {
  constructor(root, { onExportModel, onExportHistory, onImport }) {
    this.exportModel = h('button', { type: 'button', id: 'export-model', class: 'secondary', text: 'Download model (JSON)',
      onclick: async () => this.#run(async () => download(`${this.baseName}-model.json`, await onExportModel(), 'application/json')) });
    this.exportHistory = h('button', { type: 'button', id: 'export-history', class: 'secondary', text: 'Download history (CSV)',
      onclick: async () => this.#run(async () => download(`${this.baseName}-history.csv`, historyCsv(await onExportHistory()), 'text/csv')) });
    this.file = h('input', { type: 'file', id: 'import-model', accept: '.json,application/json', class: 'visually-hidden' });
    this.file.addEventListener('change', async () => {
      const f = this.file.files[0];
      this.file.value = '';
      if (f) await this.#run(async () => onImport(await f.text(), f.name));
    });
    this.message = h('p', { class: 'hint', id: 'model-io-message', 'aria-live': 'polite' });
    replace(root, h('div', { class: 'buttons' }, this.exportModel, this.exportHistory,
      this.file, h('label', { for: 'import-model', class: 'button secondary', text: 'Import a model…' })), this.message);
    this.baseName = 'nnplay';
  }

  async #run(f) {
    try {
      this.message.className = 'hint';
      this.message.textContent = '';
      await f();
    } catch (e) {
      this.say(e.message, true);
    }
  }

  say(text, isError = false) {
    this.message.className = isError ? 'field-error' : 'hint';
    this.message.textContent = text;
  }

  setEnabled(enabled) {
    this.exportModel.disabled = !enabled;
    this.exportHistory.disabled = !enabled;
  }
}
