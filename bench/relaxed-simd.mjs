#!/usr/bin/env node
// Relaxed SIMD's fused multiply-add (f32x4.relaxed_madd) in the engine's matrix product
// kernel, measured in headless Chromium: is it faster than the SIMD128 mul + add the
// engine ships, and by how much do the results move?
//   node bench/relaxed-simd.mjs [--rounds N]
//
// Both modules are built here by clang 19 (Debian's clang-19 and lld-19; `scripts/setup.sh
// --bench` installs them) from bench/relaxed-simd/gemm_module.cpp, the engine's
// gemm_kernel.hpp with one instruction changed, so the ratio is that instruction's. They
// share one memory; their calls alternate, round by round, over the products of one
// training step of the MNIST network (784-128-64-10, batch 64: forward W·X, backward Wᵀ·D
// and the weights' gradients D·Xᵀ). Reported: GFLOP/s of each product, the step's time
// ratio (relaxed / plain, below 1 is faster), and how many results differ from the plain
// kernel's and by how much (relaxed SIMD fuses where the machine has FMA).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let rounds = 9;
for (let i = 0; i < args.length; ++i) {
  if (args[i] === '--rounds') rounds = Number(args[++i]);
  else throw new Error(`unknown argument ${args[i]} (use --rounds N)`);
}
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds needs a whole number >= 1');

const clang = process.env.CLANG ?? 'clang-19';
const wasmLd = process.env.WASM_LD ?? 'wasm-ld-19';
const sysroot = '/usr/share/emscripten/cache/sysroot';  // libc++'s headers (the kernel uses <algorithm>)
const out = join(root, 'build/bench/relaxed-simd');

/** Builds one module; null when clang 19 is missing. */
function build(name, flags) {
  mkdirSync(out, { recursive: true });
  const object = join(out, `${name}.o`), wasm = join(out, `${name}.wasm`);
  try {
    execFileSync(clang, ['--target=wasm32-unknown-emscripten', `--sysroot=${sysroot}`, '-std=c++17', '-O3', '-msimd128',
      '-mbulk-memory', '-fno-exceptions', ...flags, `-I${join(root, 'engine')}`, '-c', '-o', object,
      join(root, 'bench/relaxed-simd/gemm_module.cpp')], { stdio: ['ignore', 'inherit', 'inherit'] });
    // Linked directly: clang's driver would run Emscripten's wasm-opt, which cannot read the opcodes.
    execFileSync(wasmLd, ['--no-entry', '--import-memory', '-z', 'stack-size=0', '-o', wasm, object],
      { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (e) {
    if (e.code === 'ENOENT') return null;
    throw e;
  }
  return [...readFileSync(wasm)];
}

const plain = build('plain', []);
const relaxed = plain && build('relaxed', ['-mrelaxed-simd', '-DNNPLAY_RELAXED']);
if (!plain || !relaxed) {
  console.log(`relaxed SIMD: skipped, ${clang} or ${wasmLd} is missing (scripts/setup.sh --bench installs them)`);
  process.exit(0);
}

const browser = await launchChromium('nnplay-relaxed-simd');
try {
  const page = await browser.context.newPage();
  const r = await page.evaluate(async ({ plain, relaxed, rounds }) => {
    if (!WebAssembly.validate(new Uint8Array(relaxed))) return { missing: true };
    const memory = new WebAssembly.Memory({ initial: 256 });
    const load = async (bytes) => (await WebAssembly.instantiate(new Uint8Array(bytes), { env: { memory } })).instance.exports;
    const p = await load(plain), x = await load(relaxed);
    // The network's products at batch 64; A and B by (row stride, column stride), as the
    // engine passes them (column-major matrices and their transposes).
    const n = 64, layers = [[784, 128], [128, 64], [64, 10]];
    const shapes = [];
    for (const [inputs, units] of layers) {
      shapes.push({ name: `W·X ${units}x${inputs}·${inputs}x${n}`, m: units, n, k: inputs, a: [1, units], b: [1, inputs] });
      if (inputs !== 784) shapes.push({ name: `Wᵀ·D ${inputs}x${units}·${units}x${n}`, m: inputs, n, k: units, a: [units, 1], b: [1, units] });
      shapes.push({ name: `D·Xᵀ ${units}x${n}·${n}x${inputs}`, m: units, n: inputs, k: n, a: [1, units], b: [inputs, 1] });
    }
    // Memory: a guard of 64 KB that neither module may touch (they have no stack), then
    // each shape's A, B, C and packing buffers.
    const f32 = new Float32Array(memory.buffer);
    const guard = 16384;
    f32.fill(-7.25, 0, guard);
    let next = guard;
    const take = (floats) => { const at = next; next += floats; return at; };
    for (const s of shapes) {
      s.A = take(s.m * s.k); s.B = take(s.k * s.n); s.C = take(s.m * s.n);
      s.PA = take(p.packSizeA(s.m, s.k, s.a[0])); s.PB = take(p.packSizeB(s.k));
      s.flops = 2 * s.m * s.n * s.k;
    }
    if (next * 4 > memory.buffer.byteLength) memory.grow(Math.ceil((next * 4 - memory.buffer.byteLength) / 65536));
    const mem = new Float32Array(memory.buffer);
    let seed = 1;
    const random = () => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return seed / 2 ** 32 - 0.5; };
    for (let i = guard; i < next; ++i) mem[i] = random();
    const call = (f, s) => f(s.m, s.n, s.k, s.A * 4, s.a[0], s.a[1], s.B * 4, s.b[0], s.b[1], s.C * 4, s.m, s.PA * 4, s.PB * 4);
    // Results: the relaxed kernel's against the plain one's.
    for (const s of shapes) {
      call(p.gemm, s);
      const base = mem.slice(s.C, s.C + s.m * s.n);
      call(x.gemm, s);
      let differ = 0, worst = 0;
      for (let i = 0; i < base.length; ++i) {
        const a = base[i], b = mem[s.C + i];
        if (a !== b) { ++differ; worst = Math.max(worst, Math.abs(a - b) / Math.max(Math.abs(a), 1e-3)); }
      }
      Object.assign(s, { differ, worst, size: base.length, seconds: { plain: [], relaxed: [] } });
    }
    // Timing: each kernel runs every shape for 10 to 40 ms (far above the browser's timer
    // resolution), the two alternating shape by shape within each round.
    const time = (f, s) => {
      const reps = Math.max(10, Math.ceil(4e8 / s.flops));
      const t = performance.now();
      for (let i = 0; i < reps; ++i) call(f, s);
      return (performance.now() - t) / 1000 / reps;
    };
    for (const s of shapes) { time(p.gemm, s); time(x.gemm, s); }  // warm-up (tier-up)
    for (let round = 0; round < rounds; ++round) {
      for (const s of shapes) {
        const first = round % 2 === 0 ? ['plain', p] : ['relaxed', x], second = round % 2 === 0 ? ['relaxed', x] : ['plain', p];
        s.seconds[first[0]].push(time(first[1].gemm, s));
        s.seconds[second[0]].push(time(second[1].gemm, s));
      }
    }
    let guardIntact = true;
    for (let i = 0; i < guard; ++i) if (mem[i] !== -7.25) guardIntact = false;
    return {
      chromium: navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? navigator.userAgent, guardIntact,
      shapes: shapes.map(({ name, flops, differ, worst, size, seconds }) => ({ name, flops, differ, worst, size, seconds })),
    };
  }, { plain, relaxed, rounds });
  if (r.missing) {
    console.log('relaxed SIMD: this Chromium does not validate relaxed SIMD; the engine keeps its SIMD128 kernel');
  } else {
    if (!r.guardIntact) throw new Error('a kernel module wrote outside its arguments (it must have no stack)');
    const median = (v) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)];
    let plainStep = 0, relaxedStep = 0;
    console.log(`${r.chromium}; median of ${rounds} interleaved rounds; GFLOP/s`);
    console.log('product                      plain  relaxed  relaxed/plain time  results differing (worst relative)');
    for (const s of r.shapes) {
      const tp = median(s.seconds.plain), tr = median(s.seconds.relaxed);
      plainStep += tp; relaxedStep += tr;
      console.log(`${s.name.padEnd(27)} ${(s.flops / tp / 1e9).toFixed(1).padStart(6)}  ${(s.flops / tr / 1e9).toFixed(1).padStart(7)}  ${(tr / tp).toFixed(2).padStart(18)}  ${s.differ}/${s.size} (${s.worst.toExponential(1)})`);
    }
    console.log(`one training step's products: relaxed/plain time ${(relaxedStep / plainStep).toFixed(2)}`);
  }
} finally {
  await browser.close();
}
