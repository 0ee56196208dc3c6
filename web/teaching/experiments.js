// Guided experiments: one-click setups that each show one idea. An experiment is one or
// more runs, each a URL state (state-link.js's hash format), with an explanation, the outcome
// to expect in words, and check(results), which says whether the runs showed it:
//   results[run.key] = {history: [{epoch, train_loss, validation_loss, ...}], reason: the worker's
//   done reason ('finished' | 'diverged' | ...), weightSquareSum: Σ W² over all layers}.
// Every setting is pinned (data seed, seed), so a run gives the same numbers every time.
// The texts are English, marked with msg() and shown translated (experiments-card.js);
// check() writes its detail in the current language.
import { defaultState } from '../core/state.js';
import { toHash, fromHash } from '../core/state-link.js';
import { DATASET } from '../core/presets.js';
import { msg, t, tp } from '../i18n/text.js';

/**
 * @typedef {import('../core/state.js').State} State
 * @typedef {import('../core/engine-types.js').EpochMetrics} EpochMetrics
 * @typedef {{key: string, label: string, settings: Partial<State>, hash?: string}} ExperimentRun hash: set below
 * @typedef {{history: EpochMetrics[], reason: string, weightSquareSum: number}} RunResult
 * @typedef {{run: string, text: string, label: string}} ExperimentChallenge the experiment as a challenge
 *   (core/challenge.js): from one of its runs' setup (run: its key), a goal to reach (text), said in words (label)
 * @typedef {{id: string, title: string, explanation: string, runs: ExperimentRun[], outcome: string,
 *   check: (results: Record<string, RunResult>) => {ok: boolean, detail: string}, challenge?: ExperimentChallenge}} Experiment
 */

const L = (units, activation = 'relu', keep_prob = 1) => ({ units, activation, keep_prob });
const last = (r) => r.history.at(-1);
const minOf = (history, field) => Math.min(...history.map((m) => m[field]));
const f3 = (v) => String(Number.isFinite(v) ? Number(v.toPrecision(3)) : v);
const risesOf = (history) => history.slice(1).filter((m, i) => m.train_loss > history[i].train_loss).length;
/** Why a run ended (the worker's done reason), in words. @type {Record<string, string>} */
const REASONS = { finished: msg('finished'), diverged: msg('diverged'), stopped: msg('stopped') };
const reasonText = (reason) => t(REASONS[reason] ?? reason);

// Small noisy moons, half held out, a wide network and many epochs: it memorizes.
const OVERFIT = {
  dataset: 'moons', rows: 80, noise: 0.35, validation: 0.5, dataSeed: 1, seed: 1,
  layers: [L(64), L(64)], init: 'he', optimizer: 'adam', learning_rate: 0.01, batch: 'full', epochs: 300,
};

// The from-scratch tutorials' two MNIST recipes, on the page's 10,000 digits: 8,000 to train
// on, 2,000 to validate on (the tutorials' "test" images).
const MNIST = { dataset: 'mnist', subset: 10000, validation: 0.2, dataSeed: 1, seed: 1 };
// (a) 784-128-64-10, sigmoid hidden layers, softmax output, SGD one image at a time.
const RECIPE_A = { ...MNIST, scaling: 'none', layers: [L(128, 'sigmoid'), L(64, 'sigmoid')], init: 'lecun',
  optimizer: 'sgd', learning_rate: 0.001, batch: 'sgd', epochs: 10 };
// (b) 784-32-16-10 ReLU, L2 λ = 1, 2,500 epochs of full-batch gradient descent.
const RECIPE_B = { ...MNIST, scaling: 'minmax', layers: [L(32), L(16)], init: 'he', optimizer: 'sgd',
  learning_rate: 0.1, batch: 'full', epochs: 2500, l2: 1 };
const accuracy = (r) => last(r).validation_accuracy;

/** @type {Experiment[]} */
export const EXPERIMENTS = [
  {
    id: 'overfitting-dropout',
    title: msg('Overfitting, then dropout'),
    explanation: msg('A network with 2 × 64 units trains on only 40 noisy points. It can memorize them: the training loss falls towards 0 while the validation loss, on points it never sees, turns up after a few dozen epochs and keeps rising. That gap is overfitting. Dropout switches off a random half of the hidden units in every step, so no unit can rely on a few others to memorize a point; the network learns smoother rules.'),
    runs: [
      { key: 'plain', label: msg('No dropout'), settings: OVERFIT },
      { key: 'dropout', label: msg('Dropout, keep 0.5'), settings: { ...OVERFIT, layers: [L(64, 'relu', 0.5), L(64, 'relu', 0.5)] } },
    ],
    outcome: msg('Without dropout the validation loss ends at more than twice its lowest value; with dropout it ends lower than without, after the same 300 epochs.'),
    check: ({ plain, dropout }) => {
      const end = last(plain).validation_loss; const best = minOf(plain.history, 'validation_loss'); const withDropout = last(dropout).validation_loss;
      return { ok: end > 2 * best && withDropout < end,
        detail: t('validation loss without dropout: lowest {best}, final {end}; with dropout: final {dropout}', { best: f3(best), end: f3(end), dropout: f3(withDropout) }) };
    },
  },
  {
    id: 'l2-shrinks-weights',
    title: msg('L2 regularization shrinks the weights'),
    explanation: msg('The same over-sized network on the same 40 points, once with an L2 penalty λ = 1. The penalty adds λ/(2m)·ΣW² to the cost, so every step also pulls each weight towards 0 (weight decay). Large weights are what let the network draw sharp, contorted boundaries around single points; with small weights the boundary stays smooth.'),
    runs: [
      { key: 'plain', label: msg('No L2'), settings: OVERFIT },
      { key: 'l2', label: 'L2 λ = 1', settings: { ...OVERFIT, l2: 1 } },
    ],
    outcome: msg('With L2 the sum of squared weights ends less than a quarter of the one without, and the validation loss ends lower.'),
    check: ({ plain, l2 }) => ({
      ok: l2.weightSquareSum < 0.25 * plain.weightSquareSum && last(l2).validation_loss < last(plain).validation_loss,
      detail: t('ΣW² {without} without L2, {with} with; validation loss {lossWithout} vs {lossWith}', { without: f3(plain.weightSquareSum),
        with: f3(l2.weightSquareSum), lossWithout: f3(last(plain).validation_loss), lossWith: f3(last(l2).validation_loss) }),
    }),
  },
  {
    id: 'diverging-learning-rate',
    title: msg('A learning rate that is too large'),
    explanation: msg('Plain gradient descent on the circles, twice: with α = 0.3 each step goes a little downhill and the loss falls. With α = 10 each step jumps past the valley to a point higher up the other side, the next jump is larger still, and within a few epochs the numbers overflow: the loss becomes NaN and training stops.'),
    runs: [
      { key: 'good', label: 'α = 0.3', settings: { dataset: 'circles', dataSeed: 1, seed: 1, layers: [L(8, 'leaky_relu'), L(8, 'leaky_relu')],
        leaky_slope: 0.1, init: 'he', optimizer: 'sgd', learning_rate: 0.3, batch: 'full', epochs: 100 } },
      { key: 'large', label: 'α = 10', settings: { dataset: 'circles', dataSeed: 1, seed: 1, layers: [L(8, 'leaky_relu'), L(8, 'leaky_relu')],
        leaky_slope: 0.1, init: 'he', optimizer: 'sgd', learning_rate: 10, batch: 'full', epochs: 100 } },
    ],
    outcome: msg('α = 10 stops early because training diverged; α = 0.3 trains all 100 epochs to over 90% training accuracy.'),
    challenge: { run: 'large', text: 'only=lr;train_acc>=0.9',
      label: msg('Fix the learning rate: from α = 10, change only α and reach 90% training accuracy.') },
    check: ({ good, large }) => ({
      ok: large.reason === 'diverged' && large.history.length < 100 && good.reason === 'finished' && last(good).train_accuracy > 0.9,
      detail: tp('α = 10: {reason} after {count} epoch; α = 0.3: {goodReason}, training accuracy {accuracy}',
        'α = 10: {reason} after {count} epochs; α = 0.3: {goodReason}, training accuracy {accuracy}',
        { reason: reasonText(large.reason), count: large.history.length, goodReason: reasonText(good.reason), accuracy: f3(last(good).train_accuracy) }),
    }),
  },
  {
    id: 'batch-noise',
    title: msg('Full batch vs stochastic gradient descent'),
    explanation: msg('The same network and learning rate, once with the full batch (one step per epoch, along the exact gradient of the whole training set) and once with SGD (one step per example, along a noisy estimate). The full-batch loss falls smoothly; SGD takes 160 steps per epoch, so it gets further, but each step follows one example and the loss jitters up and down.'),
    runs: [
      { key: 'full', label: msg('Full batch'), settings: { dataset: 'moons', rows: 200, noise: 0.2, dataSeed: 1, seed: 1, layers: [L(8, 'tanh')],
        init: 'xavier', optimizer: 'sgd', learning_rate: 0.05, batch: 'full', epochs: 40 } },
      { key: 'sgd', label: msg('SGD (batch 1)'), settings: { dataset: 'moons', rows: 200, noise: 0.2, dataSeed: 1, seed: 1, layers: [L(8, 'tanh')],
        init: 'xavier', optimizer: 'sgd', learning_rate: 0.05, batch: 'sgd', epochs: 40 } },
    ],
    outcome: msg('The full-batch training loss never rises from one epoch to the next; the SGD loss rises in at least 3 epochs, yet ends lower.'),
    check: ({ full, sgd }) => ({
      ok: risesOf(full.history) === 0 && risesOf(sgd.history) >= 3 && last(sgd).train_loss < last(full).train_loss,
      detail: t('epochs where the loss rose: {full} (full batch), {sgd} (SGD); final training loss {fullLoss} vs {sgdLoss}', { full: risesOf(full.history),
        sgd: risesOf(sgd.history), fullLoss: f3(last(full).train_loss), sgdLoss: f3(last(sgd).train_loss) }),
    }),
  },
  {
    id: 'sigmoid-vs-relu-deep',
    title: msg('Sigmoid vs ReLU in a deep network'),
    explanation: msg('Six hidden layers of 16 units, trained with plain gradient descent. The sigmoid’s slope is at most 0.25, and backpropagation multiplies one such factor per layer: the gradient reaching the first layers is thousands of times smaller than at the output (vanishing gradients), so they barely move. ReLU’s slope is 1 wherever a unit is active, so the gradient arrives intact and the deep network learns.'),
    runs: [
      { key: 'sigmoid', label: '6 × 16 sigmoid', settings: { dataset: 'circles', dataSeed: 1, seed: 1,
        layers: Array.from({ length: 6 }, () => L(16, 'sigmoid')), init: 'xavier', optimizer: 'sgd', learning_rate: 0.1,
        batch: 'mini', batch_size: 16, epochs: 60 } },
      { key: 'relu', label: '6 × 16 ReLU', settings: { dataset: 'circles', dataSeed: 1, seed: 1,
        layers: Array.from({ length: 6 }, () => L(16, 'relu')), init: 'he', optimizer: 'sgd', learning_rate: 0.1,
        batch: 'mini', batch_size: 16, epochs: 60 } },
    ],
    outcome: msg('After 60 epochs the ReLU network classifies over 90% of the training points right; the sigmoid network is still at chance (below 60%, loss near ln 2 ≈ 0.69).'),
    challenge: { run: 'sigmoid', text: 'only=layers,init;train_acc>=0.9',
      label: msg('Make the deep sigmoid network learn: change only the layers and the initialization, and reach 90% training accuracy in the 60 epochs.') },
    check: ({ sigmoid, relu }) => ({
      ok: last(relu).train_accuracy > 0.9 && last(sigmoid).train_accuracy < 0.6,
      detail: t('training accuracy: ReLU {relu}, sigmoid {sigmoid} (loss {sigmoidLoss})', { relu: f3(last(relu).train_accuracy),
        sigmoid: f3(last(sigmoid).train_accuracy), sigmoidLoss: f3(last(sigmoid).train_loss) }),
    }),
  },
  {
    id: 'adam-vs-sgd',
    title: msg('Adam vs plain gradient descent'),
    explanation: msg('The same network, data and learning rate α = 0.01, with two update rules. Plain gradient descent takes steps of α·dW: where the gradient is small, the steps are tiny. Adam divides each weight’s step by the typical size of its recent gradients and adds momentum, so every weight moves at a useful pace.'),
    runs: [
      { key: 'sgd', label: msg('Plain gradient step'), settings: { dataset: 'moons', dataSeed: 1, seed: 1, layers: [L(16), L(16)],
        init: 'he', optimizer: 'sgd', learning_rate: 0.01, batch: 'mini', batch_size: 32, epochs: 40 } },
      { key: 'adam', label: 'Adam', settings: { dataset: 'moons', dataSeed: 1, seed: 1, layers: [L(16), L(16)],
        init: 'he', optimizer: 'adam', learning_rate: 0.01, batch: 'mini', batch_size: 32, epochs: 40 } },
    ],
    outcome: msg('After 40 epochs Adam’s training loss is less than a tenth of plain gradient descent’s.'),
    check: ({ sgd, adam }) => ({
      ok: last(adam).train_loss < 0.1 * last(sgd).train_loss,
      detail: t('final training loss: Adam {adam}, plain {plain}', { adam: f3(last(adam).train_loss), plain: f3(last(sgd).train_loss) }),
    }),
  },
  {
    id: 'mnist-recipe-a',
    title: msg('MNIST recipe (a): sigmoid units, one image at a time'),
    explanation: msg('The from-scratch tutorials’ first MNIST network: 784 pixels → 128 → 64 sigmoid units → 10 softmax outputs, trained with SGD one image at a time, α = 0.001, 10 epochs, on the raw pixels (0 to 255), its weights drawn as randn·√(1/n) (n: the inputs of the layer). The tutorials report accuracies from 0% to 95% for it, depending on the initial weights. Here is why: with 784 inputs of up to 255, a unit’s weighted sum is large unless its weights are small. Drawn as written, the sums stay where the sigmoid still has a slope and the network learns. Drawn as randn × 1, the first layer’s weights are 28 times larger (√784 = 28) and many sigmoids start at 0 or 1, where the slope σ(1 − σ) is nearly 0: backpropagation multiplies by that slope, so those weights hardly move. With randn × 10, 280 times larger, almost every sigmoid is stuck so. Nearly zero, every unit of a layer starts out the same and passes on almost nothing, so learning crawls. Each run takes about half a minute.'),
    runs: [
      { key: 'written', label: msg('randn·√(1/n), as written'), settings: RECIPE_A },
      { key: 'large', label: 'randn × 1', settings: { ...RECIPE_A, init: 'normal', init_scale: 1 } },
      { key: 'huge', label: 'randn × 10', settings: { ...RECIPE_A, init: 'normal', init_scale: 10 } },
      { key: 'tiny', label: 'randn × 0.001', settings: { ...RECIPE_A, init: 'normal', init_scale: 0.001 } },
    ],
    outcome: msg('As written, the validation accuracy ends near 90% (above 85%); randn × 1 ends at least 10 points lower, randn × 0.001 at least 20 points lower, and randn × 10 below 30%.'),
    check: ({ written, large, huge, tiny }) => ({
      ok: accuracy(written) > 0.85 && accuracy(large) < accuracy(written) - 0.1 && accuracy(tiny) < accuracy(written) - 0.2
        && accuracy(huge) < 0.3,
      detail: t('validation accuracy: as written {written}, randn × 1 {large}, randn × 10 {huge}, randn × 0.001 {tiny}', {
        written: f3(accuracy(written)), large: f3(accuracy(large)), huge: f3(accuracy(huge)), tiny: f3(accuracy(tiny)) }),
    }),
  },
  {
    id: 'mnist-recipe-b',
    title: msg('MNIST recipe (b): ReLU, L2 and 2,500 full-batch steps'),
    explanation: msg('The from-scratch tutorials’ second MNIST network: 784 → 32 → 16 ReLU units → 10 softmax outputs, an L2 penalty λ = 1, α = 0.1, 2,500 epochs of full-batch gradient descent (one step per epoch) on 8,000 training and 2,000 test images (here the validation rows), the pixels divided by 255 (min-max scaling). The small network and the penalty keep it from memorizing the training images, and 2,500 exact gradient steps are enough to converge. The second run shows why the pixels are scaled: at 0 to 255 every gradient is hundreds of times larger, and the same α overshoots. 2,500 epochs take a few minutes.'),
    runs: [
      { key: 'scaled', label: msg('Pixels ÷ 255, as written'), settings: RECIPE_B },
      { key: 'raw', label: msg('Raw pixels (0 to 255)'), settings: { ...RECIPE_B, scaling: 'none' } },
    ],
    outcome: msg('With the pixels scaled, the validation accuracy ends above 90% after the 2,500 epochs; on raw pixels training diverges within a few epochs.'),
    check: ({ scaled, raw }) => ({
      ok: accuracy(scaled) > 0.9 && raw.reason === 'diverged',
      detail: tp('pixels ÷ 255: validation accuracy {accuracy} after {epochs} epochs; raw pixels: {reason} after {count} epoch',
        'pixels ÷ 255: validation accuracy {accuracy} after {epochs} epochs; raw pixels: {reason} after {count} epochs',
        { accuracy: f3(accuracy(scaled)), epochs: scaled.history.length, reason: reasonText(raw.reason), count: raw.history.length }),
    }),
  },
];

// Each run's hash, from its settings on top of the defaults, as the page writes it once the
// link is followed (a file's data has no generated rows or noise): a run that ends with
// these settings is recognized by it.
for (const e of EXPERIMENTS) {
  for (const r of e.runs) {
    r.hash = toHash({ ...defaultState(), generated: DATASET[r.settings.dataset ?? '']?.generated ?? true, ...r.settings });
  }
}

/** @type {Record<string, Experiment>} */
export const EXPERIMENT = Object.fromEntries(EXPERIMENTS.map((e) => [e.id, e]));

/**
 * The full state a run's hash stands for (the defaults, then the hash's values).
 * @param {{hash: string}} run
 * @returns {State}
 */
export function runState(run) {
  const { values, problems } = fromHash(run.hash);
  if (problems.length) throw new Error(`experiment hash: ${problems.join('; ')}`);
  const dataset = /** @type {string} */ (values.dataset);
  return { ...defaultState(), generated: DATASET[dataset]?.generated ?? true, ...values };
}

/**
 * Σ W² over the layers of Playground.weights() (or the worker's visuals.weights).
 * @param {{W: Iterable<number>}[]} layers
 * @returns {number}
 */
export function weightSquareSum(layers) {
  let sum = 0;
  for (const l of layers) for (const w of l.W) sum += w * w;
  return sum;
}
