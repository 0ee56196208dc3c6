// Text from a catalog: the English text is the id; parameters, numbers for the locale, plural forms.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createTranslator, parametersOf } from '../../../web/i18n/translate.js';

const ZH = {
  'row {row}, column “{column}”: “{value}” is not a number': '第 {row} 行，“{column}”列：“{value}”不是数字',
  '{count} rows': '{count} 行',
};

test('parameters are filled in; numbers are written for the locale, other values exactly as given', () => {
  const en = createTranslator('en', {});
  const id = 'row {row}, column “{column}”: “{value}” is not a number';
  assert.equal(en.text(id, { row: 12345, column: '身高 (cm)', value: '1,5' }), 'row 12,345, column “身高 (cm)”: “1,5” is not a number');
  const zh = createTranslator('zh-CN', ZH);
  assert.equal(zh.text(id, { row: 7, column: 'height', value: 'abc' }), '第 7 行，“height”列：“abc”不是数字');
  assert.equal(en.text(id, { row: 1 }), 'row 1, column “{column}”: “{value}” is not a number', 'a missing parameter shows');
});

test('plural forms: English one and other, the catalog\'s by the locale\'s rules', () => {
  const en = createTranslator('en', {});
  assert.equal(en.plural('{count} row', '{count} rows', { count: 1 }), '1 row');
  assert.equal(en.plural('{count} row', '{count} rows', { count: 1500 }), '1,500 rows');
  const zh = createTranslator('zh-CN', ZH);
  assert.equal(zh.plural('{count} row', '{count} rows', { count: 1 }), '1 行');
  const forms = createTranslator('en-GB', { '{count} rows': { one: 'one row only', other: '{count} rows here' } });
  assert.equal(forms.plural('{count} row', '{count} rows', { count: 1 }), 'one row only');
  assert.equal(forms.plural('{count} row', '{count} rows', { count: 2 }), '2 rows here');
});

test('a text the catalog lacks is shown in English', () => {
  assert.equal(createTranslator('zh-CN', ZH).text('Train'), 'Train');
});

test('parametersOf names what a text needs', () => {
  assert.deepEqual(parametersOf('row {row}, column “{column}”: “{value}” is not a number'), ['column', 'row', 'value']);
  assert.deepEqual(parametersOf({ one: 'one row', other: '{count} rows' }), ['count']);
  assert.deepEqual(parametersOf('Train'), []);
});

test('setLocale: of two switches asked for at once the last wins; a part added while one loads is loaded with it', async () => {
  const { setLocale, currentLocale, addCatalogs, t } = await import('../../../web/i18n/text.js');
  try {
    const first = setLocale('zh-CN');
    const second = setLocale('en');
    await Promise.all([first, second]);
    assert.equal(currentLocale(), 'en');
    const switching = setLocale('zh-CN');
    const added = addCatalogs({ 'zh-CN': async () => ({ 'A text of a part': '部分的文本' }) });
    await Promise.all([switching, added]);
    assert.equal(currentLocale(), 'zh-CN');
    assert.equal(t('A text of a part'), '部分的文本');
  } finally {
    await setLocale('en');
  }
});
