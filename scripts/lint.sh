#!/usr/bin/env bash
# Static checks: the C++ formatting (clang-format, .clang-format), ESLint over the
# JavaScript (eslint.config.js), and TypeScript over the JSDoc types (tsconfig.json: the
# page, the module's wrapper against bindings/nnplay.d.mts, and tests/types/;
# tsconfig.strict.json: the same with null checks, for the layers that pass them).
# Needs: scripts/setup.sh (clang-format, npm packages). Exits non-zero if any finds a
# problem; all of them always run. To format the C++: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
status=0

echo "== C++ formatting (clang-format --dry-run --Werror)"
git ls-files '*.cpp' '*.hpp' '*.h' ':!tests/engine/include_rules/*' | xargs clang-format --dry-run --Werror || status=1

echo "== ESLint (node_modules/.bin/eslint .)"
node_modules/.bin/eslint . || status=1

echo "== TypeScript (tsc -p tsconfig.json: JSDoc types of web/ and bindings/, bindings/nnplay.d.mts)"
node_modules/.bin/tsc -p tsconfig.json || status=1

echo "== TypeScript with null checks (tsc -p tsconfig.strict.json: bindings/, web/core, worker, teaching, export, ui)"
node_modules/.bin/tsc -p tsconfig.strict.json || status=1

exit $status
