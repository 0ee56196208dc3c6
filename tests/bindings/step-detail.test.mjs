// trainStep: one mini-batch with its numbers, through the wasm module.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, iris, irisPlayground, errorWith } from './helpers.mjs';

const at = (m, i, j) => m.values[i + j * m.rows];

test('trainStep: the captured dW is the gradient plain gradient descent applied', () => {
  const pg = irisPlayground({ optimizer: 'sgd', learning_rate: 0.1, batch_size: 16, l2: 0.2 });
  try {
    const d = pg.trainStep();
    assert.equal(d.layers.length, 2);
    assert.equal(d.batch_rows, 16);
    assert.equal(d.rows.length, 16);
    assert.ok(d.rows instanceof Int32Array);
    assert.equal(d.update, 1);
    assert.equal(d.epoch_ended, false);
    assert.equal(d.metrics, null);
    assert.ok(d.cost > 0);
    const [hidden, output] = d.layers;
    assert.deepEqual([hidden.inputs, hidden.units, hidden.activation], [4, 8, 'relu']);
    assert.deepEqual([output.units, output.activation], [3, 'softmax']);
    assert.deepEqual([hidden.A_prev.rows, hidden.A_prev.cols, hidden.Z.rows, hidden.Z.cols], [4, 16, 8, 16]);
    assert.deepEqual([hidden.dW.rows, hidden.dW.cols, output.dW.rows, output.dW.cols], [8, 4, 3, 8]);
    assert.equal(hidden.D, null, 'no dropout, no mask');
    assert.equal(output.dA, null, 'the output layer has no dA');
    for (const layer of d.layers) {
      for (let k = 0; k < layer.dW.values.length; ++k) {
        const applied = (layer.W_before.values[k] - layer.W_after.values[k]) / 0.1;
        assert.ok(Math.abs(applied - layer.dW.values[k]) < 1e-4, `W[${k}]: applied ${applied}, captured ${layer.dW.values[k]}`);
      }
    }
    // Softmax with cross-entropy: dZ = A - Y, per example.
    for (let j = 0; j < 16; ++j) {
      for (let i = 0; i < 3; ++i) assert.ok(Math.abs(at(output.dZ, i, j) - (at(output.A, i, j) - at(d.Y, i, j))) < 1e-5);
    }
    // The weights the step left are the playground's.
    assert.deepEqual(Array.from(pg.weights()[0].W), Array.from(hidden.W_after.values));
  } finally {
    pg.dispose();
  }
});

test('trainStep: stepping through an epoch equals trainEpochs(1), and the last step reports the epoch', () => {
  const config = { optimizer: 'adam', batch_size: 16, hidden_layers: [{ units: 6, activation: 'tanh', keep_prob: 0.8 }] };
  const stepped = irisPlayground(config);
  const whole = irisPlayground(config);
  try {
    const batches = Math.ceil(stepped.summary().train_rows / 16);
    let last = null;
    for (let i = 0; i < batches; ++i) {
      last = stepped.trainStep();
      assert.equal(last.batch, i);
      assert.equal(last.batches_per_epoch, batches);
      assert.ok(last.layers[0].D, 'the dropout mask is captured');
    }
    assert.equal(last.epoch_ended, true);
    assert.equal(last.metrics.epoch, 1);
    assert.equal(stepped.epoch, 1);
    const [m] = whole.trainEpochs(1);
    assert.equal(last.metrics.train_loss, m.train_loss);
    assert.equal(last.metrics.validation_accuracy, m.validation_accuracy);
    assert.deepEqual(Array.from(stepped.weights()[1].W), Array.from(whole.weights()[1].W));
  } finally {
    stepped.dispose();
    whole.dispose();
  }
});

test('trainStep: networks too large to show, and calls without data, throw Errors and change nothing', () => {
  const pg = irisPlayground({ hidden_layers: [{ units: 100, activation: 'relu' }] });
  try {
    const before = Array.from(pg.weights()[0].W);
    assert.throws(() => pg.trainStep(), errorWith('at most 64 units per layer; layer 1 has 100'));
    assert.equal(pg.epoch, 0);
    assert.deepEqual(Array.from(pg.weights()[0].W), before);
  } finally {
    pg.dispose();
  }
  const wide = nn.createPlayground();
  try {
    const header = Array.from({ length: 70 }, (_, i) => `x${i}`).join(',') + ',y';
    const rows = Array.from({ length: 30 }, (_, r) => Array.from({ length: 70 }, (_, i) => (r * 7 + i) % 11).join(',') + `,${r % 2 ? 'a' : 'b'}`);
    wide.loadCsv([header, ...rows].join('\n') + '\n', { seed: 1 });
    wide.configure({ hidden_layers: [{ units: 4 }], batch_size: 8 });
    assert.throws(() => wide.trainStep(), errorWith('at most 64 inputs; this one has 70'));
  } finally {
    wide.dispose();
  }
  const empty = nn.createPlayground();
  try {
    assert.throws(() => empty.trainStep(), errorWith('no data'));
  } finally {
    empty.dispose();
  }
});

test('trainStep: steps leave nothing behind once the playground is disposed', () => {
  const cycle = (seed) => {
    const pg = nn.createPlayground();
    try {
      pg.loadCsv(iris, { seed });
      pg.configure({ hidden_layers: [{ units: 8, keep_prob: 0.9 }], batch_size: 8, seed });
      for (let i = 0; i < 40; ++i) pg.trainStep();  // 15 steps an epoch: epochs end on the way
    } finally {
      pg.dispose();
    }
  };
  cycle(1);  // warm-up: lazily allocated runtime state
  const inUse = nn.heapInUse();
  for (let i = 2; i < 30; ++i) cycle(i);
  assert.equal(nn.heapInUse(), inUse);
});
