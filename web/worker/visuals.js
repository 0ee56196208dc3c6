// What the worker draws from the engine for the page's views: the weights, and for data
// with two numeric features the decision grid, what each unit computes over the plane and
// the data points; the confusion matrices for classification. Pure functions of an engine
// Playground and the data summary.

/**
 * @typedef {import('../../bindings/nnplay.mjs').PlaygroundApi} Playground
 * @typedef {import('../../bindings/nnplay.mjs').DataSummary} DataSummary
 * @typedef {import('../../bindings/nnplay.mjs').DecisionGrid} DecisionGrid
 * @typedef {import('../../bindings/nnplay.mjs').ConfusionMatrix} ConfusionMatrix
 * @typedef {import('../../bindings/nnplay.mjs').LayerWeights} LayerWeights
 * @typedef {import('../../bindings/nnplay.mjs').DataPoints} DataPoints
 * @typedef {DecisionGrid & {xRange: [number, number], yRange: [number, number]}} PlaneGrid the grid and the plane it covers
 * @typedef {{validation: ConfusionMatrix | null, train: ConfusionMatrix}} Confusion
 * @typedef {DataPoints & {validation: boolean}} PointSet a split's points
 * @typedef {{min: number, max: number}} Span a numeric column's range
 */
/**
 * The `visuals` event: what the views draw, each part when it applies (points: sent when
 * data loads; error: the parts that failed).
 * epoch: the epoch whose weights are shown (after early stopping, the restored one);
 * trainedEpoch: the epochs trained here (0 while an imported model predicts).
 * @typedef {{type: 'visuals', epoch?: number, trainedEpoch?: number, weights?: LayerWeights[], grid?: PlaneGrid,
 *   unitMaps?: Float32Array[][], inputMaps?: Float32Array[], unitMapResolution?: number, confusion?: Confusion, points?: PointSet[],
 *   error?: string}} Visuals
 */

const GRID_RESOLUTION = 64;
const UNIT_MAP_RESOLUTION = 24;
const MAX_UNIT_MAPS = 10;  // per layer

/**
 * Whether the data spans a plane (two numeric features, and perhaps inputs derived from
 * them), and the plane's ranges (the features' ranges with a margin).
 * @param {Pick<DataSummary, 'columns' | 'feature_count'> & {derived?: string[]}} summary
 * @returns {{twoD: boolean, ranges: [number, number][] | null}}
 */
export function dataInfo(summary) {
  const features = summary.columns.filter((c) => c.role === 'feature');
  const inputs = 2 + (summary.derived?.length ?? 0);
  const twoD = features.length === 2 && summary.feature_count === inputs && features.every((c) => c.type === 'numeric');
  /** @param {{min: number, max: number}} c @returns {[number, number]} */
  const pad = (c) => { const d = (c.max - c.min) * 0.08 || 1; return [c.min - d, c.max + d]; };
  return { twoD, ranges: twoD ? [pad(/** @type {Span} */ (features[0])), pad(/** @type {Span} */ (features[1]))] : null };
}

/**
 * The `visuals` event for the current network. A view that fails says so in `error`
 * instead of failing the others.
 * @param {Playground} pg
 * @param {DataSummary | null} summary the loaded data's
 * @param {{full: boolean, withConfusion: boolean, imported?: boolean}} what full: confusion matrices also for
 *   large data (sent when training stops, not while it runs); imported: an imported model predicts
 * @returns {Visuals}
 */
export function collectVisuals(pg, summary, { full, withConfusion, imported = false }) {
  /** @type {Visuals} */
  const out = { type: 'visuals', epoch: pg.modelEpoch, trainedEpoch: imported ? 0 : pg.epoch };
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
      const maps = pg.decisionGrid(xRange, yRange, UNIT_MAP_RESOLUTION, MAX_UNIT_MAPS);
      out.unitMaps = maps.units;
      out.inputMaps = maps.inputs;
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
 * @param {Visuals} visuals
 * @returns {ArrayBuffer[]}
 */
export function transferables(visuals) {
  /** @type {ArrayBuffer[]} */
  const out = [];
  if (visuals.grid) out.push(/** @type {ArrayBuffer} */ (visuals.grid.values.buffer));
  for (const layer of visuals.unitMaps ?? []) for (const m of layer) out.push(/** @type {ArrayBuffer} */ (m.buffer));
  for (const m of visuals.inputMaps ?? []) out.push(/** @type {ArrayBuffer} */ (m.buffer));
  return out;
}

/**
 * The points of the 2-D view (training, then validation), or null for data that is not 2-D.
 * @param {Playground} pg
 * @param {DataSummary} summary
 * @returns {PointSet[] | null}
 */
export function dataPoints(pg, summary) {
  if (!dataInfo(summary).twoD) return null;
  const points = [{ ...pg.dataPoints('train'), validation: false }];
  if (summary.validation_rows > 0) points.push({ ...pg.dataPoints('validation'), validation: true });
  return points;
}
