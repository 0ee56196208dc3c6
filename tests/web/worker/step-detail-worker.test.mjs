// The worker's stepDetail request: one mini-batch with its numbers, progress when the
// step ends an epoch, and a readable error for a network too large to show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeCore } from './worker-driver.mjs';

test('worker: stepDetail trains one batch and answers with its numbers', async () => {
  const { request, messages } = await makeCore();
  await request('load', { source: { kind: 'builtin', name: 'moons' }, options: { rows: 50, seed: 2, validation_fraction: 0.2 } });
  await request('configure', { config: { hidden_layers: [{ units: 4, activation: 'tanh' }], batch_size: 16, epochs: 5, seed: 1 } });
  const first = await request('stepDetail');
  assert.equal(first.type, 'done');
  assert.equal(first.epoch, 0);
  assert.equal(first.detail.batches_per_epoch, 3);
  assert.equal(first.detail.layers[0].A_prev.rows, 2);
  assert.equal(first.detail.layers[0].A_prev.cols, 16);
  assert.ok(messages.some((m) => m.type === 'visuals' && m.weights), 'the views get the new weights');
  const progressBefore = messages.filter((m) => m.type === 'progress').length;
  await request('stepDetail');
  const third = await request('stepDetail');
  assert.equal(third.detail.epoch_ended, true);
  assert.equal(third.detail.batch_rows, 8, '40 training rows: the last batch has 8');
  assert.equal(third.epoch, 1);
  const progress = messages.filter((m) => m.type === 'progress').slice(progressBefore);
  assert.equal(progress.length, 1, 'the charts get the epoch the step ended');
  assert.equal(progress[0].metrics[0].epoch, 1);

  await request('configure', { config: { hidden_layers: [{ units: 128 }], epochs: 5 } });
  const refused = await request('stepDetail');
  assert.equal(refused.type, 'error');
  assert.match(refused.message, /at most 64 units per layer/);
});
