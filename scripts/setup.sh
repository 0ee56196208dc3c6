#!/usr/bin/env bash
# Installs what the project needs and is missing, nothing else. Safe to run again:
# when everything is present it only checks and returns.
#   scripts/setup.sh          what npm test needs
#   scripts/setup.sh --fuzz   also clang and its libFuzzer runtime, for scripts/fuzz.sh
#   scripts/setup.sh --bench  also clang 19 and lld 19, for bench/relaxed-simd.mjs
set -euo pipefail
cd "$(dirname "$0")/.."

# emscripten and binaryen (wasm-split, which splits the module in two, and wasm-dis, used by
# the bindings tests) build and check the wasm module.
# chromium runs the page tests. python3-numpy runs the exported NumPy scripts (tests/web/).
# clang-format checks the C++ formatting (scripts/lint.sh). fonts-wqy-zenhei draws the Chinese
# page in the browser tests' screenshots (the page itself uses the visitor's system fonts).
# dataset-fashion-mnist is the Fashion-MNIST built-in (its IDX files, 30 MB).
packages=(cmake g++ make libeigen3-dev catch2 nlohmann-json3-dev emscripten binaryen chromium python3-numpy clang-format
  fonts-wqy-zenhei dataset-fashion-mnist)
# The fuzzers are a developer's tool, not part of npm test.
if [ "${1:-}" = --fuzz ]; then packages+=(clang-14 libclang-rt-14-dev); fi
# Nor is the benchmark of relaxed SIMD, whose kernel modules only clang 19 builds.
if [ "${1:-}" = --bench ]; then packages+=(clang-19 lld-19); fi

missing=()
for pkg in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"
else
  echo "setup: Debian packages present"
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
else
  echo "setup: npm packages present"
fi
