// A CSV read in pieces (data/csv/csv_stream.hpp) gives the table and the errors that
// parse_csv gives for the whole text, wherever the pieces are cut.
#include <catch2/catch.hpp>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include "data/csv/csv_stream.hpp"
#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"
#include "data_test_helpers.hpp"
#include "large_csv_texts.hpp"

using Catch::Matchers::Contains;
using nnplay::CsvOptions;
using nnplay::CsvStream;
using nnplay::parse_csv;
using nnplay::Table;
using nnplay_test::replace_line_at;

namespace {

constexpr int kColumns = 12;

// About 2.5 MB: past the head CsvStream sniffs (1 MiB) and its streaming threshold (set
// to 0 here).
std::string numeric_csv(int rows = 70000, const std::string& line_end = "\n") {
  return nnplay_test::numeric_csv(kColumns, rows, line_end);
}

std::string row_of(const std::string& first, const std::string& second = "1") {
  std::string line = first + "," + second;
  for (int j = 2; j < kColumns; ++j) line += "," + std::to_string(j);
  return line + "\n";
}

// 1.5 MB of rows of 72 bytes, then 3 MB of rows of 24: 2.1 times the rows the head suggests.
std::string long_then_short_rows() {
  std::string text = "label,x1,x2,x3,x4,x5,x6,x7,x8,x9,x10,x11\n";
  for (int r = 0; text.size() < (std::size_t{3} << 19); ++r) {
    text += std::to_string(r % 3);
    for (int j = 1; j < kColumns; ++j) text += "," + std::to_string(100000 + (r * 7 + j) % 900000);
    text += "\n";
  }
  while (text.size() < (std::size_t{9} << 19)) text += "1,0,0,0,0,0,0,0,0,0,0,0\n";
  return text;
}

struct Streamed {
  std::optional<Table> table;
  bool pieces = false;  // read as the pieces came
};

// Pieces of the sizes in `cuts`, taken in turn; none: a piece a line (every piece ends
// just after a line break, the ones inside quotes too).
Streamed stream(const std::string& text, const std::vector<std::size_t>& cuts, const CsvOptions& options = {},
                std::size_t min_stream_bytes = 0) {
  CsvStream s(options, text.size(), min_stream_bytes);
  bool pieces = false;
  for (std::size_t at = 0, k = 0; at < text.size(); ++k) {
    const std::size_t line = text.find('\n', at);
    const std::size_t n = cuts.empty() ? (line == std::string::npos ? text.size() : line + 1) - at
                                       : std::min(cuts[k % cuts.size()], text.size() - at);
    char* room = s.room(n);
    if (room == nullptr) FAIL("no room for a piece of " << n << " bytes");
    std::memcpy(room, text.data() + at, n);
    s.add(n);
    pieces |= s.reading_pieces();
    at += n;
  }
  return {s.finish(), pieces};
}

// Read in pieces, with several ways of cutting them, the table is parse_csv's.
void check_streams(const std::string& text, const CsvOptions& options = {}, bool expect_pieces = true) {
  const Table whole = parse_csv(text, options);
  for (const std::vector<std::size_t>& cuts :
       {std::vector<std::size_t>{65536}, {1000003}, {1, 4096, 7, 250000}, {text.size()}, {}}) {
    CAPTURE(cuts);
    const Streamed s = stream(text, cuts, options);
    CHECK(s.pieces == expect_pieces);
    REQUIRE(s.table.has_value());
    nnplay_test::check_same_table(whole, *s.table);
  }
}

std::string stream_error(const std::string& text, const std::vector<std::size_t>& cuts, const CsvOptions& o = {}) {
  return nnplay_test::data_error_of([&] { stream(text, cuts, o); });
}

}  // namespace

TEST_CASE("csv stream: the pieces give parse_csv's table", "[csv][stream]") {
  const std::string text = numeric_csv();
  REQUIRE(text.size() > std::size_t{2} << 20);
  SECTION("plain numbers") {
    check_streams(text);
    CHECK(stream(text, {65536}).table->in_bytes());  // whole numbers 0-255: kept as bytes
    CHECK_FALSE(parse_csv(text).in_bytes());
  }
  SECTION("a number that is not a byte, near the end: the table turns into floats, the same") {
    for (const std::string& value : {"256", "0.5", "-0", "-1", "1e9", "", "NA"}) {
      CAPTURE(value);
      const std::string late = replace_line_at(text, 0.9, row_of("1", value));
      check_streams(late);
      CHECK_FALSE(stream(late, {65536}).table->in_bytes());
    }
  }
  SECTION("CRLF line ends, a byte-order mark, no header") {
    std::string crlf = numeric_csv(70000, "\r\n");
    crlf = "\xEF\xBB\xBF" + crlf.substr(crlf.find('\n') + 1);
    check_streams(crlf);
  }
  SECTION("an Excel sep= line") { check_streams("sep=,\n" + text); }
  SECTION("quoted fields across pieces: line breaks, delimiters and quotes inside, a few in a numeric column") {
    std::string quoted = text;
    for (double at : {0.3, 0.45, 0.6, 0.75, 0.9})
      quoted = replace_line_at(quoted, at, row_of("2", "\"a,\"\"b\"\"\nc\""));
    check_streams(quoted);
    CHECK_FALSE(parse_csv(quoted).columns[1].problem.empty());  // the quoted values are there, and named
  }
  SECTION("ragged rows with quoted line breaks, skipped") {
    std::string ragged = text;
    for (double at : {0.3, 0.6, 0.9}) ragged = replace_line_at(ragged, at, "\"1\n\"," + row_of("\"a,\nc\""));
    CsvOptions o;
    o.skip_ragged_rows = true;
    check_streams(ragged, o);
  }
  SECTION("text, missing values, a bad number, blank lines") {
    std::string mixed = replace_line_at(text, 0.5, row_of("NA"));
    mixed = replace_line_at(mixed, 0.6, row_of("1", "oops"));
    mixed = replace_line_at(mixed, 0.7, row_of("2", "3.5e2") + "\n\n" + row_of("1", ""));
    check_streams(mixed);
  }
  SECTION("a text column, all categories") {
    std::string words = "name,a,b\n";
    for (int r = 0; words.size() < (std::size_t{3} << 20); ++r)
      words += std::string(r % 2 ? "\"Smith,\nJ\"" : "Lee") + "," + std::to_string(r % 7) + "," +
               std::to_string(r % 2) + "\n";
    check_streams(words);
  }
  SECTION("ragged rows, skipped") {
    CsvOptions o;
    o.skip_ragged_rows = true;
    check_streams(replace_line_at(replace_line_at(text, 0.2, "1,2,3\n"), 0.8, "1,2\n"), o);
  }
  SECTION("more rows than the head suggests: the table grows") { check_streams(long_then_short_rows()); }
  SECTION("lone CR line ends after the head: kept until the end") {
    std::string lone = text;
    for (std::size_t i = std::size_t{3} << 19; i < lone.size(); ++i)
      if (lone[i] == '\n') lone[i] = '\r';
    check_streams(lone);
  }
  SECTION("the memory budget counts the table alone: a file over it as a whole text loads") {
    // 8 MB of 3-digit numbers, about as many bytes as their floats: the text and twice the
    // floats need 3 times the text, twice the floats (and the room for more rows) 2.4 times.
    std::string wide = "label,x1,x2,x3,x4,x5,x6,x7,x8,x9,x10,x11\n";
    for (int r = 0; wide.size() < (std::size_t{8} << 20); ++r) {
      wide += std::to_string(r % 3);
      for (int j = 1; j < kColumns; ++j) wide += "," + std::to_string(100 + (r * 7 + j) % 900);
      wide += "\n";
    }
    CsvOptions o;
    o.memory_budget = static_cast<std::size_t>(2.8 * static_cast<double>(wide.size()));
    CHECK_THAT(nnplay_test::data_error_of([&] { parse_csv(wide, o); }), Contains("over the memory budget"));
    const Streamed s = stream(wide, {65536}, o);
    CHECK(s.pieces);
    REQUIRE(s.table.has_value());
    nnplay_test::check_same_table(parse_csv(wide), *s.table);
  }
  SECTION("small, a decimal comma, too few lines in the head: kept whole") {
    check_streams("a,b\n1,2\n3,4\n", {}, false);
    std::string semicolons = "a;b;c\n";
    while (semicolons.size() < (std::size_t{2} << 20)) semicolons += "1,5;2;3\n";
    check_streams(semicolons, {}, false);
    std::string wide = "a";
    for (int j = 0; j < 200000; ++j) wide += ",c" + std::to_string(j);
    wide += "\n";
    std::string row = "1";
    for (int j = 0; j < 200000; ++j) row += ",1";
    for (int r = 0; r < 5; ++r) wide += row + "\n";
    check_streams(
        wide,
        [] {
          CsvOptions o;
          o.max_columns = 300000;
          return o;
        }(),
        false);
  }
}

TEST_CASE("csv stream: errors are parse_csv's", "[csv][stream]") {
  const std::string text = numeric_csv();
  const auto same_error = [&](const std::string& bad, const CsvOptions& o = {}) {
    const std::string whole = nnplay_test::data_error_of([&] { parse_csv(bad, o); });
    CHECK(stream_error(bad, {4096, 1, 99999}, o) == whole);
    CHECK(stream_error(bad, {}, o) == whole);
    return whole;
  };
  SECTION("ragged rows, refused with their rows") {
    const std::string bad = replace_line_at(replace_line_at(text, 0.3, "1,2,3\n"), 0.9, "1\n");
    CHECK_THAT(same_error(bad), Contains("2 rows have a different number of fields"));
  }
  SECTION("a quote never closed") {
    CHECK_THAT(same_error(replace_line_at(text, 0.95, "1,\"open\n")), Contains("row"));
  }
  SECTION("nothing but the header") { same_error("a,b\n"); }
  SECTION("a head that sniffing refuses is kept whole: the same message") {
    same_error(std::string(std::size_t{2} << 20, '\n'));
  }
  SECTION("over the memory budget either way: the whole text's message") {
    CsvOptions o;
    o.memory_budget = text.size();
    CHECK_THAT(same_error(text, o), Contains("over the memory budget"));
  }
}

TEST_CASE("csv stream: what needs the whole text says so", "[csv][stream]") {
  const std::string text = numeric_csv();
  SECTION("a quote never closed, past the head, with 4 MiB after it: left to parse_csv, which reads it once") {
    std::string open = numeric_csv(200000);
    REQUIRE(open.size() > (std::size_t{6} << 20));
    open.insert(open.find('\n', std::size_t{3} << 19) + 3, "\"");
    CHECK_FALSE(stream(open, {65536}).table.has_value());
    CHECK_THAT(nnplay_test::data_error_of([&] { parse_csv(open); }), Contains("never closed"));
  }
  SECTION("more rows than the head suggested, over the memory budget: parse_csv counts them") {
    const std::string text2 = long_then_short_rows();
    CsvOptions o;
    o.memory_budget = 9'000'000;  // the rows the head suggests fit; the rows there are do not
    const Streamed s = stream(text2, {65536}, o);
    CHECK(s.pieces);
    CHECK_FALSE(s.table.has_value());
    CHECK_THAT(nnplay_test::data_error_of([&] { parse_csv(text2, o); }), Contains("over the memory budget"));
  }
  SECTION("a NUL byte past the head") {
    std::string nul = text;
    nul[nul.size() - 100] = '\0';
    CHECK_FALSE(stream(nul, {65536}).table.has_value());
    CHECK_THAT(nnplay_test::data_error_of([&] { parse_csv(nul); }), Contains("row"));
  }
  SECTION("a mostly-text column with a few numbers, kept as written") {
    std::string words = "code,v\n";
    for (int r = 0; words.size() < (std::size_t{2} << 20); ++r)
      words += (r % 50 == 0 ? std::string("007") : "id" + std::to_string(r % 300)) + "," + std::to_string(r % 5) + "\n";
    const Streamed s = stream(words, {65536});
    CHECK(s.pieces);
    CHECK_FALSE(s.table.has_value());
    CHECK(parse_csv(words).columns[0].text);
  }
  SECTION("below the streaming size it is read whole, as parse_csv") {
    const Streamed s = stream(text, {65536}, {}, CsvStream::kMinStreamBytes);
    CHECK_FALSE(s.pieces);
    REQUIRE(s.table.has_value());
    nnplay_test::check_same_table(parse_csv(text), *s.table);
  }
}
