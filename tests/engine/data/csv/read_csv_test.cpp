#include <catch2/catch.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/number_format.hpp"
#include "core/rng.hpp"
#include "data/csv/read_csv.hpp"
#include "data_test_helpers.hpp"

using Catch::Matchers::Contains;
using nnplay::ColumnType;
using nnplay::CsvOptions;
using nnplay::parse_csv;
using nnplay::Table;
using nnplay_test::column_names;
using nnplay_test::data_error_of;

namespace {

std::vector<std::string> row_text(const Table& t, std::size_t r) {
  std::vector<std::string> out;
  for (std::size_t c = 0; c < t.column_count(); ++c) out.push_back(t.text(r, c));
  return out;
}

std::string parse_error(const std::string& text, const CsvOptions& o = {}) {
  return data_error_of([&] { parse_csv(text, o); });
}

}  // namespace

TEST_CASE("csv: RFC 4180 records", "[csv]") {
  SECTION("header, numbers and text, types inferred") {
    const Table t = parse_csv("a,b,name\n1,2.5,x\n3,-4,y\n5,6e1,x\n");
    CHECK(t.rows == 3);
    CHECK(column_names(t) == std::vector<std::string>{"a", "b", "name"});
    CHECK(t.csv.header);
    CHECK(t.csv.delimiter == ',');
    CHECK(t.columns[0].type == ColumnType::numeric);
    CHECK(t.columns[0].integer_valued);
    CHECK_FALSE(t.columns[1].integer_valued);
    CHECK(t.number(2, 1) == 60.0f);
    CHECK(t.columns[2].type == ColumnType::categorical);
    CHECK(t.columns[2].categories == std::vector<std::string>{"x", "y"});
    CHECK(row_text(t, 1) == std::vector<std::string>{"3", "-4", "y"});
  }
  SECTION("quoted fields: delimiters, escaped quotes, line breaks inside") {
    const Table t = parse_csv("id,text,v\n1,\"a,b\",1\n2,\"say \"\"hi\"\"\",2\n3,\"two\nlines\",3\n4,plain,4\n");
    REQUIRE(t.rows == 4);
    CHECK(t.text(0, 1) == "a,b");
    CHECK(t.text(1, 1) == "say \"hi\"");
    CHECK(t.text(2, 1) == "two\nlines");
    CHECK(t.file_rows == std::vector<std::int64_t>{2, 3, 4, 6});  // row 4 spans two lines
  }
  SECTION("line ends: LF, CRLF, CR, no final line break; BOM") {
    const std::string expected = "1|2|3|4|";
    for (const std::string text : {"a,b\n1,2\n3,4\n", "a,b\r\n1,2\r\n3,4\r\n", "a,b\r1,2\r3,4\r", "a,b\n1,2\n3,4",
                                   "\xEF\xBB\xBF"
                                   "a,b\r\n1,2\r\n3,4"}) {
      CAPTURE(text);
      const Table t = parse_csv(text);
      REQUIRE(t.rows == 2);
      CHECK(column_names(t) == std::vector<std::string>{"a", "b"});
      CHECK(t.number(1, 1) == 4.0f);
      CHECK(t.file_rows == std::vector<std::int64_t>{2, 3});
    }
    CHECK(parse_csv("\xEF\xBB\xBF"
                    "a,b\n1,2\n")
              .csv.bom);
  }
  SECTION("blank lines, space-only lines and delimiter-only lines are skipped, rows still counted") {
    const Table t = parse_csv("a,b\n\n1,2\n   \n,\n3,4\n\n");
    REQUIRE(t.rows == 2);
    CHECK(t.file_rows == std::vector<std::int64_t>{3, 6});
  }
  SECTION("spaces around unquoted values are trimmed, quoted ones kept") {
    const Table t = parse_csv("a,b,c\n 1 , x ,\" y \"\n2,z,w\n");
    CHECK(t.number(0, 0) == 1.0f);
    CHECK(t.text(0, 1) == "x");
    CHECK(t.text(0, 2) == " y ");
  }
}

TEST_CASE("csv: missing values and column types", "[csv]") {
  SECTION("missing tokens are counted per column") {
    const Table t = parse_csv("a,b,c\n1,NA,x\n,N/A,y\n3,nan,null\n4,?,#N/A\n5,6,\"\"\n");
    CHECK(t.columns[0].missing == 1);
    CHECK(t.columns[1].missing == 4);
    CHECK(t.columns[2].missing == 3);
    CHECK(t.is_missing(1, 0));
    CHECK(std::isnan(t.number(1, 0)));
    CHECK(t.columns[2].categories == std::vector<std::string>{"x", "y"});
  }
  SECTION("constant, empty, identifier columns are flagged") {
    std::string text = "id,name,const,empty,v\n";
    for (int i = 1; i <= 30; ++i)
      text += std::to_string(i) + ",person" + std::to_string(i) + ",7,," + std::to_string(i % 3) + "\n";
    const Table t = parse_csv(text);
    CHECK(t.columns[0].type == ColumnType::identifier);  // 1, 2, 3, ... counts rows
    CHECK(t.columns[1].type == ColumnType::identifier);  // every string distinct
    CHECK(t.columns[2].type == ColumnType::constant);
    CHECK(t.columns[3].type == ColumnType::empty);
    CHECK(t.columns[4].type == ColumnType::numeric);
    CHECK(t.columns[4].distinct == 3);
    CHECK(t.columns[4].min == 0);
    CHECK(t.columns[4].max == 2);
  }
  SECTION("a row counter is told from values that only span as many numbers") {
    std::string text = "counter,shuffled,y\n";
    for (int i = 1, n = 100; i <= 30; ++i)
      text += (i == 12 ? std::string("NA") : std::to_string(++n)) + "," + std::to_string((i * 7) % 30 + 1) + "," +
              std::to_string(i % 2) + "\n";
    const Table t = parse_csv(text);
    CHECK(t.columns[0].counts_rows);  // 101, ..., 111, NA, 112, ...: a missing value skipped
    CHECK(t.columns[0].type == ColumnType::identifier);
    CHECK_FALSE(t.columns[1].counts_rows);  // 1..30 in another order
    CHECK(t.columns[1].type == ColumnType::numeric);
  }
  SECTION("statistics with negative numbers, zeros of both signs, huge values and gaps") {
    const Table t = parse_csv("a,b,c\n-3.5,1e30,-0\n2,,0\nNA,-1e30,4\n-0.25,5,7\n");
    CHECK(t.columns[0].min == -3.5);
    CHECK(t.columns[0].max == 2);
    CHECK(t.columns[0].missing == 1);
    CHECK_FALSE(t.columns[0].integer_valued);
    CHECK(t.columns[1].min == -1e30f);
    CHECK(t.columns[1].max == 1e30f);
    CHECK(t.columns[1].integer_valued);  // floats that large are whole numbers
    CHECK_THAT(t.columns[0].mean, Catch::Matchers::WithinAbs((-3.5 + 2 - 0.25) / 3, 1e-9));
    CHECK(t.columns[2].min == 0);
    CHECK(t.columns[2].max == 7);
    CHECK(t.columns[2].distinct == 3);  // -0 and 0 are one value
  }
  SECTION("a mostly-text column keeps its numbers as text") {
    const Table t = parse_csv("code,v\n007,1\nA1,2\nB2,3\nC3,4\n");
    REQUIRE(t.columns[0].type == ColumnType::categorical);
    CHECK(t.text(0, 0) == "007");
    CHECK(t.columns[0].categories == std::vector<std::string>{"007", "A1", "B2", "C3"});
  }
  SECTION("a mostly-numeric column with text is flagged with row, value and counts") {
    const Table t = parse_csv("a,b\n1,2\n3,4\n5,abc\n6,8\n");
    CHECK(t.columns[1].type == ColumnType::numeric);
    CHECK(t.columns[1].problem_row == 4);
    CHECK_THAT(t.columns[1].problem,
               Contains("\"abc\" is not a number") && Contains("3 values in this column are numbers"));
  }
  SECTION("Windows-1252 bytes become UTF-8, nothing dropped") {
    const Table t = parse_csv("city,v\nK\xF6ln,1\nZ\xFCrich,2\n\x80uro,3\n");
    CHECK(t.text(0, 0) == "K\xC3\xB6ln");
    CHECK(t.text(2, 0) == "\xE2\x82\xACuro");
  }
}

TEST_CASE("csv: bad input is refused with what and where", "[csv][errors]") {
  SECTION("empty file, blank file, header only") {
    CHECK_THAT(parse_error(""), Contains("the file is empty"));
    CHECK_THAT(parse_error(" \n\r\n\t"), Contains("the file is empty"));
    CHECK_THAT(parse_error("a,b,c\n"), Contains("header row but no data rows"));
    CHECK_THAT(parse_error(",,,\n,,\n"), Contains("only delimiters and blank lines"));
  }
  SECTION("a single column") {
    CHECK_THAT(parse_error("value\n1\n2\n3\n"), Contains("only one column"));
    CsvOptions o;
    o.delimiter = ';';
    CHECK_THAT(parse_error("a,b\n1,2\n", o), Contains("found only 1 column (delimiter semicolon)"));
    CsvOptions single;  // prediction inputs may have a single column
    single.min_columns = 1;
    const Table t = parse_csv("height\n1.5\n2\n", single);
    CHECK(t.column_count() == 1);
    CHECK(t.rows == 2);
  }
  SECTION("ragged rows: first row numbers and field counts") {
    const std::string msg = parse_error("a,b,c\n1,2,3\n4,5\n6,7,8\n9,10,11,12\n\n13,14,15\n16\n");
    CHECK_THAT(msg, Contains("3 rows have a different number of fields than the 3 columns"));
    CHECK_THAT(msg, Contains("row 3 has 2, row 5 has 4, row 8 has 1"));
    CHECK_THAT(msg, Contains("skip them"));
  }
  SECTION("ragged rows skipped when asked, with a warning") {
    CsvOptions o;
    o.skip_ragged_rows = true;
    const Table t = parse_csv("a,b,c\n1,2,3\n4,5\n6,7,8\n", o);
    CHECK(t.rows == 2);
    CHECK(t.file_rows == std::vector<std::int64_t>{2, 4});
    CHECK(t.csv.ragged_skipped == 1);
    REQUIRE(t.csv.warnings.size() == 1);
    CHECK_THAT(t.csv.warnings[0], Contains("row 3 (2 fields)"));
  }
  SECTION("ragged rows past the fast path are found too") {
    std::string text = "a,b\n";
    for (int i = 0; i < 100; ++i) text += "1,2\n";
    text += "3,4,5\n";
    CHECK_THAT(parse_error(text), Contains("row 102 has 3"));
  }
  SECTION("binary junk") {
    CHECK_THAT(parse_error(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), Contains("it is a PNG image"));
    CHECK_THAT(parse_error("PK\x03\x04\x14\x00\x06\x00"), Contains("zip archive") && Contains("xlsx"));
    CHECK_THAT(parse_error("\xFF\xFE"
                           "a\0,\0b\0"),
               Contains("UTF-16"));
    const std::string msg = parse_error(std::string("a,b\n1,2\n3,\0\n", 12));
    CHECK_THAT(msg, Contains("row 3: the file contains a NUL byte (at byte 10)"));
    CHECK_THAT(parse_error(std::string(100, '\x01') + "a,b\n"), Contains("does not look like text"));
  }
  SECTION("unterminated quote: the row and column where it opened") {
    const std::string msg = parse_error("a,b,c\n1,2,3\n4,\"five,6\n7,8,9\n10,11,12\n");
    CHECK(msg == "row 3, column \"b\" (2): a quoted field opens here and is never closed (unterminated quote)");
    CHECK_THAT(parse_error("a,\"b\n1,2\n"), Contains("row 1, column \"column 2\" (2)") && Contains("unterminated"));
  }
  SECTION("too large for the limits: refused before parsing, numbers stated") {
    CsvOptions o;
    o.max_bytes = 100;
    CHECK_THAT(parse_error(std::string("a,b\n") + std::string(200, '1') + ",2\n", o),
               Contains("the file is 207 bytes, over the limit of 100 bytes"));
    CsvOptions m;
    m.memory_budget = 1000;
    std::string text = "a,b,c,d\n";
    for (int i = 0; i < 100; ++i) text += "1,2,3,4\n";
    CHECK_THAT(parse_error(text, m),
               Contains("101 rows x 4 columns") && Contains("over the memory budget of 1000 bytes"));
  }
}

TEST_CASE("csv: wide files", "[csv][errors]") {
  SECTION("thousands of repeated names become unique in linear time") {
    std::string header, row;
    for (int i = 0; i < 20000; ++i) {
      header += i ? ",x" : "x";
      row += i ? ",1" : "1";
    }
    const Table t = parse_csv(header + "\n" + row + "\n");
    CHECK(t.columns[19999].name == "x (20000)");
  }
  SECTION("too many columns") {
    CsvOptions o;
    o.max_columns = 10;
    CHECK_THAT(parse_error("1,2,3,4,5,6,7,8,9,10,11\n", o),
               Contains("row 1: the first row has 11 fields, over the limit of 10 columns"));
  }
}

TEST_CASE("csv: read_csv_file", "[csv]") {
  const Table t = nnplay::read_csv_file(std::string(NNPLAY_SOURCE_DIR) + "/data/iris.csv");
  CHECK(t.name == "iris.csv");
  CHECK(t.rows == 150);
  CHECK(t.columns.back().categories == std::vector<std::string>{"setosa", "versicolor", "virginica"});
  CHECK_THAT(data_error_of([] { nnplay::read_csv_file("/nonexistent/file.csv"); }), Contains("cannot open"));
  CsvOptions o;
  o.max_bytes = 1000;
  CHECK_THAT(data_error_of([&] { nnplay::read_csv_file(std::string(NNPLAY_SOURCE_DIR) + "/data/iris.csv", o); }),
             Contains("over the limit of 1000 bytes"));
}

TEST_CASE("csv: the fast path for plain numbers agrees with the general parser", "[csv]") {
  // Rows past the preview take the fast path; values it cannot take (exponents, long
  // digit strings, text) fall back per record. Every value must equal strtod's, rounded.
  nnplay::Rng rng(9, 2);
  const char* formats[] = {"%.0f", "%.1f", "%.3f", "%.6f", "%g", "%.9g", "%e", "%.12f"};
  for (const char delimiter : {',', ';'}) {
    std::string text = "a;b;c;d\n";
    text[1] = text[3] = text[5] = delimiter;
    std::vector<std::string> cells;
    for (int r = 0; r < 300; ++r) {
      for (int c = 0; c < 4; ++c) {
        char buf[64];
        const double v = (rng.uniform() - 0.3) * std::pow(10.0, static_cast<int>(rng.below(12)) - 4);
        std::snprintf(buf, sizeof buf, formats[rng.below(8)], v);
        cells.push_back(buf);
        std::string cell = buf;
        if (delimiter == ';' && rng.below(2) == 0)
          for (auto& ch : cell) ch = ch == '.' ? ',' : ch;  // decimal comma
        text += cell + (c == 3 ? "\n" : std::string(1, delimiter));
      }
    }
    CAPTURE(delimiter);
    const Table t = parse_csv(text);
    REQUIRE(t.rows == 300);
    for (std::size_t i = 0; i < cells.size(); ++i) {
      CAPTURE(i, cells[i]);
      REQUIRE(t.number(i / 4, i % 4) == static_cast<float>(std::strtod(cells[i].c_str(), nullptr)));
    }
  }
}

TEST_CASE("csv: the eight-byte paths for short integers agree with the general parser", "[csv]") {
  // Unsigned integers of 1 to 7 digits take eight bytes at once, and runs of single digits
  // four fields at a time (not the last field); longer numbers, signs, fractions (also
  // decimal commas), line ends and the last bytes of the text fall back. Mixed per row and
  // per column, with each line end, with and without a final one, narrow and wide rows.
  nnplay::Rng rng(17, 3);
  for (const int columns : {3, 13}) {
    for (const char* line_end : {"\n", "\r\n", "\r"}) {
      for (const char delimiter : {',', ';', '\t'}) {
        for (const bool final_line_end : {true, false}) {
          std::string text;
          for (int c = 0; c < columns; ++c)
            text += (c > 0 ? std::string(1, delimiter) : std::string()) + "c" + std::to_string(c);
          text += line_end;
          std::vector<std::string> cells;
          const int rows = 200;
          for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
              std::string cell;
              const unsigned kind = rng.below(10);
              const int digits = rng.below(2) == 0 ? 1 : 1 + static_cast<int>(rng.below(9));
              for (int d = 0; d < digits; ++d) cell += static_cast<char>('0' + rng.below(10));
              if (kind == 0) cell = "-" + cell;
              if (kind == 1) cell += ".5";
              std::string written = cell;
              if (kind == 2 && delimiter == ';') written = cell + ",25", cell += ".25";  // decimal comma
              cells.push_back(cell);
              text += written;
              if (c + 1 < columns) text += delimiter;
            }
            if (r + 1 < rows || final_line_end) text += line_end;
          }
          CAPTURE(columns, line_end, delimiter, final_line_end);
          const Table t = parse_csv(text);
          REQUIRE(t.rows == static_cast<std::size_t>(rows));
          const auto m = static_cast<std::size_t>(columns);
          for (std::size_t i = 0; i < cells.size(); ++i) {
            CAPTURE(i, cells[i]);
            REQUIRE(t.number(i / m, i % m) == static_cast<float>(std::strtod(cells[i].c_str(), nullptr)));
          }
          REQUIRE(t.file_row(static_cast<std::size_t>(rows - 1)) == rows + 1);
        }
      }
    }
  }
}

TEST_CASE("csv: row numbers stay right across CRLF and quoted line breaks", "[csv][errors]") {
  std::string text = "id,note,v\r\n";
  for (int i = 1; i <= 30; ++i) text += std::to_string(i) + ",\"line\r\nbreak\"," + std::to_string(i) + "\r\n";
  text += "31,ok\r\n";  // ragged: file row 2 + 30 * 2 = 62
  const std::string msg = data_error_of([&] { parse_csv(text); });
  CHECK_THAT(msg, Contains("row 62 has 2"));
}

TEST_CASE("format_number: shortest text that reads back, whole numbers without exponent", "[csv][format]") {
  CHECK(nnplay::format_number(100) == "100");
  CHECK(nnplay::format_number(-2500) == "-2500");
  CHECK(nnplay::format_number(0) == "0");
  CHECK(nnplay::format_number(0.1) == "0.1");
  CHECK(nnplay::format_number(1e-7) == "1e-07");
  CHECK(nnplay::format_number(3e12) == "3e+12");
  CHECK(nnplay::shortest_decimal(0.01f) == 0.01);
}
