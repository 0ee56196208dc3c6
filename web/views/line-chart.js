// The Chart.js line chart the metrics charts draw (charts.js), in a module of its own: it is
// half of the page's script, so it loads when a chart is first needed, not with the page.
import { Chart, LineController, LineElement, PointElement, LinearScale, LogarithmicScale } from 'chart.js';
import { t } from '../i18n/text.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale);

/**
 * @typedef {import('./chart-overlays.js').Point} Point
 * @typedef {Chart<'line', Point[]> & {$radius?: number}} LineChart $radius: the point radius last set
 */

/**
 * Two lines, train and validation, over the epochs. compact: a small chart (the stage's), no axis titles.
 * @param {HTMLCanvasElement} canvas @param {string} yTitle translated @param {(v: number) => string} yFormat
 * @param {object} yBounds the y scale's min, max or suggestedMax
 * @param {{train: string, validation: string}} colors
 * @param {{compact?: boolean}} [look]
 * @returns {LineChart}
 */
export function lineChart(canvas, yTitle, yFormat, yBounds, colors, { compact = false } = {}) {
  /** @param {string} label @param {string} color @param {number[]} dash */
  const dataset = (label, color, dash) => ({
    label, data: [], borderColor: color, backgroundColor: color, borderWidth: 2, borderDash: dash,
    pointRadius: 0, pointHoverRadius: 4, pointHitRadius: 6, tension: 0, indexAxis: /** @type {const} */ ('x'),
  });
  const { ink, grid } = chartColors(canvas);
  return new Chart(canvas, {
    type: 'line',
    data: { datasets: [dataset(t('train'), colors.train, []), dataset(t('validation'), colors.validation, [6, 3])] },
    options: {
      animation: false, parsing: false, normalized: true, spanGaps: true, maintainAspectRatio: false,
      interaction: { mode: 'nearest', axis: 'x', intersect: false },
      scales: {
        x: { type: 'linear', title: { display: !compact, text: t('epoch'), color: ink },
          ticks: { precision: 0, maxTicksLimit: compact ? 6 : 11, color: ink }, grid: { color: grid }, border: { color: grid },
          min: 0, suggestedMax: 10 },
        y: { title: { display: !compact, text: yTitle, color: ink }, ...yBounds,
          ticks: { callback: yFormat, maxTicksLimit: compact ? 4 : 11, color: ink }, grid: { color: grid }, border: { color: grid } },
      },
    },
  });
}

/**
 * Sets lineChart's texts again in the current language (Chart.js draws them itself).
 * @param {LineChart} chart @param {string} yTitle translated
 */
export function labelChart(chart, yTitle) {
  chart.options.scales.x.title.text = t('epoch');
  chart.options.scales.y.title.text = yTitle;
  chart.data.datasets[0].label = t('train');
  chart.data.datasets[1].label = t('validation');
}

/**
 * The axes' text and grid colours, as the canvas's CSS gives them (light or dark:
 * components.css). @param {HTMLCanvasElement} canvas @returns {{ink: string, grid: string}}
 */
function chartColors(canvas) {
  const style = getComputedStyle(canvas);
  canvas.dataset.ink = style.color;  // the colour the axes were drawn in (for tests)
  return { ink: style.color, grid: style.borderTopColor };
}

/**
 * Draws lineChart's axes again in the canvas's colours of the moment (after a change of
 * colour scheme). @param {LineChart} chart
 */
export function paintChart(chart) {
  const { ink, grid } = chartColors(chart.canvas);
  for (const scale of [chart.options.scales.x, chart.options.scales.y]) {
    scale.title.color = ink;
    scale.ticks.color = ink;
    scale.grid.color = grid;
    scale.border.color = grid;
  }
  chart.update('none');
}
