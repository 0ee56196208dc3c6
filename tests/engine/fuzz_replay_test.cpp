// Replays what the fuzzers keep (scripts/fuzz.sh): each target's minimized corpus
// (tests/fuzz/corpus/TARGET/) and the inputs that once failed (tests/fuzz/regressions/
// TARGET/), through the fuzzer's own check. Under scripts/sanitize.sh this runs them
// with AddressSanitizer and UndefinedBehaviorSanitizer too.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "../fuzz/csv_fuzz_check.hpp"
#include "../fuzz/model_fuzz_check.hpp"

namespace {

// Every file under tests/fuzz/{corpus,regressions}/TARGET.
std::vector<std::filesystem::path> fuzz_inputs(const std::string& target) {
  std::vector<std::filesystem::path> files;
  for (const char* kind : {"corpus", "regressions"}) {
    const auto dir = std::filesystem::path(NNPLAY_SOURCE_DIR) / "tests/fuzz" / kind / target;
    if (!std::filesystem::is_directory(dir)) continue;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  }
  return files;
}

std::vector<std::uint8_t> read_bytes(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("fuzz: the CSV corpus and the inputs that once failed parse and build, or are refused", "[csv][fuzz]") {
  const auto files = fuzz_inputs("csv");
  REQUIRE(files.size() > 1);
  for (const auto& file : files) {
    CAPTURE(file.string());
    const auto bytes = read_bytes(file);
    CHECK_NOTHROW(nnplay_fuzz::check_csv_input(bytes.data(), bytes.size()));
  }
}

TEST_CASE("fuzz: the model corpus and the inputs that once failed load consistently, or are refused", "[model][fuzz]") {
  const auto files = fuzz_inputs("model");
  REQUIRE(files.size() > 1);
  for (const auto& file : files) {
    CAPTURE(file.string());
    const auto bytes = read_bytes(file);
    CHECK_NOTHROW(nnplay_fuzz::check_model_input(bytes.data(), bytes.size()));
  }
}

TEST_CASE("csv: messages stay valid UTF-8 when a long value is shortened", "[csv][errors]") {
  // Found by the fuzzer: a value cut at 40 bytes inside a UTF-8 sequence made the summary
  // JSON throw on dump().
  std::string value;
  for (int i = 0; i < 30; ++i) value += "\xC3\xA9";  // 60 bytes of "é"
  const nnplay::Table t = nnplay::parse_csv("a,b\n" + value + ",1\n2,2\n3,3\n4,4\n");
  CHECK_NOTHROW(nnplay::summary_to_json(nnplay::summarize_table(t)).dump());
  const std::string quoted = nnplay::quote_value(value);
  CHECK(quoted == "\"" + value.substr(0, 40) + "\" (60 bytes, shortened)");
  CHECK(nnplay::quote_value("\xFF\xFE") == "\"\xC3\xBF\xC3\xBE\"");  // Latin-1 read, UTF-8 out
}
