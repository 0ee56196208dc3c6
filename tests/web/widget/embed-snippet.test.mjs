// The embed builder's model (web/widget/embed-snippet.js): a setup and the teacher's
// choices as the widget's attributes, read back by the widget into the same setup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { embedAttributes, defaultChoices, elementSnippet, iframeSnippet, embedUrl, choiceProblems, defaultCharts }
  from '../../../web/widget/embed-snippet.js';
import { readWidgetSettings } from '../../../web/widget/widget-settings.js';
import { defaultState, PROPS } from '../../../web/core/state.js';
import { DATASETS, presetFor } from '../../../web/core/presets.js';

const BASE = new URL('https://courses.example.org/nnplay/');
const readBack = (attrs) => readWidgetSettings((name) => new Map(attrs).get(name) ?? null, defaultState());
const setup = (dataset, changes = {}) => ({ ...defaultState(), ...presetFor(dataset), dataset, ...changes });

test('embed snippet: every built-in set, as its preset gives it, is its preset and nothing more', () => {
  for (const { name } of DATASETS) {
    const state = setup(name);
    const attrs = embedAttributes(state, defaultChoices(state));
    assert.deepEqual(attrs.filter(([n]) => !['controls', 'charts'].includes(n)), [['preset', name]], name);
    const back = readBack(attrs);
    assert.deepEqual(back.problems, [], name);
    for (const p of PROPS) assert.deepEqual(back.state[p.name], state[p.name], `${name}: ${p.name}`);
  }
});

test('embed snippet: a changed setup reads back exactly, with the frame as chosen', () => {
  const state = setup('moons', {
    layers: [{ units: 6, activation: 'tanh', keep_prob: 0.8 }, { units: 3, activation: 'relu', keep_prob: 1 }],
    learning_rate: 0.123, optimizer: 'momentum', momentum: 0.8, l2: 0.01, epochs: 250, rows: 300, noise: 0.3,
    derived: ['x1sq', 'x1x2'], points: [[0.5, -0.25, 1]], seed: 7, dataSeed: 3,
  });
  const choices = { ...defaultChoices(state), controls: ['reset', 'train', 'lr', 'layers', 'step', 'l2'], locked: ['layers', 'train', 'opt'],
    charts: ['loss', 'network'], autoplay: true, lang: 'zh-CN', theme: 'dark' };
  const attrs = embedAttributes(state, choices);
  const names = attrs.map(([n]) => n);
  assert.equal(names[0], 'preset');
  assert.deepEqual(attrs.find(([n]) => n === 'opt'), ['opt', 'momentum']);
  assert.deepEqual(attrs.slice(-6), [['controls', 'train,step,reset,layers,lr,l2'], ['locked', 'layers'], ['charts', 'loss,network'],
    ['autoplay', ''], ['lang', 'zh-CN'], ['theme', 'dark']], 'buttons first; only shown, lockable controls are locked');
  const back = readBack(attrs);
  assert.deepEqual(back.problems, []);
  for (const p of PROPS) assert.deepEqual(back.state[p.name], state[p.name], p.name);
  assert.deepEqual(back.buttons, ['train', 'pause', 'step', 'reset'], 'autoplay brings Pause');
  assert.deepEqual(back.fields, ['layers', 'learning_rate', 'l2']);
  assert.deepEqual([...back.locked], ['layers']);
  assert.deepEqual(back.charts, ['loss', 'network']);
  assert.equal(back.autoplay, true);
});

test('embed snippet: a CSV needs its address; the snippets escape what they quote', () => {
  const state = { ...defaultState(), dataset: 'csv', generated: false, layers: [{ units: 4, activation: 'relu', keep_prob: 1 }] };
  const choices = { ...defaultChoices(state), src: '', target: 'species' };
  assert.deepEqual(choiceProblems(state, choices), ['csv-address']);
  for (const relative of ['data/flowers.csv', 'file:///home/me/flowers.csv', 'C:\\flowers.csv']) {
    assert.deepEqual(choiceProblems(state, { ...choices, src: relative }), ['csv-address'], relative);
  }
  choices.src = 'https://courses.example.org/data/flowers "2".csv';
  assert.deepEqual(choiceProblems(state, choices), []);
  const attrs = embedAttributes(state, choices);
  assert.deepEqual(attrs.slice(0, 2), [['src', 'https://courses.example.org/data/flowers "2".csv'], ['target', 'species']]);
  const back = readBack(attrs);
  assert.equal(back.src, 'https://courses.example.org/data/flowers "2".csv');
  assert.deepEqual(back.state.layers, state.layers);

  const element = elementSnippet(attrs, BASE, { width: '720px' });
  assert.match(element, /^<script type="module" src="https:\/\/courses\.example\.org\/nnplay\/nnplay-widget\.js"><\/script>\n<nn-playground src="https:\/\/courses\.example\.org\/data\/flowers &quot;2&quot;\.csv" target="species" /);
  assert.match(element, / style="max-width: 720px"><\/nn-playground>$/);
  const frame = iframeSnippet(attrs, new URL('v/0.1.0/', BASE), { width: '100%', height: 600, title: 'A <net> & "data"' });
  assert.match(frame, /^<iframe src="https:\/\/courses\.example\.org\/nnplay\/v\/0\.1\.0\/embed\.html\?src=https%3A%2F%2Fcourses\.example\.org%2Fdata%2Fflowers\+%222%22\.csv&amp;target=species&amp;/);
  assert.match(frame, /title="A &lt;net> &amp; &quot;data&quot;" height="600" style="border:0;width:100%" loading="lazy"><\/iframe>$/);
  assert.match(iframeSnippet(attrs, BASE, { width: '40rem', height: 600, title: 't' }), / style="border:0;width:40rem;max-width:100%" /,
    'a width in rem: in the style, not the pixel-only width attribute');
  assert.deepEqual(new URL(embedUrl(attrs, BASE)).searchParams.get('src'), 'https://courses.example.org/data/flowers "2".csv');
});

test('embed snippet: the views suit the data; choices out of range are named', () => {
  assert.deepEqual(defaultCharts(setup('spirals')), ['accuracy', 'loss', 'boundary']);
  assert.deepEqual(defaultCharts(setup('mnist')), ['accuracy', 'loss', 'draw']);
  assert.deepEqual(defaultCharts(setup('iris')), ['accuracy', 'loss', 'network']);
  const state = setup('circles');
  assert.deepEqual(choiceProblems(state, { ...defaultChoices(state), charts: [], width: 'wide', height: 50 }), ['no-view', 'width', 'height']);
});
