// Export as code: models trained through the wasm engine, exported as a NumPy script that
// must predict what the engine predicts on the same raw rows; the Keras and PyTorch
// snippets must at least be valid Python.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nn, iris, twoFeatureCsv } from '../../bindings/helpers.mjs';
import { exportCode, numpyScript } from '../../../web/export/code-export.js';
import { callPython, runPython } from '../python.mjs';

const dir = mkdtempSync(path.join(tmpdir(), 'nnplay-code-export-'));

// A table with a categorical column, a few missing values (imputed) and an ignored column.
function categoricalCsv(rows = 120) {
  const colors = ['red', 'green', 'blue'];
  const lines = ['size,color,note,label'];
  for (let i = 0; i < rows; ++i) {
    const size = ((i * 37) % 100) / 10;
    const color = colors[(i * 7) % 3];
    const label = size + (color === 'red' ? 3 : color === 'green' ? -2 : 0) > 5 ? 'big' : 'small';
    lines.push(`${i % 17 === 3 ? '' : size},${i % 23 === 5 ? 'NA' : color},n${i % 5},${label}`);
  }
  return lines.join('\n') + '\n';
}

// Regression in units far from 0..1, with a categorical input: the target scaling must be undone.
function regressionCsv(rows = 80) {
  const lines = ['a,kind,b,price'];
  for (let i = 0; i < rows; ++i) {
    const a = (i % 10) / 3;
    const b = ((i * 7) % 13) / 4;
    const kind = i % 3 === 0 ? 'x' : 'y';
    lines.push(`${a},${kind},${b},${250 + 40 * a - 15 * b + (kind === 'x' ? 30 : 0)}`);
  }
  return lines.join('\n') + '\n';
}

function csvRows(text, limit = 40) {
  return text.trim().split('\n').slice(1, limit + 1).map((l) => l.split(','));
}

// Trains, exports, runs the script on the first rows (target column included, as in the
// CSV) and compares with the engine's predictRow.
function checkNumpy(name, csv, options, config, epochs = 20) {
  const pg = nn.createPlayground();
  try {
    const summary = pg.loadCsv(csv, { seed: 1, ...options });
    pg.configure({ seed: 3, ...config });
    pg.trainEpochs(epochs);
    const model = JSON.parse(pg.exportModel());
    const rows = csvRows(csv).filter((r) => !(options.missing !== 'impute' && r.some((v) => v === '')));
    const expected = rows.map((r) => Array.from(pg.predictRow(r)));
    const code = exportCode(model, { trainRows: summary.train_rows, exampleRows: rows.slice(0, 2) });
    const file = path.join(dir, `${name}.py`);
    writeFileSync(file, code.numpy);
    const classification = model.task === 'classification';
    const got = callPython(file, classification ? 'predict_proba' : 'predict', rows);
    assert.equal(got.length, rows.length);
    for (let r = 0; r < rows.length; ++r) {
      for (let k = 0; k < expected[r].length; ++k) {
        const tolerance = 1e-5 * Math.max(1, Math.abs(expected[r][k]));
        assert.ok(Math.abs(got[r][k] - expected[r][k]) <= tolerance,
          `${name} row ${r + 1} output ${k}: NumPy ${got[r][k]}, engine ${expected[r][k]}`);
      }
    }
    if (classification) {
      const labels = callPython(file, 'predict', rows);
      const argmax = (p) => (p.length === 1 ? Number(p[0] > 0.5) : p.indexOf(Math.max(...p)));
      assert.deepEqual(labels, expected.map((p) => model.class_names[argmax(p)]), `${name}: labels`);
    }
    // As a program: the example rows, and a CSV file by its header's names.
    assert.equal(runPython([file]).trim().split('\n').length, 3);
    const csvFile = path.join(dir, `${name}.csv`);
    writeFileSync(csvFile, csv);
    assert.equal(runPython([file, csvFile]).trim().split('\n').length, csv.trim().split('\n').length);
    for (const framework of ['keras', 'pytorch']) {
      const f = path.join(dir, `${name}_${framework}.py`);
      writeFileSync(f, code[framework]);
      runPython(['-c', 'import ast, sys; ast.parse(open(sys.argv[1]).read())', f]);
    }
    return { model, code };
  } finally {
    pg.dispose();
  }
}

test('iris: softmax output, leaky ReLU, dropout, L2; the script predicts what the engine does', () => {
  const { code } = checkNumpy('iris', iris, {}, {
    hidden_layers: [{ units: 8, activation: 'leaky_relu', keep_prob: 0.9 }, { units: 6, activation: 'tanh' }],
    leaky_slope: 0.1, l2: 0.01, batch_size: 16, schedule: 'step', decay: 0.5, decay_epochs: 5,
  });
  assert.match(code.keras, /keras\.layers\.LeakyReLU\(0\.1\)/);
  assert.match(code.keras, /keras\.layers\.Dropout\(0\.1\)/);
  assert.match(code.keras, /layer\.set_weights\(\[W\.T, b\]\)/, 'a Keras kernel is Wᵀ');
  assert.match(code.keras, /kernel_regularizer=keras\.regularizers\.l2\(/);
  assert.match(code.keras, /activation="softmax"/);
  assert.match(code.pytorch, /nn\.LeakyReLU\(negative_slope=0\.1\)/);
  assert.match(code.pytorch, /nn\.Dropout\(p=0\.1\)/);
  assert.match(code.pytorch, /nn\.Softmax\(dim=1\)/);
  assert.match(code.pytorch, /LambdaLR\(optimizer, lambda epoch: 0\.5 \*\* \(epoch \/\/ 5\)\)/);
});

test('a categorical feature (one-hot), imputed missing values and an ignored column', () => {
  const { model } = checkNumpy('categorical', categoricalCsv(), { missing: 'impute', ignore_columns: ['note'] },
    { hidden_layers: [{ units: 6, activation: 'relu' }], batch_size: 8 });
  assert.ok(model.preprocessing.inputs.some((c) => c.kind === 'categorical'));
  assert.ok(model.preprocessing.inputs.some((c) => c.kind === 'ignored'));
});

test('regression: the targets are mapped back to their units', () => {
  const { model, code } = checkNumpy('regression', regressionCsv(), {},
    { hidden_layers: [{ units: 8, activation: 'tanh' }], optimizer: 'momentum', learning_rate: 0.05, batch_size: 8 }, 40);
  assert.equal(model.task, 'regression');
  assert.match(code.numpy, /TARGET_OFFSET = np\.array/);
  assert.match(code.keras, /keras\.optimizers\.SGD\(learning_rate=0\.05, momentum=0\.9\)/);
  assert.match(code.pytorch, /nn\.MSELoss\(\)/);
});

test('binary: one sigmoid output unit, P(second class)', () => {
  const { model, code } = checkNumpy('binary', twoFeatureCsv(80), {},
    { hidden_layers: [{ units: 5, activation: 'sigmoid' }, { units: 4, activation: 'relu' }], optimizer: 'rmsprop', batch_size: 0 });
  assert.equal(model.layers.at(-1).units, 1);
  assert.match(code.keras, /Dense\(1, activation="sigmoid"/);
  assert.match(code.keras, /loss="binary_crossentropy"/);
  assert.match(code.pytorch, /BCEWithLogitsLoss/);
  assert.match(code.pytorch, /RMSprop\(model\.parameters\(\), lr=0\.01, alpha=0\.9, eps=1e-8\)/);
});

test('derived inputs and L1: the script derives the inputs as the engine does; Keras and PyTorch get the L1 term', () => {
  const derived = ['x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];
  const { model, code } = checkNumpy('derived', twoFeatureCsv(80), { derived },
    { hidden_layers: [{ units: 4, activation: 'tanh' }], l1: 0.02, l2: 0.01, batch_size: 16 });
  assert.deepEqual(model.preprocessing.derived, derived);
  assert.equal(model.inputs, 7);
  assert.match(code.numpy, /DERIVED = \["x1sq", "x2sq", "x1x2", "sinx1", "sinx2"\]/);
  assert.match(code.numpy, /return derive\(\(x - OFFSET\) \* SCALE\)/);
  // λ₁/m and λ₂/(2m) with m = 64 training rows.
  assert.match(code.keras, /kernel_regularizer=keras\.regularizers\.l1_l2\(l1=0\.0003125, l2=0\.000078125\)/);
  assert.match(code.keras, /model\.predict\(derive\(\(features - OFFSET\) \* SCALE\)\)/);
  assert.match(code.pytorch, /L1 = 0\.0003125/);
  assert.match(code.pytorch, /layer\.weight\.grad \+= L1 \* torch\.sign\(layer\.weight\)/);
  assert.match(code.pytorch, /def derive\(x\):/);
});

test('a model without hidden layers, and the messages for what is not a model', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(iris, { seed: 1 });
    pg.configure({ hidden_layers: [], epochs: 1 });
    pg.trainEpochs(1);
    const code = exportCode(pg.exportModel());
    assert.match(code.numpy, /4 inputs → 3 softmax/);
    assert.match(code.pytorch, /nn\.Linear\(4, 3\)/);
  } finally {
    pg.dispose();
  }
  assert.throws(() => numpyScript('{"format": "other"}'), /not an nnplay model/);
});
