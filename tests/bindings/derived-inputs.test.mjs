// Derived inputs through the module: the data option `derived`, the summary that names
// them, the 2-D views that apply them, and a model that carries them.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, iris, errorWith } from './helpers.mjs';

test('derived inputs: the summary names them, and the decision grid and predictions apply them', () => {
  const pg = nn.createPlayground();
  try {
    const summary = pg.loadBuiltin('circles', { seed: 2, derived: ['x2sq', 'x1sq'] });
    assert.equal(summary.two_numeric_inputs, true);
    assert.deepEqual(summary.derived, ['x1sq', 'x2sq']);
    assert.deepEqual(summary.feature_names, ['x', 'y', 'x²', 'y²']);
    assert.equal(summary.feature_count, 4);
    pg.configure({ hidden_layers: [], learning_rate: 0.05, seed: 2 });
    const last = pg.trainEpochs(100).at(-1);
    assert.ok(last.validation_accuracy >= 0.95, `validation accuracy ${last.validation_accuracy}`);
    assert.equal(pg.weights()[0].inputs, 4);

    const g = pg.decisionGrid([-1.5, 1.5], [-1.5, 1.5], 11);
    assert.equal(g.values.length, 121);
    // The grid's cells are raw (x, y) points: the same as predicting them.
    const centre = 5 * 11 + 5;
    assert.equal(g.values[centre], pg.predict(new Float32Array([0, 0]), 1)[0]);
    assert.equal(g.values[0], pg.predict(new Float32Array([-1.5, -1.5]), 1)[0]);
    assert.equal(g.classes[centre], pg.predict(new Float32Array([0, 0]), 1)[0] > 0.5 ? 1 : 0);
    assert.notEqual(g.classes[centre], g.classes[0], 'the centre and the corner are on different sides');

    const model = JSON.parse(pg.exportModel());
    assert.deepEqual(model.preprocessing.derived, ['x1sq', 'x2sq']);
    const other = nn.createPlayground();
    try {
      other.importModel(JSON.stringify(model));
      assert.deepEqual(other.predict(new Float32Array([0.3, -0.7]), 1), pg.predict(new Float32Array([0.3, -0.7]), 1));
    } finally {
      other.dispose();
    }
  } finally {
    pg.dispose();
  }
});

test('derived inputs: refused for data without exactly two numeric inputs, and for unknown names', () => {
  const pg = nn.createPlayground();
  try {
    assert.equal(pg.loadCsv(iris).two_numeric_inputs, false);
    assert.throws(() => pg.loadCsv(iris, { derived: ['x1sq'] }),
      errorWith('derived inputs need exactly two numeric input features; this data has 4: sepal_length'));
    assert.throws(() => pg.loadBuiltin('circles', { derived: ['cosx1'] }),
      errorWith('must be one of x1sq, x2sq, x1x2, sinx1, sinx2'));
  } finally {
    pg.dispose();
  }
});
