// The math panel's content: what the current network computes, as LaTeX in the teaching
// notation (Z[l] = W[l]·A[l-1] + b[l], A[l] = g(Z[l]), examples in columns), with the
// shapes of the current sizes. A pure function of the configuration (its texts in the
// current language: math-panel.js computes it again when the language changes); math-panel.js draws it.
import { t, tp, msg } from '../i18n/text.js';
import {
  num, sym, d, under, activationDefinition, activationDerivative, lossTex, LOSS_NAMES, ACTIVATION_TEX,
} from './math-tex.js';

/**
 * @typedef {import('../core/state.js').EngineConfig} EngineConfig
 * @typedef {import('../core/engine-types.js').OutputLayer} OutputLayer
 * @typedef {{tex: string, text: string}} MathItem a formula and what it says
 * @typedef {{id: string, title: string, items: MathItem[]}} MathSection
 * @typedef {{config: EngineConfig, inputs: number, output: OutputLayer, trainRows?: number, derived?: string[]}} MathSetup
 */

/** @param {string} tex @param {string} [text] @returns {MathItem} */
const item = (tex, text = '') => ({ tex, text });

// W[l]'s first values, as the engine draws them (engine/nn/init.cpp); n: the layer's inputs.
const INIT_TEX = {
  normal: (c) => ({ tex: (l, n, nPrev) => `${sym('W', l)} = \\operatorname{randn}(${n}, ${nPrev}) \\cdot ${num(c.init_scale ?? 0.01)}`,
    text: t('Gaussian: the same small scale for every layer.') }),
  lecun: () => ({ tex: (l, n, nPrev) => `${sym('W', l)} = \\operatorname{randn}(${n}, ${nPrev}) \\cdot \\sqrt{1 / ${nPrev}}`,
    text: t('LeCun: scaled by the layer’s inputs, so signals keep their size.') }),
  he: () => ({ tex: (l, n, nPrev) => `${sym('W', l)} = \\operatorname{randn}(${n}, ${nPrev}) \\cdot \\sqrt{2 / ${nPrev}}`,
    text: t('He: twice LeCun’s variance, for ReLU, which zeroes half its inputs.') }),
  xavier: () => ({ tex: (l, n, nPrev) => `${sym('W', l)} \\sim U\\big(-\\sqrt{6 / (${nPrev} + ${n})},\\ \\sqrt{6 / (${nPrev} + ${n})}\\big)`,
    text: t('Xavier/Glorot uniform: scaled by the inputs and the units.') }),
  uniform: () => ({ tex: (l, n, nPrev) => `${sym('W', l)} \\sim U\\big(-1/\\sqrt{${nPrev}},\\ 1/\\sqrt{${nPrev}}\\big)`,
    text: t('Uniform, scaled by the layer’s inputs.') }),
};

function initSection(net) {
  const init = (INIT_TEX[net.config.init] ?? INIT_TEX.he)(net.config);
  const items = net.layers.map((layer, i) => item(init.tex(i + 1, net.sizes[i + 1], net.sizes[i]), i === 0 ? init.text : ''));
  items.push(item(`${sym('b', 'l')} = 0`, t('Every bias starts at zero; the seed fixes every draw.')));
  return { id: 'init', title: t('Initialization'), items };
}

// The rows the engine derives from the two scaled inputs (engine/data/derived_inputs.hpp).
const DERIVED_TEX = { x1sq: 'x_1^2', x2sq: 'x_2^2', x1x2: 'x_1 x_2', sinx1: '\\sin x_1', sinx2: '\\sin x_2' };

function forwardSection(net) {
  const items = [item(`${under(sym('A', 0), net.sizes[0], 'm')} = X`,
    tp('The inputs: {count} feature per example, one example per column, m examples in the batch.',
      'The inputs: {count} features per example, one example per column, m examples in the batch.', { count: net.sizes[0] }))];
  if (net.derived.length) {
    const rows = ['x_1', 'x_2', ...net.derived.map((n) => DERIVED_TEX[n] ?? n)].join(' \\\\ ');
    items.push(item(`X = \\begin{bmatrix} ${rows} \\end{bmatrix}`,
      t('The two scaled inputs x₁, x₂ and the inputs derived from them, one row each: computed before the first layer, not scaled again.')));
  }
  net.layers.forEach((layer, i) => {
    const l = i + 1;
    const n = net.sizes[l];
    const nPrev = net.sizes[l - 1];
    const g = ACTIVATION_TEX[layer.activation].name;
    items.push(item(`${under(sym('Z', l), n, 'm')} = ${under(sym('W', l), n, nPrev)}\\, ${under(sym('A', l - 1), nPrev, 'm')} + ${under(sym('b', l), n, 1)}`,
      l === net.L
        ? tp('Layer {layer} (output): {count} unit; b is added to every column.', 'Layer {layer} (output): {count} units; b is added to every column.', { layer: l, count: n })
        : tp('Layer {layer}: {count} unit; b is added to every column.', 'Layer {layer}: {count} units; b is added to every column.', { layer: l, count: n })));
    items.push(item(`${sym('A', l)} = ${g}\\big(${sym('Z', l)}\\big)`));
    if (layer.keep_prob < 1) {
      items.push(item(`${sym('D', l)} \\sim \\operatorname{Bernoulli}(${num(layer.keep_prob)}), \\quad ${sym('A', l)} \\leftarrow \\frac{${sym('A', l)} \\odot ${sym('D', l)}}{${num(layer.keep_prob)}}`,
        t('Inverted dropout while training: each unit is kept with probability {p}; predictions use every unit.', { p: String(layer.keep_prob) })));
    }
  });
  const used = [...new Set(net.layers.map((l) => l.activation))];
  for (const a of used) items.push(item(activationDefinition(a, net.slope)));
  return { id: 'forward', title: t('Forward propagation'), items };
}

function costSection(net) {
  const { L, output, l1, l2, fullBatch, l2Sym } = net;
  const mTrain = fullBatch ? 'm' : 'N';
  const l1Term = l1 > 0 ? ` + \\frac{\\lambda_1}{${mTrain}} \\sum_{l=1}^{${L}} \\big\\lVert ${sym('W', 'l')} \\big\\rVert_1` : '';
  const l2Term = l2 > 0 ? ` + \\frac{${l2Sym}}{2${mTrain}} \\sum_{l=1}^{${L}} \\big\\lVert ${sym('W', 'l')} \\big\\rVert_F^2` : '';
  const penalties = l1 > 0 && l2 > 0 ? t('the L1 penalty (λ₁ = {l1}) and the L2 penalty (λ₂ = {l2})', { l1: String(l1), l2: String(l2) })
    : l1 > 0 ? t('the L1 penalty (λ₁ = {l1})', { l1: String(l1) })
      : l2 > 0 ? t('the L2 penalty (λ = {l2})', { l2: String(l2) }) : '';
  const loss = t(LOSS_NAMES[output.loss]);
  const costText = !penalties ? t('The cost: the mean {lossName} over the batch.', { lossName: loss })
    : fullBatch ? t('The cost: the mean {lossName} over the batch, plus {penalties} on every weight matrix.', { lossName: loss, penalties })
      : net.trainRows ? t('The cost: the mean {lossName} over the batch, plus {penalties} on every weight matrix; N = {rows}.', { lossName: loss, penalties, rows: String(net.trainRows) })
        : t('The cost: the mean {lossName} over the batch, plus {penalties} on every weight matrix; N = the training rows.', { lossName: loss, penalties });
  const items = [item(`J = ${lossTex(output.loss, L, output.units)}${l1Term}${l2Term}`, costText)];
  if (l1 > 0) items.push(item(`\\big\\lVert W \\big\\rVert_1 = \\sum_{i} \\sum_{j} \\lvert w_{ij} \\rvert, \\quad \\lambda_1 = ${num(l1)}`,
    t('The sum of absolute values; biases are not penalized.')));
  if (l2 > 0) items.push(item(`\\big\\lVert W \\big\\rVert_F^2 = \\sum_{i} \\sum_{j} w_{ij}^2, \\quad ${l2Sym} = ${num(l2)}`,
    t('The squared Frobenius norm; biases are not penalized.')));
  return { id: 'cost', title: t('Cost'), items };
}

function outputDelta(net) {
  const { L, output } = net;
  const dZL = under(d('Z', L), output.units, 'm');
  if (output.loss === 'mse' && output.activation === 'softmax') {
    return item(`${d('Z', L)}_{:,i} = \\big(\\operatorname{diag}(a^{(i)}) - a^{(i)} a^{(i)\\top}\\big)\\, \\frac{2}{${output.units}} \\big(a^{(i)} - y^{(i)}\\big)`,
      t('Squared error through softmax: its Jacobian couples the outputs of each example.'));
  }
  if (output.loss === 'mse') {
    const g = ACTIVATION_TEX[output.activation];
    const through = output.activation === 'linear' ? '' : ` \\odot ${g.name}'\\big(${sym('Z', L)}\\big)`;
    return item(`${dZL} = \\frac{2}{${output.units}} \\big(${sym('A', L)} - Y\\big)${through}`,
      t('The derivative of the squared error with respect to Z of the output layer.'));
  }
  return item(`${dZL} = ${sym('A', L)} - Y`,
    t('With {activation} outputs and {loss}, the activation\'s derivative cancels the log\'s.', { activation: output.activation, loss: t(LOSS_NAMES[output.loss]) }));
}

function backwardSection(net) {
  const { L, l1, l2, fullBatch, l2Sym } = net;
  const items = [outputDelta(net)];
  const mTrain = fullBatch ? 'm' : 'N';
  for (let l = L; l >= 1; --l) {
    const n = net.sizes[l];
    const nPrev = net.sizes[l - 1];
    if (l < L) {
      const layer = net.layers[l - 1];
      if (layer.keep_prob < 1) {
        items.push(item(`${d('A', l)} \\leftarrow \\frac{${d('A', l)} \\odot ${sym('D', l)}}{${num(layer.keep_prob)}}`,
          t('Dropout again: the gradient flows only through the units kept in the forward pass.')));
      }
      items.push(item(`${under(d('Z', l), n, 'm')} = ${d('A', l)} \\odot ${ACTIVATION_TEX[layer.activation].name}'\\big(${sym('Z', l)}\\big)`));
    }
    const penalty = (l1 > 0 ? ` + \\frac{\\lambda_1}{${mTrain}} \\operatorname{sign}\\big(${sym('W', l)}\\big)` : '') +
      (l2 > 0 ? ` + \\frac{${l2Sym}}{${mTrain}} ${sym('W', l)}` : '');
    const why = [l1 > 0 ? t('The L1 term adds (λ₁/{m})·sign(W) to every weight gradient: the same pull towards 0 for every weight, which leaves weights that do not help at exactly 0 (sign(0) = 0).', { m: mTrain }) : '',
      l2 > 0 ? t('The L2 term adds ({lambda}/{m})·W to every weight gradient: weight decay.', { lambda: l1 > 0 ? 'λ₂' : 'λ', m: mTrain }) : ''].filter(Boolean).join(' ')
      .replace(/(。) /g, '$1');  // no space after a Chinese full stop
    items.push(item(`${under(d('W', l), n, nPrev)} = \\frac{1}{m}\\, ${d('Z', l)}\\, {${sym('A', l - 1)}}^{\\top}${penalty}`,
      l === L ? why : ''));
    items.push(item(`${under(d('b', l), n, 1)} = \\frac{1}{m} \\sum_{i=1}^{m} ${d('Z', l)}_{:,i}`));
    if (l > 1) items.push(item(`${under(d('A', l - 1), nPrev, 'm')} = {${sym('W', l)}}^{\\top} ${d('Z', l)}`));
  }
  const used = [...new Set(net.layers.slice(0, -1).map((l) => l.activation))];
  for (const a of used) {
    const line = activationDerivative(a, net.slope);
    if (line) items.push(item(line));
  }
  return { id: 'backward', title: t('Backward propagation'), items };
}

const UPDATE_RULES = {
  sgd: (c) => [item(`W \\leftarrow W - \\alpha\\, dW, \\quad \\alpha = ${num(c.learning_rate)}`, t('A plain gradient step.'))],
  momentum: (c) => [
    item(`v_{dW} \\leftarrow \\beta\\, v_{dW} - \\alpha\\, dW, \\quad W \\leftarrow W + v_{dW}`,
      t('The velocity v remembers past steps; it starts at 0.')),
    item(`\\alpha = ${num(c.learning_rate)}, \\quad \\beta = ${num(c.momentum)}`)],
  nesterov: (c) => [
    item(`v'_{dW} = \\beta\\, v_{dW} - \\alpha\\, dW, \\quad W \\leftarrow W - \\beta\\, v_{dW} + (1 + \\beta)\\, v'_{dW}, \\quad v_{dW} \\leftarrow v'_{dW}`,
      t('Nesterov momentum: the gradient is taken as if after the momentum step (the look-ahead form).')),
    item(`\\alpha = ${num(c.learning_rate)}, \\quad \\beta = ${num(c.momentum)}`)],
  adagrad: (c) => [
    item(`G_{dW} \\leftarrow G_{dW} + dW^2, \\quad W \\leftarrow W - \\frac{\\alpha\\, dW}{\\sqrt{G_{dW}} + \\varepsilon}`,
      t('Squares are element-wise; G only grows, so the steps shrink over time.')),
    item(`\\alpha = ${num(c.learning_rate)}, \\quad \\varepsilon = ${num(c.epsilon)}`)],
  rmsprop: (c) => [
    item(`S_{dW} \\leftarrow \\rho\\, S_{dW} + (1 - \\rho)\\, dW^2, \\quad W \\leftarrow W - \\frac{\\alpha\\, dW}{\\sqrt{S_{dW}} + \\varepsilon}`,
      t('A moving average of squared gradients scales each weight\'s step.')),
    item(`\\alpha = ${num(c.learning_rate)}, \\quad \\rho = ${num(c.rho)}, \\quad \\varepsilon = ${num(c.epsilon)}`)],
  adam: (c) => [
    item(`m_{dW} \\leftarrow \\beta_1 m_{dW} + (1 - \\beta_1)\\, dW, \\quad v_{dW} \\leftarrow \\beta_2 v_{dW} + (1 - \\beta_2)\\, dW^2`,
      t('The first moment m (a moving average of the gradient, like momentum) and the second moment v (of its square, like RMSProp), starting at 0.')),
    item(`\\hat m_{dW} = \\frac{m_{dW}}{1 - \\beta_1^{\\,t}}, \\quad \\hat v_{dW} = \\frac{v_{dW}}{1 - \\beta_2^{\\,t}}, \\quad W \\leftarrow W - \\frac{\\alpha\\, \\hat m_{dW}}{\\sqrt{\\hat v_{dW}} + \\varepsilon}`,
      t('Bias correction: t counts the updates (mini-batches) so far.')),
    item(`\\alpha = ${num(c.learning_rate)}, \\quad \\beta_1 = ${num(c.beta1)}, \\quad \\beta_2 = ${num(c.beta2)}, \\quad \\varepsilon = ${num(c.epsilon)}`)],
};

/** Each optimizer's name in English, the id of its translation (AdaGrad, RMSProp and Adam are names, not ids). @type {Record<string, string>} */
export const OPTIMIZER_TITLES = {
  sgd: msg('Gradient descent'), momentum: msg('Momentum'), nesterov: msg('Nesterov momentum'), adagrad: 'AdaGrad', rmsprop: 'RMSProp', adam: 'Adam',
};

/** When every weight is updated: after each pass, example or mini-batch, as net.batch says. */
function updatedAfter(net) {
  const { batch, trainRows } = net;
  if (batch === 'full') {
    return trainRows ? t('Every weight matrix and bias vector is updated after each pass over all {rows} training rows (m = N).', { rows: String(trainRows) })
      : t('Every weight matrix and bias vector is updated after each pass over all the training rows (m = N).');
  }
  if (batch === 1) return t('Every weight matrix and bias vector is updated after each example (m = 1).');
  return t('Every weight matrix and bias vector is updated after each mini-batch of m = {batch} rows.', { batch: String(batch) });
}

function updateSection(net) {
  const c = net.config;
  const rule = UPDATE_RULES[c.optimizer] ?? UPDATE_RULES.sgd;
  const items = rule(c);
  items.push(item(`\\text{for } l = 1, \\dots, ${net.L}: \\text{ the same for } ${sym('W', 'l')} \\text{ and } ${sym('b', 'l')}`, updatedAfter(net)));
  return { id: 'update', title: t('Update: {name}', { name: t(OPTIMIZER_TITLES[c.optimizer] ?? c.optimizer) }), items };
}

function scheduleSection(c) {
  const a0 = num(c.learning_rate);
  if (c.schedule === 'step') {
    return { id: 'schedule', title: t('Learning-rate schedule: step decay'), items: [
      item(`\\alpha_e = \\alpha_0 \\cdot \\text{decay}^{\\lfloor e / k \\rfloor} = ${a0} \\cdot ${num(c.decay)}^{\\lfloor e / ${c.decay_epochs} \\rfloor}`,
        tp('e counts the epochs from 0; the rate is multiplied by {decay} every epoch.',
          'e counts the epochs from 0; the rate is multiplied by {decay} every {count} epochs.', { decay: String(c.decay), count: c.decay_epochs }))] };
  }
  if (c.schedule === 'inverse') {
    return { id: 'schedule', title: t('Learning-rate schedule: inverse time'), items: [
      item(`\\alpha_e = \\frac{\\alpha_0}{1 + \\text{decay} \\cdot e} = \\frac{${a0}}{1 + ${num(c.decay)}\\, e}`, t('e counts the epochs from 0.'))] };
  }
  return { id: 'schedule', title: t('Learning-rate schedule: constant'), items: [item(`\\alpha = ${a0}`, t('The same rate in every epoch.'))] };
}

/**
 * The math panel's sections for a configuration:
 *   config: the engine configuration (state.js toEngineConfig(), or Playground.config());
 *   inputs: features the network takes; output: {units, activation, loss}, as the engine
 *   chose it for the data (Playground.output(), Session.output);
 *   trainRows: training rows N (for the batch size of full-batch runs and the penalty terms);
 *   derived: the derived inputs of the data (its summary's `derived`), written into A[0] = X.
 * Returns [{id, title, items: [{tex, text}]}]: init, forward, cost, backward, update, schedule.
 * @param {MathSetup} setup
 * @returns {MathSection[]}
 */
export function mathSections({ config, inputs, output, trainRows = 0, derived = [] }) {
  const hidden = config.hidden_layers ?? [];
  const layers = [...hidden.map((l) => ({ units: l.units, activation: l.activation ?? 'relu', keep_prob: l.keep_prob ?? 1 })),
    { units: output.units, activation: output.activation, keep_prob: 1 }];
  const b = config.batch_size ?? 32;
  const fullBatch = b === 0 || (trainRows > 0 && b >= trainRows);
  const net = {
    config, layers, output, L: layers.length, sizes: [inputs, ...layers.map((l) => l.units)],
    slope: config.leaky_slope ?? 0.01, l1: config.l1 ?? 0, l2: config.l2 ?? 0, fullBatch, trainRows, derived,
    l2Sym: (config.l1 ?? 0) > 0 ? '\\lambda_2' : '\\lambda',
    batch: fullBatch ? 'full' : b,
  };
  return [initSection(net), forwardSection(net), costSection(net), backwardSection(net), updateSection(net),
    scheduleSection(config)];
}
