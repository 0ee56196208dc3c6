// scripts/serve.mjs, the server of npm start and of the page tests: the headers it sends
// with every answer, and a clear 400 for an address that is not valid.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { serve } from '../../scripts/serve.mjs';

test('serve: security headers on every answer; a malformed percent-escape is a 400, not a 500', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'nnplay-serve-'));
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(root, 'data.csv'), 'a,b\n1,2\n');
  const { server, url } = await serve(root);
  try {
    for (const [address, status] of [['', 200], ['data.csv', 200], ['missing.txt', 404], ['%E0%A4%A', 400], ['a%zz', 400]]) {
      const r = await fetch(url + address);
      assert.equal(r.status, status, address);
      assert.equal(r.headers.get('x-content-type-options'), 'nosniff', address);
      assert.equal(r.headers.get('referrer-policy'), 'no-referrer', address);
      if (status === 400) assert.match(await r.text(), /bad request/);
    }
    const page = await fetch(url);
    assert.match(page.headers.get('content-security-policy'), /script-src/);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
});
