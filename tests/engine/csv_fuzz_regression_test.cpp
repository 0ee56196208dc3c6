// Replays every input the CSV fuzzer has found (tests/fuzz/regressions/) through the
// fuzzer's own check: each must now parse and build, or be refused with a DataError.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

#include "../fuzz/csv_fuzz_check.hpp"

TEST_CASE("csv: inputs found by the fuzzer stay fixed", "[csv][fuzz]") {
  const std::filesystem::path dir = std::filesystem::path(NNPLAY_SOURCE_DIR) / "tests/fuzz/regressions";
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) files.push_back(entry.path());
  REQUIRE_FALSE(files.empty());
  for (const auto& file : files) {
    CAPTURE(file.filename().string());
    std::ifstream in(file, std::ios::binary);
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK_NOTHROW(nnplay_fuzz::check_csv_input(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
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
