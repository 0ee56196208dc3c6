// Shared set-up for the page tests: serves dist/ with scripts/serve.mjs, drives Debian's
// Chromium through playwright-core (never a downloaded browser), collects console
// errors and long tasks, and saves screenshots under test-output/e2e/.
import { mkdirSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'test-output', 'e2e');

/**
 * Serves the repository and opens Chromium. The site's service worker (the offline copy)
 * is blocked unless `serviceWorkers` is 'allow': it would answer requests the tests route
 * to their own responses, and cache files the tests change (tests/e2e/offline.test.mjs
 * allows it). `root` serves another folder than the repository (the page then at its root).
 * @param {{serviceWorkers?: 'allow' | 'block', root?: string}} [options]
 */
export async function startHarness({ serviceWorkers = 'block', root = null } = {}) {
  if (!existsSync(join(ROOT, 'dist', 'index.html'))) throw new Error('dist/ is missing: run bash scripts/build-web.sh');
  mkdirSync(OUT, { recursive: true });
  // The repository root is served, so the page runs from a sub-path (/dist/), as on a
  // project page; dist/ must use relative paths only for this to work.
  const { server, url: origin } = await serve(root ?? ROOT);
  const url = root ? origin : `${origin}dist/`;
  const browser = await launchChromium('nnplay-e2e-chromium',
    { acceptDownloads: true, viewport: { width: 1366, height: 900 }, serviceWorkers });
  const { context } = browser;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: origin.replace(/\/$/, '') }).catch(() => {});
  return {
    url,
    context,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A new page that records console errors, page errors and long tasks (window.__longTasks). */
export async function openPage(h, hash = '', { width = 1366, height = 900 } = {}, setUp = null) {
  const page = await h.context.newPage();
  setUp?.(page);
  await page.setViewportSize({ width, height });
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(h.url + hash);
  await page.waitForSelector('body[data-ready=true]', { timeout: 60000 });
  return page;
}

export const shot = (page, name) => page.screenshot({ path: join(OUT, `${name}.png`), fullPage: true });

/** Number of epochs plotted in the accuracy chart. */
export const plotted = (page) => page.$eval('#chart-accuracy', (c) => Number(c.dataset.points));

/** The latest metric values shown beside the charts: {epoch, trainAccuracy, ...} as text. */
export async function latest(page) {
  return page.$$eval('#latest-metrics dd', (dds) => dds.map((d) => d.textContent));
}

export const percent = (text) => Number(String(text).replace('%', '')) / 100;

/** Waits until the page says training has stopped (body[data-training=false]). */
export async function waitTrainingDone(page, timeout = 120000) {
  await page.waitForFunction(() => document.body.dataset.training === 'false', null, { timeout, polling: 100 });
}

/** Text whose contrast with its background is below WCAG AA (4.5:1, 3:1 for large text). */
export function contrastProblems(page) {
  return page.evaluate(() => {
    // "rgb(r, g, b)", "rgba(r, g, b, a)", or "color(srgb r g b / a)" (color-mix's, 0–1) as [r, g, b(, a)] in 0–255
    const rgb = (c) => {
      const n = (c.match(/[\d.]+/g) ?? []).map(Number);
      return c.startsWith('color(srgb') ? [...n.slice(0, 3).map((v) => v * 255), ...n.slice(3)] : n;
    };
    const lum = ([r, g, b]) => [r, g, b].map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; })
      .reduce((a, v, i) => a + v * [0.2126, 0.7152, 0.0722][i], 0);
    const background = (el) => {  // the element's background blended over its parents'
      if (!el) return [255, 255, 255];
      const c = rgb(getComputedStyle(el).backgroundColor);
      const alpha = c.length === 3 ? 1 : c[3];
      if (alpha >= 1) return c.slice(0, 3);
      const under = background(el.parentElement);
      return under.map((u, i) => alpha * c[i] + (1 - alpha) * u);
    };
    const bad = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg, canvas, [hidden], option') || el.disabled) continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || !el.getClientRects().length) continue;
      const style = getComputedStyle(el);
      const [a, b] = [lum(rgb(style.color)), lum(background(el))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) bad.push(`${el.tagName} “${el.textContent.trim().slice(0, 30)}” ${ratio.toFixed(2)}`);
    }
    return bad;
  });
}

/**
 * Adds an <nn-playground> with these attributes at the top of the page's <main>. Its first
 * `trained` and `error` events are kept: window.__heard[id].trained / .error (promises).
 */
export function addWidget(page, id, attrs) {
  return page.evaluate(([id, attrs]) => {
    const el = document.createElement('nn-playground');
    el.id = id;
    const first = (type) => new Promise((resolve) => el.addEventListener(type, (e) => resolve(e.detail), { once: true }));
    window.__heard = { ...window.__heard, [id]: { trained: first('trained'), error: first('error') } };
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    document.querySelector('main').prepend(el);
  }, [id, attrs]);
}
