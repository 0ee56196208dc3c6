// A project file: a whole session as one JSON file, which the page saves and opens and a
// widget's `src` may name. It holds the data (a built-in's name, or the CSV's text with
// its target and ignored columns), the settings (as a link writes them), the runs with
// their curves, the trained network with its preprocessing (the engine's model file) and
// the challenge, if one is set:
//
//   {"format": "nnplay-project", "version": 1,
//    "data": {"kind": "builtin", "name": "circles"}
//          | {"kind": "csv", "name": "houses.csv", "text": "...", "target": "price", "ignore": [], "skip_ragged": false},
//    "settings": "data=circles&layers=8relu&lr=0.03...",
//    "runs": [{"name": "", "settings": "...", "history": [{"epoch": 1, "train_loss": 0.6, ...}], "model_epoch": null,
//              "shown": true}],
//    "current": 0, "model": {...nnplay-model...} | null, "challenge": "val_acc>=0.9"}
//
// current: the run the model is the network of (training on continues it), or null.
// Metrics that do not apply (NaN) are written as null. Pure: no DOM, no worker.
import { PROP, defaultState } from './state.js';
import { fromHash, toHash } from './state-link.js';
import { DATASET, presetFor } from './presets.js';
import { METRIC_COLUMNS } from './run-history.js';
import { MAX_CHALLENGE } from './challenge.js';
import { msg, t } from '../i18n/text.js';
import { textError } from '../i18n/text-error.js';

/**
 * @typedef {import('./state.js').State} State
 * @typedef {import('./engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {{kind: 'builtin', name: string}
 *   | {kind: 'csv', name: string, text: string, target: string | null, ignore: string[], skipRagged: boolean}} ProjectData
 * @typedef {{name: string, config: State, history: EpochMetrics[], modelEpoch: number | null, shown: boolean}} ProjectRun
 * @typedef {{data: ProjectData, state: State, runs: ProjectRun[], current: number | null, model: object | null,
 *   challenge: string}} Project a session to save, or one read from a file
 */

export const PROJECT_FORMAT = 'nnplay-project';
export const PROJECT_VERSION = 1;
/** The largest project file saved or opened (64 MB): a CSV larger than that is loaded on its own. */
export const MAX_PROJECT_BYTES = 64e6;
/** The file name's ending. */
export const PROJECT_EXTENSION = '.nnplay';
const MAX_RUNS = 1000;
const MAX_EPOCHS = /** @type {import('./state.js').NumberSpec} */ (PROP.epochs).max;  // a run's epochs: the setting's limit

/** @param {string} text @returns {number} its UTF-8 size */
const utf8Bytes = (text) => new TextEncoder().encode(text).length;

/**
 * The project's file text. Throws when it would be larger than MAX_PROJECT_BYTES.
 * @param {Project} project
 * @returns {string}
 */
export function projectText({ data, state, runs, current, model, challenge }) {
  if (runs.length > MAX_RUNS) {
    throw textError(msg('A project file may hold {max} runs; this session has {count}. Remove some in the Runs card.'),
      { max: MAX_RUNS, count: runs.length });
  }
  const file = {
    format: PROJECT_FORMAT,
    version: PROJECT_VERSION,
    data: data.kind === 'builtin' ? { kind: 'builtin', name: data.name }
      : { kind: 'csv', name: data.name, text: data.text, target: data.target, ignore: data.ignore, skip_ragged: data.skipRagged },
    settings: toHash(state).slice(1),
    runs: runs.map((r) => ({ name: r.name, settings: toHash(r.config).slice(1),
      history: r.history.map((m) => Object.fromEntries(['epoch', ...METRIC_COLUMNS].map((c) => [c, finiteOrNull(m[c])]))),
      model_epoch: r.modelEpoch, shown: r.shown })),
    current,
    model,
    challenge: challenge || '',
  };
  const text = JSON.stringify(file);
  const bytes = utf8Bytes(text);
  if (bytes > MAX_PROJECT_BYTES) {
    throw textError(msg('The project would be {size} MB; a project file may hold {max} MB. Save the model instead, and load the data file with it.'),
      { size: megabytes(bytes), max: megabytes(MAX_PROJECT_BYTES) });
  }
  return text;
}

/** @param {unknown} v @returns {number | null} */
const finiteOrNull = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
/** @param {number} bytes */
const megabytes = (bytes) => Math.round(bytes / 1e5) / 10;

/**
 * Checks a file's size before it is read: a project larger than MAX_PROJECT_BYTES is refused.
 * @param {string} name @param {number} size
 */
export function checkProjectSize(name, size) {
  if (size > MAX_PROJECT_BYTES) {
    throw textError(msg('“{name}” is {size} MB; a project file may hold {max} MB.'),
      { name, size: megabytes(size), max: megabytes(MAX_PROJECT_BYTES) });
  }
}

// A problem with the file: named by its field, in the page's language when shown.
/** @param {string} field @param {string} problem */
const bad = (field, problem) => textError(msg('The project file’s {field} {problem}.'), { field, problem });

/** @param {unknown} v */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
/** @param {unknown} v */
const describe = (v) => {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
};

/**
 * Reads a project file's text: checks every field and returns the session it describes,
 * with `problems` for settings it could not use (they keep their defaults, as a link's do).
 * Throws an Error naming the field for anything else wrong; the model is the engine's to
 * check (importModel).
 * @param {string} text
 * @param {string} [name] the file's name, for messages
 * @returns {Project & {problems: string[]}}
 */
export function parseProject(text, name = 'project') {
  checkProjectSize(name, utf8Bytes(text));
  let file;
  try {
    file = JSON.parse(text);
  } catch (e) {
    throw textError(msg('“{name}” is not a project file: it is not JSON ({reason}).'), { name, reason: /** @type {Error} */ (e).message });
  }
  if (!isObject(file) || file.format !== PROJECT_FORMAT) {
    const model = isObject(file) && file.format === 'nnplay-model';
    throw textError(model ? msg('“{name}” is a model file, not a project: import it with “Import a model…”.')
      : msg('“{name}” is not an nnplay project file (its "format" is not "nnplay-project").'), { name });
  }
  if (file.version !== PROJECT_VERSION) {
    throw textError(msg('“{name}” is a project file of version {version}; this page opens version {supported}. A newer nnplay saved it.'),
      { name, version: describe(file.version), supported: PROJECT_VERSION });
  }
  const data = readData(file.data);
  /** @type {string[]} */
  const problems = [];
  const state = readSettings(file.settings, 'settings', data, problems);
  if (!Array.isArray(file.runs) || file.runs.length > MAX_RUNS) throw bad('runs', t('must be a list of at most {max} runs', { max: MAX_RUNS }));
  const runs = file.runs.map((/** @type {unknown} */ r, /** @type {number} */ i) => readRun(r, `runs[${i}]`, data));
  const current = file.current ?? null;
  if (current !== null && !(Number.isInteger(current) && current >= 0 && current < runs.length)) {
    throw bad('current', t('must be the index of one of its {count} runs, or null; it is {value}', { count: runs.length, value: describe(current) }));
  }
  const model = file.model ?? null;
  if (model !== null && !isObject(model)) throw bad('model', t('must be a model (an object) or null; it is {value}', { value: describe(model) }));
  const challenge = file.challenge ?? '';
  if (typeof challenge !== 'string' || challenge.length > MAX_CHALLENGE) {
    throw bad('challenge', t('must be a text of at most {max} characters', { max: MAX_CHALLENGE }));
  }
  return { data, state, runs, current, model, challenge, problems };
}

/** @param {unknown} d @returns {ProjectData} */
function readData(d) {
  if (!isObject(d)) throw bad('data', t('must be an object naming the data; it is {value}', { value: describe(d) }));
  const o = /** @type {Record<string, unknown>} */ (d);
  if (o.kind === 'builtin') {
    if (typeof o.name !== 'string' || !DATASET[o.name]) {
      throw bad('data.name', t('names no built-in data set: {value}', { value: describe(o.name) }));
    }
    return { kind: 'builtin', name: o.name };
  }
  if (o.kind !== 'csv') throw bad('data.kind', t('must be "builtin" or "csv"; it is {value}', { value: describe(o.kind) }));
  if (typeof o.name !== 'string' || !o.name) throw bad('data.name', t('must be the CSV file’s name'));
  if (typeof o.text !== 'string') throw bad('data.text', t('must be the CSV file’s text'));
  const target = o.target ?? null;
  if (target !== null && typeof target !== 'string') throw bad('data.target', t('must be a column’s name or null; it is {value}', { value: describe(target) }));
  const ignore = o.ignore ?? [];
  if (!Array.isArray(ignore) || ignore.some((c) => typeof c !== 'string')) {
    throw bad('data.ignore', t('must be a list of column names; it is {value}', { value: describe(ignore) }));
  }
  const skipRagged = o.skip_ragged ?? false;
  if (typeof skipRagged !== 'boolean') throw bad('data.skip_ragged', t('must be true or false; it is {value}', { value: describe(skipRagged) }));
  return { kind: 'csv', name: o.name, text: o.text, target: /** @type {string | null} */ (target), ignore, skipRagged };
}

/**
 * Settings as a link writes them, on the data set's preset; what cannot be used is a problem.
 * @param {unknown} text @param {string} field @param {ProjectData} data @param {string[]} problems
 * @returns {State}
 */
function readSettings(text, field, data, problems) {
  if (typeof text !== 'string') throw bad(field, t('must be the settings as a link writes them; it is {value}', { value: describe(text) }));
  const read = fromHash(text);
  for (const p of read.problems) problems.push(`${field}: ${p}`);
  const dataset = data.kind === 'builtin' ? data.name : 'csv';
  const preset = data.kind === 'builtin' ? presetFor(dataset) : { generated: false };
  return { ...defaultState(), ...preset, ...read.values, dataset };
}

/** @param {unknown} r @param {string} field @param {ProjectData} data @returns {ProjectRun} */
function readRun(r, field, data) {
  if (!isObject(r)) throw bad(field, t('must be a run (an object); it is {value}', { value: describe(r) }));
  const o = /** @type {Record<string, unknown>} */ (r);
  const name = o.name ?? '';
  if (typeof name !== 'string' || name.length > 200) throw bad(`${field}.name`, t('must be a text of at most {max} characters', { max: 200 }));
  const config = readSettings(o.settings, `${field}.settings`, data, []);
  if (!Array.isArray(o.history) || o.history.length > MAX_EPOCHS) {
    throw bad(`${field}.history`, t('must be a list of at most {max} epochs', { max: MAX_EPOCHS }));
  }
  /** @type {EpochMetrics[]} */
  const history = [];
  o.history.forEach((/** @type {unknown} */ m, /** @type {number} */ i) => {
    const at = `${field}.history[${i}]`;
    if (!isObject(m)) throw bad(at, t('must be an epoch’s metrics (an object); it is {value}', { value: describe(m) }));
    const e = /** @type {Record<string, unknown>} */ (m);
    const before = history.at(-1)?.epoch ?? 0;
    if (!Number.isInteger(e.epoch) || /** @type {number} */ (e.epoch) <= before) {
      throw bad(`${at}.epoch`, t('must be a whole number after {before}; it is {value}', { before, value: describe(e.epoch) }));
    }
    const metrics = /** @type {EpochMetrics} */ (/** @type {unknown} */ ({ epoch: e.epoch }));
    for (const c of METRIC_COLUMNS) {
      const v = e[c] ?? null;
      if (v !== null && (typeof v !== 'number' || !Number.isFinite(v))) {
        throw bad(`${at}.${c}`, t('must be a number or null; it is {value}', { value: describe(v) }));
      }
      /** @type {Record<string, number>} */ (/** @type {unknown} */ (metrics))[c] = v === null ? NaN : /** @type {number} */ (v);
    }
    history.push(metrics);
  });
  const modelEpoch = o.model_epoch ?? null;
  if (modelEpoch !== null && !(Number.isInteger(modelEpoch) && history.some((m) => m.epoch === modelEpoch))) {
    throw bad(`${field}.model_epoch`, t('must be one of the run’s epochs, or null; it is {value}', { value: describe(modelEpoch) }));
  }
  const shown = o.shown ?? true;
  if (typeof shown !== 'boolean') throw bad(`${field}.shown`, t('must be true or false; it is {value}', { value: describe(shown) }));
  return { name, config, history, modelEpoch: /** @type {number | null} */ (modelEpoch), shown };
}
