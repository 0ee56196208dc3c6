// Image data sets: data whose inputs are the pixels of a square picture, row by row
// (MNIST's 784 columns are 28 × 28), as the drawing pad needs to know them; and the IDX
// files such pictures come in, told apart by their names.

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

// An IDX file's name as MNIST's are given: …-idx3-ubyte (pictures), …-idx1-ubyte (labels), maybe .gz.
const IDX_FILE = /idx([13])-ubyte(\.gz)?$/i;

/**
 * The IDX pictures and labels among files chosen together: null when none is an IDX file
 * (a CSV), {missing: name} when one comes without the other.
 * @template {{name: string}} F
 * @param {F[]} files
 * @returns {{images: F, labels: F} | {missing: string} | null}
 */
export function idxPair(files) {
  const idx = files.filter((f) => IDX_FILE.test(f.name));
  if (!idx.length) return null;
  const images = idx.find((f) => IDX_FILE.exec(f.name)?.[1] === '3');
  const labels = idx.find((f) => IDX_FILE.exec(f.name)?.[1] === '1');
  return images && labels ? { images, labels } : { missing: idx[0].name };
}
