// The "Runs" card: every run of the session that finished or stopped (paused, early
// stopping, divergence) kept with its settings and metrics (run-history.js), labelled by
// what sets it apart ("Adam lr 0.01" vs "SGD lr 0.1"). Each can be renamed, removed and
// drawn faded under the current run in the charts; all export as one CSV.
// A run is the epochs since the last reset or new settings; its metrics are the
// worker's progress events, its settings the state when its first epoch arrived.
import { h, replace, pct, fmt, download } from '../ui/dom.js';
import { RunHistory } from '../core/run-history.js';
import { OVERLAY_COLORS } from '../views/chart-overlays.js';
import { t, tp, live, liveText, onLocaleChange } from '../i18n/text.js';

/**
 * @typedef {import('../core/session.js').Session} Session
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../core/engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {import('../core/run-history.js').Run} Run
 * @typedef {import('../views/charts.js').MetricsCharts} MetricsCharts
 */

const KEEP = new Set(['finished', 'paused', 'stopped', 'diverged', 'stepped', 'stepped-stopped']);
// A row's name field and its "show on the charts" box.
const NAME = 'input.run-name';
const BOX = 'input[type=checkbox]';

export class RunsView {
  // The rows were not drawn again while the focus was in them (see render).
  #stale = false;

  /**
   * @param {HTMLElement} root
   * @param {Session} session
   * @param {MetricsCharts | null} charts where the kept runs are drawn
   */
  constructor(root, session, charts) {
    this.session = session;
    this.charts = charts;
    this.runs = new RunHistory();
    /** @type {Set<number>} runs drawn in the charts */
    this.shown = new Set();
    /** @type {Map<number, string>} */
    this.colors = new Map();
    this.data = null;          // the name of the data set loaded (a built-in's, or the CSV file's)
    /** @type {Map<number, string | null>} */
    this.dataOf = new Map();   // run id -> the data set it trained on
    /**
     * The run going on; seeded: the points it started with that it did not train (an imported
     * model's score), kept in the list only once it has trained.
     * @type {{id: number | null, history: EpochMetrics[], config: State | null, modelEpoch: number | null, seeded: number}}
     */
    this.current = { id: null, history: [], config: null, modelEpoch: null, seeded: 0 };
    // The labels ("Adam lr 0.01") are made in the page's language: made again after a switch.
    onLocaleChange(() => { if (root.isConnected) this.render(); });
    this.list = h('ol', { class: 'run-list', id: 'run-list' });
    this.empty = h('p', { class: 'hint', id: 'runs-empty',
      text: live('Finished, paused or stopped runs are kept here. Change one setting, train again, and compare the curves.') });
    this.exportButton = h('button', { type: 'button', id: 'export-runs', class: 'secondary', text: live('Export all runs (CSV)'),
      onclick: () => download('nnplay-runs.csv', this.runs.toCsv(), 'text/csv') });
    replace(root, this.empty, this.list, h('div', { class: 'buttons' }, this.exportButton));
    this.list.addEventListener('focusout', (e) => {
      if (this.#stale && !this.list.contains(/** @type {Node | null} */ (e.relatedTarget))) this.render();
    });

    session.on('progress', (p) => {
      if (p.phase !== 'train') return;
      const first = p.metrics[0]?.epoch;
      // Training went on from an earlier epoch's weights (a continued run that early stopping
      // had taken back): a run of its own, from the epochs before.
      if (first !== undefined && (this.current.history.at(-1)?.epoch ?? 0) >= first) {
        const { history, config } = this.current;
        this.startNew();
        this.current = { id: null, history: history.filter((m) => m.epoch < first), config, modelEpoch: null, seeded: 0 };
      }
      if (!this.current.history.length) this.current.config = structuredClone(session.state);
      this.current.history.push(...p.metrics);
    });
    session.on('train-end', (done) => {
      this.current.modelEpoch = done.model_epoch !== undefined && done.model_epoch !== done.epoch ? done.model_epoch : null;
      if (KEEP.has(done.reason)) this.keep();
    });
    session.on('step-detail', () => this.keep());
    session.on('configured', ({ reply }) => {
      if (reply.restarted) this.startNew();
      else this.#settingsChanged();
    });
    session.on('reset', () => this.startNew());
    session.on('loaded', ({ reply }) => {
      this.#dataLoaded(reply.summary.name);
      // An imported model on new data: a new run, from its score there.
      if (reply.model) this.continueFrom(reply.model.fit.metrics ? [reply.model.fit.metrics] : []);
    });
    session.on('restarted', () => this.startNew());
    this.render();
  }

  /** Keeps the current run in the list (or brings its entry up to date) if it has epochs. */
  keep() {
    const run = this.current;
    if (run.history.length <= run.seeded) return;
    if (run.id === null) {
      run.id = this.runs.add({ config: run.config ?? this.session.state, history: run.history, modelEpoch: run.modelEpoch });
      this.shown.add(run.id);
      this.dataOf.set(run.id, this.data);
      this.colors.set(run.id, OVERLAY_COLORS[(this.colors.size) % OVERLAY_COLORS.length]);
    } else {
      this.runs.setHistory(run.id, run.history, run.modelEpoch);
    }
    this.render();
  }

  /**
   * New settings that keep the network (an imported model's, before training on it): the
   * run, not yet trained, is named by them.
   */
  #settingsChanged() {
    const run = this.current;
    if (run.seeded > 0 && run.history.length <= run.seeded) run.config = structuredClone(this.session.state);
  }

  /** The current run ends (reset, new settings): it stays in the list if it had epochs. */
  startNew() {
    this.keep();
    this.current = { id: null, history: [], config: null, modelEpoch: null, seeded: 0 };
    this.render();
  }

  /**
   * A new current run that goes on from `history` (an imported model's epochs: its score
   * where it stopped), so that training on continues its curve.
   * @param {EpochMetrics[]} history
   */
  continueFrom(history) {
    this.startNew();
    this.current = { id: null, history: [...history], config: structuredClone(this.session.state), modelEpoch: null, seeded: history.length };
  }

  /**
   * The engine's history, with the current run's epochs before the one its network went on
   * from (an imported model's score, an opened project's curve): the curve the chart shows.
   * @param {EpochMetrics[]} trained the epochs the engine trained
   * @param {number} epoch the engine's epoch now
   * @returns {EpochMetrics[]}
   */
  withEarlierEpochs(trained, epoch) {
    const from = epoch - trained.length;  // 0: new weights, nothing before
    return [...this.current.history.filter((m) => m.epoch <= from), ...trained];
  }

  /**
   * The runs as a project file keeps them (the current one kept first), and which is current.
   * @returns {{runs: import('../core/project-file.js').ProjectRun[], current: number | null}}
   */
  snapshot() {
    this.keep();
    const list = this.runs.list();
    const runs = list.map((r) => ({ name: r.custom ? r.name : '', config: r.config, history: r.history,
      modelEpoch: r.modelEpoch, shown: r.id === this.current.id || this.shown.has(r.id) }));
    const current = list.findIndex((r) => r.id === this.current.id);
    return { runs, current: current >= 0 ? current : null };
  }

  /**
   * The runs of an opened project replace the list; run `current` (the model's) goes on as
   * the current run.
   * @param {import('../core/project-file.js').ProjectRun[]} runs @param {number | null} current
   */
  restore(runs, current) {
    this.runs.clear();
    this.shown.clear();
    this.colors.clear();
    this.dataOf.clear();
    this.current = { id: null, history: [], config: null, modelEpoch: null, seeded: 0 };
    runs.forEach((r, i) => {
      const id = this.runs.add({ config: r.config, history: r.history, name: r.name, modelEpoch: r.modelEpoch });
      if (r.shown) this.shown.add(id);
      this.dataOf.set(id, this.data);
      this.colors.set(id, OVERLAY_COLORS[i % OVERLAY_COLORS.length]);
      if (i === current) this.current = { id, history: [...r.history], config: r.config, modelEpoch: r.modelEpoch, seeded: 0 };
    });
    this.render();
  }

  // Curves from other data are not comparable with the next run's: those runs stay in the
  // list (their labels name the data set), taken off the charts until ticked again.
  /** @param {string} name */
  #dataLoaded(name) {
    if (name === this.data) return;
    this.data = name;
    for (const [id, of] of this.dataOf) if (of !== name) this.shown.delete(id);
    this.render();
  }

  /** Draws the list, and the shown runs in the charts. */
  render() {
    const runs = this.runs.list();
    this.empty.hidden = runs.length > 0;
    this.exportButton.disabled = runs.length === 0;
    this.#drawOverlays(runs);
    // A name being typed is not drawn over (a run ending or a step would take the field's
    // focus and text away): the rows are drawn when the focus leaves them.
    const focused = this.#focused();
    this.#stale = focused?.control === NAME && runs.some((r) => String(r.id) === focused.run);
    if (this.#stale) return;
    replace(this.list, runs.map((run) => this.#row(run)));
    // A box toggled from the keyboard keeps the focus in its new row.
    if (focused) /** @type {HTMLElement | null} */ (this.list.querySelector(`li[data-run="${focused.run}"] ${focused.control}`))?.focus();
  }

  /** The shown runs, faded under the current one in the charts. @param {Run[]} runs */
  #drawOverlays(runs) {
    this.charts?.setOverlays(runs.filter((r) => r.id !== this.current.id && this.shown.has(r.id)),
      (r) => this.colors.get(r.id) ?? OVERLAY_COLORS[0]);
  }

  /** The run (its id as text) and the control (a selector in its row) with the focus, if a row's name or box. */
  #focused() {
    const active = /** @type {Document | ShadowRoot} */ (this.list.getRootNode()).activeElement;
    if (!active || !this.list.contains(active)) return null;
    const control = [NAME, BOX].find((selector) => active.matches(selector));
    const run = active.closest('li')?.dataset.run;
    return control && run !== undefined ? { run, control } : null;
  }

  /** @param {Run} run */
  #row(run) {
    const current = run.id === this.current.id;
    const show = h('input', { type: 'checkbox', checked: current || this.shown.has(run.id), disabled: current,
      'aria-label': live('Show “{name}” on the charts', { name: run.name }) });
    show.addEventListener('change', () => {
      if (show.checked) this.shown.add(run.id); else this.shown.delete(run.id);
      this.render();
    });
    // The name is edited in place; emptied (or set back to the label) it is the label again.
    const name = h('input', { type: 'text', class: 'run-name', value: run.name, placeholder: run.label,
      'aria-label': live('Run name (empty: named by its settings)'), maxlength: '60', title: live('Rename this run') });
    name.addEventListener('change', () => {
      if (!this.runs.list().some((r) => r.id === run.id)) return;  // removed meanwhile (a project opened)
      this.runs.rename(run.id, name.value.trim() === run.label ? '' : name.value);
      // The charts' names now; the rows when the focus leaves them, so that a click on
      // another of their controls, which takes the focus, lands on it and not on its
      // row being drawn again.
      this.#stale = true;
      this.#drawOverlays(this.runs.list());
    });
    name.addEventListener('keydown', (e) => { if (e.key === 'Enter') name.blur(); });
    const remove = h('button', { type: 'button', class: 'icon remove-run', text: '×', 'aria-label': live('Remove “{name}”', { name: run.name }),
      title: live('Remove this run'),
      onclick: () => {
        this.runs.remove(run.id);
        this.shown.delete(run.id);
        this.dataOf.delete(run.id);
        if (current) this.current.id = null;
        this.render();
      } });
    const swatch = h('span', { class: 'run-swatch', 'aria-hidden': 'true' });
    swatch.style.background = current ? '#2563eb' : this.colors.get(run.id) ?? OVERLAY_COLORS[0];
    return h('li', { class: `run${current ? ' current' : ''}`, 'data-run': String(run.id) },
      h('label', { class: 'inline run-show' }, show, swatch, h('span', { class: 'visually-hidden', text: live('show on charts') })),
      h('div', { class: 'run-main' },
        name,
        h('span', { class: 'run-meta hint', text: liveText(() => this.#summary(run, current)) })),
      remove);
  }

  /** The run's line in the current language. @param {Run} run @param {boolean} current @returns {string} */
  #summary(run, current) {
    const last = run.kept;
    const parts = [tp('{count} epoch', '{count} epochs', { count: run.history.at(-1)?.epoch ?? 0 })];
    if (last && last !== run.history.at(-1)) parts.push(t('weights of epoch {epoch} kept', { epoch: String(last.epoch) }));
    if (last) {
      const score = Number.isFinite(last.validation_accuracy) ? t('validation {accuracy}', { accuracy: pct(last.validation_accuracy) })
        : Number.isFinite(last.train_accuracy) ? t('train {accuracy}', { accuracy: pct(last.train_accuracy) })
          : Number.isFinite(last.validation_r2) ? t('validation R² {r2}', { r2: fmt(last.validation_r2, 3) }) : '';
      if (score) parts.push(score);
      parts.push(t('loss {loss}', { loss: fmt(last.train_loss, 3) }));
    }
    if (run.custom) parts.push(run.label);
    if (current) parts.push(t('current run'));
    return parts.join(' · ');
  }
}
