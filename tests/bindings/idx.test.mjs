// Playground.loadIdx: MNIST's file format, the pictures and their labels (and the data's own
// test set, scored by testScore), as a data set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';

import { nn } from './helpers.mjs';

/** An IDX file: two zero bytes, the type (0x08: unsigned bytes), the dimensions, their sizes big-endian, the bytes. */
function idx(sizes, values) {
  const head = new Uint8Array(4 + 4 * sizes.length);
  head.set([0, 0, 0x08, sizes.length]);
  sizes.forEach((s, d) => new DataView(head.buffer).setUint32(4 + 4 * d, s));
  const out = new Uint8Array(head.length + values.length);
  out.set(head);
  out.set(values, head.length);
  return out;
}

/** `count` 8 × 8 pictures of 3 kinds (a bar across, down, or a dot), their class the kind. */
function pictures(count) {
  const pixels = new Uint8Array(count * 64);
  const labels = new Uint8Array(count);
  for (let k = 0; k < count; ++k) {
    const kind = k % 3;
    labels[k] = kind;
    for (let i = 0; i < 8; ++i) {
      const at = kind === 0 ? 3 * 8 + i : kind === 1 ? i * 8 + 4 : 27;
      pixels[k * 64 + at] = 200 + ((k * 7 + i) % 56);
    }
  }
  return { images: idx([count, 8, 8], pixels), labels: idx([count], labels), pixels };
}

test('loadIdx: pictures and labels are a data set of a label column and 64 pixels, and train', () => {
  const pg = nn.createPlayground();
  try {
    const { images, labels, pixels } = pictures(90);
    const summary = pg.loadIdx({ images, labels }, { name: 'bars-images-idx3-ubyte', scaling: 'minmax', validation_fraction: 0.2, seed: 1 });
    assert.equal(summary.rows, 90);
    assert.equal(summary.name, 'bars-images-idx3-ubyte');
    assert.equal(summary.target, 'label');
    assert.equal(summary.task, 'classification');
    assert.deepEqual(summary.classes.map((c) => c.name), ['0', '1', '2']);
    assert.equal(summary.columns.length, 65);
    assert.deepEqual(summary.columns.slice(0, 3).map((c) => c.name), ['label', 'pixel0', 'pixel1']);
    pg.configure({ hidden_layers: [8], batch_size: 8, learning_rate: 0.05, seed: 1 });
    const history = pg.trainEpochs(20);
    assert.ok(history.at(-1).validation_accuracy > 0.9, `validation accuracy ${history.at(-1).validation_accuracy}`);
    // The pictures come back as they were in the file.
    const e = pg.examples('train', 0, 3);
    for (let k = 0; k < 3; ++k) {
      const image = [...e.values.subarray(k * 64, (k + 1) * 64)].map((v) => (Number.isNaN(v) ? 0 : Math.round(v)));
      const found = [...Array(90).keys()].some((r) => image.every((v, i) => v === pixels[r * 64 + i]));
      assert.ok(found, `example ${k} is a picture of the file`);
    }
  } finally {
    pg.dispose();
  }
});

test('loadIdx: a wrong file is refused with a coded message, and what was loaded stays', () => {
  const pg = nn.createPlayground();
  try {
    const { images, labels } = pictures(30);
    pg.loadIdx({ images, labels });
    const refused = (a, b) => { try { pg.loadIdx({ images: a, labels: b }); } catch (e) { return { code: e.code, message: e.message }; } return null; };
    assert.deepEqual(refused(labels, images), { code: 'idx.dims_pictures',
      message: 'the pictures file has the wrong number of dimensions (1; pictures have 3: count, rows, columns): is it the labels file?' });
    assert.equal(refused(gzipSync(images), labels).code, 'idx.gzip');
    assert.equal(refused(images, idx([29], new Uint8Array(29))).code, 'idx.counts');
    assert.equal(refused(images.subarray(0, 100), labels).code, 'idx.size');
    assert.equal(pg.summary().rows, 30, 'the data loaded before stays');
    assert.throws(() => pg.loadIdx({ images: 'text', labels }), TypeError);
    assert.throws(() => pg.loadIdx(images, labels), /files must be an object/);
    assert.throws(() => pg.loadIdx({ images, labels, testImages: images }), /testLabels is missing/);
    const test = pictures(6);
    try {
      pg.loadIdx({ images, labels, testImages: test.images, testLabels: idx([5], new Uint8Array(5)) });
      assert.fail('no error');
    } catch (e) {
      assert.equal(e.code, 'idx.counts');
    }
    assert.equal(pg.summary().rows, 30, 'the data loaded before stays');
  } finally {
    pg.dispose();
  }
});

test('loadIdx: the test files are the test rows, whatever the fractions; testScore scores them after training', () => {
  const pg = nn.createPlayground();
  try {
    const train = pictures(60);
    const test = pictures(15);
    const summary = pg.loadIdx({ images: train.images, labels: train.labels, testImages: test.images, testLabels: test.labels },
      { scaling: 'minmax', validation_fraction: 0.25, test_fraction: 0.3, seed: 2 });
    assert.equal(summary.rows, 75);
    assert.deepEqual([summary.train_rows, summary.validation_rows, summary.test_rows], [45, 15, 15]);
    // The test rows are the test file's pictures, in its order.
    const e = pg.examples('test', 0, 15);
    assert.deepEqual([...e.labels], [...test.labels.subarray(8)]);
    assert.deepEqual([...e.values.subarray(0, 64)].map((v) => (Number.isNaN(v) ? 0 : v)), [...test.pixels.subarray(0, 64)]);
    pg.configure({ hidden_layers: [8], batch_size: 8, learning_rate: 0.05, seed: 1 });
    const before = pg.testScore();
    assert.equal(before.rows, 15);
    pg.trainEpochs(20);
    assert.equal(pg.history().length, 20);
    const after = pg.testScore();
    assert.ok(after.accuracy > 0.9, `test accuracy ${after.accuracy}`);
    assert.ok(after.loss < before.loss);
    assert.equal(after.r2, null);
    // Asking does not train or change anything.
    assert.deepEqual(pg.testScore(), after);
    assert.equal(pg.epoch, 20);

    pg.loadIdx({ images: train.images, labels: train.labels });
    assert.equal(pg.summary().test_rows, 0);
    assert.equal(pg.testScore(), null);
  } finally {
    pg.dispose();
  }
});
