// The one state schema: every setting the page has, with its type, range, URL key and
// when it applies. The form is built from it, the URL hash is written and read through
// it (state-link.js), and the engine's configuration and data options are derived from it.
// No DOM here: this module is pure so the worker tests and the widget can share it.
import { parseFlags } from './flag-set.js';
import { parsePoints } from './point-set.js';
import { t, msg } from '../i18n/text.js';

/**
 * @typedef {import('./engine-types.js').TrainingConfig} TrainingConfig
 * @typedef {{units: number, activation: string, keep_prob: number}} Layer a hidden layer
 * @typedef {{units?: string, keep_prob?: string, activation?: string}} LayerErrors
 */
/**
 * The page's settings: a field for each of PROPS, and `generated` (the data set is drawn,
 * not read). A field being edited may hold the text typed until it is valid.
 * @typedef {{
 *   dataset: string, rows: number, noise: number, classes: number, subset: number, validation: number,
 *   scaling: string, missing: string, task: string, dataSeed: number, derived: string[], points: number[][],
 *   layers: Layer[], loss: string, init: string, init_scale: number, leaky_slope: number,
 *   batch: string, batch_size: number, optimizer: string, learning_rate: number, momentum: number,
 *   rho: number, beta1: number, beta2: number, epsilon: number, schedule: string, decay: number,
 *   decay_epochs: number, epochs: number, l1: number, l2: number, patience: number, train_metrics: string, seed: number,
 *   generated: boolean,
 * }} State
 */
/**
 * A setting of the schema: its state field (name), URL key, kind, type and default; for
 * numbers the range (bounds included unless minOpen/maxOpen), for enums the options and
 * their labels (aliases: older names a link may hold); show(state) says when it applies.
 * @typedef {{type: 'int' | 'number', min: number, max: number, minOpen?: boolean, maxOpen?: boolean}} NumberSpec
 * @typedef {{type: 'enum', options: Record<string, string>, aliases?: Record<string, string>}} EnumSpec
 * @typedef {{type: 'string'}} StringSpec
 * @typedef {{type: 'layers'}} LayersSpec
 * @typedef {import('./flag-set.js').FlagsSpec} FlagsSpec
 * @typedef {import('./point-set.js').PointsSpec} PointsSpec
 * @typedef {{name: string, url: string, kind: 'data' | 'model', def: unknown, label?: string,
 *   show?: (state: State) => boolean}} PropBase
 * @typedef {PropBase & (NumberSpec | EnumSpec | StringSpec | LayersSpec | FlagsSpec | PointsSpec)} Prop
 */

/** @type {string[]} */
export const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'leaky_relu', 'linear'];
/** Shown with t(label): "linear" is a word, the others are names. @type {Record<string, string>} */
export const ACTIVATION_LABELS = {
  relu: 'ReLU', tanh: 'tanh', sigmoid: 'sigmoid', leaky_relu: 'leaky ReLU', linear: msg('linear'),
};
/**
 * A lookup table with no prototype: only its own entries are found, whatever the key.
 * @template T
 * @param {Iterable<readonly [string, T]>} entries
 * @returns {Record<string, T>}
 */
export function byName(entries) {
  return Object.assign(Object.create(null), Object.fromEntries(entries));
}

/** Inputs the engine derives from two numeric inputs, in its order (engine/data/derived_inputs.hpp). */
export const DERIVED_INPUTS = { x1sq: 'X₁²', x2sq: 'X₂²', x1x2: 'X₁X₂', sinx1: 'sin X₁', sinx2: 'sin X₂' };

export const MAX_LAYERS = 32;
export const MAX_UNITS = 4096;

const UINT32_MAX = 4294967295;

// kind: 'data' settings reload the data; 'model' settings reconfigure the network.
// show(state) says when a field is relevant; hidden fields are neither validated nor sent.
// Labels and option labels are English texts marked with msg(): views show them with
// live(label) / t(label). Names (β₁, L2 λ, Adam) are shown as they are.
/** @type {Prop[]} */
export const PROPS = [
  { name: 'dataset', url: 'data', kind: 'data', type: 'string', def: 'circles' },
  { name: 'rows', url: 'rows', kind: 'data', type: 'int', def: 400, min: 10, max: 20000,
    label: msg('Points'), show: (s) => s.generated },
  { name: 'noise', url: 'noise', kind: 'data', type: 'number', def: 0.1, min: 0, max: 2,
    label: msg('Noise'), show: (s) => s.generated },
  { name: 'classes', url: 'classes', kind: 'data', type: 'int', def: 3, min: 2, max: 10,
    label: msg('Classes'), show: (s) => s.dataset === 'blobs' },
  { name: 'subset', url: 'subset', kind: 'data', type: 'int', def: 2000, min: 100, max: 10000,
    label: msg('Rows to use'), show: (s) => s.dataset === 'mnist' },
  { name: 'validation', url: 'val', kind: 'data', type: 'number', def: 0.2, min: 0, max: 0.9,
    label: msg('Validation fraction') },
  { name: 'scaling', url: 'scale', kind: 'data', type: 'enum', def: 'standardize',
    options: { standardize: msg('Standardize (mean 0, sd 1)'), minmax: msg('Min–max to [0, 1]'), none: msg('None') },
    label: msg('Feature scaling') },
  { name: 'missing', url: 'missing', kind: 'data', type: 'enum', def: 'drop',
    options: { drop: msg('Drop rows with missing values'), impute: msg('Fill in (mean / most frequent)') },
    label: msg('Missing values') },
  { name: 'task', url: 'task', kind: 'data', type: 'enum', def: 'auto',
    options: { auto: msg('Inferred from the target'), classification: msg('Classification'), regression: msg('Regression') },
    label: msg('Task') },
  { name: 'dataSeed', url: 'dseed', kind: 'data', type: 'int', def: 1, min: 0, max: UINT32_MAX,
    label: msg('Data seed (points, split)') },
  // Only data with exactly two numeric inputs takes them (the data panel offers them then).
  { name: 'points', url: 'pts', kind: 'data', type: 'points', def: [], label: msg('Points added by hand'),
    show: (s) => s.generated },
  { name: 'derived', url: 'derive', kind: 'data', type: 'flags', def: [], options: DERIVED_INPUTS,
    label: msg('Derived inputs') },

  { name: 'layers', url: 'layers', kind: 'model', type: 'layers', def: [{ units: 8, activation: 'relu', keep_prob: 1 }] },
  { name: 'loss', url: 'loss', kind: 'model', type: 'enum', def: 'auto',
    options: { auto: msg('Chosen from the task'), binary_cross_entropy: msg('Binary cross-entropy'),
      categorical_cross_entropy: msg('Categorical cross-entropy'), mse: msg('Mean squared error') },
    label: msg('Loss') },
  // aliases: earlier names a link may hold ("gaussian" was randn·√(1/n)'s name).
  { name: 'init', url: 'init', kind: 'model', type: 'enum', def: 'he',
    options: { he: msg('He: randn·√(2/n) (for ReLU)'), xavier: msg('Xavier/Glorot uniform (for tanh, sigmoid)'),
      lecun: msg('LeCun: randn·√(1/n)'), normal: msg('Gaussian: randn × scale'), uniform: msg('Uniform ±1/√n') },
    aliases: { gaussian: 'lecun' }, label: msg('Weight initialization') },
  { name: 'init_scale', url: 'iscale', kind: 'model', type: 'number', def: 0.01, min: 0, minOpen: true, max: 10,
    label: msg('Scale (randn × scale)'), show: (s) => s.init === 'normal' },
  { name: 'leaky_slope', url: 'slope', kind: 'model', type: 'number', def: 0.01, min: 0, max: 0.999,
    label: msg('Leaky ReLU slope'), show: (s) => s.layers.some((l) => l.activation === 'leaky_relu') },
  { name: 'batch', url: 'batch', kind: 'model', type: 'enum', def: 'mini',
    options: { full: msg('Full batch (GD)'), sgd: msg('SGD (batch 1)'), mini: msg('Mini-batch') }, label: msg('Batch') },
  { name: 'batch_size', url: 'bs', kind: 'model', type: 'int', def: 32, min: 2, max: 1000000,
    label: msg('Mini-batch size'), show: (s) => s.batch === 'mini' },
  { name: 'optimizer', url: 'opt', kind: 'model', type: 'enum', def: 'adam',
    options: { sgd: msg('Plain gradient step'), momentum: msg('Momentum'), nesterov: msg('Nesterov momentum'),
      adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam' },
    label: msg('Update rule') },
  { name: 'learning_rate', url: 'lr', kind: 'model', type: 'number', def: 0.01, min: 0, minOpen: true, max: 100,
    label: msg('Learning rate α') },
  { name: 'momentum', url: 'mom', kind: 'model', type: 'number', def: 0.9, min: 0, max: 1, maxOpen: true,
    label: msg('Momentum β'), show: (s) => s.optimizer === 'momentum' || s.optimizer === 'nesterov' },
  { name: 'rho', url: 'rho', kind: 'model', type: 'number', def: 0.9, min: 0, max: 1, maxOpen: true,
    label: msg('Decay ρ'), show: (s) => s.optimizer === 'rmsprop' },
  { name: 'beta1', url: 'b1', kind: 'model', type: 'number', def: 0.9, min: 0, max: 1, maxOpen: true,
    label: 'β₁', show: (s) => s.optimizer === 'adam' },
  { name: 'beta2', url: 'b2', kind: 'model', type: 'number', def: 0.999, min: 0, max: 1, maxOpen: true,
    label: 'β₂', show: (s) => s.optimizer === 'adam' },
  { name: 'epsilon', url: 'eps', kind: 'model', type: 'number', def: 1e-8, min: 0, minOpen: true, max: 1,
    label: 'ε', show: (s) => ['adagrad', 'rmsprop', 'adam'].includes(s.optimizer) },
  { name: 'schedule', url: 'sched', kind: 'model', type: 'enum', def: 'constant',
    options: { constant: msg('Constant'), step: msg('Step decay (× decay every N epochs)'), inverse: msg('Inverse time α/(1 + decay·epoch)') },
    label: msg('Learning-rate schedule') },
  { name: 'decay', url: 'decay', kind: 'model', type: 'number', def: 0.5, min: 0, max: 100,
    label: msg('Decay'), show: (s) => s.schedule !== 'constant' },
  { name: 'decay_epochs', url: 'every', kind: 'model', type: 'int', def: 10, min: 1, max: 1000000,
    label: msg('Decay every (epochs)'), show: (s) => s.schedule === 'step' },
  { name: 'epochs', url: 'epochs', kind: 'model', type: 'int', def: 100, min: 1, max: 1000000, label: msg('Epochs') },
  { name: 'l1', url: 'l1', kind: 'model', type: 'number', def: 0, min: 0, max: 100, label: 'L1 λ' },
  { name: 'l2', url: 'l2', kind: 'model', type: 'number', def: 0, min: 0, max: 100, label: 'L2 λ' },
  { name: 'patience', url: 'patience', kind: 'model', type: 'int', def: 0, min: 0, max: 1000000,
    label: msg('Early stopping patience (0 = off)') },
  // Mini-batches only: the full batch is measured after its step whatever this says.
  { name: 'train_metrics', url: 'tm', kind: 'model', type: 'enum', def: 'exact',
    options: { exact: msg('A pass over the training rows after each epoch'), batches: msg('The epoch’s own mini-batches (faster)') },
    label: msg('Training loss and accuracy from'), show: (s) => s.batch !== 'full' },
  { name: 'seed', url: 'seed', kind: 'model', type: 'int', def: 1, min: 0, max: UINT32_MAX, label: msg('Seed') },
];

/**
 * Settings by name. Without a prototype, so a name from a link or an attribute can only
 * find a setting ("toString", "__proto__" find nothing).
 * @type {Record<string, Prop>}
 */
export const PROP = byName(PROPS.map((p) => [p.name, p]));

/** Every setting at its default. @returns {State} */
export function defaultState() {
  const s = /** @type {State} */ ({});
  for (const p of PROPS) s[p.name] = structuredClone(p.def);
  s.generated = true;
  return s;
}

/**
 * Whether a setting applies to a state.
 * @param {{show?: (state: State) => boolean}} prop
 * @param {State} state
 * @returns {boolean}
 */
export function isShown(prop, state) {
  return !prop.show || prop.show(state);
}

/**
 * The allowed range of a numeric prop as a sentence fragment ("a whole number between 1
 * and 4096"), in the page's language. The bounds go in as written (4096, not 4,096).
 * @param {NumberSpec} p
 * @returns {string}
 */
export function rangeText(p) {
  if (p.type === 'int') return t('a whole number between {min} and {max}', { min: String(p.min), max: String(p.max) });
  const lo = p.minOpen ? '(' : '[';
  const hi = p.maxOpen ? ')' : ']';
  return t('a number in {interval}', { interval: `${lo}${p.min}, ${p.max}${hi}` });
}

/** @param {string} range rangeText's fragment @returns {string} */
const mustBe = (range) => t('must be {range}', { range });

/** @param {string[]} names the allowed values (code names) @returns {string} */
const oneOf = (names) => t('must be one of {names}', { names: names.join(', ') });

/**
 * Parses a field's text; returns {value} or {error} naming the allowed range (in the
 * page's language, as every message here).
 * @param {NumberSpec | EnumSpec | StringSpec | FlagsSpec | PointsSpec} p
 * @param {unknown} text
 * @returns {{value?: string | number | string[] | number[][], error?: string}}
 */
export function parseField(p, text) {
  if (p.type === 'flags') return parseFlags(p, text);
  if (p.type === 'points') return parsePoints(text);
  const raw = String(text).trim();
  if (p.type === 'enum') {
    const value = p.aliases && Object.hasOwn(p.aliases, raw) ? p.aliases[raw] : raw;
    return Object.hasOwn(p.options, value) ? { value } : { error: oneOf(Object.keys(p.options)) };
  }
  if (p.type === 'string') return { value: raw };
  if (raw === '') return { error: t('required: {range}', { range: rangeText(p) }) };
  const v = Number(raw);
  const bad = !Number.isFinite(v) || (p.type === 'int' && !Number.isInteger(v)) ||
    (p.minOpen ? v <= p.min : v < p.min) || (p.maxOpen ? v >= p.max : v > p.max);
  return bad ? { error: mustBe(rangeText(p)) } : { value: v };
}

/**
 * Checks one hidden layer; returns {units?, keep_prob?} messages, or null when valid.
 * @param {Layer} layer as the form holds it: a field being typed may hold text
 * @returns {LayerErrors | null}
 */
export function layerErrors(layer) {
  /** @type {LayerErrors} */
  const e = {};
  if (!Number.isInteger(layer.units) || layer.units < 1 || layer.units > MAX_UNITS) {
    e.units = mustBe(rangeText({ type: 'int', min: 1, max: MAX_UNITS }));
  }
  if (!(layer.keep_prob > 0 && layer.keep_prob <= 1)) e.keep_prob = t('must be in (0, 1]');
  if (!ACTIVATIONS.includes(layer.activation)) e.activation = oneOf(ACTIVATIONS);
  return Object.keys(e).length ? e : null;
}

/**
 * Every problem in a state: {field: message}; hidden fields are skipped.
 * @param {State} state
 * @returns {Record<string, string>}
 */
export function validate(state) {
  /** @type {Record<string, string>} */
  const errors = {};
  for (const p of PROPS) {
    if (!isShown(p, state)) continue;
    if (p.type === 'layers') {
      if (state.layers.length > MAX_LAYERS) errors.layers = t('at most {max} hidden layers', { max: MAX_LAYERS });
      state.layers.forEach((l, i) => {
        const e = layerErrors(l);
        if (e) for (const [k, m] of Object.entries(e)) errors[`layers.${i}.${k}`] = m;
      });
    } else if (p.type !== 'string') {
      const r = parseField(p, state[p.name]);
      if (r.error) errors[p.name] = r.error;
    }
  }
  if (state.schedule === 'step' && !(state.decay > 0 && state.decay <= 1)) {
    errors.decay = t('must be in (0, 1] for the step schedule');
  }
  return errors;
}

/** @typedef {ReturnType<typeof toEngineConfig>} EngineConfig */

/** The engine's training configuration (engine/io/config_json.hpp fields). @param {State} state */
export function toEngineConfig(state) {
  const batch = state.batch === 'full' ? 0 : state.batch === 'sgd' ? 1 : state.batch_size;
  return {
    hidden_layers: state.layers.map((l) => ({ units: l.units, activation: l.activation, keep_prob: l.keep_prob })),
    loss: state.loss, init: state.init, init_scale: state.init_scale, leaky_slope: state.leaky_slope,
    optimizer: state.optimizer, learning_rate: state.learning_rate, momentum: state.momentum,
    rho: state.rho, beta1: state.beta1, beta2: state.beta2, epsilon: state.epsilon,
    schedule: state.schedule, decay: state.decay, decay_epochs: state.decay_epochs,
    batch_size: batch, epochs: state.epochs, l1: state.l1, l2: state.l2, seed: state.seed, patience: state.patience,
    train_metrics: state.train_metrics,
  };
}

/**
 * The reverse, for an imported model's configuration: the model fields of a state.
 * @param {TrainingConfig} config
 * @returns {Partial<State>}
 */
export function fromEngineConfig(config) {
  /** @type {Partial<State>} */
  const s = {};
  const copy = ['loss', 'init', 'init_scale', 'leaky_slope', 'optimizer', 'learning_rate', 'momentum', 'rho', 'beta1', 'beta2',
    'epsilon', 'schedule', 'decay', 'decay_epochs', 'epochs', 'l1', 'l2', 'seed', 'patience', 'train_metrics'];
  for (const k of copy) if (k in config) s[k] = config[k];
  if (Array.isArray(config.hidden_layers)) {
    s.layers = config.hidden_layers.map((l) => ({ units: l.units, activation: l.activation, keep_prob: l.keep_prob ?? 1 }));
  }
  if ('batch_size' in config) {
    const b = config.batch_size;
    s.batch = b === 0 ? 'full' : b === 1 ? 'sgd' : 'mini';
    if (b > 1) s.batch_size = b;
  }
  return s;
}

/**
 * Data options for the engine (bindings/data_options.cpp), CSV target etc. added by the caller.
 * @param {Pick<State, 'validation' | 'scaling' | 'missing' | 'task' | 'dataSeed' | 'generated' | 'rows' | 'noise'
 *   | 'dataset' | 'classes'> & {derived?: string[], points?: number[][]}} state
 * @returns {Record<string, unknown>}
 */
export function toDataOptions(state) {
  /** @type {Record<string, unknown>} */
  const o = {
    validation_fraction: state.validation, scaling: state.scaling, missing: state.missing,
    task: state.task, seed: state.dataSeed,
  };
  if (state.generated) {
    o.rows = state.rows;
    o.noise = state.noise;
    if (state.dataset === 'blobs') o.classes = state.classes;
    if (state.points?.length) o.added_points = state.points;
  }
  if (state.derived?.length) o.derived = state.derived;
  return o;
}

/**
 * Maps an engine message ("hidden_layers[0].units must be ...") to the form field it names.
 * @param {string} message
 * @returns {string | null}
 */
export function fieldOfEngineMessage(message) {
  const m = /^(?:options\.)?([a-z_0-9]+)(?:\[(\d+)\]\.([a-z_]+))?/.exec(message);
  if (!m) return null;
  if (m[1] === 'hidden_layers') return m[2] !== undefined ? `layers.${m[2]}.${m[3]}` : 'layers';
  /** @type {Record<string, string>} */
  const names = { validation_fraction: 'validation', batch_size: 'batch_size' };
  const name = names[m[1]] ?? m[1];
  return Object.hasOwn(PROP, name) ? name : null;
}
