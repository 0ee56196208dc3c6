// Earlier runs as faded chart lines: which metrics, labels, gaps.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlayDatasets, lastEpoch, metricKeys } from '../../../web/views/chart-overlays.js';

const run = (id, name, history) => ({ id, name, history });
const epochs = (n, f) => Array.from({ length: n }, (_, i) => ({ epoch: i + 1, ...f(i) }));

test('chart overlays: a run gives a train line and a dashed validation line, named by the run', () => {
  const runs = [run(1, 'Adam lr 0.01', epochs(3, (i) => ({ train_accuracy: 0.5 + i / 10, validation_accuracy: 0.4 + i / 10, train_loss: 1 - i / 10, validation_loss: NaN })))];
  const score = overlayDatasets(runs, 'score', 'classification', { colorOf: () => '#6b7f99' });
  assert.deepEqual(score.map((d) => d.label), ['Adam lr 0.01', 'Adam lr 0.01 (validation)']);
  assert.deepEqual(score[0].data, [{ x: 1, y: 0.5 }, { x: 2, y: 0.6 }, { x: 3, y: 0.7 }]);
  assert.deepEqual(score[1].borderDash, [4, 3]);
  assert.equal(score[0].borderColor, 'rgba(107, 127, 153, 0.75)');
  assert.ok(score[0].borderWidth < 2, 'thinner than the current run');
  // No validation loss at all: no validation line.
  assert.deepEqual(overlayDatasets(runs, 'loss', 'classification').map((d) => d.label), ['Adam lr 0.01']);
});

test('chart overlays: regression plots R², a thinning function is applied, and the last epoch spans runs', () => {
  assert.deepEqual(metricKeys('score', 'regression'), ['train_r2', 'validation_r2']);
  const runs = [run(1, 'a', epochs(4, () => ({ train_r2: 0.9, validation_r2: null }))), run(2, 'b', epochs(7, () => ({ train_r2: Infinity })))];
  const out = overlayDatasets(runs, 'score', 'regression', { shape: (p) => p.slice(0, 2) });
  assert.deepEqual(out.map((d) => [d.label, d.data.length]), [['a', 2]], 'a run with no finite value draws nothing');
  assert.equal(lastEpoch(runs), 7);
  assert.equal(lastEpoch([]), 0);
});
