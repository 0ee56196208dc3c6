// The widget's messages in Chinese (web/widget/widget-settings.js with i18n/text.js), in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readWidgetSettings } from '../../../web/widget/widget-settings.js';
import { defaultState } from '../../../web/core/state.js';
import { setLocale } from '../../../web/i18n/text.js';

const read = (attrs) => readWidgetSettings((name) => attrs[name] ?? null, defaultState());
const BAD = { dataset: 'mnistt', lr: '0', layers: '8,0', activation: 'swish', keep: '2', controls: 'train,fly',
  locked: 'speed', charts: 'pie', lang: 'fr' };

test('widget settings: the problems are in the language of the moment, the author\'s values as written', async () => {
  const english = read(BAD).problems;
  await setLocale('zh-CN');
  try {
    const chinese = read(BAD).problems;
    assert.equal(chinese.length, english.length);
    const text = chinese.join('\n');
    for (const part of ['dataset="mnistt"：未知的数据集', 'lr="0"：', 'layers="8,0"：第 2 层的神经元数', 'activation="swish"：激活函数',
      'keep="2"：保留概率', 'controls：未知的控件“fly”', 'locked：未知的设置“speed”', 'charts：未知的图表“pie”', 'lang="fr"：未知的语言']) {
      assert.ok(text.includes(part), `${part} in ${text}`);
    }
    assert.doesNotMatch(text, /unknown|must be/, 'no English left');
  } finally {
    await setLocale('en');
  }
  assert.deepEqual(read(BAD).problems, english, 'English again after switching back');
});
