// The drawing pad of an image data set (MNIST, or a CSV of square pictures): draw with a
// mouse, a finger or a pen, or load an example of the data to look at or edit. Beside it,
// the picture the network receives (made as the data's were: core/drawn-image.js) and its
// prediction, a bar per class, while drawing and while training.
import { h, replace, pct } from '../ui/dom.js';
import { Live, live, setText } from '../i18n/text.js';
import { networkImage } from '../core/drawn-image.js';
import { paintPicture } from '../ui/picture.js';
import { engineErrorText } from '../core/engine-messages.js';
import { classBars, classProbabilities } from './predict-view.js';

/**
 * @typedef {import('../core/image-data.js').ImageShape} ImageShape
 * @typedef {'train' | 'validation'} Split
 * @typedef {{values: Float32Array, labels: Int32Array | null, total: number, count: number}} ExampleReply
 */

const PAD = 280;  // the pad's own pixels, whatever its size on screen
// The brush: 22 of 280 pixels, about 2 pixels of 28 once a digit is scaled to 20 pixels
// high, the width of MNIST's strokes.
const BRUSH = 22;

export class DrawView {
  /**
   * onPredict(values): the network's outputs for a raw row (a value per input column, null
   * for missing), with what its units output (a layer per array) when asked for;
   * onExample(split, index): that example of the data as raw values; onUnits(outputs):
   * what the first layer outputs for the drawing, null when nothing is drawn.
   * @param {HTMLElement} root
   * @param {{onPredict: (values: (number | null)[]) => Promise<{outputs: number[], units?: number[][]}>,
   *   onExample: (split: Split, index: number) => Promise<ExampleReply>,
   *   onUnits?: (outputs: number[] | null) => void}} handlers
   */
  constructor(root, { onPredict, onExample, onUnits }) {
    this.onPredict = onPredict;
    this.onExample = onExample;
    this.onUnits = onUnits;
    this.pad = h('canvas', { class: 'draw-pad', id: 'draw-pad', width: PAD, height: PAD, role: 'img',
      'aria-label': live('Drawing pad: draw with the mouse, a finger or a pen'), 'aria-describedby': 'draw-result' });
    this.ink = /** @type {CanvasRenderingContext2D} */ (this.pad.getContext('2d', { willReadFrequently: true }));
    this.seen = h('canvas', { class: 'draw-seen', id: 'draw-seen', width: 28, height: 28, role: 'img',
      'aria-label': live('The picture the network receives') });
    this.result = h('p', { class: 'draw-result', id: 'draw-result', 'aria-live': 'polite' });
    this.bars = h('div', { class: 'draw-bars', id: 'draw-bars' });
    this.about = h('p', { class: 'hint draw-about', id: 'draw-example' });
    const button = (/** @type {string} */ id, /** @type {import('../i18n/text.js').Live} */ text, /** @type {() => void} */ onclick) =>
      h('button', { type: 'button', class: 'secondary', id, text, onclick });
    replace(root,
      h('div', { class: 'draw-main' }, this.pad,
        h('div', { class: 'draw-side' }, this.result,
          h('figure', { class: 'draw-seen-figure' }, this.seen, h('figcaption', { text: live('What the network sees') }))),
        this.bars),
      h('div', { class: 'buttons draw-buttons' },
        button('draw-clear', live('Clear'), () => this.clear()),
        button('draw-random', live('Random example'), () => this.#example(Math.floor(Math.random() * this.total))),
        button('draw-previous', live('‹ Previous'), () => this.#example(this.index - 1)),
        button('draw-next', live('Next ›'), () => this.#example(this.index + 1))),
      this.about);
    /** @type {ImageShape | null} */
    this.shape = null;
    /** @type {(string | import('../i18n/text.js').Live)[]} */
    this.classNames = [];
    /** @type {Split} */
    this.split = 'validation';
    this.total = 0;
    /** @type {Record<Split, number>} */
    this.rows = { train: 0, validation: 0 };
    this.index = -1;
    /** @type {Float32Array | null} the example shown, as the data has it, until drawn over */
    this.example = null;
    this.busy = false;
    this.again = false;
    this.hasInk = false;
    this.#listen();
    this.clear();
  }

  /**
   * The data's pictures: their shape (null: not image data), class names, and the rows of
   * each split. Examples come from validation when it has rows.
   * @param {ImageShape | null} shape @param {(string | import('../i18n/text.js').Live)[]} classNames @param {Record<Split, number>} rows
   */
  setData(shape, classNames, rows) {
    this.shape = shape;
    this.classNames = classNames;
    this.rows = rows;
    this.split = rows.validation > 0 ? 'validation' : 'train';
    this.total = rows[this.split];
    this.clear();
  }

  /** Wipes the pad. */
  clear() {
    this.ink.clearRect(0, 0, PAD, PAD);
    this.example = null;
    this.index = -1;
    setText(this.about, '');
    this.#predict();
  }

  /** The network changed (trained, edited): its prediction for what is on the pad again. */
  refresh() {
    if (this.shape && (this.example || this.hasInk)) this.#predict();
  }

  #listen() {
    /** @type {number | null} */
    let drawing = null;
    /** @param {PointerEvent} e @returns {[number, number]} */
    const at = (e) => {
      const r = this.pad.getBoundingClientRect();
      return [(e.clientX - r.left) * (PAD / r.width), (e.clientY - r.top) * (PAD / r.height)];
    };
    this.pad.addEventListener('pointerdown', (e) => {
      if (e.button !== 0 || !this.shape) return;
      e.preventDefault();
      drawing = e.pointerId;
      this.pad.setPointerCapture(e.pointerId);
      const [x, y] = at(e);
      this.ink.lineCap = 'round';
      this.ink.lineJoin = 'round';
      this.ink.lineWidth = BRUSH;
      this.ink.strokeStyle = '#fff';
      this.ink.beginPath();
      this.ink.moveTo(x, y);
      this.ink.lineTo(x + 0.01, y);  // a dot where the pen went down
      this.ink.stroke();
      this.#startDrawing();
    });
    this.pad.addEventListener('pointermove', (e) => {
      if (e.pointerId !== drawing) return;
      for (const p of e.getCoalescedEvents?.() ?? [e]) this.ink.lineTo(...at(p));
      this.ink.stroke();
      this.#predict();
    });
    const end = (/** @type {PointerEvent} */ e) => {
      if (e.pointerId !== drawing) return;
      drawing = null;
      this.#predict();
    };
    this.pad.addEventListener('pointerup', end);
    this.pad.addEventListener('pointercancel', end);
  }

  // Drawing over an example makes it a drawing: from now on the pad is what is predicted.
  #startDrawing() {
    if (this.example) setText(this.about, live('Drawn over: the pad is predicted as drawn.'));
    this.example = null;
    this.#predict();
  }

  /** The picture the network receives (0 .. 1 per pixel), or null when the pad is empty. @returns {Float32Array | null} */
  #picture() {
    const shape = this.shape;
    if (!shape) return null;
    if (this.example) return this.example.map((v) => (Number.isFinite(v) ? (v - shape.low) / (shape.high - shape.low) : 0));
    const { data } = this.ink.getImageData(0, 0, PAD, PAD);
    const ink = new Float32Array(PAD * PAD);
    for (let i = 0; i < ink.length; ++i) ink[i] = data[4 * i + 3] / 255;
    return networkImage(ink, PAD, PAD, shape.side);
  }

  // One prediction at a time: what is drawn meanwhile is predicted when it is answered.
  async #predict() {
    if (this.busy) { this.again = true; return; }
    const shape = this.shape;
    const picture = this.#picture();
    this.hasInk = picture !== null;
    this.#showSeen(picture);
    if (!shape || !picture) {
      setText(this.result, live('Draw on the pad, or load an example.'));
      delete this.result.dataset.predicted;
      replace(this.bars);
      this.onUnits?.(null);
      return;
    }
    // The raw row: the example's own values, else the picture in the data's range.
    const values = this.example ? [...this.example].map((v) => (Number.isFinite(v) ? v : null))
      : [...picture].map((v) => shape.low + v * (shape.high - shape.low));
    this.busy = true;
    try {
      const reply = await this.onPredict(values);
      const probs = classProbabilities(reply.outputs, this.classNames);
      this.onUnits?.(reply.units?.[0] ?? null);
      const best = probs.indexOf(Math.max(...probs));
      const name = this.classNames[best] ?? String(best);
      // A digit large; a word (Fashion-MNIST's "Ankle boot") smaller, broken between words only.
      replace(this.result, h('span', { class: name instanceof Live || String(name).length > 2 ? 'draw-class draw-class-word' : 'draw-class', text: name }),
        h('span', { class: 'draw-probability', text: live('{probability} sure', { probability: pct(probs[best]) }) }));
      this.result.dataset.predicted = String(name);
      replace(this.bars, classBars(probs, this.classNames));
    } catch (e) {
      setText(this.result, engineErrorText(/** @type {Error} */ (e)));
      replace(this.bars);
    } finally {
      this.busy = false;
    }
    if (this.again) { this.again = false; this.#predict(); }
  }

  /** @param {Float32Array | null} picture */
  #showSeen(picture) {
    const side = this.shape?.side ?? 28;
    paintPicture(this.seen, picture ?? new Float32Array(side * side), side);
  }

  /** Shows example `index` of the split (wrapping around) on the pad, as the data has it. @param {number} index */
  async #example(index) {
    const shape = this.shape;
    if (!shape || this.total <= 0) return;
    const i = ((index % this.total) + this.total) % this.total;
    try {
      const reply = await this.onExample(this.split, i);
      if (reply.count && this.shape === shape) this.showExample(reply.values, reply.labels?.[0] ?? -1, i, this.split);
    } catch (e) {
      setText(this.about, engineErrorText(/** @type {Error} */ (e)));
    }
  }

  /**
   * Puts an example of the data on the pad (its raw values, its class, its index in the
   * split) and predicts it as the data has it, until drawn over.
   * @param {ArrayLike<number>} values @param {number} label -1: none @param {number} index @param {Split} split
   */
  showExample(values, label, index, split) {
    const shape = this.shape;
    if (!shape) return;
    const picture = Float32Array.from({ length: shape.side * shape.side }, (_, k) => values[k]);
    if (split === this.split) this.index = index;
    this.example = picture;
    this.pad.dataset.examples = String(Number(this.pad.dataset.examples ?? 0) + 1);  // examples shown (for tests)
    // On the pad, as smooth as the pad's brush: the picture scaled up.
    const small = document.createElement('canvas');
    small.width = shape.side;
    small.height = shape.side;
    const g = /** @type {CanvasRenderingContext2D} */ (small.getContext('2d'));
    const image = g.createImageData(shape.side, shape.side);
    picture.forEach((v, k) => {
      const a = Number.isFinite(v) ? Math.round((255 * (v - shape.low)) / (shape.high - shape.low)) : 0;
      image.data.set([255, 255, 255, Math.max(0, Math.min(255, a))], 4 * k);
    });
    g.putImageData(image, 0, 0);
    this.ink.clearRect(0, 0, PAD, PAD);
    this.ink.imageSmoothingEnabled = true;
    this.ink.drawImage(small, 0, 0, PAD, PAD);
    const name = label < 0 ? '' : this.classNames[label] ?? String(label);
    const params = { number: index + 1, total: this.rows[split], name };
    setText(this.about, split === 'validation'
      ? live('Validation example {number} of {total}, of class {name}: draw over it to change it.', params)
      : live('Training example {number} of {total}, of class {name}: draw over it to change it.', params));
    this.#predict();
  }
}
