// The page's state schema: URL round trip, validation messages, the engine's field names,
// and every preset accepted by the real engine.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { defaultState, validate, toEngineConfig, fromEngineConfig, toDataOptions, fieldOfEngineMessage,
  MAX_UNITS, MAX_LAYERS, PROP } from '../../../web/core/state.js';
import { toHash, fromHash } from '../../../web/core/state-link.js';
import { nn } from '../../bindings/helpers.mjs';
import { DATASETS, presetFor } from '../../../web/core/presets.js';
import { ROOT } from '../../e2e/harness.mjs';

test('state: a link reproduces every setting that applies', () => {
  const s = { ...defaultState(), ...presetFor('blobs'), classes: 4, optimizer: 'rmsprop', rho: 0.8, learning_rate: 0.005,
    batch: 'sgd', schedule: 'step', decay: 0.7, decay_epochs: 5, l2: 0.01, seed: 42,
    layers: [{ units: 12, activation: 'leaky_relu', keep_prob: 0.8 }, { units: 3, activation: 'sigmoid', keep_prob: 1 }] };
  const { values, problems } = fromHash(toHash(s));
  assert.deepEqual(problems, []);
  const back = { ...defaultState(), ...presetFor(values.dataset), ...values };
  for (const k of ['dataset', 'classes', 'optimizer', 'rho', 'learning_rate', 'batch', 'schedule', 'decay', 'decay_epochs',
    'l2', 'seed', 'layers']) assert.deepEqual(back[k], s[k], k);
  assert.doesNotMatch(toHash(s), /b1=|mom=/, 'settings that do not apply stay out of the link');
});

test('state: a link made by version 0.1.0 still reads whole, its "gaussian" init as lecun (the same draws)', () => {
  const link = readFileSync(join(ROOT, 'tests/fixtures/link-0.1.0.txt'), 'utf8').trim();
  const { values, problems } = fromHash(link);
  assert.deepEqual(problems, []);
  assert.equal(values.init, 'lecun');
  assert.deepEqual(values.layers, [{ units: 8, activation: 'tanh', keep_prob: 0.8 }, { units: 6, activation: 'leaky_relu', keep_prob: 1 }]);
  for (const [k, v] of Object.entries({ dataset: 'spirals', rows: 300, noise: 0.2, optimizer: 'rmsprop', learning_rate: 0.03,
    schedule: 'step', decay: 0.7, decay_epochs: 5, l2: 0.001, batch: 'mini', batch_size: 16 })) assert.equal(values[k], v, k);
  assert.deepEqual(validate({ ...defaultState(), ...values }), {});
});

test('state: the limits the page checks before the engine has loaded are the engine\'s own', () => {
  // A widget reads its attributes as soon as it is on the page; the engine loads when it
  // scrolls into view. So the schema keeps the limits itself, and they must be the engine's.
  const limits = nn.limits();
  assert.equal(MAX_UNITS, limits.max_units);
  assert.equal(MAX_LAYERS, limits.max_hidden_layers);
  assert.equal(PROP.epochs.max, limits.max_epochs);
});

test('state: names of Object.prototype in a link are reported as unknown, never used', () => {
  const { values, problems } = fromHash('#opt=toString&init=constructor&layers=8constructor&scale=valueOf&missing=__proto__');
  assert.deepEqual(values, {});
  assert.equal(problems.length, 5);
  assert.match(problems.join('; '), /opt: "toString" must be one of sgd/);
  assert.equal(fieldOfEngineMessage('constructor must be 1'), null);
  assert.equal(fieldOfEngineMessage('toString is bad'), null);
});

test('state: bad link values are reported and ignored, never applied', () => {
  const { values, problems } = fromHash('#data=moons&lr=-1&layers=8relu,0tanh&opt=newton&epochs=20');
  assert.deepEqual(values, { dataset: 'moons', epochs: 20 });
  assert.equal(problems.length, 3);
  assert.match(problems.join('; '), /lr: "-1" must be a number in \(0, 100\]/);
});

test('state: validation names the field and its allowed range; hidden fields are not checked', () => {
  const s = { ...defaultState(), learning_rate: 0, layers: [{ units: 0, activation: 'relu', keep_prob: 1.5 }],
    optimizer: 'adam', momentum: 7 };
  const e = validate(s);
  assert.equal(e.learning_rate, 'must be a number in (0, 100]');
  assert.equal(e['layers.0.units'], 'must be a whole number between 1 and 4096');
  assert.equal(e['layers.0.keep_prob'], 'must be in (0, 1]');
  assert.equal(e.momentum, undefined, 'momentum is not used by Adam');
  assert.equal(validate({ ...s, optimizer: 'momentum' }).momentum, 'must be a number in [0, 1)');
});

test('state: engine messages map to the field they name', () => {
  assert.equal(fieldOfEngineMessage('hidden_layers[2].units must be between 1 and 4096, got 0'), 'layers.2.units');
  assert.equal(fieldOfEngineMessage('batch_size must be at most the 23 training rows, got 32'), 'batch_size');
  assert.equal(fieldOfEngineMessage('options.validation_fraction must be a number in [0, 1), got 1'), 'validation');
  assert.equal(fieldOfEngineMessage('no data: call loadCsv first'), null);
});

test('state: the batch choice maps to the engine batch size and back', () => {
  const s = defaultState();
  assert.equal(toEngineConfig({ ...s, batch: 'full' }).batch_size, 0);
  assert.equal(toEngineConfig({ ...s, batch: 'sgd' }).batch_size, 1);
  assert.equal(toEngineConfig({ ...s, batch: 'mini', batch_size: 64 }).batch_size, 64);
  assert.deepEqual(fromEngineConfig({ batch_size: 0 }), { batch: 'full' });
  assert.deepEqual(fromEngineConfig({ batch_size: 64 }), { batch: 'mini', batch_size: 64 });
});

test('presets: every built-in preset is valid, accepted by the engine, and learns', async () => {
  const { loadNnplay } = await import(pathToFileURL(join(ROOT, 'build/web-engine/nnplay.mjs')).href);
  const nn = await loadNnplay();
  for (const d of DATASETS) {
    const s = { ...defaultState(), ...presetFor(d.name) };
    assert.deepEqual(validate(s), {}, d.name);
    const pg = nn.createPlayground();
    try {
      const options = toDataOptions(s);
      if (d.target) options.target = d.target;
      if (d.idx) {
        // Fashion-MNIST: its first 12,000 training and 1,000 test pictures (tests/cli/ trains the whole set natively).
        const first = (file, count) => {
          const bytes = gunzipSync(readFileSync(join(ROOT, 'dist', file)));
          const header = bytes[3] === 3 ? 16 : 8;
          const size = header === 16 ? 784 : 1;
          const out = Uint8Array.from(bytes.subarray(0, header + count * size));
          new DataView(out.buffer).setUint32(4, count);
          return out;
        };
        pg.loadIdx({ images: first(d.idx.images, 12000), labels: first(d.idx.labels, 12000),
          testImages: first(d.idx.testImages, 1000), testLabels: first(d.idx.testLabels, 1000) }, options);
      } else if (!d.file) pg.loadBuiltin(d.name, options);
      else {
        // The page reads the file's first `subset` rows for MNIST; the same here.
        const text = readFileSync(join(ROOT, 'dist', d.file), 'utf8');
        pg.loadCsv(d.name === 'mnist' ? text.split('\n').slice(0, s.subset + 1).join('\n') : text, options);
      }
      const config = pg.configure(toEngineConfig(s));
      assert.equal(config.epochs, s.epochs, d.name);
      // Pressing Train learns something: the preset's epochs reach a good training accuracy
      // (regression: a validation R² of 0.9).
      const last = pg.trainEpochs(s.epochs).at(-1);
      if (last.train_accuracy === null) {
        assert.ok(last.validation_r2 >= 0.9, `${d.name}: validation R² ${last.validation_r2} after ${s.epochs} epochs`);
        continue;
      }
      assert.ok(last.train_accuracy >= 0.9, `${d.name}: train accuracy ${last.train_accuracy} after ${s.epochs} epochs`);
      if (last.validation_accuracy !== null) assert.ok(last.validation_accuracy >= 0.85, `${d.name}: validation accuracy ${last.validation_accuracy}`);
      if (d.idx) assert.ok(pg.testScore().accuracy >= 0.8, `${d.name}: test accuracy ${pg.testScore().accuracy}`);
    } finally {
      pg.dispose();
    }
  }
});

test('presets: each teaching set says the rule its rows follow, as the engine does (checked on the rows there)', async () => {
  const { loadNnplay } = await import(pathToFileURL(join(ROOT, 'build/web-engine/nnplay.mjs')).href);
  const nn = await loadNnplay();
  const teaching = DATASETS.filter((d) => d.group === 'Teaching examples');
  assert.deepEqual(teaching.map((d) => d.name).sort(), ['happy', 'perceptron', 'three-rows', 'xor']);
  for (const d of teaching) {
    const engine = nn.builtinDatasets().find((b) => b.name === d.name);
    const rule = engine.description.match(/Its rows follow .*\.$/)?.[0];
    assert.ok(rule, `${d.name}: ${engine.description}`);
    assert.ok(d.about.endsWith(rule), `${d.name}: “${d.about}” ends with “${rule}”`);
  }
  const happy = presetFor('happy');
  assert.equal(happy.loss, 'mse');
  assert.deepEqual(happy.layers, [], 'one sigmoid unit with a bias: no hidden layer');
});
