// The zh-CN catalog against the source: every English text the page shows has its
// translation with the same parameters, every translation is of a text still shown,
// and the field's terms are the glossary's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { messageUses, catalogFiles } from './message-ids.mjs';
import { parametersOf } from '../../../web/i18n/translate.js';
import { GLOSSARY, namesTerm } from '../../../web/i18n/glossary.js';
import zhIndex from '../../../web/i18n/zh-CN/index.js';

const { uses } = messageUses();
const files = await catalogFiles('zh-CN');
/** @type {Map<string, {entry: string | Record<string, string>, file: string}>} */
const zh = new Map();
for (const { file, catalog } of files) for (const [id, entry] of Object.entries(catalog)) zh.set(id, { entry, file });

test('every text shown has a zh-CN translation', () => {
  const missing = [...new Map(uses.filter((u) => !zh.has(u.id)).map((u) => [u.id, u.where]))];
  assert.deepEqual(missing.map(([id, where]) => `${where}: "${id}"`), []);
});

test('every zh-CN translation is of a text the source shows', () => {
  const ids = new Set(uses.map((u) => u.id));
  const extra = [...zh].filter(([id]) => !ids.has(id)).map(([id, { file }]) => `${file}: "${id}"`);
  assert.deepEqual(extra, []);
});

test('a text is translated in one catalog file only', () => {
  const seen = new Map();
  const twice = [];
  for (const { file, catalog } of files) {
    for (const id of Object.keys(catalog)) {
      if (seen.has(id)) twice.push(`"${id}" in ${seen.get(id)} and ${file}`);
      seen.set(id, file);
    }
  }
  assert.deepEqual(twice, []);
});

test('a translation has the parameters of its English text', () => {
  const wrong = [];
  for (const use of uses) {
    const found = zh.get(use.id);
    if (!found) continue;
    const english = parametersOf(use.english ?? (use.one === undefined ? use.id : { one: use.one, other: use.id }));
    const chinese = parametersOf(found.entry).filter((p) => p !== 'count' || english.includes('count'));
    if (chinese.join() !== english.join()) wrong.push(`${use.where}: "${use.id}" has {${english}}, zh-CN {${parametersOf(found.entry)}}`);
  }
  assert.deepEqual([...new Set(wrong)], []);
});

test('a translation of a text naming a term of the field uses the glossary\'s term', () => {
  const wrong = [];
  const englishOf = new Map(uses.filter((u) => u.english !== undefined).map((u) => [u.id, u.english]));
  for (const [id, { entry, file }] of zh) {
    const text = typeof entry === 'string' ? entry : Object.values(entry).join(' ');
    for (const { en, zh: terms, unless = [] } of GLOSSARY) {
      const english = unless.reduce((text, other) => text.replace(new RegExp(other, 'gi'), ''),
        (englishOf.get(id) ?? id).replace(/\{\w+\}/g, ''));
      if (namesTerm(english, en) && !terms.some((term) => text.includes(term))) wrong.push(`${file}: "${id}" names "${en}": ${terms.join(' / ')}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('the catalog the page loads holds every file of the folder loaded with the page', () => {
  for (const { catalog } of files.filter((f) => /\/(page|core|views|panels|teaching|widget|engine|worker)\.js$/.test(f.file))) {
    for (const id of Object.keys(catalog)) assert.ok(Object.hasOwn(zhIndex, id), id);
  }
});
