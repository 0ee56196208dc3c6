// Adding and removing hidden layers and units right above the network diagram, as in
// TensorFlow Playground: + and − for the layers, and over each hidden layer's column
// + and − for its units. Edits go through onLayers(layers); update(state) reflects them.
import { h, replace } from '../ui/dom.js';
import { live, livePlural, setText } from '../i18n/text.js';
import { MAX_LAYERS, MAX_UNITS } from '../core/state.js';
import { columnShare } from './network-diagram.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../core/state.js').Layer} Layer
 */

export class LayerTools {
  /**
   * @param {HTMLElement} root
   * @param {{onLayers: (layers: Layer[]) => void}} handlers
   */
  constructor(root, { onLayers }) {
    this.onLayers = onLayers;
    /** @type {Layer[]} */
    this.layers = [];
    this.count = h('span', { class: 'layer-count', id: 'layer-count', 'aria-live': 'polite' });
    this.add = h('button', { type: 'button', class: 'icon', id: 'add-layer', 'aria-label': live('Add a hidden layer'), text: '+',
      onclick: () => this.#edit((ls) => [...ls, { ...(ls.at(-1) ?? { units: 4, activation: 'tanh', keep_prob: 1 }) }]) });
    this.remove = h('button', { type: 'button', class: 'icon', id: 'remove-layer', 'aria-label': live('Remove the last hidden layer'),
      text: '−', onclick: () => this.#edit((ls) => ls.slice(0, -1)) });
    this.columns = h('div', { class: 'unit-tools' });
    replace(root, h('div', { class: 'layer-tools' }, this.add, this.remove, this.count), this.columns);
    this.shape = '';
  }

  /** @param {(layers: Layer[]) => Layer[]} f */
  #edit(f) {
    this.onLayers(f(this.layers.map((l) => ({ ...l }))));
  }

  /** @param {number} i @param {number} delta */
  #units(i, delta) {
    this.#edit((ls) => {
      ls[i].units = Math.min(MAX_UNITS, Math.max(1, Number(ls[i].units) + delta));
      return ls;
    });
  }

  /** @param {State} state @param {boolean} [locked] the layers may not be edited */
  update(state, locked = false) {
    this.layers = state.layers;
    const n = state.layers.length;
    setText(this.count, livePlural('{count} hidden layer', '{count} hidden layers', { count: n }));
    this.add.disabled = locked || n >= MAX_LAYERS;
    this.remove.disabled = locked || n === 0;
    // One group per hidden layer over its column (inputs and outputs are columns too).
    const shape = JSON.stringify([n, locked]);
    if (shape !== this.shape) {
      this.shape = shape;
      replace(this.columns, state.layers.map((_, i) => h('div', { class: 'unit-tool', style: `left:${(columnShare(i + 1, n + 2) * 100).toFixed(2)}%` },
        h('button', { type: 'button', class: 'icon', 'aria-label': live('Remove a unit from hidden layer {layer}', { layer: i + 1 }), text: '−',
          disabled: locked, onclick: () => this.#units(i, -1) }),
        h('button', { type: 'button', class: 'icon', 'aria-label': live('Add a unit to hidden layer {layer}', { layer: i + 1 }), text: '+',
          disabled: locked, onclick: () => this.#units(i, 1) }),
        h('span', { class: 'unit-count' }))));
    }
    state.layers.forEach((l, i) => {
      const group = this.columns.children[i];
      const valid = Number.isInteger(l.units);
      setText(group.querySelector('.unit-count'), livePlural('{count} unit', '{count} units', { count: l.units }));
      const [minus, plus] = group.querySelectorAll('button');
      minus.disabled = locked || !valid || l.units <= 1;
      plus.disabled = locked || !valid || l.units >= MAX_UNITS;
    });
  }
}
