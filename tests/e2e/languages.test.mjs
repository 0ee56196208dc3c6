// The page, the widget and the lesson in Simplified Chinese and in English, in Debian's
// Chromium: no English word left in the Chinese page (but code and product names), no
// Chinese in the English one, and a switch of language that keeps the session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { startHarness, openPage, shot, waitTrainingDone, plotted, OUT } from './harness.mjs';
import { GLOSSARY } from '../../web/i18n/glossary.js';

let h;
before(async () => { h = await startHarness(); });
after(async () => { await h?.close(); });

// Words that stay as they are in the Chinese page: code, element and product names, key names,
// notation (dW, sin), units, and the language switch's own "English". The data's own
// column names are allowed too (read from the page), and the English term the help gives
// beside a Chinese one: 学习率（learning rate）.
const ALLOWED = new Set(['nnplay', 'ReLU', 'relu', 'tanh', 'sigmoid', 'softmax', 'Softmax', 'Leaky', 'leaky', 'Adam', 'AdaGrad',
  'RMSProp', 'Nesterov', 'SGD', 'GD', 'NumPy', 'Keras', 'PyTorch', 'sklearn', 'TensorFlow', 'CSV', 'JSON', 'PNG', 'MNIST', 'Iris',
  'XOR', 'Dropout', 'WebAssembly', 'Web', 'Worker', 'Eigen', 'KaTeX', 'English', 'MB', 'KB', 'GB', 'ms', 'px', 'He', 'LeCun',
  'Xavier', 'Glorot', 'randn', 'Python', 'sin', 'dZ', 'dW', 'db', 'dA', 'Enter', 'Backspace', 'Shift', 'Alt', 'Option', 'Mac', 'Esc', 'README', 'NaN',
  'Fashion-MNIST', 'Zalando', 'iframe', 'URL', 'https']);
const BRIDGED = new RegExp(`（(${GLOSSARY.map((g) => g.en).sort((a, b) => b.length - a.length).join('|')})s?(?=[）：，、])`, 'gi');
const HAN = /[\u3400-\u9fff]/;

/** Every text a user sees or hears: visible text (shadow roots too), options, accessible names, titles. */
function shownTexts(page) {
  return page.evaluate(() => {
    const texts = [document.title];
    /** @param {Element | null} el */
    const visible = (el) => Boolean(el) && el.checkVisibility({ checkVisibilityCSS: true });
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if (n.nodeType === Node.TEXT_NODE) {
          const parent = n.parentElement;
          const shown = parent?.tagName === 'OPTION' ? visible(parent.closest('select')) : visible(parent);
          // Code (<code>: formulas, element and parameter names) stays as it is in every language.
          if (shown && !['SCRIPT', 'STYLE'].includes(parent.tagName) && !parent.closest('code') && n.data.trim()) texts.push(n.data.trim());
          continue;
        }
        if (n.shadowRoot) visit(n.shadowRoot);
        if (!visible(n)) continue;
        for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
          const value = n.getAttribute(name);
          if (value) texts.push(value);
        }
      }
    };
    visit(document.body);
    return texts;
  });
}

/** The data's own column names, which stay as written. */
const columnNames = (page) => page.evaluate(() => (window.nnplayApp?.session.summary?.columns ?? []).map((c) => c.name));

/** The English words among the texts, each with the text it is in. @param {string[]} texts @param {string[]} [own] */
function englishWords(texts, own = []) {
  const found = new Map();
  const allowed = new Set([...ALLOWED, ...own.flatMap((name) => name.split(/[^A-Za-z]+/))]);
  for (const text of texts) {
    for (const word of text.replace(BRIDGED, '（').match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) ?? []) {
      if (!allowed.has(word) && !found.has(word)) found.set(word, text.slice(0, 120));
    }
  }
  return [...found].map(([word, text]) => `${word}: “${text}”`);
}

/**
 * Texts drawn wider than their box: cut off (overflow hidden, an ellipsis) or spilling
 * out of a button, field or label. Scrolling boxes (tables, the preview) are not counted.
 */
function cutTexts(page) {
  return page.evaluate(() => {
    const cut = [];
    for (const el of document.querySelectorAll('button, label, select, h1, h2, h3, p, span, dt, dd, th, td, legend, summary, a')) {
      if (!el.checkVisibility() || !el.textContent.trim()) continue;
      const style = getComputedStyle(el);
      if (['auto', 'scroll'].includes(style.overflowX) || el.closest('[class*=scroll], pre, .visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        cut.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}: “${el.textContent.trim().slice(0, 40)}” ${el.scrollWidth} > ${el.clientWidth}`);
      }
    }
    return cut;
  });
}

// What the stage must show at once (as tests/e2e/stage.test.mjs checks in English).
const STAGE = ['#train', '#network-svg', '#network-svg image.map', '#boundary', '#chart-accuracy', '#chart-loss', '#latest-metrics'];

/** Asserts that every selector is drawn inside the first viewport (the page unscrolled). */
async function assertInFirstViewport(page, { width, height }) {
  const boxes = await page.evaluate((sels) => sels.map((s) => {
    const r = document.querySelector(s)?.getBoundingClientRect();
    return r && { selector: s, top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right };
  }), STAGE);
  for (const b of boxes) {
    assert.ok(b && b.top >= 0 && b.bottom <= height && b.left >= 0 && b.right <= width, `${JSON.stringify(b)} is inside ${width}×${height}`);
  }
}

const asChinese = (page) => page.addInitScript(() => {
  Object.defineProperty(Navigator.prototype, 'languages', { get: () => ['zh-CN', 'zh'] });
  Object.defineProperty(Navigator.prototype, 'language', { get: () => 'zh-CN' });
});

/** Trains a few epochs, then shows every card below the stage (loading those that load when near) and one help. */
async function showEverything(page) {
  await page.click('#train');
  await page.waitForFunction(() => document.body.dataset.training === 'true' || Number(document.querySelector('#chart-accuracy')?.dataset.points) > 0);
  await waitTrainingDone(page);
  for (const id of ['settings-card', 'data-card', 'experiments-card', 'runs-section', 'confusion-section', 'predict-card',
    'step-section', 'math-card', 'model-io-card']) {
    await page.locator(`#${id}`).scrollIntoViewIfNeeded();
  }
  await page.waitForSelector('#math-panel .katex', { state: 'attached', timeout: 60000 });
  await page.waitForSelector('#experiments-panel [data-experiment]', { state: 'attached', timeout: 60000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('button.info').first().click();
  await page.waitForSelector('.help-pop:not([hidden]) p:not(.help-title)', { timeout: 30000 });
}

test('zh-CN from the browser\'s language: the page, its cards and a help have no English word', async () => {
  const responses = [];
  const page = await openPage(h, '#epochs=5', { width: 1280, height: 800 }, (p) => {
    asChinese(p);
    p.on('requestfinished', async (request) => {
      if (!request.url().startsWith(h.url)) return;
      const sizes = await request.sizes().catch(() => null);
      responses.push({ url: request.url().replace(h.url, ''), bytes: sizes?.responseBodySize ?? 0 });
    });
  });
  await new Promise((r) => setTimeout(r, 300));
  // The first visit in Chinese: the page's files and the zh-CN catalog (tests/e2e/playground.test.mjs measures English).
  const load = { transferredBytes: responses.reduce((a, r) => a + r.bytes, 0), responses: [...responses] };
  writeFileSync(join(OUT, 'load-zh-CN.json'), JSON.stringify(load, null, 2));
  console.log(`# zh-CN first visit: ${(load.transferredBytes / 1024).toFixed(1)} KiB transferred (${load.responses.length} requests)`);
  assert.ok(load.responses.some((r) => /chunks\/zh-CN-/.test(r.url)), 'the zh-CN catalog is loaded');
  assert.ok(load.transferredBytes <= 300_000, `first visit in zh-CN: ${load.transferredBytes} bytes (budget 300 KB)`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh-CN');
  assert.equal(await page.title(), 'nnplay：神经网络游乐场');
  await shot(page, 'zh-CN-stage');
  await showEverything(page);
  assert.deepEqual(englishWords(await shownTexts(page), await columnNames(page)), []);
  assert.match(await page.evaluate(() => location.hash), /lang=zh-CN/);
  assert.deepEqual(page.errors, []);
  await page.close();
});


test('zh-CN at 1280×800 keeps the stage on one screen, and no label is cut there or at phone width, in either language', async () => {
  for (const lang of ['zh-CN', 'en']) {
    const desktop = await openPage(h, `#lang=${lang}`, { width: 1280, height: 800 });
    await desktop.waitForSelector('#network-svg image.map');
    await assertInFirstViewport(desktop, { width: 1280, height: 800 });
    assert.deepEqual(await cutTexts(desktop), [], `${lang} at 1280×800`);
    await desktop.screenshot({ path: join(OUT, `${lang}-stage-1280.png`), clip: { x: 0, y: 0, width: 1280, height: 800 } });
    await desktop.close();
    const phone = await openPage(h, `#lang=${lang}`, { width: 390, height: 844 });
    assert.equal(await phone.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, 'no sideways scrolling');
    assert.deepEqual(await cutTexts(phone), [], `${lang} at 390×844`);
    if (lang === 'zh-CN') {
      assert.deepEqual(englishWords(await shownTexts(phone), await columnNames(phone)), []);
      await shot(phone, 'zh-CN-phone');
    }
    await phone.close();
  }
});

test('English: no Chinese in the page, its cards and a help, but the switch\'s own 简体中文', async () => {
  const catalogs = [];
  const page = await openPage(h, '#epochs=5', { width: 1280, height: 800 },
    (p) => p.on('request', (r) => { if (/zh-CN/.test(r.url())) catalogs.push(r.url()); }));
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await showEverything(page);
  const chinese = (await shownTexts(page)).filter((text) => HAN.test(text) && text !== '简体中文');
  assert.deepEqual(chinese, []);
  assert.deepEqual(catalogs, [], 'English loads no catalog');
  await page.close();
});

test('switching language keeps the data, the settings, the trained network and the runs; the choice is remembered', async () => {
  const page = await openPage(h, '#data=moons&lr=0.1&epochs=8', { width: 1280, height: 800 });
  await page.click('#train');
  await page.waitForFunction(() => Number(document.querySelector('#chart-accuracy')?.dataset.points) >= 8, null, { timeout: 60000 });
  await waitTrainingDone(page);
  const before = await page.evaluate(() => ({
    epoch: window.nnplayApp.session.config && document.querySelector('#chart-accuracy').dataset.points,
    rows: window.nnplayApp.session.summary.rows,
    lr: window.nnplayApp.session.state.lr ?? window.nnplayApp.session.state.learning_rate,
    runs: document.querySelectorAll('#run-list > li').length,
  }));
  const weights = () => page.evaluate(async () => JSON.stringify((await window.nnplayApp.session.request('export', { what: 'model' })).json));
  const trained = await weights();
  await page.selectOption('#language', 'zh-CN');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.equal(await page.textContent('#data-title'), '数据');
  assert.match(await page.evaluate(() => location.hash), /lang=zh-CN/);
  assert.match(await page.evaluate(() => location.hash), /data=moons/);
  assert.equal(await plotted(page), Number(before.epoch));
  assert.equal(await weights(), trained, 'the trained network is the same');
  assert.deepEqual(await page.evaluate(() => ({
    epoch: window.nnplayApp.session.config && document.querySelector('#chart-accuracy').dataset.points,
    rows: window.nnplayApp.session.summary.rows,
    lr: window.nnplayApp.session.state.lr ?? window.nnplayApp.session.state.learning_rate,
    runs: document.querySelectorAll('#run-list > li').length,
  })), before);
  await shot(page, 'zh-CN-switched');
  // Remembered: the page opened again without lang in its link is in Chinese.
  const again = await openPage(h, '', { width: 1280, height: 800 });
  assert.equal(await again.evaluate(() => document.documentElement.lang), 'zh-CN');
  await again.selectOption('#language', 'en');
  await again.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await again.textContent('#data-title'), 'Data');
  await again.close();
  await page.close();
});

/** Opens a page of dist/ and waits until every widget on it has started. */
async function openLesson(path) {
  const page = await h.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  await page.goto(h.url + path);
  await page.evaluate(async () => {
    for (const el of document.querySelectorAll('nn-playground')) { el.scrollIntoView(); await el.ready; }
    scrollTo(0, 0);
  });
  return page;
}

test('the Chinese lesson, its widgets and the iframe in zh-CN have no English word; the English lesson\'s widgets no Chinese', async () => {
  const lesson = await openLesson('examples/lesson.zh-CN.html');
  assert.equal(await lesson.evaluate(() => document.documentElement.lang), 'zh-CN');
  const columns = ['x', 'y', 'label'];
  assert.deepEqual(englishWords(await shownTexts(lesson), columns), []);
  await shot(lesson, 'zh-CN-lesson');
  await lesson.close();
  const iframe = await openLesson('embed.html?dataset=moons&charts=accuracy,loss,boundary,network&lang=zh-CN');
  await iframe.waitForSelector('nn-playground');
  assert.deepEqual(englishWords(await shownTexts(iframe), columns), []);
  await iframe.close();
  const english = await openLesson('examples/lesson.html');
  const chinese = (await shownTexts(english)).filter((text) => HAN.test(text) && text !== '中文');
  assert.deepEqual(chinese, []);
  assert.deepEqual(english.errors, []);
  await english.close();
});

test('the teaching table\'s columns read 咖啡, 披萨, 辣椒 → 快乐 in zh-CN; the engine still reads them by their own names', async () => {
  const page = await openPage(h, '#data=happy&lang=zh-CN', { width: 1280, height: 800 });
  await page.waitForFunction(() => document.querySelectorAll('#network-svg .unit-label').length >= 3);
  const labels = await page.$$eval('#network-svg .unit-label', (ts) => ts.map((t) => t.textContent));
  for (const word of ['咖啡', '披萨', '辣椒']) assert.ok(labels.includes(word), `${word} in ${labels}`);
  assert.match(await page.textContent('#data-summary'), /“快乐”/);
  assert.equal(await page.evaluate(() => window.nnplayApp.session.summary.target), 'happy');
  await page.selectOption('#language', 'en');
  await page.waitForFunction(() => [...document.querySelectorAll('#network-svg .unit-label')].some((t) => t.textContent === 'coffee'));
  assert.match(await page.textContent('#data-summary'), /“happy”/);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test('in zh-CN a bad CSV gets its message in Chinese with the row and column, and a divergence is said in Chinese', async () => {
  const page = await openPage(h, '#lang=zh-CN', { width: 1280, height: 800 });
  const csv = 'height,weight,label\n1.5,60,a\n1.7,abc,b\n1.6,70,a\n1.8,80,b\n';
  await page.setInputFiles('#csv-file', { name: '身高体重.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.waitForSelector('#data-error:not([hidden])');
  const error = await page.textContent('#data-error');
  assert.match(error, /身高体重\.csv/, 'the file named as it is');
  assert.match(error, /第 3 行，第 2 列 "weight"："abc" 不是数字/);
  assert.deepEqual(englishWords([error], ['height', 'weight', 'label', 'abc', 'csv']), []);
  await shot(page, 'zh-CN-bad-csv');
  // A file that is not a model, then one that is not JSON: said in Chinese, and again in
  // English after a switch (the message follows the language).
  const model = (text) => ({ name: '模型.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.setInputFiles('#import-model', model('{"format": "keras"}'));
  await page.waitForFunction(() => /format 必须是 "nnplay-model"/.test(document.querySelector('#model-io-message').textContent));
  await page.setInputFiles('#import-model', model('{"format": '));
  await page.waitForFunction(() => /“模型\.json”不是 JSON/.test(document.querySelector('#model-io-message').textContent));
  await page.selectOption('#language', 'en');
  await page.waitForFunction(() => /“模型\.json” is not JSON/.test(document.querySelector('#model-io-message').textContent));
  await page.selectOption('#language', 'zh-CN');
  await page.waitForFunction(() => /“模型\.json”不是 JSON/.test(document.querySelector('#model-io-message').textContent));
  // A value the network cannot read, in Predict: the engine's objection in Chinese, with the row and column.
  await page.fill('#predict-0', 'abc');
  await page.click('#predict-button');
  await page.waitForFunction(() => /预测的第 1 行，第 1 列 "x"："abc" 不是数字/.test(document.querySelector('#predict-output').textContent));
  // Plain gradient descent at α = 50 diverges (as in tests/e2e/playground.test.mjs).
  await page.evaluate(() => { location.hash = '#data=circles&layers=8linear,8linear&opt=sgd&lr=50&batch=mini&bs=16&lang=zh-CN'; });
  await page.waitForFunction(() => window.nnplayApp.session.config?.learning_rate === 50);
  await page.click('#train');
  await waitTrainingDone(page, 120000);
  const status = await page.textContent('#train-status');
  assert.match(status, /发散/);
  assert.deepEqual(englishWords([status]), []);
  assert.deepEqual(page.errors, []);
  await page.close();
});
