// node scripts/split-wasm-profile.mjs DIR PROFILE: runs the instrumented module in DIR
// through what the page does on generated and table data, and writes which functions ran
// to PROFILE (split-wasm.sh). First the page's own setups: every built-in's preset and
// every guided experiment's runs, translated by the page's own code (web/core/state-link.js),
// trained long enough to diverge, stop early or decay the rate. Then variations the page
// offers on each data set: derived inputs, added points, every activation, optimizer,
// initialization, schedule, batch kind, penalty, dropout and loss, 0 to 4 hidden layers.
// The views are drawn at the page's sizes. Only calls the page makes are made, so error
// paths stay out but for the one the page meets often; what is left (CSV reading, model files, step details, most messages)
// goes to the deferred part.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { defaultState, toDataOptions, toEngineConfig, DERIVED_INPUTS } from '../web/core/state.js';
import { fromHash } from '../web/core/state-link.js';
import { DATASETS, presetFor } from '../web/core/presets.js';
import { EXPERIMENTS } from '../web/teaching/experiments.js';

const [dir, out] = process.argv.slice(2);
const { loadNnplay } = await import(pathToFileURL(path.join(dir, 'nnplay.mjs')).href);
const nn = await loadNnplay();
nn.limits(); nn.heapInUse(); nn.heapPeak(); nn.memoryBytes();

const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'leaky_relu', 'linear'];
const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
const INITS = ['he', 'xavier', 'lecun', 'normal', 'uniform'];
const SCHEDULES = ['constant', 'step', 'inverse'];
const DERIVED = Object.keys(DERIVED_INPUTS);
const inEngine = new Set(nn.builtinDatasets().filter((d) => !d.file).map((d) => d.name));

// One playground for everything, as the page's worker keeps one: each load replaces the
// last data and network (paths a fresh playground does not take).
const pg = nn.createPlayground();

/** What the page draws after an epoch (web/worker/visuals.js), at its sizes. @param {any} summary */
function drawViews(summary) {
  pg.weights(); pg.history(); pg.config(); pg.output();
  void [pg.epoch, pg.modelEpoch, pg.stopped, pg.stopReason, pg.stopMessage];
  if (summary.two_numeric_inputs && summary.feature_count === 2 + summary.derived.length) {
    pg.decisionGrid([-1, 1], [-1, 1], 64);
    pg.decisionGrid([-1, 1], [-1, 1], 24, 10);
    pg.dataPoints('train');
    if (summary.validation_rows > 0) pg.dataPoints('validation');
  }
  if (summary.task === 'classification') {
    pg.confusionMatrix('train');
    if (summary.validation_rows > 0) pg.confusionMatrix('validation');
  }
}

/** The page's predictions and a weight edited on the diagram. @param {any} summary */
function touch(summary) {
  const columns = summary.feature_count - summary.derived.length;  // raw columns: no derived inputs
  pg.predict(new Float32Array(columns * 2), 2);
  pg.predictRow(Array(columns).fill(0));
  pg.setParameter(0, 0, 0, 0.5);
  pg.setParameter(0, 0, -1, 0.1);
}

const pageStates = [
  ...DATASETS.filter((d) => inEngine.has(d.name)).map((d) => ({ ...defaultState(), ...presetFor(d.name) })),
  // The experiments on generated data (the MNIST recipes load a CSV: the deferred part's work).
  ...EXPERIMENTS.flatMap((e) => e.runs.map((r) => ({ ...defaultState(), ...fromHash(r.hash).values })))
    .filter((state) => inEngine.has(state.dataset)),
];
let previous = null;
for (const state of pageStates) {
  const summary = pg.loadBuiltin(state.dataset, toDataOptions(state));
  // The worker first tries the last configuration on the new data (web/worker/worker-core.js
  // afterLoad), which a small table refuses (its batch size, say): that refusal is common.
  if (previous) { try { pg.configure(previous); } catch { /* as the worker: the page's next configure follows */ } }
  previous = toEngineConfig(state);
  pg.configure(previous);
  drawViews(summary);
  pg.trainEpochs(Math.min(state.epochs, 60));
  drawViews(summary);
  touch(summary);
  pg.testScore();  // the worker asks at every run's end (null: no test rows)
  if (!pg.stopped) pg.trainEpochs(1);
  pg.reset();
}

let k = 0;
for (let pass = 0; pass < 2; ++pass) {
  for (const { name, generated, task } of DATASETS.filter((d) => inEngine.has(d.name))) {
    for (const [v, derived] of [[], DERIVED].entries()) {
      const state = { ...defaultState(), ...presetFor(name), scaling: ['standardize', 'minmax', 'none'][k % 3] };
      const options = toDataOptions(state);
      if (generated) {
        Object.assign(options, { rows: [200, 1000, 3000][(k + v) % 3], noise: 0.2, derived });
        if (v) options.added_points = [[0.1, 0.2, task === 'regression' ? 0.5 : 0], [-0.3, 0.4, task === 'regression' ? -1 : 1]];
      }
      const summary = pg.loadBuiltin(name, options);
      const binary = summary.task === 'regression' || summary.classes.length === 2;
      for (let r = 0; r < 5; ++r, ++k) {
        pg.configure({
          // 0 to 4 hidden layers of 3 to 64 units.
          hidden_layers: Array.from({ length: k % 5 }, (_, l) => ({ units: [4, 8, 16, 32, 3, 64][(k + l) % 6],
            activation: ACTIVATIONS[(k + l) % 5], keep_prob: (k + l) % 2 ? 0.8 : 1 })),
          optimizer: OPTIMIZERS[k % 6], init: INITS[k % 5], schedule: SCHEDULES[k % 3], decay_epochs: 1,
          batch_size: Math.min([0, 1, 10, 32][k % 4], summary.train_rows),
          l1: k % 3 !== 1 ? 0.01 : 0, l2: k % 3 !== 0 ? 0.01 : 0, patience: k % 2 ? 1 : 0,
          train_metrics: k % 3 === 0 ? 'exact' : 'batches',
          learning_rate: 0.03, epochs: 20, seed: k, loss: k % 4 === 3 && binary ? 'mse' : 'auto',
        });
        drawViews(summary);
        pg.trainEpochs(3);
        drawViews(summary);
        touch(summary);
        if (!pg.stopped) pg.trainEpochs(1);
        pg.reset();
      }
    }
  }
}
pg.dispose();

// The instrumented module writes its profile into memory: two fresh pages past the heap.
const exports = nn.core.asm;
const memory = Object.values(exports).find((e) => e instanceof WebAssembly.Memory);
const at = memory.buffer.byteLength;
memory.grow(2);
const length = exports.__write_profile(at, 2 * 65536);
writeFileSync(out, new Uint8Array(memory.buffer, at, length));
