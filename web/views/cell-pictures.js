// The pictures of one confusion-matrix cell (image data): the examples of one class the
// network predicted as another (or rightly), its surest first, each with the probability
// it gave. Choosing one puts it on the drawing pad.
import { h, replace, pct } from '../ui/dom.js';
import { live, livePlural, setText } from '../i18n/text.js';
import { paintPicture } from '../ui/picture.js';

/**
 * @typedef {import('../core/image-data.js').ImageShape} ImageShape
 * @typedef {import('../core/engine-types.js').CellExamples} CellExamples
 * @typedef {'train' | 'validation'} Split
 */

export class CellPictures {
  /**
   * onPick(values, label, index, split): an example chosen, its raw values.
   * @param {HTMLElement} root
   * @param {{onPick: (values: Float32Array, label: number, index: number, split: Split) => void}} handlers
   */
  constructor(root, { onPick }) {
    this.onPick = onPick;
    this.about = h('p', { class: 'hint cell-about', id: 'cell-pictures-about', 'aria-live': 'polite' });
    this.list = h('ul', { class: 'cell-pictures', id: 'cell-pictures' });
    this.root = root;
    replace(root, this.about, this.list);
    this.clear();
  }

  /** Nothing chosen: says how to choose. */
  clear() {
    setText(this.about, live('Click a count in the matrix to see those pictures, the network’s surest first.'));
    replace(this.list);
  }

  /**
   * Shows a cell's examples.
   * @param {CellExamples} cell @param {{split: Split, actual: number, predicted: number, classNames: (string | import('../i18n/text.js').Live)[], shape: ImageShape}} at
   */
  show(cell, { split, actual, predicted, classNames, shape }) {
    const names = { actual: classNames[actual] ?? String(actual), predicted: classNames[predicted] ?? String(predicted) };
    const params = { count: cell.total, ...names, shown: cell.count };
    setText(this.about, cell.total > cell.count
      ? live('Actual {actual}, predicted {predicted}: the surest {shown} of {count}. Choose one to put it on the pad.', params)
      : livePlural('Actual {actual}, predicted {predicted}: {count} picture, the surest first. Choose one to put it on the pad.',
        'Actual {actual}, predicted {predicted}: {count} pictures, the surest first. Choose one to put it on the pad.', params));
    const side = shape.side;
    replace(this.list, Array.from({ length: cell.count }, (_, k) => {
      const values = cell.values.slice(k * cell.inputs, (k + 1) * cell.inputs);
      const canvas = h('canvas', { class: 'picture', 'aria-hidden': 'true' });
      paintPicture(canvas, Array.from(values, (v) => (v - shape.low) / (shape.high - shape.low)), side);
      const sure = pct(cell.confidences[k]);
      return h('li', {}, h('button', { type: 'button', class: 'cell-picture',
        'aria-label': live('Picture {number}: predicted {predicted}, {sure} sure', { number: cell.indices[k] + 1, predicted: names.predicted, sure }),
        onclick: () => this.onPick(values, actual, cell.indices[k], split) }, canvas, h('span', { text: sure })));
    }));
  }
}
