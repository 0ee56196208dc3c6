// The L1 penalty and the derived inputs in the state schema: links, widget attributes,
// validation, the engine's configuration and data options, and the presets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { defaultState, validate, toEngineConfig, fromEngineConfig, toDataOptions, fieldOfEngineMessage, PROP } from '../../../web/core/state.js';
import { toHash, fromHash } from '../../../web/core/state-link.js';
import { DATASETS, presetFor, presetForUpload } from '../../../web/core/presets.js';
import { readWidgetSettings } from '../../../web/widget/widget-settings.js';
import { dataInfo } from '../../../web/worker/visuals.js';

test('l1: a model setting beside l2, in the link and the engine configuration', () => {
  assert.equal(PROP.l1.kind, 'model');
  assert.equal(PROP.l1.label, 'L1 λ');
  assert.deepEqual([PROP.l1.def, PROP.l1.min, PROP.l1.max], [0, 0, 100]);
  const s = { ...defaultState(), l1: 0.05, l2: 0.01 };
  assert.match(toHash(s), /&l1=0\.05&l2=0\.01&/);
  assert.equal(fromHash(toHash(s)).values.l1, 0.05);
  assert.equal(toEngineConfig(s).l1, 0.05);
  assert.equal(fromEngineConfig({ l1: 0.2 }).l1, 0.2);
  assert.equal(validate({ ...s, l1: -1 }).l1, 'must be a number in [0, 100]');
  assert.equal(fieldOfEngineMessage('l1 must be in [0, 100], got 101'), 'l1');
});

test('derived: a set of flags kept in the engine\'s order, written like the layers in a link', () => {
  const s = { ...defaultState(), derived: ['x2sq', 'x1sq'] };
  assert.deepEqual(validate(s).derived, undefined);
  assert.match(toHash({ ...s, derived: ['x1sq', 'x2sq', 'sinx1'] }), /&derive=x1sq%2Cx2sq%2Csinx1&/);
  assert.match(toHash(defaultState()), /&derive=none&/);
  assert.deepEqual(fromHash('#derive=sinx2,x1x2').values.derived, ['x1x2', 'sinx2']);
  assert.deepEqual(fromHash('#derive=none').values.derived, []);
  const bad = fromHash('#derive=x1sq,cosx1&lr=0.1');
  assert.deepEqual(bad.values, { learning_rate: 0.1 });
  assert.deepEqual(bad.problems, ['derive: "x1sq,cosx1" must be none or a list of x1sq, x2sq, x1x2, sinx1, sinx2']);
  assert.match(fromHash('#derive=x1sq,x1sq').problems[0], /at most once/);
  assert.equal(fieldOfEngineMessage('derived inputs need exactly two numeric input features; this data has 4: a, b, c, d'),
    'derived');
  assert.equal(fieldOfEngineMessage('options.derived[0] must be one of x1sq'), 'derived');
});

test('derived: sent as the data option only when some are chosen', () => {
  const s = defaultState();
  assert.equal('derived' in toDataOptions(s), false);
  assert.deepEqual(toDataOptions({ ...s, derived: ['x1sq', 'x2sq'] }).derived, ['x1sq', 'x2sq']);
});

test('widget: derive="x1sq,x2sq" and l1="0.01" read through the schema', () => {
  const attrs = { derive: 'x2sq, x1sq', l1: '0.01' };
  const s = readWidgetSettings((name) => attrs[name] ?? null, defaultState());
  assert.deepEqual(s.problems, []);
  assert.deepEqual(s.state.derived, ['x1sq', 'x2sq']);
  assert.equal(s.state.l1, 0.01);
  const bad = readWidgetSettings((name) => ({ derive: 'x3sq' })[name] ?? null, defaultState());
  assert.match(bad.problems.join(), /derive="x3sq": must be none or a list of x1sq/);
});

test('presets: every data set and an upload start without derived inputs (another data set, other inputs)', () => {
  for (const d of DATASETS) assert.deepEqual(presetFor(d.name).derived, [], d.name);
  assert.deepEqual(presetForUpload().derived, []);
  const circles = DATASETS.find((d) => d.name === 'circles');
  assert.equal(circles.group, '2-D generated');
  for (const [name, label] of [['plane', 'Plane (regression)'], ['gauss', 'Gaussian bumps (regression)']]) {
    const d = DATASETS.find((x) => x.name === name);
    assert.equal(d.label, label);
    assert.equal(d.group, '2-D generated');
    assert.equal(d.generated, true);
  }
});

test('the 2-D views draw data with derived inputs: two numeric columns, the rest derived', () => {
  const columns = [{ name: 'x', role: 'feature', type: 'numeric', min: -1, max: 1 },
    { name: 'y', role: 'feature', type: 'numeric', min: -1, max: 1 }, { name: 'label', role: 'target', type: 'numeric' }];
  assert.equal(dataInfo({ columns, feature_count: 2 }).twoD, true);
  assert.equal(dataInfo({ columns, feature_count: 4, derived: ['x1sq', 'x2sq'] }).twoD, true);
  assert.equal(dataInfo({ columns, feature_count: 4 }).twoD, false);
});
