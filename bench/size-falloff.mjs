#!/usr/bin/env node
// Training samples/s on 60,000 rows against 10,000 (1.00: no falloff with the data's size),
// measured interleaved so that the machine's drift hits both sizes alike: an epoch on one,
// an epoch on the other, in turn, the best of the rounds for each. The MNIST-shaped
// 784-128-64-10 network of bench/compare.mjs (ReLU, softmax, batch 64, SGD and Adam, the
// training figures from the epoch's batches), on the generated CSVs compare.mjs writes:
// the wasm SIMD engine in Node (the worker's engine) and the native -msse2 build.
//
//   node bench/size-falloff.mjs [--rounds N]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { mnistRandomCsv } from './mnist-random.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const rounds = argv.includes('--rounds') ? Number(argv[argv.indexOf('--rounds') + 1]) : 4;
if (!(rounds >= 1)) throw new Error('--rounds takes a whole number of rounds, 1 or more');
const SIZES = [10000, 60000];
const csv = (rows) => mnistRandomCsv(root, rows);
const dataOptions = { target: 'label', task: 'classification', scaling: 'minmax', validation_fraction: 0, test_fraction: 0,
  drop_constant_columns: false, drop_identifier_columns: false, seed: 1 };
const layers = [128, 64].map((units) => ({ units, activation: 'relu' }));
const sgd = { hidden_layers: layers, optimizer: 'sgd', learning_rate: 0.01, batch_size: 64, seed: 1, init: 'he', train_metrics: 'batches' };
const adam = { ...sgd, optimizer: 'adam', learning_rate: 0.001 };

// An epoch of each optimizer on `rows` rows: {sgd: seconds, adam: seconds}.
async function wasmContestant(rows) {
  const { loadNnplay } = await import(join(root, 'build/wasm/nnplay/nnplay.mjs'));
  const nn = await loadNnplay({ variant: 'simd' });
  const bytes = new Uint8Array(readFileSync(csv(rows)));
  const make = (config) => { const pg = nn.createPlayground(); pg.loadCsv(bytes, dataOptions); pg.configure(config); return pg; };
  const pgs = { sgd: make(sgd), adam: make(adam) };
  const epoch = (pg) => { const t = performance.now(); pg.trainEpochs(1); return (performance.now() - t) / 1000; };
  return { epoch: async (which) => epoch(pgs[which]) };
}

function nativeContestant(rows) {
  const child = spawn(join(root, 'build/native/bench/mnist_bench'), ['--csv', csv(rows), '--data', JSON.stringify(dataOptions),
    '--sgd', JSON.stringify(sgd), '--adam', JSON.stringify(adam)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const waiting = [];
  createInterface({ input: child.stdout }).on('line', (l) => waiting.shift()?.(JSON.parse(l)));
  const next = () => new Promise((res) => waiting.push(res));
  const ready = next();
  return {
    ready,
    epoch: async (which) => { const p = next(); child.stdin.write(`${which} 1\n`); return (await p).seconds; },
    stop: () => child.stdin.end('quit\n'),
  };
}

const engines = {
  'wasm SIMD, Node': Object.fromEntries(await Promise.all(SIZES.map(async (rows) => [rows, await wasmContestant(rows)]))),
  'native -msse2': Object.fromEntries(SIZES.map((rows) => [rows, nativeContestant(rows)])),
};
for (const sizes of Object.values(engines)) for (const c of Object.values(sizes)) await c.ready;
const best = {};  // engine -> optimizer -> rows -> seconds
for (const [name, sizes] of Object.entries(engines)) {
  for (const which of ['sgd', 'adam']) {
    // The same number of warm-up steps on each size (one 60,000-row epoch, six of 10,000),
    // so that neither is timed in the first hundreds of steps while the other is past
    // them: a step's cost can change as training goes on (Adam's moments of dead units
    // once went subnormal from about the 600th step and made its epochs a tenth slower),
    // and that is not the size.
    for (const rows of SIZES) for (let e = 0; e < SIZES[SIZES.length - 1] / rows; ++e) await sizes[rows].epoch(which);
    for (let r = 0; r < rounds; ++r) {
      for (const rows of r % 2 ? [...SIZES].reverse() : SIZES) {
        const s = await sizes[rows].epoch(which);
        const slot = ((best[name] ??= {})[which] ??= {});
        slot[rows] = Math.min(slot[rows] ?? Infinity, s);
      }
    }
  }
}
for (const sizes of Object.values(engines)) for (const c of Object.values(sizes)) c.stop?.();

console.log(`samples/s, best of ${rounds} interleaved epochs (784-128-64-10, batch 64, training figures from the batches)`);
console.log(`${'engine'.padEnd(18)} ${'optimizer'.padEnd(9)} ${'10,000 rows'.padStart(12)} ${'60,000 rows'.padStart(12)} ${'60k / 10k'.padStart(10)}`);
for (const [name, byOptimizer] of Object.entries(best)) {
  for (const [which, s] of Object.entries(byOptimizer)) {
    const small = SIZES[0] / s[SIZES[0]], large = SIZES[1] / s[SIZES[1]];
    console.log(`${name.padEnd(18)} ${which.padEnd(9)} ${small.toFixed(0).padStart(12)} ${large.toFixed(0).padStart(12)} ${(large / small).toFixed(2).padStart(10)}`);
  }
}
