#!/usr/bin/env node
// A small static file server for dist/ (or the folder given): correct MIME types
// (application/wasm for .wasm, so streaming compilation works), gzip when the browser
// accepts it, no directory listings, nothing outside the root. Port from $PORT or a
// free one; prints the URL.
//   node scripts/serve.mjs [folder]         (default: dist)
//   import { serve } from './serve.mjs'     (the e2e tests)
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.wasm': 'application/wasm', '.csv': 'text/csv; charset=utf-8', '.gz': 'application/gzip',
  '.map': 'application/json', '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.wasm', '.csv', '.svg', '.map', '.txt']);

// The policy the hosted site is meant to run under (web/content-security-policy.txt,
// also in the pages' <meta>): sent with every document and script, so the page tests
// run under it.
export const CSP = readFileSync(new URL('../web/content-security-policy.txt', import.meta.url), 'utf8').trim();

// Sent with every response: no MIME sniffing (a CSV is never run as a script), and no
// page address in the Referer of requests to other sites. web/README.md lists the headers
// for other hosts.
export const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer' };

/** Starts serving `root`; resolves with {server, url}. csp: the policy header, or null for none. */
export function serve(root, { port = Number(process.env.PORT ?? 0), host = '127.0.0.1', quiet = true, csp = CSP } = {}) {
  const base = resolve(root);
  const gzipCache = new Map();
  const server = createServer(async (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request: the address is not valid');
      return;
    }
    try {
      let file = resolve(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end('forbidden'); return; }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) { file = join(file, 'index.html'); info = await stat(file).catch(() => null); }
      if (!info?.isFile()) { res.writeHead(404, { 'content-type': 'text/plain' }).end('not found'); return; }
      const ext = extname(file).toLowerCase();
      const headers = { 'content-type': MIME[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      // Documents, and scripts: a worker runs under the policy of its own script's response.
      if (csp && ['.html', '.js', '.mjs'].includes(ext)) headers['content-security-policy'] = csp;
      let body = await readFile(file);
      if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && body.length > 1024) {
        const key = `${file}:${info.mtimeMs}`;
        if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 6 }));
        body = gzipCache.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
      if (!quiet) console.log(`${req.method} ${path} 200`);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e.message));
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolvePromise({ server, url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'dist';
  const { url } = await serve(root, { host: process.env.HOST ?? '127.0.0.1' });
  console.log(`nnplay is being served from ${root}/ at ${url}  (Ctrl+C to stop)`);
}
