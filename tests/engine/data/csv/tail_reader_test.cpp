// The two-thread read of large texts (data/csv/tail_reader.hpp) gives the table one thread
// gives, whatever sits where the halves meet.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>

#include "data/csv/read_csv.hpp"
#include "data_test_helpers.hpp"
#include "large_csv_texts.hpp"

using Catch::Matchers::Contains;
using nnplay::CsvOptions;
using nnplay::parse_csv;
using nnplay::Table;
using nnplay_test::replace_line_at;

namespace {

constexpr int kColumns = 40;

// About 6 MB of small integers: over the size from which two threads read.
std::string large_numeric_csv(const std::string& line_end = "\n") {
  return nnplay_test::numeric_csv(kColumns, 60000, line_end);
}

std::string plain_row(int first) {
  std::string line = std::to_string(first);
  for (int j = 1; j < kColumns; ++j) line += "," + std::to_string(j);
  return line + "\n";
}

void check_two_threads(const std::string& text, CsvOptions options = {}) {
  options.parallel = false;
  const Table one = parse_csv(text, options);
  options.parallel = true;
  const Table two = parse_csv(text, options);
  nnplay_test::check_same_table(one, two);
}

}  // namespace

TEST_CASE("csv: a large text read by two threads gives the same table", "[csv][parallel]") {
  const std::string text = large_numeric_csv();
  REQUIRE(text.size() > std::size_t{4} << 20);
  SECTION("plain numbers") { check_two_threads(text); }
  SECTION("CRLF line ends") { check_two_threads(large_numeric_csv("\r\n")); }
  SECTION("a blank line just before the middle") {
    check_two_threads(replace_line_at(text, 0.4999, plain_row(1) + "\n"));
  }
  SECTION("lone CR line ends in the first half") {
    std::string lone = text;
    for (std::size_t i = 0, n = 0; i < lone.size() / 4 && n < 500; ++i)
      if (lone[i] == '\n' && i > 2000) lone[i] = '\r', ++n;
    check_two_threads(lone);
  }
  SECTION("a quoted line break across the middle") {
    check_two_threads(
        replace_line_at(text, 0.4999, "\"1\n" + plain_row(2).substr(0, 3) + "\"" + plain_row(2).substr(1)));
  }
  SECTION("text, missing values and a bad number in the second half") {
    std::string mixed = replace_line_at(text, 0.7, "NA" + plain_row(1).substr(1));
    mixed = replace_line_at(mixed, 0.8, "1,oops" + plain_row(1).substr(3));
    mixed = replace_line_at(mixed, 0.9, "2,3.5e2" + plain_row(1).substr(3));
    check_two_threads(mixed);
  }
  SECTION("ragged rows on both sides, skipped") {
    std::string ragged = replace_line_at(text, 0.3, "1,2,3\n");
    ragged = replace_line_at(ragged, 0.75, "1,2\n");
    CsvOptions o;
    o.skip_ragged_rows = true;
    check_two_threads(ragged, o);
    CHECK_THAT(nnplay_test::data_error_of([&] { parse_csv(ragged); }),
               Contains("2 rows have a different number of fields"));
  }
}
