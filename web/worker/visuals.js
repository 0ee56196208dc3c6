// What the worker draws from the engine for the page's views: the weights, and for data
// with two numeric features the decision grid, what each unit computes over the plane and
// the data points; the confusion matrices for classification. Pure functions of an engine
// Playground and the data summary.

const GRID_RESOLUTION = 64;
const UNIT_MAP_RESOLUTION = 24;
const MAX_UNIT_MAPS = 10;  // per layer

/**
 * Whether the data spans a plane (two numeric features), and the plane's ranges (the
 * features' ranges with a margin).
 * @param {{columns: {role: string, type: string, min: number, max: number}[], feature_count: number}} summary
 * @returns {{twoD: boolean, ranges: [number, number][] | null}}
 */
export function dataInfo(summary) {
  const features = summary.columns.filter((c) => c.role === 'feature');
  const twoD = features.length === 2 && summary.feature_count === 2 && features.every((c) => c.type === 'numeric');
  /** @param {{min: number, max: number}} c @returns {[number, number]} */
  const pad = (c) => { const d = (c.max - c.min) * 0.08 || 1; return [c.min - d, c.max + d]; };
  return { twoD, ranges: twoD ? [pad(features[0]), pad(features[1])] : null };
}

/**
 * The `visuals` event for the current network. A view that fails says so in `error`
 * instead of failing the others.
 * @param {any} pg the engine's Playground
 * @param {any} summary the loaded data's summary, or null
 * @param {{full: boolean, withConfusion: boolean}} what full: confusion matrices also for
 *   large data (sent when training stops, not while it runs)
 */
export function collectVisuals(pg, summary, { full, withConfusion }) {
  /** @type {Record<string, any>} */
  const out = { type: 'visuals', epoch: pg.epoch };
  if (!summary) return out;
  const info = dataInfo(summary);
  /** @type {string[]} */
  const errors = [];
  /** @param {string} what @param {() => void} f */
  const attempt = (what, f) => { try { f(); } catch (e) { errors.push(`${what}: ${/** @type {Error} */ (e).message}`); } };
  attempt('weights', () => { out.weights = pg.weights(); });
  if (info.twoD && info.ranges && out.weights) {
    const [xRange, yRange] = info.ranges;
    attempt('decision grid', () => {
      const grid = pg.decisionGrid(xRange, yRange, GRID_RESOLUTION);
      out.grid = { ...grid, xRange, yRange };
    });
    attempt('unit maps', () => {
      // What every unit computes over the plane, at a coarser grid for the diagram.
      out.unitMaps = pg.decisionGrid(xRange, yRange, UNIT_MAP_RESOLUTION, MAX_UNIT_MAPS).units;
      out.unitMapResolution = UNIT_MAP_RESOLUTION;
    });
  }
  if (withConfusion && summary.task === 'classification' && (full || summary.validation_rows + summary.train_rows < 5000)) {
    attempt('confusion matrix', () => {
      out.confusion = {
        validation: summary.validation_rows > 0 ? pg.confusionMatrix('validation') : null,
        train: pg.confusionMatrix('train'),
      };
    });
  }
  if (errors.length) out.error = errors.join('; ');
  return out;
}

/**
 * The buffers of a visuals event that can be transferred to the page instead of copied.
 * @param {Record<string, any>} visuals
 * @returns {ArrayBuffer[]}
 */
export function transferables(visuals) {
  const out = [];
  if (visuals.grid) out.push(visuals.grid.values.buffer);
  for (const layer of visuals.unitMaps ?? []) for (const m of layer) out.push(m.buffer);
  return out;
}

/**
 * The points of the 2-D view (training, then validation), or null for data that is not 2-D.
 * @param {any} pg
 * @param {any} summary
 */
export function dataPoints(pg, summary) {
  if (!dataInfo(summary).twoD) return null;
  const points = [{ ...pg.dataPoints('train'), validation: false }];
  if (summary.validation_rows > 0) points.push({ ...pg.dataPoints('validation'), validation: true });
  return points;
}
