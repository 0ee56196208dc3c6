// An imported model is checked against the loaded data: when it fits, every view shows
// it (its scores, confusion matrix, boundary with the data's points, its inputs' names);
// when it does not, the page says what differs and shows its predictions without that
// data. In Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, openPage, waitTrainingDone, latest, shot, plotted } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

async function trainAndExport(page) {
  await page.click('#train');
  await waitTrainingDone(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-model')]);
  return download.path();
}

test('a model imported over the data it fits shows its own scores, confusion matrix and boundary', async () => {
  const page = await openPage(h, '#data=circles&epochs=30');
  const file = await trainAndExport(page);
  const trained = await latest(page);
  await page.click('#reset');
  await page.waitForFunction(() => document.querySelector('#latest-metrics dd').textContent === '–');
  await page.setInputFiles('#import-model', file);
  await page.waitForSelector('#model-io-message:has-text("Imported")');
  const status = await page.textContent('#train-status');
  assert.match(status, new RegExp(`Imported model “.*” \\(30 epochs trained\\): on the loaded data, validation accuracy ${trained[2].replace('.', '\\.')}`));
  assert.deepEqual(await latest(page), trained, 'the tiles show the imported model on the data, as when it was trained');
  await page.waitForFunction(() => /with the imported model \(its weights of epoch 30\)/.test(document.querySelector('#confusion caption')?.textContent ?? ''));
  assert.equal(await page.isHidden('#boundary-section'), false);
  // The boundary keeps the data's points under the imported model's regions.
  await page.waitForFunction(() => Number(document.querySelector('canvas#boundary').dataset.points) > 0);
  assert.equal(await page.textContent('#boundary-whose'), 'The imported model (its weights of epoch 30).');
  await shot(page, 'imported-model-fits');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a model that does not fit the loaded data: the page says what differs and predicts with its own columns', async () => {
  const page = await openPage(h, '#data=circles&epochs=5');
  const file = await trainAndExport(page);
  const model = JSON.parse(await readFile(file, 'utf8'));
  await page.selectOption('#dataset', 'iris');
  await page.waitForFunction(() => /target “species”/.test(document.querySelector('#data-summary').textContent));
  await page.setInputFiles('#import-model', file);
  await page.waitForSelector('#model-io-message:has-text("Imported")');
  const status = await page.textContent('#train-status');
  assert.match(status, /does not fit the loaded data: the model takes the columns .*; the data has "sepal_length"/);
  assert.match(status, /the model's classes are .*; the data's are "setosa", "versicolor", "virginica"/);
  assert.match(status, /Its predictions are shown without that data/);
  assert.match(await page.textContent('#confusion'), /does not fit the loaded data: no confusion matrix/);
  assert.equal(await page.isHidden('#boundary-section'), true);
  // The diagram is redrawn from the model's own message, which may come after the status line.
  const names = () => page.$$eval('#network-svg circle.input title', (ts) => ts.map((t) => t.textContent));
  await page.waitForFunction((want) => JSON.stringify([...document.querySelectorAll('#network-svg circle.input title')]
    .map((t) => t.textContent)) === JSON.stringify(want), model.feature_names).catch(() => {});
  assert.deepEqual(await names(), model.feature_names, 'the diagram names the model\'s inputs');
  assert.match(await page.textContent('#predict-panel'), new RegExp(model.feature_names.join('[\\s\\S]*')));
  await shot(page, 'imported-model-differs');
  // Training again is on the loaded data: the views are the data's again.
  await page.click('#step');
  await page.waitForFunction(() => document.querySelector('#network-svg circle.input title')?.textContent === 'sepal_length');
  // Each view draws in its own animation frame: the matrix may come a frame after the diagram.
  await page.waitForFunction(() => !/does not fit/.test(document.querySelector('#confusion').textContent));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an imported model trains further on the loaded data: its curve goes on from its epoch (fine-tuning)', async () => {
  const page = await openPage(h, '#data=circles&epochs=20');
  const file = await trainAndExport(page);
  const untrained = JSON.parse(await readFile(file, 'utf8'));
  const fresh = await openPage(h, '#data=circles&epochs=20&seed=9');
  await fresh.setInputFiles('#import-model', file);
  await fresh.waitForSelector('#model-io-message:has-text("Train trains it further")');
  assert.match(await fresh.textContent('#train-status'), /Raise Epochs past 20 to train it further; Reset starts again from new weights/);
  assert.match(await fresh.textContent('#progress-text'), /Epoch 20 of 20/);
  assert.equal(await plotted(fresh), 1, 'the model\'s score where it stopped');
  await fresh.fill('[data-field=epochs] input', '30');
  await fresh.waitForFunction(() => document.querySelector('#progress-text').textContent.includes('Epoch 20 of 30'));
  await fresh.fill('#config-panel input[name=learning_rate]', '0.02');
  await fresh.waitForFunction(() => location.hash.includes('lr=0.02'));
  await fresh.click('#train');
  await waitTrainingDone(fresh);
  assert.equal(await plotted(fresh), 11, 'its point, then epochs 21 to 30');
  assert.match(await fresh.textContent('#train-status'), /Done: 30 epochs/);
  assert.match(await fresh.textContent('#run-list li.run.current'), /30 epochs/);
  const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.click('#export-model')]);
  const tuned = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(tuned.epochs_trained, 30);
  assert.notDeepEqual(tuned.layers[0].weights, untrained.layers[0].weights);
  // The history is the curve drawn: the model's epoch 20, then 21 to 30.
  const [history] = await Promise.all([fresh.waitForEvent('download'), fresh.click('#export-history')]);
  const epochs = (await readFile(await history.path(), 'utf8')).trim().split('\n').slice(1).map((line) => Number(line.split(',')[0]));
  assert.deepEqual(epochs, [20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
  // Reset: new weights from the seed, epoch 0. The run kept is labelled with the settings it trained with.
  await fresh.click('#reset');
  await fresh.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '0');
  await fresh.fill('#config-panel input[name=learning_rate]', '0.3');
  await fresh.click('#step');
  await fresh.waitForFunction(() => document.querySelectorAll('#run-list li.run').length === 2);
  const runName = (which) => fresh.$eval(`#run-list li.run${which} input.run-name`, (input) => input.value);
  assert.match(await runName(':not(.current)'), /lr 0\.02/);
  assert.match(await runName('.current'), /lr 0\.3/);
  // Other data: nothing trained on it yet, an empty history.
  await fresh.selectOption('#dataset', 'xor');
  await fresh.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '0');
  const [empty] = await Promise.all([fresh.waitForEvent('download'), fresh.click('#export-history')]);
  assert.equal((await readFile(await empty.path(), 'utf8')).trim().split('\n').length, 1, 'the header alone');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(fresh.errors, []);
  await page.close();
  await fresh.close();
});

test('a model imported before its data: the data it fits shows its score there, and training goes on from its epoch', async () => {
  const page = await openPage(h, '#data=circles&epochs=20');
  const file = await trainAndExport(page);
  await page.close();
  const fresh = await openPage(h, '#data=iris');
  await fresh.setInputFiles('#import-model', file);
  await fresh.waitForSelector('#model-io-message:has-text("Imported")');
  assert.match(await fresh.textContent('#train-status'), /does not fit the loaded data/);
  await fresh.selectOption('#dataset', 'circles');
  await fresh.waitForFunction(() => /on the loaded data, validation accuracy [\d.]+%\. Train trains it further from epoch 20/
    .test(document.querySelector('#train-status').textContent));
  assert.equal(await plotted(fresh), 1, 'its score on these data');
  await fresh.click('#step');
  await fresh.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '2');
  assert.match(await fresh.textContent('#progress-text'), /Epoch 21 of/);
  // Settings of another shape: the status says training starts from new weights.
  await fresh.setInputFiles('#import-model', file);
  await fresh.waitForSelector('#train-status:has-text("Raise Epochs past 20")');
  await fresh.click('#add-layer');
  await fresh.waitForSelector('#train-status:has-text("These settings make another network")');
  assert.deepEqual(fresh.errors, []);
  await fresh.close();
});
