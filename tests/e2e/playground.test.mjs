// A learner's paths through the playground page, in Debian's Chromium.
// Run: bash scripts/build-web.sh && node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, openPage, shot, plotted, latest, percent, waitTrainingDone, contrastProblems, OUT, ROOT } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

// A 3-class table whose target is not the last column, with class names and a column
// name that would be markup if the page ever used innerHTML.
function flowersCsv(rows = 150) {
  let seed = 7;
  const rand = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const names = ['<img src=x onerror="window.__xss=1">', 'beta & co', 'gamma'];
  const lines = ['length,<b>width</b>,species,weight'];
  for (let i = 0; i < rows; ++i) {
    const k = i % 3;
    lines.push([(k * 2 + rand()).toFixed(3), (k * 1.5 + rand()).toFixed(3), `"${names[k].replace(/"/g, '""')}"`,
      (rand() * 10).toFixed(2)].join(','));
  }
  return lines.join('\n') + '\n';
}

function twoDCsv() {
  const lines = ['a,b,label'];
  for (let i = 0; i < 120; ++i) {
    const x = ((i * 37) % 100) / 50 - 1; const y = ((i * 61) % 100) / 50 - 1;
    lines.push(`${x.toFixed(2)},${y.toFixed(2)},${x + y > 0 ? 'up' : 'down'}`);
  }
  return lines.join('\n') + '\n';
}

const file = (name, text) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('opens with a built-in data set, trains, and the chart gains a point per epoch', async () => {
  const responses = [];
  const opened = await openPage(h, '', {}, (p) => p.on('requestfinished', async (request) => {
    if (!request.url().startsWith(h.url)) return;  // the unit maps' blob: images are made here, not downloaded
    const sizes = await request.sizes().catch(() => null);
    responses.push({ url: request.url().replace(h.url, ''), bytes: sizes?.responseBodySize ?? 0 });
  }));
  const ready = await opened.evaluate(() => performance.getEntriesByName('nnplay-ready')[0]?.startTime);
  await new Promise((r) => setTimeout(r, 300));
  const load = { readyMs: Math.round(ready), transferredBytes: responses.reduce((a, r) => a + r.bytes, 0), responses };
  writeFileSync(join(OUT, 'load.json'), JSON.stringify(load, null, 2));
  console.log(`# usable after ${load.readyMs} ms; ${(load.transferredBytes / 1024).toFixed(1)} KiB transferred (${responses.length} requests)`);
  assert.ok(responses.some((r) => r.url.endsWith('nnplay-core.wasm')), 'the engine was fetched');
  assert.deepEqual(responses.filter((r) => /katex|math-panel|deferred|help-texts|experiments-card|line-chart|image-views/.test(r.url)).map((r) => r.url), [],
    'the math, the engine part for CSV and model files, the controls\' help, the experiments, Chart.js and the views of pictures load when used, not before');
  // The server gzips as a static host would (level 6): the bytes of the first visit, every response counted.
  assert.ok(load.transferredBytes <= 300_000, `first visit: ${load.transferredBytes} bytes (budget 300 KB)`);
  const page = opened;
  await shot(page, '01-opened');
  const unlabelled = await page.$$eval('input, select, textarea, button', (els) => els
    .filter((e) => !(e.labels?.length || e.getAttribute('aria-label') || (e.tagName === 'BUTTON' && e.textContent.trim())))
    .map((e) => e.id || e.outerHTML.slice(0, 60)));
  assert.deepEqual(unlabelled, [], 'every control has a label');
  // Text contrast (WCAG AA: 4.5:1, 3:1 for large text) against the background it sits on.
  assert.deepEqual(await contrastProblems(page), [], 'text contrast');
  // The upload is reachable from the keyboard: tabbing lands on the file input.
  await page.focus('#dataset');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'csv-file');
  assert.equal(await page.$eval('#dataset', (s) => s.value), 'circles');
  assert.match(await page.textContent('#data-summary'), /400 rows/);
  assert.equal(await plotted(page), 0);
  assert.deepEqual(await page.$$eval('#charts .chart-empty', (ps) => ps.map((p) => p.textContent)),
    Array(2).fill('A point per epoch, once training starts'), 'until Chart.js is needed, each chart box says what it will show');
  await page.click('#step');
  await page.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '1');
  await page.click('#step');
  await page.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '2');
  await page.evaluate(() => { window.__longTasks = []; });
  await page.click('#train');
  await waitTrainingDone(page);
  assert.equal(await plotted(page), 100, 'one point per epoch up to the configured 100');
  const [epoch, , valAccuracy] = await latest(page);
  assert.equal(epoch, '100');
  assert.ok(percent(valAccuracy) > 0.85, `validation accuracy ${valAccuracy} should be above 85%`);
  assert.match(await page.textContent('#train-status'), /Done: 100 epochs/);
  // The speed in three significant digits, grouped: "522,000 samples/s", not "522000".
  assert.match(await page.textContent('#progress-text'), /(^|\s)\d{1,3}(,\d{3})*(\.\d+)? samples\/s/);
  // Raising Epochs after a run extends it rather than starting again.
  await page.fill('[data-field=epochs] input', '110');
  await page.waitForFunction(() => document.querySelector('#progress-text').textContent.includes('Epoch 100 of 110'));
  assert.equal(await plotted(page), 100);
  await page.click('#train');
  await waitTrainingDone(page);
  assert.equal(await plotted(page), 110);
  // Chart.js came with the first touch: the lines hold every epoch and the boxes' notes are gone.
  await page.waitForFunction(() => window.nnplayApp.views.charts.loss?.data.datasets[0].data.length === 110);
  assert.deepEqual(await page.$$eval('#charts .chart-empty', (ps) => ps.map((p) => p.hidden)), [true, true]);
  assert.equal(await page.isVisible('#boundary'), true, '2-D data shows the decision boundary');
  await page.click('#boundary');  // the middle of the plane: the disc
  await page.waitForSelector('#predict-output .bars');
  assert.match(await page.textContent('#predict-output'), /Predicted class: 0/);
  // The same from the keyboard: from the middle, 9 steps right reaches the ring (class 1).
  await page.focus('#boundary');
  for (let i = 0; i < 9; ++i) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /Predicted class: 1/.test(document.querySelector('#predict-output').textContent));
  assert.ok(await page.$$eval('#network-svg image.map', (images) => images.length) > 0, 'units show their maps');
  await shot(page, '02-trained-circles');
  assert.deepEqual(await contrastProblems(page), [], 'text contrast after training');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('training a longer run keeps the main thread free (long tasks measured)', async () => {
  const page = await openPage(h, '#data=spirals&epochs=3000');
  await page.evaluate(() => { window.__longTasks = []; });
  const t0 = Date.now();
  await page.click('#train');
  // The page answers while training: the form stays editable and the progress text moves.
  await page.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points > '0');
  await page.fill('#predict-0', '0.5');
  assert.equal(await page.inputValue('#predict-0'), '0.5');
  await waitTrainingDone(page, 300000);
  const seconds = (Date.now() - t0) / 1000;
  const tasks = await page.evaluate(() => window.__longTasks);
  const longest = Math.max(0, ...tasks.map((t) => t.duration));
  const report = { epochs: await plotted(page), seconds, longTasks: tasks.length, longestMs: longest };
  writeFileSync(join(OUT, 'long-tasks.json'), JSON.stringify(report, null, 2));
  console.log(`# long tasks during ${report.epochs} epochs of spirals (${seconds.toFixed(1)} s): ${tasks.length}, longest ${longest.toFixed(0)} ms`);
  assert.equal(report.epochs, 3000, 'every epoch is plotted');
  await shot(page, '03-trained-spirals');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('uploads a CSV, picks the target, trains, and shows class names in the confusion matrix', async () => {
  const page = await openPage(h);
  await page.setInputFiles('#csv-file', file('flowers.csv', flowersCsv()));
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('target “weight”'));
  assert.match(await page.textContent('#preview-table'), /<b>width<\/b>/, 'column names are shown as text');
  // The last column is numeric: regression by default. Pick "species" as the target.
  await page.check('#column-roles input[type=radio][value=species]');
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('target “species”'));
  assert.match(await page.textContent('#data-summary'), /classification/);
  assert.match(await page.textContent('#data-summary'), /3 input features/);
  // Ignore the noise column.
  await page.check('#column-roles input[type=checkbox][value=weight]');
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('2 input features'));
  assert.match(await page.textContent('#preview-table thead'), /ignored/);
  await shot(page, '04-csv-loaded');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.waitForSelector('#confusion table');
  const matrix = await page.textContent('#confusion');
  for (const name of ['<img src=x onerror="window.__xss=1">', 'beta & co', 'gamma']) assert.ok(matrix.includes(name), `class ${name} in ${matrix}`);
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no markup from the file ran');
  await shot(page, '05-csv-trained');
  // A built-in in between does not lose the upload or its target choice.
  await page.selectOption('#dataset', 'iris');
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('target “species”') &&
    document.querySelector('#dataset').value === 'iris');
  await page.selectOption('#dataset', 'csv');
  await page.waitForFunction(() => document.querySelector('#preview-table').textContent.includes('<b>width</b>'));
  assert.match(await page.textContent('#data-summary'), /target “species”/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('drag-and-drop a CSV loads it; a broken CSV shows the error and keeps the data', async () => {
  const page = await openPage(h);
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  }, twoDCsv());
  await page.dispatchEvent('#drop-zone', 'dragenter', { dataTransfer });
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
  await page.waitForFunction(() => document.querySelector('#dataset').selectedOptions[0].textContent.includes('dropped.csv'));
  assert.match(await page.textContent('#data-summary'), /120 rows/);
  assert.equal(await page.isVisible('#boundary-section'), true);

  // Pasted text loads the same way.
  await page.click('text=paste text');
  await page.fill('#csv-paste', twoDCsv().split('\n').slice(0, 61).join('\n'));
  await page.click('text=Load pasted text');
  await page.waitForFunction(() => document.querySelector('#dataset').selectedOptions[0].textContent.includes('pasted.csv'));
  assert.match(await page.textContent('#data-summary'), /60 rows/);

  const broken = twoDCsv().split('\n').slice(0, 31);
  broken[2] = '0.5,0.5';  // row 3 (the header is row 1) has 2 fields instead of 3
  await page.setInputFiles('#csv-file', file('broken.csv', broken.join('\n') + '\n'));
  await page.waitForSelector('#data-error:not([hidden])');
  const error = await page.textContent('#data-error');
  assert.match(error, /broken\.csv/);
  assert.match(error, /row 3/);
  assert.match(error, /Still loaded: “pasted\.csv” \(60 rows\)/);
  assert.match(await page.textContent('#data-summary'), /60 rows/, 'the previous data set stays loaded');
  await shot(page, '06-broken-csv');
  assert.deepEqual(await contrastProblems(page), [], 'text contrast of the data error');
  // The engine's suggestion is one click away: load it without the malformed row.
  await page.click('#skip-ragged');
  await page.waitForFunction(() => document.querySelector('#dataset').selectedOptions[0].textContent.includes('broken.csv'));
  assert.match(await page.textContent('#data-summary'), /^29 rows/);
  assert.equal(await page.isHidden('#data-error'), true);
  await page.click('#step');
  await page.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '1');
  assert.deepEqual(page.errors.filter((e) => !/Failed to load resource/.test(e)), []);
  await page.close();
});

test('form validation flags the field, disables Train; the copied link reproduces the setup', async () => {
  const page = await openPage(h, '#data=moons');
  await page.click('text=+ Add hidden layer');
  await page.fill('#layer-1-units', '0');
  await page.waitForSelector('#layer-1-error:has-text("between 1 and 4096")');
  assert.equal(await page.isDisabled('#train'), true);
  await shot(page, '07-invalid-field');
  await page.fill('#layer-1-units', '5');
  await page.selectOption('#layer-1-activation', 'leaky_relu');
  await page.selectOption('[data-field=optimizer] select', 'nesterov');
  assert.equal(await page.isVisible('[data-field=momentum] input'), true, 'momentum shows for Nesterov');
  assert.equal(await page.isVisible('[data-field=beta1] input'), false, 'Adam’s β₁ hides');
  await page.fill('[data-field=momentum] input', '0.8');
  await page.selectOption('[data-field=batch] select', 'full');
  await page.fill('[data-field=learning_rate] input', '0.07');
  await page.fill('[data-field=epochs] input', '42');
  await page.waitForFunction(() => !document.querySelector('#train').disabled);
  await page.click('#copy-link');
  await page.waitForSelector('#copy-status:has-text("copied"), #copy-status:has-text("Select")');
  const link = await page.inputValue('#share-link');
  assert.match(link, /layers=/);
  const other = await h.context.newPage();
  await other.goto(link);
  await other.waitForSelector('body[data-ready=true]');
  const read = (p) => p.evaluate(() => ({
    dataset: document.querySelector('#dataset').value,
    units: [...document.querySelectorAll('.layers input.units')].map((i) => i.value),
    activations: [...document.querySelectorAll('.layers select.activation')].map((s) => s.value),
    optimizer: document.querySelector('[data-field=optimizer] select').value,
    momentum: document.querySelector('[data-field=momentum] input').value,
    batch: document.querySelector('[data-field=batch] select').value,
    lr: document.querySelector('[data-field=learning_rate] input').value,
    epochs: document.querySelector('[data-field=epochs] input').value,
  }));
  const a = await read(page);
  const b = await read(other);
  assert.deepEqual(b, a);
  assert.deepEqual(b.units, ['8', '5', '8']);
  assert.equal(b.optimizer, 'nesterov');
  assert.equal(b.batch, 'full');
  assert.match(await other.textContent('#progress-text'), /of 42/);
  await other.close();
  await page.close();
});

test('pause, step and reset', async () => {
  const page = await openPage(h, '#data=spirals&epochs=100000');
  await page.click('#train');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy').dataset.points) >= 5);
  await page.click('#pause');
  await waitTrainingDone(page);
  assert.match(await page.textContent('#train-status'), /Paused at epoch (\d+)/);
  const paused = await plotted(page);
  const epochText = (await page.textContent('#train-status')).match(/epoch (\d+)/)[1];
  assert.equal(String(paused), epochText, 'the chart holds every trained epoch');
  await page.waitForTimeout(500);
  assert.equal(await plotted(page), paused, 'nothing trains while paused');
  await page.click('#step');
  await page.waitForFunction((n) => Number(document.querySelector('#chart-accuracy').dataset.points) === n + 1, paused);
  await page.click('#reset');
  await page.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '0');
  assert.match(await page.textContent('#progress-text'), /Epoch 0 of 100000/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a diverging run stops and says to lower the learning rate; Train then starts over', async () => {
  const page = await openPage(h, '#data=circles&layers=8linear,8linear&opt=sgd&lr=50&batch=mini&bs=16');
  await page.click('#train');
  await waitTrainingDone(page);
  const status = await page.textContent('#train-status');
  assert.match(status, /diverged/);
  assert.match(status, /lower learning rate/);
  assert.match(status, /Train starts over from new weights/);
  assert.equal(await page.isDisabled('#train'), false, 'Train is not a dead end');
  await shot(page, '08-diverged');
  assert.deepEqual(await contrastProblems(page), [], 'text contrast of the error states');
  // Every status line from here on: the new run says it starts over, then diverges again.
  await page.evaluate(() => {
    window.statuses = [];
    const status = document.querySelector('#train-status');
    new MutationObserver(() => window.statuses.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
  });
  await page.click('#train');
  await page.waitForFunction(() => window.statuses.some((t) => /diverged/.test(t)));
  const statuses = await page.evaluate(() => window.statuses);
  assert.ok(statuses.some((t) => /The last run had stopped: starting over from new weights \(epoch 0\)/.test(t)), statuses.join(' | '));
  assert.match(statuses.at(-1), /diverged at epoch \d/);
  await page.close();
});

test('charts as PNG before any training: Chart.js is loaded for it and draws the empty axes', async () => {
  const page = await openPage(h, '');
  assert.equal(await page.evaluate(() => window.nnplayApp.views.charts.score), null, 'no Chart.js before a chart is needed');
  // A click from script: no pointer or key event, so only the export asks for Chart.js.
  const [download] = await Promise.all([page.waitForEvent('download'),
    page.evaluate(() => /** @type {HTMLButtonElement} */ (document.querySelector('#export-charts')).click())]);
  const png = readFileSync(await download.path());
  const widths = await page.$$eval('#charts canvas', (cs) => cs.map((c) => c.width));
  assert.ok(widths.every((w) => w !== 300), `the canvases are sized by Chart.js to their boxes, not the default 300 px: ${widths}`);
  assert.equal(png.readUInt32BE(16), widths[0] + widths[1] + 3 * 16, 'the PNG holds both charts as drawn');
  assert.deepEqual(await page.$$eval('#charts .chart-empty', (ps) => ps.map((p) => p.hidden)), [true, true]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('exports the model and history, and a re-imported model predicts the same', async () => {
  const page = await openPage(h, '#data=iris');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.fill('#predict-0', '6.1');
  await page.fill('#predict-2', '4.7');
  await page.click('#predict-button');
  await page.waitForSelector('#predict-output .bars');
  const before = await page.textContent('#predict-output');
  assert.match(before, /versicolor|virginica|setosa/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-model')]);
  const modelPath = join(OUT, 'iris-model.json');
  await download.saveAs(modelPath);
  const model = JSON.parse(readFileSync(modelPath, 'utf8'));
  assert.deepEqual(model.class_names, ['setosa', 'versicolor', 'virginica']);
  const [history] = await Promise.all([page.waitForEvent('download'), page.click('#export-history')]);
  const historyPath = join(OUT, 'iris-history.csv');
  await history.saveAs(historyPath);
  const lines = readFileSync(historyPath, 'utf8').trim().split('\n');
  assert.equal(lines.length, 101, 'a header and one line per epoch');
  assert.match(lines[0], /^epoch,train_loss,validation_loss,train_accuracy,validation_accuracy/);

  await page.click('#reset');  // forget the trained weights, then bring them back by import
  await page.setInputFiles('#import-model', modelPath);
  await page.waitForSelector('#model-io-message:has-text("Imported")');
  await page.fill('#predict-0', '6.1');
  await page.fill('#predict-2', '4.7');
  await page.click('#predict-button');
  await page.waitForFunction((b) => document.querySelector('#predict-output').textContent === b, before);
  await shot(page, '09-imported-model');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('MNIST loads only the rows asked for, and trains', async () => {
  const page = await openPage(h);
  await page.selectOption('#dataset', 'mnist');
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.startsWith('2,000 rows'), null, { timeout: 120000 });
  assert.match(await page.textContent('#data-summary'), /10 classes/);
  assert.match(await page.textContent('#data-summary'), /more notes/, 'the 100+ dropped constant pixels are folded');
  await page.fill('[data-field=epochs] input', '2');
  await page.waitForFunction(() => document.querySelector('#progress-text').textContent.includes('of 2'));
  await page.click('#train');
  await waitTrainingDone(page);
  const [, trainAccuracy] = await latest(page);
  assert.ok(percent(trainAccuracy) > 0.5, `train accuracy ${trainAccuracy} after 2 epochs`);
  // The worker stopped reading after 2,000 rows: a fifth of the 10,000-row file.
  const status = await page.textContent('.load-status');
  const mb = Number(status.match(/Read the first 2,000 rows \(([\d.]+) MB\)/)?.[1]);
  const full = statSync(join(ROOT, 'dist', 'data', 'mnist.csv')).size / 1e6;
  assert.ok(mb > 0 && mb < full / 3, `read ${mb} MB of ${full.toFixed(1)} MB (${status})`);
  await shot(page, '11-mnist');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('opened from file://, the page says why it needs a web server', async () => {
  const page = await h.context.newPage();
  await page.goto(`file://${join(ROOT, 'dist', 'index.html')}`);
  assert.match(await page.textContent('#notice'), /must be served over http/);
  await page.close();
});

test('works at phone width without sideways scrolling', async () => {
  const page = await openPage(h, '', { width: 390, height: 844 });
  await page.click('#train');
  await waitTrainingDone(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`);
  await shot(page, '10-phone');
  assert.deepEqual(page.errors, []);
  await page.close();
});
