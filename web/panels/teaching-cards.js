// The page's teaching cards around a Session: "The math of this network" (math-panel.js
// for the current settings and data) and "Guided experiments" (experiments.js as links:
// each run is a URL hash, which the page applies on hashchange). A run trained with its
// settings unchanged is recorded; once all of an experiment's runs are, the card says
// whether the expected outcome happened, with the figures.
import { h, replace } from '../ui/dom.js';
import { toEngineConfig, toHash } from '../core/state.js';
import { EXPERIMENTS, weightSquareSum } from '../teaching/experiments.js';

/** @typedef {import('../core/session.js').Session} Session */

/**
 * The math panel's setup for a session: its settings, the loaded data, and the output
 * layer the engine chose for them; null until the engine has configured the network.
 * @param {Session} session
 * @returns {import('../teaching/math-model.js').MathSetup | null}
 */
export function mathSetup(session) {
  const { state, summary, output } = session;
  if (!summary || !output) return null;
  return { config: toEngineConfig(state), inputs: summary.feature_count, output, trainRows: summary.train_rows,
    derived: summary.derived ?? [] };
}

/**
 * Keeps a MathPanel in `container` in step with the session (while its settings are valid).
 * KaTeX, its stylesheet and fonts load only when the card comes near the viewport: a
 * first visit that never scrolls to the math does not download them.
 */
export class MathCard {
  /** @param {HTMLElement} container @param {Session} session @param {{stylesheet?: string}} [options] KaTeX's stylesheet URL */
  constructor(container, session, { stylesheet = './katex/katex.min.css' } = {}) {
    /** @type {import('../teaching/math-panel.js').MathPanel | null} */
    this.panel = null;
    replace(container, h('p', { class: 'hint', text: 'The formulas load when this card comes into view.' }));
    const redraw = () => {
      if (!this.panel || Object.keys(session.errors()).length) return;  // keeps the last valid formulas while a field is being typed
      const setup = mathSetup(session);
      if (!setup) { this.panel.clear('The formulas appear when the data is loaded.'); return; }
      try {
        this.panel.update(setup);
      } catch (e) {
        this.panel.clear(`Could not write the formulas: ${e.message}`);
      }
    };
    session.on('change', redraw);
    session.on('configured', redraw);
    /** Loads KaTeX and draws (once). */
    this.load = async () => {
      if (this.loading) return this.loading;
      if (!document.querySelector(`link[href="${stylesheet}"]`)) document.head.append(h('link', { rel: 'stylesheet', href: stylesheet }));
      this.loading = import('../teaching/math-panel.js').then(({ MathPanel }) => {
        this.panel = new MathPanel(container);
        redraw();
      }, (e) => replace(container, h('p', { class: 'field-error', text: `Could not load the formulas: ${e.message}` })));
      return this.loading;
    };
    const seen = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      seen.disconnect();
      this.load();
    }, { rootMargin: '400px' });
    seen.observe(container);
  }
}

/**
 * @typedef {import('../teaching/experiments.js').Experiment} Experiment
 * @typedef {import('../teaching/experiments.js').RunResult} RunResult
 */

/** The guided experiments as a list of disclosures, each run a link to its settings. */
export class ExperimentsView {
  /** @param {HTMLElement} container @param {Session} session @param {Experiment[]} [experiments] */
  constructor(container, session, experiments = EXPERIMENTS) {
    this.experiments = experiments;
    /** @type {Map<string, Record<string, RunResult>>} each experiment's recorded runs */
    this.results = new Map();
    /** @type {Map<string, {details: HTMLDetailsElement, result: HTMLParagraphElement}>} */
    this.cards = new Map();
    replace(container, h('p', { class: 'hint', text: 'Each link loads a setup; press Train, then try the other one and compare. ' +
      'When you have trained every run, the card says whether it came out as expected.' }),
      ...experiments.map((e) => {
        const result = h('p', { class: 'result', 'data-result': e.id, 'aria-live': 'polite', hidden: true });
        const details = h('details', { class: 'experiment', 'data-experiment': e.id },
          h('summary', { text: e.title }),
          h('p', { text: e.explanation }),
          h('ol', { class: 'runs' }, e.runs.map((r) => h('li', {},
            h('a', { href: r.hash, 'data-run': r.key, text: r.label })))),
          h('p', { class: 'outcome' }, h('strong', { text: 'What to expect: ' }), e.outcome), result);
        this.cards.set(e.id, { details, result });
        return details;
      }));
    session.on('train-end', (done) => {
      if (['finished', 'diverged', 'stopped'].includes(done.reason)) this.#record(session, done.reason);
    });
  }

  /** A run that ended with an experiment's exact settings is that run's result. @param {Session} session @param {string} reason */
  async #record(session, reason) {
    const hash = toHash(session.state);
    const matches = this.experiments.flatMap((e) => e.runs.filter((r) => r.hash === hash).map((r) => ({ e, r })));
    if (!matches.length) return;
    const [{ history }, { json }] = await Promise.all([session.request('export', { what: 'history' }),
      session.request('export', { what: 'model' })]);
    const layers = JSON.parse(json).layers.map((/** @type {{weights: number[][]}} */ l) => ({ W: l.weights.flat() }));
    for (const { e, r } of matches) {
      const results = this.results.get(e.id) ?? {};
      results[r.key] = { history, reason, weightSquareSum: weightSquareSum(layers) };
      this.results.set(e.id, results);
      this.#show(e, results);
    }
  }

  /** @param {Experiment} e @param {Record<string, RunResult>} results */
  #show(e, results) {
    const { details, result } = this.cards.get(e.id);
    const missing = e.runs.filter((r) => !results[r.key]);
    result.hidden = false;
    details.open = true;
    if (missing.length) {
      result.className = 'result';
      replace(result, `Trained: ${e.runs.filter((r) => results[r.key]).map((r) => `“${r.label}”`).join(', ')}. ` +
        `Now train ${missing.map((r) => `“${r.label}”`).join(' and ')} to compare.`);
      return;
    }
    const { ok, detail } = e.check(results);
    result.className = `result ${ok ? 'happened' : 'missed'}`;
    replace(result, h('strong', { text: ok ? 'It happened: ' : 'Not this time: ' }),
      `${detail}.${ok ? '' : ' The links load the exact setups: did a setting change between the runs?'}`);
  }
}
