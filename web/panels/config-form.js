// The model and training form: the hidden-layer editor and the hyperparameters, built
// from the state schema. It reports edits through onChange(name, value); the app owns
// the state and calls update(state, errors) to reflect it.
import { h, replace, isFocused } from '../ui/dom.js';
import { createFields } from './fields.js';
import { helpButton } from '../teaching/help-button.js';
import { PROPS, ACTIVATIONS, ACTIVATION_LABELS, MAX_LAYERS, MAX_UNITS } from '../core/state.js';
import { t, tp, live, liveText, msg, setText } from '../i18n/text.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../i18n/text.js').Live} Live
 * @typedef {import('../core/state.js').Layer} Layer
 * @typedef {import('../core/engine-types.js').OutputLayer} OutputLayer
 * @typedef {import('./fields.js').FieldProp} FieldProp
 * @typedef {import('./fields.js').Field} Field
 * @typedef {{li: HTMLLIElement, units: HTMLInputElement, activation: HTMLSelectElement, keep: HTMLInputElement,
 *   remove: HTMLButtonElement, error: HTMLParagraphElement}} LayerRow a row of the layer editor
 */

const NETWORK = ['loss', 'init', 'init_scale', 'leaky_slope'];
const TRAINING = ['batch', 'batch_size', 'optimizer', 'learning_rate', 'momentum', 'rho', 'beta1', 'beta2', 'epsilon',
  'schedule', 'decay', 'decay_epochs', 'epochs', 'l1', 'l2', 'patience', 'train_metrics', 'seed'];

const HINTS = {
  optimizer: live('Momentum and Nesterov add velocity; AdaGrad, RMSProp and Adam adapt the step per weight.'),
  l1: live('Adds (λ/m)·Σ|W| to the cost: weights that do not help go to exactly zero.'),
  l2: live('Adds λ/(2m)·ΣW² to the cost: smaller weights, smoother boundaries.'),
};

// The layer editor's help, once above its rows: the hidden layers, then each column.
function layersHelp() {
  const parts = [['layers', live('Hidden layers')], ['layer.units', live('units')], ['layer.activation', live('activation')],
    ['layer.keep_prob', live('keep prob.')]].map(([name, text]) => ({ text, ...helpButton(/** @type {string} */ (name)) }));
  return [h('p', { class: 'hint layers-help', text: live('Input layer: one unit per feature. ') },
    ...parts.flatMap(({ text, button }, i) => [i === 1 ? ' — ' : ' ', h('span', { class: 'help-label', text }), button])),
  ...parts.map((p) => p.panel)];
}

/** @param {string[]} names */
const pick = (names) => /** @type {FieldProp[]} */ (names.map((n) => PROPS.find((p) => p.name === n)));

export class ConfigForm {
  /** @type {State | null} */
  #state = null;
  /** @type {LayerRow[]} */
  #layerRows = [];

  /**
   * fields: the settings to show (names in state.js PROPS; default all of the model and
   * training ones), layers: whether to show the layer editor, locked: names shown but
   * not editable ('layers' locks the layer editor).
   * @param {HTMLElement} root
   * @param {{onChange: (name: string, value: unknown, invalid?: boolean) => void}} handlers
   * @param {{fields?: string[], layers?: boolean, locked?: Set<string>}} [options]
   */
  constructor(root, { onChange }, { fields = [...NETWORK, ...TRAINING], layers = true, locked = new Set() } = {}) {
    this.onChange = onChange;
    this.locked = locked;
    this.layersList = h('ol', { class: 'layers', 'aria-label': live('Hidden layers') });
    this.addButton = h('button', { type: 'button', class: 'secondary', text: live('+ Add hidden layer'),
      onclick: () => this.#editLayers((ls) => [...ls, { ...(ls.at(-1) ?? { units: 8, activation: 'relu', keep_prob: 1 }) }]) });
    const addHelp = helpButton('layer.add');
    this.layersError = h('p', { class: 'field-error', 'aria-live': 'polite' });
    this.outputNote = h('p', { class: 'hint output-note' });
    /** @param {string} name @param {unknown} value @param {boolean} invalid */
    const emit = (name, value, invalid) => this.onChange(name, value, invalid);
    const network = h('fieldset', { class: 'group' }, h('legend', { text: live('Network') }),
      layers ? [...layersHelp(), this.layersList, h('div', { class: 'buttons' }, this.addButton, addHelp.button), addHelp.panel,
        this.layersError, this.outputNote] : null);
    const training = h('fieldset', { class: 'group' }, h('legend', { text: live('Training') }));
    const inNetwork = fields.filter((n) => NETWORK.includes(n));
    this.fields = {
      ...createFields(network, pick(inNetwork), emit, HINTS),
      ...createFields(training, pick(fields.filter((n) => !NETWORK.includes(n))), emit, HINTS),
    };
    for (const [name, field] of Object.entries(this.fields)) field.input.disabled = locked.has(name);
    replace(root, layers || inNetwork.length ? network : null, training.children.length > 1 ? training : null);
  }

  /** @param {(layers: Layer[]) => Layer[]} f */
  #editLayers(f) {
    this.onChange('layers', f(this.#state.layers.map((l) => ({ ...l }))));
  }

  /** @param {number} i @returns {LayerRow} */
  #layerRow(i) {
    const idp = `layer-${i}`;
    const units = h('input', { id: `${idp}-units`, type: 'text', inputmode: 'numeric', class: 'units',
      'aria-describedby': `${idp}-error`, title: live('Units: 1 to {max}', { max: String(MAX_UNITS) }) });
    const activation = h('select', { id: `${idp}-activation`, class: 'activation' },
      ACTIVATIONS.map((a) => h('option', { value: a, text: live(ACTIVATION_LABELS[a]) })));
    const keep = h('input', { id: `${idp}-keep`, type: 'text', inputmode: 'decimal', class: 'keep',
      'aria-describedby': `${idp}-error`, title: live('Keep probability for dropout: (0, 1]; 1 = no dropout') });
    const remove = h('button', { type: 'button', class: 'icon', 'aria-label': live('Remove hidden layer {n}', { n: i + 1 }), text: '×',
      onclick: () => this.#editLayers((ls) => ls.filter((_, j) => j !== i)) });
    const error = h('p', { class: 'field-error', id: `${idp}-error`, 'aria-live': 'polite' });
    /** @param {string} key @param {string} raw @param {(raw: string) => unknown} parse */
    const set = (key, raw, parse) => this.#editLayers((ls) => {
      const v = parse(raw);
      ls[i][key] = Number.isFinite(v) && String(raw).trim() !== '' ? v : raw;
      return ls;
    });
    units.addEventListener('input', () => set('units', units.value, Number));
    keep.addEventListener('input', () => set('keep_prob', keep.value, Number));
    activation.addEventListener('change', () => set('activation', activation.value, (v) => v));
    const li = h('li', { class: 'layer' },
      h('span', { class: 'layer-name', text: live('Layer {n}', { n: i + 1 }) }),
      h('label', { for: units.id, text: live('units') }), units,
      h('label', { for: activation.id, text: live('activation') }), activation,
      h('label', { for: keep.id, text: live('keep prob.') }), keep, remove, error);
    return { li, units, activation, keep, remove, error };
  }

  /**
   * Reflects state and errors ({field: message}); `output` describes the output layer.
   * @param {State} state
   * @param {Record<string, string>} errors
   * @param {string | Live} output
   */
  update(state, errors, output) {
    this.#state = state;
    const n = state.layers.length;
    while (this.#layerRows.length < n) {
      const row = this.#layerRow(this.#layerRows.length);
      this.#layerRows.push(row);
      this.layersList.append(row.li);
    }
    while (this.#layerRows.length > n) this.#layerRows.pop().li.remove();
    state.layers.forEach((l, i) => {
      const row = this.#layerRows[i];
      for (const [input, value] of /** @type {[HTMLInputElement, number][]} */ ([[row.units, l.units], [row.keep, l.keep_prob]])) {
        if (!isFocused(input) && input.value !== String(value)) input.value = String(value);
      }
      row.activation.value = l.activation;
      const problems = [['units', msg('units')], ['keep_prob', msg('keep probability')], ['activation', msg('activation')]]
        .filter(([k]) => errors[`layers.${i}.${k}`]).map(([k, field]) => ({ n: i + 1, field, message: errors[`layers.${i}.${k}`] }));
      setText(row.error, problems.length
        ? liveText(() => problems.map((p) => t('Layer {n} {field} {message}', { ...p, field: t(p.field) })).join(t('; '))) : '');
      row.units.setAttribute('aria-invalid', String(Boolean(errors[`layers.${i}.units`])));
      row.keep.setAttribute('aria-invalid', String(Boolean(errors[`layers.${i}.keep_prob`])));
    });
    const lockedLayers = this.locked.has('layers');
    for (const row of this.#layerRows) for (const el of [row.units, row.activation, row.keep, row.remove]) el.disabled = lockedLayers;
    this.addButton.disabled = n >= MAX_LAYERS || lockedLayers;
    setText(this.layersError, errors.layers ?? '');
    if (n === 0) setText(this.outputNote, live('No hidden layer: a linear model (logistic/softmax regression). {output}', { output: output ?? '' }));
    else setText(this.outputNote, output ?? '');
    for (const [name, field] of Object.entries(this.fields)) {
      field.update(state);
      field.setError(field.el.hidden ? null : errors[name]);
    }
  }
}

/** @type {Record<string, string>} */
const LOSS_TEXT = { binary_cross_entropy: msg('binary cross-entropy'), categorical_cross_entropy: msg('categorical cross-entropy'),
  mse: msg('mean squared error') };

/**
 * A sentence describing the output layer and loss the engine chose (Session.output), following the language.
 * @param {OutputLayer | null} output
 * @returns {Live | string}
 */
export function describeOutput(output) {
  if (!output) return '';
  const { units, activation, loss } = output;
  return liveText(() => tp('Output: {count} {activation} unit · {loss}.', 'Output: {count} {activation} units · {loss}.', {
    count: units,
    // ACTIVATION_LABELS's "linear" is marked for translation; sigmoid and softmax are names.
    activation: activation === 'linear' ? t(ACTIVATION_LABELS.linear) : activation,
    loss: Object.hasOwn(LOSS_TEXT, loss) ? t(LOSS_TEXT[loss]) : loss,
  }));
}
