// The page's teaching cards around a Session: "The math of this network" (math-panel.js
// for the current settings and data) and "Guided experiments" (experiments.js as links:
// each run is a URL hash, which the page applies on hashchange).
import { h, replace } from '../ui/dom.js';
import { toEngineConfig } from '../core/state.js';
import { MathPanel } from '../teaching/math-panel.js';
import { EXPERIMENTS } from '../teaching/experiments.js';

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
  return { config: toEngineConfig(state), inputs: summary.feature_count, output, trainRows: summary.train_rows };
}

/** Keeps a MathPanel in `container` in step with the session (while its settings are valid). */
export class MathCard {
  /** @param {HTMLElement} container @param {Session} session */
  constructor(container, session) {
    this.panel = new MathPanel(container);
    this.panel.clear('The formulas appear when the data is loaded.');
    const redraw = () => {
      if (Object.keys(session.errors()).length) return;  // keeps the last valid formulas while a field is being typed
      const setup = mathSetup(session);
      if (!setup) return;
      try {
        this.panel.update(setup);
      } catch (e) {
        this.panel.clear(`Could not write the formulas: ${e.message}`);
      }
    };
    session.on('change', redraw);
    session.on('configured', redraw);
  }
}

/** The guided experiments as a list of disclosures, each run a link to its settings. */
export class ExperimentsView {
  /** @param {HTMLElement} container @param {import('../teaching/experiments.js').Experiment[]} [experiments] */
  constructor(container, experiments = EXPERIMENTS) {
    replace(container, h('p', { class: 'hint', text: 'Each link loads a setup; press Train, then try the other one and compare.' }),
      ...experiments.map((e) => h('details', { class: 'experiment', 'data-experiment': e.id },
        h('summary', { text: e.title }),
        h('p', { text: e.explanation }),
        h('ol', { class: 'runs' }, e.runs.map((r) => h('li', {},
          h('a', { href: r.hash, 'data-run': r.key, text: r.label })))),
        h('p', { class: 'outcome' }, h('strong', { text: 'What to expect: ' }), e.outcome))));
  }
}
