// The same seed gives the same run, in one playground or two, and reset() replays it.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { irisPlayground } from './helpers.mjs';

// Histories without the wall-clock field.
const figures = (history) => history.map(({ seconds, ...m }) => m);

const configs = {
  'adam, mini-batch, dropout': { hidden_layers: [{ units: 12, activation: 'relu', keep_prob: 0.8 }], batch_size: 8 },
  'sgd, full batch': { optimizer: 'sgd', batch_size: 0, learning_rate: 0.1 },
  'rmsprop, l2, tanh': { optimizer: 'rmsprop', l2: 0.1, hidden_layers: [{ units: 6, activation: 'tanh' }] },
};

for (const [name, config] of Object.entries(configs)) {
  test(`determinism: same seed twice gives identical histories and weights (${name})`, () => {
    const a = irisPlayground({ seed: 42, ...config });
    const b = irisPlayground({ seed: 42, ...config });
    try {
      const ha = a.trainEpochs(15);
      const hb = b.trainEpochs(15);
      assert.deepEqual(figures(ha), figures(hb));
      assert.deepEqual(a.weights(), b.weights());
    } finally {
      a.dispose();
      b.dispose();
    }
  });
}

test('determinism: reset() replays the run from the seed', () => {
  const pg = irisPlayground({ seed: 5, ...configs['adam, mini-batch, dropout'] });
  try {
    const initial = pg.weights();
    const first = figures(pg.trainEpochs(10));
    pg.reset();
    assert.equal(pg.epoch, 0);
    assert.deepEqual(pg.weights(), initial);
    assert.deepEqual(figures(pg.trainEpochs(10)), first);
  } finally {
    pg.dispose();
  }
});

test('determinism: resumed training equals one long call (10 = 4 + 6)', () => {
  const a = irisPlayground({ seed: 8 });
  const b = irisPlayground({ seed: 8 });
  try {
    const whole = figures(a.trainEpochs(10));
    const parts = figures([...b.trainEpochs(4), ...b.trainEpochs(6)]);
    assert.deepEqual(parts, whole);
  } finally {
    a.dispose();
    b.dispose();
  }
});

test('determinism: another seed gives other weights', () => {
  const a = irisPlayground({ seed: 1 });
  const b = irisPlayground({ seed: 2 });
  try {
    assert.notDeepEqual(a.weights()[0].W, b.weights()[0].W);
  } finally {
    a.dispose();
    b.dispose();
  }
});
