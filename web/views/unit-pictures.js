// What each unit of the first hidden layer looks for in image data: its weights drawn as a
// picture, one pixel per input pixel (blue for a positive weight, orange for a negative
// one, white near 0, scaled to the unit's largest |w|), redrawn while training. Hovering
// or focusing one enlarges it, with what that unit outputs for the drawing on the pad.
import { h, replace, fmt } from '../ui/dom.js';
import { live, setText } from '../i18n/text.js';
import { POSITIVE, NEGATIVE, rgb } from '../ui/colors.js';

/**
 * @typedef {import('../core/engine-types.js').LayerWeights} LayerWeights
 * @typedef {import('../core/image-data.js').ImageShape} ImageShape
 */

// At most this many units are drawn (a layer may have up to 4,096).
const MAX_UNITS = 256;

/**
 * Paints one unit's weights over the picture's pixels. A pixel that is no input of the
 * network (a constant column, dropped) stays white, as a zero weight does.
 * @param {HTMLCanvasElement} canvas @param {LayerWeights} layer @param {number} unit
 * @param {number[]} featureOf each pixel's input of the layer, or -1 @param {number} side
 */
function paintUnit(canvas, layer, unit, featureOf, side) {
  if (canvas.width !== side) { canvas.width = side; canvas.height = side; }
  const g = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const image = g.createImageData(side, side);
  let largest = 0;
  for (let j = 0; j < layer.inputs; ++j) largest = Math.max(largest, Math.abs(layer.W[unit + j * layer.units]));
  const [pr, pg, pb] = rgb(POSITIVE);
  const [nr, ng, nb] = rgb(NEGATIVE);
  for (let p = 0; p < side * side; ++p) {
    const f = featureOf[p] ?? -1;
    const w = f < 0 || largest === 0 ? 0 : layer.W[unit + f * layer.units] / largest;
    const a = Math.min(1, Math.abs(w));
    const [r, gr, b] = w >= 0 ? [pr, pg, pb] : [nr, ng, nb];
    // White blended towards the sign's colour by |w|.
    image.data.set([255 + (r - 255) * a, 255 + (gr - 255) * a, 255 + (b - 255) * a, 255].map(Math.round), 4 * p);
  }
  g.putImageData(image, 0, 0);
}

export class UnitPictures {
  /** @param {HTMLElement} root */
  constructor(root) {
    this.grid = h('div', { class: 'unit-pictures', id: 'unit-pictures', role: 'list',
      'aria-label': live('The first hidden layer’s units as pictures of their weights') });
    this.large = h('canvas', { class: 'unit-picture-large', id: 'unit-picture-large', width: 28, height: 28, 'aria-hidden': 'true' });
    this.about = h('p', { class: 'hint unit-picture-about', id: 'unit-picture-about', 'aria-live': 'polite' });
    this.count = h('p', { class: 'hint' });
    replace(root, h('div', { class: 'unit-picture-focus' }, this.large, this.about), this.grid, this.count);
    /** @type {ImageShape | null} */
    this.shape = null;
    /** @type {number[]} each pixel's input of the first layer, or -1 */
    this.featureOf = [];
    this.pixelInputs = 0;
    /** @type {LayerWeights | null} */
    this.layer = null;
    /** @type {Float32Array | number[] | null} the first layer's outputs for the drawing */
    this.outputs = null;
    this.shown = -1;
    this.#showAbout();
  }

  /**
   * The data's pictures: shape (null: not image data), and for each pixel its input of the
   * network (-1 for a column the network does not take).
   * @param {ImageShape | null} shape @param {number[]} featureOf
   */
  setData(shape, featureOf) {
    this.shape = shape;
    this.featureOf = featureOf;
    this.pixelInputs = featureOf.filter((f) => f >= 0).length;  // the inputs the pictures' pixels are
    this.layer = null;
    this.outputs = null;
    this.shown = -1;
    replace(this.grid);
    setText(this.count, '');
    this.#showAbout();
  }

  /** The network's layers as trained now: the first hidden layer's units are drawn. @param {LayerWeights[]} layers */
  update(layers) {
    const shape = this.shape;
    const layer = layers.length > 1 ? layers[0] : null;  // no hidden layer: nothing between pixels and classes
    if (!shape || !layer || layer.inputs < this.pixelInputs) {
      this.layer = null;
      replace(this.grid);
      setText(this.count, shape ? live('Add a hidden layer to see what its units look for.') : '');
      this.#showAbout();
      return;
    }
    this.layer = layer;
    const units = Math.min(layer.units, MAX_UNITS);
    if (this.grid.children.length !== units) {
      replace(this.grid, Array.from({ length: units }, (_, u) => {
        const canvas = h('canvas', { class: 'unit-picture', width: shape.side, height: shape.side, role: 'listitem',
          tabindex: '0', 'aria-label': live('Unit {unit}', { unit: u + 1 }) });
        const show = () => { this.shown = u; this.#showAbout(); };
        canvas.addEventListener('pointerenter', show);
        canvas.addEventListener('focus', show);
        return canvas;
      }));
    }
    [...this.grid.children].forEach((c, u) => paintUnit(/** @type {HTMLCanvasElement} */ (c), layer, u, this.featureOf, shape.side));
    setText(this.count, layer.units > units
      ? live('The first {shown} of {units} units.', { shown: units, units: layer.units }) : '');
    this.#showAbout();
  }

  /** What the first layer's units output for the drawing on the pad (null: nothing drawn). @param {ArrayLike<number> | null} outputs */
  setOutputs(outputs) {
    this.outputs = outputs ? Array.from(outputs) : null;
    this.#showAbout();
  }

  #showAbout() {
    const layer = this.layer;
    const u = this.shown;
    if (!layer || !this.shape || u < 0 || u >= layer.units) {
      this.large.hidden = true;
      setText(this.about, layer ? live('Point at a unit, or tab to it, to see it larger with its output for the drawing.') : '');
      return;
    }
    this.large.hidden = false;
    paintUnit(this.large, layer, u, this.featureOf, this.shape.side);
    const output = this.outputs?.[u];
    setText(this.about, output === undefined
      ? live('Unit {unit}: draw on the pad to see its output.', { unit: u + 1 })
      : live('Unit {unit} outputs {output} for the drawing.', { unit: u + 1, output: fmt(output, 3) }));
  }
}
