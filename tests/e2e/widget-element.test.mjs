// <nn-playground> as a custom element: properties that reflect its attributes (also when
// set before the element is defined), ::part names and --nnp-* custom properties for
// theming, light and dark colours (the system's or the theme attribute), and autoplay that
// waits for Train when the system asks for reduced motion. In Debian's Chromium.
// Run: bash scripts/build-web.sh && node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, shot, ROOT } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

// A page of the site without the widget's script: the test adds the element, then the script.
async function open({ scheme = 'light', motion = 'no-preference' } = {}) {
  const page = await h.context.newPage();
  page.errors = [];
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: motion });
  await page.goto(`${h.url}examples/iframe.html`);
  await page.evaluate(() => document.querySelector('iframe').remove());
  return page;
}

const defineWidget = (page) => page.evaluate(async () => {
  await import(new URL('../nnplay-widget.js', location.href).href);
  await customElements.whenDefined('nn-playground');
});

const luminance = (rgb) => {
  const [r, g, b] = rgb.match(/[\d.]+/g).map(Number).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

test('widget element: properties set before it is defined are kept; properties reflect the attributes', async () => {
  const page = await open();
  await page.evaluate(() => {
    const el = document.createElement('nn-playground');
    el.id = 'early';
    el.preset = 'moons';
    el.layers = '5';
    el.config = { learning_rate: 0.5, epochs: 7 };
    document.querySelector('main').append(el);
  });
  await defineWidget(page);
  const early = await page.$eval('#early', async (el) => {
    await el.ready;
    return { attribute: el.getAttribute('preset'), own: Object.hasOwn(el, 'preset') || Object.hasOwn(el, 'config'),
      config: el.config, property: el.preset };
  });
  assert.equal(early.attribute, 'moons', 'the early property became the attribute');
  assert.equal(early.property, 'moons');
  assert.equal(early.own, false, 'no own property hides the element\'s');
  assert.equal(early.config.dataset, 'moons');
  assert.deepEqual(early.config.layers.map((l) => l.units), [5]);
  assert.equal(early.config.learning_rate, 0.5, 'config written before the element was defined');
  assert.equal(early.config.epochs, 7);

  // A setting's property is applied in place: the same frame. Then the frame's: rebuilt,
  // with what config set kept.
  const after = await page.$eval('#early', async (el) => {
    const wait = () => new Promise((resolve) => setTimeout(resolve, 300));
    const frame = el.shadowRoot.querySelector('.widget');
    await el.step();
    el.layers = '6,3';
    await wait();
    const inPlace = { units: el.config.layers.map((l) => l.units), same: frame === el.shadowRoot.querySelector('.widget') };
    el.autoplay = true;
    const withAutoplay = el.getAttribute('autoplay');
    el.autoplay = false;
    el.setAttribute('charts', 'loss,boundary');
    const charts = el.charts;
    el.target = null;
    await wait();
    await el.ready;
    return { layers: el.getAttribute('layers'), withAutoplay, autoplay: el.hasAttribute('autoplay'), charts, inPlace,
      config: el.config, target: el.hasAttribute('target'), rebuilt: frame !== el.shadowRoot.querySelector('.widget') };
  });
  assert.deepEqual(after.inPlace, { units: [6, 3], same: true }, 'layers applied in place');
  assert.equal(after.layers, '6,3');
  assert.equal(after.withAutoplay, '');
  assert.equal(after.autoplay, false);
  assert.equal(after.charts, 'loss,boundary');
  assert.equal(after.target, false);
  assert.equal(after.rebuilt, true, 'charts change the frame: rebuilt');
  assert.deepEqual(after.config.layers.map((l) => l.units), [6, 3]);
  assert.equal(after.config.learning_rate, 0.5, 'config written before the element was defined, kept through the rebuild');
  // config round trip: what it reads, it takes back.
  assert.equal(await page.$eval('#early', (el) => { el.config = { ...el.config, l2: 0.01 }; return el.config.l2; }), 0.01);
  // Its unchanged data settings (equal copies of the added points and derived inputs) reload
  // nothing: more epochs keep the epochs trained.
  const kept = await page.$eval('#early', async (el) => {
    await el.step();
    await el.step();
    el.config = { ...el.config, epochs: el.config.epochs + 5 };
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return Number(el.shadowRoot.querySelector('#chart-loss').dataset.points);
  });
  assert.equal(kept, 2);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget element: ::part names and --nnp-* properties theme it from the page; theme fixes light or dark', async () => {
  const page = await open();
  await page.evaluate(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`nn-playground { --nnp-accent: rgb(160, 20, 90); --nnp-radius: 0px; }
      nn-playground::part(controls) { outline: 3px solid rgb(1, 2, 3); }
      nn-playground::part(boundary) { background-color: rgb(250, 240, 200); }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    const el = document.createElement('nn-playground');
    el.id = 'themed';
    el.setAttribute('charts', 'loss,boundary,network');
    document.querySelector('main').append(el);
  });
  await defineWidget(page);
  await page.$eval('#themed', async (el) => { await el.ready; await el.step(); });  // the charts are drawn
  const look = () => page.$eval('#themed', async (el) => {
    await el.ready;
    const root = el.shadowRoot;
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return {
      parts: [...root.querySelectorAll('[part]')].map((e) => e.getAttribute('part')),
      train: style('#train').backgroundColor, radius: style('.widget').borderTopLeftRadius,
      controls: style('[part~=controls]').outlineColor, boundary: style('[part~=boundary]').backgroundColor,
      card: style('.widget').backgroundColor, ink: root.querySelector('#chart-loss').dataset.ink,
    };
  });
  const light = await look();
  for (const part of ['widget', 'notice', 'controls', 'settings', 'views', 'view charts', 'view boundary', 'view network', 'foot']) {
    assert.ok(light.parts.includes(part), `part "${part}" in ${light.parts}`);
  }
  assert.equal(light.train, 'rgb(160, 20, 90)', '--nnp-accent');
  assert.equal(light.radius, '0px', '--nnp-radius');
  assert.equal(light.controls, 'rgb(1, 2, 3)', '::part(controls)');
  assert.equal(light.boundary, 'rgb(250, 240, 200)', '::part(boundary)');
  assert.ok(luminance(light.card) > 0.8, `light card ${light.card}`);

  // theme="dark" on a light page: dark card, light axis text (drawn again in the new colours).
  await page.$eval('#themed', (el) => { el.theme = 'dark'; });
  const dark = await look();
  assert.ok(luminance(dark.card) < 0.05, `dark card ${dark.card}`);
  assert.ok(luminance(dark.ink) > luminance(light.ink) + 0.2, `axes ${light.ink} -> ${dark.ink}`);
  await shot(page, 'widget-theme-dark');
  // The system's dark scheme, with theme="light": light.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.$eval('#themed', (el) => { el.theme = 'light'; });
  assert.ok(luminance((await look()).card) > 0.8);
  await page.$eval('#themed', (el) => { el.theme = null; });
  assert.ok(luminance((await look()).card) < 0.05, 'no theme: the system\'s dark');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget element: autoplay waits for Train when the system asks for reduced motion', async () => {
  const page = await open({ motion: 'reduce' });
  await page.evaluate(() => {
    const el = document.createElement('nn-playground');
    el.id = 'calm';
    el.setAttribute('autoplay', '');
    el.setAttribute('controls', 'lr');
    el.setAttribute('epochs', '5');
    document.querySelector('main').append(el);
  });
  await defineWidget(page);
  await page.$eval('#calm', (el) => el.ready);
  await page.waitForTimeout(500);
  const waiting = await page.$eval('#calm', (el) => ({
    points: el.shadowRoot.querySelector('#chart-loss').dataset.points ?? '0',
    status: el.shadowRoot.querySelector('.status').textContent,
    buttons: [...el.shadowRoot.querySelectorAll('#controls button')].map((b) => b.id).filter(Boolean),
  }));
  assert.equal(waiting.points, '0', 'no training by itself');
  assert.match(waiting.status, /reduced motion/);
  assert.ok(waiting.buttons.includes('train') && waiting.buttons.includes('pause'), `autoplay brings Train and Pause: ${waiting.buttons}`);
  await page.$eval('#calm', (el) => el.shadowRoot.querySelector('#train').click());
  await page.waitForFunction(() => document.querySelector('#calm').dataset.training === 'false' &&
    Number(document.querySelector('#calm').shadowRoot.querySelector('#chart-loss').dataset.points) === 5);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('widget element: a course page pins a version: v/<version>/nnplay-widget.js, with the site\'s data and full page', async () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const page = await open();
  const requested = [];
  page.on('request', (r) => requested.push(new URL(r.url()).pathname));
  await page.evaluate(async (version) => {
    const el = document.createElement('nn-playground');
    el.id = 'pinned';
    el.setAttribute('preset', 'iris');
    el.setAttribute('epochs', '3');
    document.querySelector('main').append(el);
    await import(new URL(`../v/${version}/nnplay-widget.js`, location.href).href);
  }, version);
  const done = await page.$eval('#pinned', async (el) => { await el.ready; return el.train(); });
  assert.equal(done.reason, 'finished');
  assert.ok(requested.includes(`/dist/v/${version}/worker.js`), 'its own worker');
  assert.ok(requested.includes('/dist/data/iris.csv'), `the site's data: ${requested.filter((r) => r.includes('iris'))}`);
  assert.match(await page.$eval('#pinned', (el) => el.shadowRoot.querySelector('a.open').href), /\/dist\/index\.html#/);
  const list = JSON.parse(readFileSync(join(ROOT, 'dist', 'v', 'versions.json'), 'utf8'));
  assert.ok(list.versions[version].includes('nnplay-widget.js'));
  assert.deepEqual(page.errors, []);
  await page.close();
});
