// The page's teaching cards around a Session: "The math of this network" (math-panel.js
// for the current settings and data) and "Guided experiments" (experiments-card.js).
// Each loads its code when the card comes near the viewport (the experiments also when a
// run ends, to record it): a first visit that stays on the stage downloads neither.
import { h, replace } from '../ui/dom.js';
import { toEngineConfig } from '../core/state.js';
import { toHash } from '../core/state-link.js';
import { live } from '../i18n/text.js';

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
    replace(container, h('p', { class: 'hint', text: live('The formulas load when this card comes into view.') }));
    const redraw = () => {
      if (!this.panel || Object.keys(session.errors()).length) return;  // keeps the last valid formulas while a field is being typed
      const setup = mathSetup(session);
      if (!setup) { this.panel.clear(live('The formulas appear when the data is loaded.')); return; }
      try {
        this.panel.update(setup);
      } catch (e) {
        this.panel.clear(live('Could not write the formulas: {error}', { error: e.message }));
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
      }, (e) => replace(container, h('p', { class: 'field-error', text: live('Could not load the formulas: {error}', { error: e.message }) })));
      return this.loading;
    };
    whenNear(container, this.load);
  }
}

/** Runs load() once, when `container` comes within 400 px of the viewport. @param {Element} container @param {() => unknown} load */
export function whenNear(container, load) {
  const seen = new IntersectionObserver((entries) => {
    if (!entries.some((e) => e.isIntersecting)) return;
    seen.disconnect();
    load();
  }, { rootMargin: '400px' });
  seen.observe(container);
}

/**
 * The guided experiments card. Its code loads when the card comes near, or when a run
 * ends before that (to record it): the run's link is taken when it ends, and it is
 * recorded only if no other run started, no reset and no new network came meanwhile.
 */
export class ExperimentsCard {
  /** @param {HTMLElement} container @param {Session} session */
  constructor(container, session) {
    replace(container, h('p', { class: 'hint', text: live('The experiments load when this card comes into view.') }));
    /** @type {Promise<import('./experiments-card.js').ExperimentsView | null> | null} */
    this.loading = null;
    this.load = () => {
      this.loading ??= import('./experiments-card.js').then(({ ExperimentsView }) => new ExperimentsView(container))
        .catch((e) => {
          this.loading = null;  // tried again when the card comes near or the next run ends
          replace(container, h('p', { class: 'field-error', text: live('Could not load the experiments: {error}', { error: e.message }) }));
          return null;
        });
      return this.loading;
    };
    // What the engine holds changes with these: a run recorded after one of them would get another run's figures.
    let generation = 0;
    session.on('train-start', () => { ++generation; });
    session.on('reset', () => { ++generation; });
    session.on('configured', ({ reply }) => { if (reply.restarted) ++generation; });
    session.on('train-end', async (done) => {
      if (!['finished', 'diverged', 'stopped'].includes(done.reason)) return;
      const hash = toHash(session.state);
      const ended = generation;
      const view = await this.load();
      if (view && ended === generation) view.record(session, hash, done.reason);
    });
    whenNear(container, this.load);
  }
}

