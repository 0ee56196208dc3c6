// Every control of the state schema, the layer editor and the train controls has help,
// and every view says what it shows, in English and in Chinese.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PROPS } from '../../../web/core/state.js';
import { CONTROL_HELP, EXTRA_HELP, TRANSLATIONS, helpFor } from '../../../web/teaching/help-texts.js';
import { HELP_TITLES } from '../../../web/teaching/help-titles.js';
import { VIEW_HELP, helpLine, helpParagraphs } from '../../../web/teaching/help-views.js';
import { addCatalogs, setLocale } from '../../../web/i18n/text.js';
import { GLOSSARY, namesTerm } from '../../../web/i18n/glossary.js';
import { catalogFiles } from '../i18n/message-ids.mjs';

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

// The help in Chinese: tables with the English ones' entries and fields, read as catalog parts.
const zhControls = await import('../../../web/teaching/help-texts.zh-CN.js');
const zhViews = await import('../../../web/teaching/help-views.zh-CN.js');
/** Every zh-CN catalog file's texts, the parts loaded later too: the help's texts join them. */
const zhCatalog = Object.assign({}, ...(await catalogFiles('zh-CN')).map((f) => f.catalog));
/** @type {[string, Record<string, object>, Record<string, object>][]} */
const TABLES = [['CONTROL_HELP', CONTROL_HELP, zhControls.CONTROL_HELP], ['EXTRA_HELP', EXTRA_HELP, zhControls.EXTRA_HELP],
  ['VIEW_HELP', VIEW_HELP, zhViews.VIEW_HELP]];
/** Each English text with its Chinese: [where, field, English, Chinese]. */
const pairs = TABLES.flatMap(([table, en, zh]) => Object.entries(en).flatMap(([key, entry]) => Object.entries(entry)
  .filter(([field]) => field !== 'title')
  .flatMap(([field, text]) => [text].flat().map((english, i) => [`${table}.${key}.${field}`, field, english, [zh[key]?.[field]].flat()[i]]))));

test('the zh-CN help has the English help\'s entries and fields (titles aside), and no empty text', () => {
  for (const [table, en, zh] of TABLES) {
    assert.deepEqual(Object.keys(zh), Object.keys(en), table);
    for (const [key, entry] of Object.entries(en)) {
      assert.deepEqual(Object.keys(zh[key]).sort(), Object.keys(entry).filter((f) => f !== 'title').sort(), `${table}.${key}`);
      assert.equal(zh[key].names?.length, entry.names?.length, `${table}.${key}.names`);
    }
  }
  for (const [where, , , chinese] of pairs) assert.ok(typeof chinese === 'string' && chinese.trim().length > 0, where);
});

test('the zh-CN help is Chinese prose with full-width punctuation, the glossary\'s terms and spaces around Latin text', () => {
  const cjk = '\\u4e00-\\u9fff';
  const wrong = [];
  for (const [where, field, english, chinese] of pairs) {
    if (field === 'names') continue;  // mostly other libraries' names
    if (field === 'what' && !new RegExp(`[${cjk}]`).test(chinese)) wrong.push(`${where}: not Chinese`);
    if (!/[。）]$/.test(chinese)) wrong.push(`${where}: no full stop at the end`);
    if (new RegExp(`[${cjk}][,.;:!?()]|[,;:!?(]\\s*[${cjk}]`).test(chinese)) wrong.push(`${where}: half-width punctuation`);
    if (new RegExp(`[${cjk}][A-Za-z0-9]|[A-Za-z0-9][${cjk}]`).test(chinese)) wrong.push(`${where}: no space between Chinese and Latin text`);
    // "the data's own units": units of measure, not the network's units
    const prose = english.replace(/’s own units/g, '');
    for (const { en, zh } of GLOSSARY) {
      if (namesTerm(prose, en) && !zh.some((term) => chinese.includes(term))) wrong.push(`${where} names "${en}": ${zh.join(' / ')}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('each English help text has one Chinese text, and none changes a text of the catalogs', () => {
  /** @type {Map<string, string>} */
  const seen = new Map();
  const wrong = [];
  for (const [where, , english, chinese] of pairs) {
    if (seen.has(english) && chinese !== seen.get(english)) wrong.push(`${where}: "${english}" translated two ways`);
    seen.set(english, chinese);
    if (Object.hasOwn(zhCatalog, english) && chinese !== zhCatalog[english]) wrong.push(`${where}: "${english}" is "${zhCatalog[english]}" in a catalog`);
  }
  assert.deepEqual(wrong, []);
});

test('in Chinese the help reads from the zh-CN tables, with Chinese lead-ins and help lines', async () => {
  await addCatalogs(TRANSLATIONS);
  await setLocale('zh-CN');
  try {
    const p = helpParagraphs(CONTROL_HELP.learning_rate);
    assert.equal(p[0], zhControls.CONTROL_HELP.learning_rate.what);
    assert.equal(p[1], `建议取值：${zhControls.CONTROL_HELP.learning_rate.range}`);
    assert.ok(p.some((x) => x.startsWith('过大：')));
    assert.equal(p.at(-1), `又称：${zhControls.CONTROL_HELP.learning_rate.names.join('；')}`);
    assert.equal(helpParagraphs(helpFor('layer.add'))[0], zhControls.EXTRA_HELP['layer.add'].what);
    assert.equal(helpLine([VIEW_HELP.confusionMatrix]), '对角线上的绿色格子：预测正确；对角线以外的红色格子：预测错误。行：真实类别。列：预测类别。');
    const line = helpLine([VIEW_HELP.decisionBoundary, VIEW_HELP.accuracyChart, VIEW_HELP.lossChart]);
    assert.ok(line.endsWith('橙色虚线：验证集。横轴：第一个输入列，纵轴：第二个输入列，均为数据的原始单位（缩放前）。横轴：轮数。'), line);
    assert.equal(helpLine([VIEW_HELP.mathPanel]), zhViews.VIEW_HELP.mathPanel.what);
  } finally {
    await setLocale('en');
  }
  assert.equal(helpParagraphs(CONTROL_HELP.learning_rate)[0], CONTROL_HELP.learning_rate.what);
});

test('the views\' help lines in English', () => {
  assert.equal(helpLine([VIEW_HELP.confusionMatrix]),
    'Green cells on the diagonal: right predictions; red cells off it: mistakes. Rows: the actual class. Columns: the predicted class.');
  assert.equal(helpLine([VIEW_HELP.networkDiagram]), 'Lines: blue for positive weights, orange for negative ones; thicker and darker for larger |w|.');
  assert.equal(helpLine([VIEW_HELP.mathPanel]), VIEW_HELP.mathPanel.what);
  assert.equal(helpLine([VIEW_HELP.decisionBoundary, VIEW_HELP.accuracyChart, VIEW_HELP.lossChart]),
    `${VIEW_HELP.decisionBoundary.colors} Solid blue: training rows. Dashed orange: validation rows. ${VIEW_HELP.decisionBoundary.axes} Across: epochs.`);
});
