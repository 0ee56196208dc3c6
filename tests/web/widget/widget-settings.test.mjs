// The widget's attributes read through the state schema (web/widget/widget-settings.js), in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWidgetSettings, DEFAULT_CHARTS, ATTRIBUTES, sameFrame, changedSettings } from '../../../web/widget/widget-settings.js';
import { defaultState, toEngineConfig } from '../../../web/core/state.js';
import { presetFor } from '../../../web/core/presets.js';

const read = (attrs) => readWidgetSettings((name) => attrs[name] ?? null, defaultState());

test('widget settings: no attribute gives a working default', () => {
  const s = read({});
  assert.deepEqual(s.problems, []);
  assert.equal(s.state.dataset, 'circles');
  assert.deepEqual(s.buttons, ['train', 'pause', 'reset']);
  assert.equal(s.charts.join(','), DEFAULT_CHARTS);
  assert.equal(s.autoplay, false);
  assert.ok(toEngineConfig(s.state).hidden_layers.length > 0);
});

test('widget settings: the issue example, URL keys and setting names', () => {
  const s = read({ dataset: 'spirals', layers: '8,8', activation: 'tanh', lr: '0.03', epochs: '300',
    controls: 'train,reset,lr', charts: 'accuracy,boundary', autoplay: '', l2: '0.001', batch_size: '8' });
  assert.deepEqual(s.problems, []);
  assert.equal(s.state.dataset, 'spirals');
  assert.deepEqual(s.state.layers, [{ units: 8, activation: 'tanh', keep_prob: 1 }, { units: 8, activation: 'tanh', keep_prob: 1 }]);
  assert.equal(s.state.learning_rate, 0.03);
  assert.equal(s.state.epochs, 300);
  assert.equal(s.state.l2, 0.001);
  assert.equal(s.state.batch_size, 8);
  assert.equal(s.state.noise, 0.05, 'the spirals preset under the attributes');
  assert.deepEqual(s.buttons, ['train', 'pause', 'reset'], 'autoplay brings Pause (and Train): what moves can be stopped');
  assert.deepEqual(s.fields, ['learning_rate']);
  assert.deepEqual(s.charts, ['accuracy', 'boundary']);
  assert.equal(s.autoplay, true);
  assert.deepEqual(read({ controls: 'reset' }).buttons, ['reset'], 'without autoplay, the buttons asked for');
  assert.deepEqual(read({ controls: 'lr', autoplay: '' }).buttons, ['train', 'pause']);
});

test('widget settings: theme is light, dark or auto', () => {
  for (const theme of ['light', 'dark', 'auto', 'Dark']) assert.deepEqual(read({ theme }).problems, [], theme);
  assert.ok(ATTRIBUTES.includes('theme'));
  assert.match(read({ theme: 'night' }).problems.join(), /theme="night": must be one of auto, light, dark/);
  assert.equal(read({ theme: ' dark' }).problems.length, 1, 'as the CSS reads it: no spaces');
});

test('widget settings: preset names the data set (dataset, its first name, still works; preset wins)', () => {
  assert.equal(read({ preset: 'moons' }).state.dataset, 'moons');
  assert.equal(read({ dataset: 'moons' }).state.dataset, 'moons');
  const both = read({ preset: 'spirals', dataset: 'moons' });
  assert.equal(both.state.dataset, 'spirals');
  assert.equal(both.state.noise, presetFor('spirals').noise, 'the preset\'s settings');
  const bad = read({ preset: 'spirls' });
  assert.ok(bad.problems.some((p) => p.startsWith('preset="spirls": unknown data set')), bad.problems.join());
  assert.equal(bad.state.dataset, 'circles');
  assert.ok(ATTRIBUTES.includes('preset') && ATTRIBUTES.includes('dataset'));
});

test('widget settings: layers in the link form, keep for all, none', () => {
  assert.deepEqual(read({ layers: '4tanh,3relu0.5' }).state.layers,
    [{ units: 4, activation: 'tanh', keep_prob: 1 }, { units: 3, activation: 'relu', keep_prob: 0.5 }]);
  assert.deepEqual(read({ layers: '16,16', keep: '0.8' }).state.layers.map((l) => l.keep_prob), [0.8, 0.8]);
  assert.deepEqual(read({ layers: 'none' }).state.layers, []);
  assert.deepEqual(read({ activation: 'sigmoid' }).state.layers.map((l) => l.activation), ['sigmoid']);
});

test('widget settings: bad values are named with the attribute and not used', () => {
  const s = read({ dataset: 'mnistt', lr: '0', layers: '8,0', activation: 'swish', keep: '2', controls: 'train,fly',
    locked: 'speed', charts: 'pie', epochs: '1e9' });
  const text = s.problems.join('\n');
  for (const part of ['dataset="mnistt": unknown data set', 'lr="0": must be a number in (0, 100]',
    'layers="8,0": layer 2 units', 'activation="swish"', 'keep="2"', 'unknown control "fly"', 'locked: unknown setting "speed"',
    'charts: unknown chart "pie"', 'epochs="1e9"']) assert.ok(text.includes(part), `${part} in ${text}`);
  assert.equal(s.state.dataset, 'circles');
  assert.equal(s.state.learning_rate, presetFor('circles').learning_rate, 'the preset value in place of the bad one');
  assert.ok(s.state.layers.every((l) => l.units >= 1 && l.activation !== 'swish'));
});

test('widget settings: src makes a CSV widget with its target; locked names map to settings', () => {
  const s = read({ src: 'data/flowers.csv', target: 'species', locked: 'lr,layers,data', controls: 'train,data,lr,layers' });
  assert.equal(s.state.dataset, 'csv');
  assert.equal(s.src, 'data/flowers.csv');
  assert.equal(s.target, 'species');
  assert.deepEqual([...s.locked].sort(), ['data', 'layers', 'learning_rate']);
  assert.equal(s.dataControl, true);
  assert.deepEqual(s.fields, ['learning_rate', 'layers']);
});

test('widget settings: names of Object.prototype are unknown values, never settings', () => {
  const s = read({ dataset: '__proto__', opt: 'toString', init: 'constructor', controls: 'valueOf,train', charts: 'hasOwnProperty' });
  assert.equal(s.state.dataset, 'circles', 'the default data set runs instead');
  assert.equal(s.state.optimizer, presetFor('circles').optimizer);
  assert.equal(s.state.init, presetFor('circles').init);
  const text = s.problems.join('; ');
  for (const name of ['__proto__', 'toString', 'constructor', 'valueOf', 'hasOwnProperty']) assert.match(text, new RegExp(name, 'i'), name);
});

test('widget settings: lang is an attribute; a language the widget lacks is named, the others are not', () => {
  assert.ok(ATTRIBUTES.includes('lang'));
  for (const lang of ['en', 'zh-CN', 'zh', 'en-GB', '']) assert.deepEqual(read({ lang }).problems, [], lang);
  assert.deepEqual(read({ lang: 'fr' }).problems, ['lang="fr": unknown language (one of en, zh-CN)']);
});

test('widget settings: a setting given by its name and its link key takes the name\'s value', () => {
  assert.equal(read({ lr: '0.5', learning_rate: '0.2' }).state.learning_rate, 0.2);
  assert.deepEqual(read({ lr: 'x', learning_rate: '0.2' }).problems, []);
});

test('widget settings: a change of settings keeps the frame, a change of controls or charts does not; the changed values', () => {
  const base = read({ preset: 'circles', lr: '0.03', controls: 'train,reset,lr' });
  const lr = read({ preset: 'circles', lr: '0.1', controls: 'train,reset,lr' });
  assert.equal(sameFrame(base, lr), true);
  assert.deepEqual(changedSettings(base.state, lr.state), { learning_rate: 0.1 });
  const preset = read({ preset: 'moons', lr: '0.03', controls: 'train,reset,lr' });
  assert.equal(sameFrame(base, preset), true);
  assert.equal(changedSettings(base.state, preset.state).dataset, 'moons');
  assert.equal(sameFrame(base, read({ preset: 'circles', lr: '0.03', controls: 'train,reset' })), false);
  assert.equal(sameFrame(base, read({ preset: 'circles', lr: '0.03', controls: 'train,reset,lr', charts: 'loss' })), false);
  assert.equal(sameFrame(base, read({ preset: 'circles', lr: '0.03', controls: 'train,reset,lr', locked: 'lr' })), false);
  assert.deepEqual(changedSettings(base.state, base.state), {});
  const layers = read({ preset: 'circles', lr: '0.03', controls: 'train,reset,lr', layers: '4,4' });
  assert.deepEqual(changedSettings(base.state, layers.state).layers.map((l) => l.units), [4, 4]);
});
