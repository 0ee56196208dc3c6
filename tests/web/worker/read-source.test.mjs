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

test('read-source: a file larger than the engine takes is refused by its size, before any of it is read', async () => {
  let read = false;
  const file = { name: 'huge.csv', size: 1.7e9, stream() { read = true; return new ReadableStream(); } };
  await assert.rejects(readSource({ kind: 'file', file }, { post: () => {}, maxBytes: 512 * 2 ** 20 }),
    /“huge\.csv” is 1,700 MB; CSV files of up to 537 MB can be loaded here: .*Load a sample of its rows/);
  assert.equal(read, false, 'not a byte read');
});

test('read-source: a download is refused by its Content-Length, or once more than the limit has arrived', async () => {
  const text = csv(2000);
  const sized = { fetchImpl: async () => new Response(text, { headers: { 'content-length': String(text.length) } }) };
  await assert.rejects(readSource({ kind: 'url', url: 'http://x/big.csv' }, { post: () => {}, ...sized, maxBytes: 1000 }),
    /the file at http:\/\/x\/big\.csv is \d+ kB; CSV files of up to 1 kB/);
  const f = fetchOf(text, 256);  // no Content-Length
  await assert.rejects(readSource({ kind: 'url', url: 'http://x/big.csv' }, { post: () => {}, fetchImpl: f.fetchImpl, maxBytes: 1000 }),
    /the file at http:\/\/x\/big\.csv is more than 1 kB; CSV files of up to 1 kB/);
  assert.equal(f.wasCancelled(), true, 'the download is cancelled');
});
