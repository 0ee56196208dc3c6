// Editing a unit's parameters by hand: its bias and the weights of its incoming
// connections, each a number field. Opened by clicking a unit or a connection of the
// network diagram (or Enter on a unit); a value is applied when the field changes (Enter
// or leaving it), and the boundary and unit maps redraw with the edited network.
import { h, replace, fmt } from '../ui/dom.js';
import { live, livePlural, setText } from '../i18n/text.js';
import { engineErrorText } from '../core/engine-messages.js';

/**
 * @typedef {import('../core/engine-types.js').LayerWeights} LayerWeights
 * @typedef {{layer: number, unit: number, input: number, value: number}} ParameterEdit input -1: the bias
 * @typedef {{input: HTMLInputElement, index: number}} ParameterField index: the input, -1 for the bias
 * @typedef {import('../i18n/text.js').Live} Live
 */

const MAX_FIELDS = 12;  // inputs listed; a wider layer says how many more it has

export class UnitEditor {
  /**
   * @param {HTMLElement} host where the panel is placed (positioned over the diagram)
   * @param {{onEdit: (edit: ParameterEdit) => Promise<unknown>}} handlers
   */
  constructor(host, { onEdit }) {
    this.onEdit = onEdit;
    this.title = h('p', { class: 'editor-title', id: 'unit-editor-title' });
    this.fields = h('div', { class: 'editor-fields' });
    this.message = h('p', { class: 'hint', 'aria-live': 'polite' });
    this.panel = h('div', { class: 'unit-editor', id: 'unit-editor', role: 'dialog', 'aria-labelledby': 'unit-editor-title', hidden: true },
      h('div', { class: 'editor-head' }, this.title,
        h('button', { type: 'button', class: 'icon', 'aria-label': live('Close the editor'), text: '×', onclick: () => this.close() })),
      this.fields, this.message);
    this.panel.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.stopPropagation(); this.close(); } });
    host.append(this.panel);
    /** @type {ParameterField[]} */
    this.inputs = [];
    /** @type {{layer: number, unit: number} | null} */
    this.target = null;
  }

  /**
   * Opens the editor for a unit, at (x, y) in the host's pixels, with one field focused.
   * @param {{layer: number, unit: number, label: Live | string, inputNames: (Live | string)[]}} unit
   * @param {LayerWeights[]} layers
   * @param {{x: number, y: number, focus?: number}} at focus: the input whose weight to focus (-1: the bias)
   */
  open(unit, layers, { x, y, focus = -1 }) {
    this.target = { layer: unit.layer, unit: unit.unit };
    this.returnFocus = /** @type {HTMLElement | null} */ (document.activeElement);
    const l = layers[unit.layer];
    setText(this.title, unit.label);
    const shown = Math.min(l.inputs, MAX_FIELDS);
    const indices = [-1, ...Array.from({ length: shown }, (_, j) => j)];
    if (focus >= shown) indices.push(focus);  // a clicked connection is always listed
    this.inputs = indices.map((index) => ({ index, input: h('input', {
      type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', id: `edit-${index < 0 ? 'bias' : `w${index}`}` }) }));
    replace(this.fields, this.inputs.map(({ index, input }) => h('div', { class: 'editor-field' },
      h('label', { for: input.id, text: index < 0 ? live('bias b')
        : live('w from {input}', { input: unit.inputNames[index] ?? live('input {n}', { n: String(index + 1) }) }) }), input)));
    for (const field of this.inputs) field.input.addEventListener('change', () => this.#apply(field));
    setText(this.message, l.inputs > shown
      ? livePlural('{count} more input is not listed here.', '{count} more inputs are not listed here.', { count: l.inputs - shown })
      : live('Type a value and press Enter.'));
    this.panel.hidden = false;
    this.update(layers);
    const host = /** @type {HTMLElement} */ (this.panel.parentElement);
    const left = Math.max(0, Math.min(x + 16, host.clientWidth - this.panel.offsetWidth));
    this.panel.style.left = `${left}px`;
    this.panel.style.top = `${Math.max(0, y - 20)}px`;
    (this.inputs.find((f) => f.index === focus) ?? this.inputs[0]).input.focus();
  }

  /** @param {ParameterField} field */
  async #apply({ index, input }) {
    const value = Number(input.value.trim());
    if (input.value.trim() === '' || !Number.isFinite(value)) {
      input.setAttribute('aria-invalid', 'true');
      setText(this.message, live('“{value}” is not a number: type one such as 0.5 or -1.2.', { value: input.value }));
      return;
    }
    input.setAttribute('aria-invalid', 'false');
    try {
      await this.onEdit({ layer: this.target.layer, unit: this.target.unit, input: index, value });
      const set = { value: fmt(value, 4) };
      setText(this.message, index < 0 ? live('Set the bias to {value}: the maps show the edited network.', set)
        : live('Set the weight to {value}: the maps show the edited network.', set));
    } catch (e) {
      input.setAttribute('aria-invalid', 'true');
      setText(this.message, live('Could not set it: {message}', { message: engineErrorText(e) }));
    }
  }

  /** The current values, in the fields not being edited. @param {LayerWeights[]} layers */
  update(layers) {
    if (!this.target || this.panel.hidden) return;
    const l = layers[this.target.layer];
    if (!l || this.target.unit >= l.units) { this.close(); return; }
    for (const { index, input } of this.inputs) {
      if (document.activeElement === input) continue;
      const v = index < 0 ? l.b[this.target.unit] : l.W[this.target.unit + index * l.units];
      input.value = String(Number(v.toPrecision(4)));
    }
  }

  close() {
    if (this.panel.hidden) return;
    this.panel.hidden = true;
    this.target = null;
    if (this.returnFocus?.isConnected) this.returnFocus.focus();
  }
}
