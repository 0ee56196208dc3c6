#!/usr/bin/env node
// nnplay against itself and TensorFlow.js on the MNIST-shaped 784-128-64-10 network
// (ReLU, softmax, batch 64), SGD and Adam, in one run on this machine:
//
//   native -msse2 (build/native, the default x86-64 build), native -march=native
//   (build/native-march), wasm SIMD in Node, wasm SIMD and wasm scalar in headless
//   Chromium, TensorFlow.js 4.x wasm backend (SIMD, 1 thread) in the same Chromium page.
//
// Measured: training samples/s of one epoch as the page's worker runs it
// (pg.trainEpochs(1): shuffle, 157 steps, the loss and accuracy on the training rows),
// and one forward pass over the 10,000 rows (predict). Data: 10,000 generated rows
// (pixels 0..255, labels 0..9, mulberry32 seed 20261122), minmax scaling, no
// validation rows; the same CSV for every contestant.
//
// The machine is shared and noisy: after a warm-up, the contestants run interleaved in
// rounds (native, native-march, Node, Chromium in turn; inside the page the order
// rotates), and each figure is the best of the rounds.
//
//   node bench/compare.mjs [--rounds N] [--warmup N] [--rows N] [--train-metrics exact|batches]
//                          [--no-fixed] [--out FILE]
//   BENCH_ROUNDS=N, BENCH_WARMUP=N as well. Writes test-output/bench/compare.json.
//   --rows: 10,000 by default; 60,000 is Fashion-MNIST's training set (the falloff with size).
//   --train-metrics: nnplay's training figures from a pass after each epoch (exact, the
//   default) or from the epoch's batches, as TF.js's fit reports them (batches).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { launchChromium } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { MNIST_RANDOM_SEED as SEED, mnistRandomCsv, mnistRandomName } from './mnist-random.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const arg = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : fallback;
};
const rounds = Number(arg('--rounds', process.env.BENCH_ROUNDS ?? 5));
const warmup = Number(arg('--warmup', process.env.BENCH_WARMUP ?? 2));
const fixed = !argv.includes('--no-fixed');
const outFile = resolve(root, arg('--out', 'test-output/bench/compare.json'));

const ROWS = Number(arg('--rows', 10000)), BATCH = 64;
const trainMetrics = arg('--train-metrics', 'exact');
const csvName = mnistRandomName(ROWS);
const csvPath = join(root, csvName);
const dataOptions = { target: 'label', task: 'classification', scaling: 'minmax', validation_fraction: 0, test_fraction: 0,
  drop_constant_columns: false, drop_identifier_columns: false, seed: 1 };
const hidden = [128, 64];
const layers = hidden.map((units) => ({ units, activation: 'relu' }));
const sgdRate = 0.01, adamRate = 0.001;
const sgdConfig = { hidden_layers: layers, optimizer: 'sgd', learning_rate: sgdRate, batch_size: BATCH, seed: 1, init: 'he',
  train_metrics: trainMetrics };
const adamConfig = { ...sgdConfig, optimizer: 'adam', learning_rate: adamRate };

function log(...a) { console.error('[bench]', ...a); }

// ---- the data


function parseCsv(text) {
  const lines = text.split('\n').filter((l) => l.length > 0);
  const inputs = lines[0].split(',').length - 1, rows = lines.length - 1;
  const raw = new Float32Array(rows * inputs);
  for (let r = 0; r < rows; ++r) {
    const f = lines[r + 1].split(',');
    for (let c = 0; c < inputs; ++c) raw[r * inputs + c] = Number(f[c + 1]);
  }
  return { raw, rows, inputs };
}

// ---- native contestants: a mnist_bench process each, driven over stdin/stdout

function nativeContestant(name, exe) {
  if (!existsSync(exe)) { log(`${name}: ${exe} is missing, skipped`); return null; }
  const child = spawn(exe, ['--csv', csvPath, '--data', JSON.stringify(dataOptions), '--sgd', JSON.stringify(sgdConfig),
    '--adam', JSON.stringify(adamConfig)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (l) => waiting.shift()?.(JSON.parse(l)));
  const next = () => new Promise((res) => waiting.push(res));
  const ask = async (cmd) => {
    const p = next();
    child.stdin.write(cmd + '\n');
    const r = await p;
    if (r.error) throw new Error(`${name}: ${r.error}`);
    return r;
  };
  const ready = next();
  return {
    name,
    async start() { const r = await ready; if (r.error) throw new Error(`${name}: ${r.error}`); },
    warmup: (n) => ask(`warmup ${n}`),
    async round() {
      const r = await ask('round');
      return { [name]: { sgd: { s: r.sgd_s, loss: r.sgd_loss }, adam: { s: r.adam_s, loss: r.adam_loss }, forward: { s: r.forward_s } } };
    },
    stop() { child.stdin.end('quit\n'); },
  };
}

// ---- wasm SIMD in Node, in this process

async function nodeContestant() {
  const { loadNnplay } = await import(join(root, 'build/wasm/nnplay/nnplay.mjs'));
  const nn = await loadNnplay({ variant: 'simd' });
  const bytes = readFileSync(csvPath);
  const data = parseCsv(bytes.toString('latin1'));
  const make = (config) => {
    const pg = nn.createPlayground();
    pg.loadCsv(new Uint8Array(bytes), dataOptions);
    pg.configure(config);
    return pg;
  };
  const sgd = make(sgdConfig), adam = make(adamConfig);
  const now = () => performance.now() / 1000;
  const epoch = (pg) => {
    const t = now();
    const m = pg.trainEpochs(1);
    const s = now() - t;
    if (m.length !== 1) throw new Error(`node: training stopped: ${pg.stopReason}`);
    return { s, loss: m[0].train_loss };
  };
  const forward = () => {
    const t = now();
    sgd.predict(data.raw, data.rows);
    return { s: now() - t };
  };
  return {
    name: 'node-simd',
    async start() {},
    async warmup(n) { for (let i = 0; i < n; ++i) { epoch(sgd); epoch(adam); forward(); } },
    async round() { return { 'node-simd': { sgd: epoch(sgd), adam: epoch(adam), forward: forward() } }; },
    stop() { sgd.dispose(); adam.dispose(); },
  };
}

// ---- Chromium: nnplay SIMD, nnplay scalar, TF.js, one page

async function chromiumContestant(variants) {
  // No site policy here: TensorFlow.js, the comparison, compiles code with eval.
  const { server, url } = await serve(root, { csp: null });
  const base = url.replace(/\/$/, '');
  const browser = await launchChromium('nnplay-bench-chromium');
  const { context } = browser;
  const page = context.pages()[0] ?? await context.newPage();
  page.on('pageerror', (e) => log('page error:', e.message));
  page.on('console', (m) => { if (m.type() === 'error') log('page console:', m.text()); });
  page.setDefaultTimeout(0);
  await page.goto(`${base}/bench/compare-page.html`);
  await page.waitForFunction(() => window.bench !== undefined);
  let roundIndex = 0;
  let info;
  return {
    name: 'chromium',
    async start() {
      info = await page.evaluate((o) => window.bench.setup(o), {
        csvUrl: `/${csvName}`, variants, tfjs: true, fixed,
        tfjsWasmPath: '/node_modules/@tensorflow/tfjs-backend-wasm/dist/', data: dataOptions, sgd: sgdConfig, adam: adamConfig,
        hidden, batchSize: BATCH, sgdRate, adamRate, seed: 1,
      });
      info.chromium = context.browser()?.version() ?? null;
      return info;
    },
    info: () => info,
    async warmup(n) { for (let i = 0; i < n; ++i) await page.evaluate((k) => window.bench.round(k), i); },
    async round() {
      const r = await page.evaluate((k) => window.bench.round(k), roundIndex++);
      const out = {};
      for (const [k, v] of Object.entries(r)) out[`chromium-${k}`] = v;
      return out;
    },
    async stop() {
      await browser.close();
      server.close();
    },
  };
}

// ---- the run

const LABELS = {
  'native-sse2': 'native -msse2 (default x86-64)',
  'native-march': 'native -march=native',
  'node-simd': 'wasm SIMD, Node',
  'chromium-nnplay-simd': 'wasm SIMD, Chromium',
  'chromium-nnplay-scalar': 'wasm scalar, Chromium',
  'chromium-tfjs': 'TF.js 4 wasm (SIMD, 1 thread), Chromium',
};

async function main() {
  const t0 = performance.now();
  mnistRandomCsv(root, ROWS);
  const scalarBuilt = existsSync(join(root, 'build/wasm/nnplay/nnplay-core-scalar.wasm'));
  if (!scalarBuilt) log('build/wasm/nnplay/nnplay-core-scalar.wasm is missing: NNPLAY_WASM_SCALAR=1 bash scripts/build.sh');
  const contestants = [
    nativeContestant('native-sse2', join(root, 'build/native/bench/mnist_bench')),
    nativeContestant('native-march', join(root, 'build/native-march/bench/mnist_bench')),
    await nodeContestant(),
    await chromiumContestant(scalarBuilt ? ['simd', 'scalar'] : ['simd']),
  ].filter(Boolean);
  try {
    for (const c of contestants) {
      const t = performance.now();
      await c.start();
      log(`${c.name}: ready (${((performance.now() - t) / 1000).toFixed(1)} s)`);
    }
    for (const c of contestants) await c.warmup(warmup);
    log(`warmed up (${warmup} epochs each); ${rounds} rounds`);
    const results = {};  // name -> what -> [seconds...]
    const losses = {};
    for (let r = 0; r < rounds; ++r) {
      const order = contestants.map((_, i) => contestants[(i + r) % contestants.length]);
      for (const c of order) {
        for (const [name, whats] of Object.entries(await c.round())) {
          for (const [what, v] of Object.entries(whats)) {
            ((results[name] ??= {})[what] ??= []).push(v.s);
            if (v.loss !== undefined) (losses[name] ??= {})[what] = v.loss;
          }
        }
      }
      log(`round ${r + 1}/${rounds} done (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    }
    report(results, losses, contestants.find((c) => c.name === 'chromium')?.info(), (performance.now() - t0) / 1000);
  } finally {
    for (const c of contestants) await c.stop();
  }
}

function report(results, losses, browserInfo, seconds) {
  const best = (name, what) => (results[name]?.[what] ? Math.min(...results[name][what]) : null);
  const rate = (name, what) => { const s = best(name, what); return s ? ROWS / s : null; };
  const figures = {};
  for (const name of Object.keys(results)) {
    figures[name] = {
      label: LABELS[name] ?? name,
      sgd_samples_per_s: rate(name, 'sgd'), adam_samples_per_s: rate(name, 'adam'), forward_10k_ms: best(name, 'forward') * 1000,
      sgd_fixed_samples_per_s: rate(name, 'sgd_fixed'), adam_fixed_samples_per_s: rate(name, 'adam_fixed'),
      rounds_seconds: results[name], last_train_loss: losses[name] ?? null,
    };
  }
  const f = (x, d = 0) => (x == null ? '—' : x.toFixed(d));
  const rows = [];
  rows.push(['contestant', 'SGD samples/s', 'Adam samples/s', `${ROWS / 1000}k forward ms`]);
  for (const name of Object.keys(LABELS)) {
    const v = figures[name];
    if (!v) continue;
    rows.push([v.label, f(v.sgd_samples_per_s), f(v.adam_samples_per_s), f(v.forward_10k_ms, 1)]);
    if (v.sgd_fixed_samples_per_s) rows.push(['  TF.js, fixed batches made once, no reshuffle', f(v.sgd_fixed_samples_per_s), f(v.adam_fixed_samples_per_s), '']);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');

  // Ratios against the issue's targets (wasm SIMD in Chromium against...).
  const simd = figures['chromium-nnplay-simd'];
  const targets = [];
  const ratio = (what, other, key, goal, higherIsBetter = true) => {
    const a = simd?.[key], b = figures[other]?.[key];
    if (a == null || b == null) return;
    const r = higherIsBetter ? a / b : b / a;
    targets.push({ what, optimizer: key.startsWith('sgd') ? 'SGD' : key.startsWith('adam') ? 'Adam' : '',
      ratio: r, target: goal, met: r >= goal });
  };
  for (const key of ['sgd_samples_per_s', 'adam_samples_per_s']) {
    ratio('SIMD Chromium / TF.js-wasm', 'chromium-tfjs', key, 6);
    ratio('SIMD Chromium / native -msse2', 'native-sse2', key, 0.75);
    ratio('SIMD Chromium / scalar Chromium', 'chromium-nnplay-scalar', key, 2.5);
    ratio('SIMD Chromium / native -march=native', 'native-march', key, null);
    ratio('SIMD Chromium / SIMD Node', 'node-simd', key, null);
  }
  ratio(`${ROWS / 1000}k forward: TF.js time / SIMD Chromium time`, 'chromium-tfjs', 'forward_10k_ms', 1, false);
  ratio(`${ROWS / 1000}k forward: native -msse2 time / SIMD Chromium time`, 'native-sse2', 'forward_10k_ms', null, false);
  const tf = figures['chromium-tfjs'];
  if (tf?.sgd_fixed_samples_per_s) {
    for (const [key, fk] of [['sgd_samples_per_s', 'sgd_fixed_samples_per_s'], ['adam_samples_per_s', 'adam_fixed_samples_per_s']]) {
      const r = simd[key] / tf[fk];
      targets.push({ what: 'SIMD Chromium / TF.js-wasm fixed batches (reference)', optimizer: key.startsWith('sgd') ? 'SGD' : 'Adam', ratio: r, target: 6, met: r >= 6 });
    }
  }
  for (const t of targets) if (t.target == null) { delete t.met; t.target = null; }

  console.log(`\nMNIST-shaped 784-128-64-10, ReLU, softmax, batch ${BATCH}; ${ROWS} generated rows (seed ${SEED}), minmax, no validation;`);
  console.log(`one epoch = trainEpochs(1): shuffle, ${Math.ceil(ROWS / BATCH)} steps, loss+accuracy ${trainMetrics === 'batches'
    ? 'from the epoch\'s batches (train_metrics "batches")' : `on the ${ROWS} training rows`}. SGD lr ${sgdRate}, Adam lr ${adamRate}.`);
  console.log(`Best of ${rounds} interleaved rounds after ${warmup} warm-up epochs; ${cpus().length} CPUs (${cpus()[0]?.model}).`);
  if (browserInfo) console.log(`Chromium: ${browserInfo.chromium}; TF.js ${browserInfo.tfjs?.version} backend ${browserInfo.tfjs?.backend}, SIMD ${browserInfo.tfjs?.simd}, threads ${browserInfo.tfjs?.threads ?? 1} (multithread support ${browserInfo.tfjs?.multithread}).`);
  console.log('');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
  console.log('');
  for (const t of targets) {
    const verdict = t.target == null ? '' : `target >= ${t.target}x: ${t.met ? 'met' : 'NOT met'}`;
    console.log(`  ${(t.what + (t.optimizer ? ` (${t.optimizer})` : '')).padEnd(62)} ${t.ratio.toFixed(2).padStart(6)}x  ${verdict}`);
  }
  console.log(`\n(${seconds.toFixed(0)} s)`);
  mkdirSync(join(outFile, '..'), { recursive: true });
  writeFileSync(outFile, JSON.stringify({
    date: new Date().toISOString(), network: '784-128-64-10 relu relu softmax', batch: BATCH, rows: ROWS, data_seed: SEED,
    train_metrics: trainMetrics,
    data_options: dataOptions, sgd: sgdConfig, adam: adamConfig, rounds, warmup_epochs: warmup, best_of: rounds,
    cpus: cpus().length, cpu_model: cpus()[0]?.model, node: process.version, browser: browserInfo ?? null,
    figures, ratios: targets, seconds,
  }, null, 2) + '\n');
  console.log(`JSON: ${outFile.slice(root.length + 1)}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
