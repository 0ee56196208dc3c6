// Short help for every control (core/state.js PROPS, the layer editor, the data panel, the
// train controls): what it does, a sensible range, what goes wrong when it is too small or
// too large, and the names learners meet next in other libraries. Plain text only. The
// titles are in help-titles.js, which loads with the page; this file loads when a help is
// first opened (help-button.js), and its translation in the page's language with it. The
// views' help is in help-views.js.
import { HELP_TITLES } from './help-titles.js';
import { helpCatalog } from './help-views.js';

/**
 * @typedef {import('./help-views.js').HelpEntry} HelpEntry
 * @typedef {Omit<HelpEntry, 'title'>} ControlHelp a control's help; its title is in help-titles.js
 */

/** @type {Record<string, ControlHelp>} */
export const CONTROL_HELP = {
  dataset: {
    what: 'The examples the network learns from: a generated 2-D set (you see the decision boundary), a small teaching example, real data, or your own CSV.',
    names: ['a dataset / training data (X, y)'] },
  rows: {
    what: 'How many points the generator draws (training and validation together).',
    range: '200–1,000 learns in seconds.',
    low: 'Few points are easy to memorize: the validation loss rises while the training loss falls (overfitting).',
    high: 'More points make each epoch slower; beyond a few thousand the boundary hardly changes.',
    names: ['sklearn make_moons(n_samples=…)'] },
  noise: {
    what: 'How far points scatter from the clean shape; with noise some points sit on the wrong side and no boundary gets them all.',
    range: '0–0.3.',
    low: 'Without noise a large enough network reaches 100% accuracy.',
    high: 'Above about 0.5 the classes overlap so much that the best possible accuracy drops.',
    names: ['sklearn make_moons(noise=…)'] },
  classes: {
    what: 'How many Gaussian clusters (classes) the blobs data set has; the output layer gets one softmax unit per class.',
    range: '2–5.', names: ['sklearn make_blobs(centers=…)', 'n_classes'] },
  subset: {
    what: 'How many MNIST rows are downloaded and used; the file stops downloading after them.',
    range: '2,000 for a quick run; 10,000 for better accuracy.',
    low: 'A few hundred digits are memorized rather than learned.', high: 'More rows make each epoch slower.' },
  validation: {
    what: 'The share of rows held out: the network never trains on them, so their loss and accuracy show how well it generalizes.',
    range: '0.2–0.3.',
    low: 'With 0 there is nothing to detect overfitting with (and early stopping has nothing to watch).',
    high: 'Above 0.5 too few rows are left to learn from.',
    names: ['validation split (Keras validation_split)', 'hold-out set', 'sklearn train_test_split(test_size=…)'] },
  scaling: {
    what: 'Brings every numeric column to a similar range before training (fitted on the training rows only). Standardize: mean 0, standard deviation 1; min–max: [0, 1].',
    range: 'Standardize for most tables; min–max for pixels.',
    low: 'Without scaling, a column in thousands dominates one in fractions and gradient descent zigzags or diverges.',
    names: ['sklearn StandardScaler', 'MinMaxScaler', 'normalization (as in feature normalization)'] },
  missing: {
    what: 'What to do with empty or NA cells: drop the rows that have them, or fill them in with the column’s mean (numbers) or most frequent value (categories).',
    names: ['sklearn SimpleImputer(strategy="mean" / "most_frequent")', 'pandas dropna()'] },
  task: {
    what: 'Classification predicts a class (softmax or sigmoid outputs, cross-entropy); regression predicts a number (linear outputs, mean squared error). Inferred from the target column unless set.',
    names: ['classifier vs regressor', 'sklearn MLPClassifier / MLPRegressor'] },
  dataSeed: {
    what: 'Fixes the random draw of the generated points and the train/validation split, so a link reproduces the same data.',
    names: ['random_state (sklearn)', 'seed'] },
  points: {
    what: 'On a generated 2-D data set, choose “add a point of class …” under the plane and click it: the point joins the data (shift-click adds the other class; for the regression sets, a point of the value typed). Undo, or Backspace on the plane, removes the last one; Clear removes them all. They are kept in the link, so a shared setup has them too. Adding points reloads the data, and the network starts again.',
    names: ['hand-labelled examples'] },
  derived: {
    what: 'Extra inputs computed from the two (scaled) inputs X₁ and X₂ before the first layer: X₁², X₂², X₁X₂, sin X₁, sin X₂, as in TensorFlow Playground. With X₁² and X₂², a network without hidden layers draws a circle: the features do the work a hidden layer would. Offered for data with exactly two numeric inputs.',
    names: ['feature engineering', 'polynomial features (sklearn PolynomialFeatures)', 'feature crosses'] },
  layers: {
    what: 'The network between inputs and outputs: each hidden layer has some units, an activation function and a dropout keep probability. No hidden layer is logistic (or linear) regression.',
    range: '1–3 layers of 4–64 units for the 2-D sets; 64–256 units for MNIST.',
    low: 'Too few units or layers cannot draw the boundary the data needs (underfitting: both losses stay high).',
    high: 'Many units on little data overfit, train slower, and deep sigmoid/tanh stacks learn slowly (vanishing gradients).',
    names: ['hidden_layer_sizes (sklearn)', 'Dense layers (Keras)', 'nn.Linear (PyTorch)', 'depth and width'] },
  loss: {
    what: 'What the network minimizes. Chosen from the task: binary cross-entropy with one sigmoid output for 2 classes, categorical cross-entropy with softmax for more, mean squared error for regression. A regression target is standardized on the training rows (mean 0, standard deviation 1; not when scaling is None) before training, so its loss is on that scale: a loss of 1 is as good as always predicting the mean. The RMSE tile gives the error in the target’s own units.',
    names: ['Keras loss="binary_crossentropy" / "categorical_crossentropy" / "mse"', 'PyTorch BCEWithLogitsLoss, CrossEntropyLoss, MSELoss', 'log loss'] },
  init: {
    what: 'How the weights start (biases start at 0); n is the layer’s inputs. He (randn·√(2/n)) suits ReLU, Xavier/Glorot (uniform, ±√(6/(n + units))) suits tanh and sigmoid, LeCun (randn·√(1/n)) is what the classic deep-network example writes: all three scale the weights by the fan-in so signals keep their size through the layers. Gaussian draws randn × a scale you set, the same for every layer (0.01 in the classic first examples).',
    low: 'Gaussian with a small scale (0.01) starts so small that deep networks barely move at first.',
    high: 'Too large starting weights (a Gaussian scale of 1) saturate sigmoid and tanh units: their gradients vanish.',
    names: ['Keras kernel_initializer=RandomNormal(stddev=…) / "glorot_uniform"', 'PyTorch nn.init.normal_(w, std=…) / xavier_uniform_', 'np.random.randn(n_l, n_prev) * 0.01'] },
  init_scale: {
    what: 'The standard deviation of the Gaussian initialization: W = randn(units, inputs) × scale, the same for every layer.',
    range: '0.01 (the classic examples) to about 1.', low: 'Tiny weights: deep networks start almost flat and learn slowly.',
    high: 'Large weights saturate sigmoid and tanh units, and explode deep ReLU stacks.',
    names: ['stddev of Keras RandomNormal', 'std of PyTorch nn.init.normal_'] },
  leaky_slope: {
    what: 'The slope of leaky ReLU for negative inputs: f(z) = z for z > 0, slope·z otherwise. A small slope keeps “dead” units learning.',
    range: '0.01–0.3.', low: '0 is plain ReLU.', high: 'Near 1 the unit is almost linear and the layer adds little.',
    names: ['Keras LeakyReLU(negative_slope=…) (alpha in Keras 2)', 'PyTorch nn.LeakyReLU(negative_slope=…)'] },
  batch: {
    what: 'How many rows each update sees: all of them (full-batch gradient descent: smooth, one step per epoch), one (stochastic gradient descent: noisy, many steps), or a mini-batch in between.',
    names: ['batch gradient descent', 'SGD', 'mini-batch gradient descent'] },
  batch_size: {
    what: 'Rows per update: an epoch makes (training rows ÷ batch size) updates.',
    range: '16–128.',
    low: 'Small batches make many noisy steps: the loss curve jitters; lower the learning rate if it jumps.',
    high: 'Large batches make few, smooth steps per epoch: it needs more epochs (or a higher learning rate).',
    names: ['batch_size (Keras fit, sklearn MLP, PyTorch DataLoader)'] },
  optimizer: {
    what: 'How a gradient becomes a step. Plain: W ← W − α·dW. Momentum and Nesterov keep a velocity that smooths and speeds up the steps; AdaGrad, RMSProp and Adam give every weight its own step size from its past gradients.',
    range: 'Adam with α ≈ 0.001–0.01 is a good default; momentum with α ≈ 0.01–0.1.',
    names: ['optimizer (Keras optimizers.SGD / Adam / RMSprop / Adagrad, PyTorch torch.optim.…)', 'sklearn solver="sgd" / "adam"'] },
  learning_rate: {
    what: 'The size of each step down the gradient.',
    range: '0.001–0.1 (Adam: 0.001–0.01; plain gradient descent on scaled data: 0.1–1).',
    low: 'The loss falls very slowly; training looks stuck.',
    high: 'The loss jumps, oscillates, or grows: the run diverges. Training stops as diverged when a loss becomes NaN or infinite, or when the training loss stays above ten times its best (and above the untrained network’s loss) for 3 epochs in a row.',
    names: ['learning_rate (Keras)', 'lr (PyTorch)', 'learning_rate_init (sklearn)', 'step size, η'] },
  momentum: {
    what: 'How much of the previous step the velocity keeps: v ← β·v − α·dW.',
    range: '0.8–0.99 (0.9 is usual).', low: '0 is plain gradient descent.',
    high: 'Close to 1 the velocity overshoots and oscillates before settling.',
    names: ['momentum (Keras SGD, PyTorch SGD, sklearn MLP)', 'nesterov=True'] },
  rho: {
    what: 'RMSProp’s averaging of squared gradients: S ← ρ·S + (1 − ρ)·dW².',
    range: '0.9–0.99.', low: 'Small ρ reacts to single noisy gradients.', high: 'Close to 1 adapts slowly to change.',
    names: ['rho (Keras RMSprop)', 'alpha (PyTorch RMSprop)'] },
  beta1: {
    what: 'Adam’s averaging of the gradient (its momentum part).',
    range: '0.9 (the usual default).', names: ['beta_1 (Keras)', 'betas[0] (PyTorch)', 'beta_1 (sklearn)'] },
  beta2: {
    what: 'Adam’s averaging of the squared gradient (its RMSProp part).',
    range: '0.999 (the usual default).', low: 'Below 0.99 the step sizes become jumpy.',
    names: ['beta_2 (Keras)', 'betas[1] (PyTorch)', 'beta_2 (sklearn)'] },
  epsilon: {
    what: 'A tiny number added to the denominator of AdaGrad, RMSProp and Adam so they never divide by zero.',
    range: '1e-8 to 1e-7.', high: 'A large ε (like 1) turns the adaptive rule back into plain momentum-free steps.',
    names: ['epsilon (Keras)', 'eps (PyTorch)'] },
  schedule: {
    what: 'Lowers the learning rate as training goes on: large steps first, fine steps later. Step decay multiplies it by “decay” every N epochs; inverse time divides it by (1 + decay·epoch).',
    names: ['Keras LearningRateScheduler, ExponentialDecay, InverseTimeDecay', 'PyTorch StepLR, LambdaLR', 'learning-rate decay / annealing'] },
  decay: {
    what: 'How strongly the schedule lowers the rate: the factor per step for step decay, the coefficient for inverse time.',
    range: 'Step: 0.5–0.9; inverse: 0.01–0.1.',
    low: 'Step decay near 0 (or a large inverse coefficient) freezes training early.', high: 'Step decay 1 never lowers the rate.',
    names: ['gamma (PyTorch StepLR)', 'decay_rate (Keras)'] },
  decay_epochs: {
    what: 'How many epochs pass between two step-decay drops.', range: '10–50 (a fraction of the epochs).',
    names: ['step_size (PyTorch StepLR)'] },
  epochs: {
    what: 'How many passes over the training rows. Raise it to continue a finished run.',
    range: '50–300 for the small sets; 10–30 for MNIST.',
    low: 'The losses are still falling when it stops (underfitting).',
    high: 'The validation loss turns up while the training loss keeps falling (overfitting); early stopping can end it.',
    names: ['epochs (Keras fit)', 'max_iter (sklearn MLP)', 'num_epochs'] },
  l1: {
    what: 'Adds (λ/m)·Σ|W| to the cost, so every step also pulls each weight towards 0 by the same amount, (λ/m)·sign(W). Unlike L2 it drives the weights of inputs and units that do not help to exactly 0: a sparse network, and a way to see which inputs matter. It can be used with L2.',
    range: '0.001–1 (relative to the number of training rows m).',
    low: '0 turns it off; too little leaves the useless weights where they are.',
    high: 'Too large zeroes useful weights too: the boundary flattens and both losses rise (underfitting).',
    names: ['L1 penalty / lasso', 'Keras kernel_regularizer=l1(λ/m)', 'Keras regularizers.l1_l2(l1=λ₁/m, l2=λ₂/(2m))'] },
  l2: {
    what: 'Weight decay: adds λ/(2m)·ΣW² to the cost, so every step also shrinks the weights by (λ/m)·W. Smaller weights give smoother boundaries that generalize better.',
    range: '0.001–1 (relative to the number of training rows m).',
    low: '0 turns it off; too little does not stop overfitting.',
    high: 'Too large squeezes the weights towards 0: the boundary becomes too simple and both losses rise (underfitting).',
    names: ['L2 penalty λ (sklearn alpha)', 'Keras kernel_regularizer=l2(λ/(2m))', 'PyTorch weight_decay (λ/m)', 'ridge / Tikhonov regularization'] },
  patience: {
    what: 'Stops when the validation loss has not improved for this many epochs, and restores the weights of the best epoch.',
    range: '10–30 epochs; 0 turns it off.',
    low: 'A patience of 1–2 stops on random wiggles of the validation loss.', high: 'A large patience lets overfitting run longer.',
    names: ['Keras EarlyStopping(patience=…, restore_best_weights=True)', 'sklearn early_stopping=True, n_iter_no_change'] },
  train_metrics: {
    what: 'Where the training curves’ figures come from. A pass over the training rows after each epoch measures the network as it ends the epoch, exactly, but takes about a third of the epoch’s time again. The epoch’s own mini-batches are measured as they train, each just before its update: no extra pass, and the figure is the mean over an epoch in which the weights kept changing, so it lags the network’s current state a little (Keras reports it this way). The validation figures are always a pass of their own; the full batch and dropout are always measured with the pass.',
    range: 'Small data: the pass. Tens of thousands of rows (Fashion-MNIST): the batches.',
    low: 'The pass: exact, slower on large data.', high: 'The batches: faster; early in training the training loss reads a little above the network’s.',
    names: ['Keras history["loss"] (the batches)', 'a separate evaluate() on the training set (the pass)'] },
  seed: {
    what: 'Fixes the random starting weights, the shuffling of mini-batches and dropout, so the same settings train the same way.',
    names: ['random_state (sklearn)', 'tf.random.set_seed / torch.manual_seed'] },
};

// The layer editor, the data panel and the train controls.
/** @type {Record<string, ControlHelp>} */
export const EXTRA_HELP = {
  'layer.units': {
    what: 'How many neurons this layer has: its output A has one row per unit, and W has units × inputs weights.',
    range: '4–64 (2-D sets), 64–256 (MNIST).', low: 'Too few cannot represent the shape.', high: 'Too many overfit and train slower.',
    names: ['units (Keras Dense)', 'out_features (PyTorch nn.Linear)', 'neurons, width'] },
  'layer.activation': {
    what: 'The function applied to each unit’s weighted sum Z: without a non-linear one, stacked layers are just one linear map. ReLU is the usual default; tanh and sigmoid saturate (their gradients vanish in deep stacks).',
    names: ['activation="relu" (Keras)', 'nn.ReLU / nn.Tanh / nn.Sigmoid (PyTorch)', 'sklearn activation="relu" / "tanh" / "logistic"'] },
  'layer.keep_prob': {
    what: 'While training, each unit of this layer is kept with this probability and zeroed otherwise (the kept ones scaled by 1/keep); predictions use every unit. It stops units from relying on each other.',
    range: '0.5–0.9; 1 turns dropout off.',
    low: 'Too low drops so much that the network underfits and the loss curve is very noisy.',
    names: ['Keras Dropout(rate = 1 − keep)', 'PyTorch nn.Dropout(p = 1 − keep)', 'keep_prob (Ng’s course)'] },
  'layer.add': { what: 'Adds a hidden layer before the output layer; the output layer is chosen from the task.' },
  'layer.remove': { what: 'Removes this hidden layer. With none left the model is logistic (or linear) regression.' },
  target: {
    what: 'The column to predict; every other column (not ignored) is an input feature.',
    names: ['label, y, dependent variable'] },
  ignore_columns: {
    what: 'Columns left out of the inputs, such as ids or free text, which would only let the network memorize rows.',
    names: ['pandas df.drop(columns=…)'] },
  categorical_columns: {
    what: 'Columns read as categories even when they hold numbers (a zip code, a rating): each category becomes its own 0/1 input (one-hot encoding).',
    names: ['sklearn OneHotEncoder', 'pandas get_dummies', 'dummy variables'] },
  upload: {
    what: 'Loads your own table (comma, semicolon or tab separated, with a header row), or pictures in MNIST’s own format: choose or drop its two IDX files together, the pictures (…-images-idx3-ubyte) and their labels (…-labels-idx1-ubyte), compressed (.gz) or not. It stays in your browser: nothing is uploaded anywhere.' },
  paste: { what: 'Loads a CSV typed or pasted into the box: handy for a tiny example.' },
  train: {
    what: 'Runs the epochs (or continues where it paused); the charts and views update while it trains. It stops early when the run diverges (a NaN loss, or a training loss that stays above ten times its best for 3 epochs) or when early stopping restores the best weights.',
    names: ['model.fit (Keras)', 'the training loop (PyTorch)'] },
  pause: { what: 'Stops after the current slice of work; Train continues from there.' },
  step: { what: 'Trains exactly one epoch, to watch the boundary and the weights move one step at a time.' },
  reset: {
    what: 'Starts again from new random weights drawn with the seed: the same seed gives the same start.',
    names: ['re-initializing the model'] },
  saveProject: {
    what: 'Saves the whole session as one file: the data (a built-in’s name, or your CSV itself), the settings, the runs with their curves, the trained network and the challenge. Opening it brings everything back as it was, and Train goes on training the network from where it stopped.' },
  exportModel: { what: 'Saves the trained network (weights and preprocessing) as JSON. Imported again, it predicts at once, and Train trains it further on data with the same columns (fine-tuning).' },
  exportHistory: { what: 'Saves every epoch’s losses and accuracies as a CSV, for your own plots.' },
  exportCode: {
    what: 'The trained network as a NumPy script that predicts from raw rows, and as Keras and PyTorch code with the same layers and weights.' },
};

/**
 * The controls' help in the other languages, as catalog parts (i18n/text.js addCatalogs):
 * help-texts.<locale>.js has the same entries with the same fields.
 * @type {Record<string, () => Promise<Record<string, string>>>}
 */
export const TRANSLATIONS = {
  'zh-CN': async () => {
    const zh = await import('./help-texts.zh-CN.js');
    return helpCatalog({ ...CONTROL_HELP, ...EXTRA_HELP }, { ...zh.CONTROL_HELP, ...zh.EXTRA_HELP });
  },
};

/** The help for a control name (a PROPS name, or a key of EXTRA_HELP), or null. @param {string} name @returns {HelpEntry | null} */
export function helpFor(name) {
  const entry = CONTROL_HELP[name] ?? EXTRA_HELP[name];
  return entry ? { title: HELP_TITLES[name], ...entry } : null;
}
