// Tiny DOM helpers. Text is always set with textContent, never parsed as HTML: column
// names, values, class and file names come from the user's files and the URL.

/**
 * h('button', {class: 'x', onclick: f, 'aria-label': 'Run'}, 'Run', child...)
 * Attributes starting with "on" become listeners; `text` sets textContent; null/false
 * attributes are left out; children are nodes or strings (added as text nodes).
 */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs ?? {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = String(v);
    else if (k === 'class') el.className = v;
    else if (k === 'style') el.style.cssText = v;  // through the CSSOM: allowed by a CSP without 'unsafe-inline'
    else if (k === 'value') el.value = v;
    else if (k === 'checked' || k === 'disabled' || k === 'selected') el[k] = Boolean(v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, children);
  return el;
}

export function append(parent, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    parent.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return parent;
}

/** Replaces an element's children. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

export const $ = (selector, root = document) => root.querySelector(selector);

/** Whether el has the focus, also inside a shadow root (where document.activeElement is the host). */
export const isFocused = (el) => el.getRootNode().activeElement === el;

/** A number for display: 4 significant digits, no exponent for ordinary magnitudes. */
export function fmt(v, digits = 4) {
  if (v === null || v === undefined || Number.isNaN(v)) return '–';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  const a = Math.abs(v);
  if (a !== 0 && (a < 1e-3 || a >= 1e6)) return v.toExponential(2);
  return String(Number(v.toPrecision(digits)));
}

export const pct = (v) => (v === null || v === undefined || Number.isNaN(v) ? '–' : `${(v * 100).toFixed(1)}%`);

/** Offers text (or a Blob) as a file download. */
export function download(name, text, type = 'text/plain') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Runs f at most once per animation frame with the latest arguments. */
export function perFrame(f) {
  let pending = null;
  return (...args) => {
    const first = pending === null;
    pending = args;
    if (first) requestAnimationFrame(() => { const a = pending; pending = null; f(...a); });
  };
}

/**
 * Runs f with the latest arguments at most once every `ms` milliseconds (and in an
 * animation frame), always running the last call.
 */
export function throttled(f, ms) {
  let pending = null;
  let last = -Infinity;
  let scheduled = false;
  const run = () => {
    scheduled = false;
    last = performance.now();
    const a = pending;
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
export function scheduleDraw(key, job) {
  jobs.delete(key);
  jobs.set(key, job);
  if (!frameRequested) { frameRequested = true; requestAnimationFrame(runOneJob); }
}
