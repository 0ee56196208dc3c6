// The built-in data sets as the page offers them, and the settings each starts with:
// chosen so that pressing Train on any of them learns something within seconds.
// A preset sets the model and data settings; a URL's values are applied on top of it.
import { byName } from './state.js';
import { t, msg, live } from '../i18n/text.js';

/**
 * @typedef {import('./state.js').State} State
 * @typedef {import('../i18n/text.js').Live} Live
 * @typedef {{name: string, label: string, group: string, generated: boolean, about: string,
 *   preset: Partial<State>, file?: string, idx?: IdxUrls, target?: string, task?: string, columns?: Record<string, string>,
 *   classes?: Record<string, string>}} Dataset
 *   label, group, about: English texts (msg), shown with live(d.label); file: a file-backed
 *   set's path (relative to the site); idx: an image set's gzip-compressed IDX files (the
 *   same); target: its target column; task: 'regression' for a set whose target is a number
 *   (classification otherwise); columns: a teaching table's column names as words to show
 *   in the page's language (see columnLabel); classes: the same for its classes (classLabel)
 * @typedef {{images: string, labels: string, testImages?: string, testLabels?: string}} IdxUrls
 */

// Fashion-MNIST's classes, by label 0 … 9 (Xiao, Rasul and Vollgraf, 2017).
const FASHION_CLASSES = [msg('T-shirt/top'), msg('Trouser'), msg('Pullover'), msg('Dress'), msg('Coat'), msg('Sandal'),
  msg('Shirt'), msg('Sneaker'), msg('Bag'), msg('Ankle boot')];
const FASHION = 'data/fashion-mnist/';

/** @param {number} units @param {string} [activation] @param {number} [keep_prob] */
const L = (units, activation = 'relu', keep_prob = 1) => ({ units, activation, keep_prob });

/** @type {Dataset[]} */
export const DATASETS = [
  { name: 'circles', label: msg('Circles'), group: msg('2-D generated'), generated: true,
    about: msg('A disc inside a ring: no straight line separates them, one hidden layer can.'),
    preset: { layers: [L(8, 'tanh')], optimizer: 'adam', learning_rate: 0.03, batch: 'mini', batch_size: 16,
      epochs: 100, init: 'xavier' } },
  { name: 'moons', label: msg('Moons'), group: msg('2-D generated'), generated: true,
    about: msg('Two interleaving half circles.'),
    preset: { layers: [L(8, 'tanh'), L(8, 'tanh')], optimizer: 'adam', learning_rate: 0.03, batch: 'mini',
      batch_size: 16, epochs: 100, init: 'xavier' } },
  { name: 'spirals', label: msg('Spirals'), group: msg('2-D generated'), generated: true,
    about: msg('Two interleaved spirals: hard; needs depth and patience.'),
    preset: { layers: [L(16, 'tanh'), L(16, 'tanh'), L(16, 'tanh')], optimizer: 'adam', learning_rate: 0.01,
      batch: 'mini', batch_size: 16, epochs: 300, init: 'xavier', rows: 500, noise: 0.05 } },
  { name: 'blobs', label: msg('Blobs'), group: msg('2-D generated'), generated: true,
    about: msg('Gaussian clusters, one per class (softmax output).'),
    preset: { layers: [L(8, 'relu')], optimizer: 'adam', learning_rate: 0.02, batch: 'mini', batch_size: 16,
      epochs: 50, init: 'he', classes: 3 } },
  { name: 'linear', label: msg('Linear split'), group: msg('2-D generated'), generated: true,
    about: msg('Two classes split by a line: logistic regression (no hidden layer) with full-batch gradient descent.'),
    preset: { layers: [], optimizer: 'sgd', learning_rate: 0.5, batch: 'full', epochs: 100, init: 'xavier' } },
  // Both regression presets reach a validation R² of 0.9 (tests/engine/train/regression_surfaces_test.cpp).
  { name: 'quadrants', label: msg('Exclusive or (quadrants)'), group: msg('2-D generated'), generated: true,
    about: msg('Class by whether x and y have the same sign: two lines are needed, so one hidden layer of a few units, or the derived input X₁X₂ alone.'),
    preset: { layers: [L(4, 'tanh')], optimizer: 'adam', learning_rate: 0.03, batch: 'mini', batch_size: 16,
      epochs: 100, init: 'xavier' } },
  { name: 'plane', label: msg('Plane (regression)'), group: msg('2-D generated'), generated: true, task: 'regression',
    about: msg('A number to predict, not a class: the target is a tilted plane over x and y, plus noise. The colours show the predicted value.'),
    preset: { layers: [L(4, 'tanh')], optimizer: 'adam', learning_rate: 0.01, batch: 'mini', batch_size: 16,
      epochs: 50, init: 'xavier' } },
  { name: 'gauss', label: msg('Gaussian bumps (regression)'), group: msg('2-D generated'), generated: true, task: 'regression',
    about: msg('A number to predict: six Gaussian bumps, up and down like a checkerboard, plus noise. Needs two hidden layers.'),
    preset: { layers: [L(12, 'tanh'), L(12, 'tanh')], optimizer: 'adam', learning_rate: 0.01, batch: 'mini',
      batch_size: 16, epochs: 200, init: 'xavier' } },
  { name: 'xor', label: msg('XOR (4 rows)'), group: msg('Teaching examples'), generated: false,
    about: msg('The 4 rows of the XOR truth table: not linearly separable; every row is for training (no validation split). Its rows follow y = x1 xor x2.'),
    preset: { layers: [L(4, 'tanh')], optimizer: 'adam', learning_rate: 0.05, batch: 'full', epochs: 300,
      init: 'xavier', validation: 0 } },
  { name: 'perceptron', label: msg('Perceptron (7 rows)'), group: msg('Teaching examples'), generated: false,
    about: msg('The single-layer perceptron table of “Neural network from scratch” (Pratik Shukla): 7 rows, 3 binary inputs; one neuron is enough. Its rows follow y = x2 and (x1 or not x3).'),
    preset: { layers: [], optimizer: 'sgd', learning_rate: 0.5, batch: 'full', epochs: 200, init: 'xavier',
      validation: 0, scaling: 'none' } },
  { name: 'three-rows', label: msg('Three rows'), group: msg('Teaching examples'), generated: false,
    about: msg('The worked example of “Understanding and coding neural networks from scratch” (Analytics Vidhya): 3 rows of 4 binary inputs, labels 1, 1, 0. Its rows follow y = x1.'),
    preset: { layers: [L(4, 'sigmoid')], optimizer: 'sgd', learning_rate: 0.5, batch: 'full', epochs: 200,
      init: 'xavier', validation: 0, scaling: 'none' } },
  { name: 'happy', label: msg('Am I happy? (5 rows)'), group: msg('Teaching examples'), generated: false,
    about: msg('Coffee, pizza, chili (1: had it) → happy: the one-neuron lesson of the from-scratch tutorials, trained as they do, one sigmoid unit with a bias on mean squared error. Its rows follow happy = coffee and (pizza or chili).'),
    columns: { coffee: msg('coffee'), pizza: msg('pizza'), chili: msg('chili'), happy: msg('happy') },
    preset: { layers: [], loss: 'mse', optimizer: 'sgd', learning_rate: 2, batch: 'full', epochs: 300, init: 'xavier',
      validation: 0, scaling: 'none' } },
  { name: 'iris', label: msg('Iris (150 flowers)'), group: msg('Real data'), generated: false, file: 'data/iris.csv',
    about: msg("Fisher's Iris: 4 measurements, 3 species."),
    preset: { layers: [L(8, 'relu')], optimizer: 'adam', learning_rate: 0.02, batch: 'mini', batch_size: 16,
      epochs: 100, init: 'he', validation: 0.3 } },
  { name: 'mnist', label: msg('MNIST digits (subset)'), group: msg('Real data'), generated: false, file: 'data/mnist.csv',
    target: 'label',
    about: msg('Handwritten digits, 28×28 pixels (784 columns). The first rows only by default: the file is 18 MB.'),
    preset: { layers: [L(64, 'relu')], optimizer: 'adam', learning_rate: 0.002, batch: 'mini', batch_size: 64,
      epochs: 15, init: 'he', validation: 0.2, scaling: 'minmax', subset: 2000 } },
  // 88.0% test accuracy after its 10 epochs (tests/cli/fashion-mnist.test.mjs trains it natively).
  { name: 'fashion-mnist', label: msg('Fashion-MNIST (70,000 clothes)'), group: msg('Real data'), generated: false,
    idx: { images: `${FASHION}train-images-idx3-ubyte.gz`, labels: `${FASHION}train-labels-idx1-ubyte.gz`,
      testImages: `${FASHION}t10k-images-idx3-ubyte.gz`, testLabels: `${FASHION}t10k-labels-idx1-ubyte.gz` },
    target: 'label', classes: Object.fromEntries(FASHION_CLASSES.map((name, k) => [String(k), name])),
    about: msg('Zalando’s pictures of clothes, 28×28 grey pixels, 10 classes: 60,000 to train and validate on, and its own 10,000 test pictures, scored when a run ends. 30 MB, downloaded when chosen.'),
    preset: { layers: [L(256, 'relu'), L(128, 'relu')], optimizer: 'adam', learning_rate: 0.001, batch: 'mini',
      batch_size: 64, epochs: 10, init: 'he', validation: 0.1, scaling: 'minmax', train_metrics: 'batches' } },
];

/** Data sets by name, without a prototype (see byName). @type {Record<string, Dataset>} */
export const DATASET = byName(DATASETS.map((d) => [d.name, d]));

/**
 * A column's name as the page shows it: a teaching table's words in the page's language
 * (coffee → 咖啡); any other column (a user's CSV, Iris, MNIST) exactly as its file has it.
 * Only what is shown is translated: the engine reads the columns by their own names.
 * @param {string} dataset the state's data set @param {string} column
 * @returns {string}
 */
export function columnLabel(dataset, column) {
  const names = DATASET[dataset]?.columns;
  return names && Object.hasOwn(names, column) ? t(names[column]) : column;
}

/**
 * A class as the page shows it: Fashion-MNIST's label 0 as “T-shirt/top” (T恤/上衣), in the
 * page's language; any other class exactly as the data has it.
 * @param {string} dataset the state's data set @param {string} name
 * @returns {string | Live}
 */
export function classLabel(dataset, name) {
  const names = DATASET[dataset]?.classes;
  return names && Object.hasOwn(names, name) ? live(names[name]) : name;
}

// Data settings a preset may omit: they return to these defaults when the data set changes
// (derived inputs and points added by hand too: another data set has other inputs and classes).
const DATA_DEFAULTS = { validation: 0.2, scaling: 'standardize', rows: 400, noise: 0.1, subset: 2000, classes: 3,
  derived: [], points: [] };

/** The settings to apply when the user picks data set `name`. @param {string} name @returns {Partial<State>} */
export function presetFor(name) {
  const d = DATASET[name];
  if (!d) return {};
  return { ...DATA_DEFAULTS, ...d.preset, dataset: name, generated: d.generated };
}

/** Settings for an uploaded CSV: a small network that suits most tables. @returns {Partial<State>} */
export function presetForUpload() {
  return { layers: [L(16, 'relu')], optimizer: 'adam', learning_rate: 0.01, batch: 'mini', batch_size: 32,
    epochs: 100, init: 'he', generated: false, derived: [], points: [] };
}
