// A challenge: a goal on a setup, which a teacher puts in a link (#…&challenge=…) or a
// widget's attribute (challenge="…"), and which the page and the widget check after each
// run. Its text is a list of conditions separated by ";":
//   val_acc>=0.95;units<=16;epochs<=200     a score to reach within limits
//   gap>=0.15                                "make it overfit": training accuracy − validation accuracy
//   only=lr;train_acc>=0.9                   "fix the learning rate": only lr may differ from the setup given
// A metric condition (val_acc, train_acc, val_loss, train_loss, val_r2, train_r2, gap) is
// checked on the run's last epoch; a setting condition (a setting's link key, or units:
// the hidden units in all, layers: the hidden layers) and `only` on the settings the run
// trained with. Pure (no DOM): the views (views/challenge-view.js) show it.
import { PROPS } from './state.js';
import { valueText } from './state-link.js';
import { t } from '../i18n/text.js';

/**
 * @typedef {import('./state.js').State} State
 * @typedef {import('./engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {'>=' | '<=' | '>' | '<' | '='} Op
 * @typedef {{kind: 'metric' | 'setting', key: string, op: Op, value: number | string} | {kind: 'only', keys: string[]}} Condition
 * @typedef {{text: string, conditions: Condition[]}} Challenge text: as written, normalized
 * @typedef {{condition: Condition, ok: boolean | null, actual: number | string | null}} ConditionCheck ok null: not checked yet
 */

/** The metrics a goal may name, and where a run's metrics hold them. */
export const METRICS = {
  val_acc: (m) => m.validation_accuracy, train_acc: (m) => m.train_accuracy,
  val_loss: (m) => m.validation_loss, train_loss: (m) => m.train_loss,
  val_r2: (m) => m.validation_r2, train_r2: (m) => m.train_r2,
  gap: (m) => (m.train_accuracy ?? NaN) - (m.validation_accuracy ?? NaN),
};
/** Counts of the network a limit may name. */
const COUNTS = {
  units: (s) => s.layers.reduce((n, l) => n + l.units, 0),
  layers: (s) => s.layers.length,
};
const PROP_BY_URL = new Map(PROPS.map((p) => [p.url, p]));
/** The longest a challenge may be (it travels in links). */
export const MAX_CHALLENGE = 500;

/**
 * Reads a challenge's text; problems name each condition not understood (in the current
 * language; the keys as written).
 * @param {string} text
 * @returns {{challenge: Challenge | null, problems: string[]}}
 */
export function parseChallenge(text) {
  const problems = [];
  /** @type {Condition[]} */
  const conditions = [];
  if (String(text).length > MAX_CHALLENGE) return { challenge: null, problems: [t('longer than {max} characters', { max: MAX_CHALLENGE })] };
  for (const part of String(text).split(';').map((s) => s.trim()).filter(Boolean)) {
    const only = /^only\s*=\s*(.+)$/.exec(part);
    if (only) {
      const keys = only[1].split(',').map((k) => k.trim()).filter(Boolean);
      const unknown = keys.filter((k) => !PROP_BY_URL.has(k));
      if (unknown.length || !keys.length) problems.push(t('"{part}": only takes settings by link key (lr, l2, opt, …)', { part }));
      else conditions.push({ kind: 'only', keys });
      continue;
    }
    const m = /^([a-z_0-9]+)\s*(>=|<=|>|<|=)\s*(\S+)$/.exec(part);
    if (!m) { problems.push(t('"{part}": write a condition as key>=value, key<=value or key=value', { part })); continue; }
    const [, key, op, raw] = /** @type {[string, string, Op, string]} */ (/** @type {unknown} */ (m));
    const number = Number(raw);
    if (Object.hasOwn(METRICS, key) || Object.hasOwn(COUNTS, key)) {
      if (!Number.isFinite(number) || op === '=') { problems.push(t('"{part}": {key} is compared with a number (>=, <=, >, <)', { part, key })); continue; }
      conditions.push({ kind: Object.hasOwn(METRICS, key) ? 'metric' : 'setting', key, op, value: number });
    } else if (PROP_BY_URL.has(key)) {
      const p = /** @type {import('./state.js').Prop} */ (PROP_BY_URL.get(key));
      const numeric = p.type === 'int' || p.type === 'number';
      if (numeric && !Number.isFinite(number)) { problems.push(t('"{part}": {key} is a number', { part, key })); continue; }
      if (!numeric && op !== '=') { problems.push(t('"{part}": {key} is compared with =', { part, key })); continue; }
      conditions.push({ kind: 'setting', key, op, value: numeric ? number : raw });
    } else {
      problems.push(t('"{part}": unknown key "{key}" ({keys}, a setting\'s link key, only)',
        { part, key, keys: [...Object.keys(METRICS), ...Object.keys(COUNTS)].join(', ') }));
    }
  }
  if (!conditions.length) return { challenge: null, problems: problems.length ? problems : [t('no condition')] };
  return { challenge: { text: conditions.map(conditionText).join(';'), conditions }, problems };
}

/** A condition as written. @param {Condition} c @returns {string} */
export function conditionText(c) {
  return c.kind === 'only' ? `only=${c.keys.join(',')}` : `${c.key}${c.op}${c.value}`;
}

/** @param {number | string} actual @param {Op} op @param {number | string} value */
function compare(actual, op, value) {
  if (op === '=') return String(actual) === String(value);
  if (typeof actual !== 'number' || !Number.isFinite(actual)) return false;
  const v = Number(value);
  return op === '>=' ? actual >= v : op === '<=' ? actual <= v : op === '>' ? actual > v : actual < v;
}

/**
 * A setting condition's value: in the state, but for epochs, those the run trained.
 * @param {string} key @param {State} state @param {EpochMetrics | null} metrics
 */
function settingValue(key, state, metrics) {
  if (Object.hasOwn(COUNTS, key)) return COUNTS[key](state);
  if (key === 'epochs' && metrics) return metrics.epoch;
  const p = /** @type {import('./state.js').Prop} */ (PROP_BY_URL.get(key));  // parseChallenge took only known keys
  return state[p.name];
}

/**
 * Checks the settings (limits and `only`) against a state, and the goals against a run's
 * last metrics (null: no run yet, the goals are unchecked). `given` is the setup the
 * challenge came with, which `only` compares to.
 * @param {Challenge} challenge @param {State} state @param {State} given @param {EpochMetrics | null} metrics
 * @returns {{checks: ConditionCheck[], met: boolean}}
 */
export function checkChallenge(challenge, state, given, metrics) {
  const checks = challenge.conditions.map((condition) => {
    if (condition.kind === 'only') {
      const changed = PROPS.filter((p) => p.name !== 'dataset' && !condition.keys.includes(p.url)
        && valueText(p, state[p.name]) !== valueText(p, given[p.name])).map((p) => p.url);
      const sameData = state.dataset === given.dataset;
      return { condition, ok: changed.length === 0 && sameData, actual: [...(sameData ? [] : ['data']), ...changed].join(',') };
    }
    if (condition.kind === 'setting') {
      const actual = settingValue(condition.key, state, metrics);
      return { condition, ok: compare(actual, condition.op, condition.value), actual };
    }
    if (!metrics) return { condition, ok: null, actual: null };
    const actual = METRICS[condition.key](metrics);
    return { condition, ok: actual !== null && compare(actual, condition.op, condition.value), actual };
  });
  return { checks, met: checks.every((c) => c.ok === true) };
}

/**
 * The result a student pastes into the course's form: the challenge, whether it was met,
 * the settings (a link's hash), the run's figures, and a checksum of those lines (SHA-256,
 * its first 16 hex digits): an edited line no longer matches (verifyResult).
 * @param {Challenge} challenge @param {boolean} met @param {string} hash @param {EpochMetrics} metrics
 * @returns {Promise<string>}
 */
export async function resultText(challenge, met, hash, metrics) {
  const figure = (v) => (v === null || v === undefined ? '-' : String(Number(v.toPrecision(6))));
  const lines = [
    'nnplay challenge result',
    `challenge: ${challenge.text}`,
    `met: ${met ? 'yes' : 'no'}`,
    `settings: ${hash}`,
    `epoch: ${metrics.epoch}`,
    ...Object.entries(METRICS).map(([key, of]) => `${key}: ${figure(of(metrics))}`),
  ];
  return `${lines.join('\n')}\nchecksum: ${await checksum(lines)}`;
}

/** @param {string[]} lines @returns {Promise<string>} */
async function checksum(lines) {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(lines.join('\n')));
  return [...new Uint8Array(bytes)].slice(0, 8).map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Reads a pasted result: whether its checksum matches its lines, and its fields.
 * @param {string} text @returns {Promise<{valid: boolean, fields: Record<string, string>}>}
 */
export async function verifyResult(text) {
  const lines = String(text).trim().split(/\r?\n/).map((l) => l.trim());
  const last = lines.pop() ?? '';
  const fields = Object.fromEntries(lines.slice(1).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  const given = /^checksum: ([0-9a-f]{16})$/.exec(last)?.[1];
  const valid = lines[0] === 'nnplay challenge result' && given !== undefined && given === await checksum(lines);
  return { valid, fields };
}
