// The wasm module against the native CLI (build/native/nnplay-train): same seed, same
// configuration, same data give the same run.
//
// - Initial weights are bit-identical: both draw them with the engine's own RNG
//   (xoshiro256** + Box-Muller in double, rounded to float).
// - Histories agree within a tolerance, not bit for bit: the layers' matrix products sum
//   in different orders natively (Eigen's SSE2 GEMM kernel, 4 floats per packet, blocked
//   over k) and in wasm (the engine's own kernel, engine/nn/gemm.hpp: each element summed in
//   k order), and libm's exp/log may differ in the last bit.
//   Those float32 rounding differences grow slowly over epochs; measured on these runs
//   the relative difference of the losses stays below 3e-7 (TOLERANCE is 1e-5), and
//   accuracies are allowed to differ by one example near a decision threshold.
// - Models interoperate: the native CLI predicts with a model the wasm module exported,
//   the wasm module with a model the native CLI saved.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { nn, iris, irisPath, nativeCli } from './helpers.mjs';

const TOLERANCE = 1e-5;
const cliMissing = !existsSync(nativeCli) && `${nativeCli} is not built (scripts/build.sh)`;
const work = mkdtempSync(path.join(tmpdir(), 'nnplay-bindings-test-native-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// Runs the CLI with `config` written to a file; returns its epoch lines and saved model.
function native(data, config, extra = []) {
  const configPath = path.join(work, 'config.json');
  const modelPath = path.join(work, 'model.json');
  writeFileSync(configPath, JSON.stringify(config));
  const args = [...data, '--config', configPath, '--json', '--save', modelPath, ...extra];
  const lines = execFileSync(nativeCli, args, { encoding: 'utf8' }).split('\n').filter((l) => l.startsWith('{'));
  const epochs = lines.map((l) => JSON.parse(l)).filter((o) => 'epoch' in o);
  return { epochs, model: JSON.parse(readFileSync(modelPath, 'utf8')) };
}

// The same run in wasm: the CLI seeds the split (and generated data) with the config's seed.
function wasm(load, config) {
  const pg = nn.createPlayground();
  try {
    load(pg, { seed: config.seed });
    pg.configure(config);
    const initial = pg.weights();
    const epochs = pg.trainEpochs(config.epochs);
    return { epochs, initial, model: JSON.parse(pg.exportModel()) };
  } finally {
    pg.dispose();
  }
}

const relative = (a, b) => Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b), 1e-12);

function assertSameHistory(w, n, rows) {
  assert.equal(w.length, n.length, 'epochs');
  let worst = 0;
  for (let i = 0; i < n.length; ++i) {
    const [a, b] = [w[i], n[i]];
    assert.equal(a.epoch, b.epoch);
    // The module's metrics have the CLI's --json names (one casing at the boundary).
    assert.deepEqual(Object.keys(a).sort(), Object.keys(b).sort());
    for (const key of ['train_loss', 'validation_loss', 'train_r2', 'validation_r2', 'learning_rate']) {
      if (b[key] === null) {
        assert.equal(a[key], null, `${key} at epoch ${b.epoch}`);
        continue;
      }
      const r = relative(a[key], b[key]);
      worst = Math.max(worst, r);
      assert.ok(r <= TOLERANCE, `${key} at epoch ${b.epoch}: wasm ${a[key]}, native ${b[key]}`);
    }
    for (const [key, n] of [['train_accuracy', rows.train], ['validation_accuracy', rows.validation]]) {
      if (b[key] === null) {
        assert.equal(a[key], null);
        continue;
      }
      assert.ok(Math.abs(a[key] - b[key]) * n <= 1 + 1e-9,
        `${key} at epoch ${b.epoch}: wasm ${a[key]}, native ${b[key]} (more than one example apart)`);
    }
  }
  return worst;
}

// Weights at initialization from a native run whose updates vanish: with SGD at a
// learning rate of 1e-30, W - lr·dW rounds back to W (|lr·dW| is far below half an ulp).
function assertSameInitialWeights(load, config) {
  const frozen = { ...config, optimizer: 'sgd', learning_rate: 1e-30, epochs: 1, l2: 0 };
  const n = native(...load.native(frozen));
  const w = wasm(load.wasm, frozen);
  assert.equal(n.model.layers.length, w.initial.length);
  for (let l = 0; l < w.initial.length; ++l) {
    const { units, inputs, W } = w.initial[l];
    const rows = n.model.layers[l].weights;
    for (let i = 0; i < units; ++i)
      for (let j = 0; j < inputs; ++j)
        assert.equal(W[i + j * units], Math.fround(rows[i][j]), `layer ${l} W[${i}][${j}]`);
  }
}

const irisData = {
  native: (config) => [[irisPath], config],
  wasm: (pg, options) => pg.loadCsv(iris, options),
  rows: { train: 120, validation: 30 },
};
const builtin = (name, rows, derived = []) => ({
  native: (config) => [['--builtin', name, ...(derived.length ? ['--derive', derived.join(',')] : [])], config],
  wasm: (pg, options) => pg.loadBuiltin(name, derived.length ? { ...options, derived } : options),
  rows,
});

const runs = [
  ['iris, adam, mini-batch 16, relu', irisData,
    { hidden_layers: [{ units: 8, activation: 'relu' }], batch_size: 16, seed: 7, epochs: 40 }],
  ['iris, sgd full batch, tanh x2, xavier', irisData,
    { hidden_layers: [{ units: 10, activation: 'tanh' }, { units: 6, activation: 'tanh' }], optimizer: 'sgd',
      learning_rate: 0.1, batch_size: 0, init: 'xavier', seed: 3, epochs: 40 }],
  ['iris, momentum, dropout 0.8, l1 and l2', irisData,
    { hidden_layers: [{ units: 16, activation: 'relu', keep_prob: 0.8 }], optimizer: 'momentum', l1: 0.02, l2: 0.05,
      batch_size: 8, seed: 11, epochs: 30 }],
  ['circles, rmsprop, leaky relu, step schedule', builtin('circles', { train: 320, validation: 80 }),
    { hidden_layers: [{ units: 12, activation: 'leaky_relu' }, { units: 12, activation: 'leaky_relu' }],
      optimizer: 'rmsprop', schedule: 'step', decay: 0.5, decay_epochs: 5, batch_size: 32, seed: 5, epochs: 20 }],
  ['circles with every derived input, tanh', builtin('circles', { train: 320, validation: 80 },
    ['x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2']),
  { hidden_layers: [{ units: 4, activation: 'tanh' }], batch_size: 16, seed: 6, epochs: 20 }],
  ['gauss (regression), tanh x2', builtin('gauss', { train: 320, validation: 80 }),
    { hidden_layers: [{ units: 12, activation: 'tanh' }, { units: 12, activation: 'tanh' }], batch_size: 16, seed: 4,
      epochs: 20 }],
];

for (const [name, data, config] of runs) {
  test(`native: same history as nnplay-train (${name})`, { skip: cliMissing }, () => {
    const n = native(...data.native(config));
    const w = wasm(data.wasm, config);
    const worst = assertSameHistory(w.epochs, n.epochs, data.rows);
    console.log(`${name}: largest relative difference ${worst.toExponential(2)} over ${n.epochs.length} epochs`);
  });

  test(`native: bit-identical initial weights (${name})`, { skip: cliMissing }, () => {
    assertSameInitialWeights(data, config);
  });
}

// MNIST-shaped: 784 inputs, 128-64-10, batch 64 — products big enough for Eigen's
// blocked GEMM path (packing buffers on the wasm stack).
test('native: same history for a 784-128-64-10 network, batch 64', { skip: cliMissing }, () => {
  const rows = 640;
  const lines = [[...Array(784).keys()].map((i) => `p${i}`).concat('digit').join(',')];
  let state = 12345;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let r = 0; r < rows; ++r) {
    const digit = r % 10;
    const pixels = Array.from({ length: 784 }, (_, i) => (i % 10 === digit ? 128 : 0) + Math.floor(next() * 128));
    lines.push(pixels.concat(digit).join(','));
  }
  const text = lines.join('\n') + '\n';
  const file = path.join(work, 'wide.csv');
  writeFileSync(file, text);
  const config = { hidden_layers: [{ units: 128, activation: 'relu' }, { units: 64, activation: 'relu' }],
    batch_size: 64, learning_rate: 0.001, seed: 9, epochs: 5 };
  const n = native([file], config);
  const w = wasm((pg, o) => pg.loadCsv(text, o), config);
  assert.equal(w.initial[0].W.length, 128 * 784);
  const worst = assertSameHistory(w.epochs, n.epochs, { train: 512, validation: 128 });
  console.log(`784-128-64-10: largest relative difference ${worst.toExponential(2)} over ${n.epochs.length} epochs`);
});

test('native: regression history (iris petal_width)', { skip: cliMissing }, () => {
  const config = { hidden_layers: [8], batch_size: 16, seed: 2, epochs: 25 };
  const n = native([irisPath, '--target', 'petal_width', '--task', 'regression'], config).epochs;
  const w = wasm((pg, o) => pg.loadCsv(iris, { ...o, target: 'petal_width', task: 'regression' }), config).epochs;
  assert.equal(w[0].train_accuracy, null);
  assertSameHistory(w, n, { train: 120, validation: 30 });
});

test('native: the CLI predicts with a model the wasm module exported', { skip: cliMissing }, () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(iris, { seed: 4 });
    pg.configure({ hidden_layers: [8], batch_size: 16, seed: 4 });
    pg.trainEpochs(20);
    const modelPath = path.join(work, 'exported.json');
    writeFileSync(modelPath, pg.exportModel());
    const csv = execFileSync(nativeCli, [irisPath, '--predict', modelPath], { encoding: 'utf8' }).trim().split('\n');
    assert.match(csv[0], /p\(setosa\),p\(versicolor\),p\(virginica\),predicted$/);
    const rows = iris.trim().split('\n').slice(1).map((l) => l.split(','));
    const mine = pg.predict(new Float32Array(rows.flatMap((r) => r.slice(0, 4).map(Number))), rows.length);
    for (let r = 0; r < rows.length; ++r) {
      const fields = csv[r + 1].split(',');
      for (let k = 0; k < 3; ++k) {
        const theirs = Number(fields[5 + k]);  // printed with 6 significant digits
        assert.ok(Math.abs(theirs - mine[r * 3 + k]) <= 5e-6 + 1e-5 * mine[r * 3 + k], `row ${r + 1} p${k}`);
      }
    }
  } finally {
    pg.dispose();
  }
});

test('native: the wasm module predicts with a model the CLI saved', { skip: cliMissing }, () => {
  const config = { hidden_layers: [8], batch_size: 16, seed: 6, epochs: 15 };
  const { model } = native([irisPath], config);
  const trained = nn.createPlayground();
  const imported = nn.createPlayground();
  try {
    trained.loadCsv(iris, { seed: 6 });
    trained.configure(config);
    trained.trainEpochs(15);
    imported.importModel(model);
    const rows = new Float32Array([5.1, 3.5, 1.4, 0.2, 6.7, 3.0, 5.2, 2.3, 5.9, 3.0, 4.2, 1.5]);
    const a = imported.predict(rows, 3);
    const b = trained.predict(rows, 3);
    for (let k = 0; k < a.length; ++k) assert.ok(Math.abs(a[k] - b[k]) < 1e-4, `output ${k}: ${a[k]} vs ${b[k]}`);
    assert.equal(JSON.parse(imported.exportModel()).epochs_trained, 15);
  } finally {
    trained.dispose();
    imported.dispose();
  }
});

// Bad CSVs: the wasm module's Error carries the message the CLI prints.
const badCsvs = {
  'ragged row': 'a,b,c\n1,2,x\n3,4\n',
  'unterminated quote': 'a,b,c\n1,"2,x\n3,4,y\n',
  'image bytes': '\x89PNG\r\n\x1a\nabc',
  'empty target': 'a,b,c\n1,2,\n3,4,\n',
  'header only': 'a;b\n',
  'text in a number column': 'a,b,label\n1,2,x\n3,oops,y\n5,6,x\n7,8,y\n9,1,x\n',
  'nothing to learn from': 'a,b,c\n1,2,x\n1,2,x\n',
  'NUL byte': 'a,b\n1,\u00002\n',
};

for (const [name, text] of Object.entries(badCsvs)) {
  test(`native: bad CSV gives the CLI's message (${name})`, { skip: cliMissing }, () => {
    const bytes = Buffer.from(text, 'latin1');
    const file = path.join(work, 'bad.csv');
    writeFileSync(file, bytes);
    let message;
    try {
      execFileSync(nativeCli, [file, '--epochs', '1'], { encoding: 'utf8', stdio: 'pipe' });
      assert.fail('the CLI accepted it');
    } catch (e) {
      message = e.stderr.trim().replace(/^nnplay-train: /, '');
    }
    assert.ok(message.length > 0);
    const pg = nn.createPlayground();
    try {
      assert.throws(() => pg.loadCsv(new Uint8Array(bytes)), (e) => {
        assert.ok(e instanceof Error);
        assert.equal(e.message, message);
        return true;
      });
    } finally {
      pg.dispose();
    }
  });
}
