// Builds the npm package from dist/ and the engine's module: build/package/ holds its
// files, and `npm pack` makes build/nnplay-<version>.tgz of them.
//   engine/   the JavaScript API (bindings/*.mjs) and the engine (nnplay-core.*), Node and browsers
//   site/     dist/ without its source maps, the two large data files and v/: the widget, its
//             worker and engine, the full page, the iframe form, the lessons
//   types/    nnplay-widget.d.ts; custom-elements.json, made from web/widget/widget-api.js
//             and widget-settings.js
// The version is the repository's package.json's. Run after scripts/build-web.sh:
//   node scripts/build-package.mjs            prints the tarball's path and sizes
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { customElementsManifest } from './custom-elements.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAGE = join(ROOT, 'build', 'package');
const CORE = join(ROOT, 'build', 'wasm', 'nnplay');
const DIST = join(ROOT, 'dist');

/** Data files too large for a package (fetched from a hosted site or a full build instead), and the site's pinned widgets. */
const LEFT_OUT = ['data/mnist.csv', 'data/fashion-mnist', 'v'];

for (const needed of [join(DIST, 'nnplay-widget.js'), join(CORE, 'nnplay-core.wasm')]) {
  if (!existsSync(needed)) throw new Error(`build-package: ${relative(ROOT, needed)} is missing: run bash scripts/build.sh`);
}
rmSync(STAGE, { recursive: true, force: true });
mkdirSync(join(STAGE, 'engine'), { recursive: true });
mkdirSync(join(STAGE, 'types'), { recursive: true });

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(ROOT, 'package', 'package.json'), 'utf8'));
manifest.version = version;
writeFileSync(join(STAGE, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

for (const f of ['nnplay.mjs', 'playground.mjs', 'arguments.mjs', 'heap-text.mjs', 'deferred.mjs', 'nnplay.d.mts']) {
  cpSync(join(ROOT, 'bindings', f), join(STAGE, 'engine', f));
}
// package.json: {"type": "commonjs"}, for the classic glue nnplay-core.js
for (const f of ['nnplay-core.js', 'nnplay-core.mjs', 'nnplay-core.wasm', 'nnplay-core.deferred.wasm', 'package.json']) {
  cpSync(join(CORE, f), join(STAGE, 'engine', f));
}
cpSync(DIST, join(STAGE, 'site'), {
  recursive: true,
  filter: (source) => {
    const path = relative(DIST, source).split('\\').join('/');
    return !path.endsWith('.map') && !LEFT_OUT.includes(path);
  },
});
cpSync(join(ROOT, 'web', 'widget', 'nnplay-widget.d.ts'), join(STAGE, 'types', 'nnplay-widget.d.ts'));
writeFileSync(join(STAGE, 'custom-elements.json'), `${JSON.stringify(customElementsManifest(), null, 2)}\n`);
for (const f of ['CHANGELOG.md', 'LICENSE']) cpSync(join(ROOT, f), join(STAGE, f));
for (const f of ['README.md', 'widget-node.js']) cpSync(join(ROOT, 'package', f), join(STAGE, f));

const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', join(ROOT, 'build')],
  { cwd: STAGE, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }))[0];
const tarball = join(ROOT, 'build', packed.filename);
const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
console.log(`build-package: ${relative(ROOT, tarball)}: ${packed.entryCount} files, ${mb(statSync(tarball).size)} packed, ${mb(packed.unpackedSize)} unpacked`);
