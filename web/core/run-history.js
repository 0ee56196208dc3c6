// The session's runs for comparison: each run's settings (a state.js state), its metrics
// history and a name. A run without a name of its own is labelled by what sets it apart
// from the other runs ("Adam lr 0.01" vs "SGD lr 0.1"). All runs export as one CSV.
import { PROPS, PROP, isShown, ACTIVATION_LABELS, DERIVED_INPUTS } from './state.js';
import { t, tp, msg } from '../i18n/text.js';

/**
 * @typedef {import('./state.js').State} State
 * @typedef {import('./state.js').Layer} Layer
 * @typedef {import('./engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {{id: number, name: string, label: string, custom: boolean, config: State, history: EpochMetrics[],
 *   modelEpoch: number | null, kept: EpochMetrics | undefined}} Run
 */

/** @type {(keyof EpochMetrics)[]} */
export const METRIC_COLUMNS = ['train_loss', 'validation_loss', 'train_accuracy', 'validation_accuracy', 'train_r2', 'validation_r2', 'train_rmse', 'validation_rmse', 'learning_rate', 'seconds'];

// The labels' words are English texts (msg) put in the page's language with t() when a
// label is made; names (SGD, Adam, L2 λ, β) stay as they are.
/** @type {Record<string, string>} */
const OPTIMIZER_SHORT = { sgd: 'SGD', momentum: msg('Momentum'), nesterov: 'Nesterov', adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam' };
/** @type {Record<string, string>} */
const SCHEDULE_SHORT = { constant: msg('constant lr'), step: msg('step decay'), inverse: msg('inverse-time decay') };
/** @type {Record<string, string>} */
const SHORT_NAMES = { learning_rate: msg('lr'), l1: 'L1 λ', l2: 'L2 λ', validation: msg('validation'), batch_size: msg('batch'),
  epochs: msg('epochs'), momentum: 'β', decay: msg('decay'), decay_epochs: msg('every'), leaky_slope: msg('slope'),
  init_scale: msg('init scale'), patience: msg('patience'), dataSeed: msg('data seed'), seed: msg('seed') };

/** @param {unknown} v */
const num = (v) => String(Number(Number(v).toPrecision(6)));

/** @param {Layer[]} layers */
function layersText(layers) {
  if (!layers.length) return t('no hidden layer');
  return layers.map((l) => {
    const activation = t(ACTIVATION_LABELS[l.activation] ?? l.activation);
    return l.keep_prob < 1 ? t('{size} {act} keep {keep}', { size: String(l.units), act: activation, keep: num(l.keep_prob) })
      : `${l.units} ${activation}`;
  }).join(' · ');
}

// The settings that can tell runs apart: batch and batch_size read as one ("batch 32"),
// its value 'full' or the batch size.
/** @param {State} state */
function settings(state) {
  /** @type {Map<string, unknown>} */
  const out = new Map();
  for (const p of PROPS) {
    if (p.name === 'batch_size' || !isShown(p, state)) continue;
    if (p.name === 'batch') {
      out.set('batch', state.batch === 'full' ? 'full' : state.batch === 'sgd' ? 1 : state.batch_size);
    } else {
      out.set(p.name, state[p.name]);
    }
  }
  return out;
}

/** @param {unknown} a @param {unknown} b */
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * One setting's value for a label, in the page's language: "Adam", "lr 0.01", "8 ReLU · 4 tanh",
 * "full batch".
 * @param {string} name
 * @param {any} value the setting's value in a state (a number, a string, the layers)
 * @returns {string}
 */
export function settingText(name, value) {
  if (value === undefined) return '';
  if (name === 'optimizer') return t(OPTIMIZER_SHORT[value] ?? value);
  if (name === 'layers') return layersText(value);
  if (name === 'batch') return value === 'full' ? t('full batch') : t('batch {size}', { size: String(value) });
  if (name === 'dataset') return String(value);
  if (name === 'schedule') return t(SCHEDULE_SHORT[value] ?? value);
  if (name === 'l2' && value === 0) return t('no L2');
  if (name === 'l1' && value === 0) return t('no L1');
  if (name === 'points') return value.length ? tp('{count} point added', '{count} points added', { count: value.length }) : t('no points added');
  if (name === 'derived') {
    return value.length ? t('inputs + {inputs}', { inputs: value.map((k) => DERIVED_INPUTS[k] ?? k).join(', ') }) : t('no derived inputs');
  }
  if (name === 'patience' && value === 0) return t('no early stopping');
  const p = PROP[name];
  if (p?.type === 'enum') return t('{setting}: {value}', { setting: t(p.label ?? name), value: t(p.options[value] ?? value) });
  const label = t(SHORT_NAMES[name] ?? p?.label ?? name);
  return `${label} ${typeof value === 'number' ? num(value) : value}`;
}

/**
 * The names of the settings on which the runs' states differ, in PROPS order. Only runs
 * where a setting applies are compared: Adam's β₂ does not tell an Adam run from a
 * momentum run (the optimizer does), two momentum runs' β may.
 * @param {State[]} states
 * @returns {string[]}
 */
export function differingSettings(states) {
  const all = states.map(settings);
  /** @type {string[]} */
  const names = [];
  for (const name of new Set(all.flatMap((s) => [...s.keys()]))) {
    const values = all.filter((s) => s.has(name)).map((s) => s.get(name));
    if (values.some((v) => !same(v, values[0]))) names.push(name);
  }
  return names;
}

/**
 * Labels for runs' states: the values of the settings that differ between them
 * (optimizer first, then the learning rate, then the rest in PROPS order). Runs with
 * identical settings get "#2", "#3"...; a single run is named by its optimizer and rate.
 * In the page's language when called: a view shows them again after a change of language.
 * @param {State[]} states
 * @returns {string[]}
 */
export function runLabels(states) {
  let names = differingSettings(states);
  if (names.length === 0) names = ['optimizer', 'learning_rate'];
  /** @param {string} n */
  const priority = (n) => (n === 'optimizer' ? 0 : n === 'learning_rate' ? 1 : 2);
  names.sort((a, b) => priority(a) - priority(b));
  const labels = states.map((s) => {
    const map = settings(s);
    return names.map((n) => settingText(n, map.get(n))).filter(Boolean).join(' ');
  });
  /** @type {Map<string, number>} */
  const seen = new Map();
  return labels.map((label) => {
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n > 1 ? `${label} #${n}` : label;
  });
}

/** @param {unknown} v */
function csvCell(v) {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * runs [{name, history}] as one CSV: run, epoch, then the metrics.
 * @param {{name: string, history: EpochMetrics[]}[]} runs
 * @returns {string}
 */
export function runsCsv(runs) {
  const lines = [['run', 'epoch', ...METRIC_COLUMNS].join(',')];
  for (const run of runs) {
    for (const m of run.history) lines.push([run.name, m.epoch, ...METRIC_COLUMNS.map((c) => m[c])].map(csvCell).join(','));
  }
  return lines.join('\n') + '\n';
}

export class RunHistory {
  /** @type {{id: number, config: State, history: EpochMetrics[], customName: string, modelEpoch: number | null}[]} */
  #runs = [];
  #next = 1;

  /**
   * Adds a run: config is the run's state (state.js), history its metrics so far
   * ([{epoch, train_loss, ...}]), name optional (else the automatic label), modelEpoch the
   * epoch whose weights the run kept when early stopping restored an earlier one. Returns its id.
   * @param {{config: State, history?: EpochMetrics[], name?: string, modelEpoch?: number | null}} run
   * @returns {number}
   */
  add({ config, history = [], name = '', modelEpoch = null }) {
    const id = this.#next++;
    this.#runs.push({ id, config: structuredClone(config), history: [...history], customName: name.trim(), modelEpoch });
    return id;
  }

  /** @param {number} id */
  remove(id) {
    this.#runs = this.#runs.filter((r) => r.id !== id);
  }

  /** Names a run; an empty name returns to the automatic label. @param {number} id @param {string} name */
  rename(id, name) {
    this.#find(id).customName = String(name).trim();
  }

  /**
   * Replaces a run's history (a run that trained on) and the epoch it kept.
   * @param {number} id @param {EpochMetrics[]} history @param {number | null} [modelEpoch]
   */
  setHistory(id, history, modelEpoch = null) {
    Object.assign(this.#find(id), { history: [...history], modelEpoch });
  }

  /** Removes every run. */
  clear() {
    this.#runs = [];
  }

  /** @returns {number} */
  get size() {
    return this.#runs.length;
  }

  /**
   * [{id, name, label, custom, config, history, modelEpoch, kept}]: name is the custom name or the label;
   * kept the metrics of the epoch whose weights the run ended with (the last, or the one
   * early stopping restored).
   * @returns {Run[]}
   */
  list() {
    const labels = runLabels(this.#runs.map((r) => r.config));
    return this.#runs.map((r, i) => ({
      id: r.id, name: r.customName || labels[i], label: labels[i], custom: Boolean(r.customName),
      config: r.config, history: r.history, modelEpoch: r.modelEpoch,
      kept: (r.modelEpoch !== null && r.history.find((m) => m.epoch === r.modelEpoch)) || r.history.at(-1),
    }));
  }

  /** Every run's history as one CSV (run, epoch, metrics...). @returns {string} */
  toCsv() {
    return runsCsv(this.list());
  }

  /** @param {number} id */
  #find(id) {
    const run = this.#runs.find((r) => r.id === id);
    if (!run) throw new Error(`no run with id ${id}`);
    return run;
  }
}
