// The confusion matrix (rows: actual class, columns: predicted) with class names and
// per-class accuracy (recall), on the validation or the training split.
import { h, replace, pct } from '../ui/dom.js';
import { live, msg } from '../i18n/text.js';

/**
 * @typedef {import('../core/engine-types.js').Confusion} Confusion
 * @typedef {import('../i18n/text.js').Live} Live
 * @typedef {'before' | 'imported' | 'restored' | 'after'} Weights whose weights the matrix is of
 */

/** The table's caption by split and by whose weights. @type {Record<string, Record<Weights, string>>} */
const CAPTIONS = {
  validation: {
    before: msg('{correct} of {total} validation rows right ({accuracy}), before training'),
    imported: msg('{correct} of {total} validation rows right ({accuracy}) with the imported model (its weights of epoch {epoch})'),
    restored: msg('{correct} of {total} validation rows right ({accuracy}) with the weights of epoch {epoch}, restored by early stopping after epoch {trained}'),
    after: msg('{correct} of {total} validation rows right ({accuracy}) after epoch {epoch}'),
  },
  train: {
    before: msg('{correct} of {total} training rows right ({accuracy}), before training'),
    imported: msg('{correct} of {total} training rows right ({accuracy}) with the imported model (its weights of epoch {epoch})'),
    restored: msg('{correct} of {total} training rows right ({accuracy}) with the weights of epoch {epoch}, restored by early stopping after epoch {trained}'),
    after: msg('{correct} of {total} training rows right ({accuracy}) after epoch {epoch}'),
  },
};

export class ConfusionView {
  /**
   * onCell(split, actual, predicted): a count pressed, when the cells are choosable (setChoosable).
   * @param {HTMLElement} root
   * @param {{onCell?: (split: string, actual: number, predicted: number) => void}} [handlers]
   */
  constructor(root, { onCell } = {}) {
    this.onCell = onCell;
    /** Whether a count can be pressed to see its examples (image data). */
    this.choosable = false;
    this.split = 'validation';
    /** @type {string | null} the split the learner picked; without one, validation when there is one */
    this.chosen = null;
    this.select = h('select', { id: 'confusion-split' },
      h('option', { value: 'validation', text: live('validation split') }), h('option', { value: 'train', text: live('training split') }));
    this.select.addEventListener('change', () => { this.split = this.chosen = this.select.value; this.#render(); });
    this.body = h('div', { class: 'confusion', id: 'confusion' });
    replace(root, h('div', { class: 'field inline-field' }, h('label', { for: 'confusion-split', text: live('On the ') }), this.select),
      this.body);
    /** @type {Confusion | null} */
    this.data = null;
  }

  /**
   * data: {validation: {class_names, counts} | null, train: {...}} or null for regression.
   * @param {Confusion | null} data
   * @param {number} epoch the epoch whose weights they are of (0: before training)
   * @param {number} [trained] the epochs trained, more than `epoch` once early stopping restored its weights
   */
  update(data, epoch, trained = epoch) {
    this.data = data;
    this.epoch = epoch;
    this.trained = trained;
    const hasValidation = Boolean(data?.validation);
    this.select.options[0].disabled = !hasValidation;
    this.split = hasValidation && this.chosen !== 'train' ? 'validation' : 'train';
    this.select.value = this.split;
    this.#render();
  }

  /** Whether each count is a button that shows its examples (image data). @param {boolean} choosable */
  setChoosable(choosable) {
    this.choosable = choosable && Boolean(this.onCell);
    this.#render();
  }

  /** Shows a message instead of a matrix. @param {Live | string} message */
  clear(message) {
    this.data = null;
    replace(this.body, h('p', { class: 'hint', text: message }));
  }

  /** @returns {Weights} */
  #when() {
    if (!this.epoch) return 'before';
    if (this.trained < this.epoch) return 'imported';
    if (this.trained > this.epoch) return 'restored';
    return 'after';
  }

  #render() {
    const m = this.data?.[this.split];
    if (!m) return;
    const { class_names: classNames, counts } = m;
    const total = counts.flat().reduce((a, b) => a + b, 0);
    const correct = counts.reduce((a, row, i) => a + row[i], 0);
    const max = Math.max(1, ...counts.flat());
    const head = h('tr', {}, h('th', { scope: 'col', class: 'corner', text: live('actual ↓ / predicted →') }),
      classNames.map((c) => h('th', { scope: 'col', text: c })), h('th', { scope: 'col', text: live('class accuracy') }));
    const rows = counts.map((row, i) => {
      const n = row.reduce((a, b) => a + b, 0);
      return h('tr', {}, h('th', { scope: 'row', text: classNames[i] }),
        row.map((v, j) => {
          const title = live('actual {actual}, predicted {predicted}: {count}', { actual: classNames[i], predicted: classNames[j], count: v });
          return h('td', {
            class: i === j ? 'diag' : v ? 'off' : null, text: this.choosable && v ? null : String(v),
            style: v ? `--shade:${(0.08 + 0.52 * (v / max)).toFixed(2)}` : null,  // at most 0.6: dark text stays readable
            title,
          }, this.choosable && v ? h('button', { type: 'button', class: 'cell-count', text: String(v), 'aria-label': title,
            onclick: () => this.onCell?.(this.split, i, j) }) : null);
        }),
        h('td', { class: 'recall', text: n ? pct(row[i] / n) : '–' }));
    });
    replace(this.body,
      h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': live('Confusion matrix table') },
        h('table', { class: 'confusion-table' },
          h('caption', { text: live(CAPTIONS[this.split === 'validation' ? 'validation' : 'train'][this.#when()], {
            correct, total, accuracy: pct(total ? correct / total : NaN), epoch: String(this.epoch), trained: String(this.trained),
          }) }),
          h('thead', {}, head), h('tbody', {}, rows))));
  }
}
