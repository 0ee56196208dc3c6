#!/usr/bin/env bash
# Runs the benchmarks. Expects scripts/build.sh to have run.
#   BENCH_SECONDS=N  seconds per measurement of train_bench (default 3)
#   BENCH_ROUNDS=N   interleaved rounds of bench/compare.mjs, best of N (default 5)
#   BENCH_WARMUP=N   warm-up epochs per contestant before the rounds (default 2)
#   BENCH_CSV_PAGES=N  fresh Chromium pages of the CSV benchmark (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${BENCH_SECONDS:-3}
jobs=$(nproc)

# The contestants build/native does not have: the -march=native engine (its own build
# dir, only the bench targets) and the scalar wasm module.
cmake -S . -B build/native-march -DCMAKE_BUILD_TYPE=Release -DNNPLAY_NATIVE_ARCH=ON >/dev/null
cmake --build build/native-march -j "$jobs" --target train_bench mnist_bench >/dev/null
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
cmake --build build/wasm -j "$jobs" --target nnplay_wasm_scalar nnplay_wasm_profile >/dev/null

echo "== training throughput (native -msse2, the default x86-64 build)"
build/native/bench/train_bench --seconds "$seconds"
echo "== training throughput (native -march=native)"
build/native-march/bench/train_bench --seconds "$seconds"

echo "== native, wasm (Node, Chromium) and TensorFlow.js-wasm, interleaved: 10,000 rows"
node bench/compare.mjs --train-metrics batches --out test-output/bench/compare.json
echo "== the same on 60,000 rows (Fashion-MNIST's training set)"
node bench/compare.mjs --rows 60000 --train-metrics batches --out test-output/bench/compare-60k.json
echo "== samples/s on 60,000 rows as a share of those on 10,000, interleaved (1.00: no falloff with size)"
node bench/size-falloff.mjs
echo "== where an epoch's time goes in the wasm engine (V8's profiler, Node): 10,000 and 60,000 rows"
node bench/epoch-profile.mjs --rows 10000 --epochs 3
node bench/epoch-profile.mjs --rows 60000 --epochs 1
echo "== relaxed SIMD's fused multiply-add in the product kernel against SIMD128's mul + add (Chromium)"
node bench/relaxed-simd.mjs

# CSV loading: the MNIST-shaped file (label + 784 pixels, 60,000 rows, ~108 MB), natively
# (a fresh process: first run and warm runs, peak memory) and through the shipped wasm
# module in headless Chromium (pg.loadCsv(bytes), the copy into the wasm heap included).
echo "== CSV parse (native)"
build/native/bench/csv_parse_bench
echo "== CSV parse (wasm in Chromium)"
[ -f build/data/mnist-shaped.csv ] || build/native/bench/csv_parse_bench --write build/data/mnist-shaped.csv
node bench/csv_parse_chromium.mjs --runs "${BENCH_CSV_PAGES:-3}"
