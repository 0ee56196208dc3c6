// Live training charts (Chart.js): accuracy (or R² for regression) and loss per epoch,
// train and validation, with the latest values as numbers beside them. Points are
// appended as they come and drawn about 8 times a second, each chart in its own frame;
// past 500 epochs each line is drawn from the lowest and highest point of every bucket of
// epochs (min-max decimation: spikes stay visible), so drawing costs the same at 100 or
// 100,000 epochs. Hovering shows the values at that epoch in a line over the chart, and
// the legend is a row of buttons that hide and show lines: both our own, in the page's
// language (Chart.js's tooltip and legend plugins would be a fifth of the page's script).
import { h, replace, fmt, pct, throttled, scheduleDraw } from '../ui/dom.js';
import { live, msg, t, setText, setAttr, onLocaleChange } from '../i18n/text.js';
import { onColorSchemeChange } from '../ui/color-scheme.js';
import { overlayDatasets, lastEpoch } from './chart-overlays.js';

/**
 * @typedef {import('../core/engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {import('./chart-overlays.js').Point} Point
 * @typedef {import('./chart-overlays.js').OverlayRun} OverlayRun
 * @typedef {import('./line-chart.js').LineChart} LineChart
 * @typedef {[Point[], Point[]]} Series train and validation
 */

const TRAIN = '#2563eb';
const VALIDATION = '#d9480f';
const MAX_BUCKETS = 250;

/** @type {Promise<typeof import('./line-chart.js')> | null} */
let lineCharts = null;
// Chart.js, half of the page's script, loads when a chart is first needed. A failed
// download is forgotten, so that the next need tries again.
const loadLineCharts = () => (lineCharts ??= import('./line-chart.js').catch((e) => { lineCharts = null; throw e; }));

/**
 * At most 2 * MAX_BUCKETS of the points: each bucket's lowest and highest, in order.
 * @param {Point[]} points
 * @returns {Point[]}
 */
export function downsample(points) {
  if (points.length <= 2 * MAX_BUCKETS) return points;
  const size = Math.ceil(points.length / MAX_BUCKETS);
  const out = [];
  for (let start = 0; start < points.length; start += size) {
    let lo = null; let hi = null;
    const end = Math.min(points.length, start + size);
    for (let i = start; i < end; ++i) {
      const p = points[i];
      if (p.y === null) continue;
      if (!lo || p.y < lo.y) lo = p;
      if (!hi || p.y > hi.y) hi = p;
    }
    if (!lo) { out.push(points[start]); continue; }  // a gap stays a gap
    if (lo === hi) out.push(lo);
    else if (lo.x < hi.x) out.push(lo, hi);
    else out.push(hi, lo);
  }
  const last = points[points.length - 1];
  if (out[out.length - 1] !== last) out.push(last);
  return out;
}

export class MetricsCharts {
  /**
   * show: which charts to draw, 'accuracy' and/or 'loss' (both by default); compact: small
   * charts (the stage's), the legend on the first only.
   * @param {HTMLElement} root
   * @param {{show?: string[], compact?: boolean}} [options]
   */
  constructor(root, { show = ['accuracy', 'loss'], compact = false } = {}) {
    this.compact = compact;
    this.scoreCanvas = h('canvas', { id: 'chart-accuracy', role: 'img', 'aria-label': live('Accuracy per epoch') });
    this.lossCanvas = h('canvas', { id: 'chart-loss', role: 'img', 'aria-label': live('Loss per epoch') });
    this.latest = h('dl', { class: 'latest', id: 'latest-metrics', 'aria-live': 'off' });
    /** @type {string[]} the ids of the latest numbers' names, as shown */
    this.latestNames = [];
    this.scoreTitle = h('h3', { text: live('Accuracy') });
    this.legend = h('ul', { class: 'chart-legend', 'aria-label': live('Lines shown') });
    /** @type {Set<string>} the legend's entries turned off: 'train', 'validation', 'run-<id>' */
    this.hiddenLines = new Set();
    this.lossTitle = h('h3', { text: live('Loss (cost)') });
    this.logScale = h('input', { type: 'checkbox', id: 'loss-log' });
    this.logScale.addEventListener('change', () => {
      if (!this.loss) return;  // lineCharts applies it when built
      this.loss.options.scales.y.type = this.logScale.checked ? 'logarithmic' : 'linear';
      this.loss.update('none');
    });
    this.scoreReadout = h('p', { class: 'chart-readout', 'aria-hidden': 'true', hidden: true });
    this.lossReadout = h('p', { class: 'chart-readout', 'aria-hidden': 'true', hidden: true });
    // Until Chart.js is loaded, each box says what it will show (or why it cannot).
    /** @type {import('../i18n/text.js').Live} */
    this.waiting = live('A point per epoch, once training starts');
    this.placeholders = [h('p', { class: 'chart-empty', text: this.waiting }), h('p', { class: 'chart-empty', text: this.waiting })];
    replace(root,
      this.latest,
      h('div', { class: 'charts' },
        h('figure', { hidden: !show.includes('accuracy') }, h('div', { class: 'chart-head' }, this.scoreTitle,
          show.includes('accuracy') ? this.legend : null),
          h('div', { class: 'chart-box' }, this.scoreCanvas, this.scoreReadout, this.placeholders[0])),
        h('figure', { hidden: !show.includes('loss') }, h('div', { class: 'chart-head' }, this.lossTitle,
          h('label', { for: 'loss-log', class: 'inline' }, this.logScale, ' ', live('log scale'))),
        // The legend goes with the first chart shown: over the loss chart when it is alone.
        show.includes('accuracy') ? null : this.legend,
        h('div', { class: 'chart-box' }, this.lossCanvas, this.lossReadout, this.placeholders[1]))));
    for (const [canvas, readout, kind] of /** @type {const} */ ([[this.scoreCanvas, this.scoreReadout, 'score'],
      [this.lossCanvas, this.lossReadout, 'loss']])) {
      canvas.addEventListener('pointermove', (e) => this.#readout(kind, readout, e.offsetX));
      canvas.addEventListener('pointerleave', () => { readout.hidden = true; });
    }
    /** @type {{score: Series, loss: Series}} */
    this.series = { score: [[], []], loss: [[], []] };
    /** @type {Map<number, EpochMetrics>} the run's metrics by epoch */
    this.byEpoch = new Map();
    this.trainFromBatches = false;  // the training figures are the epoch's batches' mean
    /** @type {EpochMetrics | null} the epoch whose weights early stopping kept, once it did */
    this.kept = null;
    this.task = 'classification';
    /** @type {OverlayRun[]} */
    this.overlayRuns = [];
    /** @type {{score: object[], loss: object[]}} Chart.js datasets of the earlier runs */
    this.overlays = { score: [], loss: [] };
    /** @type {typeof import('./line-chart.js') | null} once loaded */
    this.lines = null;
    /** @type {Promise<void> | null} while Chart.js loads */
    this.loadingLines = null;
    /** @type {LineChart | null} */
    this.score = null;
    /** @type {LineChart | null} */
    this.loss = null;
    // Chart.js is loaded for the first points or the runs to draw, or at the first touch or
    // key on the page: by the time training starts it is there.
    const early = () => {
      for (const type of ['pointerdown', 'keydown']) document.removeEventListener(type, early, true);
      this.#needLines().catch(() => {});  // said in the boxes
    };
    for (const type of ['pointerdown', 'keydown']) document.addEventListener(type, early, true);
    this.draw = throttled(() => this.#draw(), 120);  // about 8 redraws a second while training
    // Chart.js's texts and the latest numbers are drawn again in the new language. Charts
    // are not destroyed, only dropped with their page or widget: the listener goes with them.
    const stopListening = onLocaleChange(() => {
      if (!this.scoreCanvas.isConnected) { stopListening(); return; }
      this.#labelCharts();
      this.setOverlays(this.overlayRuns);  // the earlier runs' labels; draws both charts and the numbers
    });
    // Their axes, in the colours of a new scheme (light or dark).
    const stopPainting = onColorSchemeChange(() => {
      if (!this.scoreCanvas.isConnected) { stopPainting(); return; }
      for (const chart of [this.score, this.loss]) if (chart) this.lines.paintChart(chart);
    });
  }

  /** The score chart's y title, in the current language. */
  #scoreAxis() {
    return this.task === 'regression' ? 'R²' : t('accuracy');
  }

  #labelCharts() {
    if (!this.lines || !this.score || !this.loss) return;
    this.lines.labelChart(this.score, this.#scoreAxis());
    this.lines.labelChart(this.loss, t('loss'));
  }

  /**
   * Loads Chart.js once, then draws the charts; a failed download is said in their boxes
   * (and rejects). @returns {Promise<void>}
   */
  #needLines() {
    if (this.lines) return Promise.resolve();
    this.loadingLines ??= loadLineCharts().then((lines) => {
      this.lines = lines;
      for (const p of this.placeholders) p.hidden = true;
      this.#build();
      this.setOverlays(this.overlayRuns);
    }, (/** @type {unknown} */ e) => {
      const reason = e instanceof Error ? e.message : String(e);
      for (const p of this.placeholders) {
        setText(p, live('The charts could not be loaded ({reason}). They are tried again with the next epoch.', { reason }));
      }
      throw e;
    }).finally(() => { this.loadingLines = null; });
    return this.loadingLines;
  }

  /** The titles, and the charts once Chart.js is loaded, for the task. */
  #build() {
    const regression = this.task === 'regression';
    setText(this.scoreTitle, regression ? live('R² (1 = perfect fit)') : live('Accuracy'));
    setAttr(this.scoreCanvas, 'aria-label', regression ? live('R² per epoch') : live('Accuracy per epoch'));
    // A regression's loss is the squared error of the standardized target (data/preprocessing.hpp).
    setText(this.lossTitle, !regression ? live('Loss (cost)')
      : this.compact ? live('Loss (on the standardized target)') : live('Loss (cost, on the standardized target)'));
    if (!this.lines) return;
    this.score?.destroy();
    this.loss?.destroy();
    const colors = { train: TRAIN, validation: VALIDATION };
    this.score = this.lines.lineChart(this.scoreCanvas, this.#scoreAxis(),
      regression ? (v) => fmt(v, 3) : (v) => pct(v), regression ? { suggestedMax: 1 } : { min: 0, max: 1 }, colors, { compact: this.compact });
    this.loss = this.lines.lineChart(this.lossCanvas, t('loss'), (v) => fmt(v, 3), {}, colors, { compact: this.compact });
    if (this.logScale.checked) this.loss.options.scales.y.type = 'logarithmic';
  }

  /**
   * Earlier runs to draw faded under the current one ([{id, name, history}], see
   * chart-overlays.js); colorOf(run) gives each its colour.
   * @param {OverlayRun[]} runs
   * @param {(run: OverlayRun) => string} [colorOf]
   */
  setOverlays(runs, colorOf) {
    this.overlayRuns = runs;
    this.overlayColor = colorOf ?? this.overlayColor;
    if (runs.length) this.#needLines().catch(() => {});
    /** @param {'score' | 'loss'} kind */
    const make = (kind) => overlayDatasets(runs, kind, this.task, { shape: downsample, colorOf: this.overlayColor });
    this.overlays = { score: make('score'), loss: make('loss') };
    this.overlayEpochs = lastEpoch(runs);
    this.#drawLegend();
    this.#draw();
  }

  /** The legend: this run's two lines, then each earlier run drawn; a press hides or shows one. */
  #drawLegend() {
    const noValidation = this.series.score[1].length > 0 && this.series.score[1].every((p) => p.y === null);
    const entries = [
      { key: 'train', label: live('train'), color: TRAIN, dash: false },
      ...(noValidation ? [] : [{ key: 'validation', label: live('validation'), color: VALIDATION, dash: true }]),
      ...this.overlayRuns.map((run) => ({ key: `run-${run.id}`, label: run.name, color: this.overlayColor?.(run) ?? '#888', dash: false })),
    ];
    const shown = entries.map((e) => `${e.key}:${String(e.label)}:${e.color}`).join('|');
    if (shown === this.legendShown) return;
    this.legendShown = shown;
    replace(this.legend, entries.map(({ key, label, color, dash }) => h('li', {},
      h('button', { type: 'button', class: 'legend-item', 'aria-pressed': String(!this.hiddenLines.has(key)),
        onclick: (/** @type {Event} */ e) => {
          if (this.hiddenLines.has(key)) this.hiddenLines.delete(key); else this.hiddenLines.add(key);
          /** @type {HTMLElement} */ (e.currentTarget).setAttribute('aria-pressed', String(!this.hiddenLines.has(key)));
          this.#draw();
        } },
      h('span', { class: 'legend-line', style: `border-top: 2px ${dash ? 'dashed' : 'solid'} ${color}` }), label))));
  }

  /** Whether the training figures are the epoch's batches' mean (train_metrics 'batches'): the tiles say so. @param {boolean} on */
  setTrainFromBatches(on) {
    if (this.trainFromBatches === on) return;
    this.trainFromBatches = on;
    this.#drawLatest();
  }

  /** Clears the charts; task 'classification' or 'regression'. @param {string} [task] */
  reset(task = this.task) {
    this.series = { score: [[], []], loss: [[], []] };
    this.byEpoch = new Map();
    this.kept = null;
    if (task !== this.task) { this.task = task; this.#build(); this.setOverlays(this.overlayRuns); }
    this.scoreCanvas.dataset.points = this.lossCanvas.dataset.points = '0';
    this.#draw();
  }

  /** Appends epochs' metrics [{epoch, train_loss, train_accuracy, ...}]. @param {EpochMetrics[]} metrics */
  append(metrics) {
    const regression = this.task === 'regression';
    /** @param {Point[]} arr @param {number} x @param {number | null} y */
    const add = (arr, x, y) => { arr.push({ x, y: y === null || !Number.isFinite(y) ? null : y }); };
    this.kept = null;
    // Training went on from an earlier epoch's weights (a saved run that early stopping had
    // taken back): the curve goes on from there, not back from its end.
    const from = metrics[0]?.epoch;
    if (from !== undefined && this.series.loss[0].length && this.series.loss[0].at(-1).x >= from) {
      for (const line of [...this.series.score, ...this.series.loss]) {
        const at = line.findIndex((p) => p.x >= from);
        if (at >= 0) line.splice(at);
      }
      for (const epoch of this.byEpoch.keys()) if (epoch >= from) this.byEpoch.delete(epoch);
    }
    for (const m of metrics) {
      this.byEpoch.set(m.epoch, m);
      add(this.series.score[0], m.epoch, regression ? m.train_r2 : m.train_accuracy);
      add(this.series.score[1], m.epoch, regression ? m.validation_r2 : m.validation_accuracy);
      add(this.series.loss[0], m.epoch, m.train_loss);
      add(this.series.loss[1], m.epoch, m.validation_loss);
    }
    this.last = metrics.at(-1) ?? this.last;
    if (metrics.length) this.#needLines().catch(() => {});
    this.scoreCanvas.dataset.points = this.lossCanvas.dataset.points = String(this.points);  // epochs held (for tests)
    this.draw();
  }

  /**
   * The network holds the weights of `epoch` (early stopping restored them): the numbers
   * shown are that epoch's, and say so. The last epoch's again when `epoch` is the last.
   * @param {number} epoch
   */
  showModelEpoch(epoch) {
    this.kept = epoch !== this.last?.epoch ? this.byEpoch.get(epoch) ?? null : null;
    this.#drawLatest();
  }

  /** The metrics of the network as it is: the kept epoch's, else the last epoch's. @returns {EpochMetrics | undefined} */
  get model() {
    return this.kept ?? this.last;
  }

  /** Number of epochs plotted (for tests and the progress text). @returns {number} */
  get points() {
    return this.series.loss[0].length;
  }

  /**
   * Gives one chart its points, its earlier runs and the lines shown, and draws it (once Chart.js is loaded).
   * @param {'score' | 'loss'} kind
   */
  #update(kind) {
    const chart = this[kind];
    if (!chart) return;  // Chart.js is not loaded yet: the points wait in the series
    const [train, validation] = this.series[kind];
    const overlays = this.overlays[kind];
    // Dots while there are few epochs (a single epoch is no line), none after. Chart.js
    // restyles existing points only when it gets new arrays, hence the copies then.
    const radius = train.length < 30 ? 2.5 : 0;
    const restyle = chart.$radius !== radius;
    chart.$radius = radius;
    chart.data.datasets[0].data = restyle ? downsample(train).slice() : downsample(train);
    chart.data.datasets[1].data = restyle ? downsample(validation).slice() : downsample(validation);
    for (const d of chart.data.datasets.slice(0, 2)) d.pointRadius = radius;
    const noValidation = validation.every((p) => p.y === null);
    chart.data.datasets[0].hidden = this.hiddenLines.has('train');
    chart.data.datasets[1].hidden = noValidation || this.hiddenLines.has('validation');
    if (chart.data.datasets.length - 2 !== overlays.length || overlays.some((d, i) => chart.data.datasets[i + 2] !== d)) {
      chart.data.datasets.splice(2, Infinity, ...overlays);
      chart.options.scales.x.suggestedMax = Math.max(10, this.overlayEpochs ?? 0);
    }
    for (const d of overlays) d.hidden = this.hiddenLines.has(`run-${/** @type {{overlay: {run: number}}} */ (d).overlay.run}`);
    // 'none' reuses the points' resolved options; a new radius needs them resolved again.
    chart.update(restyle ? 'resize' : 'none');
  }

  /**
   * The charts' canvases as drawn now (loading Chart.js first if it is not yet), for a PNG.
   * @returns {Promise<HTMLCanvasElement[]>}
   */
  async canvases() {
    await this.#needLines();
    this.#update('score');
    this.#update('loss');
    return [this.scoreCanvas, this.lossCanvas].filter((c) => !c.closest('figure')?.hidden);
  }

  // Each chart is updated in its own frame (scheduleDraw), so no single task draws both.
  #draw() {
    scheduleDraw(this.scoreCanvas, () => this.#update('score'));
    scheduleDraw(this.lossCanvas, () => this.#update('loss'));
    this.#drawLegend();
    this.#drawLatest();
  }

  /**
   * The values of the epoch under the pointer: this run's training and validation figures,
   * then each earlier run drawn, in a line over the chart.
   * @param {'score' | 'loss'} kind @param {HTMLElement} readout @param {number} x the pointer, in the canvas
   */
  #readout(kind, readout, x) {
    const chart = kind === 'score' ? this.score : this.loss;
    if (!chart) return;
    const epoch = Math.round(chart.scales.x.getValueForPixel(x) ?? 0);
    const regression = this.task === 'regression';
    /** @param {EpochMetrics | undefined} m @param {boolean} validation */
    const value = (m, validation) => {
      if (!m) return null;
      const v = kind === 'loss' ? (validation ? m.validation_loss : m.train_loss)
        : regression ? (validation ? m.validation_r2 : m.train_r2) : (validation ? m.validation_accuracy : m.train_accuracy);
      return v === null || v === undefined || !Number.isFinite(v) ? null : kind === 'score' && !regression ? pct(v) : fmt(v, 3);
    };
    const m = this.byEpoch.get(epoch);
    const parts = [];
    const shown = (/** @type {string} */ key) => !this.hiddenLines.has(key);
    if (shown('train') && value(m, false) !== null) parts.push(t('train {value}', { value: value(m, false) }));
    if (shown('validation') && value(m, true) !== null) parts.push(t('validation {value}', { value: value(m, true) }));
    for (const run of this.overlayRuns) {
      // A run's history holds epochs 1, 2, ... in order.
      const at = run.history[epoch - 1]?.epoch === epoch ? run.history[epoch - 1] : run.history.find((r) => r.epoch === epoch);
      const v = shown(`run-${run.id}`) ? value(at, false) : null;
      if (v !== null) parts.push(t('{label}: {value}', { label: run.name, value: v }));
    }
    readout.hidden = parts.length === 0;
    readout.textContent = parts.length ? t('Epoch {epoch}: {values}', { epoch: String(epoch), values: parts.join(t('; ')) }) : '';
  }

  #drawLatest() {
    const m = this.points ? this.model : null;
    const regression = this.task === 'regression';
    const batches = this.trainFromBatches;
    // [the name's id, the value in the current language]
    const items = [
      this.kept ? [msg('Weights of epoch'), t('{epoch} (best, of {last})', { epoch: String(m?.epoch), last: String(this.last?.epoch) })]
        : [msg('Epoch'), m ? String(m.epoch) : '–'],
      [regression ? (batches ? msg('Train R² (the epoch’s batches)') : msg('Train R²'))
        : batches ? msg('Train accuracy (the epoch’s batches)') : msg('Train accuracy'),
      m ? (regression ? fmt(m.train_r2, 3) : pct(m.train_accuracy)) : '–'],
      [regression ? msg('Validation R²') : msg('Validation accuracy'), m ? (regression ? fmt(m.validation_r2, 3) : pct(m.validation_accuracy)) : '–'],
      [batches ? msg('Train loss (the epoch’s batches)') : msg('Train loss'), m ? fmt(m.train_loss) : '–'],
      [msg('Validation loss'), m ? fmt(m.validation_loss) : '–'],
    ];
    if (regression) {
      const validation = m?.validation_rmse !== null && m?.validation_rmse !== undefined;
      items.push([validation || !m ? msg('Validation RMSE (target units)') : msg('Train RMSE (target units)'),
        m ? fmt(validation ? m.validation_rmse : m.train_rmse) : '–']);
    }
    if (this.latest.children.length !== items.length) {
      replace(this.latest, items.map((_, i) => h('div', { 'data-metric': String(i) }, h('dt'), h('dd'))));
      this.latestNames = [];
    }
    items.forEach(([k, v], i) => {
      const [dt, dd] = this.latest.children[i].children;
      if (this.latestNames[i] !== k) { this.latestNames[i] = k; setText(dt, live(k)); }
      if (dd.textContent !== v) dd.textContent = v;
    });
  }
}
