#!/usr/bin/env bash
# Fuzzes the CSV parser and dataset builder with libFuzzer + ASan + UBSan.
#   scripts/fuzz-csv.sh [seconds=60] [extra libFuzzer flags...]
# Needs clang (clang-14 and libclang-rt-14-dev on Debian). The corpus grows in
# build/fuzz/corpus (seeded from data/*.csv); crashes are written to build/fuzz/ as
# crash-*: fix, then copy each into tests/fuzz/regressions/, which engine_tests replays
# (tests/engine/csv_fuzz_regression_test.cpp).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true

cxx="$(command -v clang++-14 || command -v clang++ || true)"
if [ -z "$cxx" ]; then
  echo "fuzz-csv: clang++ not found (apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 1
fi
out=build/fuzz
mkdir -p "$out/corpus"
cp -n data/*.csv "$out/corpus/" 2>/dev/null || true

sources=(engine/csv.cpp engine/csv_file.cpp engine/csv_number.cpp engine/csv_plain_record.cpp engine/csv_reader.cpp engine/csv_sniff.cpp engine/csv_text.cpp engine/decimal.cpp
         engine/data_error.cpp engine/table.cpp engine/large_buffer.cpp engine/dataset_builder.cpp engine/dataset_plan.cpp
         engine/dataset_summary.cpp engine/split.cpp engine/preprocessing.cpp engine/preprocessing_json.cpp engine/rng.cpp)
if [ ! -x "$out/csv_fuzz" ] || [ -n "$(find engine tests/fuzz -newer "$out/csv_fuzz" -name '*.[ch]pp' | head -1)" ]; then
  echo "fuzz-csv: building $out/csv_fuzz"
  "$cxx" -std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
    -DEIGEN_MPL2_ONLY -Iengine -isystem /usr/include/eigen3 \
    tests/fuzz/csv_fuzz.cpp "${sources[@]}" -o "$out/csv_fuzz"
fi
echo "fuzz-csv: running for ${seconds}s"
"$out/csv_fuzz" -max_total_time="$seconds" -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix="$out/" "$@" "$out/corpus"
