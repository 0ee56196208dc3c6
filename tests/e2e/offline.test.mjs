// The offline copy (web/offline/): after one visit the page, the widget's lesson page and
// the built-in data set that was used load and train with the network gone; a new build
// is offered with a note, and taken on Reload. On a copy of dist/ served at its root,
// since the test changes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, shot, waitTrainingDone, ROOT } from './harness.mjs';

let h;
let site;
before(async () => {
  site = mkdtempSync(join(tmpdir(), 'nnplay-offline-site-'));
  cpSync(join(ROOT, 'dist'), site, { recursive: true });
  h = await startHarness({ serviceWorkers: 'allow', root: site });
});
after(async () => {
  await h?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** A page that records errors; `path` relative to the site. */
async function open(path) {
  const page = await h.context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(h.url + path);
  return page;
}

const cacheNames = (page) => page.evaluate(() => caches.keys());

test('offline: after one visit the page, the data set used and the lesson page work without the network; a new build is offered and taken', async () => {
  // The first visit: Iris, trained; the worker installs and takes over the page.
  const page = await open('#data=iris');
  await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60000 });
  const names = await cacheNames(page);
  assert.equal(names.filter((n) => n.startsWith('nnplay:/:code-')).length, 1, names.join());
  assert.equal(await page.isHidden('#update-note'), true, 'no note for the first install');
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('150'));
  // The data set goes to the cache: read before the worker took over, it is handed to it.
  await page.waitForFunction(async () => (await (await caches.open('nnplay:/:data-1')).keys())
    .some((r) => r.url.endsWith('/data/iris.csv')));
  // The manifest the page links, for installing it.
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.short_name, 'nnplay');
  assert.ok(manifest.icons.some((i) => i.sizes === '512x512'));

  // Offline: the page comes back, Iris loads from the cache, and trains.
  await h.context.setOffline(true);
  await page.reload();
  await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
  await page.waitForFunction(() => document.querySelector('#data-summary').textContent.includes('150'));
  assert.ok(await page.evaluate(() => !navigator.onLine), 'the browser is offline');
  await page.click('#train');
  await waitTrainingDone(page);
  assert.match(await page.textContent('#train-status'), /accuracy/i);
  // The chart's code, never loaded before this visit, came from the cache too.
  assert.ok(Number(await page.$eval('#chart-accuracy', (c) => c.dataset.points)) > 0);
  await shot(page, 'offline-page');
  assert.deepEqual(page.errors, []);

  // The lesson page's widgets, offline (their page was never visited).
  const lesson = await open('examples/lesson.html');
  await lesson.waitForFunction(() => document.getElementById('lesson-underfit')?.shadowRoot?.querySelector('#train'), null, { timeout: 60000 });
  await lesson.$eval('#lesson-underfit', (el) => el.ready);
  assert.deepEqual(lesson.errors, []);
  await lesson.close();

  // Back online, a new build of the site (one stylesheet changed): the next visit installs
  // it beside the running one and offers it; Reload takes it.
  await h.context.setOffline(false);
  appendFileSync(join(site, 'styles.css'), '\n/* a new build */\n');
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-service-worker.mjs'), site], { cwd: ROOT, stdio: 'ignore' });
  await page.reload();
  await page.waitForSelector('#update-note:not([hidden])', { timeout: 60000 });
  assert.match(await page.textContent('#update-note'), /newer version/);
  await shot(page, 'offline-update-note');
  await page.selectOption('#language', 'zh-CN');
  await page.waitForFunction(() => document.querySelector('#update-note').textContent.includes('新版本'));
  await shot(page, 'offline-update-note.zh-CN');
  const old = (await cacheNames(page)).find((n) => n.startsWith('nnplay:/:code-'));
  await Promise.all([page.waitForEvent('load'), page.click('#update-reload')]);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
  const after = await cacheNames(page);
  assert.equal(after.filter((n) => n.startsWith('nnplay:/:code-')).length, 1, after.join());
  assert.ok(!after.includes(old), 'the old build\'s cache is gone');
  assert.ok(after.includes('nnplay:/:data-1'), 'the data sets stay cached');
  assert.ok(await page.evaluate(async () => (await (await fetch('styles.css')).text()).includes('a new build')));
  assert.equal(await page.isHidden('#update-note'), true);
  assert.deepEqual(page.errors, []);
  await page.close();
});
