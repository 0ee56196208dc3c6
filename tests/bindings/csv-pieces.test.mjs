// loadCsv given bytes reads them in pieces as they come (engine/data/csv/csv_stream.hpp):
// the whole text is never in the heap, and the data set, the summary and the errors are
// the ones the whole text gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, iris } from './helpers.mjs';

const COLUMNS = 60;

/** About 12 MB of 3-digit numbers: past the size from which the engine reads pieces (8 MB). */
function bigCsv(rows = 50000, line = (r) => `${r % 4}` + Array.from({ length: COLUMNS - 1 }, (_, j) => `,${100 + ((r * 7 + j * 13) % 900)}`).join('')) {
  const lines = ['label,' + Array.from({ length: COLUMNS - 1 }, (_, j) => `x${j}`).join(',')];
  for (let r = 0; r < rows; ++r) lines.push(line(r));
  return lines.join('\n') + '\n';
}

/** The bytes cut into pieces of uneven sizes, as a file's stream gives them. */
function pieces(bytes) {
  const out = [];
  for (let at = 0, k = 0; at < bytes.length; ++k) {
    const n = [65536, 7, 1000003, 4096][k % 4];
    out.push(bytes.subarray(at, at + n));
    at += n;
  }
  return out;
}

/** Loads `input` in a new playground: its summary, a data point and a trained epoch's loss, or the error's message. */
function load(input, options = { seed: 3 }) {
  const pg = nn.createPlayground();
  try {
    const summary = pg.loadCsv(input, options);
    const points = pg.examples('validation', 0, 2);
    pg.configure({ hidden_layers: [8], batch_size: 64, seed: 1 });
    const [metrics] = pg.trainEpochs(1);
    return { summary, values: Array.from(points.values), loss: metrics.loss };
  } catch (e) {
    return { error: /** @type {Error} */ (e).message };
  } finally {
    pg.dispose();
  }
}

test('csv pieces: a large file never holds its whole text in the heap, and loads as the whole text does', () => {
  const text = bigCsv();
  const bytes = new TextEncoder().encode(text);
  assert.ok(bytes.length > 10e6);
  const peakBefore = nn.heapPeak();
  const fromPieces = load(pieces(bytes));  // the first large load in this module: its peak is this load's
  const peak = nn.heapPeak() - peakBefore;
  const table = 50000 * COLUMNS * 4;
  assert.ok(peak < bytes.length + table, `the heap held ${peak} bytes at most: less than the text (${bytes.length}) and its table (${table}) together`);
  assert.equal(fromPieces.summary.rows, 50000);
  assert.deepEqual(fromPieces, load(text), 'the same as the whole text (a string is read whole)');
  assert.deepEqual(load(bytes), fromPieces, 'one Uint8Array');
  assert.deepEqual(load(bytes.buffer), fromPieces, 'an ArrayBuffer');
});

test('csv pieces: a mostly-text column is read from the whole text after all, with its values as written', () => {
  const text = bigCsv(50000, (r) => (r % 40 === 0 ? '007' : `id${r % 300}`) + Array.from({ length: COLUMNS - 1 }, (_, j) => `,${(r + j) % 500}`).join(''));
  const options = { seed: 3, target: 'x0' };
  const fromPieces = load(pieces(new TextEncoder().encode(text)), options);
  assert.ok(fromPieces.summary.columns.find((c) => c.name === 'label').type !== 'numeric');
  assert.deepEqual(fromPieces, load(text, options));
});

test('csv pieces: errors name the row as the whole text does; the playground keeps working', () => {
  const lines = bigCsv().split('\n');
  lines[40001] = '1,2,3';
  const bad = lines.join('\n');
  const fromPieces = load(pieces(new TextEncoder().encode(bad)));
  assert.match(fromPieces.error ?? '', /row 40002 has 3/);
  assert.deepEqual(fromPieces, load(bad));
  assert.equal(load(new TextEncoder().encode(iris)).summary.rows, 150);
  // A NUL byte past the head: the pieces stop there, and the whole text is read for its message.
  const nul = new TextEncoder().encode(bigCsv());
  nul[nul.length - 1000] = 0;
  const fromNul = load(pieces(nul));
  assert.match(fromNul.error ?? '', /NUL/i);
  assert.deepEqual(fromNul, load(new TextDecoder().decode(nul)));
  const disposed = nn.createPlayground();
  disposed.dispose();
  assert.throws(() => disposed.loadCsv(new TextEncoder().encode(iris)), /loadCsv: this playground has been disposed/);
});
