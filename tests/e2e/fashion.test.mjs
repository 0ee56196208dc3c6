// Fashion-MNIST in Debian's Chromium: chosen from the data menu, its four gzip-compressed
// IDX files downloaded with progress and decompressed in the worker, an epoch trained on
// its 54,000 training pictures, its own 10,000 test pictures scored when the run ends; the
// classes named in both languages. Run: bash scripts/build-web.sh && node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startHarness, openPage, waitTrainingDone, OUT } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

test('Fashion-MNIST: downloads with progress, trains an epoch, says its test accuracy; classes named in English and Chinese', async () => {
  // Every loading text shown while the files arrive.
  const page = await openPage(h, '#data=fashion-mnist&epochs=1&lang=en', { width: 1280, height: 900 }, (p) => p.addInitScript(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const text = document.querySelector('.load-status')?.textContent;
      if (text && text !== window.__progress.at(-1)) window.__progress.push(text);
    }).observe(document, { childList: true, characterData: true, subtree: true });
  }));
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.startsWith('70,000 rows'), null, { timeout: 120000 });
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.some((p) => /^Reading [\d.]+ MB of 30\.\d+ MB$/.test(p)), `progress shown: ${JSON.stringify(progress.slice(0, 5))}`);
  assert.match(await page.textContent('#data-summary'), /train 54,000 \/ validation 6,000 \/ test 10,000.*10 classes: T-shirt\/top \(7,000\)Trouser \(7,000\)/);
  await page.waitForSelector('#draw-pad', { state: 'visible' });

  // One epoch of the preset's network (784-256-128-10, Adam), then the test pictures scored.
  await page.click('#train');
  await waitTrainingDone(page, 300000);
  const status = await page.textContent('#train-status');
  const m = status.match(/^Done: 1 epoch, validation accuracy ([\d.]+)%; test accuracy ([\d.]+)% on the 10,000 test rows\.$/);
  assert.ok(m, status);
  assert.ok(Number(m[2]) > 75, `test accuracy after one epoch: ${m[2]}%`);
  // The preset's training figures are the epoch's batches': the tiles say so.
  assert.match(await page.textContent('#latest-metrics'), /Train accuracy \(the epoch’s batches\)/);
  assert.equal(await page.$$eval('#confusion-panel thead th', (th) => th.map((c) => c.textContent).slice(1, 3).join('|')), 'T-shirt/top|Trouser');
  await page.locator('#draw-section').screenshot({ path: join(OUT, 'fashion-draw.png') });

  // In Chinese: the classes, the status, the summary.
  await page.selectOption('#language', 'zh-CN');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.match(await page.textContent('#train-status'), /在 10,000 行测试集上的测试准确率 [\d.]+%/);
  assert.equal(await page.$$eval('#confusion-panel thead th', (th) => th.map((c) => c.textContent).slice(1, 3).join('|')), 'T恤/上衣|裤子');
  await page.waitForFunction(() => document.querySelector('#network-svg').textContent.includes('T恤/上衣'), null, { timeout: 10000 })
    .catch(() => assert.fail('the diagram names the classes in Chinese'));
  assert.match(await page.textContent('#data-summary'), /T恤\/上衣（7,000）裤子（7,000）/);
  await page.screenshot({ path: join(OUT, 'fashion.zh-CN.png'), fullPage: false });
  assert.deepEqual(page.errors, []);
  await page.selectOption('#language', 'en');  // the choice is remembered: the other tests start in English
  await page.close();
});
