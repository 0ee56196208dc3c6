#!/usr/bin/env bash
# Builds the static page into dist/ from web/ and the WebAssembly module in build/wasm:
#   dist/index.html, styles.css, main.js (page + Chart.js), worker.js (training worker +
#   the engine's JS API), nnplay-core.mjs + nnplay-core.wasm, data/iris.csv, data/mnist.csv.
# Relative paths only: dist/ works from any sub-path of any static host.
# Prints each file's size and gzip size. Needs: npm install (esbuild, chart.js) and
# bash scripts/build.sh (the module).
set -euo pipefail
cd "$(dirname "$0")/.."
core=build/wasm/nnplay
if [ ! -f "$core/nnplay-core.wasm" ] || [ ! -f "$core/nnplay-core.mjs" ]; then
  echo "build-web: $core/nnplay-core.{mjs,wasm} not found: run bash scripts/build.sh first" >&2
  exit 1
fi
rm -rf dist
mkdir -p dist/data
node_modules/.bin/esbuild web/main.js web/worker.js --bundle --format=esm --target=es2022 --minify --keep-names \
  --sourcemap=linked --outdir=dist --external:node:* --log-level=warning
cp web/index.html web/styles.css dist/
cp "$core/nnplay-core.mjs" "$core/nnplay-core.wasm" dist/
# The same engine for the Node tests of the worker (tests/e2e/worker-core.test.mjs), so
# they test what dist/ ships even while the engine is being rebuilt.
rm -rf build/web-engine
mkdir -p build/web-engine
cp bindings/nnplay.mjs bindings/arguments.mjs "$core/nnplay-core.js" "$core/nnplay-core.wasm" "$core/package.json" build/web-engine/
cp data/iris.csv dist/data/
if [ -f build/data/mnist.csv ]; then
  cp build/data/mnist.csv dist/data/
else
  echo "build-web: build/data/mnist.csv not found (scripts/build.sh makes it): the MNIST choice will say so" >&2
fi
node -e '
const fs = require("fs"), zlib = require("zlib"), path = require("path");
let raw = 0, gz = 0;
const page = ["index.html", "styles.css", "main.js", "worker.js", "nnplay-core.mjs", "nnplay-core.wasm"];
for (const f of page) {
  const b = fs.readFileSync(path.join("dist", f)); const g = zlib.gzipSync(b, { level: 6 }).length;
  raw += b.length; gz += g;
  console.log(`  ${f.padEnd(18)} ${(b.length / 1024).toFixed(1).padStart(8)} KiB   gzip ${(g / 1024).toFixed(1).padStart(7)} KiB`);
}
console.log(`  ${"page total".padEnd(18)} ${(raw / 1024).toFixed(1).padStart(8)} KiB   gzip ${(gz / 1024).toFixed(1).padStart(7)} KiB (data files load only when chosen)`);
'
echo "build-web: dist/ ready"
