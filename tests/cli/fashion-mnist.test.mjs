// Fashion-MNIST natively, as the page's preset trains it: 784-256-128-10 ReLU, Adam at
// 0.001, mini-batches of 64, min-max scaling, 10 epochs on the 60,000 training pictures
// (a tenth for validation), scored on its own 10,000 test pictures. About 30 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'build/native/nnplay-train');
const data = path.join(root, 'build/data/fashion-mnist');

test('cli: the Fashion-MNIST preset reaches 87% test accuracy in 10 epochs on the whole set', () => {
  assert.ok(existsSync(path.join(data, 't10k-images-idx3-ubyte')), `${data}: scripts/build.sh writes it`);
  const r = spawnSync(cli, ['--builtin', 'fashion-mnist', '--layers', '256,128', '--activation', 'relu', '--optimizer', 'adam',
    '--lr', '0.001', '--batch', '64', '--epochs', '10', '--scaling', 'minmax', '--val', '0.1', '--init', 'he', '--seed', '1', '--json'],
  { encoding: 'utf8', timeout: 600000 });
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
  const epochs = lines.filter((l) => 'epoch' in l);
  assert.equal(epochs.length, 10);
  const testScore = lines.find((l) => l.test)?.test;
  assert.equal(testScore.rows, 10000);
  assert.ok(testScore.accuracy >= 0.87, `test accuracy ${testScore.accuracy}`);
  // The test pictures were never trained on: 54,000 training and 6,000 validation rows.
  const confusion = lines.find((l) => l.confusion_matrix);
  assert.equal(confusion.confusion_matrix.flat().reduce((a, b) => a + b, 0), 6000);
});

test('cli: IDX test files given by hand are the test set; one without the other is refused', () => {
  const files = (name) => path.join(data, name);
  const r = spawnSync(cli, [files('t10k-images-idx3-ubyte'), '--labels', files('t10k-labels-idx1-ubyte'),
    '--test-data', files('t10k-images-idx3-ubyte'), '--test-labels', files('t10k-labels-idx1-ubyte'),
    '--layers', '16', '--epochs', '1', '--scaling', 'minmax'], { encoding: 'utf8', timeout: 120000 });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^test: rows=10000 loss=\d+\.\d+ accuracy=0\.\d+$/m);
  const lone = spawnSync(cli, [files('t10k-images-idx3-ubyte'), '--labels', files('t10k-labels-idx1-ubyte'),
    '--test-data', files('t10k-images-idx3-ubyte')], { encoding: 'utf8' });
  assert.equal(lone.status, 1);
  assert.match(lone.stderr, /--test-data and --test-labels go together/);
});
