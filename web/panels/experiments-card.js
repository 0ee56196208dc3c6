// The guided experiments card (experiments.js as links: each run is a URL hash, which the
// page applies on hashchange). A run trained with an experiment's exact settings is
// recorded; once all of an experiment's runs are, the card says whether the expected
// outcome happened, with the figures. teaching-cards.js loads it when the card comes near
// or a run ends.
import { h, replace } from '../ui/dom.js';
import { addCatalogs, currentLocale, live, liveText, t } from '../i18n/text.js';
import { EXPERIMENTS, weightSquareSum } from '../teaching/experiments.js';

// The card's texts in the page's language before anything is drawn: the module is ready once they are.
await addCatalogs({ 'zh-CN': () => import('../i18n/zh-CN/experiments.js').then((m) => m.default) });

/** @typedef {import('../core/session.js').Session} Session */

/**
 * @typedef {import('../teaching/experiments.js').Experiment} Experiment
 * @typedef {import('../teaching/experiments.js').RunResult} RunResult
 */

/** Runs' labels, quoted, as a list in the current language ("“a” and “b”"). @param {{label: string}[]} runs */
const quoted = (runs) => new Intl.ListFormat(currentLocale(), { type: 'conjunction' }).format(runs.map((r) => `“${t(r.label)}”`));

/** The guided experiments as a list of disclosures, each run a link to its settings. */
export class ExperimentsView {
  /** @param {HTMLElement} container @param {Experiment[]} [experiments] */
  constructor(container, experiments = EXPERIMENTS) {
    this.experiments = experiments;
    /** @type {Map<string, Record<string, RunResult>>} each experiment's recorded runs */
    this.results = new Map();
    /** @type {Map<string, {details: HTMLDetailsElement, result: HTMLParagraphElement}>} */
    this.cards = new Map();
    replace(container, h('p', { class: 'hint', text: live('Each link loads a setup; press Train, then try the other one and compare. When you have trained every run, the card says whether it came out as expected.') }),
      ...experiments.map((e) => {
        const result = h('p', { class: 'result', 'data-result': e.id, 'aria-live': 'polite', hidden: true });
        const details = h('details', { class: 'experiment', 'data-experiment': e.id },
          h('summary', { text: live(e.title) }),
          h('p', { text: live(e.explanation) }),
          h('ol', { class: 'runs' }, e.runs.map((r) => h('li', {},
            h('a', { href: r.hash, 'data-run': r.key, text: live(r.label) })))),
          h('p', { class: 'outcome' }, h('strong', { text: live('What to expect: ') }), live(e.outcome)),
          e.challenge ? h('p', { class: 'experiment-challenge' }, h('strong', { text: live('As a challenge: ') }),
            h('a', { href: `${e.runs.find((r) => r.key === e.challenge.run).hash}&challenge=${encodeURIComponent(e.challenge.text)}`,
              'data-challenge': e.id, text: live(e.challenge.label) })) : null,
          result);
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
      const trained = e.runs.filter((r) => results[r.key]);
      replace(result, liveText(() => t('Trained: {trained}. Now train {missing} to compare.', { trained: quoted(trained), missing: quoted(missing) })));
      return;
    }
    const { ok } = e.check(results);
    result.className = `result ${ok ? 'happened' : 'missed'}`;
    // check() writes its detail in the current language: asked again when the language changes.
    replace(result, h('strong', { text: ok ? live('It happened: ') : live('Not this time: ') }),
      liveText(() => {
        const { detail } = e.check(results);
        return ok ? t('{detail}.', { detail }) : t('{detail}. The links load the exact setups: did a setting change between the runs?', { detail });
      }));
  }
}
