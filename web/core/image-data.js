// Image data sets: data whose inputs are the pixels of a square picture, row by row
// (MNIST's 784 columns are 28 × 28), as the drawing pad needs to know them.

/**
 * @typedef {import('./engine-types.js').DataSummary} DataSummary
 * @typedef {{side: number, low: number, high: number}} ImageShape side: pixels per row;
 *   low, high: the pixel values' range in the data (background and full ink)
 */

// The smallest picture taken for one: 8 × 8, the size of scikit-learn's digits.
const MIN_SIDE = 8;

/**
 * The picture a classification data set's inputs form, or null: every column but the
 * target a number (or dropped as constant), side × side of them.
 * @param {DataSummary} summary
 * @returns {ImageShape | null}
 */
export function imageShape(summary) {
  if (summary.task !== 'classification') return null;
  const inputs = summary.columns.filter((c) => c.role !== 'target');
  const side = Math.round(Math.sqrt(inputs.length));
  if (side < MIN_SIDE || side * side !== inputs.length) return null;
  if (inputs.some((c) => c.type !== 'numeric' && c.type !== 'constant')) return null;
  let low = Infinity;
  let high = -Infinity;
  for (const c of inputs) {
    if (typeof c.min === 'number' && Number.isFinite(c.min)) low = Math.min(low, c.min);
    if (typeof c.max === 'number' && Number.isFinite(c.max)) high = Math.max(high, c.max);
  }
  return high > low ? { side, low, high } : null;
}
