#!/usr/bin/env bash
# Runs every test. Expects scripts/build.sh to have run. Every suite runs even when an
# earlier one fails; the exit status is non-zero if any failed.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

echo "== native engine tests (Catch2 via CTest)"
ctest --test-dir build/native --output-on-failure -j "$(nproc)" || status=1

echo "== static checks (scripts/lint.sh)"
bash scripts/lint.sh || status=1

# The same tests under AddressSanitizer + UndefinedBehaviorSanitizer: their own build
# (build/sanitize) takes minutes, so it runs in CI (CI=true) or when asked for
# (NNPLAY_SANITIZE=1), not on every local run.
if [ "${CI:-}" = true ] || [ "${NNPLAY_SANITIZE:-0}" = 1 ]; then
  echo "== native engine tests under ASan + UBSan (scripts/sanitize.sh)"
  bash scripts/sanitize.sh || status=1
fi

echo "== the command-line trainer and the static server (node --test tests/cli/ tests/scripts/)"
node --test tests/cli/ tests/scripts/ || status=1

echo "== WebAssembly module tests (node --test tests/bindings/)"
node --test tests/bindings/ || status=1

echo "== the page's modules in Node (node --test tests/web/: state, worker, teaching, export, import rules)"
node --test tests/web/ || status=1

echo "== the npm package, installed into an empty project (node --test tests/package/)"
node --test --test-timeout=300000 tests/package/ || status=1

echo "== page tests in Chromium (node --test tests/e2e/; screenshots in test-output/e2e/)"
# A test that waits for something that never comes fails after 5 minutes instead of holding CI.
node --test --test-concurrency=1 --test-timeout=300000 tests/e2e/ || status=1

exit $status
