// The wasm module's matrix product kernel (engine/nn/gemm.hpp, wasm SIMD128 instantiation)
// against a plain JS loop. The kernel sums every element in k order with one float
// rounding per product and per sum, so the loop below, rounding with Math.fround, is an
// exact reference (a float product is exact in double; a float sum rounded through
// double is the correctly rounded float sum): results must agree bit for bit.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn } from './helpers.mjs';
import { mulberry32 } from '../../bench/mulberry32.mjs';

const core = nn.core;

// rows x cols, column-major (or row-major, a transposed operand), `pad` floats between
// columns (rows).
function operand(rows, cols, rowMajor, pad, random) {
  const inner = rowMajor ? cols : rows, outer = rowMajor ? rows : cols;
  const ld = inner + pad;
  const data = Float32Array.from({ length: ld * outer + 1 }, () => random() * 2 - 1);
  const [rs, cs] = rowMajor ? [ld, 1] : [1, ld];
  return { data, rs, cs, at: (i, j) => data[i * rs + j * cs] };
}

function reference(A, B, m, n, k, C, ldc) {
  const out = Float32Array.from(C);
  for (let j = 0; j < n; ++j)
    for (let i = 0; i < m; ++i) {
      let sum = 0;
      for (let p = 0; p < k; ++p) sum = Math.fround(sum + Math.fround(A.at(i, p) * B.at(p, j)));
      out[i + j * ldc] = sum;
    }
  return out;
}

const shapes = [
  [1, 1, 1], [1, 13, 7], [13, 1, 7], [1, 1, 50], [3, 2, 5], [4, 4, 4], [7, 5, 3], [8, 4, 9], [9, 5, 3],
  [10, 64, 64], [12, 3, 1], [17, 6, 33], [33, 37, 300], [64, 61, 128], [5, 3, 0],
];

test('gemm: the wasm build runs the SIMD kernel', () => {
  assert.equal(core.gemmVariant(), 'wasm-simd128');
});

for (const [m, n, k] of shapes) {
  test(`gemm: bit-identical to the JS loop, ${m}x${k} · ${k}x${n}, every layout`, () => {
    const random = mulberry32(m * 10007 + n * 101 + k);
    for (const aRowMajor of [false, true])
      for (const bRowMajor of [false, true])
        for (const pad of [0, 3]) {
          const A = operand(m, k, aRowMajor, pad, random);
          const B = operand(k, n, bRowMajor, pad, random);
          const ldc = m + pad;
          const C = new Float32Array(ldc * n).fill(-12345);  // the padding must stay as it is
          const got = core.gemmForTesting(m, n, k, A.data, A.rs, A.cs, B.data, B.rs, B.cs, C, ldc);
          const want = reference(A, B, m, n, k, C, ldc);
          const where = `A ${aRowMajor ? 'row' : 'column'}-major, B ${bRowMajor ? 'row' : 'column'}-major, pad ${pad}`;
          assert.equal(got.length, want.length);
          for (let x = 0; x < want.length; ++x)
            if (!Object.is(got[x], want[x]))
              assert.fail(`${where}: C(${x % ldc}, ${Math.floor(x / ldc)}) is ${got[x]}, the loop gives ${want[x]}`);
        }
  });
}

test('gemm: an empty C is left alone', () => {
  const one = new Float32Array([1]);
  const C = new Float32Array(4).fill(7);
  assert.deepEqual([...core.gemmForTesting(0, 2, 3, one, 1, 1, one, 1, 1, C, 2)], [7, 7, 7, 7]);
  assert.deepEqual([...core.gemmForTesting(2, 0, 3, one, 1, 1, one, 1, 1, new Float32Array(0), 2)], []);
});
