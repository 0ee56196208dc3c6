#!/usr/bin/env node
// Builds dist/sw.js from web/offline/service-worker.js, with what it caches when it
// installs: every file of dist/ but the data sets (cached when first used), the source
// maps, the widget's pinned versions (v/) and itself (PRECACHE), and the build's version, a hash of those files' names and
// bytes (VERSION): a change to any of them is a new worker, which the page offers to load.
// Run by scripts/build-web.sh once dist/ holds everything else.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { build } from 'esbuild';

const dist = process.argv[2] ?? 'dist';
/** @param {string} dir @returns {string[]} */
const walk = (dir) => readdirSync(dir, { withFileTypes: true })
  .flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
const files = walk(dist).map((f) => relative(dist, f).split(sep).join('/'))
  .filter((f) => !f.startsWith('data/') && !f.startsWith('v/') && !f.endsWith('.map') && f !== 'sw.js')
  .sort();
const hash = createHash('sha256');
for (const f of files) hash.update(`${f}\0`).update(readFileSync(join(dist, f)));
const version = hash.digest('hex').slice(0, 16);
await build({
  entryPoints: ['web/offline/service-worker.js'], outfile: join(dist, 'sw.js'), bundle: true, format: 'iife',
  target: 'es2022', minify: true, charset: 'utf8', logLevel: 'warning',
  define: { PRECACHE: JSON.stringify(files), VERSION: JSON.stringify(version) },
});
console.log(`  sw.js: version ${version}, ${files.length} files cached on install`);
