// The build output: SIMD instructions in the module, sizes, and the two glue formats
// (CommonJS/classic script for Node and importScripts, ES module for browsers).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

import { moduleDir, loadNnplay, iris } from './helpers.mjs';

const file = (name) => path.join(moduleDir, name);

function simdOps(wasm) {
  const text = execFileSync('wasm-dis', [wasm], { maxBuffer: 1 << 30, encoding: 'utf8' });
  const ops = text.match(/\b(f32x4|i32x4|v128)\.[a-z_0-9]+/g) ?? [];
  return { f32x4: ops.filter((o) => o.startsWith('f32x4')).length, total: ops.length };
}

test('build: the shipped module is vectorized (f32x4/v128 instructions, counted with wasm-dis)', () => {
  const { f32x4, total } = simdOps(file('nnplay-core.wasm'));
  assert.ok(f32x4 >= 100, `f32x4 instructions: ${f32x4}`);
  assert.ok(total >= 300, `SIMD instructions: ${total}`);
});

test('build: .wasm + glue under 300 KB gzip', () => {
  let gzip = 0;
  for (const name of ['nnplay-core.wasm', 'nnplay-core.js']) {
    const bytes = readFileSync(file(name));
    const zipped = gzipSync(bytes, { level: 9 }).length;
    gzip += zipped;
    console.log(`${name}: ${bytes.length} bytes, ${zipped} gzip`);
  }
  assert.ok(gzip < 300 * 1024, `${gzip} bytes gzip`);
});

test('build: the glue is a classic script defining createNnplayCore (importScripts in a classic worker)', () => {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(file('nnplay-core.js'), 'utf8'), context);
  assert.equal(typeof context.createNnplayCore, 'function');
});

test('build: the .mjs glue is an ES module exporting the factory (browsers, module workers)', async () => {
  const mod = await import(file('nnplay-core.mjs'));
  assert.equal(typeof mod.default, 'function');
});

test('build: the module loads from given bytes (wasmBinary) as well as from its directory', async () => {
  const nn = await loadNnplay({ wasmBinary: readFileSync(file('nnplay-core.wasm')) });
  const pg = nn.createPlayground();
  try {
    pg.loadCsv(iris);
    assert.equal(pg.trainEpochs(1).length, 1);
  } finally {
    pg.dispose();
  }
  await assert.rejects(loadNnplay({ variant: 'avx' }), /variant/);
});

const scalarBuilt = existsSync(file('nnplay-core-scalar.wasm'));
test('build: the scalar comparison module has no SIMD and trains like the SIMD one',
  { skip: !scalarBuilt && 'not built (NNPLAY_WASM_SCALAR=1 scripts/build.sh)' }, async () => {
    assert.equal(simdOps(file('nnplay-core-scalar.wasm')).total, 0);
    const simd = await loadNnplay();
    const scalar = await loadNnplay({ variant: 'scalar' });
    const run = (nn) => {
      const pg = nn.createPlayground();
      try {
        pg.loadCsv(iris, { seed: 1 });
        pg.configure({ hidden_layers: [8], batch_size: 16, seed: 1 });
        return pg.trainEpochs(10);
      } finally {
        pg.dispose();
      }
    };
    const a = run(simd);
    const b = run(scalar);
    for (let i = 0; i < a.length; ++i) assert.ok(Math.abs(a[i].train_loss - b[i].train_loss) < 1e-4 * a[i].train_loss);
  });
