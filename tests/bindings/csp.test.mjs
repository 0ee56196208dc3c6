// The module under a Content-Security-Policy without 'unsafe-eval', in headless Chromium:
// with script-src 'self' 'wasm-unsafe-eval' the page and a module worker load it and train
// as Node does (the module is built with -sDYNAMIC_EXECUTION=0: no `new Function`);
// without 'wasm-unsafe-eval' compiling the wasm is refused. Skipped where there is no
// Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';

import { CHROMIUM, launchChromium } from '../../scripts/chromium.mjs';
import { nn, moduleDir, root } from './helpers.mjs';
import { train } from './browser/train.mjs';

// The policy the module needs, and nothing more.
const MODULE_CSP = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; connect-src 'self'";
const WITHOUT_WASM = "default-src 'none'; script-src 'self'; worker-src 'self'; connect-src 'self'";

const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const dirs = [path.join(root, 'tests/bindings/csp'), path.join(root, 'tests/bindings/browser'), moduleDir];

// Serves the fixtures and the module with `csp` on every response; resolves with what
// the page posts to /result.
async function runUnder(csp) {
  let deliver;
  const delivered = new Promise((resolve) => { deliver = resolve; });
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/result') {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { res.end(); deliver(JSON.parse(body)); });
      return;
    }
    const name = url.pathname === '/' ? 'index.html' : path.basename(url.pathname);
    const file = dirs.map((d) => path.join(d, name)).find(existsSync);
    if (!file) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'content-security-policy': csp });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await launchChromium('nnplay-csp-test');
  let timer;
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result from Chromium in 60 s (${errors.join('; ')})`)), 60000);
    });
    return { ...(await Promise.race([delivered, timeout])), errors };
  } finally {
    clearTimeout(timer);
    await browser.close();
    server.close();
  }
}

const skip = !existsSync(CHROMIUM) && 'no Chromium';

test(`csp: the module works under ${MODULE_CSP}`, { skip, timeout: 90000 }, async () => {
  const result = await runUnder(MODULE_CSP);
  const expected = train(nn);  // the same run in Node
  assert.deepEqual(result.moduleWorker, expected, 'module worker');
  assert.deepEqual(result.page, expected, 'page');
  assert.deepEqual(result.violations, []);
  assert.deepEqual(result.errors, []);
});

test("csp: without 'wasm-unsafe-eval' the wasm does not compile (the policy needs it)", { skip, timeout: 90000 }, async () => {
  const result = await runUnder(WITHOUT_WASM);
  assert.match(result.page.error, /WebAssembly/);
  assert.match(result.moduleWorker.error, /WebAssembly/);
});

test('csp: the glue holds no eval or new Function', () => {
  const glue = readFileSync(path.join(moduleDir, 'nnplay-core.js'), 'utf8');
  assert.doesNotMatch(glue, /new Function|\beval\(|new_\(Function/);
});
