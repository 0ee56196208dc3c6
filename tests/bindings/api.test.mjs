// Every call of the Playground API: its happy path, its error path (an Error naming the
// field, row or column), and that a failed call leaves the object as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { nn, iris, irisPlayground, regressionCsv, errorWith, root } from './helpers.mjs';

const setosa = [5.1, 3.5, 1.4, 0.2];
const virginica = [6.7, 3.0, 5.2, 2.3];

test('loadCsv: summary of iris; bytes, and a stream\'s pieces, load the same as text', () => {
  const pg = nn.createPlayground();
  try {
    const s = pg.loadCsv(iris, { seed: 1 });
    assert.equal(s.rows, 150);
    assert.equal(s.target, 'species');
    assert.equal(s.task, 'classification');
    assert.deepEqual(s.classes.map((c) => c.name), ['setosa', 'versicolor', 'virginica']);
    assert.equal(s.train_rows + s.validation_rows, 150);
    assert.equal(s.columns.length, 5);
    assert.ok(Array.isArray(s.warnings) && Array.isArray(s.preview));
    assert.deepEqual(pg.summary(), s);
    const bytes = new TextEncoder().encode(iris);
    const fromBytes = pg.loadCsv(bytes, { seed: 1 });
    assert.deepEqual(fromBytes, s);
    // Pieces cut anywhere, even inside a field or a line break, and an empty one.
    const pieces = [bytes.subarray(0, 7), bytes.subarray(7, 7), bytes.subarray(7, 1001), bytes.subarray(1001)];
    assert.deepEqual(pg.loadCsv(pieces, { seed: 1 }), s);
  } finally {
    pg.dispose();
  }
});

test('loadCsv: errors name the row, column and option; the loaded data stays', () => {
  const pg = irisPlayground();
  try {
    const before = pg.summary();
    pg.trainEpochs(2);
    assert.throws(() => pg.loadCsv('a,b\n1,2\n3\n', {}), errorWith('row 3'));
    assert.throws(() => pg.loadCsv('a,b\n1,2\n3,4\n', { target: 'zz' }), errorWith('"zz"'));
    assert.throws(() => pg.loadCsv(iris, { validation_fraction: 1.5 }), errorWith('options.validation_fraction'));
    assert.throws(() => pg.loadCsv(iris, { scaling: 'log' }), errorWith('options.scaling', '"log"'));
    assert.throws(() => pg.loadCsv(iris, { targte: 'species' }), errorWith('unknown option "targte"'));
    assert.throws(() => pg.loadCsv(iris, '{not json'), errorWith('options is not valid JSON'));
    assert.deepEqual(pg.summary(), before);
    assert.equal(pg.epoch, 2, 'training state kept');
    assert.equal(pg.trainEpochs(1)[0].epoch, 3);
  } finally {
    pg.dispose();
  }
});

test('loadCsv: options select target, task and scaling', () => {
  const pg = nn.createPlayground();
  try {
    const s = pg.loadCsv(iris, { target: 'petal_width', task: 'regression', scaling: 'minmax', validation_fraction: 0 });
    assert.equal(s.target, 'petal_width');
    assert.equal(s.task, 'regression');
    assert.equal(s.validation_rows, 0);
    const byNumber = pg.loadCsv(iris, { target: 4, task: 'regression' });
    assert.equal(byNumber.target, 'petal_width');
  } finally {
    pg.dispose();
  }
});

test('inspectCsv: summary without loading', () => {
  const pg = nn.createPlayground();
  try {
    const s = pg.inspectCsv(iris, { target: 'sepal_length' });
    assert.equal(s.target, 'sepal_length');
    assert.equal(pg.summary(), null);
    assert.throws(() => pg.inspectCsv(iris, { target: 'nope' }), errorWith('"nope"'));
  } finally {
    pg.dispose();
  }
});

test('loadBuiltin: generated and teaching sets; file-backed ones and bad options are an Error', () => {
  const pg = nn.createPlayground();
  try {
    const names = nn.builtinDatasets().map((b) => b.name);
    for (const name of ['xor', 'circles', 'spirals', 'moons', 'blobs', 'linear', 'iris']) assert.ok(names.includes(name), name);
    assert.equal(nn.builtinDatasets().find((b) => b.name === 'iris').file, 'data/iris.csv');

    const s = pg.loadBuiltin('circles', { rows: 200, noise: 0.05, seed: 3 });
    assert.equal(s.rows, 200);
    assert.equal(s.feature_count, 2);
    assert.equal(s.classes.length, 2);
    assert.deepEqual(pg.loadBuiltin('circles', { rows: 200, noise: 0.05, seed: 3 }), s, 'same seed, same data');
    assert.equal(pg.loadBuiltin('blobs', { classes: 4, rows: 100 }).classes.length, 4);
    assert.equal(pg.loadBuiltin('xor', { validation_fraction: 0 }).rows, 4);
    pg.configure({ batch_size: 0 });
    assert.equal(pg.trainEpochs(2).length, 2);

    const before = pg.summary();
    assert.throws(() => pg.loadBuiltin('no-such-data-set'), errorWith('"no-such-data-set"', 'circles'));
    assert.throws(() => pg.loadBuiltin('iris'), errorWith('data/iris.csv', 'loadCsv'));
    assert.throws(() => pg.loadBuiltin('fashion-mnist'), errorWith('four IDX files', 'loadIdx', 'data/fashion-mnist/*.gz'));
    assert.throws(() => pg.loadBuiltin('moons', { noise: -1 }), errorWith('noise'));
    assert.throws(() => pg.loadBuiltin('moons', { rows: 'many' }), errorWith('options.rows'));
    assert.deepEqual(pg.summary(), before);
    assert.equal(pg.epoch, 2);
  } finally {
    pg.dispose();
  }
});

test('configure: normalized config back; a bad field names it and keeps the old config', () => {
  const pg = nn.createPlayground();
  try {
    const c = pg.configure({ hidden_layers: [4, { units: 3, activation: 'tanh' }], optimizer: 'sgd', seed: 9 });
    assert.deepEqual(c.hidden_layers, [
      { units: 4, activation: 'relu', keep_prob: 1 },
      { units: 3, activation: 'tanh', keep_prob: 1 },
    ]);
    assert.equal(c.optimizer, 'sgd');
    assert.equal(c.learning_rate, 0.01);
    assert.deepEqual(pg.configure(JSON.stringify(c)), c, 'JSON strings are accepted and round-trip');
    assert.throws(() => pg.configure({ hidden_layers: [{ units: 0 }] }),
      errorWith('hidden_layers[0].units', 'between 1 and 4096'));
    assert.throws(() => pg.configure({ learning_rate: -1 }), errorWith('learning_rate', '(0, 100]'));
    assert.throws(() => pg.configure({ optimizer: 'adamw' }), errorWith('optimizer'));
    assert.throws(() => pg.configure({ lr: 0.1 }), errorWith('unknown field "lr"'));
    assert.throws(() => pg.configure('{'), errorWith('configuration is not valid JSON'));
    assert.deepEqual(pg.config(), c);
  } finally {
    pg.dispose();
  }
});

test('configure: checked against the loaded data (batch size); training state kept on error', () => {
  const pg = irisPlayground();
  try {
    pg.trainEpochs(3);
    assert.throws(() => pg.configure({ batch_size: 1000 }), errorWith('batch_size', '120 training rows'));
    assert.equal(pg.epoch, 3);
    assert.equal(pg.config().batch_size, 16);
    pg.configure({ batch_size: 0 });
    assert.equal(pg.epoch, 0, 'a new configuration restarts training');
  } finally {
    pg.dispose();
  }
});

test('trainEpochs: metrics per epoch, resumable; NaN fields are null', () => {
  const pg = irisPlayground();
  try {
    const first = pg.trainEpochs(3);
    assert.deepEqual(first.map((m) => m.epoch), [1, 2, 3]);
    for (const m of first) {
      assert.deepEqual(Object.keys(m).sort(),
        ['epoch', 'learning_rate', 'seconds', 'train_accuracy', 'train_loss', 'train_r2', 'train_rmse', 'validation_accuracy',
          'validation_loss', 'validation_r2', 'validation_rmse']);
      assert.ok(Number.isFinite(m.train_loss) && Number.isFinite(m.validation_loss));
      assert.ok(m.train_accuracy >= 0 && m.train_accuracy <= 1);
      assert.equal(m.train_r2, null);
      assert.equal(m.validation_r2, null);
      assert.equal(m.validation_rmse, null);
      assert.ok(m.seconds >= 0);
    }
    assert.deepEqual(pg.trainEpochs(2).map((m) => m.epoch), [4, 5]);
    assert.equal(pg.history().length, 5);
    assert.equal(pg.epoch, 5);
    assert.equal(pg.modelEpoch, 5);
    assert.equal(pg.stopped, false);
    assert.equal(pg.stopReason, '');
    assert.throws(() => pg.trainEpochs(-1), errorWith('epochs must be a whole number between 0 and 1000000, got -1'));
    assert.throws(() => pg.trainEpochs(1.5), errorWith('epochs must be a whole number'));
    assert.equal(pg.epoch, 5);
  } finally {
    pg.dispose();
  }
});

test('trainEpochs: without data is an Error', () => {
  const pg = nn.createPlayground();
  try {
    assert.throws(() => pg.trainEpochs(1), errorWith('no data'));
    assert.throws(() => pg.reset(), errorWith('no data'));
    assert.deepEqual(pg.history(), []);
  } finally {
    pg.dispose();
  }
});

test('trainEpochs: regression reports R² and no accuracy', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(regressionCsv(), { seed: 2 });
    pg.configure({ hidden_layers: [8], batch_size: 8, learning_rate: 0.02 });
    const h = pg.trainEpochs(30);
    const last = h.at(-1);
    assert.equal(last.train_accuracy, null);
    assert.ok(last.train_r2 > 0.9, `train R² ${last.train_r2}`);
    assert.throws(() => pg.confusionMatrix('train'), errorWith('classification'));
  } finally {
    pg.dispose();
  }
});

test('modelEpoch: early stopping restores an earlier epoch\'s weights and says which', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { seed: 1 });
    pg.configure({ hidden_layers: [16], learning_rate: 0.3, patience: 5 });
    const history = pg.trainEpochs(200);
    assert.equal(pg.stopped, true);
    assert.equal(pg.epoch, history.length);
    const best = history.reduce((b, m) => (m.validation_loss < b.validation_loss ? m : b));
    assert.equal(pg.modelEpoch, best.epoch);
    assert.equal(pg.modelEpoch, pg.epoch - 5);
    assert.equal(JSON.parse(pg.exportModel()).weights_of_epoch, best.epoch);
    pg.reset();
    assert.equal(pg.modelEpoch, 0);
  } finally {
    pg.dispose();
  }
});

test('stopReason: divergence stops training with a reason; further epochs do nothing', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(regressionCsv(), { seed: 2, scaling: 'none' });
    pg.configure({ hidden_layers: [16], optimizer: 'sgd', learning_rate: 100, batch_size: 0 });
    pg.trainEpochs(50);
    assert.equal(pg.stopped, true);
    assert.match(pg.stopReason, /diverged/);
    assert.deepEqual(pg.trainEpochs(5), []);
    pg.reset();
    assert.equal(pg.stopped, false);
    assert.equal(pg.epoch, 0);
  } finally {
    pg.dispose();
  }
});

test('predict: row-major rows in, row-major probabilities out (a copy)', () => {
  const pg = irisPlayground();
  try {
    pg.trainEpochs(30);
    const out = pg.predict(new Float32Array([...setosa, ...virginica]), 2);
    assert.ok(out instanceof Float32Array);
    assert.equal(out.length, 6);
    assert.ok(Math.abs(out[0] + out[1] + out[2] - 1) < 1e-5);
    assert.ok(out[0] > 0.5, `P(setosa | setosa) ${out[0]}`);
    assert.ok(out[5] > 0.5, `P(virginica | virginica) ${out[5]}`);
    const again = pg.predict([...setosa], 1);  // plain arrays too
    assert.deepEqual(Array.from(again), Array.from(out.subarray(0, 3)));
    pg.trainEpochs(1);
    assert.equal(out.length, 6, 'the result stays valid after more calls');
    assert.deepEqual(pg.predict(new Float32Array(0), 0), new Float32Array(0));
    assert.throws(() => pg.predict(new Float32Array(7), 2), errorWith('2 rows x 4 input columns = 8 values, got 7'));
    assert.throws(() => pg.predict(new Float32Array(8)), errorWith('nRows must be a whole number'));
    assert.throws(() => pg.predict(new Float32Array([1, 2, 3, Infinity]), 1), errorWith('rows[3] must be finite'));
    // Finite as a double, infinite as the float the engine reads: the engine names the column.
    assert.throws(() => pg.predict(new Float64Array([1, 2, 3, 1e39]), 1), errorWith('petal_width', 'infinite'));
  } finally {
    pg.dispose();
  }
});

test('predictRow: numbers or strings, the target field optional; errors name the column', () => {
  const pg = irisPlayground();
  try {
    pg.trainEpochs(5);
    const p = pg.predictRow(setosa);
    assert.equal(p.length, 3);
    assert.deepEqual(pg.predictRow(setosa.map(String)), p);
    assert.deepEqual(pg.predictRow([...setosa.map(String), 'setosa']), p);
    assert.deepEqual(Array.from(pg.predict(new Float32Array(setosa), 1)), Array.from(p));
    assert.throws(() => pg.predictRow(['x', 3.5, 1.4, 0.2]), errorWith('column "sepal_length"', '"x" is not a number'));
    assert.throws(() => pg.predictRow([1, 2]), errorWith('2 fields', 'takes 4'));
    assert.throws(() => pg.predictRow([1, 2, 3, {}]), errorWith('predictRow'));
  } finally {
    pg.dispose();
  }
});

test('predict: without data or model is an Error', () => {
  const pg = nn.createPlayground();
  try {
    assert.throws(() => pg.predict(new Float32Array(4), 1), errorWith('no model'));
    assert.throws(() => pg.predictRow(setosa), errorWith('no model'));
    assert.throws(() => pg.weights(), errorWith('no model'));
    assert.throws(() => pg.exportModel(), errorWith('no model'));
  } finally {
    pg.dispose();
  }
});

test('weights: every layer W (units x inputs, column-major) and b as copies', () => {
  const pg = irisPlayground({ hidden_layers: [{ units: 8, activation: 'tanh', keep_prob: 0.9 }] });
  try {
    const w = pg.weights();
    assert.equal(w.length, 2);
    assert.deepEqual([w[0].inputs, w[0].units, w[0].activation], [4, 8, 'tanh']);
    assert.ok(Math.abs(w[0].keep_prob - 0.9) < 1e-6);
    assert.deepEqual([w[1].inputs, w[1].units, w[1].activation], [8, 3, 'softmax']);
    assert.ok(w[0].W instanceof Float32Array && w[0].W.length === 32);
    assert.deepEqual(Array.from(w[0].b), new Array(8).fill(0), 'biases start at zero');
    // Column-major W against the model JSON's rows: weights[i][j] is W[i + j * units].
    const model = JSON.parse(pg.exportModel());
    assert.equal(model.layers[0].weights[2][3], w[0].W[2 + 3 * 8]);
    pg.trainEpochs(1);
    assert.notDeepEqual(pg.weights()[0].W, w[0].W);
  } finally {
    pg.dispose();
  }
});

test('confusionMatrix: counts per split add up; a bad split is an Error', () => {
  const pg = irisPlayground();
  try {
    pg.trainEpochs(10);
    const v = pg.confusionMatrix('validation');
    assert.deepEqual(v.class_names, ['setosa', 'versicolor', 'virginica']);
    assert.equal(v.counts.flat().reduce((a, b) => a + b, 0), 30);
    const t = pg.confusionMatrix('train');
    assert.equal(t.counts.flat().reduce((a, b) => a + b, 0), 120);
    const h = pg.history().at(-1);
    const diagonal = t.counts.reduce((a, row, i) => a + row[i], 0);
    assert.equal(diagonal / 120, h.train_accuracy);
    assert.deepEqual(pg.confusionMatrix('test').counts.flat(), new Array(9).fill(0));
    assert.throws(() => pg.confusionMatrix('holdout'), errorWith('split', '"holdout"'));
  } finally {
    pg.dispose();
  }
});

test('exportModel/importModel: the imported model predicts the same; bad JSON names the field', () => {
  const a = irisPlayground();
  const b = nn.createPlayground();
  try {
    a.trainEpochs(10);
    const json = a.exportModel();
    const model = JSON.parse(json);
    assert.equal(model.format, 'nnplay-model');
    assert.equal(model.epochs_trained, 10);
    const rows = new Float32Array([...setosa, ...virginica]);
    const config = b.importModel(json);
    assert.deepEqual(config, a.config());
    assert.deepEqual(b.predict(rows, 2), a.predict(rows, 2));
    assert.deepEqual(b.predictRow(setosa), a.predictRow(setosa));
    assert.equal(b.weights().length, 2);
    assert.equal(b.exportModel(), json, 'an imported model exports as it came');

    const broken = structuredClone(model);
    broken.layers[1].weights.pop();
    assert.throws(() => b.importModel(broken), errorWith('layers[1].weights'));
    assert.throws(() => b.importModel('{"format":'), errorWith('model is not valid JSON'));
    assert.deepEqual(b.predict(rows, 2), a.predict(rows, 2), 'a failed import changes nothing');

    // Loading data and configuring keep it; training trains it further (fine-tuning); Reset
    // starts from the seed's weights.
    b.loadCsv(iris, { seed: 1 });
    b.configure(config);
    assert.deepEqual(b.predict(rows, 2), a.predict(rows, 2));
    assert.equal(b.exportModel(), json);
    assert.deepEqual(b.confusionMatrix('validation'), a.confusionMatrix('validation'), 'scored on the data it fits');
    b.trainEpochs(10);
    assert.equal(JSON.parse(b.exportModel()).epochs_trained, 20);
    b.reset();
    b.trainEpochs(10);
    assert.equal(JSON.parse(b.exportModel()).epochs_trained, 10);
    assert.deepEqual(b.predict(rows, 2), a.predict(rows, 2));
  } finally {
    a.dispose();
    b.dispose();
  }
});

test('dispose: idempotent; calls afterwards are an Error', () => {
  const pg = irisPlayground();
  pg.dispose();
  pg.dispose();
  assert.equal(pg.disposed, true);
  assert.throws(() => pg.trainEpochs(1), errorWith('disposed'));
});

test('importModel: a model saved by version 0.1.0 loads and predicts what it did then', () => {
  const saved = readFileSync(path.join(root, 'tests/fixtures/model-0.1.0.json'), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/model-0.1.0.predict.json'), 'utf8'));
  const pg = nn.createPlayground();
  try {
    const config = pg.importModel(saved);
    assert.equal(config.init, 'lecun', 'its "gaussian" init is read by its present name');
    const outputs = Array.from(pg.predictRow(expected.row));
    assert.equal(outputs.length, expected.outputs.length);
    outputs.forEach((v, k) => assert.ok(Math.abs(v - expected.outputs[k]) <= 1e-6 * Math.abs(expected.outputs[k]), `output ${k}: ${v}`));
  } finally {
    pg.dispose();
  }
});
