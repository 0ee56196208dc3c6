// The embed builder's model (embed-builder.js): a setup of the page and the teacher's
// choices (what the learner may use, what is locked, which views, autoplay, language,
// colours, size) as the widget's attributes, and those as the two snippets a course page
// pastes: the <nn-playground> element, or the iframe form (embed.html?…). Pure (no DOM):
// tested in Node, where readWidgetSettings reads the attributes back into the same setup.
import { PROPS, defaultState } from '../core/state.js';
import { valueText, toHash } from '../core/state-link.js';
import { DATASET } from '../core/presets.js';
import { readWidgetSettings, BUTTONS, DEFAULT_CONTROLS } from './widget-settings.js';
import { parseChallenge } from '../core/challenge.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {{controls: string[], locked: string[], charts: string[], autoplay: boolean, lang: string, theme: string,
 *   width: string, height: number, src: string, target: string, challenge: string}} EmbedChoices
 *   controls: buttons, 'data', 'layers' and settings by link key; lang '' for the course
 *   page's; width a CSS length ('100%', '720px'); height the iframe's, in pixels; challenge
 *   a challenge's text (core/challenge.js), '' for none
 * @typedef {[string, string][]} Attributes name, value; in the order written
 */

/** The settings a teacher may hand to the learner, by link key, in the builder's order. */
export const SETTING_CONTROLS = ['lr', 'opt', 'batch', 'bs', 'epochs', 'l2', 'l1', 'loss', 'init', 'sched', 'patience', 'seed',
  'rows', 'noise', 'val'];
/** Controls that can be shown locked (the buttons cannot). */
export const LOCKABLE = ['data', 'layers', ...SETTING_CONTROLS];
const IMAGE_SETS = new Set(['mnist', 'fashion-mnist']);

/** The views that suit a setup: its boundary, its drawing pad or its network. @param {State} state @returns {string[]} */
export function defaultCharts(state) {
  if (IMAGE_SETS.has(state.dataset)) return ['accuracy', 'loss', 'draw'];
  return ['accuracy', 'loss', state.generated ? 'boundary' : 'network'];
}

/** The builder's starting choices for a setup: the widget's defaults. @param {State} state @returns {EmbedChoices} */
export function defaultChoices(state) {
  return { controls: DEFAULT_CONTROLS.split(','), locked: [], charts: defaultCharts(state), autoplay: false, lang: '', theme: 'auto',
    width: '100%', height: 620, src: '', target: '', challenge: '' };
}

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The attributes that give a widget this setup with these choices: the data set (its
 * preset) or the CSV's address, then each setting the preset does not already give, then
 * the frame. A CSV loaded from the learner's computer needs choices.src.
 * @param {State} state @param {EmbedChoices} choices @returns {Attributes}
 */
export function embedAttributes(state, choices) {
  /** @type {Attributes} */
  const attrs = [];
  const csv = state.dataset === 'csv' || !DATASET[state.dataset];
  if (csv) {
    attrs.push(['src', choices.src.trim()]);
    if (choices.target.trim()) attrs.push(['target', choices.target.trim()]);
  } else {
    attrs.push(['preset', state.dataset]);
  }
  const given = readWidgetSettings((name) => new Map(attrs).get(name) ?? null, defaultState()).state;
  for (const p of PROPS) {
    if (p.name === 'dataset' || same(state[p.name], given[p.name])) continue;
    attrs.push([p.url, valueText(p, state[p.name])]);
  }
  const controls = orderedControls(choices.controls);
  attrs.push(['controls', controls.join(',')]);
  const locked = orderedControls(choices.locked.filter((c) => controls.includes(c) && LOCKABLE.includes(c)));
  if (locked.length) attrs.push(['locked', locked.join(',')]);
  attrs.push(['charts', choices.charts.join(',')]);
  const challenge = parseChallenge(choices.challenge).challenge;
  if (challenge) attrs.push(['challenge', challenge.text]);
  if (choices.autoplay) attrs.push(['autoplay', '']);
  if (choices.lang) attrs.push(['lang', choices.lang]);
  if (choices.theme && choices.theme !== 'auto') attrs.push(['theme', choices.theme]);
  return attrs;
}

/** Controls in the builder's order: buttons, data, layers, settings. @param {string[]} names */
function orderedControls(names) {
  const order = [...BUTTONS, ...LOCKABLE];
  return [...new Set(names)].filter((n) => order.includes(n)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
}

/**
 * A CSV's address: absolute, http or https (the iframe form reads it from the site's
 * page, not the course page's, so a relative one would be found in the wrong place).
 * @param {string} text
 */
function isWebAddress(text) {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** What is wrong with the choices for this setup, as message ids (translated by the builder); [] when nothing. */
export function choiceProblems(/** @type {State} */ state, /** @type {EmbedChoices} */ choices) {
  const problems = [];
  if ((state.dataset === 'csv' || !DATASET[state.dataset]) && !isWebAddress(choices.src.trim())) problems.push('csv-address');
  if (choices.charts.length === 0) problems.push('no-view');
  if (!/^\d+(\.\d+)?(px|%|rem|em|vw)$/.test(choices.width.trim())) problems.push('width');
  if (!(Number.isInteger(choices.height) && choices.height >= 200 && choices.height <= 4000)) problems.push('height');
  if (choices.challenge.trim() && parseChallenge(choices.challenge).problems.length) problems.push('challenge');
  return problems;
}

/** " name="value"" with the value escaped for an HTML attribute. @param {[string, string]} pair */
function htmlAttribute([name, value]) {
  if (value === '') return ` ${name}`;
  return ` ${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`;
}

/**
 * The element form: the widget's script and the element.
 * @param {Attributes} attrs @param {URL} base the widget's folder (the site, or its v/<version>/)
 * @param {{width?: string}} [size] @returns {string}
 */
export function elementSnippet(attrs, base, { width = '100%' } = {}) {
  const style = width.trim() === '100%' ? [] : [['style', `max-width: ${width.trim()}`]];
  return `<script type="module" src="${new URL('nnplay-widget.js', base).href}"></script>\n` +
    `<nn-playground${[...attrs, ...style].map((a) => htmlAttribute(/** @type {[string, string]} */ (a))).join('')}></nn-playground>`;
}

/** embed.html's address for these attributes. @param {Attributes} attrs @param {URL} base @returns {string} */
export function embedUrl(attrs, base) {
  const url = new URL('embed.html', base);
  // Commas are allowed in a query: lists stay readable (controls=train,reset,lr).
  url.search = new URLSearchParams(attrs.map(([name, value]) => [name, value])).toString().replace(/%2C/gi, ',');
  return url.href;
}

/**
 * The full page with this setup (and the challenge, if any): a link for a course's text.
 * @param {State} state @param {EmbedChoices} choices @param {URL} site @returns {string}
 */
export function pageLink(state, choices, site) {
  const link = new URLSearchParams(toHash(state).slice(1));
  const challenge = parseChallenge(choices.challenge).challenge;
  if (challenge) link.set('challenge', challenge.text);
  if (choices.lang) link.set('lang', choices.lang);
  return `${new URL('index.html', site).href}#${link.toString().replace(/%2C/gi, ',')}`;
}

/**
 * The iframe form, for platforms that strip scripts.
 * @param {Attributes} attrs @param {URL} base @param {{width: string, height: number, title: string}} frame
 * @returns {string}
 */
export function iframeSnippet(attrs, base, { width, height, title }) {
  // The width in the style: the width attribute takes pixels only (40rem would be 40 px).
  const style = width.trim() === '100%' ? 'border:0;width:100%' : `border:0;width:${width.trim()};max-width:100%`;
  return `<iframe${htmlAttribute(['src', embedUrl(attrs, base)])}${htmlAttribute(['title', title])}` +
    `${htmlAttribute(['height', String(height)])}${htmlAttribute(['style', style])} loading="lazy"></iframe>`;
}
