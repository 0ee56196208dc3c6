// A data source's bytes for the worker: a pasted text, a chosen file, or a URL fetched as a
// stream. Reading posts `progress {phase: 'read', loaded, total}` events; with `rows`, a
// download stops (and is cancelled) once the header and that many data rows have arrived.
// The pieces are returned as the stream gave them: loadCsv copies them into the engine's
// memory, so the file is never joined into one more copy here.

import { msg } from '../i18n/text.js';
import { coded, textError } from '../i18n/text-error.js';

/**
 * @typedef {{kind: 'text', text: string} | {kind: 'file', file: File} |
 *   {kind: 'url', url: string, rows?: number}} Source
 * @typedef {{chunks: Uint8Array[], truncated: {rows: number, bytes: number} | null}} SourceBytes
 */

/** @param {number} bytes */
const megabytes = (bytes) => (bytes < 1e6 ? `${Math.ceil(bytes / 1e3)} kB`
  : `${(bytes / 1e6).toLocaleString('en', { maximumFractionDigits: bytes < 1e7 ? 1 : 0 })} MB`);

/**
 * The error for a file larger than the engine takes, before any of it is read.
 * @param {{name: string} | {url: string}} file a chosen file's name, or a download's URL
 * @param {number} size @param {number} maxBytes @param {boolean} [atLeast] size is what arrived so far
 */
export function tooLargeError(file, size, maxBytes, atLeast = false) {
  const params = { ...file, size: megabytes(size) };
  const what = 'url' in file
    ? coded(atLeast ? msg('the file at {url} is more than {size}') : msg('the file at {url} is {size}'), params)
    : coded(atLeast ? msg('“{name}” is more than {size}') : msg('“{name}” is {size}'), params);
  return textError(msg('{what}; CSV files of up to {max} can be loaded here: the data lives in the browser’s memory for the '
    + 'engine (at most 2 GB), beside the network and its training. Load a sample of its rows (the first 100,000 rows, say) '
    + 'instead'), { what, max: megabytes(maxBytes) });
}

/**
 * Reads `source`; throws an Error saying what failed (an unreachable server, an HTTP status,
 * a file larger than maxBytes: checked before reading where the size is known).
 * @param {Source} source
 * @param {{post: (message: object) => void, fetchImpl?: typeof fetch, maxBytes?: number}} io
 * @returns {Promise<SourceBytes>}
 */
export async function readSource(source, { post, fetchImpl = globalThis.fetch, maxBytes = Infinity }) {
  if (source.kind === 'text') return { chunks: [new TextEncoder().encode(source.text)], truncated: null };
  if (source.kind === 'file') {
    if (source.file.size > maxBytes) throw tooLargeError({ name: source.file.name }, source.file.size, maxBytes);
    return readStream(source.file.stream(), source.file.size, 0, post, maxBytes, { name: source.file.name });
  }
  if (source.kind === 'url') {
    let response;
    try {
      response = await fetchImpl(source.url);
    } catch {
      throw textError(msg('could not fetch {url}: the server did not answer, or it does not allow this page to read the '
        + 'file (a file on another site must be served with CORS)'), { url: source.url });
    }
    if (!response.ok) throw textError(msg('could not fetch {url}: HTTP {status}'), { url: source.url, status: String(response.status) });
    // Content-Length is the compressed size when the server gzips: then no total.
    const total = response.headers.get('content-encoding') ? 0 : Number(response.headers.get('content-length')) || 0;
    const what = { url: source.url };
    if (!source.rows && total > maxBytes) {
      await response.body?.cancel();
      throw tooLargeError(what, total, maxBytes);
    }
    return readStream(/** @type {ReadableStream<Uint8Array>} */ (response.body), total, source.rows ?? 0, post, maxBytes, what);
  }
  throw new Error(`unknown data source "${/** @type {{kind: string}} */ (source).kind}"`);
}

/**
 * A source's bytes as the worker loads them: a CSV's pieces (a pasted text, a chosen file, a
 * URL), or IDX files, the pictures and their labels and maybe the test set's, each
 * decompressed when gzip: chosen files ('idx') or a built-in's URLs ('idx-url').
 * @param {Source | {kind: 'idx', images: File, labels: File, test?: {images: File, labels: File} | null, name?: string}
 *   | {kind: 'idx-url', urls: {images: string, labels: string, testImages?: string, testLabels?: string}, name: string}} source
 * @param {{post: (message: object) => void, fetchImpl?: typeof fetch, maxBytes?: number}} io
 * @returns {Promise<{bytes: Uint8Array[], labels?: Uint8Array[], test?: {images: Uint8Array[], labels: Uint8Array[]} | null,
 *   name: string, truncated: {rows: number, bytes: number} | null}>}
 */
export async function readEntry(source, io) {
  if (source.kind === 'idx') {
    const images = await readFileBytes(source.images, io);
    const labels = await readFileBytes(source.labels, io);
    const test = source.test ? { images: await readFileBytes(source.test.images, io), labels: await readFileBytes(source.test.labels, io) }
      : null;
    return { bytes: images, labels, test, name: source.name ?? source.images.name, truncated: null };
  }
  if (source.kind === 'idx-url') {
    const { urls } = source;
    const parts = [urls.images, urls.labels, ...(urls.testImages && urls.testLabels ? [urls.testImages, urls.testLabels] : [])];
    const [images, labels, testImages, testLabels] = await fetchGzipFiles(parts, io);
    return { bytes: images, labels, test: testImages ? { images: testImages, labels: testLabels } : null, name: source.name,
      truncated: null };
  }
  const read = await readSource(source, io);
  return { bytes: read.chunks, name: /** @type {{name?: string}} */ (source).name ?? 'data.csv', truncated: read.truncated };
}

/**
 * A chosen file's bytes, decompressed on the way when it is gzip (IDX files as MNIST ships
 * them, ….gz): the pieces as the stream gives them, never joined into one more copy.
 * @param {File} file
 * @param {{post: (message: object) => void, maxBytes?: number}} io
 * @returns {Promise<Uint8Array[]>}
 */
export async function readFileBytes(file, { post, maxBytes = Infinity }) {
  if (file.size > maxBytes) throw tooLargeError({ name: file.name }, file.size, maxBytes);
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  if (!(head[0] === 0x1f && head[1] === 0x8b)) {
    return (await readStream(file.stream(), file.size, 0, post, maxBytes, { name: file.name })).chunks;
  }
  try {
    const stream = file.stream().pipeThrough(new DecompressionStream('gzip'));
    return (await readStream(stream, 0, 0, post, maxBytes, { name: file.name })).chunks;
  } catch (e) {
    if (/** @type {{params?: unknown}} */ (e).params) throw e;  // too large once decompressed: said as such (a zlib error has a code too)
    throw textError(msg('“{name}” is not a valid gzip file: {reason}'), { name: file.name, reason: /** @type {Error} */ (e).message });
  }
}

/**
 * gzip-compressed files fetched together (a built-in's IDX files), each decompressed as it
 * arrives: their pieces, in the order of `urls`. One progress for them all, in the bytes
 * that arrive (compressed), against their sizes together when the server gives them.
 * @param {string[]} urls
 * @param {{post: (message: object) => void, fetchImpl?: typeof fetch, maxBytes?: number}} io
 * @returns {Promise<Uint8Array[][]>}
 */
export async function fetchGzipFiles(urls, { post, fetchImpl = globalThis.fetch, maxBytes = Infinity }) {
  const settled = await Promise.allSettled(urls.map(async (url) => {
    let response;
    try {
      response = await fetchImpl(url);
    } catch {
      throw textError(msg('could not fetch {url}: the server did not answer, or it does not allow this page to read the '
        + 'file (a file on another site must be served with CORS)'), { url });
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw textError(msg('could not fetch {url}: HTTP {status}'), { url, status: String(response.status) });
    }
    return response;
  }));
  const failed = settled.find((r) => r.status === 'rejected');
  if (failed) {  // the others' downloads are cancelled
    for (const r of settled) if (r.status === 'fulfilled') await r.value.body?.cancel();
    throw /** @type {PromiseRejectedResult} */ (failed).reason;
  }
  const responses = settled.map((r) => /** @type {PromiseFulfilledResult<Response>} */ (r).value);
  const sizes = responses.map((r) => (r.headers.get('content-encoding') ? 0 : Number(r.headers.get('content-length')) || 0));
  const total = sizes.every((n) => n > 0) ? sizes.reduce((a, b) => a + b, 0) : 0;
  let arrived = 0;
  let lastPost = 0;
  const counter = () => new TransformStream({
    transform(chunk, controller) {
      arrived += chunk.length;
      const now = Date.now();
      if (now - lastPost > 50) {
        post({ type: 'progress', phase: 'read', loaded: arrived, total });
        lastPost = now;
      }
      controller.enqueue(chunk);
    },
  });
  const files = [];
  for (const [i, response] of responses.entries()) {
    // A host that sends .gz files with Content-Encoding: gzip has the browser decompress them.
    const counted = /** @type {ReadableStream<Uint8Array>} */ (response.body).pipeThrough(counter());
    const stream = response.headers.get('content-encoding') ? counted : counted.pipeThrough(new DecompressionStream('gzip'));
    try {
      files.push((await readStream(stream, 0, 0, () => {}, maxBytes, { url: urls[i] })).chunks);
    } catch (e) {
      for (const r of responses.slice(i + 1)) await r.body?.cancel();
      if (/** @type {{params?: unknown}} */ (e).params) throw e;  // too large once decompressed: said as such (a zlib error has a code too)
      throw textError(msg('the file at {url} is not a valid gzip file: {reason}'), { url: urls[i], reason: /** @type {Error} */ (e).message });
    }
  }
  post({ type: 'progress', phase: 'read', loaded: arrived, total: total || arrived });
  return files;
}

/**
 * @param {ReadableStream<Uint8Array>} stream
 * @param {number} total bytes expected (0: unknown)
 * @param {number} maxRows data rows wanted after the header (0: all)
 * @param {(message: object) => void} post
 * @param {number} maxBytes more is refused as soon as it arrives
 * @param {{name: string} | {url: string}} what the source, for that message
 * @returns {Promise<SourceBytes>}
 */
async function readStream(stream, total, maxRows, post, maxBytes, what) {
  const reader = stream.getReader();
  const chunks = [];
  let truncated = null;
  let loaded = 0;
  let lines = 0;
  let lastPost = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (maxRows > 0) {
      const cut = newlineCut(value, maxRows + 1 - lines);
      lines += cut.count;
      if (cut.end >= 0) {
        chunks.push(value.subarray(0, cut.end));
        loaded += cut.end;
        // The rows asked for may be all there is (but blank lines): then the file was read whole.
        const more = hasData(value.subarray(cut.end)) || await moreData(reader);
        if (more) {
          await reader.cancel();
          truncated = { rows: maxRows, bytes: loaded };
        }
        total = loaded;
        break;
      }
    }
    chunks.push(value);
    loaded += value.length;
    if (loaded > maxBytes) {
      await reader.cancel();
      throw tooLargeError(what, total || maxBytes, maxBytes, !total);
    }
    const now = Date.now();
    if (now - lastPost > 50) {
      post({ type: 'progress', phase: 'read', loaded, total });
      lastPost = now;
    }
  }
  post({ type: 'progress', phase: 'read', loaded, total: total || loaded });
  return { chunks, truncated };
}

/** Whether `bytes` hold anything but blanks and line ends. @param {Uint8Array} bytes */
function hasData(bytes) {
  return bytes.some((b) => b !== 10 && b !== 13 && b !== 32 && b !== 9);
}

/**
 * Reads on until a piece with data (true) or the end (false): only blank lines may follow.
 * @param {ReadableStreamDefaultReader<Uint8Array>} reader
 */
async function moreData(reader) {
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    if (hasData(value)) return true;
  }
}

/**
 * Counts newlines in `chunk` up to `wanted`; `end` is the offset after the wanted-th one, or -1.
 * @param {Uint8Array} chunk
 * @param {number} wanted
 */
function newlineCut(chunk, wanted) {
  let count = 0;
  for (let i = 0; i < chunk.length; ++i) {
    if (chunk[i] === 10 && ++count === wanted) return { count, end: i + 1 };
  }
  return { count, end: -1 };
}
