// The math panel's content: sections follow the configuration, and KaTeX typesets every line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import katex from 'katex';
import { nn } from '../../bindings/helpers.mjs';
import { mathSections } from '../../../web/teaching/math-model.js';
import { num } from '../../../web/teaching/math-tex.js';
import { defaultState, toEngineConfig, PROP } from '../../../web/core/state.js';

const L = (units, activation = 'relu', keep_prob = 1) => ({ units, activation, keep_prob });

// The output layer the engine chooses for a loss on data of a task (Playground.output()):
// the math card takes it from the engine, never decides it again.
const outputs = new Map();
function engineOutput(loss, { task, classes }) {
  const key = `${loss} ${task} ${classes}`;
  if (!outputs.has(key)) {
    const rows = ['x,y'];
    for (let i = 0; i < 40; ++i) rows.push(`${(i * 7) % 13},${task === 'regression' ? i * 0.5 + 0.25 : `c${i % classes}`}`);
    const pg = nn.createPlayground();
    try {
      pg.loadCsv(rows.join('\n'), { task, validation_fraction: 0 });
      pg.configure({ loss, batch_size: 0 });
      outputs.set(key, pg.output());
    } finally {
      pg.dispose();
    }
  }
  return outputs.get(key);
}

function sections(changes = {}, { inputs = 784, task = 'classification', classes = 10, trainRows = 1600, derived = [] } = {}) {
  const config = { ...toEngineConfig(defaultState()), ...changes };
  return mathSections({ config, inputs, output: engineOutput(config.loss, { task, classes }), trainRows, derived });
}

const section = (list, id) => list.find((s) => s.id === id);
const allTex = (list) => list.flatMap((s) => s.items.map((i) => i.tex));
const texOf = (list, id) => section(list, id).items.map((i) => i.tex).join('\n');

test('the sections are init, forward, cost, backward, update, schedule', () => {
  assert.deepEqual(sections().map((s) => s.id), ['init', 'forward', 'cost', 'backward', 'update', 'schedule']);
});

test('shapes follow the layer sizes: W[2] is 64 x 128 with 128 then 64 hidden units', () => {
  const list = sections({ hidden_layers: [L(128), L(64)] });
  const forward = texOf(list, 'forward');
  assert.match(forward, /\\underbrace\{W\^\{\[1\]\}\}_\{128 \\times 784\}/);
  assert.match(forward, /\\underbrace\{W\^\{\[2\]\}\}_\{64 \\times 128\}/);
  assert.match(forward, /\\underbrace\{W\^\{\[3\]\}\}_\{10 \\times 64\}/, 'the output layer: 10 softmax units');
  assert.match(forward, /\\underbrace\{Z\^\{\[2\]\}\}_\{64 \\times m\}/);
  assert.match(forward, /operatorname\{softmax\}/);
  const backward = texOf(list, 'backward');
  assert.match(backward, /\\underbrace\{dW\^\{\[2\]\}\}_\{64 \\times 128\}/);
  assert.match(backward, /\\underbrace\{dA\^\{\[1\]\}\}_\{128 \\times m\}/);
  assert.doesNotMatch(backward, /dA\^\{\[0\]\}/, 'no gradient for the inputs');
  const smaller = texOf(sections({ hidden_layers: [L(16)] }), 'forward');
  assert.match(smaller, /_\{16 \\times 784\}/);
  assert.doesNotMatch(smaller, /W\^\{\[3\]\}/);
  assert.notDeepEqual(allTex(list), allTex(sections({ hidden_layers: [L(16)] })));
});

test('the L2 term appears only when λ > 0, in the cost and in dW', () => {
  const without = sections({ l2: 0 });
  assert.doesNotMatch(texOf(without, 'cost'), /lambda/);
  assert.doesNotMatch(texOf(without, 'backward'), /lambda/);
  const withL2 = sections({ l2: 0.5 });
  assert.match(texOf(withL2, 'cost'), /\\frac\{\\lambda\}\{2N\}/);
  assert.match(texOf(withL2, 'cost'), /\\lambda = 0\.5/);
  assert.match(texOf(withL2, 'backward'), /\\frac\{\\lambda\}\{N\} W\^\{\[1\]\}/);
  // Full batch: N is m.
  assert.match(texOf(sections({ l2: 0.5, batch_size: 0 }), 'cost'), /\\frac\{\\lambda\}\{2m\}/);
});

test('the L1 term appears only when λ₁ > 0: Σ|W| in the cost, (λ₁/N)·sign(W) in dW, beside L2 as λ₂', () => {
  assert.doesNotMatch(texOf(sections({ l1: 0 }), 'cost'), /lambda_1|rVert_1/);
  const withL1 = sections({ l1: 0.2 });
  assert.match(texOf(withL1, 'cost'), /\\frac\{\\lambda_1\}\{N\} \\sum_\{l=1\}\^\{2\} \\big\\lVert W\^\{\[l\]\} \\big\\rVert_1/);
  assert.match(texOf(withL1, 'cost'), /\\lambda_1 = 0\.2/);
  assert.match(texOf(withL1, 'backward'), /\\frac\{\\lambda_1\}\{N\} \\operatorname\{sign\}\\big\(W\^\{\[1\]\}\\big\)/);
  const both = sections({ l1: 0.2, l2: 0.5 });
  assert.match(texOf(both, 'cost'), /\\frac\{\\lambda_2\}\{2N\}/);
  assert.match(texOf(both, 'backward'), /\\operatorname\{sign\}.* \+ \\frac\{\\lambda_2\}\{N\} W\^\{\[1\]\}/);
  for (const tex of allTex(both)) assert.doesNotThrow(() => katex.renderToString(tex, { throwOnError: true, displayMode: true }), tex);
});

test('derived inputs are written into A[0] = X as rows named after x₁ and x₂', () => {
  assert.doesNotMatch(texOf(sections({}, { inputs: 2 }), 'forward'), /bmatrix/);
  const list = sections({}, { inputs: 5, derived: ['x1sq', 'x2sq', 'sinx1'] });
  const forward = texOf(list, 'forward');
  assert.match(forward, /X = \\begin\{bmatrix\} x_1 \\\\ x_2 \\\\ x_1\^2 \\\\ x_2\^2 \\\\ \\sin x_1 \\end\{bmatrix\}/);
  for (const tex of allTex(list)) assert.doesNotThrow(() => katex.renderToString(tex, { throwOnError: true, displayMode: true }), tex);
});

test('dropout masks appear only for layers with keep probability < 1', () => {
  const list = sections({ hidden_layers: [L(32, 'relu', 0.8), L(16, 'tanh')] });
  assert.match(texOf(list, 'forward'), /D\^\{\[1\]\} \\sim \\operatorname\{Bernoulli\}\(0\.8\)/);
  assert.doesNotMatch(texOf(list, 'forward'), /D\^\{\[2\]\}/);
  assert.match(texOf(list, 'backward'), /dA\^\{\[1\]\} \\leftarrow \\frac\{dA\^\{\[1\]\} \\odot D\^\{\[1\]\}\}\{0\.8\}/);
  assert.doesNotMatch(texOf(sections(), 'forward'), /Bernoulli/);
});

test('each optimizer has its update rule, with its numbers', () => {
  const rules = {
    sgd: [/W \\leftarrow W - \\alpha\\, dW/],
    momentum: [/v_\{dW\} \\leftarrow \\beta\\, v_\{dW\} - \\alpha\\, dW/, /\\beta = 0\.9/],
    nesterov: [/\(1 \+ \\beta\)\\, v'_\{dW\}/],
    adagrad: [/G_\{dW\} \\leftarrow G_\{dW\} \+ dW\^2/, /\\varepsilon = 10\^\{-8\}/],
    rmsprop: [/S_\{dW\} \\leftarrow \\rho\\, S_\{dW\}/, /\\rho = 0\.9/],
    adam: [/m_\{dW\} \\leftarrow \\beta_1 m_\{dW\}/, /\\hat m_\{dW\}/, /\\hat v_\{dW\}/, /1 - \\beta_2\^\{\\,t\}/, /\\beta_2 = 0\.999/],
  };
  const seen = new Set();
  for (const [optimizer, patterns] of Object.entries(rules)) {
    const update = section(sections({ optimizer, learning_rate: 0.03 }), 'update');
    const tex = update.items.map((i) => i.tex).join('\n');
    for (const p of patterns) assert.match(tex, p, optimizer);
    assert.match(tex, /\\alpha = 0\.03/);
    seen.add(update.items[0].tex);
  }
  assert.equal(seen.size, Object.keys(PROP.optimizer.options).length, 'every optimizer of the form, each its own rule');
});

test('the schedule section follows the schedule', () => {
  assert.match(texOf(sections({ schedule: 'constant' }), 'schedule'), /\\alpha = 0\.01/);
  assert.match(texOf(sections({ schedule: 'step', decay: 0.5, decay_epochs: 10 }), 'schedule'), /0\.5\^\{\\lfloor e \/ 10 \\rfloor\}/);
  assert.match(texOf(sections({ schedule: 'inverse', decay: 0.1 }), 'schedule'), /1 \+ 0\.1\\, e/);
});

test('the output layer and loss follow the task', () => {
  assert.deepEqual(engineOutput('auto', { task: 'classification', classes: 2 }), { units: 1, activation: 'sigmoid', loss: 'binary_cross_entropy' });
  assert.deepEqual(engineOutput('auto', { task: 'classification', classes: 3 }), { units: 3, activation: 'softmax', loss: 'categorical_cross_entropy' });
  assert.deepEqual(engineOutput('mse', { task: 'classification', classes: 3 }), { units: 3, activation: 'softmax', loss: 'mse' });
  assert.deepEqual(engineOutput('auto', { task: 'regression', classes: 0 }), { units: 1, activation: 'linear', loss: 'mse' });
  const regression = sections({}, { task: 'regression', inputs: 3 });
  assert.match(texOf(regression, 'cost'), /\\big\\lVert a\^\{\[2\]\(i\)\} - y\^\{\(i\)\}/);
  const binary = sections({}, { classes: 2, inputs: 2 });
  assert.match(texOf(binary, 'backward'), /dZ\^\{\[2\]\}\}_\{1 \\times m\} = A\^\{\[2\]\} - Y/);
});

test('KaTeX typesets every line of every configuration without error', () => {
  const variants = [];
  for (const optimizer of Object.keys(PROP.optimizer.options)) {
    for (const schedule of Object.keys(PROP.schedule.options)) variants.push({ optimizer, schedule });
  }
  const layerSets = [[], [L(8, 'leaky_relu', 0.5)], [L(16, 'sigmoid'), L(8, 'tanh', 0.9), L(4, 'linear')]];
  let lines = 0;
  for (const [i, v] of variants.entries()) {
    for (const task of [{ task: 'classification', classes: 2 }, { task: 'classification', classes: 5 }, { task: 'regression' }]) {
      for (const loss of ['auto', 'mse', 'binary_cross_entropy', 'categorical_cross_entropy']) {
        if (task.task === 'regression' && loss !== 'auto') continue;
        const list = sections({ ...v, loss, hidden_layers: layerSets[i % 3], l2: i % 2 ? 0.01 : 0, batch_size: i % 4 }, { ...task, inputs: 4 });
        for (const tex of allTex(list)) {
          assert.doesNotThrow(() => katex.renderToString(tex, { throwOnError: true, displayMode: true }), tex);
          lines++;
        }
      }
    }
  }
  assert.ok(lines > 1000);
});

test('numbers are written for reading', () => {
  assert.equal(num(0.01), '0.01');
  assert.equal(num(1e-8), '10^{-8}');
  assert.equal(num(2.5e-7), '2.5 \\times 10^{-7}');
  assert.equal(num(0.999), '0.999');
});
