// The page keeps working and keeps the learner's work when things go wrong: hostile text
// in files, links and widget attributes stays text; a crashed worker is restarted with
// the same data and settings; training goes on in a background tab; everything runs
// under the site's Content-Security-Policy (scripts/serve.mjs sends it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, openPage, plotted, waitTrainingDone, addWidget } from './harness.mjs';
import { CSP } from '../../scripts/serve.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

const PAYLOADS = ['<img src=x onerror="window.__xss=1">', '"><script>window.__xss=2</script>', 'javascript:window.__xss=3',
  '<svg onload="window.__xss=4">'];

const csv = (rows = 60) => {
  const quote = (t) => `"${t.replace(/"/g, '""')}"`;
  const lines = [`${quote(PAYLOADS[0])},${quote(PAYLOADS[3])},label`];
  for (let i = 0; i < rows; ++i) lines.push(`${i % 7},${(i * 3) % 5},"${i % 2 ? PAYLOADS[1].replace(/"/g, '""') : 'plain'}"`);
  return lines.join('\n') + '\n';
};

test('robustness: the site runs under its Content-Security-Policy, with no violation', async () => {
  assert.match(CSP, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(CSP, /'unsafe-inline'/);
  const page = await openPage(h, '#data=circles&epochs=5');
  await page.click('#train');
  await waitTrainingDone(page);
  assert.equal(await plotted(page), 5);
  assert.deepEqual(page.errors.filter((e) => /Content Security Policy/i.test(e)), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('robustness: hostile text in a CSV, a link and widget attributes is shown as text, never run', async () => {
  const hash = `#data=${encodeURIComponent(PAYLOADS[1])}&lr=${encodeURIComponent(PAYLOADS[0])}&layers=${encodeURIComponent(PAYLOADS[3])}`;
  const page = await openPage(h, hash);
  const notice = await page.textContent('#notice');
  assert.ok(notice.includes(`unknown data set "${PAYLOADS[1]}"`), notice);
  assert.ok(notice.includes(PAYLOADS[0]), 'the bad value is quoted as text');
  await page.setInputFiles('#csv-file', { name: `${PAYLOADS[0]}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv()) });
  await page.waitForFunction(() => /\b60 rows\b/.test(document.querySelector('#data-counts')?.textContent));
  await page.click('#train');
  await waitTrainingDone(page);
  const shown = await page.evaluate(() => document.body.innerText);
  assert.ok(shown.includes(PAYLOADS[0]) && shown.includes(PAYLOADS[3]), 'the headers are shown as they are');
  // Widgets: attributes with payloads, on a page of their own.
  const lesson = await h.context.newPage();
  await lesson.goto(`${h.url}examples/lesson.html`);
  await addWidget(lesson, 'hostile', { dataset: PAYLOADS[1], lr: PAYLOADS[0], controls: PAYLOADS[3], src: '' });
  await lesson.locator('#hostile').evaluate((el) => el.ready);
  const widgetNotice = await lesson.$eval('#hostile', (el) => el.shadowRoot.querySelector('.notice').textContent);
  assert.ok(widgetNotice.includes(PAYLOADS[1]) && widgetNotice.includes(PAYLOADS[0]), widgetNotice);
  await lesson.waitForTimeout(300);
  for (const p of [page, lesson]) {
    assert.equal(await p.evaluate(() => window.__xss ?? null), null, 'no payload ran');
    assert.equal(await p.evaluate(() => document.querySelectorAll('img[src=x], svg[onload], script:not([src])').length), 0);
  }
  await lesson.close();
  await page.close();
});

test('robustness: after a worker crash the page offers a restart that keeps the data and settings', async () => {
  const page = await openPage(h, '#data=circles&epochs=100000&lr=0.02');
  await page.setInputFiles('#csv-file', { name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv(80)) });
  // "80" alone would match the circles' "validation 80": wait for the file's own count.
  await page.waitForFunction(() => /\b80 rows\b/.test(document.querySelector('#data-counts')?.textContent));
  await page.fill('#config-panel input[name=learning_rate]', '0.005');
  await page.waitForFunction(() => location.hash.includes('lr=0.005'));
  await page.click('#train');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy').dataset.points) > 3);
  // The worker dies (as on an out-of-memory abort): its error event reaches the page.
  await page.evaluate(() => window.nnplayApp.session.client.worker.dispatchEvent(new ErrorEvent('error', { message: 'RuntimeError: unreachable' })));
  await page.waitForSelector('#train-status button.restart');
  assert.match(await page.textContent('#train-status'), /engine stopped unexpectedly \(RuntimeError: unreachable\)\. Your data and settings are kept/);
  assert.equal(await page.isDisabled('#train'), true);
  assert.match(await page.textContent('#train-blocker'), /restart it to train/);
  await page.click('#train-status button.restart');
  await page.waitForFunction(() => /Restarted/.test(document.querySelector('#train-status').textContent));
  assert.equal(await page.inputValue('#config-panel input[name=learning_rate]'), '0.005');
  assert.match(await page.textContent('#data-summary'), /80/);
  assert.match(await page.$eval('#dataset', (s) => s.selectedOptions[0].textContent), /mine\.csv/);
  await page.fill('#config-panel input[name=epochs]', '3');
  await page.waitForFunction(() => location.hash.includes('epochs=3'));
  await page.click('#train');
  await waitTrainingDone(page);
  assert.equal(await plotted(page), 3);
  assert.deepEqual(page.errors.filter((e) => !/unreachable/.test(e)), []);
  await page.close();
});

test('robustness: training survives the page being frozen (a background tab) and the page catches up', async () => {
  const page = await openPage(h, '#data=spirals&epochs=1000000');
  await page.click('#train');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy').dataset.points) > 5);
  // Frozen, as Chromium does to background tabs: no tasks, no frames, until it is active again.
  const cdp = await page.context().newCDPSession(page);
  const before = await plotted(page);
  await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
  await new Promise((r) => setTimeout(r, 1500));
  await cdp.send('Page.setWebLifecycleState', { state: 'active' });
  await page.waitForFunction((n) => Number(document.querySelector('#chart-accuracy').dataset.points) > n + 5, before);
  await page.click('#pause');
  await waitTrainingDone(page);
  const epoch = Number((await page.textContent('#train-status')).match(/Paused at epoch (\d+)/)[1]);
  assert.ok(epoch > before, `trained on: epoch ${epoch} after ${before}`);
  assert.equal(await plotted(page), epoch, 'every epoch trained while frozen reached the chart');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('robustness: a worker that ends without an error (stopped by the browser) is noticed, and restarts', async () => {
  const page = await openPage(h, '#data=circles&epochs=100000');
  await page.click('#train');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy').dataset.points) > 3);
  // Ended from outside, as the browser ends a worker: no error event, no message.
  await page.evaluate(() => window.nnplayApp.session.client.worker.terminate());
  await page.waitForSelector('#train-status button.restart', { timeout: 10000 });
  assert.match(await page.textContent('#train-status'), /engine stopped unexpectedly \(the engine’s worker ended without an error/);
  assert.equal(await page.evaluate(() => document.body.dataset.training), 'false', 'not "training" forever');
  await page.click('#train-status button.restart');
  await page.waitForFunction(() => /Restarted/.test(document.querySelector('#train-status').textContent));
  await page.close();
});


test('robustness: a model file larger than the engine takes is refused by its size, before it is read', async () => {
  const page = await openPage(h, '#data=circles');
  // A small file that says it is 700 MB: the page must not read it to find out.
  await page.evaluate(() => {
    const input = document.querySelector('#import-model');
    const file = new File(['{}'], 'huge-model.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 700e6 });
    file.text = () => { window.__read = true; return Promise.resolve('{}'); };
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
  });
  await page.waitForSelector('#model-io-message:has-text("700 MB")');
  assert.match(await page.textContent('#model-io-message'), /“huge-model\.json” is 700 MB; model files of up to 537 MB can be imported/);
  assert.equal(await page.evaluate(() => window.__read), undefined, 'not read');
  await page.close();
});

test('robustness: when the CSV reader cannot be downloaded, the message says so, the data stays, and the next try works', async () => {
  // The module's second file (CSV reading) is fetched when a CSV first comes: here, offline.
  const offline = (route) => route.abort('internetdisconnected');
  await h.context.route('**/nnplay-core.deferred.wasm', offline);
  const page = await openPage(h, '#data=circles');
  const people = 'height,weight,label\n' + Array.from({ length: 40 }, (_, i) => `${150 + i},${50 + (i * 7) % 30},${i % 2 ? 'a' : 'b'}`).join('\n') + '\n';
  try {
    await page.setInputFiles('#csv-file', { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(people) });
    await page.waitForSelector('#data-error:not([hidden])');
    const error = await page.textContent('#data-error');
    assert.match(error, /Could not load “people\.csv”/);
    assert.match(error, /could not load the engine's part that reads CSV and model files .*nnplay-core\.deferred\.wasm.*Check the connection and try again/);
    assert.match(error, /Still loaded: “Circles” \(400 rows\)/);
    assert.equal(await page.isDisabled('#train'), false, 'the circles still train');
  } finally {
    await h.context.unroute('**/nnplay-core.deferred.wasm', offline);
  }
  // Back online: the same file loads.
  await page.setInputFiles('#csv-file', { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(people) });
  await page.waitForFunction(() => /\b40 rows\b/.test(document.querySelector('#data-counts').textContent));
  assert.equal(await page.isHidden('#data-error'), true);
  assert.deepEqual(page.errors.filter((e) => !/nnplay-core\.deferred\.wasm|ERR_INTERNET_DISCONNECTED/.test(e)), []);
  await page.close();
});
