// The module's second file (nnplay-core.deferred.wasm: CSV reading, model files, step
// details): fetched without blocking by loadDeferred, or read when first needed; a
// failure says what could not be loaded, and the next call tries again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { loadNnplay, moduleDir, iris } from './helpers.mjs';

test('deferred part: loadDeferred fetches it; a CSV then loads', async () => {
  const nn = await loadNnplay();
  await nn.loadDeferred();
  await nn.loadDeferred();  // once only
  const pg = nn.createPlayground();
  try {
    assert.equal(pg.loadCsv(iris).rows, 150);
  } finally {
    pg.dispose();
  }
});

test('deferred part: a file that cannot be read is named, and a later call tries again', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'nnplay-deferred-'));
  try {
    const nn = await loadNnplay({ locateFile: (file) => path.join(file.includes('deferred') ? dir : moduleDir, file) });
    await assert.rejects(nn.loadDeferred(), (e) => e instanceof Error &&
      e.message.includes("could not load the engine's part that reads CSV and model files") &&
      e.message.includes(path.join(dir, 'nnplay-core.deferred.wasm')) && /try again$/.test(e.message));
    copyFileSync(path.join(moduleDir, 'nnplay-core.deferred.wasm'), path.join(dir, 'nnplay-core.deferred.wasm'));
    await nn.loadDeferred();
    const pg = nn.createPlayground();
    try {
      assert.equal(pg.loadCsv(iris).rows, 150);
    } finally {
      pg.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('deferred part: without loadDeferred, the first call that needs it reads it', async () => {
  const nn = await loadNnplay();
  const pg = nn.createPlayground();
  try {
    assert.equal(pg.loadCsv(iris).rows, 150);
    assert.match(pg.exportModel(), /"layers"/);
  } finally {
    pg.dispose();
  }
});
