// A built-in's IDX files (Fashion-MNIST's form: pictures and labels, training and test,
// gzip-compressed) downloaded by the worker: one progress for all four, decompressed as
// they arrive, fetched once for reloads, the test pictures scored when a run ends.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync, gunzipSync } from 'node:zlib';
import { makeCore } from './worker-driver.mjs';

/** An IDX file of unsigned bytes: sizes big-endian, then the values. */
function idx(sizes, values) {
  const out = new Uint8Array(4 + 4 * sizes.length + values.length);
  out.set([0, 0, 0x08, sizes.length]);
  sizes.forEach((s, d) => new DataView(out.buffer).setUint32(4 + 4 * d, s));
  out.set(values, 4 + 4 * sizes.length);
  return out;
}

/** `count` 8 × 8 pictures: a bar across (class 0) or down (class 1). */
function pictures(count) {
  const pixels = new Uint8Array(count * 64);
  const labels = new Uint8Array(count);
  for (let k = 0; k < count; ++k) {
    labels[k] = k % 2;
    for (let i = 0; i < 8; ++i) pixels[k * 64 + (k % 2 ? i * 8 + 3 : 24 + i)] = 255;
  }
  return { images: gzipSync(idx([count, 8, 8], pixels)), labels: gzipSync(idx([count], labels)) };
}

const train = pictures(80);
const testSet = pictures(20);
const files = { '/t-images.gz': train.images, '/t-labels.gz': train.labels, '/k-images.gz': testSet.images,
  '/k-labels.gz': testSet.labels, '/broken.gz': new TextEncoder().encode('not gzip at all') };
const urls = { images: 'http://x/t-images.gz', labels: 'http://x/t-labels.gz', testImages: 'http://x/k-images.gz',
  testLabels: 'http://x/k-labels.gz' };

function server() {
  const fetched = [];
  const fetchImpl = async (url) => {
    const name = new URL(url).pathname;
    fetched.push(name);
    const body = files[name];
    return body ? new Response(body, { headers: { 'content-length': String(body.length) } }) : new Response('', { status: 404 });
  };
  return { fetchImpl, fetched };
}

test('worker idx-url: four gzip files, one progress, the test pictures as the test set, scored when the run ends', async () => {
  const { fetchImpl, fetched } = server();
  const { request, messages } = await makeCore({ fetchImpl });
  const loaded = await request('load', { source: { kind: 'idx-url', name: 'bars', urls },
    options: { target: 'label', scaling: 'minmax', validation_fraction: 0.25 } });
  assert.equal(loaded.type, 'summary', loaded.message);
  assert.deepEqual([loaded.summary.train_rows, loaded.summary.validation_rows, loaded.summary.test_rows], [60, 20, 20]);
  const reads = messages.filter((m) => m.type === 'progress' && m.phase === 'read');
  const total = Object.values(files).slice(0, 4).reduce((n, f) => n + f.length, 0);
  assert.deepEqual(reads.at(-1), { type: 'progress', phase: 'read', loaded: total, total });
  assert.ok(reads.every((m) => m.total === total && m.loaded <= total), 'one progress for the four files');

  await request('configure', { config: { hidden_layers: [{ units: 8 }], epochs: 15, batch_size: 8, learning_rate: 0.05, seed: 1 } });
  const done = await request('train');
  assert.equal(done.reason, 'finished');
  assert.equal(done.test.rows, 20);
  assert.ok(done.test.accuracy > 0.9, `test accuracy ${done.test.accuracy}`);

  // Another split of the same files: not downloaded again.
  const again = await request('load', { source: { kind: 'idx-url', name: 'bars', urls }, options: { target: 'label', validation_fraction: 0.5 } });
  assert.equal(again.summary.validation_rows, 40);
  assert.equal(fetched.length, 4);

  // Another data set, generated or a file: the files are let go (55 MB for Fashion-MNIST),
  // and fetched again when the built-in is chosen again.
  const circles = await request('load', { source: { kind: 'builtin', name: 'circles' }, options: { rows: 100 } });
  assert.equal(circles.type, 'summary', circles.message);
  const back = await request('load', { source: { kind: 'idx-url', name: 'bars', urls }, options: { target: 'label' } });
  assert.equal(back.type, 'summary', back.message);
  assert.equal(fetched.length, 8);
  const csv = await request('load', { source: { kind: 'text', text: 'a,b,label\n1,2,x\n3,4,y\n5,6,x\n7,8,y\n', name: 'small.csv' },
    options: { target: 'label' } });
  assert.equal(csv.type, 'summary', csv.message);
  const again2 = await request('load', { source: { kind: 'idx-url', name: 'bars', urls }, options: { target: 'label' } });
  assert.equal(again2.type, 'summary', again2.message);
  assert.equal(fetched.length, 12);
});

test('worker idx-url: a host that sends the .gz files with Content-Encoding: gzip (the browser decompresses them) loads them too', async () => {
  const plain = { '/t-images.gz': gunzipSync(train.images), '/t-labels.gz': gunzipSync(train.labels) };
  const fetchImpl = async (url) => {
    const body = plain[new URL(url).pathname];
    return new Response(body, { headers: { 'content-encoding': 'gzip' } });
  };
  const { request } = await makeCore({ fetchImpl });
  const loaded = await request('load', { source: { kind: 'idx-url', name: 'bars', urls: { images: urls.images, labels: urls.labels } },
    options: { target: 'label' } });
  assert.equal(loaded.type, 'summary', loaded.message);
  assert.equal(loaded.summary.rows, 80);
});

test('worker idx-url: a file that is not gzip, or not there, is an error naming it; the data before stays', async () => {
  const { fetchImpl } = server();
  const { request } = await makeCore({ fetchImpl });
  await request('load', { source: { kind: 'builtin', name: 'xor' } });
  const broken = await request('load', { source: { kind: 'idx-url', name: 'bars', urls: { ...urls, labels: 'http://x/broken.gz' } } });
  assert.equal(broken.type, 'error');
  assert.equal(broken.where, 'data');
  assert.match(broken.message, /^the file at http:\/\/x\/broken\.gz is not a valid gzip file/);
  const missing = await request('load', { source: { kind: 'idx-url', name: 'bars', urls: { ...urls, testImages: 'http://x/none.gz' } } });
  assert.equal(missing.message, 'could not fetch http://x/none.gz: HTTP 404');
  const summary = await request('export', { what: 'history' });
  assert.notEqual(summary.type, 'error');
});
