// What each view of the page shows: its colours and axes, and how to read it; and how any
// help entry reads as paragraphs. Plain text only; help-texts.js has the controls' help.
// The help in another language is a table with the same entries and fields
// (help-views.zh-CN.js), loaded with the language and read as a catalog part keyed by the
// English texts, like every text of the page.
import { addCatalogs, msg, t } from '../i18n/text.js';

/**
 * A help entry: what the control or view does, then a sensible range, what goes wrong
 * when it is too small or too large, what its colours and axes mean (views), and the
 * names other libraries give it.
 * @typedef {{title: string, what: string, range?: string, low?: string, high?: string, colors?: string,
 *   axes?: string, names?: string[]}} HelpEntry
 */

/** @type {Record<string, HelpEntry>} */
export const VIEW_HELP = {
  accuracyChart: { title: msg('Accuracy (or R²) per epoch'),
    what: 'The share of rows classified right after each epoch (for regression, R²: 1 is a perfect fit, 0 is no better than predicting the mean). A gap between the lines is the generalization gap.',
    colors: 'Solid blue: training rows. Dashed orange: validation rows.',
    axes: 'Across: epochs. Up: accuracy from 0 to 100% (R² up to 1).',
    names: ['metrics=["accuracy"] (Keras)', 'learning curve'] },
  lossChart: { title: msg('Loss (cost) per epoch'),
    what: 'The cost the network minimizes, after each epoch, with the L2 term when λ > 0. Training loss falling while validation loss rises is overfitting; both high is underfitting; a loss shooting up means the learning rate is too large. The log scale shows slow late progress.',
    colors: 'Solid blue: training rows. Dashed orange: validation rows.',
    axes: 'Across: epochs. Up: the loss (cross-entropy or mean squared error), linear or log scale.',
    names: ['history.history["loss"] / ["val_loss"] (Keras)', 'training and validation curves'] },
  latestMetrics: { title: msg('Latest figures'),
    what: 'The last epoch’s losses and accuracies, the learning rate of that epoch, and the training speed (examples per second).' },
  decisionBoundary: { title: msg('Decision boundary'),
    what: 'The network’s prediction at every point of the plane of the two inputs, with the data on top. Where the shading changes colour, the predicted class changes: that line is the decision boundary. Click a point to predict there.',
    colors: 'Background: the predicted class’s colour, paler where the network is unsure (probability near 0.5 for 2 classes), stronger where it is confident; for regression, orange for low and blue for high predictions. Dots: data points in their true class’s colour; ringed dots are validation rows. Grey: the network outputs NaN (it diverged).',
    axes: 'Across: the first input column; up: the second, in the data’s own units (before scaling).',
    names: ['decision surface', 'sklearn DecisionBoundaryDisplay'] },
  networkDiagram: { title: msg('Network diagram'),
    what: 'The layers from the inputs (left) to the outputs (right): one circle per unit, one line per weight. For 2-D data each unit shows what it computes over the input plane: the first layer draws lines, later layers combine them into shapes.',
    colors: 'Lines: blue for positive weights, orange for negative ones; thicker and darker for larger |w|. Units: a bluish fill for a positive bias, orange for a negative one.',
    names: ['architecture', 'model.summary() (Keras)'] },
  confusionMatrix: { title: msg('Confusion matrix'),
    what: 'How many rows of each actual class (rows) were predicted as each class (columns), on the validation or the training rows. The diagonal holds the correct predictions; the last column is each class’s accuracy (recall).',
    colors: 'Green cells on the diagonal: right predictions; red cells off it: mistakes. Darker cells hold more rows.',
    axes: 'Rows: the actual class. Columns: the predicted class.',
    names: ['sklearn confusion_matrix', 'recall, precision', 'true/false positives'] },
  predictPanel: { title: msg('Predict'),
    what: 'Type values for each input column (as in your CSV) to see the network’s answer: every class’s probability, or the predicted value.',
    colors: 'Bars: each class’s probability, in its class colour.',
    names: ['model.predict (Keras)', 'predict_proba (sklearn)'] },
  drawPad: { title: msg('Draw and predict'),
    what: 'Draw on the pad with the mouse, a finger or a pen, or load an example of the data, and see the network’s answer as you draw. The drawing is made into the kind of picture the network was trained on, as MNIST’s digits were: cropped to the ink, scaled so its longer side fills 20 of 28 pixels, and centred by its centre of mass. The small picture is what the network receives.',
    colors: 'The pad and the small picture: light ink on dark, as in the data. Bars: each class’s probability, in its class colour.',
    names: ['model.predict on one image (Keras)', 'MNIST preprocessing'] },
  unitPictures: { title: msg('What the first layer’s units look for'),
    what: 'Each picture is one unit of the first hidden layer: its weight for every pixel, drawn where the pixel is. The unit adds up the pixels of an image, each times its weight: it answers most strongly to ink where its picture is blue and no ink where it is orange. Early in training the pictures are noise; as the network learns they become strokes and parts of shapes. Point at one to see it larger, with its output for the drawing on the pad.',
    colors: 'Blue: a positive weight (ink there raises the unit’s input); orange: a negative one; white: near 0, or a pixel that is the same in every image and so no input of the network. Each picture is scaled to its own largest weight.',
    names: ['first-layer filters', 'model.layers[0].get_weights() reshaped to 28 × 28 (Keras)'] },
  dataSummary: { title: msg('Data summary'),
    what: 'The columns found in the data, with their type (numeric or categorical), missing values and role (feature, target or ignored); the classes and their counts; the number of training and validation rows; the first rows.',
    names: ['pandas df.info() and df.describe()'] },
  unitMaps: { title: msg('Unit maps'),
    what: 'What one hidden unit outputs over the input plane: a ReLU or tanh unit of the first layer splits the plane along a line; later layers combine those into curves.',
    colors: 'Blue where the unit’s output is positive, orange where it is negative, white near 0 (scaled to the layer’s largest output); sigmoid and softmax units: blue above 0.5, orange below. Grey: NaN.',
    axes: 'The same two inputs as the decision boundary.' },
  mathPanel: { title: msg('The math'),
    what: 'The formulas the network computes right now, in the notation Z[l] = W[l]·A[l−1] + b[l], A[l] = g(Z[l]): forward propagation, the cost, backpropagation (dZ, dW, db, dA) and the update rule of the chosen optimizer, with the shape of every matrix for the current sizes (m: rows in a batch, one example per column).',
    names: ['backpropagation', 'the chain rule', 'Andrew Ng’s deep learning notation'] },
  runComparison: { title: msg('Compare runs'),
    what: 'Runs of this session side by side: each named by what changed from the others (“Adam lr 0.01” vs “SGD lr 0.1”), with their curves on the same axes. Download them all as one CSV.',
    names: ['experiment tracking (TensorBoard, MLflow, Weights & Biases)'] },
  stepDetail: { title: msg('One mini-batch, step by step'),
    what: 'The numbers of a single update on a small network: the batch’s inputs, each layer’s Z and A going forward, then dZ, dW and db coming back, and the weights before and after the step.',
    names: ['a training step', 'forward and backward pass'] },
  experiments: { title: msg('Guided experiments'),
    what: 'One-click setups that each show one idea (overfitting and dropout, L2, a learning rate that is too large, batch size, activations in deep networks, Adam vs plain gradient descent), with what to watch for.' },
};

// Each view's help line shows with the page: its translation loads with the language.
addCatalogs({ 'zh-CN': async () => helpCatalog(VIEW_HELP, (await import('./help-views.zh-CN.js')).VIEW_HELP) });

/**
 * A catalog part translating help: each English text of `english` (a help table) → the
 * text in the same field of the same entry of `translated` (that table in a language; the
 * titles are in the page's catalog).
 * @param {Record<string, Omit<HelpEntry, 'title'>>} english
 * @param {Record<string, Omit<HelpEntry, 'title'>>} translated
 * @returns {Record<string, string>}
 */
export function helpCatalog(english, translated) {
  /** @type {Record<string, string>} */
  const catalog = {};
  for (const [key, entry] of Object.entries(english)) {
    const other = /** @type {Record<string, string | string[] | undefined>} */ (translated[key] ?? {});
    for (const [field, text] of Object.entries(entry)) {
      const translations = [other[field] ?? []].flat();
      [text].flat().forEach((id, i) => { if (translations[i]) catalog[id] = translations[i]; });
    }
  }
  return catalog;
}

/**
 * A help entry as paragraphs of plain text in the page's language, for a tooltip or a
 * popover: what it does, then each other part after its lead-in ("Too small: …").
 * @param {Omit<HelpEntry, 'title'> | null | undefined} entry
 * @returns {string[]}
 */
export function helpParagraphs(entry) {
  if (!entry) return [];
  const out = [t(entry.what)];
  if (entry.range) out.push(t('Try: {text}', { text: t(entry.range) }));
  if (entry.low) out.push(t('Too small: {text}', { text: t(entry.low) }));
  if (entry.high) out.push(t('Too large: {text}', { text: t(entry.high) }));
  if (entry.colors) out.push(t('Colours: {text}', { text: t(entry.colors) }));
  if (entry.axes) out.push(t('Axes: {text}', { text: t(entry.axes) }));
  if (entry.names?.length) out.push(t('Also called: {names}', { names: entry.names.map((name) => t(name)).join(t('; ')) }));
  return out;
}

/**
 * The help line shown under views, in the page's language: the first sentence on the
 * colours and the axes (the info button has the rest), or what it shows; for several views
 * (the two charts), their colours and the first sentence on each axis, each said once.
 * @param {Omit<HelpEntry, 'title'>[]} entries
 * @returns {string}
 */
export function helpLine(entries) {
  /** @param {string | undefined} text */
  const first = (text) => text && t(text).split(/(?<=\.) (?=[A-Z])|(?<=。)/)[0];
  /** @param {(string | undefined)[]} list */
  const unique = (list) => [...new Set(list.filter(Boolean))];
  const sentences = entries.length === 1 ? [first(entries[0].colors), entries[0].axes && t(entries[0].axes)].filter(Boolean)
    : [...unique(entries.map((e) => e.colors && t(e.colors))), ...unique(entries.map((e) => first(e.axes)))];
  const line = sentences.length ? sentences.join(' ').replaceAll('。 ', '。') : t(entries[0].what);
  return /[.。]$/.test(line) ? line : `${line}.`;
}
