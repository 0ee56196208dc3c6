// The figures a learner reads after a run are the ones that happened: a run whose loss
// swings far above its best is diverged, not done; the status names the split its
// accuracy is from; Reset leaves epoch 0; the confusion matrix shows the split it says.
// In Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, openPage, waitTrainingDone } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

test('a loss that swings far above its best without NaN is called diverged, not done', async () => {
  // The circles preset with plain SGD one row at a time and learning rate 50: the loss
  // swings between 20 and 210 and stays finite.
  const page = await openPage(h, '#data=circles&layers=8tanh&opt=sgd&lr=50&batch=sgd&epochs=100');
  await page.click('#train');
  await waitTrainingDone(page);
  const status = await page.textContent('#train-status');
  assert.match(status, /diverged at epoch 3: the training loss .* has stayed above ten times its best/);
  assert.doesNotMatch(status, /Done/);
  assert.match(await page.textContent('#progress-text'), /Epoch 3 of 100/);
  await page.close();
});

test('without validation rows the status names the training accuracy', async () => {
  const page = await openPage(h, '#data=xor');
  await page.click('#train');
  await waitTrainingDone(page);
  const status = await page.textContent('#train-status');
  assert.match(status, /Done: \d+ epochs, training accuracy \d/);
  assert.doesNotMatch(status, /validation/);
  await page.close();
});

test('the confusion matrix returns to the validation split when the data has one again', async () => {
  const page = await openPage(h, '#data=xor');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.waitForFunction(() => document.querySelector('#confusion table'));
  assert.equal(await page.$eval('#confusion-split', (s) => s.value), 'train', 'XOR has no validation rows');
  await page.selectOption('#dataset', 'circles');
  await page.waitForFunction(() => document.body.dataset.training === 'false' && !document.querySelector('#train').disabled);
  await page.click('#step');
  await page.waitForFunction(() => document.querySelector('#confusion-split').value === 'validation', null, { timeout: 20000 });
  await page.close();
});

test('Reset while training leaves epoch 0 and an empty bar', async () => {
  const page = await openPage(h, '#data=circles&epochs=100000');
  await page.click('#train');
  await page.waitForFunction(() => /Epoch [1-9]\d{2,} of 100000/.test(document.querySelector('#progress-text').textContent));
  await page.click('#reset');
  await page.waitForFunction(() => document.body.dataset.training === 'false');
  for (let i = 0; i < 5; ++i) await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  assert.equal(await page.textContent('#progress-text'), 'Epoch 0 of 100000');
  assert.equal(await page.$eval('#train-progress', (b) => b.value), 0);
  await page.close();
});

test('a model file without preprocessing gets a predict field per input, and predicts', async () => {
  const page = await openPage(h, '#data=xor');
  await page.click('#train');
  await waitTrainingDone(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-model')]);
  const model = JSON.parse(await readFile(await download.path(), 'utf8'));
  delete model.preprocessing;
  model.feature_names = ['first bit', 'second bit'];
  const file = join(tmpdir(), 'nnplay-model-without-preprocessing.json');
  await writeFile(file, JSON.stringify(model));
  await page.setInputFiles('#import-model', file);
  await page.waitForSelector('#model-io-message:has-text("Imported")');
  assert.match(await page.textContent('#predict-panel'), /first bit[\s\S]*second bit/);
  await page.fill('#predict-0', '1');
  await page.fill('#predict-1', '0');
  await page.click('#predict-button');
  await page.waitForSelector('#predict-output .bars');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('after early stopping every figure is the restored epoch\'s, and says which epoch it is', async () => {
  // Adam at learning rate 0.3 on circles: the validation loss is best within a few epochs,
  // and patience 5 stops five epochs later.
  const page = await openPage(h, '#data=circles&noise=0.4&layers=16relu&lr=0.3&patience=5&epochs=200');
  await page.click('#train');
  await waitTrainingDone(page);
  const status = await page.textContent('#train-status');
  const [, stoppedAt, kept] = status.match(/Early stopping at epoch (\d+):.* the weights of epoch (\d+) \(validation loss \d\.\d{1,4}\) are restored \(validation accuracy ([\d.]+%)\)/) ?? [];
  assert.ok(kept, status);
  assert.equal(Number(stoppedAt), Number(kept) + 5);
  const accuracy = status.match(/validation accuracy ([\d.]+%)/)[1];

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-history')]);
  const [head, ...rows] = (await readFile(await download.path(), 'utf8')).trim().split('\n').map((l) => l.split(','));
  const at = (epoch, column) => Number(rows.find((r) => Number(r[0]) === epoch)[head.indexOf(column)]);
  const keptAccuracy = `${(at(Number(kept), 'validation_accuracy') * 100).toFixed(1)}%`;
  assert.equal(accuracy, keptAccuracy, 'the status gives the restored epoch\'s accuracy');
  // The last epoch's accuracy differs here, so a figure of the wrong epoch would show.
  assert.notEqual(keptAccuracy, `${(at(Number(stoppedAt), 'validation_accuracy') * 100).toFixed(1)}%`);

  await page.waitForFunction(() => /with the weights of epoch/.test(document.querySelector('#confusion caption')?.textContent ?? ''));
  const tiles = await page.$$eval('#latest-metrics div', (ds) => ds.map((d) => [d.children[0].textContent, d.children[1].textContent]));
  assert.deepEqual(tiles[0], ['Weights of epoch', `${kept} (best, of ${stoppedAt})`]);
  assert.equal(tiles[2][1], keptAccuracy, 'the tile shows the restored epoch\'s validation accuracy');
  const caption = await page.textContent('#confusion caption');
  assert.match(caption, new RegExp(`\\(${keptAccuracy.replace('.', '\\.')}\\) with the weights of epoch ${kept}, restored by early stopping after epoch ${stoppedAt}`));
  assert.equal(await page.textContent('#boundary-whose'), `The network with the weights of epoch ${kept}, restored by early stopping.`);
  assert.match(await page.textContent('#run-list'), new RegExp(`${stoppedAt} epochs · weights of epoch ${kept} kept · validation ${keptAccuracy.replace('.', '\\.')}`));

  const [model] = await Promise.all([page.waitForEvent('download'), page.click('#export-model')]);
  const saved = JSON.parse(await readFile(await model.path(), 'utf8'));
  assert.equal(saved.epochs_trained, Number(stoppedAt));
  assert.equal(saved.weights_of_epoch, Number(kept));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('regression: the loss says it is on the standardized target, and the RMSE is in the target\'s units', async () => {
  // price = 50,000 + 1,000 x + noise of about ±20
  const lines = ['x,price'];
  for (let i = 0; i < 200; ++i) { const x = ((i * 37) % 200) / 200; lines.push(`${x},${(50000 + 1000 * x + ((i * 13) % 41 - 20)).toFixed(2)}`); }
  const page = await openPage(h, '#epochs=150&lr=0.03');
  await page.setInputFiles('#csv-file', { name: 'prices.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('regression'));
  await page.click('#train');
  await waitTrainingDone(page);
  const tiles = await page.$$eval('#latest-metrics div', (ds) => ds.map((d) => [d.children[0].textContent, d.children[1].textContent]));
  const [label, value] = tiles.at(-1);
  assert.equal(label, 'Validation RMSE (target units)');
  const rmse = Number(value.replace(/,/g, ''));
  assert.ok(rmse > 5 && rmse < 60, `RMSE ${value} is in dollars: the noise is about ±20`);
  assert.ok(Number(tiles[4][1]) < 0.1, 'the loss is on the standardized target');
  assert.match(await page.textContent('#chart-loss >> xpath=ancestor::figure'), /on the standardized target/);
  await page.close();
});
