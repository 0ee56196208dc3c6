// The network diagram: layers of units, and the connections between them coloured by
// the sign of the weight (blue positive, orange negative) with thickness by magnitude.
// Wide layers show their first units and say how many more there are. For 2-D data
// each unit shows what it computes over the input plane (the engine's decisionGrid units); hovering or
// focusing a unit shows its map enlarged. Hovering a connection shows its weight; clicking
// it, or a unit (Enter on a focused one), opens the editor of that unit's bias and weights.
import { h, replace, fmt, scheduleDraw } from '../ui/dom.js';
import { Live, live, livePlural, liveText, setText, setAttr } from '../i18n/text.js';
import { POSITIVE, NEGATIVE, rgb } from '../ui/colors.js';
import { UnitEditor } from './unit-editor.js';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_SHOWN = 10;
const WIDTH = 560;
const ROW = 40;
const MAP = 30;  // a unit map's side

/**
 * @typedef {import('../core/engine-types.js').LayerWeights} LayerWeights
 * @typedef {{circle: SVGElement, tip: SVGElement, layer: number, unit: number, name: Live | string, label: Live, image?: SVGElement,
 *   url?: string, ticket?: number, shown?: number}} UnitNode a unit of a hidden or the output layer (layer -1: an input), with its
 *   map; name: the unit's (the editor's title), label: its map's
 * @typedef {{values: Float32Array[][], inputs?: Float32Array[], resolution: number}} UnitMaps each unit's output
 *   over the plane, and each input's
 */

/**
 * Where column c of `columns` (inputs, hidden layers, outputs) is drawn, as a share of
 * the drawing's width: the layer tools above the diagram line up with it.
 * @param {number} c @param {number} columns
 */
export function columnShare(c, columns) {
  return (105 + (c * (WIDTH - 200)) / Math.max(1, columns - 1)) / WIDTH;
}

/** @param {string} tag @param {Record<string, unknown>} [attrs] @param {Live | string} [text] @returns {SVGElement} */
function svg(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v instanceof Live) setAttr(el, k, v);
    else el.setAttribute(k, String(v));
  }
  if (text !== undefined) setText(el, text);
  return el;
}

/** An input without a name: "input 3". @param {number} i from 0 */
const inputNumber = (i) => live('input {n}', { n: String(i + 1) });

export class NetworkDiagram {
  /**
   * onEdit: sets a weight or bias (the editor is offered only with it).
   * @param {HTMLElement} root
   * @param {{onEdit?: (edit: import('./unit-editor.js').ParameterEdit) => Promise<unknown>}} [handlers]
   */
  constructor(root, { onEdit } = {}) {
    this.root = root;
    this.note = h('p', { class: 'hint' });
    this.readout = h('p', { class: 'weight-readout', id: 'weight-readout', 'aria-live': 'off' });
    this.holder = h('div', { class: 'diagram-scroll' });
    this.zoom = h('img', { class: 'zoom-map', alt: '', width: 150, height: 150 });
    this.zoomCaption = h('figcaption', { class: 'hint' });
    this.zoomBox = h('figure', { class: 'zoom', hidden: true }, this.zoom, this.zoomCaption);
    const row = h('div', { class: 'diagram-row' }, this.holder, this.zoomBox);
    replace(root, row, this.readout, this.note);
    this.editor = onEdit ? new UnitEditor(row, { onEdit }) : null;
    this.canvas = document.createElement('canvas');
    /** @type {LayerWeights[]} */
    this.layers = [];
  }

  /**
   * Opens the editor of a unit at the element clicked (focus: the input whose weight).
   * @param {UnitNode} node @param {Element} at @param {number} [focus]
   */
  #edit(node, at, focus = -1) {
    if (!this.editor) return;
    const box = at.getBoundingClientRect(); const host = this.holder.parentElement.getBoundingClientRect();
    const inputNames = node.layer === 0 ? this.inputNames : Array.from({ length: this.layers[node.layer].inputs },
      (_, j) => live('layer {layer} unit {unit}', { layer: String(node.layer), unit: String(j + 1) }));
    this.editor.open({ layer: node.layer, unit: node.unit, label: node.name, inputNames },
      this.layers, { x: box.right - host.left, y: box.top - host.top, focus });
  }

  /**
   * layers: the worker's weights [{inputs, units, activation, keep_prob, W, b}]; names for inputs/outputs.
   * @param {LayerWeights[] | null | undefined} layers
   * @param {{inputNames?: string[], outputNames?: string[]}} [names]
   * @param {UnitMaps | null} [maps]
   */
  update(layers, names = {}, maps = null) {
    if (!layers?.length) { this.#releaseMaps(); this.holder.replaceChildren(); this.shape = null; this.editor?.close(); return; }
    this.layers = layers;
    this.inputNames = names.inputNames ?? [];
    const sizes = [layers[0].inputs, ...layers.map((l) => l.units)];
    const shape = JSON.stringify([sizes, layers.map((l) => l.activation), names, Boolean(maps)]);
    // The drawing is built once per architecture; later updates only restyle it.
    if (shape !== this.shape) { this.#build(layers, sizes, names, Boolean(maps)); this.shape = shape; }
    this.#restyle(layers, sizes);
    this.editor?.update(layers);
    // One frame per layer of maps: filling every unit's pixels of a wide layer takes a while.
    if (maps) {
      if (maps.inputs?.length) scheduleDraw('unit-maps-inputs', () => this.#drawMaps(layers, maps, -1));
      layers.forEach((l, i) => scheduleDraw(`unit-maps-${i}`, () => this.#drawMaps(layers, maps, i)));
    }
  }

  // Each unit's map as a small image: orange negative, white 0, blue positive (scaled
  // to the layer's largest magnitude); sigmoid and softmax units from 0 to 1. Layer -1:
  // the inputs, each scaled to its own largest magnitude (x² and x differ in range).
  /** @param {LayerWeights[]} layers @param {UnitMaps} maps @param {number} layer */
  #drawMaps(layers, maps, layer) {
    const n = maps.resolution;
    this.canvas.width = n;
    this.canvas.height = n;
    const ctx = this.canvas.getContext('2d');
    const img = ctx.createImageData(n, n);
    const neg = rgb(NEGATIVE); const pos = rgb(POSITIVE);
    const inputs = layer < 0;
    const act = inputs ? 'linear' : layers[layer].activation;
    const probability = act === 'sigmoid' || act === 'softmax';
    const layerMaps = (inputs ? maps.inputs : maps.values[layer]) ?? [];
    /** @param {Iterable<Float32Array>} list */
    const largest = (list) => { let m = 0; for (const map of list) for (const v of map) if (Number.isFinite(v)) m = Math.max(m, Math.abs(v)); return m; };
    const layerLargest = probability || inputs ? 0 : largest(layerMaps);
    for (const node of inputs ? this.inputNodes : this.circles) {
      const values = node.layer === layer ? layerMaps[node.unit] : null;
      if (!values || !node.image) continue;
      const m = inputs ? largest([values]) : layerLargest;
      for (let j = 0; j < n; ++j) {
        for (let i = 0; i < n; ++i) {
          const v = values[j * n + i];
          const t = probability ? 2 * v - 1 : m > 0 ? v / m : 0;  // -1..1
          const finite = Number.isFinite(t);
          const c = !finite ? [120, 120, 120] : t >= 0 ? pos : neg;
          const a = finite ? Math.min(1, Math.abs(t)) : 1;
          const p = ((n - 1 - j) * n + i) * 4;
          img.data[p] = 255 + (c[0] - 255) * a; img.data[p + 1] = 255 + (c[1] - 255) * a;
          img.data[p + 2] = 255 + (c[2] - 255) * a; img.data[p + 3] = 255;
        }
      }
      ctx.putImageData(img, 0, 0);
      this.#encode(node);
    }
  }

  // The PNG is encoded asynchronously, in the browser's idle time, not in this task
  // (toBlob copies the canvas now, so the canvas is free for the next unit). A map shows
  // when it is newer than the one shown: while training, newer maps are asked for before
  // older ones arrive, and each still moves the picture on.
  /** @param {UnitNode} node */
  #encode(node) {
    const ticket = node.ticket = (node.ticket ?? 0) + 1;
    this.canvas.toBlob((blob) => {
      if (!blob || ticket <= (node.shown ?? 0) || !node.image.isConnected) return;
      node.shown = ticket;
      const old = node.url;
      node.url = URL.createObjectURL(blob);
      node.image.setAttribute('href', node.url);
      if (this.zoomed === node) this.zoom.src = node.url;
      if (old) URL.revokeObjectURL(old);
    });
  }

  /** Frees the maps of a drawing that is being replaced or removed. */
  #releaseMaps() {
    for (const node of [...(this.circles ?? []), ...(this.inputNodes ?? [])]) {
      node.shown = Infinity;  // maps still being encoded are dropped
      if (node.url) URL.revokeObjectURL(node.url);
    }
    this.#showZoom(null);
  }

  /** @param {UnitNode} node */
  #showZoom(node) {
    this.zoomed = node;
    if (!node?.url) { this.zoomBox.hidden = true; return; }
    this.zoom.src = node.url;
    setText(this.zoomCaption, node.label);
    this.zoomBox.hidden = false;
  }

  /**
   * @param {LayerWeights[]} layers @param {number[]} sizes
   * @param {{inputNames?: string[], outputNames?: string[]}} names @param {boolean} withMaps
   */
  #build(layers, sizes, { inputNames = [], outputNames = [] }, withMaps) {
    const shown = sizes.map((n) => Math.min(n, MAX_SHOWN));
    const height = Math.max(...shown) * ROW + 50;
    /** @param {number} c */
    const colX = (c) => columnShare(c, sizes.length) * WIDTH;
    const rowY = (c, i) => 30 + (height - 50) / 2 - ((shown[c] - 1) * ROW) / 2 + i * ROW;
    this.#releaseMaps();
    const root = svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img',
      'aria-label': live('Network: {sizes} units', { sizes: sizes.join(' → ') }), id: 'network-svg' });
    const edges = svg('g', { class: 'edges' });
    const hits = svg('g', { class: 'hits' });  // wide invisible lines: a connection is easy to point at
    const nodes = svg('g', { class: 'nodes' });
    /** @type {{line: SVGElement, title: SVGElement, layer: number, index: number, from: Live | string}[]} */
    this.lines = [];
    /** @type {UnitNode[]} */
    this.circles = [];
    /** @type {UnitNode[]} the inputs, with their maps */
    this.inputNodes = [];
    layers.forEach((l, c) => {
      for (let j = 0; j < shown[c]; ++j) {
        for (let i = 0; i < shown[c + 1]; ++i) {
          const ends = { x1: colX(c) + MAP / 2, y1: rowY(c, j), x2: colX(c + 1) - MAP / 2, y2: rowY(c + 1, i) };
          const line = svg('line', ends);
          const hit = svg('line', { ...ends, class: 'hit' });
          const title = svg('title');
          hit.append(title);
          edges.append(line);
          hits.append(hit);
          const edge = { line, title, layer: c, index: i + j * l.units, from: c === 0 ? (inputNames[j] ?? inputNumber(j)) : live('unit {n}', { n: String(j + 1) }) };
          this.lines.push(edge);
          hit.addEventListener('mouseenter', () => this.#showWeight(edge, i));
          hit.addEventListener('click', () => {
            const target = this.circles.find((n) => n.layer === c && n.unit === i);
            if (target) this.#edit(target, hit, j);
          });
        }
      }
    });
    sizes.forEach((n, c) => {
      const isOutput = c === sizes.length - 1;
      const title = c === 0 ? live('input') : isOutput ? live('output · {activation}', { activation: layers[c - 1].activation })
        : layers[c - 1].activation;
      nodes.append(svg('text', { x: colX(c), y: 14, 'text-anchor': 'middle', class: 'layer-label' }, title));
      for (let i = 0; i < shown[c]; ++i) {
        const y = rowY(c, i);
        const circle = svg('circle', { cx: colX(c), cy: y, r: 10, class: c === 0 ? 'unit input' : 'unit', fill: '#fff' });
        const tip = svg('title', {}, c === 0 ? (inputNames[i] ?? inputNumber(i)) : '');
        circle.append(tip);
        nodes.append(circle);
        if (c === 0 && withMaps) {
          /** @type {UnitNode} */
          const node = { circle, tip, layer: -1, unit: i, name: inputNames[i] ?? inputNumber(i),
            label: live('Input {input} over the input plane (scaled)', { input: inputNames[i] ?? String(i + 1) }) };
          node.image = svg('image', { x: colX(c) - MAP / 2, y: y - MAP / 2, width: MAP, height: MAP, class: 'map input-map',
            preserveAspectRatio: 'none', 'aria-label': node.label });
          node.image.append(svg('title', {}, node.label));
          node.image.addEventListener('mouseenter', () => this.#showZoom(node));
          nodes.append(node.image);
          this.inputNodes.push(node);
        }
        if (c > 0) {
          const unit = { layer: String(c), unit: String(i + 1), activation: layers[c - 1].activation };
          /** @type {UnitNode} */
          const node = { circle, tip, layer: c - 1, unit: i,
            name: isOutput ? live('Output unit {unit} ({activation})', unit) : live('Layer {layer} unit {unit} ({activation})', unit),
            label: isOutput ? live('Output unit {unit} ({activation}) over the input plane', unit)
              : live('Layer {layer} unit {unit} ({activation}) over the input plane', unit) };
          circle.addEventListener('click', () => this.#edit(node, circle));
          if (withMaps) {
            node.image = svg('image', { x: colX(c) - MAP / 2, y: y - MAP / 2, width: MAP, height: MAP, class: 'map',
              preserveAspectRatio: 'none', tabindex: '0', 'aria-label': node.label });
            node.image.append(svg('title', {}, node.label));
            for (const type of ['mouseenter', 'focus']) node.image.addEventListener(type, () => this.#showZoom(node));
            node.image.addEventListener('click', () => this.#edit(node, node.image));
            node.image.addEventListener('keydown', (e) => {
              if (e.key !== 'Enter' && e.key !== ' ') return;
              e.preventDefault();
              this.#edit(node, node.image);
            });
            nodes.append(node.image);
          }
          this.circles.push(node);
        }
        const name = c === 0 ? inputNames[i] : isOutput ? outputNames[i] : null;
        if (name !== undefined && name !== null) {
          const label = String(name).length > 12 ? `${String(name).slice(0, 11)}…` : String(name);
          nodes.append(svg('text', { x: c === 0 ? colX(c) - (withMaps ? MAP / 2 + 4 : 15) : colX(c) + MAP / 2 + 4, y: y + 4,
            'text-anchor': c === 0 ? 'end' : 'start', class: 'unit-label' }, label));
        }
      }
      if (n > shown[c]) {
        nodes.append(svg('text', { x: colX(c), y: rowY(c, shown[c] - 1) + 26, 'text-anchor': 'middle', class: 'more' },
          live('+{n} more', { n: String(n - shown[c]) })));
      }
    });
    root.append(edges, hits, nodes);
    this.holder.replaceChildren(root);
  }

  /** @param {{layer: number, index: number, from: Live | string}} edge @param {number} unit */
  #showWeight({ layer, index, from }, unit) {
    const w = this.layers[layer]?.W[index];
    if (w === undefined) return;
    const to = layer === this.layers.length - 1 ? live('output {n}', { n: String(unit + 1) })
      : live('layer {layer} unit {unit}', { layer: String(layer + 1), unit: String(unit + 1) });
    const weight = { from, to, w: fmt(w, 4) };
    setText(this.readout, this.editor ? live('{from} → {to}: w = {w} (click to edit)', weight) : live('{from} → {to}: w = {w}', weight));
  }

  /** @param {LayerWeights[]} layers @param {number[]} sizes */
  #restyle(layers, sizes) {
    let maxAbs = 0;
    for (const l of layers) for (const w of l.W) maxAbs = Math.max(maxAbs, Math.abs(w));
    for (const { line, title, layer, index } of this.lines) {
      const w = layers[layer].W[index];  // input j -> unit i at i + j * units (column-major)
      const t = maxAbs > 0 ? Math.abs(w) / maxAbs : 0;
      line.setAttribute('stroke', w >= 0 ? POSITIVE : NEGATIVE);
      line.setAttribute('stroke-width', (0.4 + 4 * t).toFixed(2));
      line.setAttribute('stroke-opacity', (0.25 + 0.7 * t).toFixed(2));
      title.textContent = `w = ${fmt(w)}`;
    }
    for (const { circle, tip, layer, unit } of this.circles) {
      const b = layers[layer].b[unit];
      circle.setAttribute('fill', b >= 0 ? '#dbe8fd' : '#fde6d2');
      setText(tip, live('bias b = {b}', { b: fmt(b) }));
    }
    const dropout = layers.filter((l) => l.keep_prob < 1).length;
    const shape = { sizes: sizes.join(' → '), w: fmt(maxAbs, 3) };
    const sizeText = dropout ? livePlural('{sizes} units · largest |w| = {w} · dropout on {count} layer while training.',
      '{sizes} units · largest |w| = {w} · dropout on {count} layers while training.', { ...shape, count: dropout })
      : live('{sizes} units · largest |w| = {w}.', shape);
    const key = this.editor
      ? live('Blue: positive weight, orange: negative; thicker: larger. Hover a line for its value; click a line or a unit to edit it.')
      : live('Blue: positive weight, orange: negative; thicker: larger. Hover a line for its value.');
    setText(this.note, liveText(() => `${sizeText} ${key}`));
  }
}
