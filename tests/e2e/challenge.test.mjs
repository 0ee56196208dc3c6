// Challenges: a goal in the link or a widget's attribute, checked live for the limits and
// after each run for the score; met or not, with a result to paste that the teacher's
// builder verifies. In Debian's Chromium. Run: bash scripts/build-web.sh && node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openPage, shot, waitTrainingDone, addWidget } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const conditions = (root) => root.$$eval('#challenge-section li', (items) => items.map((li) => `${li.className} ${li.textContent.trim()}`));

test('challenge in the page: "fix the learning rate" from the guided experiment, not met, then met; the result verifies', async () => {
  const page = await openPage(h, '#lang=en');
  await page.click('a[href="#experiments-card"]');
  await page.click('details[data-experiment=diverging-learning-rate] summary');
  await page.click('a[data-challenge=diverging-learning-rate]');
  const section = page.locator('#challenge-section');
  await section.waitFor();
  await page.waitForFunction(() => document.querySelector('[data-bar-field=learning_rate] input').value === '10');
  assert.match(page.url(), /challenge=only%3Dlr%3Btrain_acc%3E%3D0\.9|challenge=only=lr;train_acc>=0\.9/, 'the link keeps the challenge');
  let items = await conditions(page);
  assert.deepEqual(items.map((i) => i.split(' ')[0]), ['met', 'pending'], items.join(' | '));
  assert.match(items[0], /change only: Learning rate α/);
  assert.match(items[1], /training accuracy ≥ 0\.9/);

  // α = 10 diverges: not met.
  await page.click('#train');
  await waitTrainingDone(page);
  await page.waitForFunction(() => document.querySelector('#challenge-section').dataset.met === 'false' &&
    document.querySelector('#challenge-section li.missed'));
  assert.match(await section.locator('.challenge-status').textContent(), /Not met yet/);

  // α = 0.3: met.
  await page.fill('[data-bar-field=learning_rate] input', '0.3');
  await page.click('#train');
  await waitTrainingDone(page);
  await page.waitForFunction(() => document.querySelector('#challenge-section').dataset.met === 'true', null, { timeout: 60000 });
  items = await conditions(page);
  assert.deepEqual(items.map((i) => i.split(' ')[0]), ['met', 'met'], items.join(' | '));
  assert.match(await section.locator('.challenge-status').textContent(), /Challenge met/);
  const result = await section.locator('textarea').inputValue();
  assert.match(result, /^nnplay challenge result\nchallenge: only=lr;train_acc>=0\.9\nmet: yes\nsettings: #data=circles&.*lr=0\.3.*\nepoch: 100\n/s);
  await section.locator('button.challenge-copy').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), result);
  await section.screenshot({ path: `${process.cwd()}/test-output/e2e/challenge-met.png` });
  await shot(page, 'challenge-page');

  // The teacher's builder checks the pasted result, and a changed one.
  await page.click('a[href="#embed-card"]');
  const check = page.getByLabel('Check a student\'s result');
  await check.fill(result);
  await page.getByText('The checksum matches: the challenge "only=lr;train_acc>=0.9" was met at epoch 100.').waitFor();
  const open = await page.locator('.embed-verdict a').getAttribute('href');
  assert.match(open, /index\.html#.*lr=0\.3.*challenge=only%3Dlr%3Btrain_acc%3E%3D0\.9/);
  await check.fill(result.replace('met: yes', 'met: no'));
  await page.getByText('This is not a result as the page wrote it').waitFor();

  // Any other change than α: the rule is broken at once, before training.
  await page.fill('[data-bar-field=learning_rate] input', '0.3');
  await page.evaluate(() => { location.hash = location.hash.replace(/epochs=\d+/, 'epochs=120'); });
  await page.waitForFunction(() => document.querySelector('#challenge-section li')?.classList.contains('missed'));
  assert.match((await conditions(page))[0], /changed: epochs/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('challenge in a widget: the attribute\'s goal, met and not met; a bad one is named', async () => {
  const page = await h.context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(`${h.url}examples/lesson.html`);
  await addWidget(page, 'met', { preset: 'circles', epochs: '40', challenge: 'val_acc>=0.8;units<=16', charts: 'loss' });
  await addWidget(page, 'missed', { preset: 'circles', epochs: '5', layers: '1', challenge: 'val_acc>=0.99', charts: 'loss' });
  await addWidget(page, 'bad', { preset: 'circles', challenge: 'val_acc>=high;speed<3', charts: 'loss' });
  const run = (id) => page.$eval(`#${id}`, async (el) => { await el.ready; await el.train(); });
  await run('met');
  await run('missed');
  const state = (id) => page.$eval(`#${id}`, (el) => {
    const section = el.shadowRoot.querySelector('#challenge-section');
    return { hidden: section.hidden, met: section.dataset.met, items: [...section.querySelectorAll('li')].map((li) => li.className),
      result: section.querySelector('textarea')?.value ?? '' };
  });
  const met = await state('met');
  assert.deepEqual({ hidden: met.hidden, met: met.met, items: met.items }, { hidden: false, met: 'true', items: ['met', 'met'] });
  assert.match(met.result, /\nmet: yes\n/);
  const missed = await state('missed');
  assert.deepEqual({ met: missed.met, items: missed.items }, { met: 'false', items: ['missed'] });
  assert.match(missed.result, /\nmet: no\n/);
  const bad = await page.$eval('#bad', async (el) => { await el.ready; return {
    notice: el.shadowRoot.querySelector('.notice').textContent, hidden: el.shadowRoot.querySelector('#challenge-section').hidden }; });
  assert.match(bad.notice, /challenge="val_acc>=high;speed<3": "val_acc>=high": val_acc is compared with a number/);
  assert.equal(bad.hidden, true, 'nothing understood: no challenge');
  await page.locator('#met').screenshot({ path: `${process.cwd()}/test-output/e2e/challenge-widget.png` });
  assert.deepEqual(page.errors, []);
  await page.close();
});
