// Every control of the state schema, the layer editor and the train controls has help,
// and every view says what it shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROPS } from '../../../web/core/state.js';
import { CONTROL_HELP, EXTRA_HELP, helpFor } from '../../../web/teaching/help-texts.js';
import { HELP_TITLES } from '../../../web/teaching/help-titles.js';
import { VIEW_HELP, helpParagraphs } from '../../../web/teaching/help-views.js';

test('every PROPS key has a help entry with a title and what it does', () => {
  for (const p of PROPS) {
    const entry = helpFor(p.name);
    assert.ok(entry, `no help for "${p.name}"`);
    assert.ok(entry.title && entry.what.length > 20, `help for "${p.name}" says what it does`);
  }
  const names = new Set(PROPS.map((p) => p.name));
  for (const key of Object.keys(CONTROL_HELP)) assert.ok(names.has(key), `help for "${key}", which is not in PROPS`);
});

test('the titles that load with the page name exactly the helps that load later', () => {
  assert.deepEqual(Object.keys(HELP_TITLES).sort(), [...Object.keys(CONTROL_HELP), ...Object.keys(EXTRA_HELP)].sort());
  for (const [key, title] of Object.entries(HELP_TITLES)) assert.ok(title.trim().length > 0, key);
  assert.equal(helpFor('l2').title, 'L2 λ');
});

test('numeric settings say what a sensible range is and what happens at the extremes', () => {
  const skip = new Set(['dataSeed', 'seed', 'classes', 'decay_epochs', 'beta1', 'epsilon']);
  for (const p of PROPS.filter((x) => (x.type === 'number' || x.type === 'int') && !skip.has(x.name))) {
    const e = CONTROL_HELP[p.name];
    assert.ok(e.range, `${p.name}: range`);
    assert.ok(e.low || e.high, `${p.name}: too small or too large`);
  }
});

test('the names learners meet next are there', () => {
  assert.ok(CONTROL_HELP.l2.names.some((n) => n.includes('sklearn alpha')));
  assert.ok(CONTROL_HELP.l2.names.some((n) => n.includes('kernel_regularizer=l2')));
  assert.ok(EXTRA_HELP['layer.keep_prob'].names.some((n) => n.includes('Dropout(rate = 1 − keep)')));
  assert.ok(CONTROL_HELP.batch_size.names.some((n) => n.includes('batch_size')));
  assert.ok(CONTROL_HELP.learning_rate.names.some((n) => n.includes('lr (PyTorch)')));
});

test('the layer editor, data panel and train controls have help', () => {
  for (const key of ['layer.units', 'layer.activation', 'layer.keep_prob', 'target', 'ignore_columns',
    'categorical_columns', 'upload', 'train', 'pause', 'step', 'reset']) {
    assert.ok(helpFor(key)?.what, key);
  }
  assert.equal(helpFor('no-such-control'), null);
});

test('every view says what it shows; charts and plots say what their colours and axes mean', () => {
  for (const key of ['accuracyChart', 'lossChart', 'decisionBoundary', 'networkDiagram', 'confusionMatrix', 'predictPanel',
    'dataSummary', 'unitMaps', 'mathPanel', 'runComparison', 'stepDetail', 'experiments']) {
    assert.ok(VIEW_HELP[key]?.what, key);
  }
  for (const key of ['accuracyChart', 'lossChart', 'decisionBoundary', 'confusionMatrix']) {
    assert.ok(VIEW_HELP[key].colors && VIEW_HELP[key].axes, key);
  }
});

test('helpParagraphs turns an entry into plain text paragraphs', () => {
  const p = helpParagraphs(CONTROL_HELP.learning_rate);
  assert.equal(p[0], CONTROL_HELP.learning_rate.what);
  assert.ok(p.some((x) => x.startsWith('Too large: ')));
  assert.ok(p.at(-1).startsWith('Also called: '));
  assert.ok(helpParagraphs(VIEW_HELP.lossChart).some((x) => x.startsWith('Axes: ')));
  assert.deepEqual(helpParagraphs(null), []);
});
