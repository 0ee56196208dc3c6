// scripts/keep-versions.mjs: a new publication of the site keeps the widget's earlier
// pinned versions, read from the published site (served here by scripts/serve.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';
import { keepVersions } from '../../scripts/keep-versions.mjs';

/** A folder holding v/versions.json and each version's files. */
function site(versions, { latest = Object.keys(versions).at(-1), content = (v, f) => `${v}/${f}` } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'nnplay-site-'));
  mkdirSync(join(root, 'v'));
  writeFileSync(join(root, 'v', 'versions.json'), JSON.stringify({ latest, versions }));
  for (const [version, files] of Object.entries(versions)) {
    mkdirSync(join(root, 'v', version), { recursive: true });
    for (const f of files) writeFileSync(join(root, 'v', version, f), content(version, f));
  }
  return root;
}

async function withServer(root, run) {
  const { server, url } = await serve(root);
  try { return await run(url); } finally { await new Promise((resolve) => server.close(resolve)); }
}

test('keep-versions: every published version is kept as published, this build\'s own version too; the list has them all', async () => {
  const published = site({ '0.0.9': ['nnplay-widget.js', 'worker.js'], '0.1.0': ['nnplay-widget.js'] },
    { content: (v, f) => `published ${v}/${f}` });
  const dist = site({ '0.1.0': ['nnplay-widget.js', 'worker.js'], '0.2.0-beta.1': ['nnplay-widget.js'] }, { latest: '0.2.0-beta.1' });
  try {
    const kept = await withServer(published, (url) => keepVersions(url, dist));
    assert.deepEqual(kept, ['0.0.9', '0.1.0']);
    assert.equal(readFileSync(join(dist, 'v', '0.0.9', 'worker.js'), 'utf8'), 'published 0.0.9/worker.js');
    assert.equal(readFileSync(join(dist, 'v', '0.1.0', 'nnplay-widget.js'), 'utf8'), 'published 0.1.0/nnplay-widget.js',
      'a published version never changes');
    assert.ok(!existsSync(join(dist, 'v', '0.1.0', 'worker.js')), 'only its published files');
    assert.equal(readFileSync(join(dist, 'v', '0.2.0-beta.1', 'nnplay-widget.js'), 'utf8'), '0.2.0-beta.1/nnplay-widget.js', 'a new version');
    const list = JSON.parse(readFileSync(join(dist, 'v', 'versions.json'), 'utf8'));
    assert.equal(list.latest, '0.2.0-beta.1');
    assert.deepEqual(list.versions['0.1.0'], ['nnplay-widget.js']);
    assert.deepEqual(Object.keys(list.versions).sort(), ['0.0.9', '0.1.0', '0.2.0-beta.1']);
  } finally {
    for (const d of [published, dist]) rmSync(d, { recursive: true, force: true });
  }
});

test('keep-versions: a first publication keeps nothing; a missing file or a bad name stops it', async () => {
  const dist = site({ '0.1.0': ['nnplay-widget.js'] });
  const empty = mkdtempSync(join(tmpdir(), 'nnplay-site-'));
  const missing = site({ '0.0.9': ['nnplay-widget.js'] });
  rmSync(join(missing, 'v', '0.0.9', 'nnplay-widget.js'));
  const escaping = site({ '0.0.8': ['ok.js'] });
  writeFileSync(join(escaping, 'v', 'versions.json'), JSON.stringify({ versions: { '0.0.8': ['../../index.html'] } }));
  try {
    assert.deepEqual(await withServer(empty, (url) => keepVersions(url, dist)), []);
    await assert.rejects(withServer(missing, (url) => keepVersions(url, dist)), /v\/0\.0\.9\/nnplay-widget\.js: HTTP 404/);
    await assert.rejects(withServer(escaping, (url) => keepVersions(url, dist)), /"\.\.\/\.\.\/index\.html" is not a file name/);
    assert.ok(!existsSync(join(dist, 'index.html')));
  } finally {
    for (const d of [dist, empty, missing, escaping]) rmSync(d, { recursive: true, force: true });
  }
});
