// The page's teaching cards around a Session: "The math of this network" (math-panel.js
// for the current settings and data) and "Guided experiments" (experiments.js as links:
// each run is a URL hash, which the page applies on hashchange).
import { h, replace } from './dom.js';
import { toEngineConfig } from './state.js';
import { MathPanel } from './math-panel.js';
import { resolveOutput } from './math-model.js';
import { EXPERIMENTS } from './experiments.js';

/** The math panel's setup for a session's state and loaded data, or null without data. */
export function mathSetup(state, summary) {
  if (!summary) return null;
  const classes = summary.task === 'classification' ? summary.classes.length : 0;
  return {
    config: toEngineConfig(state),
    inputs: summary.feature_count,
    output: resolveOutput(state.loss, { task: summary.task, classes, targets: Math.max(1, summary.classes?.length || 1) }),
    trainRows: summary.train_rows,
  };
}

/** Keeps a MathPanel in `container` in step with the session (while its settings are valid). */
export class MathCard {
  constructor(container, session) {
    this.panel = new MathPanel(container);
    this.panel.clear('The formulas appear when the data is loaded.');
    const redraw = () => {
      if (Object.keys(session.errors()).length) return;  // keeps the last valid formulas while a field is being typed
      const setup = mathSetup(session.state, session.summary);
      if (!setup) return;
      try {
        this.panel.update(setup);
      } catch (e) {
        this.panel.clear(`Could not write the formulas: ${e.message}`);
      }
    };
    session.on('change', redraw);
    session.on('loaded', redraw);
  }
}

/** The guided experiments as a list of disclosures, each run a link to its settings. */
export class ExperimentsView {
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
