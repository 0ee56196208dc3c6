// "Embed this": the teacher's choices make snippets whose widget is the preview's, and
// both are the page's setup. A page is built from each copied snippet (the element and
// the iframe) and its widget compared with the preview's. In Debian's Chromium.
// Run: bash scripts/build-web.sh && node --test tests/e2e/
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startHarness, openPage, shot, OUT } from './harness.mjs';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

/** What a widget is: its settings and what it shows the learner (evaluated where it lives). */
const signature = (el) => el.ready.then(() => {
  const root = el.shadowRoot;
  const shown = (e) => !e.closest('[hidden]');
  const lum = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number).reduce((a, v) => a + v, 0) / 765;
  return {
    config: el.config,
    buttons: [...root.querySelectorAll('#controls button:not(.info)')].filter(shown).map((b) => b.id),
    fields: [...root.querySelectorAll('.settings input[name], .settings select[name], .settings input.units')]
      .filter(shown).map((i) => `${i.name || i.className}${i.disabled ? ' locked' : ''}`),
    dataMenu: Boolean(root.querySelector('.settings select[name=dataset]')),
    views: [...root.querySelectorAll('[part~=view]')].map((v) => v.getAttribute('part')),
    lang: root.querySelector('.widget').lang,
    dark: lum(getComputedStyle(root.querySelector('.widget')).backgroundColor) < 0.3,
  };
});

async function pageWith(body, name) {
  const page = await h.context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  const url = `${h.url}${name}.html`;
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body:
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A course page</title></head>
     <body><main>${body}</main></body></html>` }));
  await page.goto(url);
  return page;
}

test('embed builder: the copied snippets make the preview\'s widget, with the page\'s setup and the choices', async () => {
  const page = await openPage(h, '#data=moons&lr=0.1&layers=6tanh,4tanh&epochs=50&l2=0.001&lang=en');
  await page.click('a[href="#embed-card"]');
  const card = page.locator('#embed-card');
  await card.locator('textarea').first().waitFor();
  // The learner: Train, Step, Reset; the layers shown locked; the learning rate and L2 to change. Views: loss and the network.
  for (const [selector, on] of [['[data-control=pause]', false], ['[data-control=step]', true], ['[data-control=data]', false],
    ['[data-control=opt]', false], ['[data-control=l2]', true], ['[data-lock=layers]', true],
    ['[data-chart=accuracy]', false], ['[data-chart=boundary]', false], ['[data-chart=network]', true]]) {
    await card.locator(selector).setChecked(on);
  }
  await card.getByLabel('Language').selectOption('zh-CN');
  await card.getByLabel('Colours').selectOption('dark');
  await card.getByLabel('Height of the iframe (pixels)').fill('700');
  const element = await card.locator('textarea').nth(0).inputValue();
  const iframe = await card.locator('textarea').nth(1).inputValue();
  assert.match(element, /<nn-playground preset="moons" layers="6tanh,4tanh" lr="0\.1" epochs="50" l2="0\.001" controls="train,step,reset,layers,lr,l2" locked="layers" charts="loss,network" lang="zh-CN" theme="dark"><\/nn-playground>$/);
  assert.match(iframe, /embed\.html\?preset=moons&amp;.*controls=train,step,reset,layers,lr,l2&amp;locked=layers/);
  assert.match(iframe, /height="700" style="border:0;width:100%"/);
  // Copy puts the snippet on the clipboard.
  await card.locator('[data-copy=element]').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), element);
  await card.locator('[data-copy=iframe]').click();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), iframe);

  // The preview: the iframe snippet's widget.
  const previewElement = await card.locator('iframe.embed-preview').elementHandle();
  await previewElement.scrollIntoViewIfNeeded();  // it loads its widget when in view
  const previewFrame = await previewElement.contentFrame();
  await previewFrame.waitForURL(/theme=dark/);
  await previewFrame.waitForSelector('nn-playground');
  const preview = await previewFrame.$eval('nn-playground', signature);
  assert.deepEqual(preview.buttons, ['train', 'step', 'reset']);
  assert.equal(preview.dataMenu, false);
  assert.ok(preview.views.includes('view network') && !preview.views.includes('view boundary'), preview.views.join());
  assert.equal(preview.lang, 'zh-CN');
  assert.equal(preview.dark, true);
  assert.equal(preview.config.learning_rate, 0.1);
  assert.equal(preview.config.l2, 0.001);
  assert.equal(preview.config.epochs, 50);
  assert.deepEqual(preview.config.layers.map((l) => [l.units, l.activation]), [[6, 'tanh'], [4, 'tanh']]);
  assert.ok(preview.fields.includes('units locked') && preview.fields.some((f) => f === 'learning_rate') && preview.fields.includes('l2'),
    preview.fields.join());
  await card.screenshot({ path: join(OUT, 'embed-builder.png') });

  // A page made of each snippet shows the same widget.
  const fromElement = await pageWith(element, 'course-element');
  assert.deepEqual(await fromElement.$eval('nn-playground', signature), preview, 'the element snippet');
  assert.deepEqual(fromElement.errors, []);
  await fromElement.close();
  const fromIframe = await pageWith(iframe, 'course-iframe');
  const frame = await (await fromIframe.$('iframe')).contentFrame();
  await frame.waitForSelector('nn-playground');
  assert.deepEqual(await frame.$eval('nn-playground', signature), preview, 'the iframe snippet');
  await fromIframe.close();
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('embed builder: a CSV needs its address, bad sizes are named; the page\'s changes reach the snippet', async () => {
  const page = await openPage(h, '#data=circles&lang=en');
  await page.click('a[href="#embed-card"]');
  const card = page.locator('#embed-card');
  await card.locator('textarea').first().waitFor();
  await card.getByLabel('Width').fill('wide');
  await card.getByText('The width is a length such as 100%, 720px or 40rem.').waitFor();
  assert.equal(await card.locator('textarea').nth(0).inputValue(), '', 'no snippet while a choice is wrong');
  await card.getByLabel('Width').fill('720px');
  assert.match(await card.locator('textarea').nth(0).inputValue(), /style="max-width: 720px"/);
  // The page's learning rate changes: the snippet follows.
  await page.fill('[data-bar-field=learning_rate] input', '0.25');
  await page.waitForFunction(() => document.querySelector('#embed-card textarea').value.includes('lr="0.25"'));
  // A pasted CSV: its address is asked for, its target column offered.
  await page.click('#paste-toggle');
  await page.fill('#csv-paste', 'a,b,label\n1,2,x\n2,1,y\n3,3,x\n1,1,y\n2,2,x\n3,1,y\n1,3,x\n2,3,y\n');
  await page.click('.paste button:has-text("Load pasted text")');
  await card.getByText('Give the full address (https://…) of the CSV file').waitFor();
  assert.equal(await card.getByLabel('Target column').inputValue(), 'label', 'the loaded CSV\'s target');
  await card.getByLabel('CSV address (URL)').fill('data/points.csv');
  await card.getByText('Give the full address (https://…) of the CSV file').waitFor();  // relative: the iframe would look on the site
  // A CSV on the web (here the site's own iris.csv, its target "species").
  const address = new URL('data/iris.csv', h.url).href;
  await card.getByLabel('CSV address (URL)').fill(address);
  await card.getByLabel('Target column').fill('species');
  assert.equal(await card.locator('textarea').nth(0).inputValue(), `<script type="module" src="${h.url}nnplay-widget.js"></script>\n` +
    `<nn-playground src="${address}" target="species" layers="16relu" batch="full" controls="train,pause,reset,data,layers,lr,opt" ` +
    'charts="accuracy,loss,network" style="max-width: 720px"></nn-playground>');
  await shot(page, 'embed-builder-csv');
  assert.deepEqual(page.errors, []);
  await page.close();
});
