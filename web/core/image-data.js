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

// A test set's file: Fashion-MNIST's and MNIST's t10k-…, or a name with "test".
const TEST_FILE = /(^|[-_.])(t10k|test)/i;

/**
 * The IDX pictures and labels among files chosen together, and the test set's when the
 * four files come together (train-… and t10k-…): null when none is an IDX file (a CSV),
 * {missing: name} when a file comes without its partner.
 * @template {{name: string}} F
 * @param {F[]} files
 * @returns {{images: F, labels: F, test: {images: F, labels: F} | null} | {missing: string} | null}
 */
export function idxPair(files) {
  const idx = files.filter((f) => IDX_FILE.test(f.name));
  if (!idx.length) return null;
  const kind = (/** @type {F} */ f) => IDX_FILE.exec(f.name)?.[1];
  const test = idx.filter((f) => TEST_FILE.test(f.name));
  const train = idx.filter((f) => !TEST_FILE.test(f.name));
  /** @param {F[]} group */
  const pair = (group) => ({ images: group.find((f) => kind(f) === '3'), labels: group.find((f) => kind(f) === '1') });
  // Only test files (t10k-… alone): they are the data.
  const main = pair(train.length ? train : test);
  if (!main.images || !main.labels) return { missing: (train.length ? train : test)[0].name };
  if (!train.length || !test.length) return { images: main.images, labels: main.labels, test: null };
  const own = pair(test);
  if (!own.images || !own.labels) return { missing: test[0].name };
  return { images: main.images, labels: main.labels, test: { images: own.images, labels: own.labels } };
}
