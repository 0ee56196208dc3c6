// The worker's protocol, driven in Node without a Worker: the real engine module
// behind web/worker/worker-core.js: the copy scripts/build-web.sh made beside dist/ (build/web-engine).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCore, loadNnplay } from './worker-driver.mjs';

test('worker: init, load, configure errors name the field, train to the end', async () => {
  const { request, messages } = createCore();
  const ready = await request('init');
  assert.equal(ready.type, 'ready');
  assert.ok(ready.builtins.some((b) => b.name === 'circles'));
  const loaded = await request('load', { source: { kind: 'builtin', name: 'moons' }, options: { rows: 200, seed: 3 } });
  assert.equal(loaded.type, 'summary');
  assert.equal(loaded.summary.rows, 200);
  assert.equal(loaded.twoD, true);
  const bad = await request('configure', { config: { hidden_layers: [{ units: 0, activation: 'relu' }] } });
  assert.equal(bad.type, 'error');
  assert.match(bad.message, /^hidden_layers\[0\]\.units must be between 1 and 4096/);
  const ok = await request('configure', { config: { hidden_layers: [{ units: 6, activation: 'tanh' }], epochs: 30, seed: 2 } });
  assert.equal(ok.type, 'done');
  assert.equal(ok.config.epochs, 30);
  const done = await request('train');
  assert.equal(done.type, 'done');
  assert.equal(done.reason, 'finished');
  assert.equal(done.epoch, 30);
  const epochs = messages.filter((m) => m.type === 'progress' && m.phase === 'train').flatMap((m) => m.metrics.map((x) => x.epoch));
  assert.deepEqual(epochs, Array.from({ length: 30 }, (_, i) => i + 1), 'every epoch reported once, in order');
  const visuals = messages.filter((m) => m.type === 'visuals' && m.grid);
  assert.ok(visuals.length > 0, 'the decision grid is sent');
  assert.equal(visuals.at(-1).grid.values.length, 64 * 64);
  // The per-unit maps' output layer is the model's own prediction over the plane.
  const last = visuals.at(-1);
  const pg = (await loadNnplay()).createPlayground();
  pg.loadBuiltin('moons', { rows: 200, seed: 3 });
  pg.configure({ hidden_layers: [{ units: 6, activation: 'tanh' }], epochs: 30, seed: 2 });
  pg.trainEpochs(30);
  const grid = pg.decisionGrid(last.grid.xRange, last.grid.yRange, last.unitMapResolution);
  pg.dispose();
  const output = last.unitMaps.at(-1)[0];
  assert.equal(output.length, grid.values.length);
  const worst = Math.max(...Array.from(output, (v, i) => Math.abs(v - grid.values[i])));
  assert.ok(worst < 1e-4, `unit maps match the engine's predictions (worst difference ${worst})`);
  assert.equal(last.unitMaps[0].length, 6, 'one map per hidden unit');
  const again = await request('train');
  assert.equal(again.type, 'error');
  assert.match(again.message, /all 30 epochs are done/);
  // Raising only the number of epochs extends the run instead of restarting it.
  const more = await request('configure', { config: { hidden_layers: [{ activation: 'tanh', units: 6 }], seed: 2, epochs: 35 } });
  assert.equal(more.restarted, false);
  const extended = await request('train');
  assert.equal(extended.reason, 'finished');
  assert.equal(extended.epoch, 35);
  const changed = await request('configure', { config: { hidden_layers: [{ activation: 'tanh', units: 7 }], seed: 2, epochs: 35 } });
  assert.equal(changed.restarted, true, 'any other change starts again');
});

test('worker: a broken CSV is reported with its row, and the previous data stays loaded', async () => {
  const { request } = createCore();
  await request('init');
  const good = await request('load', { source: { kind: 'text', text: 'a,b,y\n1,2,x\n2,1,z\n3,3,x\n4,1,z\n', name: 'good.csv' }, options: {} });
  assert.equal(good.type, 'summary');
  const bad = await request('load', { source: { kind: 'text', text: 'a,b,y\n1,2,x\n2,1,z\n3,oops,x\n4,1,z\n5,2,x\n6,1,z\n', name: 'bad.csv' }, options: {} });
  assert.equal(bad.type, 'error');
  assert.equal(bad.where, 'data');
  assert.equal(bad.fileName, 'bad.csv');
  assert.match(bad.message, /row 4, column "b"/);
  assert.match(bad.message, /"oops"/);
  await request('configure', { config: { epochs: 5, batch_size: 0 } });
  const step = await request('step');
  assert.equal(step.type, 'done', 'the previous data set still trains');
  assert.equal(step.epoch, 1);
  await request('load', { source: { kind: 'builtin', name: 'xor' }, options: { validation_fraction: 0 } });
  const reloaded = await request('load', { source: { kind: 'current' }, options: { target: 'a', task: 'regression' } });
  assert.equal(reloaded.type, 'summary');
  assert.equal(reloaded.summary.target, 'a', 'the CSV, kept while a built-in was loaded, reloads with another target');
  assert.equal(reloaded.summary.name, 'good.csv');
});

test('worker: pause stops a long run between slices', async () => {
  const { request } = createCore();
  await request('init');
  await request('load', { source: { kind: 'builtin', name: 'spirals' }, options: {} });
  await request('configure', { config: { hidden_layers: [{ units: 16, activation: 'tanh' }], epochs: 1000000 } });
  const training = request('train');
  await new Promise((resolve) => setTimeout(resolve, 300));
  const paused = await request('pause');
  assert.equal(paused.type, 'done');
  const done = await training;
  assert.equal(done.reason, 'paused');
  assert.ok(done.epoch > 0 && done.epoch < 1000000);
});

test('worker: with an ignored column the 2-D grid is still drawn and agrees with predictions', async () => {
  const { request, messages } = createCore();
  await request('init');
  let text = 'a,b,note,y\n';
  for (let i = 0; i < 80; ++i) text += `${(i * 37) % 100},${(i * 61) % 100},n${i % 4},${((i * 37) % 100) + ((i * 61) % 100) > 100 ? 'hi' : 'lo'}\n`;
  const loaded = await request('load', { source: { kind: 'text', text, name: 'n.csv' }, options: { ignore_columns: ['note'] } });
  assert.equal(loaded.twoD, true);
  await request('configure', { config: { hidden_layers: [{ units: 5, activation: 'tanh' }], epochs: 20, seed: 4 } });
  await request('train');
  const last = messages.filter((m) => m.type === 'visuals' && m.grid).at(-1);
  assert.equal(last.error, undefined);
  const { resolution: n, values, xRange, yRange } = last.grid;
  for (const [i, j] of [[0, 0], [10, 50], [32, 32], [63, 5], [63, 63]]) {
    const x = xRange[0] + ((xRange[1] - xRange[0]) * i) / (n - 1);
    const y = yRange[0] + ((yRange[1] - yRange[0]) * j) / (n - 1);
    const { outputs } = await request('predict', { values: [x, y, null] });
    assert.ok(Math.abs(outputs[0] - values[j * n + i]) < 1e-4, `cell (${i}, ${j}): grid ${values[j * n + i]}, engine ${outputs[0]}`);
  }
});
