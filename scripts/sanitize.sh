#!/usr/bin/env bash
# Builds the engine tests with AddressSanitizer + UndefinedBehaviorSanitizer (any report
# is fatal: -fno-sanitize-recover=all, leaks included) in build/sanitize and runs them.
# Optimized (-O1) but with assertions on, so Eigen's index and size checks run too.
#   scripts/sanitize.sh [ctest arguments...]     e.g. scripts/sanitize.sh -R csv
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)
out=build/sanitize

cmake -S . -B "$out" -DNNPLAY_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" >/dev/null
# The engine's tests only: the CLI and the benchmarks are not needed here.
cmake --build "$out" -j "$jobs" --target engine_tests engine_tests_f64

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
ctest --test-dir "$out" --output-on-failure -j "$jobs" "$@"
