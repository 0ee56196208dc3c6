// Every entry point of the JS API checks its arguments before the engine sees them: wrong
// types throw a TypeError, values out of range a RangeError, each naming the method and
// the argument; and the playground is exactly as before and keeps working.
import { test } from 'node:test';
import assert from 'node:assert/strict';

import { nn, loadNnplay, iris, twoFeatureCsv } from './helpers.mjs';

const cyclic = {};
cyclic.self = cyclic;
const setosa = [5.1, 3.5, 1.4, 0.2];

// [call, error type, message part]; each call gets a playground with iris loaded (or, for
// `plane`, two numeric features) and trained for 2 epochs.
const T = TypeError;
const R = RangeError;
const cases = [
  // loadCsv / inspectCsv: CSV input and options
  [(pg) => pg.loadCsv(), T, 'loadCsv: textOrBytes must be a string, Uint8Array, ArrayBuffer or array of Uint8Array, got undefined'],
  [(pg) => pg.loadCsv(null), T, 'loadCsv: textOrBytes must be a string, Uint8Array, ArrayBuffer or array of Uint8Array, got null'],
  [(pg) => pg.loadCsv([new Uint8Array(3), 'a,b']), T, 'got an array of 2'],
  [(pg) => pg.loadCsv(42), T, 'got 42'],
  [(pg) => pg.loadCsv([1, 2]), T, 'got an array of 2'],
  [(pg) => pg.loadCsv(new Float32Array(4)), T, 'got a Float32Array of 4'],
  [(pg) => pg.loadCsv(iris, 7), T, 'loadCsv: options must be an object or a JSON string, got 7'],
  [(pg) => pg.loadCsv(iris, null), T, 'loadCsv: options must be an object or a JSON string, got null'],
  [(pg) => pg.loadCsv(iris, [1]), T, 'got an array of 1'],
  [(pg) => pg.loadCsv(iris, cyclic), T, 'loadCsv: options must be an object or a JSON string that JSON.stringify accepts'],
  [(pg) => pg.loadCsv(new Uint8Array(600 * 2 ** 20)), R, 'loadCsv: textOrBytes is 600.0 MB, over the limit of 512.0 MB'],
  [(pg) => pg.loadCsv('\u20ac'.repeat(200 * 2 ** 20)), R, 'loadCsv: textOrBytes is 600.0 MB, over the limit'],  // UTF-8 bytes
  [(pg) => pg.importModel('\u20ac'.repeat(180 * 2 ** 20)), R, 'importModel: json is 540.0 MB, over the limit of 512.0 MB'],
  [(pg) => pg.inspectCsv(undefined), T, 'inspectCsv: textOrBytes must be'],
  [(pg) => pg.inspectCsv(new ArrayBuffer(513 * 2 ** 20)), R, 'inspectCsv: textOrBytes is 513.0 MB, over the limit'],
  [(pg) => pg.inspectCsv(iris, NaN), T, 'inspectCsv: options must be an object or a JSON string, got NaN'],
  // loadBuiltin
  [(pg) => pg.loadBuiltin(), T, 'loadBuiltin: name must be a non-empty string of at most 100 characters, got undefined'],
  [(pg) => pg.loadBuiltin(''), R, 'loadBuiltin: name must be a non-empty string'],
  [(pg) => pg.loadBuiltin('x'.repeat(1e6)), R, 'got a string of 1000000 characters'],
  [(pg) => pg.loadBuiltin(7), T, 'got 7'],
  [(pg) => pg.loadBuiltin('circles', 3), T, 'loadBuiltin: options must be an object'],
  // configure / importModel: required settings
  [(pg) => pg.configure(), T, 'configure: config must be an object or a JSON string, got undefined'],
  [(pg) => pg.configure(null), T, 'got null'],
  [(pg) => pg.configure(NaN), T, 'got NaN'],
  [(pg) => pg.configure([8, 4]), T, 'got an array of 2'],
  [(pg) => pg.configure({ seed: 10n }), T, 'configure: config must be an object or a JSON string that JSON.stringify accepts'],
  [(pg) => pg.configure(' '.repeat(17 * 2 ** 20)), R, 'configure: config is 17.0 MB of JSON, over the limit of 16.0 MB'],
  [(pg) => pg.loadCsv(iris, { name: 'n'.repeat(17 * 2 ** 20) }), R, 'loadCsv: options is 17.0 MB of JSON'],
  [(pg) => pg.importModel(), T, 'importModel: json must be an object or a JSON string, got undefined'],
  [(pg) => pg.importModel(42), T, 'got 42'],
  // trainEpochs
  [(pg) => pg.trainEpochs(NaN), R, 'trainEpochs: epochs must be a whole number between 0 and 1000000, got NaN'],
  [(pg) => pg.trainEpochs(-1), R, 'got -1'],
  [(pg) => pg.trainEpochs(2.5), R, 'got 2.5'],
  [(pg) => pg.trainEpochs(1e7), R, 'got 10000000'],
  [(pg) => pg.trainEpochs(Infinity), R, 'got Infinity'],
  [(pg) => pg.trainEpochs('3'), T, 'trainEpochs: epochs must be a whole number between 0 and 1000000, got "3"'],
  [(pg) => pg.trainEpochs(null), T, 'got null'],
  // predict
  [(pg) => pg.predict(), T, 'predict: rows must be a Float32Array, a Float64Array or an array of numbers, got undefined'],
  [(pg) => pg.predict({ length: 4 }, 1), T, 'got an object (Object)'],
  [(pg) => pg.predict('5.1,3.5,1.4,0.2', 1), T, 'got "5.1,3.5,1.4,0.2"'],
  [(pg) => pg.predict(['5.1', 3.5, 1.4, 0.2], 1), T, 'predict: rows[0] must be a number (NaN for missing), got "5.1"'],
  [(pg) => pg.predict([5.1, null, 1.4, 0.2], 1), T, 'predict: rows[1] must be a number (NaN for missing), got null'],
  [(pg) => pg.predict([5.1, 3.5, -Infinity, 0.2], 1), R, 'predict: rows[2] must be finite (NaN for missing), got -Infinity'],
  [(pg) => pg.predict(setosa), T, 'predict: nRows must be a whole number between 0 and 2147483647, got undefined'],
  [(pg) => pg.predict(setosa, NaN), R, 'predict: nRows must be a whole number between 0 and 2147483647, got NaN'],
  [(pg) => pg.predict(setosa, -1), R, 'got -1'],
  [(pg) => pg.predict(setosa, 2 ** 31), R, 'got 2147483648'],
  [(pg) => pg.predict(new Float32Array(2 ** 26 + 4), 2 ** 24 + 1), R, 'predict: rows holds 67108868 values, more than the 67108864 allowed'],
  // predictRow
  [(pg) => pg.predictRow(), T, 'predictRow: values must be an array of numbers, strings or null, got undefined'],
  [(pg) => pg.predictRow('5.1,3.5,1.4,0.2'), T, 'got "5.1,3.5,1.4,0.2"'],
  [(pg) => pg.predictRow([5.1, {}, 1.4, 0.2]), T, 'predictRow: values[1] must be a number, a string or null, got an object (Object)'],
  [(pg) => pg.predictRow([5.1, 3.5, Infinity, 0.2]), R, 'predictRow: values[2] must be finite (null or NaN for missing), got Infinity'],
  [(pg) => pg.predictRow(new Array(200000).fill(1)), R, 'predictRow: values holds 200000 values, more than 100000'],
  // decisionGrid (two numeric features)
  ['plane', (pg) => pg.decisionGrid(), T, 'decisionGrid: xRange must be an array of two finite numbers [min, max] with min < max, got undefined'],
  ['plane', (pg) => pg.decisionGrid([0, 1]), T, 'decisionGrid: yRange must be an array of two finite numbers'],
  ['plane', (pg) => pg.decisionGrid([0, NaN], [0, 1]), R, 'decisionGrid: xRange must be an array of two finite numbers [min, max] with min < max, got [0, NaN]'],
  ['plane', (pg) => pg.decisionGrid([1, -1], [0, 1]), R, 'got [1, -1]'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, Infinity]), R, 'decisionGrid: yRange must be', 'got [0, Infinity]'],
  ['plane', (pg) => pg.decisionGrid([0, 1], ['0', '1']), T, 'decisionGrid: yRange must be an array of two finite numbers'],
  ['plane', (pg) => pg.decisionGrid([0, 1, 2], [0, 1]), T, 'got an array of 3'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, 1], 1), R, 'decisionGrid: resolution must be a whole number between 2 and 256, got 1'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, 1], 1e6), R, 'got 1000000'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, 1], NaN), R, 'got NaN'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, 1], '50'), T, 'got "50"'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, 1], 50, -1), R, 'decisionGrid: maxUnits must be a whole number between 0 and 4096, got -1'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, 1], 50, 5000), R, 'got 5000'],
  ['plane', (pg) => pg.decisionGrid([0, 1], [0, 1], 50, null), T, 'got null'],
  // dataPoints / confusionMatrix
  ['plane', (pg) => pg.dataPoints('everything'), R, 'dataPoints: split must be one of "train", "validation", "test", got "everything"'],
  ['plane', (pg) => pg.dataPoints(null), T, 'dataPoints: split must be one of'],
  [(pg) => pg.confusionMatrix(2), T, 'confusionMatrix: split must be one of "train", "validation", "test", got 2'],
  [(pg) => pg.confusionMatrix('Train'), R, 'got "Train"'],
];

function setUp(kind) {
  const pg = nn.createPlayground();
  pg.loadCsv(kind === 'plane' ? twoFeatureCsv(80) : iris, { seed: 1 });
  pg.configure({ hidden_layers: [{ units: 6, activation: 'tanh' }], batch_size: 16, seed: 1 });
  pg.trainEpochs(2);
  return pg;
}

// What a failed call must leave as it was.
function state(pg) {
  return { summary: pg.summary(), config: pg.config(), epoch: pg.epoch, history: pg.history(), model: pg.exportModel() };
}

test('arguments: wrong types, NaN, negative, huge and undefined are named errors that change nothing', () => {
  const playgrounds = { iris: setUp('iris'), plane: setUp('plane') };
  try {
    for (const c of cases) {
      const [kind, call, Type, ...parts] = typeof c[0] === 'string' ? c : ['iris', ...c];
      const pg = playgrounds[kind];
      const before = state(pg);
      const heap = nn.heapInUse();
      assert.throws(() => call(pg), (e) => {
        assert.ok(e instanceof Type, `${call}: expected a ${Type.name}, got ${e?.constructor?.name}: ${e?.message}`);
        for (const part of parts) assert.ok(e.message.includes(part), `${call}: "${e.message}" lacks "${part}"`);
        return true;
      });
      assert.deepEqual(state(pg), before, `${call} changed the playground`);
      assert.equal(nn.heapInUse(), heap, `${call} left memory allocated`);
    }
    // ...and both still work.
    assert.equal(playgrounds.iris.trainEpochs(1)[0].epoch, 3);
    assert.equal(playgrounds.iris.predict(setosa, 1).length, 3);
    assert.equal(playgrounds.plane.decisionGrid([-5, 5], [-5, 5], 8, 2).values.length, 64);
  } finally {
    for (const pg of Object.values(playgrounds)) pg.dispose();
  }
});

test('arguments: defaults stand in for undefined where the API documents one', () => {
  const pg = setUp('plane');
  try {
    assert.equal(pg.trainEpochs(undefined).length, 1);
    assert.equal(pg.decisionGrid([-5, 5], [-5, 5], undefined, undefined).resolution, 50);
    assert.ok(pg.dataPoints(undefined).x.length > 0);
    assert.ok(pg.confusionMatrix(undefined).counts.length === 2);
    assert.equal(pg.loadCsv(twoFeatureCsv(40), undefined).rows, 40);
    // NaN and null are a missing value in a prediction row (imputed or refused by the engine).
    assert.throws(() => pg.predictRow([NaN, 1]), (e) => !(e instanceof TypeError || e instanceof RangeError));
  } finally {
    pg.dispose();
  }
});

test('arguments: loadNnplay checks its options', async () => {
  await assert.rejects(loadNnplay(5), (e) => e instanceof TypeError && /loadNnplay: options must be an object, got 5/.test(e.message));
  await assert.rejects(loadNnplay({ variant: 'fast' }), (e) => e instanceof RangeError &&
    e.message.includes('loadNnplay: options.variant must be one of "simd", "scalar", got "fast"'));
  await assert.rejects(loadNnplay({ variant: 1 }), TypeError);
  await assert.rejects(loadNnplay({ factory: 'createNnplayCore' }), (e) => e instanceof TypeError &&
    e.message.includes('loadNnplay: options.factory must be a function, got "createNnplayCore"'));
  await assert.rejects(loadNnplay({ wasmBinary: 'bytes' }), (e) => e instanceof TypeError &&
    e.message.includes('options.wasmBinary must be an ArrayBuffer or a typed array'));
  const limits = nn.limits();
  assert.deepEqual(Object.keys(limits).sort(),
    ['max_epochs', 'max_hidden_layers', 'max_predict_values', 'max_text_bytes', 'max_units', 'memory_budget']);
  assert.equal(limits.max_text_bytes, 512 * 2 ** 20);
  assert.equal(limits.memory_budget, 1.5 * 2 ** 30);
});
