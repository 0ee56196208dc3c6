// Project files in Debian's Chromium: the page saves the whole session and opens it again
// as it was (data, settings, runs with their curves, network, challenge), training then goes
// on from where it stopped; a widget's src may name a project file; a bad file changes nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startHarness, openPage, waitTrainingDone, latest, plotted, addWidget, shot } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const runTexts = (page) => page.$$eval('#run-list li.run', (rows) => rows.map((r) => [r.querySelector('input.run-name').value,
  r.querySelector('.run-meta').textContent, r.classList.contains('current')]));
const settingsOf = (hash) => { const q = new URLSearchParams(hash.slice(1)); q.delete('lang'); return q.toString(); };

async function saveProject(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-project')]);
  assert.match(download.suggestedFilename(), /\.nnplay$/);
  return download.path();
}

test('a project saved and opened again is the session as it was, and Train goes on from its last epoch', async () => {
  const page = await openPage(h, '#data=moons&epochs=8&lr=0.1&challenge=val_acc%3E%3D0.99');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.fill('[data-field=learning_rate] input', '0.03');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.waitForFunction(() => document.querySelectorAll('#run-list li.run').length === 2);
  await page.fill('#run-list li.run:first-child input.run-name', 'fast');
  await page.press('#run-list li.run:first-child input.run-name', 'Enter');
  const before = { hash: settingsOf(await page.evaluate(() => location.hash)), runs: await runTexts(page),
    tiles: await latest(page), points: await plotted(page), progress: await page.textContent('#progress-text') };
  const file = await saveProject(page);
  assert.match(await page.textContent('#model-io-message'), /Saved the project as “moons\.nnplay” \(\d+ kB\)/);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.format, 'nnplay-project');
  assert.deepEqual(saved.data, { kind: 'builtin', name: 'moons' });
  assert.equal(saved.model.epochs_trained, 8);

  const other = await openPage(h, '#data=xor&epochs=3');
  await other.click('#train');
  await waitTrainingDone(other);
  await other.setInputFiles('#open-project', file);
  await other.waitForSelector('#model-io-message:has-text("Opened the project")');
  await other.waitForFunction(() => /Epoch 8 of 8/.test(document.querySelector('#progress-text').textContent));
  assert.equal(settingsOf(await other.evaluate(() => location.hash)), before.hash, 'the same settings');
  assert.deepEqual(await runTexts(other), before.runs, 'the same runs, names and figures');
  assert.deepEqual(await latest(other), before.tiles, 'the same scores');
  assert.equal(await plotted(other), before.points, 'the same curve');
  assert.match(await other.textContent('#challenge-section'), /val_acc|validation accuracy/i);
  await shot(other, 'project-opened');
  // Train goes on from epoch 8: the curve continues, in the same run.
  await other.fill('[data-field=epochs] input', '12');
  await other.waitForFunction(() => document.querySelector('#progress-text').textContent.includes('Epoch 8 of 12'));
  await other.click('#train');
  await waitTrainingDone(other);
  assert.equal(await plotted(other), 12);
  assert.match(await other.textContent('#run-list li.run.current'), /12 epochs/);
  assert.equal((await runTexts(other)).length, before.runs.length);

  // A bad file: the message names it, and the session stays as it was.
  const bad = { name: 'broken.nnplay', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...saved, runs: [{ history: 'none' }] })) };
  await other.setInputFiles('#open-project', bad);
  await other.waitForSelector('#model-io-message.field-error');
  assert.match(await other.textContent('#model-io-message'), /project file’s runs\[0\]\.settings must be the settings as a link writes them/);
  assert.equal(await plotted(other), 12);
  // A network the engine cannot read is refused before the data or settings change.
  const brokenModel = structuredClone(saved.model);
  brokenModel.layers[1].weights.pop();
  const badModel = { name: 'bad-model.nnplay', mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ ...saved, data: { kind: 'builtin', name: 'circles' }, model: brokenModel })) };
  const hash = await other.evaluate(() => location.hash);
  await other.setInputFiles('#open-project', badModel);
  await other.waitForFunction(() => /layers\[1\]\.weights/.test(document.querySelector('#model-io-message').textContent));
  assert.equal(await other.evaluate(() => location.hash), hash, 'the settings as they were');
  assert.equal(await other.$eval('#dataset', (s) => s.value), 'moons');
  assert.equal(await plotted(other), 12);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(other.errors, []);
  await page.close();
  await other.close();
});

test('a CSV project holds the file itself, its target and ignored columns', async () => {
  const page = await openPage(h, '#data=circles');
  const csv = 'size,colour,id,kind\n' + Array.from({ length: 60 }, (_, i) => `${i % 10},${['red', 'blue'][i % 2]},${i},${i % 10 > 4 ? 'big' : 'small'}`).join('\n') + '\n';
  await page.setInputFiles('#csv-file', { name: 'things.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('target “kind”'));
  const file = await saveProject(page);
  const saved = JSON.parse(await readFile(file, 'utf8'));
  assert.equal(saved.data.kind, 'csv');
  assert.equal(saved.data.text, csv);
  assert.equal(saved.data.name, 'things.csv');
  const other = await openPage(h, '#data=iris');
  await other.setInputFiles('#open-project', file);
  await other.waitForSelector('#model-io-message:has-text("Opened the project")');
  assert.equal(saved.data.target, 'kind');
  assert.match(await other.textContent('#data-summary'), /target “kind”/);
  assert.match(await other.textContent('#data-summary'), /60 rows/);
  // A project whose CSV does not load: the data panel says why; the data, settings and network stay.
  await other.click('#step');
  await other.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '1');
  const hash = await other.evaluate(() => location.hash);
  const broken = { ...saved, data: { ...saved.data, text: 'size,colour,id,kind\n1,red,2\n' } };
  await other.setInputFiles('#open-project', { name: 'broken-data.nnplay', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await other.waitForSelector('#data-error:not([hidden])');
  assert.match(await other.textContent('#data-summary'), /target “kind”/);
  assert.equal(await other.evaluate(() => location.hash), hash);
  await other.click('#step');
  await other.waitForFunction(() => document.querySelector('#chart-accuracy').dataset.points === '2');
  assert.match(await other.textContent('#progress-text'), /Epoch 2 of/);
  assert.deepEqual(other.errors, []);
  await page.close();
  await other.close();
});

test('a widget whose src names a project file opens it, and trains on from its epoch', async () => {
  const page = await openPage(h, '#data=circles&epochs=6');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.fill('[data-field=epochs] input', '9');  // 6 trained, 9 to go to
  await page.waitForFunction(() => document.querySelector('#progress-text').textContent.includes('Epoch 6 of 9'));
  const text = await readFile(await saveProject(page), 'utf8');
  await page.close();
  const lesson = await h.context.newPage();
  lesson.errors = [];
  lesson.on('pageerror', (e) => lesson.errors.push(e.message));
  await lesson.goto(`${h.url}examples/lesson.html`);
  await lesson.route('**/lesson-start.nnplay', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: text }));
  await addWidget(lesson, 'from-project', { src: 'lesson-start.nnplay' });
  const points = () => lesson.$eval('#from-project', (el) => Number(el.shadowRoot.querySelector('#chart-accuracy')?.dataset.points ?? 0));
  await lesson.waitForFunction(() => document.getElementById('from-project').shadowRoot.querySelector('#progress-text')?.textContent.includes('Epoch 6 of 9'));
  assert.equal(await points(), 6, 'the project\'s curve');
  await lesson.$eval('#from-project', (el) => el.shadowRoot.querySelector('#train').click());
  await lesson.evaluate(() => window.__heard['from-project'].trained);
  assert.equal(await points(), 9);
  // A src that is no project: the widget says so and stays usable.
  await lesson.route('**/not-a-project.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"format": "nnplay-model"}' }));
  await addWidget(lesson, 'bad-project', { src: 'not-a-project.json' });
  const error = await lesson.evaluate(() => window.__heard['bad-project'].error);
  assert.match(error.message, /Could not open the project: “not-a-project\.json” is a model file, not a project/);
  assert.deepEqual(lesson.errors, []);
  await lesson.close();
});
