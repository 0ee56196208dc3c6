// Challenges (web/core/challenge.js): read from their text, checked on the settings and a
// run's last epoch, and the result a student pastes, with its checksum.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseChallenge, checkChallenge, resultText, verifyResult } from '../../../web/core/challenge.js';
import { defaultState } from '../../../web/core/state.js';
import { presetFor } from '../../../web/core/presets.js';

const setup = (changes = {}) => ({ ...defaultState(), ...presetFor('circles'), dataset: 'circles', ...changes });
const L = (units) => ({ units, activation: 'tanh', keep_prob: 1 });
const metrics = (m) => ({ epoch: 100, train_loss: 0.1, train_accuracy: 0.97, validation_loss: 0.2, validation_accuracy: 0.95,
  train_r2: null, validation_r2: null, train_rmse: null, validation_rmse: null, learning_rate: 0.03, seconds: 1, ...m });
const challenge = (text) => { const r = parseChallenge(text); assert.deepEqual(r.problems, []); return r.challenge; };
const oks = (c, state, given, m) => checkChallenge(c, state, given, m).checks.map((x) => x.ok);

test('challenge: the text is read into conditions and written back the same', () => {
  const c = challenge(' val_acc >= 0.95 ; units<=16;epochs<=200;opt=adam ');
  assert.equal(c.text, 'val_acc>=0.95;units<=16;epochs<=200;opt=adam');
  assert.deepEqual(c.conditions.map((x) => x.kind), ['metric', 'setting', 'setting', 'setting']);
  assert.equal(challenge('only=lr,l2;gap>=0.15').text, 'only=lr,l2;gap>=0.15');
  const bad = parseChallenge('val_acc=0.9;speed>3;lr>fast;opt>=adam;only=wings;hello;train_acc>=0.5');
  assert.equal(bad.challenge.text, 'train_acc>=0.5', 'the good conditions stay');
  assert.equal(bad.problems.length, 6);
  assert.match(bad.problems.join('\n'), /"speed>3": unknown key "speed"/);
  assert.equal(parseChallenge('').challenge, null);
  assert.equal(parseChallenge('x'.repeat(501)).challenge, null);
});

test('challenge: limits are checked on the settings; goals on the run\'s last epoch, not before', () => {
  const c = challenge('val_acc>=0.95;units<=16;layers<=2;epochs<=200');
  const given = setup();
  assert.deepEqual(oks(c, setup({ layers: [L(8), L(8)] }), given, null), [null, true, true, true], 'no run yet');
  assert.deepEqual(oks(c, setup({ layers: [L(8), L(9)] }), given, null), [null, false, true, true], '17 units');
  assert.equal(checkChallenge(c, setup({ layers: [L(8)] }), given, metrics({ validation_accuracy: 0.96 })).met, true);
  assert.equal(checkChallenge(c, setup({ layers: [L(8)] }), given, metrics({ validation_accuracy: 0.949 })).met, false);
  // epochs: the ones the run trained (an early stop within the limit is within it).
  assert.deepEqual(oks(c, setup({ layers: [L(8)], epochs: 300 }), given, metrics({ epoch: 150 })), [true, true, true, true]);
  assert.deepEqual(oks(c, setup({ layers: [L(8)], epochs: 300 }), given, null)[3], false);
});

test('challenge: "make it overfit" is the gap; "fix the learning rate" lets only lr differ', () => {
  const overfit = challenge('gap>=0.15');
  assert.equal(checkChallenge(overfit, setup(), setup(), metrics({ train_accuracy: 1, validation_accuracy: 0.8 })).met, true);
  assert.equal(checkChallenge(overfit, setup(), setup(), metrics({ train_accuracy: 0.9, validation_accuracy: 0.8 })).met, false);
  const fix = challenge('only=lr;train_acc>=0.9');
  const given = setup({ learning_rate: 10 });
  const good = metrics({ train_accuracy: 0.95 });
  assert.deepEqual(checkChallenge(fix, setup({ learning_rate: 0.3 }), given, good).met, true);
  const cheat = checkChallenge(fix, setup({ learning_rate: 0.3, layers: [L(32)] }), given, good);
  assert.equal(cheat.met, false);
  assert.equal(cheat.checks[0].actual, 'layers');
  assert.equal(checkChallenge(fix, { ...setup({ learning_rate: 0.3 }), dataset: 'moons' }, given, good).checks[0].actual, 'data');
});

test('challenge: the result names the settings and figures; its checksum finds an edited line', async () => {
  const c = challenge('val_acc>=0.95;units<=16');
  const text = await resultText(c, true, '#data=circles&lr=0.03', metrics({ validation_accuracy: 0.9625 }));
  assert.match(text, /^nnplay challenge result\nchallenge: val_acc>=0.95;units<=16\nmet: yes\nsettings: #data=circles&lr=0\.03\nepoch: 100\n/);
  assert.match(text, /\nval_acc: 0\.9625\n/);
  assert.match(text, /\nchecksum: [0-9a-f]{16}$/);
  const read = await verifyResult(`\n  ${text.replace(/\n/g, '\r\n')}  \n`);
  assert.equal(read.valid, true, 'pasted with other line ends and spaces around');
  assert.equal(read.fields.met, 'yes');
  assert.equal(read.fields.settings, '#data=circles&lr=0.03');
  assert.equal((await verifyResult(text.replace('met: yes', 'met: no'))).valid, false);
  assert.equal((await verifyResult(text.replace('0.9625', '0.99'))).valid, false);
  assert.equal((await verifyResult('hello')).valid, false);
});
