// The session's run list: labels from what differs, add/remove/rename, one CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState } from '../../../web/core/state.js';
import { RunHistory, runLabels, differingSettings, runsCsv } from '../../../web/core/run-history.js';

const state = (changes = {}) => ({ ...defaultState(), ...changes });
const history = (n, loss = 1) => Array.from({ length: n }, (_, i) => ({
  epoch: i + 1, train_loss: loss / (i + 1), validation_loss: null, train_accuracy: 0.5 + i / 100, validation_accuracy: null,
  train_r2: null, validation_r2: null, learning_rate: 0.01, seconds: i / 10,
}));

test('labels name what differs: optimizer and learning rate', () => {
  assert.deepEqual(runLabels([state({ optimizer: 'adam', learning_rate: 0.01 }), state({ optimizer: 'sgd', learning_rate: 0.1 })]),
    ['Adam lr 0.01', 'SGD lr 0.1']);
});

test('a setting is compared only between the runs it applies to', () => {
  const a = state({ optimizer: 'adam' });
  const b = state({ optimizer: 'momentum', momentum: 0.95 });
  assert.deepEqual(differingSettings([a, b]), ['optimizer'], "Adam's β₂ does not tell Adam from momentum");
  const c = state({ optimizer: 'momentum', momentum: 0.9 });
  assert.deepEqual(differingSettings([a, b, c]), ['optimizer', 'momentum']);
  assert.deepEqual(runLabels([a, b, c]), ['Adam', 'Momentum β 0.95', 'Momentum β 0.9']);
});

test('layers, dropout, batch and L2 read naturally', () => {
  const labels = runLabels([
    state({ layers: [{ units: 8, activation: 'relu', keep_prob: 1 }], l2: 0, batch: 'full' }),
    state({ layers: [{ units: 16, activation: 'tanh', keep_prob: 0.8 }, { units: 4, activation: 'leaky_relu', keep_prob: 1 }], l2: 0.01, batch: 'mini', batch_size: 16 }),
  ]);
  assert.deepEqual(labels, ['8 ReLU full batch no L2', '16 tanh keep 0.8 · 4 leaky ReLU batch 16 L2 λ 0.01']);
});

test('a single run is named by its optimizer and rate; identical runs are numbered', () => {
  assert.deepEqual(runLabels([state()]), ['Adam lr 0.01']);
  assert.deepEqual(runLabels([state(), state(), state({ seed: 2 })]), ['seed 1', 'seed 1 #2', 'seed 2']);
});

test('add, rename, remove; labels follow the runs that remain', () => {
  const runs = new RunHistory();
  const a = runs.add({ config: state({ optimizer: 'adam' }), history: history(3) });
  const b = runs.add({ config: state({ optimizer: 'sgd', learning_rate: 0.1 }), history: history(2) });
  assert.deepEqual(runs.list().map((r) => r.name), ['Adam lr 0.01', 'SGD lr 0.1']);
  runs.rename(a, '  my baseline ');
  assert.deepEqual(runs.list().map((r) => [r.name, r.custom]), [['my baseline', true], ['SGD lr 0.1', false]]);
  const c = runs.add({ config: state({ optimizer: 'sgd', learning_rate: 0.3 }) });
  assert.deepEqual(runs.list().map((r) => r.label), ['Adam lr 0.01', 'SGD lr 0.1', 'SGD lr 0.3']);
  runs.remove(b);
  assert.deepEqual(runs.list().map((r) => r.id), [a, c]);
  runs.rename(a, '');
  assert.equal(runs.list()[0].name, 'Adam lr 0.01', 'an empty name returns to the label');
  runs.setHistory(c, history(5));
  assert.equal(runs.list()[1].history.length, 5);
  assert.throws(() => runs.rename(b, 'x'), /no run with id/);
  runs.clear();
  assert.equal(runs.size, 0);
});

test('a run keeps the settings it was added with', () => {
  const runs = new RunHistory();
  const config = state();
  runs.add({ config });
  config.learning_rate = 5;
  config.layers[0].units = 99;
  assert.equal(runs.list()[0].config.learning_rate, 0.01);
  assert.equal(runs.list()[0].config.layers[0].units, 8);
});

test('all runs as one CSV: run, epoch, metrics; names quoted when needed', () => {
  const runs = new RunHistory();
  runs.add({ config: state(), history: history(2), name: 'a, "quoted" run' });
  runs.add({ config: state({ learning_rate: 0.1 }), history: history(1, 2) });
  const lines = runs.toCsv().trimEnd().split('\n');
  assert.equal(lines[0], 'run,epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,train_r2,validation_r2,train_rmse,validation_rmse,learning_rate,seconds');
  assert.equal(lines.length, 4);
  assert.equal(lines[1], '"a, ""quoted"" run",1,1,,0.5,,,,,,0.01,0');
  assert.equal(lines[3], 'lr 0.1,1,2,,0.5,,,,,,0.01,0');
  assert.equal(runsCsv([]), 'run,epoch,train_loss,validation_loss,train_accuracy,validation_accuracy,train_r2,validation_r2,train_rmse,validation_rmse,learning_rate,seconds\n');
});
