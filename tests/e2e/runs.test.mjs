// Comparing runs (the Runs card, earlier runs faded in the charts, the CSV of all runs)
// and stepping through one mini-batch (the "Inside one step" card), in Debian's Chromium.
// Run: bash scripts/build-web.sh && node --test --test-concurrency=1 tests/e2e/runs.test.mjs
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, openPage, shot, plotted, waitTrainingDone, OUT } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const runNames = (page) => page.$$eval('#run-list input.run-name', (inputs) => inputs.map((i) => i.value));

/** The accuracy chart's overlay datasets and legend entries, once drawn. */
async function overlays(page, count) {
  await page.waitForFunction((n) => window.nnplayApp.views.charts.score.data.datasets.length === 2 + n, count);
  return page.evaluate(() => {
    const chart = window.nnplayApp.views.charts.score;
    return {
      datasets: chart.data.datasets.slice(2).map((d) => ({ label: d.label, width: d.borderWidth, dash: d.borderDash,
        color: d.borderColor, points: d.data.length, validation: d.overlay.validation })),
      current: chart.data.datasets[0].borderWidth,
      legend: [...document.querySelectorAll('#charts .chart-legend li')].map((li) => li.textContent),
    };
  });
}

async function noSidewaysScroll(page, what) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= width, `${what}: page is ${scroll}px wide in a ${width}px window`);
}

test('runs: two runs differing in one setting are listed, overlaid, renamed, exported and removed', async () => {
  const page = await openPage(h, '#data=circles&opt=adam&lr=0.01&epochs=5');
  assert.equal(await page.isVisible('#runs-empty'), true, 'the empty list explains itself');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.waitForSelector('#run-list li.run');
  assert.deepEqual(await runNames(page), ['Adam lr 0.01']);
  assert.equal(await page.$eval('#run-list li.run', (li) => li.classList.contains('current')), true);

  await page.selectOption('[data-field=optimizer] select', 'sgd');
  await page.fill('[data-field=learning_rate] input', '0.1');
  // The new settings start a new run: the finished one is drawn faded.
  await page.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '0');
  await page.click('#train');
  await waitTrainingDone(page);
  assert.equal(await plotted(page), 5);
  await page.waitForFunction(() => document.querySelectorAll('#run-list li.run').length === 2);
  assert.deepEqual(await runNames(page), ['Adam lr 0.01', 'SGD lr 0.1'], 'labels name what changed');
  assert.match(await page.textContent('#run-list li.run.current'), /5 epochs/);

  const drawn = await overlays(page, 2);
  assert.deepEqual(drawn.datasets.map((d) => [d.label, d.validation]),
    [['Adam lr 0.01', false], ['Adam lr 0.01 (validation)', true]]);
  assert.ok(drawn.datasets.every((d) => d.width < drawn.current && /rgba\(.*0\.75\)/.test(d.color) && d.points === 5),
    'thinner, faded lines with the run\'s 5 epochs');
  assert.deepEqual(drawn.datasets[1].dash, [4, 3], 'validation dashed');
  assert.ok(drawn.legend.includes('Adam lr 0.01'), `legend: ${drawn.legend}`);
  assert.ok(!drawn.legend.includes('Adam lr 0.01 (validation)'), 'one legend entry per run');
  const loss = await page.evaluate(() => window.nnplayApp.views.charts.loss.data.datasets.slice(2).map((d) => d.label));
  assert.deepEqual(loss, ['Adam lr 0.01', 'Adam lr 0.01 (validation)'], 'the loss chart too');
  await page.$eval('#runs-section', (el) => el.scrollIntoView());
  await shot(page, 'runs-1366');

  // Rename in place (Enter). The list drawn again while a name is typed (as a run's end or
  // a step draws it) leaves the field as it is.
  await page.fill('#run-list li.run:first-child input.run-name', 'fast');
  await page.evaluate(() => window.nnplayApp.runs.render());
  await page.keyboard.type(' Adam');
  assert.equal(await page.evaluate(() => document.activeElement?.value), 'fast Adam', 'still typing in the field');
  await page.press('#run-list li.run:first-child input.run-name', 'Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('#charts .chart-legend li')].some((li) => li.textContent === 'fast Adam'));
  assert.deepEqual(await runNames(page), ['fast Adam', 'SGD lr 0.1']);
  assert.match(await page.textContent('#run-list li.run:first-child .run-meta'), /Adam lr 0.01/, 'the label stays in sight');
  // Left unchanged, a field whose rows were to be drawn again meanwhile has them drawn as it is left.
  const marked = () => page.$eval('#run-list li.run:first-child', (li) => 'before' in li.dataset);
  await page.focus('#run-list li.run:first-child input.run-name');
  await page.evaluate(() => { document.querySelector('#run-list li.run:first-child').dataset.before = ''; window.nnplayApp.runs.render(); });
  assert.equal(await marked(), true, 'not drawn over while the field has the focus');
  await page.focus('#export-runs');
  assert.equal(await marked(), false, 'drawn once the field is left');

  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-runs')]);
  assert.equal(download.suggestedFilename(), 'nnplay-runs.csv');
  const csvPath = join(OUT, 'runs.csv');
  await download.saveAs(csvPath);
  const lines = readFileSync(csvPath, 'utf8').trim().split('\n');
  assert.match(lines[0], /^run,epoch,train_loss,validation_loss,train_accuracy,validation_accuracy/);
  assert.deepEqual(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' ')),
    [1, 2, 3, 4, 5].map((e) => `fast Adam ${e}`).concat([1, 2, 3, 4, 5].map((e) => `SGD lr 0.1 ${e}`)));

  // Hidden from the charts just after a new name (the click is on the box, the name kept),
  // shown again from the keyboard (the box keeps the focus), then removed.
  await page.fill('#run-list li.run:first-child input.run-name', 'Adam, fast');
  await page.uncheck('#run-list li.run:first-child input[type=checkbox]');
  await overlays(page, 0);
  assert.deepEqual(await runNames(page), ['Adam, fast', 'SGD lr 0.1']);
  await page.focus('#run-list li.run:first-child input[type=checkbox]');
  await page.keyboard.press('Space');
  await overlays(page, 2);
  assert.equal(await page.evaluate(() => document.activeElement?.matches('#run-list li.run:first-child input[type=checkbox]')), true,
    'the focus stays on the box');
  await page.click('#run-list li.run:first-child button.remove-run');
  assert.deepEqual(await runNames(page), ['SGD lr 0.1']);
  await overlays(page, 0);

  // Reset starts a new run; the one that trained stays, now drawn faded.
  await page.click('#reset');
  const afterReset = await overlays(page, 2);
  assert.equal(afterReset.datasets[0].label, 'SGD lr 0.1');
  assert.equal(await page.$$eval('#run-list li.run.current', (l) => l.length), 0);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.$eval('#runs-section', (el) => el.scrollIntoView());
  await noSidewaysScroll(page, 'runs at 390 px');
  await shot(page, 'runs-390');
  await page.locator('#runs-section').screenshot({ path: join(OUT, 'runs-390-card.png') });
  assert.deepEqual(page.errors, []);
  await page.close();
});

const cells = (page, name) => page.$$eval(`[data-name="${name}"] td`, (tds) => tds.map((td) => Number(td.dataset.value)));
const shapeOf = (page, name) => page.$eval(`[data-name="${name}"]`, (f) => f.dataset.shape);

test('step-through: XOR shows one batch forward and back; dW is the weights\' change over the rate', async () => {
  const page = await openPage(h, '#data=xor&opt=sgd&lr=0.5');
  assert.match(await page.textContent('#data-summary'), /4 rows/);
  // The weights as the worker reports them (W column-major units × inputs), before and after.
  await page.evaluate(() => {
    window.__weights = [];
    window.nnplayApp.session.on('visuals', (v) => { if (v.weights) window.__weights.push(v.weights); });
  });
  await page.click('#reset');
  await page.waitForFunction(() => window.__weights.length === 1);
  await page.click('#step-detail');
  await page.waitForSelector('#step-detail-tables [data-layer="2"]');
  await page.waitForFunction(() => window.__weights.length === 2);

  const shapes = {};
  for (const name of ['A0', 'W1', 'b1', 'Z1', 'A1', 'dZ1', 'dW1', 'db1', 'W2', 'Z2', 'A2', 'Y', 'dZ2', 'dW2', 'db2']) {
    shapes[name] = await shapeOf(page, name);
  }
  assert.deepEqual(shapes, {
    A0: '2×4', W1: '4×2', b1: '4×1', Z1: '4×4', A1: '4×4', dZ1: '4×4', dW1: '4×2', db1: '4×1',
    W2: '1×4', Z2: '1×4', A2: '1×4', Y: '1×4', dZ2: '1×4', dW2: '1×4', db2: '1×1',
  });
  assert.match(await page.textContent('[data-layer="1"] h3'), /Layer 1: 4 tanh units, 2 inputs/);
  assert.match(await page.textContent('[data-name="Z1"] figcaption'), /Z\[1\] = W\[1\]·A\[0\] \+ b\[1\]/);
  assert.match(await page.textContent('#step-detail-status'), /batch 1 of 1 .*m = 4 rows/);
  // Shown with 4 significant digits at most.
  const shown = await page.$$eval('[data-name="W1"] td', (tds) => tds.map((td) => td.textContent));
  const digits = (t) => t.replace(/e.*$/, '').replace(/[−\-.]/g, '').replace(/^0+/, '').length;
  assert.ok(shown.every((t) => Number.isFinite(Number(t)) && digits(t) <= 4), shown.join(' '));

  // Plain SGD without L2: W_after = W_before − lr·dW, so dW = (W_before − W_after) / lr.
  const [before, afterStep] = await page.evaluate(() => window.__weights.map((w) => w.map((l) => ({
    units: l.units, inputs: l.inputs, W: Array.from(l.W), b: Array.from(l.b) }))));
  for (const l of [1, 2]) {
    const b = before[l - 1]; const a = afterStep[l - 1];
    const expected = [];
    for (let i = 0; i < b.units; ++i) for (let j = 0; j < b.inputs; ++j) expected.push((b.W[i + j * b.units] - a.W[i + j * b.units]) / 0.5);
    const dW = await cells(page, `dW${l}`);
    assert.equal(dW.length, expected.length);
    dW.forEach((v, k) => assert.ok(Math.abs(v - expected[k]) < 1e-6, `dW${l}[${k}] = ${v}, weights moved by ${expected[k]}`));
    const db = await cells(page, `db${l}`);
    db.forEach((v, i) => assert.ok(Math.abs(v - (b.b[i] - a.b[i]) / 0.5) < 1e-6, `db${l}[${i}]`));
  }
  assert.equal(await plotted(page), 1, 'a full batch completes an epoch: the charts gain a point');
  await page.click('#step-detail');
  await page.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '2');
  assert.match(await page.textContent('#step-detail-status'), /completed epoch 2/);
  assert.match(await page.textContent('#train-status'), /one mini-batch: epoch 2 complete/);
  await page.$eval('#step-section', (el) => el.scrollIntoView());
  await shot(page, 'step-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.$eval('#step-section', (el) => el.scrollIntoView());
  await noSidewaysScroll(page, 'step tables at 390 px');
  await shot(page, 'step-390');
  await page.locator('#step-section').screenshot({ path: join(OUT, 'step-390-card.png') });
  await page.setViewportSize({ width: 1366, height: 900 });

  // A network too large to show: the engine's refusal, and no tables.
  await page.fill('li.layer input.units', '100');
  await page.waitForFunction(() => document.querySelector('#step-detail-tables').children.length === 0);
  await page.click('#step-detail');
  await page.waitForFunction(() => /at most 64 units per layer/.test(document.querySelector('#step-detail-status').textContent));
  assert.equal(await page.$eval('#step-detail-status', (p) => p.classList.contains('error')), true);
  assert.equal(await page.$$eval('#step-detail-tables section', (s) => s.length), 0);
  await page.locator('#step-section').screenshot({ path: join(OUT, 'step-refused-card.png') });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('runs: a run on another data set stays listed but leaves the charts until ticked again', async () => {
  const page = await openPage(h, '#data=circles&opt=adam&lr=0.01&epochs=3');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.waitForSelector('#run-list li.run');
  await overlays(page, 0);  // the current run is the chart's own line
  await page.selectOption('#dataset', 'xor');
  await page.waitForFunction(() => /4 rows/.test(document.querySelector('#data-summary').textContent));
  const box = '#run-list li.run input[type=checkbox]';
  await page.waitForFunction((sel) => !document.querySelector(sel).checked, box);
  assert.equal(await page.$$eval('#run-list li.run', (lis) => lis.length), 1, 'the circles run is kept');
  await overlays(page, 0);
  await page.check(box);
  const drawn = await overlays(page, 2);
  assert.deepEqual(drawn.datasets.map((d) => d.points), [3, 3], 'its 3 epochs, drawn on request');
  assert.deepEqual(page.errors, []);
  await page.close();
});
