// The math panel: draws math-model.js's sections into its container with KaTeX.
// katex.render builds DOM nodes and sets styles through element.style (no HTML parsing,
// no eval), so it works under a strict Content-Security-Policy; the explanations are text.
// Needs dist/katex/katex.min.css (scripts/build-web.sh copies it and the fonts).
import katex from 'katex';
import { h, replace } from '../ui/dom.js';
import { addCatalogs, onLocaleChange } from '../i18n/text.js';
import { mathSections } from './math-model.js';

// The card's texts in the page's language before anything is drawn: the module is ready once they are.
await addCatalogs({ 'zh-CN': () => import('../i18n/zh-CN/math.js').then((m) => m.default) });

/**
 * @typedef {import('./math-model.js').MathSetup} MathSetup
 * @typedef {import('./math-model.js').MathSection} MathSection
 * @typedef {import('./math-model.js').MathItem} MathItem
 * @typedef {import('../i18n/text.js').Live} Live
 */

export class MathPanel {
  /** @type {HTMLElement} */
  #container;
  #key = '';
  #open = new Set(['forward']);
  /** @type {MathSetup | null} the setup drawn by update(), drawn again in a new language */
  #setup = null;

  /** container: the element the panel owns (its children are replaced on update). @param {HTMLElement} container */
  constructor(container) {
    this.#container = container;
    this.#container.classList.add('math-panel');
    // The sections' texts are strings in the language they were made in.
    onLocaleChange(() => { if (this.#setup) this.update(this.#setup); });
  }

  /**
   * Redraws for the current setup (see mathSections: {config, inputs, output, trainRows});
   * does nothing when the formulas would not change.
   * @param {MathSetup} setup
   */
  update(setup) {
    this.render(mathSections(setup));
    this.#setup = setup;
  }

  /** Draws sections [{id, title, items: [{tex, text}]}], their texts as given. @param {MathSection[]} sections */
  render(sections) {
    this.#setup = null;
    const key = JSON.stringify(sections);
    if (key === this.#key) return;
    this.#key = key;
    replace(this.#container, ...sections.map((s) => this.#section(s)));
  }

  /** Shows a message instead of formulas (e.g. live("Load data to see the formulas")). @param {Live | string} [message] */
  clear(message = '') {
    this.#key = '';
    this.#setup = null;
    replace(this.#container, message ? h('p', { class: 'hint', text: message }) : null);
  }

  /** @param {MathSection} section */
  #section(section) {
    const details = h('details', { class: 'math-section', 'data-section': section.id, open: this.#open.has(section.id) },
      h('summary', { text: section.title }),
      ...section.items.map((item) => this.#item(item)));
    // Sections the user opened stay open across updates.
    details.addEventListener('toggle', () => {
      if (details.open) this.#open.add(section.id);
      else this.#open.delete(section.id);
    });
    return details;
  }

  /** @param {MathItem} item */
  #item({ tex, text }) {
    const formula = h('div', { class: 'math-formula' });
    try {
      katex.render(tex, formula, { displayMode: true, throwOnError: true, output: 'htmlAndMathml' });
    } catch (e) {
      formula.textContent = tex;  // the source, readable, rather than nothing
      formula.title = e.message;
    }
    return h('div', { class: 'math-item' }, formula, text ? h('p', { class: 'math-text', text }) : null);
  }
}
