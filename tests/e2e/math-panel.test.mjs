// The math panel in Chromium under a strict Content-Security-Policy (no inline styles or
// scripts): KaTeX typesets every formula, with its stylesheet and fonts from dist/katex/'s layout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { serve } from '../../scripts/serve.mjs';
import { launchChromium } from '../../scripts/chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; font-src 'self'; img-src 'self' data:";

test('math panel: KaTeX renders every formula under a strict CSP', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nnplay-math-panel-'));
  const katex = path.join(root, 'node_modules/katex/dist');
  mkdirSync(path.join(dir, 'katex/fonts'), { recursive: true });
  cpSync(path.join(katex, 'katex.min.css'), path.join(dir, 'katex/katex.min.css'));
  for (const f of readdirSync(path.join(katex, 'fonts')).filter((f) => f.endsWith('.woff2'))) {
    cpSync(path.join(katex, 'fonts', f), path.join(dir, 'katex/fonts', f));
  }
  await build({ entryPoints: [path.join(root, 'tests/e2e/fixtures/math-panel-entry.js')], bundle: true, format: 'esm',
    outfile: path.join(dir, 'panel.js'), logLevel: 'warning' });
  writeFileSync(path.join(dir, 'index.html'), `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<link rel="icon" href="data:,"><link rel="stylesheet" href="./katex/katex.min.css"><script type="module" src="./panel.js"></script></head>
<body><div id="math"></div></body></html>`);
  const { server, url } = await serve(dir);
  const browser = await launchChromium('nnplay-math-panel');
  try {
    const page = await browser.context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
    page.on('console', (m) => { if (m.type() === 'error' || /Content Security Policy/.test(m.text())) problems.push(m.text()); });
    await page.addInitScript(() => {
      window.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
    });
    await page.goto(url);
    await page.waitForFunction(() => window.rendered === true);
    await page.evaluate(() => document.fonts.ready);
    const result = await page.evaluate(() => ({
      items: document.querySelectorAll('.math-item').length,
      formulas: document.querySelectorAll('.math-formula .katex-display').length,
      fallbacks: document.querySelectorAll('.math-formula[title]').length,
      sections: [...document.querySelectorAll('details.math-section > summary')].map((s) => s.textContent),
      width: document.querySelector('.math-formula .katex')?.getBoundingClientRect().width ?? 0,
      katexFont: [...document.fonts].some((f) => f.family.includes('KaTeX') && f.status === 'loaded'),
      violations: window.violations,
    }));
    assert.deepEqual(problems, []);
    assert.deepEqual(result.violations, [], 'no Content-Security-Policy violations');
    assert.ok(result.items > 20);
    assert.equal(result.formulas, result.items, 'every item typeset');
    assert.equal(result.fallbacks, 0, 'no formula fell back to its source');
    assert.deepEqual(result.sections, ['Initialization', 'Forward propagation', 'Cost', 'Backward propagation', 'Update: Adam',
      'Learning-rate schedule: step decay']);
    assert.ok(result.width > 50, 'the formulas have a size (the stylesheet applies)');
    assert.ok(result.katexFont, 'a KaTeX font loaded');
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
});
