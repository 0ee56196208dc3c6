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
