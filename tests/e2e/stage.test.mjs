// The stage: data, network and output on one screen with the run bar, as a learner
// meets it at 1280×800 and on a phone, and what can be touched on it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startHarness, openPage, plotted, waitTrainingDone, OUT } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
// What the stage must show at once: the run, the network with its unit maps, the output.
const STAGE = ['#train', '#network-svg', '#network-svg image.map', '#boundary', '#chart-accuracy', '#chart-loss'];

/** Each selector's box, relative to the top of the document. */
const boxes = (page, selectors) => page.evaluate((sels) => sels.map((s) => {
  const el = document.querySelector(s);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return { selector: s, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
}), selectors);

/** Asserts that every selector is drawn inside the first viewport (the page unscrolled). */
async function assertInFirstViewport(page, selectors, { width, height }) {
  for (const b of await boxes(page, selectors)) {
    assert.ok(b, 'every part of the stage is on the page');
    assert.ok(b.top >= 0 && b.bottom <= height && b.left >= 0 && b.right <= width,
      `${b.selector} is inside ${width}×${height}: ${JSON.stringify(b)}`);
  }
}

const shotTop = (page, name, { width, height }) => page.screenshot({ path: join(OUT, `${name}.png`), clip: { x: 0, y: 0, width, height } });
const noSidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth <= innerWidth);

function twoDCsv() {
  const lines = ['height,weight,kind'];
  for (let i = 0; i < 160; ++i) {
    const x = ((i * 37) % 100) / 50 - 1; const y = ((i * 61) % 100) / 50 - 1;
    lines.push(`${(170 + 20 * x).toFixed(1)},${(70 + 15 * y).toFixed(1)},${x * x + y * y < 0.5 ? 'inner' : 'outer'}`);
  }
  return `${lines.join('\n')}\n`;
}

test('at 1280×800 the run bar, the network with unit maps, the boundary and both curves are on one screen', async () => {
  const page = await openPage(h, '', DESKTOP);
  await page.waitForSelector('#network-svg image.map');
  await shotTop(page, 'stage-1280-before', DESKTOP);
  await assertInFirstViewport(page, STAGE, DESKTOP);
  await page.fill('[data-field=epochs] input', '300');
  await page.evaluate(() => scrollTo(0, 0));
  await page.click('#train');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy').dataset.points) >= 20);
  await shotTop(page, 'stage-1280-during', DESKTOP);
  await assertInFirstViewport(page, STAGE, DESKTOP);
  await waitTrainingDone(page);
  await page.evaluate(() => scrollTo(0, 0));
  await shotTop(page, 'stage-1280-after', DESKTOP);
  await assertInFirstViewport(page, [...STAGE, '#latest-metrics', '#train-status'], DESKTOP);
  assert.equal(await plotted(page), 300);
  // Dots mark the first epochs only: past 30 the curves are lines.
  const radii = await page.evaluate(() => ['score', 'loss'].map((k) => window.nnplayApp.views.charts[k].getDatasetMeta(0).data.at(-1).options.radius));
  assert.deepEqual(radii, [0, 0]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('an uploaded 2-feature CSV gets the same stage: its names on the inputs, its boundary, its curves', async () => {
  const page = await openPage(h, '', DESKTOP);
  await page.setInputFiles('#csv-file', { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(twoDCsv()) });
  await page.waitForFunction(() => /160 rows/.test(document.querySelector('#data-counts').textContent));
  // The counts line and the diagram are drawn from different messages: wait for the diagram's own redraw.
  await page.waitForFunction(() => {
    const names = [...document.querySelectorAll('#network-svg .unit-label')].map((t) => t.textContent);
    return names.includes('height') && names.includes('weight') && document.querySelector('#network-svg image.map');
  });
  await page.evaluate(() => scrollTo(0, 0));
  await page.click('#train');
  await waitTrainingDone(page);
  await page.evaluate(() => scrollTo(0, 0));
  await assertInFirstViewport(page, STAGE, DESKTOP);
  await shotTop(page, 'stage-1280-csv', DESKTOP);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('at 390×844 the stage follows the steps: data, network, train, output, with no sideways scroll', async () => {
  const page = await openPage(h, '', PHONE);
  await page.waitForSelector('#network-svg image.map');
  await page.screenshot({ path: join(OUT, 'stage-390-before.png'), fullPage: true, clip: { x: 0, y: 0, width: 390, height: 2400 } });
  const order = await boxes(page, ['#dataset', '#network-svg', '#train', '#boundary', '#chart-accuracy', '#chart-loss']);
  for (let i = 1; i < order.length; ++i) {
    assert.ok(order[i].top >= order[i - 1].bottom - 1, `${order[i].selector} comes after ${order[i - 1].selector}`);
  }
  assert.ok(await noSidewaysScroll(page), 'no sideways scroll');
  const cut = await page.$$eval('#stage button, #stage input, #stage select', (els) => els
    .filter((e) => e.offsetParent && e.getBoundingClientRect().right > innerWidth + 0.5).map((e) => e.id || e.getAttribute('aria-label') || e.textContent));
  assert.deepEqual(cut, [], 'no control of the stage is cut at the right edge');
  await page.click('#train');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy').dataset.points) >= 10);
  await page.screenshot({ path: join(OUT, 'stage-390-during.png'), fullPage: true, clip: { x: 0, y: 0, width: 390, height: 2400 } });
  await waitTrainingDone(page);
  await page.screenshot({ path: join(OUT, 'stage-390-after.png'), fullPage: true, clip: { x: 0, y: 0, width: 390, height: 2400 } });
  assert.ok(await noSidewaysScroll(page), 'no sideways scroll after training');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('data with more than two inputs: the network names them, the output shows curves and the confusion matrix', async () => {
  const page = await openPage(h, '#data=iris', DESKTOP);
  await page.waitForFunction(() => /150 rows/.test(document.querySelector('#data-counts').textContent));
  await page.click('#train');
  await waitTrainingDone(page);
  await page.evaluate(() => scrollTo(0, 0));
  assert.equal(await page.isVisible('#boundary'), false, 'no boundary for 4 inputs');
  assert.equal(await page.$eval('#confusion-section', (s) => s.closest('#output-col') !== null), true, 'the matrix is in the output');
  await assertInFirstViewport(page, ['#train', '#network-svg', '#chart-accuracy', '#chart-loss', '#confusion'], DESKTOP);
  const recall = await page.$$eval('.confusion-table td.recall', (tds) => tds.length);
  assert.equal(recall, 3, 'each class’s accuracy');
  const inputs = await page.$$eval('#network-svg .unit-label', (ts) => ts.map((t) => t.textContent));
  assert.ok(inputs.some((t) => /sepal/.test(t)), `the inputs are named: ${inputs}`);
  await shotTop(page, 'stage-1280-iris', DESKTOP);
  // Back to 2-D data: the matrix returns below the stage and the boundary comes back.
  await page.selectOption('#dataset', 'circles');
  await page.waitForSelector('#boundary', { state: 'visible' });
  assert.equal(await page.$eval('#confusion-section', (s) => s.closest('#output-col') === null), true);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('layers and units are added and removed on the network; the run bar edits the same settings', async () => {
  const page = await openPage(h, '', DESKTOP);
  const hash = () => page.evaluate(() => decodeURIComponent(location.hash));
  await page.click('#add-layer');
  await page.waitForFunction(() => document.querySelector('#layer-count').textContent === '2 hidden layers');
  await page.waitForFunction(() => /2 → 8 → 8 → 1/.test(document.querySelector('#network-svg').getAttribute('aria-label')));
  await page.click('[aria-label="Add a unit to hidden layer 2"]');
  await page.click('[aria-label="Add a unit to hidden layer 2"]');
  await page.click('[aria-label="Remove a unit from hidden layer 1"]');
  await page.waitForFunction(() => /2 → 7 → 10 → 1/.test(document.querySelector('#network-svg').getAttribute('aria-label')));
  assert.equal(await page.inputValue('#layer-1-units'), '10', 'the settings form shows the same layers');
  await page.click('#remove-layer');
  await page.waitForFunction(() => /2 → 7 → 1/.test(document.querySelector('#network-svg').getAttribute('aria-label')));

  // Activation for every hidden layer, regularization and its rate, learning rate, batch.
  await page.selectOption('#bar-activation', 'relu');
  assert.equal(await page.inputValue('#layer-0-activation'), 'relu');
  await page.selectOption('#bar-penalty', 'l2');
  await page.fill('#bar-penalty-rate', '0.03');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('l2=0.03'));
  assert.equal(await page.inputValue('[data-field=l2] input'), '0.03');
  // Typed key by key, "0.05" passes through "0" and "0.0": the field stays L2 and enabled.
  await page.fill('#bar-penalty-rate', '');
  await page.type('#bar-penalty-rate', '0.05');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('l2=0.05'));
  assert.equal(await page.inputValue('#bar-penalty-rate'), '0.05');
  assert.equal(await page.inputValue('#bar-penalty'), 'l2');
  assert.equal(await page.isDisabled('#bar-penalty-rate'), false);
  // A rate that is not a number, left: the field stays L2, enabled, and says what is wrong.
  await page.fill('#bar-penalty-rate', 'abc');
  await page.locator('#bar-penalty-rate').blur();
  assert.equal(await page.inputValue('#bar-penalty'), 'l2');
  assert.equal(await page.isDisabled('#bar-penalty-rate'), false);
  assert.equal(await page.inputValue('#bar-penalty-rate'), 'abc');
  assert.match(await page.textContent('#bar-penalty-error'), /L2/);
  await page.fill('#bar-penalty-rate', '0.03');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('l2=0.03'));
  await page.fill('[data-bar-field=learning_rate] input', '0.1');
  await page.waitForFunction(() => decodeURIComponent(location.hash).includes('lr=0.1'));
  assert.equal(await page.inputValue('[data-field=learning_rate] input'), '0.1');
  await page.fill('[data-bar-field=learning_rate] input', 'fast');
  assert.match(await page.textContent('[data-bar-field=learning_rate] .field-error'), /Learning rate/);
  assert.equal(await page.isDisabled('#train'), true, 'an invalid rate blocks training');
  await page.fill('[data-bar-field=learning_rate] input', '0.05');
  await page.waitForFunction(() => !document.querySelector('#train').disabled);
  await page.selectOption('#bar-penalty', 'none');
  await page.waitForFunction(() => /[#&]l2=0(&|$)/.test(location.hash));
  assert.match(await hash(), /lr=0\.05/);

  // The sliders: noise and the validation share reload the data at once; Regenerate draws new points.
  const counts = () => page.textContent('#data-counts');
  await page.$eval('[data-slider=validation] input', (el) => { el.value = '0.5'; el.dispatchEvent(new Event('input', { bubbles: true })); });
  await page.waitForFunction(() => /validation 200/.test(document.querySelector('#data-counts').textContent));
  assert.match(await counts(), /train 200/);
  const seed = (await hash()).match(/dseed=(\d+)/)?.[1] ?? '1';
  await page.click('#regenerate');
  await page.waitForFunction((s) => decodeURIComponent(location.hash).includes(`dseed=${Number(s) + 1}`), seed);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a weight and a bias edited on the diagram change the prediction by what z = W·x + b says', async () => {
  const page = await openPage(h, '#data=linear&scale=none&epochs=5', DESKTOP);
  await page.click('#train');
  await waitTrainingDone(page);
  const point = [0.4, -0.7];
  const logit = async () => {
    const [p] = await page.evaluate((values) => window.nnplayApp.session.request('predict', { values }).then((r) => r.outputs), point);
    return Math.log(p / (1 - p));
  };
  const z0 = await logit();
  // The connection from the second input (y) to the output: hover shows it, a click edits it.
  const line = page.locator('#network-svg line.hit').nth(1);
  await line.hover();
  assert.match(await page.textContent('#weight-readout'), /^y → output 1: w = -?[\d.]+/);
  await line.click();
  await page.waitForSelector('#unit-editor:not([hidden])');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'edit-w1', 'the clicked weight is focused');
  const w = Number(await page.inputValue('#edit-w1'));
  await page.fill('#edit-w1', String(w - 2));
  await page.press('#edit-w1', 'Enter');
  await page.waitForFunction(() => /Set the weight/.test(document.querySelector('#unit-editor .hint').textContent));
  const z1 = await logit();
  assert.ok(Math.abs(z1 - z0 - (-2 * point[1])) < 2e-3, `w₂ − 2 at y = ${point[1]} moves z by ${-2 * point[1]}: ${z0} → ${z1}`);
  // The bias of the same unit, from its field in the editor.
  const b = Number(await page.inputValue('#edit-bias'));
  await page.fill('#edit-bias', String(b + 1));
  await page.press('#edit-bias', 'Enter');
  await page.waitForFunction(() => /Set the bias/.test(document.querySelector('#unit-editor .hint').textContent));
  const z2 = await logit();
  assert.ok(Math.abs(z2 - z1 - 1) < 2e-3, `b + 1 moves z by 1: ${z1} → ${z2}`);
  // Not a number: said in the editor, nothing sent.
  await page.fill('#edit-bias', 'big');
  await page.press('#edit-bias', 'Enter');
  assert.match(await page.textContent('#unit-editor .hint'), /“big” is not a number/);
  assert.ok(Math.abs((await logit()) - z2) < 1e-6);
  await page.screenshot({ path: join(OUT, 'stage-1280-edit-weight.png'), clip: { x: 0, y: 0, ...DESKTOP } });
  await page.keyboard.press('Escape');
  assert.equal(await page.isVisible('#unit-editor'), false);
  // Training goes on from the edited network.
  await page.fill('[data-field=epochs] input', '8');
  await page.waitForFunction(() => /Epoch 5 of 8/.test(document.querySelector('#progress-text').textContent));
  await page.click('#train');
  await waitTrainingDone(page);
  assert.equal(await plotted(page), 8);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('points added by clicking the plane: of the chosen class, shift for the other, undone, cleared, and kept by the link', async () => {
  const page = await openPage(h, '#data=circles', DESKTOP);
  const rows = () => page.textContent('#data-counts').then((t) => Number(t.match(/([\d,]+) rows/)[1].replace(/,/g, '')));
  await page.waitForSelector('#boundary');
  await page.waitForFunction(() => Number(document.querySelector('#boundary').dataset.points) > 0);
  assert.equal(await rows(), 400);
  await page.selectOption('#click-mode', 'class:1');
  const box = await page.locator('#boundary').boundingBox();
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);  // the middle: inside the disc
  await page.keyboard.down('Shift');
  await page.mouse.click(box.x + box.width * 0.55, box.y + box.height * 0.45);
  await page.keyboard.up('Shift');
  await page.waitForFunction(() => /402 rows/.test(document.querySelector('#data-counts').textContent));
  const pts = await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('pts'));
  const points = pts.split(',').map((p) => p.split(':').map(Number));
  assert.equal(points.length, 2);
  assert.deepEqual(points.map((p) => p[2]), [1, 0], 'the chosen class, then the other with shift');
  assert.ok(Math.abs(points[0][0]) < 0.1 && Math.abs(points[0][1]) < 0.1, `the first point is at the middle: ${points[0]}`);
  assert.match(await page.textContent('#point-count'), /2 added/);
  await page.screenshot({ path: join(OUT, 'stage-1280-added-points.png'), clip: { x: 0, y: 0, ...DESKTOP } });
  // The link reproduces the data set with its points.
  const link = await page.evaluate(() => location.href);
  const again = await h.context.newPage();
  await again.goto(link);
  await again.waitForSelector('body[data-ready=true]');
  await again.waitForFunction(() => /402 rows/.test(document.querySelector('#data-counts').textContent));
  await again.close();
  // Backspace on the plane undoes the last one; Clear removes the rest.
  await page.focus('#boundary');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => /401 rows/.test(document.querySelector('#data-counts').textContent));
  await page.click('#clear-points');
  await page.waitForFunction(() => /400 rows/.test(document.querySelector('#data-counts').textContent));
  assert.match(await page.evaluate(() => location.hash), /pts=none/);
  // Predict mode again: a click predicts, nothing is added.
  await page.selectOption('#click-mode', 'predict');
  await page.mouse.click(box.x + box.width * 0.5, box.y + box.height * 0.5);
  await page.waitForSelector('#predict-output .bars');
  assert.equal(await rows(), 400);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('derived inputs from the page: X₁² and X₂² let a network without hidden layers separate the circles', async () => {
  const page = await openPage(h, '#data=circles&epochs=100', DESKTOP);
  await page.click('#remove-layer');
  await page.waitForFunction(() => /2 → 1 units/.test(document.querySelector('#network-svg')?.getAttribute('aria-label') ?? ''));
  for (const flag of ['x1sq', 'x2sq']) await page.check(`#input-choices input[value=${flag}]`);
  await page.waitForFunction(() => /4 → 1 units/.test(document.querySelector('#network-svg').getAttribute('aria-label')));
  const inputs = await page.$$eval('#network-svg .unit-label', (ts) => ts.map((t) => t.textContent));
  assert.deepEqual(inputs.slice(0, 4), ['x', 'y', 'x²', 'y²']);
  assert.match(decodeURIComponent(await page.evaluate(() => location.hash)), /derive=x1sq,x2sq/);
  await page.click('#train');
  await waitTrainingDone(page);
  const accuracy = await page.evaluate(() => window.nnplayApp.views.charts.model.validation_accuracy);
  assert.ok(accuracy >= 0.95, `validation accuracy ${accuracy} with x² and y² and no hidden layer`);
  await page.screenshot({ path: join(OUT, 'stage-1280-derived.png'), clip: { x: 0, y: 0, ...DESKTOP } });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a 2-D regression set: the surface with its colour scale, R² in the figures, and the problem type switches sets', async () => {
  const page = await openPage(h, '#data=plane', DESKTOP);
  assert.equal(await page.inputValue('#bar-problem'), 'regression');
  await page.click('#train');
  await waitTrainingDone(page);
  const figures = await page.textContent('#latest-metrics');
  const r2 = Number(figures.match(/Validation R²\s*([-\d.]+)/)?.[1]);
  assert.ok(r2 >= 0.9, `validation R² ${r2} (${figures})`);
  assert.match(await page.textContent('#boundary-panel .legend'), /target/);
  await assertInFirstViewport(page, ['#boundary', '#chart-accuracy', '#chart-loss'], DESKTOP);
  await page.screenshot({ path: join(OUT, 'stage-1280-regression.png'), clip: { x: 0, y: 0, ...DESKTOP } });
  await page.selectOption('#bar-problem', 'classification');
  await page.waitForFunction(() => document.querySelector('#dataset').value === 'circles');
  assert.deepEqual(page.errors, []);
  await page.close();
});
