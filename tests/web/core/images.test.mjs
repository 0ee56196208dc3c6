// Image data: which data sets are pictures (image-data.js), and a drawing made into the
// picture an MNIST network expects (drawn-image.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { imageShape, idxPair } from '../../../web/core/image-data.js';
import { networkImage, inkBox } from '../../../web/core/drawn-image.js';

const PAD = 280;

/** A pad with ink 1 where inside(x, y). @param {(x: number, y: number) => boolean} inside */
function pad(inside) {
  const ink = new Float32Array(PAD * PAD);
  for (let y = 0; y < PAD; ++y) for (let x = 0; x < PAD; ++x) if (inside(x + 0.5, y + 0.5)) ink[y * PAD + x] = 1;
  return ink;
}

/** The picture's ink: its bounding box, total and centre of mass. @param {Float32Array} image @param {number} side */
function measure(image, side) {
  let mass = 0; let mx = 0; let my = 0;
  for (let y = 0; y < side; ++y) {
    for (let x = 0; x < side; ++x) {
      const v = image[y * side + x];
      mass += v; mx += v * (x + 0.5); my += v * (y + 0.5);
    }
  }
  return { box: inkBox(image, side, side), mass, cx: mx / mass, cy: my / mass };
}

test('a drawing anywhere on the pad becomes a 20-pixel-high digit centred by its centre of mass', () => {
  // A vertical stroke in the pad's top-left corner, 20 wide and 200 high: a "1".
  const one = networkImage(pad((x, y) => x >= 30 && x < 50 && y >= 10 && y < 210), PAD, PAD, 28);
  assert.ok(one);
  const m = measure(one, 28);
  assert.equal(m.box.bottom - m.box.top, 20, 'the longer side fills 20 of 28 pixels');
  assert.equal(m.box.right - m.box.left, 2, 'the aspect ratio is kept: 200 × 20 becomes 20 × 2');
  assert.ok(Math.abs(m.cx - 14) <= 0.5 && Math.abs(m.cy - 14) <= 0.5, `centre of mass ${m.cx}, ${m.cy}`);
  assert.ok(Math.abs(m.mass - 40) < 1e-3, 'ink is kept: each pixel is the average of what it covers');
  for (const v of one) assert.ok(v >= 0 && v <= 1);
});

test('a ring keeps its hole, with grey levels along its curve; nothing drawn is null', () => {
  const ring = networkImage(pad((x, y) => Math.abs(Math.hypot(x - 140, y - 140) - 80) < 12), PAD, PAD, 28);
  assert.ok(ring);
  assert.ok(ring[14 * 28 + 14] < 0.05, 'the centre is empty');
  assert.ok(ring[14 * 28 + 5] > 0.5, 'the ring is inked');
  assert.ok(ring.some((v) => v > 0.05 && v < 0.95), 'anti-aliased: pixels the curve partly covers are grey');
  assert.equal(networkImage(new Float32Array(PAD * PAD), PAD, PAD, 28), null);
  // Another size (scikit-learn's 8 × 8 digits): the longer side fills 20/28 of it.
  const small = networkImage(pad((x, y) => x >= 100 && x < 180 && y >= 20 && y < 260), PAD, PAD, 8);
  assert.ok(small);
  const s = measure(small, 8);
  assert.ok(s.box.bottom - s.box.top >= 5 && s.box.bottom - s.box.top <= 7);
});

/** @param {object[]} columns */
const summary = (columns, task = 'classification') => ({ task, columns });
const pixel = (i, max = 255) => ({ name: `pixel${i}`, role: 'feature', type: 'numeric', min: 0, max });

test('image data: square numeric inputs with a classification target', () => {
  const mnist = [{ name: 'label', role: 'target', type: 'numeric' }, ...Array.from({ length: 784 }, (_, i) => pixel(i))];
  mnist[1] = { name: 'pixel0', role: 'dropped', type: 'constant' };
  assert.deepEqual(imageShape(summary(mnist)), { side: 28, low: 0, high: 255 });
  const digits = [...Array.from({ length: 64 }, (_, i) => pixel(i, 16)), { name: 'y', role: 'target', type: 'numeric' }];
  assert.deepEqual(imageShape(summary(digits)), { side: 8, low: 0, high: 16 });
  assert.equal(imageShape(summary(mnist, 'regression')), null, 'a picture predicts a class');
  assert.equal(imageShape(summary(mnist.slice(0, 700))), null, 'not a square');
  assert.equal(imageShape(summary([...Array.from({ length: 16 }, (_, i) => pixel(i)), mnist[0]])), null, '4 × 4 is no picture');
  const named = mnist.map((c, i) => (i === 5 ? { name: 'colour', role: 'feature', type: 'categorical' } : c));
  assert.equal(imageShape(summary(named)), null, 'a column of words');
});

test('IDX files chosen together: the pictures and the labels, whatever the order; one alone is said', () => {
  const f = (name) => ({ name });
  assert.deepEqual(idxPair([f('t10k-labels-idx1-ubyte.gz'), f('t10k-images-idx3-ubyte.gz')]),
    { images: f('t10k-images-idx3-ubyte.gz'), labels: f('t10k-labels-idx1-ubyte.gz'), test: null });
  assert.deepEqual(idxPair([f('train-images.idx3-ubyte'), f('train-labels.idx1-ubyte')]),
    { images: f('train-images.idx3-ubyte'), labels: f('train-labels.idx1-ubyte'), test: null });
  assert.deepEqual(idxPair([f('train-images-idx3-ubyte')]), { missing: 'train-images-idx3-ubyte' });
  assert.equal(idxPair([f('mnist.csv')]), null);
  // The four files together: the t10k ones are the test set.
  const four = ['t10k-images-idx3-ubyte.gz', 'train-labels-idx1-ubyte.gz', 'train-images-idx3-ubyte.gz', 't10k-labels-idx1-ubyte.gz'].map(f);
  assert.deepEqual(idxPair(four), { images: four[2], labels: four[1], test: { images: four[0], labels: four[3] } });
  assert.deepEqual(idxPair([f('train-images-idx3-ubyte'), f('train-labels-idx1-ubyte'), f('test-images-idx3-ubyte')]),
    { missing: 'test-images-idx3-ubyte' });
  assert.equal(idxPair([f('data.csv'), f('other.csv')]), null, 'CSV files: the first is loaded');
});
