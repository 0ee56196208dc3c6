#!/usr/bin/env bash
# bash scripts/split-wasm.sh DIR: splits DIR/nnplay-core.wasm in two after the link
# (bindings/CMakeLists.txt). The link with -sSPLIT_MODULE leaves the module as
# nnplay-core.wasm.orig and an instrumented copy as nnplay-core.wasm; the copy runs
# split-wasm-profile.mjs (what the page does on generated and table data), which records
# the functions that ran. wasm-split keeps those in nnplay-core.wasm and moves the rest to
# nnplay-core.deferred.wasm, read on the first call into it (bindings/deferred.mjs).
set -euo pipefail
dir=$1
here=$(cd "$(dirname "$0")" && pwd)
profile=$dir/nnplay-core.profile
"${NODE:-node}" "$here/split-wasm-profile.mjs" "$dir" "$profile"
# Written beside, then moved: a failed split leaves no half-made module behind.
"${WASM_SPLIT:-wasm-split}" --enable-simd --enable-exception-handling --enable-bulk-memory --enable-sign-ext \
  --enable-mutable-globals --enable-nontrapping-float-to-int --export-prefix=% \
  "$dir/nnplay-core.wasm.orig" -o1 "$dir/nnplay-core.wasm.primary" -o2 "$dir/nnplay-core.deferred.wasm.new" --profile="$profile"
mv "$dir/nnplay-core.deferred.wasm.new" "$dir/nnplay-core.deferred.wasm"
mv "$dir/nnplay-core.wasm.primary" "$dir/nnplay-core.wasm"
rm "$dir/nnplay-core.wasm.orig" "$profile"
