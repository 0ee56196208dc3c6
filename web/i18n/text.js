// The page's language, and text in it. One language per document (the page, or a widget's
// iframe); widgets on one page share it. Switching it changes every text already shown
// without rebuilding anything: a text put in the page as live(...) (through h(), setText
// or setAttr) is drawn again, and views that draw text themselves (charts, canvases)
// listen with onLocaleChange. Plain t(...) is for text used once (a file's name, a log).
import { createTranslator } from './translate.js';
import { DEFAULT_LOCALE } from './locale.js';

/** @typedef {import('./translate.js').Catalog} Catalog */

/** Each locale's catalog, loaded when first used (English is the source's own text). @type {Record<string, () => Promise<Catalog>>} */
const CATALOGS = {
  en: async () => ({}),
  'zh-CN': async () => (await import('./zh-CN/index.js')).default,
};

/** Catalogs of code loaded later (the math card, the experiments): each part's loader by locale. @type {Record<string, () => Promise<Catalog>>[]} */
const parts = [];

let locale = DEFAULT_LOCALE;
/** @type {Catalog} the current locale's catalog with its parts loaded so far */
let catalog = {};
let translator = createTranslator(DEFAULT_LOCALE, catalog);
/** Nodes showing a live text: WeakRefs, so that a node dropped from the page is not kept. @type {Set<WeakRef<Node>>} */
const shown = new Set();
/** @type {WeakMap<Node, Map<string, Live>>} per node: '' for its text, else the attribute */
const texts = new WeakMap();
/** @type {Set<(locale: string) => void>} */
const listeners = new Set();
let pruneAt = 1024;

/** A text that follows the language: render() gives it in the current one. */
export class Live {
  /** @param {() => string} render */
  constructor(render) { this.render = render; }
  toString() { return this.render(); }
}

/** The current locale ('en', 'zh-CN'). @returns {string} */
export const currentLocale = () => locale;

/**
 * `id` (the English text) in the current language, with its {name} parameters filled in.
 * @param {string} id @param {Record<string, unknown>} [params] @returns {string}
 */
export const t = (id, params) => translator.text(id, params);

/** Whether the current language's catalog has `id` (English has none: its texts are the ids). @param {string} id */
export const hasText = (id) => Object.hasOwn(catalog, id);

/**
 * A text with a count, in the current language: English's one and other forms.
 * @param {string} one @param {string} other @param {Record<string, unknown> & {count: number}} params @returns {string}
 */
export const tp = (one, other, params) => translator.plural(one, other, params);

/**
 * Marks an English text, kept in a table, for translation where it is shown with
 * t(variable): the catalog tests find the ids through it. Returns the text as it is.
 * @template {string} S @param {S} id @returns {S}
 */
export const msg = (id) => id;

/** t(id, params), following the language. @param {string} id @param {Record<string, unknown>} [params] @returns {Live} */
export const live = (id, params) => new Live(() => t(id, params));

/** tp(one, other, params), following the language. @param {string} one @param {string} other @param {Record<string, unknown> & {count: number}} params */
export const livePlural = (one, other, params) => new Live(() => tp(one, other, params));

/** Any text made of translated parts, following the language. @param {() => string} render @returns {Live} */
export const liveText = (render) => new Live(render);

/** @param {Node} node @param {string} slot '' for the text, else an attribute @param {Live | string} text */
function show(node, slot, text) {
  let slots = texts.get(node);
  if (text instanceof Live) {
    if (!slots) {
      texts.set(node, slots = new Map());
      shown.add(new WeakRef(node));
      if (shown.size > pruneAt) prune();
    }
    slots.set(slot, text);
  } else {
    slots?.delete(slot);
  }
  draw(node, slot, String(text));
}

/** @param {Node} node @param {string} slot @param {string} value */
function draw(node, slot, value) {
  if (slot === '') node.textContent = value;
  else /** @type {Element} */ (node).setAttribute(slot, value);
}

function prune() {
  for (const ref of shown) if (!ref.deref()) shown.delete(ref);
  pruneAt = Math.max(1024, shown.size * 2);
}

/** Sets a node's text: a live text follows the language, a string is shown as it is. @param {Node} node @param {Live | string} text */
export const setText = (node, text) => show(node, '', text);

/** Sets an attribute (aria-label, title, placeholder...) the same way. @param {Element} el @param {string} name @param {Live | string} text */
export const setAttr = (el, name, text) => show(el, name, text);

/**
 * Translates a static page's marked elements (index.html, embed.html, the lesson): an
 * element with data-t shows its English text (or data-t's value) in the language; the
 * attributes data-t-attrs lists ("aria-label content") have their English values as ids.
 * @param {ParentNode} root
 */
export function translateStatic(root) {
  for (const el of root.querySelectorAll('[data-t], [data-t-attrs]')) {
    const marked = /** @type {HTMLElement} */ (el);
    if (marked.dataset.t !== undefined) {
      const id = marked.dataset.t || (marked.dataset.t = (marked.textContent ?? '').trim().replace(/\s+/g, ' '));
      setText(marked, live(id));
    }
    for (const name of (marked.dataset.tAttrs ?? '').split(/\s+/).filter(Boolean)) {
      const key = `data-t-${name}`;
      const id = marked.getAttribute(key) ?? marked.getAttribute(name) ?? '';
      marked.setAttribute(key, id);
      setAttr(marked, name, live(id));
    }
  }
}

/**
 * Adds the catalogs of code loaded later, by locale ({'zh-CN': () => import('./x.zh-CN.js')...}):
 * resolves once the current language's is loaded; later switches load theirs too.
 * @param {Record<string, () => Promise<Catalog>>} loaders
 * @returns {Promise<void>}
 */
export async function addCatalogs(loaders) {
  parts.push(loaders);
  // A switch may finish while this part loads: then the new language's part is loaded too.
  for (let current = locale; ; current = locale) {
    const part = await loaders[current]?.();
    if (current !== locale) continue;
    if (part) Object.assign(catalog, part);
    return;
  }
}

/**
 * Calls `listener(locale)` after each change of language. @param {(locale: string) => void} listener
 * @returns {() => boolean} removes the listener
 */
export function onLocaleChange(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language last asked for: a switch that a later one overtook while loading gives way. */
let requested = DEFAULT_LOCALE;

/**
 * Switches the language: loads its catalog (and the parts code loaded later added, also
 * while it loads), draws every live text again, sets <html lang> and tells the listeners.
 * Of switches asked for in quick succession, the last wins. A locale without a catalog is an Error.
 * @param {string} next a locale of locale.js's LOCALES
 * @returns {Promise<void>}
 */
export async function setLocale(next) {
  if (!Object.hasOwn(CATALOGS, next)) throw new Error(`no catalog for the language "${next}"`);
  requested = next;
  if (next === locale) return;
  /** @type {Catalog[]} */
  let loaded = [];
  for (let count = -1; count !== parts.length;) {
    count = parts.length;
    loaded = await Promise.all([CATALOGS[next](), ...parts.map((part) => part[next]?.() ?? {})]);
  }
  if (requested !== next) return;
  locale = next;
  catalog = Object.assign({}, ...loaded);
  translator = createTranslator(next, catalog);
  if (globalThis.document) document.documentElement.lang = next;
  // One text or listener failing does not leave the others in the old language.
  for (const ref of shown) {
    const node = ref.deref();
    if (!node) { shown.delete(ref); continue; }
    for (const [slot, text] of texts.get(node) ?? []) {
      try { draw(node, slot, text.render()); } catch (e) { console.error(e); }
    }
  }
  for (const listener of listeners) {
    try { listener(next); } catch (e) { console.error(e); }
  }
}
