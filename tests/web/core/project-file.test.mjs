// Project files (web/core/project-file.js): a session written and read back as it was, and
// every kind of bad file refused with a message that names the field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { projectText, parseProject, checkProjectSize, MAX_PROJECT_BYTES } from '../../../web/core/project-file.js';
import { projectCsvOptions } from '../../../web/core/open-project.js';
import { defaultState } from '../../../web/core/state.js';
import { toHash } from '../../../web/core/state-link.js';
import { presetFor } from '../../../web/core/presets.js';

const circles = (changes = {}) => ({ ...defaultState(), ...presetFor('circles'), dataset: 'circles', ...changes });
const epoch = (n, m = {}) => ({ epoch: n, train_loss: 1 / n, validation_loss: 1.1 / n, train_accuracy: 0.5 + n / 100,
  validation_accuracy: 0.5 + n / 120, train_r2: NaN, validation_r2: NaN, train_rmse: NaN, validation_rmse: NaN,
  learning_rate: 0.03, seconds: n / 10, ...m });
const model = { format: 'nnplay-model', version: 1, epochs_trained: 3 };

function session() {
  const state = circles({ learning_rate: 0.01, layers: [{ units: 6, activation: 'tanh', keep_prob: 1 }] });
  return {
    data: /** @type {const} */ ({ kind: 'builtin', name: 'circles' }), state,
    runs: [
      { name: '', config: circles(), history: [epoch(1), epoch(2)], modelEpoch: null, shown: false },
      { name: 'slow', config: state, history: [epoch(1), epoch(2), epoch(3)], modelEpoch: 2, shown: true },
    ],
    current: 1, model, challenge: 'val_acc>=0.9',
  };
}

test('a project reads back as it was saved: data, settings, runs with their curves, network, challenge', () => {
  const saved = session();
  const read = parseProject(projectText(saved));
  assert.deepEqual(read.problems, []);
  assert.deepEqual(read.data, saved.data);
  assert.equal(toHash(read.state), toHash(saved.state));
  assert.deepEqual(read.state.layers, saved.state.layers);
  assert.equal(read.runs.length, 2);
  for (const [i, run] of read.runs.entries()) {
    assert.equal(run.name, saved.runs[i].name);
    assert.equal(toHash(run.config), toHash(saved.runs[i].config));
    assert.deepEqual(run.history, saved.runs[i].history, 'NaN metrics come back as NaN');
    assert.equal(run.modelEpoch, saved.runs[i].modelEpoch);
    assert.equal(run.shown, saved.runs[i].shown);
  }
  assert.equal(read.current, 1);
  assert.deepEqual(read.model, model);
  assert.equal(read.challenge, 'val_acc>=0.9');
});

test('a CSV project holds the text, target and ignored columns, and loads with them', () => {
  const text = 'a,b,label\n1,2,x\n3,4,y\n';
  const saved = { ...session(), data: /** @type {const} */ ({ kind: 'csv', name: 'my.csv', text, target: 'label', ignore: ['b'], skipRagged: true }),
    state: { ...defaultState(), dataset: 'csv', generated: false, validation: 0.3 }, runs: [], current: null, model: null, challenge: '' };
  const read = parseProject(projectText(saved));
  assert.deepEqual(read.data, saved.data);
  assert.equal(read.state.dataset, 'csv');
  assert.equal(read.state.generated, false);
  const options = projectCsvOptions(read);
  assert.equal(options.target, 'label');
  assert.deepEqual(options.ignore_columns, ['b']);
  assert.equal(options.skip_ragged_rows, true);
  assert.equal(options.validation_fraction, 0.3);
});

test('a bad project file is refused, naming what is wrong and where', () => {
  const good = JSON.parse(projectText(session()));
  /** @param {(f: any) => void} change */
  const broken = (change) => { const f = structuredClone(good); change(f); return JSON.stringify(f); };
  const cases = [
    ['{"format": "nnplay-project", ', /“lesson\.nnplay” is not a project file: it is not JSON/],
    [JSON.stringify(model), /“lesson\.nnplay” is a model file, not a project: import it with “Import a model…”/],
    ['[1, 2]', /is not an nnplay project file/],
    [broken((f) => { f.version = 2; }), /project file of version 2; this page opens version 1/],
    [broken((f) => { f.data = { kind: 'builtin', name: 'nope' }; }), /data\.name names no built-in data set: "nope"/],
    [broken((f) => { f.data = { kind: 'xls' }; }), /data\.kind must be "builtin" or "csv"/],
    [broken((f) => { f.data = { kind: 'csv', name: 'a.csv', text: 'x\n1\n', ignore: 'b' }; }), /data\.ignore must be a list of column names/],
    [broken((f) => { f.settings = 42; }), /settings must be the settings as a link writes them; it is 42/],
    [broken((f) => { f.runs[1].history[2].epoch = 2; }), /runs\[1\]\.history\[2\]\.epoch must be a whole number after 2; it is 2/],
    [broken((f) => { f.runs[0].history[0].train_loss = 'low'; }), /runs\[0\]\.history\[0\]\.train_loss must be a number or null; it is "low"/],
    [broken((f) => { f.runs[1].model_epoch = 9; }), /runs\[1\]\.model_epoch must be one of the run’s epochs/],
    [broken((f) => { f.current = 5; }), /current must be the index of one of its 2 runs, or null; it is 5/],
    [broken((f) => { f.model = [1]; }), /model must be a model \(an object\) or null/],
    [broken((f) => { f.challenge = 'x'.repeat(501); }), /challenge must be a text of at most 500 characters/],
  ];
  for (const [text, message] of cases) assert.throws(() => parseProject(text, 'lesson.nnplay'), message, String(message));
});

test('settings a project cannot use are reported and keep their defaults, as a link’s are', () => {
  const f = JSON.parse(projectText(session()));
  f.settings = 'lr=banana&layers=4tanh';
  const read = parseProject(JSON.stringify(f));
  assert.equal(read.problems.length, 1);
  assert.match(read.problems[0], /^settings: lr: "banana"/);
  assert.equal(read.state.learning_rate, circles().learning_rate);
  assert.deepEqual(read.state.layers, [{ units: 4, activation: 'tanh', keep_prob: 1 }]);
});

test('a project is size-limited when saved and before it is read', () => {
  const big = { ...session(), data: /** @type {const} */ ({ kind: 'csv', name: 'big.csv', text: 'x'.repeat(MAX_PROJECT_BYTES), target: null, ignore: [], skipRagged: false }) };
  assert.throws(() => projectText(big), /The project would be 64 MB; a project file may hold 64 MB/);
  assert.throws(() => checkProjectSize('big.nnplay', 1.5 * MAX_PROJECT_BYTES), /“big\.nnplay” is 96 MB; a project file may hold 64 MB/);
  assert.doesNotThrow(() => checkProjectSize('ok.nnplay', MAX_PROJECT_BYTES));
});
