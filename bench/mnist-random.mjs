// The benchmarks' MNIST-shaped data: `rows` generated rows of a label (0..9) and 784
// pixels (0..255), mulberry32 seed 20261122, as build/bench/mnist-random-<rows>.csv.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './mulberry32.mjs';

const INPUTS = 784, CLASSES = 10;
export const MNIST_RANDOM_SEED = 20261122;

/** The file's path relative to the repository. */
export const mnistRandomName = (rows) => `build/bench/mnist-random-${rows}.csv`;

/** Writes the file under `root` unless it is there; returns its absolute path. */
export function mnistRandomCsv(root, rows) {
  const path = join(root, mnistRandomName(rows));
  if (existsSync(path)) return path;
  mkdirSync(join(root, 'build/bench'), { recursive: true });
  const random = mulberry32(MNIST_RANDOM_SEED);
  const lines = ['label,' + Array.from({ length: INPUTS }, (_, i) => `pixel${i}`).join(',')];
  for (let r = 0; r < rows; ++r) {
    const f = [Math.floor(random() * CLASSES)];
    for (let c = 0; c < INPUTS; ++c) f.push(Math.floor(random() * 256));
    lines.push(f.join(','));
  }
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
