// The drawing pad of image data (MNIST) in Debian's Chromium: digits drawn with the mouse
// and predicted, the data's examples on the pad, from the keyboard too, in both languages,
// and in the widget (charts="draw"). Run: bash scripts/build-web.sh && node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startHarness, openPage, shot, waitTrainingDone, addWidget, contrastProblems, latest, percent, OUT, ROOT } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

/**
 * Strokes drawn with the mouse on a pad, each a list of points in the pad's own 0..1 coordinates.
 * @param {import('playwright-core').Locator} pad @param {[number, number][][]} strokes
 */
async function draw(page, pad, strokes) {
  const box = await pad.boundingBox();
  for (const stroke of strokes) {
    const at = ([x, y]) => [box.x + x * box.width, box.y + y * box.height];
    await page.mouse.move(...at(stroke[0]));
    await page.mouse.down();
    for (const p of stroke.slice(1)) await page.mouse.move(...at(p), { steps: 4 });
    await page.mouse.up();
  }
}

const ONE = [[[0.5, 0.15], [0.5, 0.85]]];  // a vertical stroke
// A ring, drawn clockwise from the top and closed.
const ZERO = [Array.from({ length: 33 }, (_, i) => [0.5 + 0.24 * Math.sin((i * Math.PI) / 16), 0.5 - 0.33 * Math.cos((i * Math.PI) / 16)])];

const predicted = (page) => page.$eval('#draw-result', (p) => p.dataset.predicted ?? null);

test('MNIST: a "1" and a "0" drawn with the mouse are predicted as 1 and 0; examples load and step from the keyboard', async () => {
  const page = await openPage(h, '#data=mnist&subset=5000&epochs=15', { width: 1280, height: 800 });
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.startsWith('5,000 rows'), null, { timeout: 120000 });
  await page.waitForSelector('#draw-pad', { state: 'visible' });  // image data: the pad is on the stage (its views load with it)
  assert.match(await page.textContent('#draw-result'), /Draw on the pad, or load an example/);
  // The data preview shows the first rows as pictures, each with its class.
  const pictures = await page.$$eval('#preview-pictures li', (lis) => lis.map((li) => ({
    label: li.textContent, size: li.querySelector('canvas').width,
    ink: [...li.querySelector('canvas').getContext('2d').getImageData(0, 0, 28, 28).data].some((v, i) => i % 4 === 0 && v > 200) })));
  assert.equal(pictures.length, 10);
  for (const p of pictures) assert.ok(/^\d$/.test(p.label) && p.size === 28 && p.ink, JSON.stringify(p));
  await page.click('#train');
  await waitTrainingDone(page, 300000);
  const pad = page.locator('#draw-pad');
  await draw(page, pad, ONE);
  await page.waitForFunction(() => document.querySelector('#draw-result').dataset.predicted === '1', null, { timeout: 30000 })
    .catch(async () => assert.fail(`a vertical stroke was predicted as ${await predicted(page)}`));
  // What the network receives: a 28 × 28 picture with ink in its middle column.
  const seen = await page.$eval('#draw-seen', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, 28, 28).data;
    return { side: c.width, middle: d[4 * (14 * 28 + 14)], corner: d[0] };
  });
  assert.deepEqual(seen, { side: 28, middle: 255, corner: 0 });
  // The first layer's 64 units as pictures of their weights; one pointed at shows its output for the drawing.
  await page.waitForFunction(() => [...document.querySelectorAll('#unit-pictures canvas.unit-picture')].filter((u) => u.width === 28).length === 64);
  const colours = await page.$eval('#unit-pictures canvas.unit-picture', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, 28, 28).data;
    let blue = 0; let orange = 0;
    for (let i = 0; i < d.length; i += 4) { if (d[i + 2] > d[i] + 40) blue++; if (d[i] > d[i + 2] + 40) orange++; }
    return { blue, orange };
  });
  assert.ok(colours.blue > 20 && colours.orange > 20, `positive and negative weights: ${JSON.stringify(colours)}`);
  await page.hover('#unit-pictures canvas.unit-picture:nth-child(3)');
  await page.waitForFunction(() => /^Unit 3 outputs \S+ for the drawing\.$/.test(document.querySelector('#unit-picture-about').textContent));
  assert.equal(await page.isVisible('#unit-picture-large'), true);
  await page.locator('#unit-pictures-section').screenshot({ path: join(OUT, 'draw-units.png') });
  await page.click('#draw-clear');
  await page.waitForFunction(() => document.querySelector('#draw-result').dataset.predicted === undefined);  // cleared: nothing to predict
  assert.match(await page.textContent('#unit-picture-about'), /^Unit \d+: draw on the pad to see its output\.$/);
  await draw(page, pad, ZERO);
  await page.waitForFunction(() => document.querySelector('#draw-result').dataset.predicted === '0', null, { timeout: 30000 })
    .catch(async () => assert.fail(`a ring was predicted as ${await predicted(page)}`));
  assert.equal(await page.$$eval('#draw-bars li', (li) => li.length), 10, 'a bar per class');
  // A mistake's pictures: the first count off the diagonal, the surest first; one chosen goes
  // on the pad and is predicted as the matrix counted it.
  const cell = page.locator('#confusion td.off button.cell-count').first();
  const [, actual, wrong] = (await cell.getAttribute('aria-label')).match(/actual (\d), predicted (\d)/);
  await cell.click();
  await page.waitForSelector('#cell-pictures button.cell-picture');
  const sure = await page.$$eval('#cell-pictures button.cell-picture span', (s) => s.map((x) => parseFloat(x.textContent)));
  for (let i = 1; i < sure.length; ++i) assert.ok(sure[i] <= sure[i - 1], `the surest first: ${sure}`);
  assert.match(await page.textContent('#cell-pictures-about'), new RegExp(`^Actual ${actual}, predicted ${wrong}: `));
  await page.click('#cell-pictures button.cell-picture');
  await page.waitForFunction((a) => new RegExp(`, of class ${a}: draw over it`).test(document.querySelector('#draw-example').textContent), actual);
  await page.waitForFunction((p) => document.querySelector('#draw-result').dataset.predicted === p, wrong);
  await page.locator('#confusion-section').screenshot({ path: join(OUT, 'draw-confusion-cell.png') });
  await shot(page, 'draw-1280');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, 'draw-stage-1280.png') });
  // An example of the validation rows, then the next one, from the keyboard.
  // (The pad counts the examples it has shown: the one chosen above is already there.)
  const shown = await page.$eval('#draw-pad', (p) => Number(p.dataset.examples));
  await page.click('#draw-random');
  await page.waitForFunction((n) => Number(document.querySelector('#draw-pad').dataset.examples) === n + 1, shown);
  assert.match(await page.textContent('#draw-example'), /^Validation example [\d,]+ of 1,000, of class \d/);
  const number = (text) => Number(text.match(/example ([\d,]+)/)[1].replace(/,/g, ''));
  const first = number(await page.textContent('#draw-example'));
  await page.focus('#draw-next');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelector('#draw-example').textContent.startsWith(`Validation example ${(n % 1000) + 1} `), first);
  await page.waitForFunction(() => /^\d$/.test(document.querySelector('#draw-result').dataset.predicted ?? ''));
  // Its class is said, and the network's answer for it; the pad's text alternative is that answer.
  assert.equal(await page.getAttribute('#draw-pad', 'aria-describedby'), 'draw-result');
  assert.equal(await page.getAttribute('#draw-result', 'aria-live'), 'polite');
  assert.deepEqual(await contrastProblems(page), [], 'text contrast');
  // In Chinese: the same pad, its texts translated.
  await page.selectOption('#language', 'zh-CN');
  await page.waitForFunction(() => /^验证集第 \d+ 个样本/.test(document.querySelector('#draw-example').textContent));
  assert.match(await page.textContent('#draw-section'), /书写并预测/);
  assert.match(await page.textContent('#draw-result'), /把握/);
  await shot(page, 'draw-zh-CN');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, 'draw-stage-zh-CN.png') });
  // At phone width: no sideways scrolling, the pad whole on screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#draw-pad').scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => document.scrollingElement.scrollWidth <= 390), 'no sideways scrolling');
  const padBox = await page.locator('#draw-pad').boundingBox();
  assert.ok(padBox.x >= 0 && padBox.x + padBox.width <= 390, `the pad fits: ${JSON.stringify(padBox)}`);
  await page.locator('#draw-section').screenshot({ path: join(OUT, 'draw-390-zh-CN.png') });
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget: charts="draw" puts the pad in a lesson page', async () => {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1000, height: 900 });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${h.url}examples/lesson.html`);
  await addWidget(page, 'pad', { dataset: 'mnist', subset: '1000', epochs: '3', controls: 'train', charts: 'draw,accuracy', autoplay: '' });
  const training = await page.evaluate(() => window.__heard.pad.trained);
  assert.ok(training, 'it trained');
  const pad = page.locator('#pad #draw-pad');
  assert.equal(await pad.isVisible(), true);
  await draw(page, pad, ONE);
  await page.waitForFunction(() => /^\d$/.test(document.getElementById('pad').shadowRoot.querySelector('#draw-result').dataset.predicted ?? ''));
  assert.equal(await page.$eval('#pad', (w) => w.shadowRoot.querySelectorAll('#draw-bars li').length), 10);
  await page.locator('#pad').screenshot({ path: join(OUT, 'draw-widget.png') });
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** An IDX file as MNIST ships it: two zero bytes, type 0x08, the dimensions, their sizes big-endian, the bytes. */
function idx(sizes, values) {
  const out = Buffer.alloc(4 + 4 * sizes.length + values.length);
  out.set([0, 0, 0x08, sizes.length]);
  sizes.forEach((n, d) => out.writeUInt32BE(n, 4 + 4 * d));
  out.set(values, 4 + 4 * sizes.length);
  return out;
}

test('IDX files (MNIST\'s format, gzip-compressed) chosen together load as pictures and train; one alone, or two swapped, is said', async () => {
  // The built-in CSV's first 1,500 digits, written as MNIST ships them.
  const rows = readFileSync(join(ROOT, 'dist', 'data', 'mnist.csv'), 'utf8').split('\n').slice(1, 1501).map((l) => l.split(',').map(Number));
  const images = idx([rows.length, 28, 28], rows.flatMap((r) => r.slice(1)));
  const labels = idx([rows.length], rows.map((r) => r[0]));
  const file = (name, bytes) => ({ name, mimeType: 'application/gzip', buffer: gzipSync(bytes) });
  const page = await openPage(h, '#lang=en', { width: 1280, height: 800 });  // the first test's switch to Chinese is remembered
  await page.setInputFiles('#csv-file', [file('train-labels-idx1-ubyte.gz', labels), file('train-images-idx3-ubyte.gz', images)]);
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.startsWith('1,500 rows'), null, { timeout: 60000 });
  assert.match(await page.textContent('#data-summary'), /10 classes/);
  await page.waitForSelector('#draw-pad', { state: 'visible' });  // pictures: the pad
  assert.equal(await page.$$eval('#preview-pictures li', (li) => li.length), 10, 'the preview shows them as pictures');
  // One file alone: said, and the pictures stay loaded.
  await page.setInputFiles('#csv-file', [file('train-labels-idx1-ubyte.gz', labels)]);
  await page.waitForSelector('#data-error:not([hidden])');
  assert.match(await page.textContent('#data-error'), /“train-labels-idx1-ubyte\.gz” is an IDX file: MNIST’s format is two files/);
  // The two files' contents swapped: the engine says which file is wrong.
  await page.setInputFiles('#csv-file', [file('a-images-idx3-ubyte.gz', labels), file('a-labels-idx1-ubyte.gz', images)]);
  await page.waitForFunction(() => /the pictures file has the wrong number of dimensions \(1; pictures have 3/.test(document.querySelector('#data-error').textContent));
  assert.match(await page.textContent('#data-summary'), /^1,500 rows/, 'what was loaded stays');
  await page.fill('[data-field=epochs] input', '3');
  await page.waitForFunction(() => document.querySelector('#progress-text').textContent.includes('of 3'));
  await page.click('#train');
  await waitTrainingDone(page, 120000);
  const [, , validation] = await latest(page);
  assert.ok(percent(validation) > 0.7, `validation accuracy ${validation} after 3 epochs`);
  assert.deepEqual(page.errors, []);
  await page.close();
});
