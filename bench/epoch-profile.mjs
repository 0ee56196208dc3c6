#!/usr/bin/env node
// Where a training epoch's time goes in the wasm engine: V8's sampling profiler over
// epochs of the MNIST-shaped network of bench/compare.mjs (784-128-64-10 ReLU, softmax,
// batch 64, SGD and Adam, the training figures from the epoch's batches), run by the
// shipped engine's code built with its functions' names (nnplay-core-profile, the
// nnplay_wasm_profile target). Self time is summed per function and split into the
// matrix products (the engine's kernel, nnplay::gemm and what it inlines) and the rest.
//
//   node bench/epoch-profile.mjs [--rows 10000|60000] [--epochs N] [--top N]
// The data: bench/mnist-random.mjs's generated rows, as bench/compare.mjs trains on.
import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mnistRandomCsv } from './mnist-random.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const arg = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const rows = Number(arg('--rows', 10000));
const epochs = Number(arg('--epochs', 2));
const top = Number(arg('--top', 8));
for (const [name, value] of [['--rows', rows], ['--epochs', epochs], ['--top', top]]) {
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number, 1 or more`);
}
const csv = mnistRandomCsv(root, rows);
const dir = join(root, 'build/wasm/nnplay');
if (!existsSync(join(dir, 'nnplay-core-profile.js'))) {
  throw new Error('build/wasm/nnplay/nnplay-core-profile.js is missing: cmake --build build/wasm --target nnplay_wasm_profile');
}

const { loadNnplay } = await import(pathToFileURL(join(dir, 'nnplay.mjs')).href);
const { createRequire } = await import('node:module');
const factory = createRequire(import.meta.url)(join(dir, 'nnplay-core-profile.js'));
const nn = await loadNnplay({ factory, wasmBinary: readFileSync(join(dir, 'nnplay-core-profile.wasm')) });

const dataOptions = { target: 'label', task: 'classification', scaling: 'minmax', validation_fraction: 0, test_fraction: 0,
  drop_constant_columns: false, drop_identifier_columns: false, seed: 1 };
const layers = [128, 64].map((units) => ({ units, activation: 'relu' }));
const configs = {
  sgd: { hidden_layers: layers, optimizer: 'sgd', learning_rate: 0.01, batch_size: 64, seed: 1, init: 'he', train_metrics: 'batches' },
};
configs.adam = { ...configs.sgd, optimizer: 'adam', learning_rate: 0.001 };
const bytes = new Uint8Array(readFileSync(csv));

// Names as the module's name section gives them, grouped: the products and the rest.
const isProduct = (name) => /nnplay::gemm\b|gemm_blocked|gemm_detail/.test(name);

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });  // microseconds
console.log(`wasm SIMD in Node ${process.version}, ${rows} rows, ${epochs} epoch(s) each after one unprofiled; self time per function`);
for (const [name, config] of Object.entries(configs)) {
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(bytes, dataOptions);
    pg.configure(config);
    pg.trainEpochs(1);  // tier-up and the buffers' first growth, not profiled
    await session.post('Profiler.start');
    const t0 = performance.now();
    pg.trainEpochs(epochs);
    const seconds = (performance.now() - t0) / 1000;
    const { profile } = await session.post('Profiler.stop');
    const self = new Map();
    const interval = new Map();
    // Each sample's time is the gap to the next one; nodes carry the function.
    const nodeName = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName || `(${n.callFrame.url || 'anonymous'})`]));
    profile.samples.forEach((id, i) => interval.set(i, profile.timeDeltas[i + 1] ?? 0));
    profile.samples.forEach((id, i) => {
      const f = nodeName.get(id);
      self.set(f, (self.get(f) ?? 0) + interval.get(i));
    });
    for (const idle of ['(idle)', '(program)', '(garbage collector)']) self.delete(idle);
    const total = [...self.values()].reduce((a, b) => a + b, 0);
    let products = 0;
    for (const [f, us] of self) if (isProduct(f)) products += us;
    const share = (us) => `${(100 * us / total).toFixed(1)}%`;
    console.log(`\n${name}: ${(rows * epochs / seconds).toFixed(0)} samples/s under the profiler; products ${share(products)}, the rest ${share(total - products)}`);
    const sorted = [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [f, us] of sorted) console.log(`  ${share(us).padStart(6)}  ${f.length > 100 ? `${f.slice(0, 97)}...` : f}`);
  } finally {
    pg.dispose();
  }
}
session.disconnect();
