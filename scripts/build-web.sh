#!/usr/bin/env bash
# Builds the static page into dist/ from web/ and the WebAssembly module in build/wasm:
#   dist/index.html, components.css + styles.css, main.js (the page), chunks/ (Chart.js when
#   a chart is first needed, KaTeX with the math panel when the math card is near, the code export when used), worker.js
#   (training worker + the engine's JS API), nnplay-core.mjs +
#   nnplay-core.wasm + nnplay-core.deferred.wasm, nnplay-widget.js (the <nn-playground> element), embed.html + embed.js
#   (its iframe form), examples/ (a lesson page), katex/ (stylesheet and fonts),
#   data/iris.csv, data/mnist.csv, data/fashion-mnist/*.gz, sw.js (the offline copy's service worker),
#   manifest.webmanifest and its icons.
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
# The page is split: what a first visit needs in main.js, the rest (Chart.js, KaTeX with the math
# panel...) in dist/chunks/, loaded when first used. The worker, the widget and its iframe
# form are one file each, so a course page loads the widget from a single URL.
# No --keep-names: the source maps carry the names, and kept names cost 5 % of the page's gzip bytes.
# UTF-8 output: Chinese text as itself, not as \uXXXX escapes (modules and workers are read as UTF-8).
esbuild_options=(--bundle --format=esm --target=es2022 --minify --charset=utf8 --sourcemap=linked --outdir=dist
  --external:node:* --loader:.css=text --log-level=warning)
node_modules/.bin/esbuild web/main.js --splitting --chunk-names=chunks/[name]-[hash] "${esbuild_options[@]}"
node_modules/.bin/esbuild worker=web/worker/worker.js nnplay-widget=web/widget/widget.js embed=web/widget/embed.js \
  "${esbuild_options[@]}"
cp web/index.html web/file-notice.js web/styles.css web/ui/components.css web/widget/embed.html web/widget/embed.css dist/
mkdir -p dist/examples
cp web/examples/*.html web/examples/*.css web/examples/*.js dist/examples/
# The site's Content-Security-Policy as a <meta> in every page, for hosts that cannot send
# headers (GitHub Pages); scripts/serve.mjs sends it as a header too.
node -e '
const fs = require("fs");
const policy = fs.readFileSync("web/content-security-policy.txt", "utf8").trim();
const examples = fs.readdirSync("dist/examples").filter((f) => f.endsWith(".html")).map((f) => `dist/examples/${f}`);
for (const f of ["dist/index.html", "dist/embed.html", ...examples]) {
  const html = fs.readFileSync(f, "utf8").replace(/ *<!-- content-security-policy:.*-->/,
    `  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  if (!html.includes("Content-Security-Policy")) throw new Error(`${f}: no content-security-policy placeholder`);
  fs.writeFileSync(f, html);
}'
# KaTeX's stylesheet and fonts for the math panel (web/teaching/math-panel.js), as dist/katex/katex.min.css
# with fonts/ beside it (the stylesheet's relative URLs). woff2 only: every browser that runs
# the page's WebAssembly reads it, and the stylesheet lists it first.
katex=node_modules/katex/dist
if [ ! -f "$katex/katex.min.css" ]; then
  echo "build-web: $katex/katex.min.css not found: run npm install" >&2
  exit 1
fi
mkdir -p dist/katex/fonts
cp "$katex/katex.min.css" dist/katex/
cp "$katex"/fonts/*.woff2 dist/katex/fonts/
cp "$core/nnplay-core.wasm" "$core/nnplay-core.deferred.wasm" dist/
# Emscripten's glue keeps its local names; minified again it is a quarter smaller. (Its
# Node branch, with require(), stays: it is never taken in a browser.)
node_modules/.bin/esbuild "$core/nnplay-core.mjs" --minify --format=esm --target=es2022 --outfile=dist/nnplay-core.mjs --log-level=error
# The same engine for the Node tests of the worker (tests/web/worker/), so
# they test what dist/ ships even while the engine is being rebuilt.
rm -rf build/web-engine
mkdir -p build/web-engine
cp bindings/nnplay.mjs bindings/playground.mjs bindings/arguments.mjs bindings/heap-text.mjs bindings/deferred.mjs "$core/nnplay-core.js" \
  "$core/nnplay-core.wasm" "$core/nnplay-core.deferred.wasm" "$core/package.json" build/web-engine/
cp data/iris.csv dist/data/
if [ -f build/data/mnist.csv ]; then
  cp build/data/mnist.csv dist/data/
else
  echo "build-web: build/data/mnist.csv not found (scripts/build.sh makes it): the MNIST choice will say so" >&2
fi
# Fashion-MNIST as its package ships it: four gzip-compressed IDX files, 30 MB, fetched when chosen.
fashion=/usr/share/datasets/fashion-mnist
if [ -d "$fashion" ]; then
  mkdir -p dist/data/fashion-mnist
  cp "$fashion"/*-ubyte.gz dist/data/fashion-mnist/
else
  echo "build-web: $fashion not found (scripts/setup.sh installs dataset-fashion-mnist): the Fashion-MNIST choice will say so" >&2
fi
# The widget pinned to this version, at v/<version>/ beside the latest (a course page can
# keep the one it was written for): its own files only; built with NNPLAY_SITE_PATH, it takes
# the data files and the full page from the site (engine-workers.js). v/versions.json lists
# each pinned version's files (scripts/keep-versions.mjs brings the earlier ones along when
# the site is published again).
version=$(node -p 'require("./package.json").version')
pinned=dist/v/$version
mkdir -p "$pinned"
node_modules/.bin/esbuild worker=web/worker/worker.js nnplay-widget=web/widget/widget.js embed=web/widget/embed.js \
  --bundle --format=esm --target=es2022 --minify --charset=utf8 --outdir="$pinned" --external:node:* --loader:.css=text \
  --log-level=warning --define:NNPLAY_SITE_PATH='"../../"'
cp dist/nnplay-core.mjs dist/nnplay-core.wasm dist/nnplay-core.deferred.wasm web/widget/embed.css "$pinned/"
node -e '
const fs = require("fs");
const [pinned, version] = process.argv.slice(1);
const policy = fs.readFileSync("web/content-security-policy.txt", "utf8").trim();
const html = fs.readFileSync("web/widget/embed.html", "utf8").replace(/ *<!-- content-security-policy:.*-->/,
  `  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
fs.writeFileSync(`${pinned}/embed.html`, html);
const files = fs.readdirSync(pinned).sort();
fs.writeFileSync("dist/v/versions.json", `${JSON.stringify({ latest: version, versions: { [version]: files } }, null, 2)}\n`);
' "$pinned" "$version"
# The installed app's manifest and icons, and last, once every other file is in place, the
# service worker that caches them all for offline use (web/offline/).
cp web/offline/manifest.webmanifest web/offline/icon-192.png web/offline/icon-512.png dist/
node scripts/build-service-worker.mjs dist
node -e '
const fs = require("fs"), zlib = require("zlib"), path = require("path");
let raw = 0, gz = 0;
// chunks/chunk-*.js hold modules main.js shares with the math panel: main.js imports them.
const chunks = fs.readdirSync("dist/chunks").filter((f) => f.endsWith(".js"));
const shared = chunks.filter((f) => f.startsWith("chunk-")).map((f) => `chunks/${f}`);
const page = ["index.html", "components.css", "styles.css", "main.js", ...shared, "worker.js", "nnplay-core.mjs", "nnplay-core.wasm"];
for (const f of page) {
  const b = fs.readFileSync(path.join("dist", f)); const g = zlib.gzipSync(b, { level: 6 }).length;
  raw += b.length; gz += g;
  console.log(`  ${f.replace(/-[A-Z0-9]{8}\.js$/, ".js").padEnd(18)} ${(b.length / 1024).toFixed(1).padStart(8)} KiB   gzip ${(g / 1024).toFixed(1).padStart(7)} KiB`);
}
console.log(`  ${"first visit".padEnd(18)} ${(raw / 1024).toFixed(1).padStart(8)} KiB   gzip ${(gz / 1024).toFixed(1).padStart(7)} KiB (data files load only when chosen)`);
// A first visit in Chinese loads the zh-CN catalog too (chunks/zh-CN-*.js).
const catalog = chunks.filter((f) => f.startsWith("zh-CN-")).map((f) => fs.readFileSync(path.join("dist/chunks", f)));
const zh = catalog.reduce((n, b) => n + zlib.gzipSync(b, { level: 6 }).length, 0);
console.log(`  ${"first visit zh-CN".padEnd(18)} ${((raw + catalog.reduce((n, b) => n + b.length, 0)) / 1024).toFixed(1).padStart(8)} KiB   gzip ${((gz + zh) / 1024).toFixed(1).padStart(7)} KiB (with the zh-CN catalog, ${(zh / 1024).toFixed(1)} KiB)`);
let later = 0, laterGz = 0;
for (const f of ["katex/katex.min.css", "nnplay-core.deferred.wasm", ...chunks.filter((f) => !f.startsWith("chunk-") && !f.startsWith("zh-CN-")).map((f) => `chunks/${f}`)]) {
  const b = fs.readFileSync(path.join("dist", f)); later += b.length; laterGz += zlib.gzipSync(b, { level: 6 }).length;
}
const fonts = fs.readdirSync("dist/katex/fonts").reduce((n, f) => n + fs.statSync(path.join("dist/katex/fonts", f)).size, 0);
console.log(`  ${"when used".padEnd(18)} ${(later / 1024).toFixed(1).padStart(8)} KiB   gzip ${(laterGz / 1024).toFixed(1).padStart(7)} KiB (Chart.js with the first touch or epoch; the engine part for CSV files, model files and step details; KaTeX and its stylesheet when the math card is near; the code export)` +
  ` + ${(fonts / 1024).toFixed(1)} KiB of woff2 fonts, each when a formula uses it`);
let wraw = 0, wgz = 0;
for (const f of ["nnplay-widget.js", "worker.js", "nnplay-core.mjs", "nnplay-core.wasm"]) {
  const b = fs.readFileSync(path.join("dist", f)); wraw += b.length; wgz += zlib.gzipSync(b, { level: 6 }).length;
}
console.log(`  ${"widget total".padEnd(18)} ${(wraw / 1024).toFixed(1).padStart(8)} KiB   gzip ${(wgz / 1024).toFixed(1).padStart(7)} KiB (nnplay-widget.js, worker.js, the engine)`);
'
echo "build-web: dist/ ready"
