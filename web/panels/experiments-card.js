// The guided experiments card (experiments.js as links: each run is a URL hash, which the
// page applies on hashchange). A run trained with an experiment's exact settings is
// recorded; once all of an experiment's runs are, the card says whether the expected
// outcome happened, with the figures. teaching-cards.js loads it when the card comes near
// or a run ends.
import { h, replace } from '../ui/dom.js';
import { EXPERIMENTS, weightSquareSum } from '../teaching/experiments.js';

/** @typedef {import('../core/session.js').Session} Session */

/**
 * @typedef {import('../teaching/experiments.js').Experiment} Experiment
 * @typedef {import('../teaching/experiments.js').RunResult} RunResult
 */

/** The guided experiments as a list of disclosures, each run a link to its settings. */
export class ExperimentsView {
  /** @param {HTMLElement} container @param {Experiment[]} [experiments] */
  constructor(container, experiments = EXPERIMENTS) {
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
  }

  /**
   * A run that ended with an experiment's exact settings (hash: the state's link) is that run's result.
   * @param {Session} session @param {string} hash @param {string} reason
   */
  async record(session, hash, reason) {
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
