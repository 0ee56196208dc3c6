// Playground.examples: a split's examples back as their raw input columns (an image set's
// pixels), in the data's units, whatever the scaling.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, errorWith } from './helpers.mjs';

/** 8×8 "images" of 0..255 with a label first, as MNIST's CSV has it; pixel0 is 0 everywhere. */
function imageCsv(rows) {
  const header = ['label', ...Array.from({ length: 64 }, (_, i) => `pixel${i}`)];
  const lines = [header.join(',')];
  for (let r = 0; r < rows; ++r) {
    // Nine pictures, repeated: a column of all-different values would be dropped as an identifier.
    const pixels = Array.from({ length: 64 }, (_, i) => (i === 0 ? 0 : ((r % 9) * 29 + i * 11) % 256));
    lines.push([r % 3, ...pixels].join(','));
  }
  return lines.join('\n') + '\n';
}

test('examples: the pixels of each example as in the file, NaN for a dropped column', () => {
  const csv = imageCsv(60);
  const rows = csv.trim().split('\n').slice(1).map((l) => l.split(',').map(Number));
  for (const scaling of ['minmax', 'standardize', 'none']) {
    const pg = nn.createPlayground();
    try {
      pg.loadCsv(csv, { target: 'label', scaling, validation_fraction: 0.25, seed: 2 });
      const e = pg.examples('validation', 0, 1000);
      assert.equal(e.inputs, 64, 'every column but the target');
      assert.equal(e.total, 15);
      assert.equal(e.count, 15);
      assert.equal(e.values.length, 15 * 64);
      for (let k = 0; k < e.count; ++k) {
        const image = e.values.subarray(k * 64, (k + 1) * 64);
        assert.ok(Number.isNaN(image[0]), 'pixel0 is constant: dropped, so the features do not hold it');
        const row = rows.find((r) => r.slice(2).every((v, i) => Math.abs(v - image[i + 1]) < 1e-3));
        assert.ok(row, `${scaling}: example ${k} is a row of the file`);
        assert.equal(e.labels[k], row[0], 'its class is the row\'s');
      }
      const later = pg.examples('validation', 10, 100);
      assert.equal(later.count, 5, 'up to the end of the split');
      assert.deepEqual([...later.values.subarray(0, 64)].map(String), [...e.values.subarray(640, 704)].map(String));
      assert.equal(pg.examples('validation', 50, 10).count, 0, 'past the end: none');
    } finally {
      pg.dispose();
    }
  }
});

test('examples: arguments are checked', () => {
  const pg = nn.createPlayground();
  try {
    assert.throws(() => pg.examples('train', 0, 1), errorWith('examples: no data loaded'));
    pg.loadCsv(imageCsv(20), { target: 'label' });
    assert.throws(() => pg.examples('everything', 0, 1), RangeError);
    assert.throws(() => pg.examples('train', -1, 1), RangeError);
    assert.throws(() => pg.examples('train', 0, 1001), RangeError);
  } finally {
    pg.dispose();
  }
});

test('unitOutputs: what every unit outputs for one row; the last layer is predictRow', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(imageCsv(60), { target: 'label', scaling: 'minmax' });
    pg.configure({ hidden_layers: [{ units: 12, activation: 'relu' }, { units: 5, activation: 'tanh' }], seed: 3 });
    pg.trainEpochs(3);
    const row = Array.from({ length: 64 }, (_, i) => (i * 7) % 256);
    const layers = pg.unitOutputs(row);
    assert.deepEqual(layers.map((a) => a.length), [12, 5, 3]);
    assert.ok(layers[0].every((v) => v >= 0), 'ReLU outputs');
    assert.ok(layers[1].every((v) => v > -1 && v < 1), 'tanh outputs');
    assert.deepEqual([...layers[2]], [...pg.predictRow(row)]);
    assert.throws(() => pg.unitOutputs('1,2'), TypeError);
  } finally {
    pg.dispose();
  }
});

test('cellExamples: a confusion-matrix cell\'s examples, the surest first, as the matrix counts them', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(imageCsv(90), { target: 'label', scaling: 'minmax', validation_fraction: 0.3, seed: 4 });
    pg.configure({ hidden_layers: [{ units: 8, activation: 'relu' }], seed: 5 });
    pg.trainEpochs(2);
    const { counts } = pg.confusionMatrix('validation');
    const all = pg.examples('validation', 0, 1000);
    let seen = 0;
    for (let actual = 0; actual < 3; ++actual) {
      for (let predicted = 0; predicted < 3; ++predicted) {
        const cell = pg.cellExamples('validation', actual, predicted, 1000);
        assert.equal(cell.total, counts[actual][predicted], `cell ${actual}, ${predicted}`);
        assert.equal(cell.count, cell.total);
        seen += cell.count;
        for (let k = 0; k < cell.count; ++k) {
          assert.equal(cell.labels[k], actual);
          if (k > 0) assert.ok(cell.confidences[k] <= cell.confidences[k - 1], 'the surest first');
          const i = cell.indices[k];
          assert.equal(all.labels[i], actual);
          const outputs = pg.predictRow([...cell.values.subarray(k * 64, (k + 1) * 64)].map((v) => (Number.isNaN(v) ? null : v)));
          assert.ok(Math.abs(outputs[predicted] - cell.confidences[k]) < 1e-5, 'its confidence is the prediction\'s');
          assert.equal(outputs.indexOf(Math.max(...outputs)), predicted);
        }
      }
    }
    assert.equal(seen, all.total, 'every validation example is in one cell');
    assert.equal(pg.cellExamples('validation', 0, 0, 1).count, Math.min(1, counts[0][0]));
    assert.throws(() => pg.cellExamples('validation', 3, 0, 1), errorWith('cellExamples: classes are 0 to 2, got 3 and 0'));
  } finally {
    pg.dispose();
  }
});
