// Tiny DOM helpers. Text is always set with textContent, never parsed as HTML: column
// names, values, class and file names come from the user's files and the URL. A live
// text (i18n/text.js) as a child or an attribute follows the page's language.
import { Live, setText, setAttr } from '../i18n/text.js';

/** @typedef {Node | string | number | Live | null | undefined | false} Child what h() and append() add */

/**
 * h('button', {class: 'x', onclick: f, 'aria-label': 'Run'}, 'Run', child...)
 * Attributes starting with "on" become listeners; `text` sets textContent; null/false
 * attributes are left out; children are nodes or strings (added as text nodes).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any> | null} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    // A live text is a node of its own: redrawn on a switch, it leaves the children beside it.
    else if (k === 'text') { if (v instanceof Live) append(el, [v]); else el.textContent = String(v); }
    else if (v instanceof Live) setAttr(el, k, v);
    else if (k === 'class') el.className = v;
    else if (k === 'style') el.style.cssText = v;  // through the CSSOM: allowed by a CSP without 'unsafe-inline'
    else if (k === 'value') /** @type {HTMLInputElement} */ (el).value = v;
    else if (k === 'checked' || k === 'disabled' || k === 'selected') el[k] = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

/**
 * @template {ParentNode} P
 * @param {P} parent
 * @param {(Child | Child[])[]} children
 * @returns {P}
 */
export function append(parent, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    if (c instanceof Live) {
      const node = document.createTextNode('');
      setText(node, c);
      parent.append(node);
    } else {
      parent.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    }
  }
  return parent;
}

/**
 * Replaces an element's children.
 * @template {ParentNode} P
 * @param {P} parent
 * @param {...(Child | Child[])} children
 * @returns {P}
 */
export function replace(parent, ...children) {
  setText(parent, '');  // emptied: a live text set on it before no longer comes back on a switch
  return append(parent, children);
}

/**
 * The first element of `root` matching `selector`, typed as present: for the page's and
 * the widget's own elements (a caller that allows for a missing one tests the result).
 * @param {string} selector
 * @param {ParentNode} [root]
 * @returns {HTMLElement}
 */
export const $ = (selector, root = document) => /** @type {HTMLElement} */ (root.querySelector(selector));

/**
 * Whether el has the focus, also inside a shadow root (where document.activeElement is the host).
 * @param {Element} el
 * @returns {boolean}
 */
export const isFocused = (el) => /** @type {Document | ShadowRoot} */ (el.getRootNode()).activeElement === el;

/**
 * A number for display: 4 significant digits, no exponent for ordinary magnitudes.
 * @param {number | null | undefined} v
 * @param {number} [digits]
 * @returns {string}
 */
export function fmt(v, digits = 4) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(2);
  return String(Number(v.toPrecision(digits)));
}

/** A fraction as a percentage, "–" for none. @param {number | null | undefined} v @returns {string} */
export const pct = (v) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${(v * 100).toFixed(1)}%`);

/**
 * Offers text (or a Blob) as a file download.
 * @param {string} name
 * @param {BlobPart} text
 * @param {string} [type]
 */
export function download(name, text, type = 'text/plain') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Runs f at most once per animation frame with the latest arguments.
 * @template {unknown[]} A
 * @param {(...args: A) => void} f
 * @returns {(...args: A) => void}
 */
export function perFrame(f) {
  /** @type {A | null} */
  let pending = null;
  return (...args) => {
    const first = pending === null;
    pending = args;
    if (first) requestAnimationFrame(() => { const a = /** @type {A} */ (pending); pending = null; f(...a); });
  };
}

/**
 * Runs f with the latest arguments at most once every `ms` milliseconds (and in an
 * animation frame), always running the last call.
 * @template {unknown[]} A
 * @param {(...args: A) => void} f
 * @param {number} ms
 * @returns {(...args: A) => void}
 */
export function throttled(f, ms) {
  /** @type {A | null} */
  let pending = null;
  let last = -Infinity;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    last = performance.now();
    const a = /** @type {A} */ (pending);
    pending = null;
    f(...a);
  };
  return (...args) => {
    pending = args;
    if (scheduled) return;
    scheduled = true;
    const wait = Math.max(0, last + ms - performance.now());
    setTimeout(() => requestAnimationFrame(run), wait);
  };
}

// Keyed drawing jobs, one per animation frame: a newer job replaces a waiting one with
// the same key. Spreading the charts, the heatmap and the diagram over separate frames
// keeps each main-thread task short while training.
/** @type {Map<unknown, () => void>} */
const jobs = new Map();
let frameRequested = false;
function runOneJob() {
  frameRequested = false;
  const next = jobs.entries().next();
  if (next.done) return;
  const [key, job] = next.value;
  jobs.delete(key);
  job();
  if (jobs.size) { frameRequested = true; requestAnimationFrame(runOneJob); }
}
/**
 * Runs job in an animation frame of its own, unless a newer job with the same key comes first.
 * @param {unknown} key
 * @param {() => void} job
 */
export function scheduleDraw(key, job) {
  jobs.delete(key);
  jobs.set(key, job);
  if (!frameRequested) { frameRequested = true; requestAnimationFrame(runOneJob); }
}

/** Drops the job waiting under `key`, if any: what it would draw is out of date. @param {unknown} key */
export function cancelDraw(key) {
  jobs.delete(key);
}

/** Runs the job waiting under `key` now, if any: what comes next must see it drawn. @param {unknown} key */
export function flushDraw(key) {
  const job = jobs.get(key);
  jobs.delete(key);
  job?.();
}
