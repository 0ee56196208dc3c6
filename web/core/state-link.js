// A setup as a link: the URL hash ("#data=circles&layers=8relu,4tanh0.8&lr=0.03...")
// written from a state and read back, every setting through its entry in state.js's
// schema; and a setting's value as a link or a widget attribute writes it.
import { PROPS, MAX_LAYERS, byName, isShown, parseField, layerErrors } from './state.js';
import { flagsToText } from './flag-set.js';
import { pointsToText } from './point-set.js';
import { t } from '../i18n/text.js';

/**
 * @typedef {import('./state.js').State} State
 * @typedef {import('./state.js').Prop} Prop
 * @typedef {import('./state.js').Layer} Layer
 */

/** @type {Record<string, string>} */
const ACT_CODES = { relu: 'relu', tanh: 'tanh', sigmoid: 'sigmoid', leaky_relu: 'leaky', linear: 'linear' };
const CODE_ACTS = byName(Object.entries(ACT_CODES).map(([a, c]) => [c, a]));

/** @param {Layer[]} layers */
function layersToText(layers) {
  if (layers.length === 0) return 'none';
  return layers.map((l) => `${l.units}${ACT_CODES[l.activation]}${l.keep_prob === 1 ? '' : l.keep_prob}`).join(',');
}

/** @param {string} text @returns {Layer[]} */
function layersFromText(text) {
  if (text === 'none') return [];
  return text.split(',').map((part) => {
    const m = /^(\d+)([a-z]+)([0-9.]*)$/.exec(part);
    if (!m || !Object.hasOwn(CODE_ACTS, m[2])) throw new Error(t('layers: cannot read "{part}"', { part }));
    return { units: Number(m[1]), activation: CODE_ACTS[m[2]], keep_prob: m[3] === '' ? 1 : Number(m[3]) };
  });
}

/** The hash for a state: every setting that applies, so a link reproduces the setup. @param {State} state @returns {string} */
export function toHash(state) {
  const q = new URLSearchParams();
  for (const p of PROPS) {
    if (isShown(p, state)) q.set(p.url, valueText(p, state[p.name]));
  }
  return '#' + q.toString();
}

/**
 * A setting's value as a link (and a widget attribute) writes it: "8tanh,8tanh" for layers.
 * @param {Prop} p @param {unknown} value @returns {string}
 */
export function valueText(p, value) {
  if (p.type === 'layers') return layersToText(/** @type {Layer[]} */ (value));
  if (p.type === 'flags') return flagsToText(/** @type {string[]} */ (value));
  if (p.type === 'points') return pointsToText(/** @type {number[][]} */ (value));
  return String(value);
}

/**
 * Reads a hash into {values, problems}: values holds the settings it gives (only those
 * that parse and are in range), problems lists the ones ignored and why.
 * @param {string} hash
 * @returns {{values: Partial<State>, problems: string[]}}
 */
export function fromHash(hash) {
  const q = new URLSearchParams(String(hash).replace(/^#/, ''));
  /** @type {Partial<State>} */
  const values = {};
  /** @type {string[]} */
  const problems = [];
  for (const p of PROPS) {
    if (!q.has(p.url)) continue;
    const text = q.get(p.url);
    if (p.type === 'layers') {
      try {
        const layers = layersFromText(/** @type {string} */ (text));
        const bad = layers.findIndex((l) => layerErrors(l));
        if (bad >= 0 || layers.length > MAX_LAYERS) problems.push(t('layers: "{text}" is out of range', { text }));
        else values.layers = layers;
      } catch (e) {
        problems.push(e.message);
      }
      continue;
    }
    const r = parseField(p, text);
    if (r.error) problems.push(t('{key}: "{text}" {error}', { key: p.url, text, error: r.error }));
    else values[p.name] = r.value;
  }
  return { values, problems };
}
