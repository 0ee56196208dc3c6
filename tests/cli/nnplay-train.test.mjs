// The command-line trainer (cli/, build/native/nnplay-train) as a user meets it: what it
// says about the data before training, the batch it picks for small data, its refusals
// of files it cannot use, the columns it read as numbers after removing signs, and a run
// that diverges.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'build/native/nnplay-train');
const work = mkdtempSync(path.join(tmpdir(), 'nnplay-cli-'));

function run(...args) {
  const r = spawnSync(cli, args, { encoding: 'utf8', timeout: 60000 });
  return { status: r.status, out: r.stdout, err: r.stderr };
}

function file(name, text) {
  const p = path.join(work, name);
  writeFileSync(p, text);
  return p;
}

// 12 rows: a constant column, a categorical one, two numbers, a label.
const small = file('small.csv', ['site,colour,a,b,label',
  ...Array.from({ length: 12 }, (_, i) => `lab,${['red', 'blue', 'green'][i % 3]},${(i * 7) % 5},${(i * 3) % 4},${i % 2 ? 'yes' : 'no'}`)].join('\n') + '\n');

test('cli: says what it did to the columns, and trains data smaller than a mini-batch with the full batch', () => {
  const r = run(small, '--epochs', '2');
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, /note: target "label": the column named "label" \(--target chooses another\)/);
  assert.match(r.out, /note: dropped column "site" \(1\): constant/);
  assert.match(r.out, /note: column "colour" \(2\) is categorical: one-hot encoded as 3 inputs/);
  assert.match(r.out, /note: 2 numeric inputs scaled to mean 0 and standard deviation 1 on the training rows/);
  assert.match(r.out, /note: the 10 training rows are fewer than the default mini-batch of 32: training with the full batch/);
  assert.match(r.out, /final: epochs=2 /);
  const json = run(small, '--epochs', '1', '--json');
  const lines = json.out.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((o) => /one-hot encoded as 3 inputs/.test(o.note)), 'notes are JSON objects with --json');
  assert.equal(lines.filter((o) => 'epoch' in o).length, 1);
  const given = run(small, '--epochs', '1', '--batch', '32');
  assert.notEqual(given.status, 0, 'a batch size the user chose is kept, and refused when too large');
  assert.match(given.err, /batch_size must be at most the 10 training rows, got 32/);
});

test('cli: refuses a directory, a device and oversized files with what is wrong', () => {
  const dir = path.join(work, 'a-folder');
  mkdirSync(dir);
  assert.match(run(dir).err, /"[^"]*a-folder" is a directory, not a CSV file/);
  assert.match(run(small, '--predict', '/dev/zero').err, /"\/dev\/zero" is not a regular file .*save a model to a file first/);
  assert.match(run(small, '--config', '/dev/zero').err, /"\/dev\/zero" is not a regular file/);
  const big = file('big.json', ' '.repeat(1100000));
  assert.match(run(small, '--config', big).err, /big\.json" is 1\.0 MB, over the limit of 1\.0 MB for a JSON configuration|big\.json" is 1\.\d MB, over the limit of 1\.0 MB/);
  assert.match(run(small, '--predict', path.join(work, 'missing.json')).err, /cannot open "[^"]*missing\.json": no such file/);
});

test('cli: a target column number is reported as the user typed it', () => {
  const r = run(small, '--target', '9');
  assert.equal(r.status, 1);
  assert.match(r.err, /there is no column 9 to predict: the table has 5 columns, numbered from 1; the columns are "site", "colour", "a", "b", "label"/);
});

test('cli: a loss that swings far above its best stops the run as diverged', () => {
  const r = run('--builtin', 'circles', '--layers', '8', '--activation', 'tanh', '--optimizer', 'sgd', '--lr', '50',
    '--batch', '1', '--epochs', '100');
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, /stopped: training diverged at epoch 3: the training loss \([\d.e+]+\) has stayed above ten times its best \([\d.]+ before training\) for 3 epochs with learning rate 50; try a lower learning rate/);
  assert.match(r.out, /final: epochs=3 /);
});

test('cli: says which columns it read as numbers after removing signs, and which values it treated as missing', () => {
  const rows = Array.from({ length: 24 }, (_, i) =>
    `"$${40 + i},${String(100 + 7 * i).padStart(3, '0')}",${(i % 7) + 0.5}%,${i === 5 ? '1e308' : i % 4},${i % 2 ? 'yes' : 'no'}`);
  const salaries = file('salaries.csv', ['salary,rate,score,label', ...rows].join('\n') + '\n');
  const expected = [
    'column "salary" (1): read as numbers after removing thousands separators "," and the currency sign "$" ("$40,100" → 40100)',
    'column "rate" (2): percentages read as fractions ("0.5%" → 0.005)',
    'column "score" (3), row 7: "1e308" is beyond the float range (±3.4e38); treated as missing',
    'dropped 1 rows with a missing feature value (impute instead to keep them)',
  ];
  const r = run(salaries, '--epochs', '1');
  assert.equal(r.status, 0, r.err);
  for (const note of expected) assert.ok(r.out.includes(`note: ${note}\n`), `${note}\nin\n${r.out}`);
  assert.match(r.out, /note: 3 numeric inputs scaled/, 'no column is one-hot encoded');
  assert.doesNotMatch(r.out, /categorical/);
  const json = run(salaries, '--epochs', '1', '--json');
  assert.equal(json.status, 0, json.err);
  const notes = json.out.trim().split('\n').map((l) => JSON.parse(l)).filter((o) => 'note' in o).map((o) => o.note);
  for (const note of expected) assert.ok(notes.includes(note), `${note}\nin\n${notes.join('\n')}`);

  const european = file('europe.csv', ['Preis;Gehalt;Klasse',
    ...Array.from({ length: 12 }, (_, i) => `${i + 1}.${String(10 * i).padStart(3, '0')},50 €;${30 + i}.500;${i % 3 ? 'a' : 'b'}`)].join('\n') + '\n');
  const eu = run(european, '--epochs', '1', '--json');
  assert.equal(eu.status, 0, eu.err);
  const euNotes = eu.out.trim().split('\n').map((l) => JSON.parse(l)).filter((o) => 'note' in o).map((o) => o.note);
  assert.ok(euNotes.includes('column "Preis" (1): read as numbers after removing thousands separators "." and the currency sign "€" ("1.000,50 €" → 1000.5)'), euNotes.join('\n'));
  assert.ok(euNotes.includes('column "Gehalt" (2): read as numbers after removing thousands separators "." ("30.500" → 30500)'), euNotes.join('\n'));
});

test('cli --predict: columns are found by name in any order; a file without the model\'s columns is refused', () => {
  const model = path.join(work, 'small-model.json');
  assert.equal(run(small, '--epochs', '5', '--save', model).status, 0);
  const predicted = (csv) => run(file('rows.csv', csv), '--predict', model);
  const inOrder = predicted('site,colour,a,b,label\nlab,red,3,1,no\nlab,blue,0,2,yes\n');
  assert.equal(inOrder.status, 0, inOrder.err);
  // The same rows with the columns shuffled and the target left out: the same predictions.
  const shuffled = predicted('b,colour,a,site\n1,red,3,lab\n2,blue,0,lab\n');
  assert.equal(shuffled.status, 0, shuffled.err);
  const probabilities = (out) => out.trim().split('\n').slice(1).map((l) => l.split(',').slice(-3).join(','));
  assert.deepEqual(probabilities(shuffled.out), probabilities(inOrder.out));
  const other = predicted('site,colour,a,c\nlab,red,3,1\n');
  assert.notEqual(other.status, 0);
  assert.match(other.err, /the model takes the columns "colour", "a", "b"; the file has no "b" \(its columns: "site", "colour", "a", "c"\)/);
});

test('cli: --derive adds inputs computed from two numeric inputs, and refuses other data', () => {
  const r = run('--builtin', 'circles', '--derive', 'x1sq,x2sq', '--layers', '0', '--lr', '0.05', '--epochs', '100');
  assert.equal(r.status, 0, r.err);
  assert.match(r.out, /note: derived inputs from the scaled x and y: x², y²/);
  const accuracy = Number(/final: .* val_accuracy=([0-9.]+)/.exec(r.out)?.[1]);
  assert.ok(accuracy >= 0.95, r.out);
  const iris = run(path.join(root, 'data/iris.csv'), '--derive', 'x1sq', '--epochs', '1');
  assert.notEqual(iris.status, 0);
  assert.match(iris.err, /derived inputs need exactly two numeric input features; this data has 4: sepal_length/);
  const unknown = run('--builtin', 'circles', '--derive', 'x1sq,cos');
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.err, /options\.derived\[1\] must be one of x1sq, x2sq, x1x2, sinx1, sinx2, got "cos"/);
});

test('cli --labels: IDX pictures and their labels train; the files swapped are refused saying which', () => {
  /** An IDX file: two zero bytes, type 0x08, the dimensions, their sizes big-endian, the bytes. */
  const idx = (sizes, values) => {
    const out = Buffer.alloc(4 + 4 * sizes.length + values.length);
    out.set([0, 0, 0x08, sizes.length]);
    sizes.forEach((n, d) => out.writeUInt32BE(n, 4 + 4 * d));
    out.set(values, 4 + 4 * sizes.length);
    return out;
  };
  // 60 pictures of 8 × 8: a bar across (class 0) or down (class 1).
  const pixels = [];
  const labels = [];
  for (let k = 0; k < 60; ++k) {
    labels.push(k % 2);
    for (let i = 0; i < 64; ++i) pixels.push((k % 2 ? i % 8 === 3 : Math.floor(i / 8) === 4) ? 180 + (k % 70) : 0);
  }
  const images = file('bars-images-idx3-ubyte', idx([60, 8, 8], pixels));
  const tags = file('bars-labels-idx1-ubyte', idx([60], labels));
  const trained = run(images, '--labels', tags, '--epochs', '30', '--batch', '8', '--scaling', 'minmax');
  assert.equal(trained.status, 0, trained.err);
  const final = trained.out.trim().split('\n').at(-1);
  assert.ok(Number(final.match(/val_accuracy=([\d.]+)/)?.[1]) > 0.9, final);
  const swapped = run(tags, '--labels', images);
  assert.notEqual(swapped.status, 0);
  assert.match(swapped.err, /the pictures file has the wrong number of dimensions \(1; pictures have 3: count, rows, columns\): is it the labels file\?/);
  const alone = run('--labels', tags);
  assert.match(alone.err, /no data: give a CSV file/);
});
