// worker/read-source.js: a download stops after the rows asked for, and says so only when
// the file had more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readSource } from '../../../web/worker/read-source.js';

// A fetch answering with `text` in pieces of `piece` bytes.
function fetchOf(text, piece) {
  const bytes = new TextEncoder().encode(text);
  let cancelled = false;
  const body = new ReadableStream({
    start(controller) {
      for (let at = 0; at < bytes.length; at += piece) controller.enqueue(bytes.subarray(at, at + piece));
      controller.close();
    },
    cancel() { cancelled = true; },
  });
  return { fetchImpl: async () => new Response(body), wasCancelled: () => cancelled };
}

const csv = (rows) => ['label,a', ...Array.from({ length: rows }, (_, i) => `${i % 2},${i}`)].join('\n') + '\n';

test('read-source: a file of exactly the rows asked for is read whole, not "stopped"', async () => {
  for (const piece of [7, 1 << 16]) {
    const f = fetchOf(csv(50), piece);
    const r = await readSource({ kind: 'url', url: 'http://x/d.csv', rows: 50 }, { post: () => {}, fetchImpl: f.fetchImpl });
    assert.equal(r.truncated, null, `pieces of ${piece}`);
    assert.equal(Buffer.concat(r.chunks).toString(), csv(50));
  }
});

test('read-source: blank lines or an empty piece after the rows asked for are not more rows', async () => {
  for (const tail of ['\n\n', '\r\n  \n', '']) {
    const f = fetchOf(csv(50) + tail, 13);
    const r = await readSource({ kind: 'url', url: 'http://x/d.csv', rows: 50 }, { post: () => {}, fetchImpl: f.fetchImpl });
    assert.equal(r.truncated, null, JSON.stringify(tail));
  }
});

test('read-source: a longer file stops after the rows asked for, and says so', async () => {
  const f = fetchOf(csv(500), 64);
  const r = await readSource({ kind: 'url', url: 'http://x/d.csv', rows: 50 }, { post: () => {}, fetchImpl: f.fetchImpl });
  assert.deepEqual(r.truncated, { rows: 50, bytes: csv(50).length });
  assert.equal(Buffer.concat(r.chunks).toString(), csv(50));
  assert.ok(f.wasCancelled(), 'the rest of the download is cancelled');
});
