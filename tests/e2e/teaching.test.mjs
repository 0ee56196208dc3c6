// The page's teaching layer in Chromium: help on every control (by keyboard), the math
// panel following the layer sizes, guided experiments as links that load and train to
// their stated outcome, code export that predicts like the page, the charts as a PNG,
// and the layout at desktop and phone widths.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, openPage, shot, waitTrainingDone, OUT } from './harness.mjs';
import { EXPERIMENTS, EXPERIMENT, runState } from '../../web/teaching/experiments.js';
import { callPython, python } from '../web/python.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const state = (page) => page.evaluate(() => window.nnplayApp.session.state);
const idle = (page) => page.waitForFunction(() => !window.nnplayApp.session.loading, null, { polling: 100 });

/** Scrolls to the guided experiments, whose card loads its code when it comes near. */
async function showExperiments(page) {
  await page.locator('#experiments-panel').scrollIntoViewIfNeeded();
  await page.waitForSelector('details.experiment');
}

/** Follows a guided experiment's run link and waits until its settings are in force. */
async function openRun(page, experiment, key) {
  await showExperiments(page);
  const details = page.locator(`[data-experiment=${experiment}]`);
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  await page.click(`[data-experiment=${experiment}] a[data-run=${key}]`);
  const run = EXPERIMENT[experiment].runs.find((r) => r.key === key);
  // The page writes the link's settings back with its language (lang=...) after them.
  await page.waitForFunction((hash) => location.hash.replace(/&lang=[^&]*$/, '') === hash, run.hash);
  const want = runState(run);
  await page.waitForFunction((w) => {
    const c = window.nnplayApp.session.config;
    return c && c.optimizer === w.optimizer && c.learning_rate === w.learning_rate && c.epochs === w.epochs &&
      JSON.stringify(c.hidden_layers.map((l) => [l.units, l.activation, l.keep_prob])) ===
        JSON.stringify(w.layers.map((l) => [l.units, l.activation, l.keep_prob]));
  }, want, { polling: 100 });
  await idle(page);
  await page.waitForFunction(() => document.querySelector('#train').disabled === false, null, { polling: 100 });
  return run;
}

/** Trains until the run's epochs are done (or training stops) and returns {history, reason}. */
async function trainRun(page) {
  const epochs = (await state(page)).epochs;
  const ended = page.evaluate(() => new Promise((resolve) => {
    const s = window.nnplayApp.session;
    s.on('train-end', (done) => { if (done.reason !== 'paused') resolve(done.reason); });
  }));
  await page.click('#train');
  const reason = await ended;
  await waitTrainingDone(page);
  const history = await page.evaluate(async () => (await window.nnplayApp.session.request('export', { what: 'history' })).history);
  assert.ok(history.length <= epochs);
  return { history, reason };
}

test('every control has an info button reachable by Tab; Enter shows its help', async () => {
  const page = await openPage(h);
  // Every field of the form and the data options has its info button.
  const missing = await page.$$eval('[data-field]', (fields) => fields.filter((f) => !f.hidden)
    .filter((f) => !f.querySelector('.label-row button.info')).map((f) => f.dataset.field));
  assert.deepEqual(missing, [], 'fields without help');
  const expected = await page.$$eval('button.info', (bs) => bs.filter((b) => b.getClientRects().length)
    .map((b) => b.dataset.helpFor));
  for (const name of ['dataset', 'upload', 'paste', 'validation', 'layers', 'layer.units', 'layer.activation',
    'layer.keep_prob', 'layer.add', 'optimizer', 'learning_rate', 'l2', 'epochs', 'train', 'exportCode']) {
    assert.ok(expected.includes(name), `an info button for ${name}`);
  }
  const reached = new Map();
  await page.focus('a.skip');
  for (let i = 0; i < 600 && reached.size < expected.length; ++i) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => (document.activeElement?.matches('button.info') ? document.activeElement.dataset.helpFor : null));
    if (!name || reached.has(name)) continue;
    await page.keyboard.press('Enter');
    // The paragraphs load with the first help opened.
    await page.waitForFunction(() => document.getElementById(document.activeElement.getAttribute('aria-controls')).textContent.length > 30);
    const help = await page.evaluate(() => {
      const b = document.activeElement;
      const panel = document.getElementById(b.getAttribute('aria-controls'));
      return { expanded: b.getAttribute('aria-expanded'), visible: !panel.hidden && panel.getClientRects().length > 0,
        text: panel.textContent };
    });
    reached.set(name, help);
    await page.keyboard.press('Escape');
  }
  assert.deepEqual(expected.filter((n) => !reached.has(n)), [], 'info buttons not reached by Tab');
  for (const [name, help] of reached) {
    assert.equal(help.expanded, 'true', `${name}: aria-expanded`);
    assert.ok(help.visible && help.text.length > 30, `${name}: help shown`);
  }
  assert.match(reached.get('l2').text, /alpha/);
  assert.match(reached.get('l2').text, /kernel_regularizer/);
  assert.match(reached.get('learning_rate').text, /Too large/);
  assert.match(reached.get('train').text, /Pause.*Step.*Reset/s);
  // A click keeps help open; a second click closes it. Hover alone shows it too.
  const l2 = page.locator('[data-field=l2] button.info');
  await l2.click();
  await page.mouse.move(0, 0);
  assert.equal(await l2.getAttribute('aria-expanded'), 'true');
  await l2.click();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  assert.equal(await l2.getAttribute('aria-expanded'), 'false');
  await l2.hover();
  await page.waitForFunction(() => document.querySelector('[data-field=l2] button.info').getAttribute('aria-expanded') === 'true');
  // Each view says what its colours and axes mean (the stage's columns behind their info button).
  const lines = await page.$$eval('.view-help .hint', (ps) => ps.map((p) => p.textContent));
  assert.ok(lines.some((t) => /Dashed orange: validation rows/.test(t)), 'the charts');
  assert.ok(lines.some((t) => /Rows: the actual class/.test(t)), 'the confusion matrix');
  assert.ok(lines.length >= 5, `view help lines: ${lines.length}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the math panel shows the current network and follows its layer sizes', async () => {
  const page = await openPage(h, '#data=circles&layers=8relu');
  const tex = () => page.$$eval('#math-panel [data-section=forward] annotation', (as) => as.map((a) => a.textContent).join('\n'));
  assert.equal(await page.$('#math-panel .katex'), null, 'KaTeX waits until the math is in view');
  await page.click('.more-nav a[href="#math-card"]');  // one click away from the stage
  await page.waitForFunction(() => document.querySelector('#math-panel .katex'));
  assert.match(await tex(), /\{W\^\{\[1\]\}\}_\{8 \\times 2\}/);
  await page.fill('#layer-0-units', '12');
  await page.waitForFunction(() => /12 \\times 2/.test(document.querySelector('#math-panel [data-section=forward]').textContent));
  assert.doesNotMatch(await tex(), /8 \\times 2/);
  // The update rule follows the optimizer; the cost shows the L2 term.
  await page.selectOption('[data-field=optimizer] select', 'adam');
  await page.waitForFunction(() => /Adam/.test(document.querySelector('#math-panel [data-section=update]').textContent));
  await page.fill('[data-field=l2] input', '0.5');
  await page.waitForFunction(() => /0\.5/.test(document.querySelector('#math-panel [data-section=cost]').textContent));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('guided experiments: each run link loads its settings', async () => {
  const page = await openPage(h);
  await showExperiments(page);
  assert.equal(await page.locator('details.experiment').count(), EXPERIMENTS.length);
  for (const e of EXPERIMENTS) {
    assert.equal(await page.locator(`[data-experiment=${e.id}] a[data-run]`).count(), e.runs.length);
    assert.equal(await page.locator(`[data-experiment=${e.id}] a[data-challenge]`).count(), e.challenge ? 1 : 0, `${e.id}: as a challenge`);
    for (const r of e.runs) {
      assert.equal(await page.getAttribute(`[data-experiment=${e.id}] a[data-run=${r.key}]`, 'href'), r.hash);
    }
  }
  for (const [id, key] of [['diverging-learning-rate', 'large'], ['overfitting-dropout', 'dropout'], ['batch-noise', 'full'],
    ['mnist-recipe-a', 'huge'], ['mnist-recipe-b', 'scaled']]) {
    const run = await openRun(page, id, key);
    const want = runState(run);
    const got = await state(page);
    // init_scale counts (and is in the link) only with init 'normal'.
    for (const k of ['dataset', 'optimizer', 'learning_rate', 'batch', 'epochs', 'seed', 'dataSeed', 'init', 'scaling', 'subset',
      'validation', 'l2', ...want.init === 'normal' ? ['init_scale'] : []]) {
      assert.deepEqual(got[k], want[k], `${id}/${key}: ${k}`);
    }
    assert.deepEqual(got.layers, want.layers, `${id}/${key}: layers`);
    assert.equal(await page.inputValue('[data-field=learning_rate] input'), String(want.learning_rate));
    assert.equal(await page.inputValue('#layer-0-keep'), String(want.layers[0].keep_prob));
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('MNIST recipe (b) on raw pixels diverges in the page within a few epochs, as the card says it will', async () => {
  const page = await openPage(h);
  await openRun(page, 'mnist-recipe-b', 'raw');
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.startsWith('10,000 rows'), null, { timeout: 60000 });
  const { history, reason } = await trainRun(page);
  assert.equal(reason, 'diverged');
  assert.ok(history.length <= 5, `${history.length} epochs`);
  assert.match(await page.textContent('[data-experiment=mnist-recipe-b]'), /Trained: “Raw pixels \(0 to 255\)”\. Now train “Pixels ÷ 255, as written” to compare\./);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('guided experiment "Adam vs plain gradient descent" trains in the page to its stated outcome', async () => {
  const page = await openPage(h);
  const e = EXPERIMENT['adam-vs-sgd'];
  const results = {};
  for (const r of e.runs) {
    await openRun(page, e.id, r.key);
    results[r.key] = await trainRun(page);
    assert.equal(results[r.key].reason, 'finished');
  }
  const { ok, detail } = e.check(results);
  assert.ok(ok, detail);
  // The card says so on the page, with the same figures.
  await page.waitForFunction((id) => /It happened/.test(document.querySelector(`[data-result=${id}]`).textContent), e.id);
  assert.match(await page.textContent(`[data-result=${e.id}]`), /final training loss: Adam/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the exported NumPy script predicts what the page predicts; Keras and PyTorch download; charts as PNG', async () => {
  const page = await openPage(h, '#data=moons&layers=8relu,8tanh&epochs=30&opt=adam&lr=0.02&seed=2');
  await trainRun(page);
  const save = async (selector, name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    const file = join(OUT, name);
    await download.saveAs(file);
    return { file, suggested: download.suggestedFilename() };
  };
  const numpy = await save('#export-numpy', 'teaching-model.py');
  assert.match(numpy.suggested, /-numpy\.py$/);
  for (const [id, pattern] of [['#export-keras', /keras/], ['#export-pytorch', /torch/]]) {
    const { file } = await save(id, `teaching-${id.slice(8)}.py`);
    assert.match(readFileSync(file, 'utf8'), pattern);
  }
  const rows = [[-1, 0.5], [0, 0], [0.5, -0.25], [1.5, 0.2], [2, 1], [-0.3, 1.1]];
  const page_ = await page.evaluate(async (rs) => Promise.all(rs.map(async (values) =>
    (await window.nnplayApp.session.request('predict', { values })).outputs)), rows);
  if (python) {
    const got = callPython(numpy.file, 'predict_proba', rows);
    rows.forEach((_, r) => page_[r].forEach((v, k) => {
      assert.ok(Math.abs(got[r][k] - v) <= 1e-5 * Math.max(1, Math.abs(v)), `row ${r} output ${k}: NumPy ${got[r][k]}, page ${v}`);
    }));
    const labels = callPython(numpy.file, 'predict', rows);
    assert.equal(labels.length, rows.length);
  } else {
    test.skip?.('no python3 with NumPy');
  }
  // The predict panel shows the same probability as the worker for its row.
  const png = await save('#export-charts', 'teaching-charts.png');
  const bytes = readFileSync(png.file);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
  assert.equal(bytes.subarray(12, 16).toString('latin1'), 'IHDR');
  assert.ok(bytes.readUInt32BE(16) > 200 && bytes.readUInt32BE(20) > 100, 'PNG size');
  writeFileSync(join(OUT, 'teaching-predictions.json'), JSON.stringify({ rows, page: page_ }));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the teaching cards fit at 1366 px and at 390 px without sideways scrolling', async () => {
  for (const [width, name] of [[1366, 'teaching-desktop'], [390, 'teaching-phone']]) {
    const page = await openPage(h, '#data=circles', { width, height: 900 });
    await showExperiments(page);
    await page.locator('[data-experiment=overfitting-dropout] summary').click();
    await page.locator('[data-field=l2] button.info').click();
    await page.click('.more-nav a[href="#math-card"]');
    await page.waitForFunction(() => document.querySelector('#math-panel .katex'));
    const wide = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(wide <= 0, `${width} px: ${wide} px of sideways scrolling`);
    await shot(page, name);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('teaching tables: "Am I happy?" trains as the lesson does (one sigmoid unit, mean squared error) to every row right', async () => {
  const page = await openPage(h);
  await page.selectOption('#dataset', 'happy');
  await page.waitForFunction(() => /target “happy”/.test(document.querySelector('#data-summary').textContent));
  assert.match(await page.textContent('.about'), /Its rows follow happy = coffee and \(pizza or chili\)\./);
  assert.match(await page.textContent('#preview-table'), /coffee[\s\S]*pizza[\s\S]*chili[\s\S]*happy/);
  assert.equal(await page.$eval('#config-panel select[name=loss]', (s) => s.value), 'mse');
  await page.click('#train');
  await waitTrainingDone(page);
  assert.match(await page.textContent('#train-status'), /Done: 300 epochs, training accuracy 100\.0%/);
  // Perceptron's description is true of its rows now.
  await page.selectOption('#dataset', 'perceptron');
  await page.waitForFunction(() => /y = x2 and \(x1 or not x3\)/.test(document.querySelector('.about').textContent));
  await page.close();
});

test('a link to a card below the lazy cards lands on it and stays there while they load', async () => {
  const page = await openPage(h, '#data=circles', { width: 390, height: 844 });
  await page.click('.more-nav a[href="#model-io-card"]');
  // The math card above and the embed builder below load as the jump comes near them, and grow.
  await page.waitForFunction(() => document.querySelector('#math-panel [data-section]') && document.querySelector('#embed-panel input[type=checkbox]'));
  await page.waitForTimeout(1000);
  const top = await page.$eval('#model-io-card', (card) => card.getBoundingClientRect().top);
  assert.ok(top >= -1 && top < 24, `the card's top is ${top} px from the window's`);
  assert.deepEqual(page.errors, []);
  await page.close();
});
