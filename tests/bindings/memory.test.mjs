// No leaks: create/load/train/dispose cycles and failing calls leave the wasm heap where
// it was (malloc's bytes in use exactly, and the memory size).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, iris, errorWith, loadNnplay } from './helpers.mjs';

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

// An image-like file (label first, 200 pixel columns, most of them 0), as bytes.
function pixelCsv(rows, columns) {
  const lines = ['label,' + Array.from({ length: columns }, (_, j) => `p${j}`).join(',')];
  for (let i = 0; i < rows; ++i) {
    const fields = [i % 10];
    for (let j = 0; j < columns; ++j) fields.push((i * 31 + j * 17) % 5 === 0 ? (i + j) % 256 : 0);
    lines.push(fields.join(','));
  }
  return new TextEncoder().encode(lines.join('\n') + '\n');
}

test('memory: loading a numeric CSV holds the text and the numbers once, never a second copy', async () => {
  const fresh = await loadNnplay();  // its own heap, so the peak is this load's
  const rows = 20000;
  const columns = 200;
  const bytes = pixelCsv(rows, columns);
  const numbers = rows * (columns + 1) * 4;
  const before = fresh.heapPeak();
  const pg = fresh.createPlayground();
  try {
    const summary = pg.loadCsv(bytes, { target: 'label', drop_constant_columns: false });
    assert.equal(summary.feature_count, columns);
    const grew = fresh.heapPeak() - before;
    // Parsing holds the text and the table; the features are then written as bytes (a
    // quarter of the table) into the text's memory, freed after parsing.
    assert.ok(grew < bytes.length + numbers + 2 * 2 ** 20,
      `peak grew ${(grew / 1e6).toFixed(1)} MB for ${(bytes.length / 1e6).toFixed(1)} MB of text and ${(numbers / 1e6).toFixed(1)} MB of numbers`);
  } finally {
    pg.dispose();
  }
});

test('memory: image data keeps its features as bytes while it trains: a quarter of floats', async () => {
  const fresh = await loadNnplay();
  const rows = 20000;
  const columns = 200;
  const bytes = pixelCsv(rows, columns);
  const inUse = fresh.heapInUse();
  const pg = fresh.createPlayground();
  try {
    pg.loadCsv(bytes, { target: 'label', drop_constant_columns: false });
    pg.configure({ hidden_layers: [8], batch_size: 32 });
    const [epoch] = pg.trainEpochs(1);
    assert.ok(epoch.train_accuracy >= 0 && epoch.train_accuracy <= 1);
    const held = fresh.heapInUse() - inUse;
    const features = rows * columns;
    // The rest: targets, labels, the network and the chunk evaluation scales into.
    assert.ok(held > features && held < 2 * features,
      `${(held / 1e6).toFixed(1)} MB held for ${(features / 1e6).toFixed(1)} million pixel values (as floats: ${(4 * features / 1e6).toFixed(1)} MB)`);
  } finally {
    pg.dispose();
  }
});
