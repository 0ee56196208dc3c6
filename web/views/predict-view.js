// The predict panel: one input per feature column of the data (or of an imported
// model), or for wide data (MNIST's 784 pixels) one row of comma-separated values; the
// class probabilities (or the predicted value) for those values.
import { h, replace, fmt, pct } from '../ui/dom.js';
import { live, setText } from '../i18n/text.js';
import { classColor } from '../ui/colors.js';
import { engineErrorText } from '../core/engine-messages.js';

/**
 * @typedef {(number | string | null)[]} RawRow a value per input column of the model (null: missing)
 * @typedef {import('../i18n/text.js').Live} Live
 */

// More input columns than this are entered as one row of values, not a field each.
const MAX_FIELDS = 40;

export class PredictPanel {
  /**
   * onPredict(values): the model's outputs for a raw row.
   * @param {HTMLElement} root
   * @param {{onPredict: (values: RawRow) => Promise<number[]>}} handlers
   */
  constructor(root, { onPredict }) {
    this.onPredict = onPredict;
    this.form = h('form', { class: 'predict-form', id: 'predict-form' });
    this.form.addEventListener('submit', (e) => { e.preventDefault(); this.predict(); });
    this.output = h('div', { class: 'predict-output', id: 'predict-output', 'aria-live': 'polite' });
    this.source = h('p', { class: 'hint' });
    replace(root, this.source, this.form, this.output);
    /** @type {HTMLInputElement[]} */
    this.inputs = [];
    /** @type {HTMLTextAreaElement | null} the row of values, for wide data */
    this.row = null;
  }

  /** The entered texts, one per feature: the fields', or the row's values. @returns {string[]} */
  #texts() {
    if (!this.row) return this.inputs.map((input) => input.value);
    const values = this.row.value.split(/[,;\t]/);
    return values.length === 1 && values[0].trim() === '' ? [] : values;
  }

  /** The current entries by feature name. @returns {Map<string, string>} */
  entries() {
    const texts = this.#texts();
    return new Map(this.features?.map((f, i) => [f.name, texts[i] ?? '']) ?? []);
  }

  /**
   * features: [{name, value}] with starting values; classNames: [] for regression;
   * layout: for each input column of the model, the index of its feature here, or -1
   * for a column the model ignores (sent as missing). Default: the features in order.
   * @param {{name: string, label?: import('../i18n/text.js').Live, value: string}[]} features name: the column's, label: as shown
   * @param {(string | Live)[]} classNames
   * @param {Live | string} source what the inputs are for, said above them
   * @param {number[]} [layout]
   */
  setFeatures(features, classNames, source, layout = features.map((_, i) => i)) {
    this.features = features;
    this.layout = layout;
    this.classNames = classNames;
    setText(this.source, source);
    const button = h('button', { type: 'submit', class: 'secondary', id: 'predict-button', text: live('Predict') });
    if (features.length > MAX_FIELDS) {
      this.inputs = [];
      this.row = h('textarea', { id: 'predict-row', rows: 3, spellcheck: 'false', class: 'predict-row' });
      this.row.value = features.map((f) => f.value).join(',');
      const names = features.slice(0, 3).map((f) => f.name).join(', ');
      replace(this.form, h('div', { class: 'field' },
        h('label', { for: 'predict-row', text: live('{count} values separated by commas, in column order ({names}, …):',
          { count: features.length, names }) }),
        this.row), button);
    } else {
      this.row = null;
      this.inputs = features.map((f, i) => h('input', { id: `predict-${i}`, type: 'text', value: f.value,
        autocomplete: 'off', spellcheck: 'false' }));
      replace(this.form,
        h('div', { class: 'predict-fields' }, features.map((f, i) => h('div', { class: 'field' },
          h('label', { for: `predict-${i}`, text: f.label ?? f.name }), this.inputs[i]))),
        button);
    }
    this.output.replaceChildren();
  }

  /** Sets the first two inputs (a click on the 2-D plot) and predicts. @param {number} x @param {number} y */
  setPoint(x, y) {
    if (this.inputs.length < 2) return;
    this.inputs[0].value = String(Number(x.toPrecision(4)));
    this.inputs[1].value = String(Number(y.toPrecision(4)));
    this.predict();
  }

  /** Predicts for the values entered and shows the outputs (or the engine's objection). @returns {Promise<void>} */
  async predict() {
    if (!this.features?.length) return;
    const texts = this.#texts();
    if (texts.length !== this.features.length) {
      replace(this.output, h('p', { class: 'field-error',
        text: live('Expected {expected} values, one per input column; got {got}.', { expected: this.features.length, got: texts.length }) }));
      return;
    }
    const values = texts.map((text) => {
      const t = text.trim();
      return t === '' ? null : Number.isFinite(Number(t)) ? Number(t) : t;
    });
    try {
      this.show(await this.onPredict(this.layout.map((i) => (i < 0 ? null : values[i]))));
    } catch (e) {
      replace(this.output, h('p', { class: 'field-error', text: engineErrorText(e) }));
    }
  }

  /**
   * Shows outputs: the class probabilities (one sigmoid output: P(class 1)), or the prediction.
   * @param {number[]} outputs
   */
  show(outputs) {
    const names = this.classNames;
    if (!names.length) {
      replace(this.output, h('p', { class: 'prediction' }, live('Predicted value: '), h('strong', { text: fmt(outputs[0]) })));
      return;
    }
    const probs = classProbabilities(outputs, names);
    const best = probs.indexOf(Math.max(...probs));
    replace(this.output,
      h('p', { class: 'prediction' }, live('Predicted class: '), h('strong', { text: names[best] ?? String(best) })),
      classBars(probs, names));
  }
}

/**
 * Each class's probability from the outputs: one sigmoid output is P(class 1).
 * @param {number[]} outputs @param {unknown[]} names @returns {number[]}
 */
export const classProbabilities = (outputs, names) =>
  (outputs.length === 1 && names.length === 2 ? [1 - outputs[0], outputs[0]] : outputs);

/**
 * A bar per class, its length the probability, in the class's colour.
 * @param {number[]} probs @param {(string | Live)[]} names @returns {HTMLUListElement}
 */
export function classBars(probs, names) {
  return h('ul', { class: 'bars' }, probs.map((p, k) => h('li', {},
    h('span', { class: 'bar-label', text: names[k] ?? String(k) }),
    h('span', { class: 'bar' }, h('span', { class: 'fill', style: `width:${(p * 100).toFixed(1)}%;background:${classColor(k)}` })),
    h('span', { class: 'bar-value', text: pct(p) }))));
}
