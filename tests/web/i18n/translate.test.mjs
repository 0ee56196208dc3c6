// Text from a catalog: parameters, numbers for the locale, plural forms, the fallback.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator, parametersOf } from '../../../web/i18n/translate.js';

const EN = {
  'csv.badNumber': 'row {row}, column “{column}”: “{value}” is not a number',
  'data.rows': { one: '{count} row', other: '{count} rows' },
  'only.english': 'Train',
};
const ZH = {
  'csv.badNumber': '第 {row} 行，“{column}”列：“{value}”不是数字',
  'data.rows': { other: '{count} 行' },
};

test('parameters are filled in; numbers are written for the locale, other values exactly as given', () => {
  const en = createTranslator('en', EN);
  assert.equal(en('csv.badNumber', { row: 12345, column: '身高 (cm)', value: '1,5' }),
    'row 12,345, column “身高 (cm)”: “1,5” is not a number');
  const zh = createTranslator('zh-CN', ZH, EN);
  assert.equal(zh('csv.badNumber', { row: 7, column: 'height', value: 'abc' }), '第 7 行，“height”列：“abc”不是数字');
  assert.equal(en('csv.badNumber', { row: 1 }), 'row 1, column “{column}”: “{value}” is not a number', 'a missing parameter shows');
});

test('plural forms follow the locale\'s rules', () => {
  const en = createTranslator('en', EN);
  assert.equal(en('data.rows', { count: 1 }), '1 row');
  assert.equal(en('data.rows', { count: 1500 }), '1,500 rows');
  const zh = createTranslator('zh-CN', ZH, EN);
  assert.equal(zh('data.rows', { count: 1 }), '1 行');
});

test('a key the locale lacks falls back to English; a key in neither is an error', () => {
  const zh = createTranslator('zh-CN', ZH, EN);
  assert.equal(zh('only.english'), 'Train');
  assert.throws(() => zh('no.such.key'), /no text for "no.such.key"/);
});

test('parametersOf names what a text needs, plural forms their count', () => {
  assert.deepEqual(parametersOf(EN['csv.badNumber']), ['column', 'row', 'value']);
  assert.deepEqual(parametersOf(ZH['data.rows']), ['count']);
  assert.deepEqual(parametersOf('Train'), []);
});
