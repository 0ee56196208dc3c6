// node scripts/split-wasm-profile.mjs DIR PROFILE: runs the instrumented module in DIR through what the
// page does on generated and table data, and writes which functions ran to PROFILE
// (split-wasm.sh). Every such data set is loaded with the page's options, with and
// without derived inputs and added points, into one playground (as the worker keeps one),
// and trained with every activation, optimizer, initialization, schedule, batch kind,
// penalty, dropout, early stopping and loss, at 0 to 4 hidden layers; the page's views are
// drawn at the page's sizes (the boundary, unit maps, points, confusion matrix, weights,
// predictions, an edited weight). What is left out (CSV reading, model files, step
// details, most messages) goes to the deferred part.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [dir, out] = process.argv.slice(2);
const { loadNnplay } = await import(pathToFileURL(path.join(dir, 'nnplay.mjs')).href);
const nn = await loadNnplay();
nn.limits(); nn.heapInUse(); nn.heapPeak(); nn.memoryBytes();

const ACTIVATIONS = ['relu', 'tanh', 'sigmoid', 'leaky_relu', 'linear'];
const OPTIMIZERS = ['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam'];
const INITS = ['he', 'xavier', 'lecun', 'normal', 'uniform'];
const SCHEDULES = ['constant', 'step', 'inverse'];
const DERIVED = ['x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'];

/**
 * Calls that may not apply to a data set (a grid needs two inputs, points need a
 * generated set) are skipped. @template T @param {() => T} f @returns {T | null}
 */
const tryView = (f) => { try { return f(); } catch { return null; } };

// One playground for everything, as the page's worker keeps one: each load replaces the
// last data and network (paths a fresh playground does not take).
const pg = nn.createPlayground();
let k = 0;
for (let pass = 0; pass < 2; ++pass) {
  for (const { name } of nn.builtinDatasets().filter((d) => !d.file)) {
    for (const [v, derived] of [[], DERIVED].entries()) {
      // The page's data options, and points added by clicking the plane.
      const page = { validation_fraction: 0.3, scaling: ['standardize', 'minmax', 'none'][k % 3], missing: 'drop', task: 'auto', seed: 1 };
      const added = v ? { added_points: [[0.1, 0.2, 0], [-0.3, 0.4, 1]] } : {};
      const rows = [200, 1000, 3000][(k + v) % 3];
      const summary = tryView(() => pg.loadBuiltin(name, { ...page, rows, noise: 0.2, derived, ...added })) ??
        tryView(() => pg.loadBuiltin(name, { ...page, derived })) ?? pg.loadBuiltin(name, page);
      for (let r = 0; r < 5; ++r, ++k) {
        const config = {
          // 0 to 4 hidden layers of 3 to 32 units.
          hidden_layers: Array.from({ length: k % 5 }, (_, l) => ({ units: [4, 8, 16, 32, 3, 12][(k + l) % 6],
            activation: ACTIVATIONS[(k + l) % 5], keep_prob: (k + l) % 2 ? 0.8 : 1 })),
          optimizer: OPTIMIZERS[k % 6], init: INITS[k % 5], schedule: SCHEDULES[k % 3],
          batch_size: Math.min([0, 1, 10, 32][k % 4], summary.train_rows),
          l1: k % 3 === 0 ? 0.01 : 0, l2: k % 3 === 1 ? 0.01 : 0, patience: k % 2 ? 3 : 0,
          learning_rate: 0.03, epochs: 20, seed: k, loss: k % 4 === 3 ? 'mse' : 'auto',
        };
        tryView(() => pg.configure(config)) ?? pg.configure({ ...config, loss: 'auto' });
        pg.config(); pg.output();
        pg.trainEpochs(2); pg.history();
        // The page's sizes (web/worker/visuals.js): the boundary at 64², unit maps at 24².
        tryView(() => pg.decisionGrid([-1, 1], [-1, 1], 64));
        tryView(() => pg.decisionGrid([-1, 1], [-1, 1], 24, 10));
        for (const split of ['train', 'validation']) {
          tryView(() => pg.dataPoints(split));
          tryView(() => pg.confusionMatrix(split));
        }
        const [first] = pg.weights();
        pg.setParameter(0, 0, 0, 0.5);
        pg.setParameter(0, 0, -1, 0.1);
        const columns = first.inputs - (summary.derived?.length ?? 0);  // raw columns: no derived inputs
        pg.predict(new Float32Array(columns * 2), 2);
        pg.predictRow(Array(columns).fill(0));
        void [pg.epoch, pg.modelEpoch, pg.stopped, pg.stopReason];
        pg.trainEpochs(1);
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
