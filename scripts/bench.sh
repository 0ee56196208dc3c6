#!/usr/bin/env bash
# Runs the benchmarks. Expects scripts/build.sh to have run.
#   BENCH_SECONDS=N  seconds per measurement (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${BENCH_SECONDS:-3}

echo "== training throughput (native)"
build/native/bench/train_bench --seconds "$seconds"
