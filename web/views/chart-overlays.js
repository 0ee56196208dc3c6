// Earlier runs drawn under the current one in the accuracy and loss charts: each run a
// thin line of its own muted colour, validation dashed, named in the legend by its label
// (the validation line shares the train line's legend entry). Pure: builds Chart.js
// datasets from RunHistory runs ({id, name, history}), labelled in the current language.
import { t } from '../i18n/text.js';

/**
 * @typedef {import('../core/engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {{x: number, y: number | null}} Point an epoch's value (null: none)
 * @typedef {{id: number, name: string, history: EpochMetrics[]}} OverlayRun
 */

// Muted colours, distinct from the current run's blue (train) and orange (validation).
export const OVERLAY_COLORS = ['#6b7f99', '#8e6bb0', '#4f9a7a', '#b3875a', '#a8607a', '#7a8f3c'];

/** @param {string} hex @param {number} alpha */
const fade = (hex, alpha) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgba(${n >> 16}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
};

/**
 * The metric names a chart plots: kind 'score' or 'loss', for a task.
 * @param {'score' | 'loss'} kind
 * @param {string} task
 * @returns {[keyof EpochMetrics, keyof EpochMetrics]}
 */
export function metricKeys(kind, task) {
  if (kind === 'loss') return ['train_loss', 'validation_loss'];
  return task === 'regression' ? ['train_r2', 'validation_r2'] : ['train_accuracy', 'validation_accuracy'];
}

/** @param {EpochMetrics[]} history @param {keyof EpochMetrics} key @returns {Point[]} */
const points = (history, key) => history.map((m) => {
  const y = m[key];
  return { x: m.epoch, y: typeof y === 'number' && Number.isFinite(y) ? y : null };
});

/**
 * Datasets for `runs` in one chart. shape(points) may thin the points (min-max
 * decimation); colorOf(run) picks a run's colour (stable while the run is listed).
 * @param {OverlayRun[]} runs
 * @param {'score' | 'loss'} kind
 * @param {string} task
 * @param {{shape?: (points: Point[]) => Point[], colorOf?: (run: OverlayRun) => string}} [options]
 */
export function overlayDatasets(runs, kind, task, { shape = (p) => p, colorOf = () => OVERLAY_COLORS[0] } = {}) {
  const [trainKey, valKey] = metricKeys(kind, task);
  const out = [];
  for (const run of runs) {
    const color = colorOf(run);
    /** @param {keyof EpochMetrics} key @param {number[]} dash @param {string} label */
    const line = (key, dash, label) => {
      const data = points(run.history, key);
      if (data.every((p) => p.y === null)) return null;
      return {
        label, data: shape(data), borderColor: fade(color, 0.75), backgroundColor: fade(color, 0.75),
        borderWidth: 1.25, borderDash: dash, pointRadius: 0, pointHoverRadius: 3, pointHitRadius: 4,
        tension: 0, indexAxis: 'x', order: 10, overlay: { run: run.id, validation: key === valKey },
      };
    };
    const train = line(trainKey, [], run.name);
    const validation = line(valKey, [4, 3], t('{name} (validation)', { name: run.name }));
    if (train) out.push(train);
    if (validation) out.push(validation);
  }
  return out;
}

/**
 * The largest epoch among the runs (so the x axis shows them whole).
 * @param {{history: {epoch: number}[]}[]} runs
 * @returns {number}
 */
export function lastEpoch(runs) {
  let max = 0;
  for (const r of runs) max = Math.max(max, r.history.at(-1)?.epoch ?? 0);
  return max;
}
