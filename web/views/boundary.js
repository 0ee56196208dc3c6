// The decision-boundary view for data with 2 numeric inputs: the model's output over
// the input plane as a heatmap (P(class 1) for two classes, the predicted class shaded
// by its probability for more, the value for regression), the data points over it
// when the engine provides them (regression's coloured by their value on the same
// scale), and a click to predict at that point. Validation points can be hidden, and
// the output discretized (each class's colour, without the confidence).
import { h, replace, fmt } from '../ui/dom.js';
import { live, setText } from '../i18n/text.js';
import { classColor, rgb } from '../ui/colors.js';

/**
 * @typedef {import('../core/engine-types.js').PlaneGrid} PlaneGrid
 * @typedef {import('../core/engine-types.js').PointSet} PointSet
 * @typedef {import('../i18n/text.js').Live} Live
 */

const SIZE = 320;  // CSS pixels

export class BoundaryView {
  /**
   * onPick(x, y, shift): a point of the plane was chosen (in the data's units), with the
   * shift key or not; onRemoveLast: Backspace or Delete on the plane.
   * @param {HTMLElement} root
   * @param {{onPick: (x: number, y: number, shift: boolean) => void, onRemoveLast?: () => void}} handlers
   */
  constructor(root, { onPick, onRemoveLast }) {
    this.canvas = h('canvas', { id: 'boundary', width: SIZE, height: SIZE, tabindex: '0',
      role: 'application', 'aria-roledescription': live('prediction plane'),
      'aria-label': live('Decision boundary over the two input features. Click, or use the arrow keys and Enter, to predict at a point') });
    this.caption = h('figcaption', { class: 'hint' });
    this.warning = h('p', { class: 'field-error', 'aria-live': 'polite' });
    this.legend = h('div', { class: 'legend' });
    this.whose = h('p', { class: 'hint', id: 'boundary-whose' });  // an earlier epoch's weights, when they are
    this.xLabel = h('span', { class: 'axis x' });
    this.yLabel = h('span', { class: 'axis y' });
    /** @param {string} id @param {Live} text @param {boolean} checked */
    const toggle = (id, text, checked) => {
      const input = h('input', { type: 'checkbox', id, checked });
      input.addEventListener('change', () => this.draw());
      return { input, label: h('label', { for: id, class: 'inline' }, input, ' ', text) };
    };
    this.showValidation = toggle('show-validation', live('Validation points'), true);
    this.discretize = toggle('discretize', live('Discretize output'), false);
    this.tools = h('div', { class: 'point-tools' });  // what a click does (point-tools.js)
    replace(root, h('figure', { class: 'boundary' },
      h('div', { class: 'plot' }, this.canvas, this.xLabel, this.yLabel), this.legend,
      h('div', { class: 'plot-options' }, this.showValidation.label, this.discretize.label), this.tools,
      this.whose, this.warning, this.caption));
    this.offscreen = document.createElement('canvas');
    this.layer = document.createElement('canvas');  // the points (#pointsLayer)
    /** @type {unknown[] | null} what the points layer was drawn for */
    this.layerKey = null;
    this.onPick = onPick;
    this.canvas.addEventListener('click', (e) => {
      if (!this.grid) return;
      const r = this.canvas.getBoundingClientRect();
      const [x, y] = this.#toData((e.clientX - r.left) / r.width, (e.clientY - r.top) / r.height);
      this.pick = [x, y];
      this.draw();
      onPick(x, y, e.shiftKey);
    });
    // Keyboard: arrows move the crosshair (a 20th of the plane), Enter or Space predicts there.
    this.canvas.addEventListener('keydown', (e) => {
      if (!this.grid) return;
      const { xRange, yRange } = this.grid;
      const [x, y] = this.pick ?? [(xRange[0] + xRange[1]) / 2, (yRange[0] + yRange[1]) / 2];
      const dx = (xRange[1] - xRange[0]) / 20; const dy = (yRange[1] - yRange[0]) / 20;
      /** @param {number} v @param {[number, number]} range */
      const clamp = (v, [lo, hi]) => Math.min(hi, Math.max(lo, v));
      /** @type {Record<string, [number, number]>} */
      const moves = { ArrowLeft: [-dx, 0], ArrowRight: [dx, 0], ArrowUp: [0, dy], ArrowDown: [0, -dy] };
      if (e.key in moves) {
        this.pick = [clamp(x + moves[e.key][0], xRange), clamp(y + moves[e.key][1], yRange)];
        this.draw();
      } else if (e.key === 'Enter' || e.key === ' ') {
        this.pick = [x, y];
        this.draw();
        onPick(x, y, e.shiftKey);
      } else if ((e.key === 'Backspace' || e.key === 'Delete') && onRemoveLast) onRemoveLast();
      else return;
      e.preventDefault();
    });
  }

  /**
   * names: the two feature names; classNames: [] for regression (target: its name).
   * @param {{names: string[], classNames: (string | Live)[], target?: string, points?: PointSet[] | null}} data
   */
  setData({ names, classNames, target, points }) {
    this.names = names;
    this.target = target;
    delete this.legend.dataset.scale;
    this.classNames = classNames;
    // The worker sends a data set's points before its summary: those may be here already.
    if (points !== undefined) this.points = points;
    if (!points) this.targetRange = null;
    this.pick = null;
    this.xLabel.textContent = `→ ${names[0]}`;
    this.yLabel.textContent = `↑ ${names[1]}`;
    this.discretize.label.hidden = classNames.length === 0;  // a class per point: classification only
    replace(this.legend, classNames.map((c, k) => h('span', { class: 'key' },
      h('span', { class: 'swatch', style: `background:${classColor(k)}` }), h('span', { text: c }))));
    setText(this.caption,
      live('Background: the network’s prediction over the input plane. Dots: training points; ringed dots: validation points. Click to predict.'));
  }

  /**
   * Whose predictions these are: an earlier epoch's weights (restored by early stopping, or
   * an imported model's) are named; the last epoch's need no words.
   * @param {number} epoch the epoch of the weights @param {number} trained the epochs trained
   */
  setEpoch(epoch, trained) {
    const at = { epoch: String(epoch) };
    setText(this.whose, trained > epoch ? live('The network with the weights of epoch {epoch}, restored by early stopping.', at)
      : trained < epoch ? live('The imported model (its weights of epoch {epoch}).', at) : '');
  }

  /** The data's points over the heatmap. @param {PointSet[]} points */
  setPoints(points) {
    this.points = points;
    let lo = Infinity; let hi = -Infinity;
    for (const set of points) for (const v of set.targets ?? []) { if (v < lo) lo = v; if (v > hi) hi = v; }
    this.targetRange = hi > lo ? [lo, hi] : null;
    this.draw();
  }

  /** grid: {resolution, values, classes, xRange, yRange} from the worker. @param {PlaneGrid} grid */
  setGrid(grid) {
    this.grid = grid;
    /** @param {[number, number]} range */
    const range = ([a, b]) => `${fmt(a, 3)} … ${fmt(b, 3)}`;
    this.xLabel.textContent = `→ ${this.names[0]} (${range(grid.xRange)})`;
    this.yLabel.textContent = `↑ ${this.names[1]} (${range(grid.yRange)})`;
    this.draw();
  }

  /** @param {number} fx @param {number} fy @returns {[number, number]} */
  #toData(fx, fy) {
    const { xRange, yRange } = this.grid;
    return [xRange[0] + fx * (xRange[1] - xRange[0]), yRange[1] - fy * (yRange[1] - yRange[0])];
  }

  /** @param {number} x @param {number} y @param {number} w @param {number} hgt @returns {[number, number]} */
  #toPixel(x, y, w, hgt) {
    const { xRange, yRange } = this.grid;
    return [(x - xRange[0]) / (xRange[1] - xRange[0]) * w, (yRange[1] - y) / (yRange[1] - yRange[0]) * hgt];
  }

  #paintGrid() {
    const { resolution: n, values, classes } = this.grid;
    this.offscreen.width = n;
    this.offscreen.height = n;
    const ctx = this.offscreen.getContext('2d');
    const img = ctx.createImageData(n, n);
    const binary = classes && this.classNames.length === 2;
    const discrete = Boolean(classes) && this.discretize.input.checked;
    let lo = Infinity; let hi = -Infinity;
    let nonFinite = false;
    if (!classes) for (const v of values) { if (v < lo) lo = v; if (v > hi) hi = v; }
    // Regression: the colours span the data's targets when its points are here (the same
    // colour means the same value at every epoch), else the predictions.
    if (!classes && this.targetRange) [lo, hi] = this.targetRange;
    this.scale = classes ? null : [lo, hi];
    const c0 = rgb(classColor(0)); const c1 = rgb(classColor(1));
    for (let j = 0; j < n; ++j) {
      for (let i = 0; i < n; ++i) {
        const v = values[j * n + i];
        let color; let strength;
        if (!Number.isFinite(v)) { color = [120, 120, 120]; strength = 1; nonFinite = true; }
        else if (binary) { color = v >= 0.5 ? c1 : c0; strength = Math.abs(v - 0.5) * 2; }
        else if (classes) { color = rgb(classColor(classes[j * n + i])); strength = v; }
        else {
          const t = hi > lo ? Math.max(0, Math.min(1, (v - lo) / (hi - lo))) : 0.5;
          color = t >= 0.5 ? c1 : c0; strength = Math.abs(t - 0.5) * 2;
        }
        const a = discrete && Number.isFinite(v) ? 0.55 : 0.12 + 0.6 * Math.max(0, Math.min(1, strength));
        const p = ((n - 1 - j) * n + i) * 4;  // image rows go down, y goes up
        img.data[p] = Math.round(255 + (color[0] - 255) * a);
        img.data[p + 1] = Math.round(255 + (color[1] - 255) * a);
        img.data[p + 2] = Math.round(255 + (color[2] - 255) * a);
        img.data[p + 3] = 255;
      }
    }
    ctx.putImageData(img, 0, 0);
    setText(this.warning, nonFinite ? live('Grey: the network outputs NaN or infinity there (it has diverged).') : '');
    if (!classes) {
      setText(this.caption, live('Predicted value from {low} (orange) to {high} (blue). Click to predict.', { low: fmt(lo), high: fmt(hi) }));
      this.#scaleLegend(lo, hi);
    }
  }

  // Regression: the colour scale (the data's targets, or the predictions before the points
  // came); the surface (predicted) and the points (true values) share it.
  /** @param {number} lo @param {number} hi */
  #scaleLegend(lo, hi) {
    const text = `${fmt(lo, 3)} … ${fmt(hi, 3)}`;
    if (this.legend.dataset.scale === text) return;
    this.legend.dataset.scale = text;
    replace(this.legend, h('span', { class: 'key scale' }, h('span', { text: fmt(lo, 3) }),
      h('span', { class: 'scale-bar', style: `background:linear-gradient(to right, ${classColor(0)}, #fff, ${classColor(1)})` }),
      h('span', { text: fmt(hi, 3) }), h('span', { class: 'hint' }, ' ', this.target ?? live('target'))));
  }

  /** Draws the grid, the points and the chosen point (nothing before a grid came). */
  draw() {
    if (!this.grid) return;
    const dpr = window.devicePixelRatio || 1;
    const w = SIZE * dpr;
    if (this.canvas.width !== w) { this.canvas.width = w; this.canvas.height = w; }
    const ctx = this.canvas.getContext('2d');
    this.#paintGrid();
    ctx.imageSmoothingEnabled = true;
    ctx.drawImage(this.offscreen, 0, 0, w, w);
    if (this.points) ctx.drawImage(this.#pointsLayer(w, dpr), 0, 0);
    // Points drawn, for tests.
    const shown = (this.points ?? []).filter((set) => !set.validation || this.showValidation.input.checked);
    this.canvas.dataset.points = String(shown.reduce((n, set) => n + set.x.length / 2, 0));
    if (this.pick) {
      const [px, py] = this.#toPixel(this.pick[0], this.pick[1], w, w);
      ctx.strokeStyle = '#111';
      ctx.lineWidth = 2 * dpr;
      ctx.beginPath();
      ctx.moveTo(px - 8 * dpr, py); ctx.lineTo(px + 8 * dpr, py);
      ctx.moveTo(px, py - 8 * dpr); ctx.lineTo(px, py + 8 * dpr);
      ctx.stroke();
    }
  }

  // The points drawn once into a layer of their own, redrawn only when they, the plane,
  // the size or the colour scale change: while training only the heatmap changes, and
  // hundreds of circles per frame would take tens of milliseconds.
  /** @param {number} w @param {number} dpr @returns {HTMLCanvasElement} */
  #pointsLayer(w, dpr) {
    const key = [this.points, `${this.grid.xRange} ${this.grid.yRange}`, w, this.showValidation.input.checked, this.scale?.join()];
    if (this.layerKey && key.every((k, i) => k === this.layerKey[i])) return this.layer;
    this.layerKey = key;
    this.layer.width = w;
    this.layer.height = w;
    const ctx = /** @type {CanvasRenderingContext2D} */ (this.layer.getContext('2d'));
    this.#drawPoints(ctx, w, dpr);
    return this.layer;
  }

  /** @param {CanvasRenderingContext2D} ctx @param {number} w @param {number} dpr */
  #drawPoints(ctx, w, dpr) {
    const showValidation = this.showValidation.input.checked;
    const [lo, hi] = this.scale ?? [0, 0];
    const c0 = rgb(classColor(0)); const c1 = rgb(classColor(1));
    /** A target's colour on the heatmap's scale. @param {number} v */
    const valueColor = (v) => {
      const t = hi > lo ? Math.max(0, Math.min(1, (v - lo) / (hi - lo))) : 0.5;
      const c = t >= 0.5 ? c1 : c0; const a = 0.25 + 0.75 * Math.abs(t - 0.5) * 2;
      return `rgb(${c.map((x) => Math.round(255 + (x - 255) * a)).join(',')})`;
    };
    for (const set of this.points) {  // [{x: Float32Array(2n), labels, targets, validation}]
      const { x, labels, targets, validation } = set;
      if (validation && !showValidation) continue;
      for (let k = 0; k < x.length / 2; ++k) {
        const [px, py] = this.#toPixel(x[2 * k], x[2 * k + 1], w, w);
        ctx.beginPath();
        ctx.arc(px, py, 3.2 * dpr, 0, Math.PI * 2);
        ctx.fillStyle = labels ? classColor(labels[k]) : targets ? valueColor(targets[k]) : '#333';
        ctx.fill();
        ctx.lineWidth = (validation ? 2 : 1) * dpr;
        ctx.strokeStyle = validation ? '#111' : '#fff';
        ctx.stroke();
      }
    }
  }
}
