// The guided experiments: each preset's hash is a valid page state, and each shows the
// outcome it states when run through the worker, with its pinned seeds and with others.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXPERIMENTS, runState as stateOf, weightSquareSum } from '../../../web/teaching/experiments.js';
import { validate } from '../../../web/core/state.js';
import { fromHash } from '../../../web/core/state-link.js';
import { DATASET } from '../../../web/core/presets.js';
import { makeCore, runState } from '../worker/worker-driver.mjs';
import { parseChallenge, checkChallenge } from '../../../web/core/challenge.js';

async function results(core, experiment, seedOverride = null) {
  const out = {};
  for (const run of experiment.runs) {
    const state = stateOf(run);
    if (seedOverride !== null) Object.assign(state, { seed: seedOverride, dataSeed: seedOverride });
    const r = await runState(core, state);
    out[run.key] = { history: r.history, reason: r.reason, weightSquareSum: weightSquareSum(r.weights) };
  }
  return out;
}

// The material's MNIST recipes train for minutes: tests/cli/recipes.test.mjs runs them natively.
const onGenerated = (e) => e.runs.every((r) => DATASET[r.settings.dataset].generated);

test('every experiment is complete and its runs are valid page states', () => {
  assert.equal(EXPERIMENTS.length, 8);
  assert.deepEqual(EXPERIMENTS.filter((e) => !onGenerated(e)).map((e) => e.id), ['mnist-recipe-a', 'mnist-recipe-b']);
  for (const e of EXPERIMENTS) {
    assert.ok(e.id && e.title && e.explanation.length > 100 && e.outcome.length > 30, e.id);
    assert.ok(e.runs.length >= 1 && typeof e.check === 'function', e.id);
    for (const run of e.runs) {
      assert.match(run.hash, /^#data=/);
      assert.deepEqual(fromHash(run.hash).problems, [], `${e.id}/${run.key}`);
      const state = stateOf(run);
      assert.deepEqual(validate(state), {}, `${e.id}/${run.key}`);
      if (onGenerated(e)) assert.equal(state.generated, true, 'generated data: a run needs no download');
    }
  }
});

for (const experiment of EXPERIMENTS.filter(onGenerated)) {
  test(`${experiment.id}: ${experiment.outcome}`, async () => {
    const core = await makeCore();
    const started = Date.now();
    const pinned = experiment.check(await results(core, experiment));
    assert.ok(pinned.ok, `pinned seeds: ${pinned.detail}`);
    for (const seed of [2, 3]) {
      const other = experiment.check(await results(core, experiment, seed));
      assert.ok(other.ok, `seed ${seed}: ${other.detail}`);
    }
    assert.ok(Date.now() - started < 60000, 'three repetitions within a minute');
  });
}

test('the experiments that are challenges: from their run the goal is not met; the experiment\'s other run meets it', async () => {
  const core = await makeCore();
  const withChallenge = EXPERIMENTS.filter((e) => e.challenge);
  assert.deepEqual(withChallenge.map((e) => e.id), ['diverging-learning-rate', 'sigmoid-vs-relu-deep']);
  for (const e of withChallenge) {
    const { challenge, problems } = parseChallenge(e.challenge.text);
    assert.deepEqual(problems, [], e.id);
    const start = e.runs.find((r) => r.key === e.challenge.run);
    const given = stateOf(start);
    const outcome = async (run) => {
      const r = await runState(core, stateOf(run));
      return checkChallenge(challenge, stateOf(run), given, r.history.at(-1));
    };
    assert.equal((await outcome(start)).met, false, `${e.id}: its own setup does not meet it`);
    for (const solution of e.runs.filter((r) => r !== start)) {
      const { met, checks } = await outcome(solution);
      assert.ok(met, `${e.id}/${solution.key}: ${JSON.stringify(checks.map((c) => [c.ok, c.actual]))}`);
    }
  }
});
