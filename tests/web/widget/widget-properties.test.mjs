// The element's config values checked (web/widget/widget-properties.js), in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkConfig } from '../../../web/widget/widget-properties.js';
import { defaultState } from '../../../web/core/state.js';

test('widget config: values checked as the fields check them; layers completed; generated left out', () => {
  assert.deepEqual(checkConfig({ learning_rate: '0.1', l2: 0.001, optimizer: 'sgd' }), { learning_rate: 0.1, l2: 0.001, optimizer: 'sgd' });
  assert.deepEqual(checkConfig({ layers: [{ units: 4 }, { units: 2, activation: 'tanh', keep_prob: 0.5 }] }).layers,
    [{ units: 4, activation: 'relu', keep_prob: 1 }, { units: 2, activation: 'tanh', keep_prob: 0.5 }]);
  const all = { ...defaultState(), learning_rate: 0.2 };
  assert.equal(checkConfig(all).learning_rate, 0.2, 'a whole config read back is taken');
  assert.ok(!('generated' in checkConfig(all)));
  assert.throws(() => checkConfig({ speed: 1 }), (e) => e instanceof TypeError && /unknown setting "speed"/.test(e.message));
  assert.throws(() => checkConfig({ learning_rate: -1 }), (e) => e instanceof RangeError && /learning_rate must be a number in \(0, 100\]/.test(e.message));
  assert.throws(() => checkConfig({ layers: [{ units: 0 }] }), RangeError);
  assert.throws(() => checkConfig({ __proto__: 1, toString: 2 }), TypeError);
});
