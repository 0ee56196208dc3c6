#!/usr/bin/env node
// CSV loading throughput of the shipped wasm module in headless Chromium: the MNIST-shaped
// file of csv_parse_bench (label + 784 integer pixels, 60,000 rows, ~108 MB), given to
// pg.loadCsv as bytes, timed from the Uint8Array in JS to the data set ready (the bytes
// given to the engine in pieces, each read as it comes, then the build: the whole call),
// in MB/s.
//   node bench/csv_parse_chromium.mjs [file.csv] [--runs N]
// Default file: build/data/mnist-shaped.csv, written by `csv_parse_bench --write` when
// missing. Needs scripts/build.sh (build/wasm/nnplay) and Debian's /usr/bin/chromium
// (or $CHROMIUM); playwright-core drives it (no browser download).
//
// Each run is a fresh page (a fresh module and wasm memory), like a user loading the file
// once: the first-run figures are the honest ones, reported with the median and best of
// the runs. The heap's peak (the allocator's most memory held at once) plus the file's
// bytes in JS is compared with the bound: 2 x the final float data + the file.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../scripts/serve.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 3;
let file = join(root, 'build/data/mnist-shaped.csv');
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--runs') runs = Number(args[++i]);
  else file = resolve(args[i]);
}
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs needs a whole number >= 1');
if (!existsSync(join(root, 'build/wasm/nnplay/nnplay.mjs'))) throw new Error('build/wasm/nnplay is missing: run scripts/build.sh');
if (!existsSync(file)) {
  const bench = join(root, 'build/native/bench/csv_parse_bench');
  if (file !== join(root, 'build/data/mnist-shaped.csv') || !existsSync(bench)) throw new Error(`${file} is missing`);
  execFileSync(bench, ['--write', file], { stdio: 'inherit' });
}
const rel = relative(root, file);
if (rel.startsWith('..')) throw new Error('the CSV must be inside the repository (it is served from there)');
const bytes = statSync(file).size;
const mb = bytes / 1e6;

const { chromium } = await import('playwright-core');
const { server, url: served } = await serve(root);
const url = served.replace(/\/$/, '');
const profile = mkdtempSync(join(tmpdir(), 'nnplay-csv-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  chromiumSandbox: false,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
const results = [];
const wholeResults = [];
let touchSeconds = 0;
let dataTouchSeconds = 0;
try {
  await context.route(`${url}/csv-bench`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><meta charset="utf-8"><title>nnplay CSV bench</title>' }));
  // Each run is a pair of fresh pages, in turn: loadCsv as shipped (the pieces), then the
  // whole text copied into the heap and parsed there (the engine's loadCsvText, as loadCsv
  // did before it gave pieces), for the ratio of the two on this noisy machine.
  for (let run = 0; run < 2 * runs; ++run) {
    const whole = run % 2 === 1;
    const page = await context.newPage();
    await page.goto(`${url}/csv-bench`);
    const r = await page.evaluate(async ({ csvPath, warm, whole }) => {
      const { loadNnplay } = await import('/build/wasm/nnplay/nnplay.mjs');
      const nn = await loadNnplay();
      // Not timed, as on the page: the engine's CSV reader (its deferred part, fetched and
      // compiled while the file is read), and getting the file's bytes into JS.
      await nn.loadDeferred();
      const bytes = new Uint8Array(await (await fetch(`/${csvPath}`)).arrayBuffer());
      const options = { target: 'label', drop_constant_columns: false };
      const wholeText = () => {
        const raw = new nn.core.Playground();
        const t0 = performance.now();
        const text = new nn.core.HeapText(bytes.length);
        try {
          nn.core.HEAPU8.set(bytes, text.address());
          const summary = raw.loadCsvText(text, JSON.stringify(options));
          if (!summary) throw new Error(raw.takeError());
          const seconds = (performance.now() - t0) / 1000;
          text.delete();
          return { seconds, summary: JSON.parse(summary), held: nn.heapInUse() };
        } finally {
          if (!text.isDeleted()) text.delete();
          raw.delete();
        }
      };
      const load = () => {
        if (whole) return wholeText();
        const pg = nn.createPlayground();
        try {
          const t0 = performance.now();
          const summary = pg.loadCsv(bytes, options);
          return { seconds: (performance.now() - t0) / 1000, summary, held: nn.heapInUse() };
        } finally {
          pg.dispose();
        }
      };
      const heapBefore = nn.memoryBytes();
      const peakBefore = nn.heapPeak();
      const inUseBefore = nn.heapInUse();
      const { seconds, summary, held } = load();  // the first load in a fresh page: what a user gets
      const heapAfter = nn.memoryBytes();
      const peakAfter = nn.heapPeak();
      const warmSeconds = [];
      for (let i = 0; i < warm; ++i) warmSeconds.push(load().seconds);  // heap already grown and touched
      return {
        seconds, warmSeconds, bytes: bytes.length, heapBefore, heapAfter, peakBefore, peakAfter, held: held - inUseBefore,
        rows: summary.rows, features: summary.feature_count, train: summary.train_rows, validation: summary.validation_rows,
        test: summary.test_rows ?? 0, chromium: navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent,
      };
    }, { csvPath: rel, warm: 2, whole });
    (whole ? wholeResults : results).push(r);
    await page.close();
  }
  // The floor this machine puts under a first load: growing a fresh wasm memory by the
  // bytes the load held at its peak and writing each once (first-touch page faults, no
  // parsing at all).
  const touch = async (bytes) => {
    const page = await context.newPage();
    await page.goto(`${url}/csv-bench`);
    const seconds = await page.evaluate((bytes) => {
      const t0 = performance.now();
      const memory = new WebAssembly.Memory({ initial: 512, maximum: 32768 });  // the module's initial 32 MB
      memory.grow(Math.ceil(bytes / 65536));
      new Uint8Array(memory.buffer, 512 * 65536, bytes).fill(1);
      return (performance.now() - t0) / 1000;
    }, bytes);
    await page.close();
    return seconds;
  };
  touchSeconds = await touch(results[0].peakAfter);
  // The same for the memory the loaded data set holds (its features, as floats or bytes):
  // under any first load of this file here, however it is read.
  dataTouchSeconds = await touch(results[0].held);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}

const first = results[0];
const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
const firsts = results.map((r) => r.seconds);
const warms = results.flatMap((r) => r.warmSeconds);
const rate = (seconds) => `${(mb / seconds).toFixed(1)} MB/s (${seconds.toFixed(3)} s)`;
const finalBytes = first.features * (first.train + first.validation + first.test) * 4;
const bound = 2 * finalBytes + bytes;
console.log(`file: ${rel}, ${mb.toFixed(1)} MB; ${first.chromium}`);
console.log(`table: ${first.rows} rows -> ${first.features} features, ${first.train} train, ${first.validation} validation`);
console.log('wasm in Chromium, pg.loadCsv(bytes): pieces copied into the wasm heap and read as they come + build');
console.log(`  first load in a fresh page (a user loading the file once; includes growing and first touching the wasm memory):`);
console.log(`    median of ${runs} pages ${rate(median(firsts))}; best ${rate(Math.min(...firsts))}`);
console.log(`    of which the machine's floor: growing a fresh wasm memory by the ${(first.peakAfter / 1e6).toFixed(0)} MB the load holds at its peak ` +
  `and writing it once (page faults, no parsing) takes ${touchSeconds.toFixed(3)} s`);
console.log(`    the ${(first.held / 1e6).toFixed(0)} MB the loaded data set holds alone take ${dataTouchSeconds.toFixed(3)} s so: with the best warm ` +
  `load's work on top, no first load here can beat ${(mb / (dataTouchSeconds + Math.min(...warms))).toFixed(1)} MB/s`);
console.log(`  warm loads (same page, heap already grown): median of ${warms.length} ${rate(median(warms))}; best ${rate(Math.min(...warms))}`);
const wholeFirsts = wholeResults.map((r) => r.seconds);
const ratios = results.map((r, i) => wholeFirsts[i] / r.seconds).sort((a, b) => a - b);
console.log(`  the whole text copied into the heap and parsed there instead (loadCsvText), in the other page of each pair: ` +
  `first load median ${rate(median(wholeFirsts))}, heap peak ${(wholeResults[0].peakAfter / 1e6).toFixed(1)} MB; ` +
  `pieces faster by ${median(ratios).toFixed(2)}x (median of the ${runs} pairs' ratios; ${ratios.map((x) => x.toFixed(2)).join(', ')})`);
const peak = first.peakAfter;
console.log(`  memory: the heap's allocator held at most ${(peak / 1e6).toFixed(1)} MB (before the load: ${(first.peakBefore / 1e6).toFixed(1)} MB), ` +
  `plus the file's ${mb.toFixed(1)} MB in JS = ${((peak + bytes) / 1e6).toFixed(1)} MB; ` +
  `bound 2 x ${(finalBytes / 1e6).toFixed(1)} MB + ${mb.toFixed(1)} MB = ${(bound / 1e6).toFixed(1)} MB: ${peak + bytes <= bound ? 'within' : 'OVER'}`);
console.log(`  (the wasm memory grew to ${(first.heapAfter / 1e6).toFixed(1)} MB, from ${(first.heapBefore / 1e6).toFixed(1)} MB: ` +
  'growth goes in steps beyond what is asked, and pages never written cost nothing)');
