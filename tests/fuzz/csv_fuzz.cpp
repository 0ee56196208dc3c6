// libFuzzer target for the CSV layer: any bytes must either parse into a consistent
// Table (and build or be refused with a DataError) or be refused with a DataError.
// Crashes, hangs, sanitizer reports and any other exception are findings; keep each
// finding in tests/fuzz/regressions/, which engine_tests replays.
// Build and run: scripts/fuzz-csv.sh [seconds]
#include "csv_fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nnplay_fuzz::check_csv_input(data, size);
  return 0;
}
