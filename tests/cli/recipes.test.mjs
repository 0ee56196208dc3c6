// The from-scratch tutorials' two MNIST recipes (web/teaching/experiments.js), each run trained
// natively with the configuration the page sends the engine (toEngineConfig) and the same
// data settings, and checked by the experiment's own check(). Minutes of training: the page
// runs them in the worker, and tests/web/teaching/ checks the other experiments there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPERIMENT, runState } from '../../web/teaching/experiments.js';
import { toEngineConfig, toDataOptions } from '../../web/core/state.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const cli = path.join(root, 'build/native/nnplay-train');
const work = mkdtempSync(path.join(tmpdir(), 'nnplay-recipes-'));

/** A run of the page's state, natively: {history, reason} as the experiments' check() takes them. */
function train(run) {
  const state = runState(run);
  assert.equal(state.subset, 10000, 'the whole of the CLI\'s MNIST file, as the page reads it');
  const data = toDataOptions(state);
  const config = path.join(work, `${run.key}.json`);
  writeFileSync(config, JSON.stringify(toEngineConfig(state)));
  const args = ['--builtin', state.dataset, '--config', config, '--val', String(data.validation_fraction),
    '--scaling', data.scaling, '--seed', String(data.seed), '--json'];
  return new Promise((resolve, reject) => {
    const child = spawn(cli, args);
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (status) => {
      if (status !== 0) { reject(new Error(`${run.key}: ${err}`)); return; }
      const lines = out.trim().split('\n').map((l) => JSON.parse(l));
      const stop = lines.find((l) => l.stop_reason !== undefined);
      const history = lines.filter((l) => typeof l.epoch === 'number');
      // As the worker says it: a stop whose reason mentions divergence is 'diverged'.
      resolve({ history, reason: stop ? (/diverged/.test(stop.stop_reason) ? 'diverged' : 'stopped') : 'finished' });
    });
  });
}

// Side by side on two cores: (b)'s 2,500 epochs take longest.
describe('the MNIST recipes', { concurrency: 2 }, () => {
  for (const id of ['mnist-recipe-a', 'mnist-recipe-b']) {
    const experiment = EXPERIMENT[id];
    test(`${id}: ${experiment.outcome}`, async () => {
      const results = {};
      for (const run of experiment.runs) results[run.key] = await train(run);
      const { ok, detail } = experiment.check(results);
      assert.ok(ok, detail);
      console.log(`# ${id}: ${detail}`);
    });
  }
});
