// Which language the page speaks, from the link or attribute and the browser's languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { localeOf, chooseLocale } from '../../../web/i18n/locale.js';

test('Chinese in simplified script is zh-CN; traditional script and other languages are not', () => {
  for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zh-Hans-CN', 'zh-Hans-HK', 'ZH_cn', ' zh-cn ']) assert.equal(localeOf(tag), 'zh-CN', tag);
  for (const tag of ['en', 'en-GB', 'en-US', 'EN']) assert.equal(localeOf(tag), 'en', tag);
  for (const tag of ['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW', 'fr', 'ja', '', '  ', null, undefined]) assert.equal(localeOf(tag), null, String(tag));
});

test('the language asked for wins; else the browser\'s first language; else English', () => {
  assert.deepEqual(chooseLocale({ requested: 'zh-CN', preferred: ['en-US'] }), { locale: 'zh-CN', unknown: null });
  assert.deepEqual(chooseLocale({ requested: 'en', preferred: ['zh-CN'] }), { locale: 'en', unknown: null });
  assert.deepEqual(chooseLocale({ preferred: ['zh-SG', 'en'] }), { locale: 'zh-CN', unknown: null });
  assert.deepEqual(chooseLocale({ preferred: ['fr-FR', 'zh-CN'] }), { locale: 'en', unknown: null }, 'only the first language counts');
  assert.deepEqual(chooseLocale({ preferred: [] }), { locale: 'en', unknown: null });
  assert.deepEqual(chooseLocale({ requested: 'de', preferred: ['zh'] }), { locale: 'zh-CN', unknown: 'de' }, 'a language the page lacks is named');
});
