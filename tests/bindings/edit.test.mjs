// setParameter: a weight or bias set by hand changes the prediction by what the formula
// z = W·a + b says, training goes on from the edited network, and bad edits are refused.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, errorWith } from './helpers.mjs';

const logit = (p) => Math.log(p / (1 - p));

test('setParameter: the output moves by Δ for the bias and by Δ·x for a weight (no scaling, no hidden layer)', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('linear', { scaling: 'none', seed: 1 });
    pg.configure({ hidden_layers: [], learning_rate: 0.5, batch_size: 0 });
    pg.trainEpochs(5);
    const point = [0.4, -0.7];
    const before = logit(pg.predictRow(point)[0]);
    const [{ W, b }] = pg.weights();
    pg.setParameter(0, 0, -1, b[0] + 1);
    const afterBias = logit(pg.predictRow(point)[0]);
    assert.ok(Math.abs(afterBias - before - 1) < 1e-4, `bias +1: z ${before} -> ${afterBias}`);
    pg.setParameter(0, 0, 1, W[1] - 2);
    const afterWeight = logit(pg.predictRow(point)[0]);
    assert.ok(Math.abs(afterWeight - afterBias - (-2 * point[1])) < 1e-4, `w₂ −2 at y = −0.7: z ${afterBias} -> ${afterWeight}`);
    assert.equal(pg.weights()[0].W[1], Math.fround(W[1] - 2));
    // Training goes on from the edited network: the next epoch starts from these weights.
    const epoch = pg.epoch;
    pg.trainEpochs(1);
    assert.equal(pg.epoch, epoch + 1);
  } finally {
    pg.dispose();
  }
});

test('setParameter: a layer, unit or input out of range, or a value that is not finite, is refused and nothing changes', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { seed: 1 });
    pg.configure({ hidden_layers: [4], batch_size: 16 });
    const weights = JSON.stringify(pg.weights().map((l) => [...l.W, ...l.b]));
    assert.throws(() => pg.setParameter(2, 0, 0, 1), errorWith('layer 2 is not between 0 and 1'));
    assert.throws(() => pg.setParameter(0, 4, 0, 1), errorWith('units 0 to 3, not 4'));
    assert.throws(() => pg.setParameter(1, 0, 4, 1), errorWith('inputs 0 to 3 (-1: the bias), not 4'));
    assert.throws(() => pg.setParameter(0, 0, 0, Number.NaN), errorWith('value must be a finite number'));
    assert.throws(() => pg.setParameter(0, 0, 0, 1e9), errorWith('between -1000000 and 1000000'));
    assert.equal(JSON.stringify(pg.weights().map((l) => [...l.W, ...l.b])), weights);
  } finally {
    pg.dispose();
  }
});

test('setParameter on an imported model: its export, its scores on the data and the training that goes on all take the edit', () => {
  const a = nn.createPlayground();
  const b = nn.createPlayground();
  try {
    a.loadBuiltin('circles', { seed: 1 });
    a.configure({ hidden_layers: [4], epochs: 5 });
    a.trainEpochs(5);
    b.loadBuiltin('circles', { seed: 1 });
    b.importModel(a.exportModel());
    const before = b.confusionMatrix('validation');
    const scoreBefore = b.modelFit().metrics.validation_loss;
    b.setParameter(1, 0, -1, 40);  // the output's bias: every point becomes class 1
    const saved = JSON.parse(b.exportModel());
    assert.equal(saved.layers[1].biases[0], 40);
    assert.notDeepEqual(b.confusionMatrix('validation'), before);
    assert.equal(b.confusionMatrix('validation').counts.every((row) => row[0] === 0), true, 'all predicted as class 1');
    assert.ok(b.modelFit().metrics.validation_loss > scoreBefore);
    // Training goes on from the edited network, at the model's epoch.
    const first = b.trainEpochs(1)[0];
    assert.equal(first.epoch, 6);
    b.setParameter(1, 0, -1, 0);  // the trainer's network now: the model is no longer imported
    assert.equal(JSON.parse(b.exportModel()).layers[1].biases[0], 0);
  } finally {
    a.dispose();
    b.dispose();
  }
});
