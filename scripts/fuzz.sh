#!/usr/bin/env bash
# Fuzzes one input format of the engine with libFuzzer + ASan + UBSan.
#   scripts/fuzz.sh TARGET [seconds=60] [extra libFuzzer flags...]   fuzz
#   scripts/fuzz.sh TARGET minimize                                  keep a minimized corpus
# Targets (tests/fuzz/TARGET_fuzz.cpp):
#   csv    CSV text -> table -> data set -> two training epochs
#   model  saved-model JSON -> model -> predictions
# Needs clang (clang-14 and libclang-rt-14-dev on Debian; scripts/setup.sh --fuzz installs
# them). Runs on one core, niced. The working corpus is build/fuzz/corpus/TARGET, seeded
# from tests/fuzz/corpus/TARGET (plus data/*.csv for csv); `minimize` merges it back
# into tests/fuzz/corpus/TARGET, which engine_tests replays. Crashes are written to
# build/fuzz/ as crash-*: fix, then copy each into tests/fuzz/regressions/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-}"
case "$target" in
  csv) max_len=4096 ;;
  model) max_len=16384 ;;
  *) echo "usage: scripts/fuzz.sh csv|model [seconds|minimize] [libFuzzer flags...]" >&2; exit 2 ;;
esac
shift
mode="${1:-60}"
shift || true

cxx="$(command -v clang++-14 || command -v clang++ || true)"
if [ -z "$cxx" ]; then
  echo "fuzz: clang++ not found (bash scripts/setup.sh --fuzz, or apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 1
fi
out=build/fuzz
binary="$out/${target}_fuzz"
corpus="$out/corpus/$target"
kept=tests/fuzz/corpus/$target
mkdir -p "$corpus" "$kept"
cp -n "$kept"/* "$corpus/" 2>/dev/null || true
if [ "$target" = csv ]; then cp -n data/*.csv "$corpus/" 2>/dev/null || true; fi

# Every engine source: the targets reach most of the engine, and a list would drift.
if [ ! -x "$binary" ] || [ -n "$(find engine tests/fuzz -newer "$binary" -name '*.[ch]pp' | head -1)" ]; then
  echo "fuzz: building $binary"
  nice "$cxx" -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined,float-cast-overflow -fno-sanitize-recover=all \
    -DEIGEN_MPL2_ONLY -Iengine -isystem /usr/include/eigen3 \
    "tests/fuzz/${target}_fuzz.cpp" $(find engine -name "*.cpp") -o "$binary"
fi

dict=()
if [ -f "tests/fuzz/$target.dict" ]; then dict=(-dict="tests/fuzz/$target.dict"); fi
if [ "$mode" = minimize ]; then
  # A fresh directory holds a small set of inputs covering every edge the corpus covers
  # (edges only, not hit counts: a tenth of the files), each at most 4 KB.
  fresh="$out/minimized-$target"
  rm -rf "$fresh"
  mkdir -p "$fresh"
  nice "$binary" -merge=1 -use_counters=0 -max_len=4096 -rss_limit_mb=2048 "$@" "$fresh" "$corpus"
  rm -f "$kept"/*
  cp "$fresh"/* "$kept/"
  echo "fuzz: tests/fuzz/corpus/$target now holds $(ls "$kept" | wc -l) inputs, $(cat "$kept"/* | wc -c) bytes"
  exit 0
fi
echo "fuzz: running $target for ${mode}s"
nice "$binary" -max_total_time="$mode" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  "${dict[@]}" -artifact_prefix="$out/" "$@" "$corpus"
