// Reads an embedded playground's settings: the <nn-playground> element's attributes, or
// the query of embed.html (the iframe form), through the one state schema (state.js):
// every setting's URL key or name is an attribute (lr="0.03" or learning_rate="0.03"),
// plus the widget's own: preset (or dataset), activation, keep, controls, locked, charts,
// autoplay, src, target, lang (the widget's language, read by widget.js), theme (its
// colours, applied by its CSS) and challenge (a goal to reach: core/challenge.js). Pure (no DOM), so it is tested in Node. The problems are
// in the language of the moment (i18n/text.js).
import { PROPS, ACTIVATIONS, MAX_UNITS, layerErrors, parseField } from '../core/state.js';
import { fromHash } from '../core/state-link.js';
import { DATASET, DATASETS, presetFor } from '../core/presets.js';
import { LOCALES, localeOf } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { parseChallenge } from '../core/challenge.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../core/state.js').Layer} Layer
 * @typedef {{state: State, problems: string[], buttons: string[], dataControl: boolean, fields: string[],
 *   locked: Set<string>, charts: string[], autoplay: boolean, src: string | null, target: string | null,
 *   challenge: import('../core/challenge.js').Challenge | null}} WidgetSettings
 */

export const BUTTONS = ['train', 'pause', 'step', 'reset'];
export const CHARTS = ['accuracy', 'loss', 'boundary', 'network', 'confusion', 'predict', 'draw'];
export const DEFAULT_CONTROLS = 'train,pause,reset,data,layers,lr,opt';
export const DEFAULT_CHARTS = 'accuracy,loss,boundary';

// `preset` names the data set and its preset settings; `dataset`, its first name, still
// works (as an attribute it shadows HTMLElement.dataset's name, hence the new one).
const WIDGET_ATTRIBUTES = ['preset', 'dataset', 'activation', 'keep', 'controls', 'locked', 'charts', 'autoplay', 'src', 'target',
  'lang', 'theme', 'challenge'];
/** theme: light or dark colours, or (auto) the course page's colour scheme. */
export const THEMES = ['auto', 'light', 'dark'];
const PROP_BY_KEY = new Map(PROPS.flatMap((p) => [[p.url.toLowerCase(), p], [p.name.toLowerCase(), p]]));

/** Every attribute the element reads (for observedAttributes). */
export const ATTRIBUTES = [...new Set([...WIDGET_ATTRIBUTES, ...PROP_BY_KEY.keys()])];

/** @param {string} text */
const list = (text) => String(text).split(/[\s,]+/).map((s) => s.trim().toLowerCase()).filter(Boolean);

/**
 * get(name) returns an attribute's text or null. Returns {state, problems, controls,
 * locked, charts, autoplay, src, target}: state is a full page state (defaults, then the
 * data set's preset, then the attributes that are valid); problems lists each attribute
 * not used and why, as the learner-facing sentence fragment `lr="abc": must be ...` in
 * the current language (read them again after a switch of language).
 * @param {(name: string) => string | null} get
 * @param {State} base the defaults
 * @returns {WidgetSettings}
 */
export function readWidgetSettings(get, base) {
  /** @type {string[]} */
  const problems = [];
  // Each setting's text by its name (learning_rate="…" wins over lr="…"); layers and the
  // data set are read below.
  /** @type {Map<string, string>} */
  const given = new Map();
  for (const [key, p] of PROP_BY_KEY) {
    const text = get(key);
    if (text !== null && text !== undefined) given.set(p.name, text);
  }
  /** @type {Partial<State>} */
  const values = {};
  for (const p of PROPS) {
    const text = given.get(p.name);
    if (text === undefined || p.type === 'layers' || p.name === 'dataset') continue;
    const r = parseField(p, text);
    if (r.error) problems.push(t('{attribute}="{value}": {problem}', { attribute: p.url, value: text, problem: r.error }));
    else values[p.name] = r.value;
  }
  const lang = get('lang');
  if (lang !== null && lang.trim() && !localeOf(lang)) {
    problems.push(t('lang="{value}": unknown language (one of {languages})', { value: lang, languages: LOCALES.join(', ') }));
  }

  const theme = get('theme');
  if (theme !== null && !THEMES.includes(theme.toLowerCase())) {
    problems.push(t('theme="{value}": must be one of {themes}', { value: theme, themes: THEMES.join(', ') }));
  }

  const challengeText = get('challenge');
  const read = challengeText?.trim() ? parseChallenge(challengeText) : { challenge: null, problems: [] };
  for (const problem of read.problems) {
    problems.push(t('{attribute}="{value}": {problem}', { attribute: 'challenge', value: challengeText, problem }));
  }

  const src = get('src');
  const datasetAttribute = ['preset', 'dataset', 'data'].find((name) => get(name) !== null) ?? 'preset';
  let dataset = get(datasetAttribute);
  if (src) dataset = 'csv';
  else if (dataset !== null && !DATASET[dataset]) {
    problems.push(t('{attribute}="{value}": unknown data set (one of {names})',
      { attribute: datasetAttribute, value: dataset, names: DATASETS.map((d) => d.name).join(', ') }));
    dataset = null;
  }
  dataset ??= base.dataset;
  const preset = dataset === 'csv' ? { generated: false } : presetFor(dataset);
  const layers = readLayers(get, preset.layers ?? base.layers, problems);
  if (layers) values.layers = layers;

  const controls = list(get('controls') ?? DEFAULT_CONTROLS);
  const controlNames = new Set();
  for (const c of controls) {
    if (BUTTONS.includes(c) || c === 'data' || c === 'dataset') controlNames.add(c === 'dataset' ? 'data' : c);
    else if (PROP_BY_KEY.has(c)) controlNames.add(PROP_BY_KEY.get(c).name);
    else problems.push(t('controls: unknown control "{value}" (buttons {buttons}, data, or a setting such as lr, l2, opt)', { value: c, buttons: BUTTONS.join(', ') }));
  }
  const locked = new Set();
  for (const c of list(get('locked') ?? '')) {
    const name = c === 'dataset' || c === 'data' ? 'data' : PROP_BY_KEY.get(c)?.name;
    if (name) locked.add(name);
    else problems.push(t('locked: unknown setting "{value}"', { value: c }));
  }
  const charts = [];
  for (const c of list(get('charts') ?? DEFAULT_CHARTS)) {
    if (CHARTS.includes(c)) charts.push(c);
    else problems.push(t('charts: unknown chart "{value}" (one of {charts})', { value: c, charts: CHARTS.join(', ') }));
  }
  const autoplayText = get('autoplay');
  const autoplay = autoplayText !== null && autoplayText !== 'false';
  // What moves by itself can be stopped (and started again): autoplay brings Train and Pause.
  if (autoplay) { controlNames.add('train'); controlNames.add('pause'); }
  return {
    state: { ...base, ...preset, ...values, dataset },
    problems,
    buttons: BUTTONS.filter((b) => controlNames.has(b)),
    dataControl: controlNames.has('data'),
    fields: [...controlNames].filter((n) => !BUTTONS.includes(n) && n !== 'data'),
    locked,
    charts,
    autoplay,
    src: src || null,
    target: get('target') || null,
    challenge: read.challenge,
  };
}

// layers="8,8" (with activation="tanh" and keep="0.8" for all), or the link form "8tanh,8tanh0.8";
// "none" or "" for no hidden layer.
/**
 * @param {(name: string) => string | null} get @param {Layer[]} presetLayers @param {string[]} problems
 * @returns {Layer[] | null}
 */
function readLayers(get, presetLayers, problems) {
  const text = get('layers');
  const activation = get('activation');
  const keep = get('keep');
  if (activation !== null && !ACTIVATIONS.includes(activation)) {
    problems.push(t('activation="{value}": must be one of {activations}', { value: activation, activations: ACTIVATIONS.join(', ') }));
  }
  const keepProb = keep === null ? null : Number(keep);
  if (keep !== null && !(keepProb > 0 && keepProb <= 1)) problems.push(t('keep="{value}": must be a number in (0, 1]', { value: keep }));
  const goodActivation = ACTIVATIONS.includes(activation) ? activation : null;
  const goodKeep = keep !== null && keepProb > 0 && keepProb <= 1 ? keepProb : null;
  let layers;
  if (text === null) {
    if (!goodActivation && goodKeep === null) return null;
    layers = presetLayers.map((l) => ({ ...l }));
  } else if (/^\s*(none)?\s*$/.test(text)) {
    return [];
  } else if (/^[\d,\s]+$/.test(text)) {
    const fallback = presetLayers[0]?.activation ?? 'relu';
    layers = text.split(',').map((u) => u.trim()).filter(Boolean).map((u) => ({ units: Number(u), activation: fallback, keep_prob: 1 }));
  } else {
    const { values, problems: bad } = fromHash(`#layers=${encodeURIComponent(text)}`);
    if (!values.layers) {
      problems.push(t('layers="{value}": {problem} (write units per layer, e.g. "8,8")',
        { value: text, problem: bad[0]?.replace(/^layers[:：]\s*/, '') ?? t('cannot read it') }));
      return null;
    }
    layers = values.layers;
  }
  for (const l of layers) {
    if (goodActivation) l.activation = goodActivation;
    if (goodKeep !== null) l.keep_prob = goodKeep;
  }
  const wrong = layers.findIndex((l) => layerErrors(l));
  if (wrong >= 0) {
    problems.push(t('layers="{value}": layer {layer} units must be a whole number between 1 and {max}',
      { value: text, layer: wrong + 1, max: String(MAX_UNITS) }));
    return null;
  }
  return layers;
}

/**
 * Whether two readings of the attributes draw the same widget: the same buttons, controls,
 * views, autoplay, CSV source and challenge (the settings themselves may differ).
 * @param {WidgetSettings} a @param {WidgetSettings} b
 */
export function sameFrame(a, b) {
  const key = (/** @type {WidgetSettings} */ s) => JSON.stringify([s.buttons, s.dataControl, s.fields, [...s.locked].sort(), s.charts,
    s.autoplay, s.src, s.target, s.challenge?.text ?? '']);
  return key(a) === key(b);
}

/**
 * The settings whose values differ between two states, with the new values.
 * @param {State} before @param {State} after @returns {Partial<State>}
 */
export function changedSettings(before, after) {
  /** @type {Record<string, unknown>} */
  const changed = {};
  for (const [name, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(/** @type {Record<string, unknown>} */ (before)[name])) changed[name] = value;
  }
  return /** @type {Partial<State>} */ (changed);
}
