// The 2-D views of the Playground API: the decision grid with what every unit computes,
// and the data points of each split.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, irisPlayground, twoFeatureCsv, regressionCsv, errorWith } from './helpers.mjs';

test('decisionGrid: class-1 probability and class per cell for 2-feature data', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(twoFeatureCsv(200), { seed: 3 });
    pg.configure({ hidden_layers: [16, 16], batch_size: 16, learning_rate: 0.03 });
    pg.trainEpochs(60);
    const g = pg.decisionGrid([-5, 5], [-5, 5], 21);
    assert.equal(g.resolution, 21);
    assert.ok(g.values instanceof Float32Array && g.values.length === 441);
    assert.ok(g.classes instanceof Int32Array && g.classes.length === 441);
    // classes: inside (0), outside (1); the centre cell (x = 0, y = 0) is inside.
    const centre = 10 * 21 + 10;
    assert.equal(g.classes[centre], 0);
    assert.ok(g.values[centre] < 0.5);
    assert.equal(g.classes[0], 1, 'the corner (-5, -5) is outside');
    for (let k = 0; k < 441; ++k) assert.equal(g.classes[k], g.values[k] > 0.5 ? 1 : 0);
    // cell order: x inner. The grid's first row is y = -5; its 11th cell is (0, -5).
    const p = pg.predict(new Float32Array([0, -5]), 1);
    assert.equal(p[0], g.values[10]);
    assert.throws(() => pg.decisionGrid([1, 0], [0, 1], 10), errorWith('xRange'));
    assert.throws(() => pg.decisionGrid([0, 1], [0, 1], 1), errorWith('resolution', 'between 2 and 256'));
  } finally {
    pg.dispose();
  }
});

test('decisionGrid: regression gives the prediction per cell and no classes', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(regressionCsv(), { seed: 2 });
    pg.trainEpochs(5);
    const g = pg.decisionGrid([0, 3], [0, 3], 4);
    assert.equal(g.classes, null);
    assert.equal(g.values.length, 16);
    assert.equal(g.values[5], pg.predict(new Float32Array([1, 1]), 1)[0]);
  } finally {
    pg.dispose();
  }
});

test('decisionGrid: more than 2 inputs is an Error', () => {
  const pg = irisPlayground();
  try {
    assert.throws(() => pg.decisionGrid([0, 1], [0, 1], 10), errorWith('exactly 2 numeric feature columns'));
    assert.throws(() => pg.dataPoints('train'), errorWith('exactly 2 numeric feature columns'));
  } finally {
    pg.dispose();
  }
});

test('decisionGrid: units[l][u] is what each unit outputs; ignored columns do not count', () => {
  const pg = nn.createPlayground();
  try {
    // A third column the user ignores: the grid is still over the two features.
    const csv = twoFeatureCsv(120).split('\n').map((line, i) => (line ? `${line},${i === 0 ? 'note' : 'n' + (i % 7)}` : line)).join('\n');
    pg.loadCsv(csv, { seed: 3, target: 3, ignore_columns: ['note'] });
    pg.configure({ hidden_layers: [{ units: 3, activation: 'tanh' }], batch_size: 16 });
    pg.trainEpochs(5);
    const g = pg.decisionGrid([-2, 2], [-1, 1], 5, 2);
    assert.equal(g.units.length, 2, 'one entry per layer');
    assert.equal(g.units[0].length, 2, 'the first maxUnits units of the hidden layer');
    assert.equal(g.units[1].length, 1, 'the single sigmoid output');
    assert.deepEqual(Array.from(g.units[1][0]), Array.from(g.values), 'the output unit is the grid');
    for (const map of g.units[0]) for (const v of map) assert.ok(v > -1 && v < 1, 'tanh outputs');
    // Hidden unit 0 by hand from the weights: tanh(W·x_scaled + b) at the first cell (-2, -1).
    const [hidden] = pg.weights();
    const pts = pg.dataPoints('train');
    assert.equal(pts.x.length, 2 * pts.labels.length);
    const model = JSON.parse(pg.exportModel());
    const { offset, scale } = model.preprocessing;
    const x = [(-2 - offset[0]) * scale[0], (-1 - offset[1]) * scale[1]];
    const z = hidden.W[0] * x[0] + hidden.W[hidden.units] * x[1] + hidden.b[0];
    assert.ok(Math.abs(g.units[0][0][0] - Math.tanh(z)) < 1e-5);
  } finally {
    pg.dispose();
  }
});

test('dataPoints: the points of each split in the data\'s units', () => {
  const pg = nn.createPlayground();
  try {
    const csv = twoFeatureCsv(50);
    pg.loadCsv(csv, { seed: 1, validation_fraction: 0.2, scaling: 'standardize' });
    const train = pg.dataPoints('train');
    const validation = pg.dataPoints('validation');
    assert.equal(train.labels.length + validation.labels.length, 50);
    assert.equal(train.targets, null);
    // Every point is a row of the file, unscaled.
    const rows = new Set(csv.trim().split('\n').slice(1).map((l) => l.split(',').slice(0, 2).map(Number).map((v) => v.toFixed(3)).join()));
    for (let i = 0; i < train.labels.length; ++i)
      assert.ok(rows.has([train.x[2 * i], train.x[2 * i + 1]].map((v) => v.toFixed(3)).join()), `point ${i} is a row of the file`);
    assert.throws(() => pg.dataPoints('bogus'), errorWith('split must be'));
  } finally {
    pg.dispose();
  }
});

test('loadBuiltin: added_points are appended to a generated set; a bad class is refused naming the point', () => {
  const pg = nn.createPlayground();
  try {
    const s = pg.loadBuiltin('circles', { seed: 1, added_points: [[0, 0, 1], [0.5, 0.5, 0]] });
    assert.equal(s.rows, 402);
    const split = [pg.dataPoints('train'), pg.dataPoints('validation')];
    const all = split.flatMap((d) => Array.from({ length: d.x.length / 2 }, (_, k) => [d.x[2 * k], d.x[2 * k + 1], d.labels[k]]));
    assert.ok(all.some(([x, y, l]) => x === 0 && y === 0 && l === 1), 'the added point is a data point');
    assert.throws(() => pg.loadBuiltin('circles', { added_points: [[0, 0, 5]] }),
      errorWith('added point 1: its class must be a whole number from 0 to 1, got 5'));
    assert.equal(pg.summary().rows, 402, 'the data loaded before stays');
  } finally {
    pg.dispose();
  }
});

test('decisionGrid: inputs hold what the first layer receives over the plane, derived inputs included', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { seed: 1, scaling: 'none', derived: ['x1sq', 'x1x2'] });
    pg.configure({ hidden_layers: [3], batch_size: 16 });
    const g = pg.decisionGrid([-1, 1], [-2, 2], 3, 8);
    assert.equal(g.inputs.length, 4, 'x, y, x², x·y');
    // Cell (i, j) is at x = -1 + i, y = -2 + 2j (no scaling): check the middle row's right cell.
    const cell = 1 * 3 + 2;
    assert.deepEqual([g.inputs[0][cell], g.inputs[1][cell], g.inputs[2][cell], g.inputs[3][cell]], [1, 0, 1, 0]);
    assert.equal(pg.decisionGrid([-1, 1], [-2, 2], 3, 1).inputs.length, 1, 'at most maxUnits');
    assert.equal(pg.decisionGrid([-1, 1], [-2, 2], 3).inputs.length, 0);
  } finally {
    pg.dispose();
  }
});
