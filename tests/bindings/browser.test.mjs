// The module in headless Chromium, loaded as the page will load it: from a module worker
// (the ESM wrapper importing nnplay-core.mjs), from a classic worker (importScripts of the
// glue) and from the page itself. Skipped where there is no Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { nn, moduleDir, root } from './helpers.mjs';
import { train } from './browser/train.mjs';

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
const fixtures = path.join(root, 'tests/bindings/browser');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

function serve(onResult) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (process.env.NNPLAY_DEBUG) console.log(req.method, req.url);
    if (url.pathname === '/result') {
      let body = '';
      req.on('data', (chunk) => { body += chunk; });
      req.on('end', () => { res.end(); onResult(JSON.parse(body)); });
      return;
    }
    const name = url.pathname === '/' ? 'index.html' : path.basename(url.pathname);
    const file = [fixtures, moduleDir].map((d) => path.join(d, name)).find(existsSync);
    if (!file) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('browser: module worker, classic worker and page load the module and train like Node',
  { skip: !chromium && 'no Chromium', timeout: 90000 }, async () => {
    let deliver;
    const delivered = new Promise((resolve) => { deliver = resolve; });
    const server = await serve(deliver);
    const profile = mkdtempSync(path.join(tmpdir(), 'nnplay-bindings-test-chromium-'));
    const browser = spawn(chromium, ['--headless', '--no-sandbox', '--disable-gpu', `--user-data-dir=${profile}`,
      `http://127.0.0.1:${server.address().port}/`], { stdio: 'ignore' });
    const exited = new Promise((resolve) => browser.on('exit', resolve));
    let timer;
    try {
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('no result from Chromium in 60 s')), 60000);
      });
      const results = await Promise.race([delivered, timeout]);
      const expected = train(nn);  // the same run in Node
      for (const kind of ['moduleWorker', 'classicWorker', 'page']) {
        assert.deepEqual(results[kind], expected, kind);
      }
    } finally {
      clearTimeout(timer);
      browser.kill();
      await exited;
      server.close();
      // Chromium's helper processes may still be writing the profile for a moment.
      await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    }
  });
