// No leaks: create/load/train/dispose cycles and failing calls leave the wasm heap where
// it was (malloc's bytes in use exactly, and the memory size).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, iris, errorWith } from './helpers.mjs';

function cycle(i) {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(iris, { seed: 1 + (i % 3) });
    pg.configure({ hidden_layers: [{ units: 8, keep_prob: 0.9 }], batch_size: 16, seed: i });
    pg.trainEpochs(1);
    pg.predict(new Float32Array([5.1, 3.5, 1.4, 0.2]), 1);
    pg.weights();
    pg.exportModel();
  } finally {
    pg.dispose();
  }
}

test('memory: 1,000 create/load/train/dispose cycles keep the heap flat', () => {
  cycle(0);  // warm-up: lazily allocated runtime state
  const inUse = nn.heapInUse();
  const memory = nn.memoryBytes();
  for (let i = 1; i <= 1000; ++i) cycle(i);
  assert.equal(nn.heapInUse(), inUse, 'bytes allocated and not freed');
  assert.equal(nn.memoryBytes(), memory, 'wasm memory size');
});

test('memory: failing calls free what they allocated', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(iris, { seed: 1 });
    pg.configure({ hidden_layers: [8], batch_size: 16 });
    pg.trainEpochs(1);
    const failing = () => {
      assert.throws(() => pg.configure({ hidden_layers: [{ units: 0 }] }), errorWith('units'));
      assert.throws(() => pg.loadCsv('a,b\n1,2\n3\n'), errorWith('row 3'));
      assert.throws(() => pg.predictRow(['x', 1, 2, 3]), errorWith('not a number'));
      assert.throws(() => pg.predict(new Float32Array(3), 1), errorWith('values'));
      assert.throws(() => pg.importModel('{"format": "nnplay-model"}'), (e) => e instanceof Error);
      assert.throws(() => pg.confusionMatrix('nope'), errorWith('split'));
    };
    failing();
    const inUse = nn.heapInUse();
    for (let i = 0; i < 200; ++i) failing();
    assert.equal(nn.heapInUse(), inUse);
  } finally {
    pg.dispose();
  }
});

test('memory: a big data set is freed with its playground', () => {
  const lines = ['a,b,c,d,label'];
  for (let i = 0; i < 20000; ++i) lines.push(`${i % 7},${i % 11},${i % 13},${(i * 7) % 17},${i % 2 ? 'odd' : 'even'}`);
  const text = lines.join('\n');
  const inUse = nn.heapInUse();
  const pg = nn.createPlayground();
  pg.loadCsv(text, {});
  pg.trainEpochs(1);
  assert.ok(nn.heapInUse() > inUse + 20000 * 4 * 4);
  pg.dispose();
  assert.equal(nn.heapInUse(), inUse);
});
