// The engine's coded messages through the module: an Error's code and params, the
// summary's *_message fields, stopMessage, and the template of every code, which the page's
// catalogs translate (each code in each one, with the template's parameters).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nn } from './helpers.mjs';
import { engineTemplates } from '../web/i18n/message-ids.mjs';
import { parametersOf } from '../../web/i18n/translate.js';
import zh from '../../web/i18n/zh-CN/engine.js';

/** @param {() => unknown} f @returns {any} the Error f throws */
function thrown(f) {
  try { f(); } catch (e) { return e; }
  assert.fail('no error');
}

test('engine messages: every code of the module is translated in zh-CN with its template\'s parameters', () => {
  const templates = nn.messageTemplates();
  // The catalog tests read the codes from the source: the same table as the module's.
  assert.deepEqual(Object.fromEntries(engineTemplates().map((e) => [e.code, e.english])), templates);
  assert.deepEqual(Object.keys(zh).sort(), Object.keys(templates).sort());
  for (const [code, english] of Object.entries(templates)) assert.deepEqual(parametersOf(zh[code]), parametersOf(english), code);
});

test('engine messages: a bad number in a CSV throws an Error with its code, row and column', () => {
  const pg = nn.createPlayground();
  try {
    const e = thrown(() => pg.loadCsv('height,weight,label\n1.5,60,a\n1.7,abc,b\n1.6,70,a\n1.8,80,b\n'));
    assert.equal(e.message, 'row 3, column "weight" (2): "abc" is not a number (3 values in this column are numbers, '
      + '1 are not: fix the value, make it empty to mark it missing, or ignore the column)');
    assert.equal(e.code, 'data.at_row_column');
    assert.equal(e.params.row, '3');
    assert.deepEqual(e.params.column, { code: 'data.column', params: { name: '"weight"', number: '2' } });
    assert.deepEqual(e.params.message, { code: 'csv.not_a_number', params: { value: '"abc"', numbers: '3', others: '1' } });
  } finally {
    pg.dispose();
  }
});

test('engine messages: ragged rows, and errors without a code', () => {
  const pg = nn.createPlayground();
  try {
    const ragged = thrown(() => pg.loadCsv('a,b,c\n1,2,3\n4,5\n6,7,8\n'));
    assert.equal(ragged.code, 'csv.ragged_rows_one');
    assert.equal(ragged.params.count, '1');
    assert.deepEqual(ragged.params.examples, { code: 'csv.ragged_row', params: { row: '3', fields: '2' } });
    const noData = thrown(() => pg.reset());  // the bindings' own message has no code
    assert.equal(noData.code, undefined);
    assert.match(noData.message, /no data/);
  } finally {
    pg.dispose();
  }
});

test('engine messages: the summary codes its target rule, dropped entries, warnings and column notes', () => {
  const pg = nn.createPlayground();
  try {
    const s = pg.loadCsv('id,k,price,label\n1,7,$1,a\n2,7,$2,b\n3,7,$3,a\n4,7,$4,b\n5,7,$5,a\n6,7,$6,b\n',
      { validation_fraction: 0 });
    assert.deepEqual(s.target_rule_message, { code: 'data.target_named', params: { name: '"label"' } });
    assert.equal(s.dropped_messages.length, s.dropped.length);
    assert.equal(s.warnings_messages.length, s.warnings.length);
    assert.equal(s.dropped_messages[0].code, 'data.dropped_column');
    assert.equal(s.warnings_messages[0].code, 'csv.read_decorated');
    const k = s.columns.find((c) => c.name === 'k');
    assert.equal(k.note_message.code, 'data.constant_column');
    assert.equal(s.columns.find((c) => c.name === 'label').note_message, null);
  } finally {
    pg.dispose();
  }
});

test('engine messages: a diverged run has stopMessage beside stopReason', () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { rows: 400, noise: 0.1, seed: 1 });
    assert.equal(pg.stopMessage, null);
    pg.configure({ hidden_layers: [{ units: 8, activation: 'tanh' }], optimizer: 'sgd', learning_rate: 50, batch_size: 1 });
    pg.trainEpochs(100);
    assert.ok(pg.stopped);
    const m = pg.stopMessage;
    assert.equal(m.code, 'train.diverged_loss_grew');
    assert.equal(m.params.hint.code, 'train.hint_lower_rate');
    assert.match(pg.stopReason, /^training diverged at epoch \d+: the training loss/);
  } finally {
    pg.dispose();
  }
});
