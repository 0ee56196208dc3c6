// modelFit: an imported model against the loaded data, through the wasm module.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nn, errorWith } from './helpers.mjs';

test('modelFit: a model over the data it was trained on scores as training did; other data is named', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { seed: 1 });
    pg.configure({ hidden_layers: [8], epochs: 20 });
    const last = pg.trainEpochs(20).at(-1);
    const confusion = pg.confusionMatrix('validation');
    const json = pg.exportModel();
    pg.reset();
    pg.importModel(json);
    const fit = pg.modelFit();
    assert.deepEqual(fit.differences, []);
    assert.equal(fit.data, true);
    assert.equal(fit.metrics.epoch, 20);
    assert.equal(fit.metrics.validation_accuracy, last.validation_accuracy);
    assert.ok(Math.abs(fit.metrics.train_loss - last.train_loss) < 1e-5 * last.train_loss);
    assert.deepEqual(pg.confusionMatrix('validation'), confusion);
    assert.equal(pg.modelEpoch, 20);

    pg.loadBuiltin('xor', {});
    const other = pg.modelFit();
    assert.equal(other.metrics, null);
    assert.match(other.differences.join('; '), /the model takes the columns "x", "y"; the data has "x1", "x2"/);
    assert.throws(() => pg.confusionMatrix('validation'), errorWith('confusionMatrix needs data the imported model fits'));
  } finally {
    pg.dispose();
  }
});

test('fine-tuning: an imported model that fits the data trains on from its weights, its epochs counted on', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { seed: 1 });
    pg.configure({ hidden_layers: [8], epochs: 20, seed: 3 });
    const first = pg.trainEpochs(10);
    const json = pg.exportModel();
    const straight = pg.trainEpochs(5);  // what training on would have given

    const other = nn.createPlayground();
    try {
      other.importModel(json);
      assert.equal(other.epoch, 0, 'no data: nothing to train on yet');
      other.loadBuiltin('circles', { seed: 1 });
      assert.equal(other.epoch, 10, 'the model fits the data: training goes on from epoch 10');
      const more = other.trainEpochs(5);
      assert.deepEqual(more.map((m) => m.epoch), [11, 12, 13, 14, 15]);
      // Far below an untrained network's loss from the first epoch on; not the same numbers
      // as training straight on (the optimizer's state and the shuffling start afresh).
      assert.ok(more[0].train_loss < first[0].train_loss * 0.8, `${more[0].train_loss} vs ${first[0].train_loss}`);
      assert.ok(Math.abs(more.at(-1).train_loss - straight.at(-1).train_loss) < 0.2);
      assert.equal(other.history().length, 5);

      // Settings that keep the network's shape (the learning rate) go on from the model too.
      other.importModel(json);
      other.configure({ ...JSON.parse(json).config, learning_rate: 0.001 });
      assert.equal(other.epoch, 10);
      assert.equal(other.trainEpochs(1)[0].epoch, 11);
      // Another shape, or Reset, starts from new weights.
      other.importModel(json);
      other.configure({ ...JSON.parse(json).config, hidden_layers: [4] });
      assert.equal(other.epoch, 0);
      other.importModel(json);
      other.reset();
      assert.equal(other.epoch, 0);
      // Data the model does not fit: training starts from new weights.
      other.importModel(json);
      other.loadBuiltin('xor', {});
      assert.equal(other.epoch, 0);
    } finally {
      other.dispose();
    }
  } finally {
    pg.dispose();
  }
});

test('fine-tuning on another split: the examples in the model\'s own scaling, every view from the same network', () => {
  const pg = nn.createPlayground();
  const other = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { seed: 1 });
    pg.configure({ hidden_layers: [8], epochs: 30, seed: 3 });
    const trained = pg.trainEpochs(30).at(-1);
    const json = pg.exportModel();
    other.loadBuiltin('circles', { seed: 5 });  // other rows: another standardization
    other.importModel(json);
    const fit = other.modelFit();
    const [next] = other.trainEpochs(1);
    assert.equal(next.epoch, 31);
    // Its first epoch goes on from a trained network: near the model's own score on these rows.
    assert.ok(next.train_loss < 2 * fit.metrics.train_loss + 0.05, `${next.train_loss} vs ${fit.metrics.train_loss}`);
    assert.ok(next.train_accuracy > trained.train_accuracy - 0.1);
    // A prediction from raw values and the confusion matrix's cells agree with the network.
    const confusion = other.confusionMatrix('validation');
    const cell = other.cellExamples('validation', 1, 1, 5);
    assert.equal(cell.total, confusion.counts[1][1]);
    const row = Array.from(cell.values.slice(0, cell.inputs));
    const p = other.predictRow(row);
    assert.ok(Math.abs((p.length === 1 ? p[0] : p[1]) - cell.confidences[0]) < 1e-4);
  } finally {
    pg.dispose();
    other.dispose();
  }
});
