// The training buttons' keyboard shortcuts (Alt+Shift+T, P, S, R): on the page from
// anywhere, and in a widget of the lesson page only while the focus is inside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openPage, waitTrainingDone } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

test('shortcuts: Alt+Shift+S steps, T trains, P pauses, R resets; they are listed in the page and on the buttons', async () => {
  const page = await openPage(h, '#epochs=100000');
  assert.equal(await page.getAttribute('#train', 'aria-keyshortcuts'), 'Alt+Shift+T');
  assert.match(await page.textContent('footer'), /outside text fields: Alt\+Shift\+T trains/);
  await page.keyboard.press('Alt+Shift+KeyS');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy')?.dataset.points) === 1);
  // Not in a text field, where the keys type characters on a Mac (Option+Shift+T is ˇ).
  await page.focus('[data-bar-field=learning_rate] input');
  await page.keyboard.press('Alt+Shift+KeyT');
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => document.body.dataset.training), 'false');
  await page.focus('#bar-activation');
  await page.keyboard.press('Alt+Shift+KeyT');
  await page.waitForFunction(() => document.body.dataset.training === 'true');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy').dataset.points) >= 3);
  await page.keyboard.press('Alt+Shift+KeyP');
  await waitTrainingDone(page);
  assert.match(await page.textContent('#train-status'), /Paused at epoch/);
  await page.keyboard.press('Alt+Shift+KeyR');
  await page.waitForFunction(() => /Epoch 0 of/.test(document.querySelector('#progress-text').textContent));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('shortcuts: a widget answers only while the focus is inside it', async () => {
  const page = await h.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${h.url}examples/lesson.html`);
  await page.waitForFunction(() => document.getElementById('lesson-underfit')?.shadowRoot?.querySelector('#train'));
  await page.$eval('#lesson-underfit', (el) => el.ready);
  await page.$eval('#lesson-overfit', (el) => { el.scrollIntoView(); return el.ready; });
  const points = (id) => page.$eval(`#${id}`, (el) => Number(el.shadowRoot.querySelector('#chart-accuracy')?.dataset.points ?? 0));
  // Focus nowhere in a widget: nothing happens.
  await page.keyboard.press('Alt+Shift+KeyT');
  await page.waitForTimeout(500);
  assert.equal(await points('lesson-underfit'), 0);
  // Focus on the first widget's Reset button: Step is not among its controls, so Alt+Shift+S
  // does nothing; Alt+Shift+T trains that widget alone, Alt+Shift+P pauses it.
  await page.$eval('#lesson-underfit', (el) => el.shadowRoot.querySelector('#reset').focus());
  await page.keyboard.press('Alt+Shift+KeyS');
  await page.waitForTimeout(500);
  assert.equal(await points('lesson-underfit'), 0);
  await page.keyboard.press('Alt+Shift+KeyT');
  await page.waitForFunction(() => Number(document.getElementById('lesson-underfit').shadowRoot.querySelector('#chart-accuracy')?.dataset.points) >= 1);
  await page.keyboard.press('Alt+Shift+KeyP');
  await page.waitForFunction(() => document.getElementById('lesson-underfit').dataset.training === 'false');
  assert.equal(await page.$eval('#lesson-overfit', (el) => el.dataset.training), 'false');
  assert.equal(await page.$eval('#lesson-overfit', (el) => el.shadowRoot.querySelector('#chart-loss')?.dataset.points ?? '0'), '0');
  assert.deepEqual(errors, []);
  await page.close();
});
