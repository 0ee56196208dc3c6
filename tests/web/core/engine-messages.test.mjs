// The engine's coded messages on the page: shown in zh-CN from the catalog, with the
// user's values as written, and in English as the engine wrote them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nn } from '../../bindings/helpers.mjs';
import { codedError, engineErrorText, engineText, engineMessageText, hasCode } from '../../../web/core/engine-messages.js';
import { setLocale } from '../../../web/i18n/text.js';

/** @param {() => unknown} f @returns {any} */
function thrown(f) {
  try { f(); } catch (e) { return e; }
  assert.fail('no error');
}

const badCsv = 'height,weight,label\n1.5,60,a\n1.7,abc,b\n1.6,70,a\n1.8,80,b\n';

test('engine messages on the page: a bad CSV cell in zh-CN names its row and column in Chinese', async () => {
  const pg = nn.createPlayground();
  try {
    const error = thrown(() => pg.loadCsv(badCsv));
    const text = engineErrorText(error);
    await setLocale('zh-CN');
    assert.equal(String(text), '第 3 行，第 2 列 "weight"：'
      + '"abc" 不是数字（这一列有 3 个值是数字，1 个不是：请修正这个值、把它留空以标记为缺失，或忽略这一列）');
    await setLocale('en');
    assert.equal(String(text), error.message);  // the same live text follows the language
  } finally {
    await setLocale('en');
    pg.dispose();
  }
});

test('engine messages on the page: a divergence stop reason in zh-CN, with its hint', async () => {
  const pg = nn.createPlayground();
  try {
    pg.loadBuiltin('circles', { rows: 400, noise: 0.1, seed: 1 });
    pg.configure({ hidden_layers: [{ units: 8, activation: 'tanh' }], optimizer: 'sgd', learning_rate: 50, batch_size: 1 });
    pg.trainEpochs(100);
    const text = engineText(pg.stopMessage, pg.stopReason);
    await setLocale('zh-CN');
    const zh = String(text);
    assert.match(zh, /^训练在第 \d+ 轮发散：学习率为 50 时，训练损失（[\d.e+-]+）已连续 3 轮高于其最佳值（训练前为 [\d.e+-]+）的十倍；请尝试更低的学习率$/);
    assert.doesNotMatch(zh, /[a-z]{3,}/i);  // no English word left
  } finally {
    await setLocale('en');
    pg.dispose();
  }
});

test('engine messages on the page: the ragged-rows offer, the target rule and the dropped columns', async () => {
  const pg = nn.createPlayground();
  try {
    const ragged = thrown(() => pg.loadCsv('a,b,c\n1,2,3\n4,5\n6,7,8\n9\n'));
    assert.ok(hasCode(codedError(ragged), ['csv.ragged_rows', 'csv.ragged_rows_one']));
    await setLocale('zh-CN');
    assert.equal(String(engineErrorText(ragged)),
      '有 2 行的字段数与第一行的 3 列不同：第 3 行有 2 个，第 5 行有 1 个。请修正这些行，或选择跳过它们');
    const s = pg.loadCsv('id,k,label\n1,7,a\n2,7,b\n3,7,a\n4,7,b\n', { validation_fraction: 0 });
    assert.equal(engineMessageText(s.target_rule_message), '名为 "label" 的列');
    assert.deepEqual(s.dropped_messages.map(engineMessageText), ['第 2 列 "k"：常量列（每个值都是 "7"），不含信息']);
  } finally {
    await setLocale('en');
    pg.dispose();
  }
});

test('engine messages on the page: no code, or an unknown one, shows the English text', async () => {
  await setLocale('zh-CN');
  try {
    assert.equal(String(engineText(null, 'plain English')), 'plain English');
    assert.equal(String(engineText({ code: 'no.such_code', params: {} }, 'the English')), 'the English');
    assert.equal(String(engineText({ code: 'data.at_row', params: { row: '2', message: { code: 'no.such', params: {} } } },
      'row 2: something')), 'row 2: something');
    assert.equal(String(engineErrorText(new Error('worker text'))), 'worker text');
  } finally {
    await setLocale('en');
  }
});

test('the worker\'s own messages follow the language as the engine\'s do: a file too large, named as written', async () => {
  const { readSource } = await import('../../../web/worker/read-source.js');
  const file = { size: 5e9, name: '身高.csv', stream: () => { throw new Error('not read'); } };
  const error = await readSource({ kind: 'file', file: /** @type {any} */ (file) }, { post: () => {}, maxBytes: 537e6 })
    .then(() => assert.fail('read'), (e) => e);
  assert.match(error.message, /^“身高\.csv” is 5,000 MB; CSV files of up to 537 MB can be loaded here/);
  const text = engineErrorText(error);
  try {
    await setLocale('zh-CN');
    assert.match(String(text), /^“身高\.csv”有 5,000 MB；这里最多能加载 537 MB 的 CSV 文件/);
  } finally {
    await setLocale('en');
  }
  assert.equal(String(text), error.message);
});
