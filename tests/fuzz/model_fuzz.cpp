// libFuzzer target for model import (engine/io/model_json): any text must either load into a
// consistent model that predicts, or be refused with std::invalid_argument. Crashes,
// hangs, sanitizer reports, allocations past -rss_limit_mb and any other exception are
// findings; keep each in tests/fuzz/regressions/model/, which engine_tests replays.
// Build and run: scripts/fuzz.sh model [seconds]
#include "model_fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  nnplay_fuzz::check_model_input(data, size);
  return 0;
}
