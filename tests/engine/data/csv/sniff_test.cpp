// The first stage of reading a CSV (data/csv/sniff.hpp): the delimiter, the decimal comma,
// the header row, Excel's "sep=" line.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "data/csv/read_csv.hpp"
#include "data_test_helpers.hpp"

using Catch::Matchers::Contains;
using nnplay::CsvOptions;
using nnplay::parse_csv;
using nnplay::Table;
using nnplay_test::column_names;
using nnplay_test::data_error_of;

TEST_CASE("csv: dialect detection", "[csv]") {
  SECTION("semicolon with decimal comma") {
    const Table t = parse_csv("x;y;label\n1,5;2,25;a\n3,0;4,75;b\n");
    CHECK(t.csv.delimiter == ';');
    CHECK(t.csv.decimal_comma);
    CHECK(t.number(0, 0) == 1.5f);
    CHECK(t.number(1, 1) == 4.75f);
  }
  SECTION("tab") {
    const Table t = parse_csv("x\ty\n1\t2\n3\t4\n");
    CHECK(t.csv.delimiter == '\t');
    CHECK(t.number(1, 0) == 3.0f);
  }
  SECTION("comma with quoted semicolons") { CHECK(parse_csv("a,b\n\"x;y\",1\n\"z;w\",2\n").csv.delimiter == ','); }
  SECTION("forced delimiter") {
    CsvOptions o;
    o.delimiter = ';';
    const Table t = parse_csv("a;b,c\n1;2,5\n", o);
    CHECK(t.column_count() == 2);
    CHECK(t.number(0, 1) == 2.5f);
  }
  SECTION("header detected, absent, forced") {
    Table t = parse_csv("1,2\n3,4\n");
    CHECK_FALSE(t.csv.header);
    CHECK(column_names(t) == std::vector<std::string>{"column 1", "column 2"});
    CHECK(t.rows == 2);
    t = parse_csv("colour,size\nblue,large\nred,small\n");  // all text, first row never reappears
    CHECK(t.csv.header);
    t = parse_csv("red,small\nblue,large\nred,small\n");  // a first row that repeats below is data
    CHECK_FALSE(t.csv.header);
    CsvOptions o;
    o.header = CsvOptions::Header::absent;
    t = parse_csv("a,b\n1,2\n", o);
    CHECK(t.rows == 2);
    CHECK_THAT(t.columns[0].problem, Contains("\"a\" is not a number"));
    o.header = CsvOptions::Header::present;
    t = parse_csv("1,2\n3,4\n", o);
    CHECK(column_names(t) == std::vector<std::string>{"1", "2"});
    CHECK(t.rows == 1);
  }
  SECTION("empty and repeated header names are made unique") {
    const Table t = parse_csv("x,,x,x\n1,2,3,4\n");
    CHECK(column_names(t) == std::vector<std::string>{"x", "column 2", "x (2)", "x (3)"});
  }
}

TEST_CASE("csv: Excel's \"sep=;\" first line names the delimiter", "[csv]") {
  const std::string text = "sep=;\r\nwidth;height;kind\r\n1,5;2;a\r\n3;4,25;b\r\n";
  for (const char given : {'\0', ';'}) {
    CsvOptions o;
    o.delimiter = given;
    const Table t = parse_csv(text, o);
    CAPTURE(given);
    REQUIRE(t.columns.size() == 3);
    CHECK(t.columns[0].name == "width");
    CHECK(t.csv.delimiter == ';');
    CHECK(t.rows == 2);
    CHECK(t.number(0, 0) == 1.5f);  // ';' files read decimal commas
    CHECK(t.file_rows[0] == 3);     // rows keep the file's numbering: sep line 1, header 2
    REQUIRE(t.csv.warnings.size() == 1);
    CHECK_THAT(t.csv.warnings[0], Contains("\"sep=;\" is not data: it named the delimiter"));
  }
  CsvOptions comma;
  comma.delimiter = ',';
  CHECK_THAT(parse_csv("sep=;\na,b\n1,2\n", comma).csv.warnings[0], Contains("skipped, the delimiter given was used"));
  CHECK(parse_csv("sep=|\na|b\n1|2\n3|4\n").csv.delimiter == '|');
  CHECK_THAT(data_error_of([] { parse_csv(std::string("sep=,\na,b\n1,2\n3,\0\n", 18)); }), Contains("row 4"));
  CHECK_THAT(data_error_of([] { parse_csv("sep=;\nwidth;height\n1;2;3\n"); }), Contains("row 3"));
  CHECK_THAT(data_error_of([] { parse_csv("sep=,\n\n"); }), Contains("only its \"sep=\" line"));
}

TEST_CASE("csv: a header of very long names is read whole, not cut before its first delimiter", "[csv]") {
  const std::string name(100000, 'n');
  for (const char delimiter : {',', ';', '\t'}) {
    const std::string d(1, delimiter);
    const Table t = parse_csv(name + d + "label\n1" + d + "a\n2" + d + "b\n");
    CAPTURE(delimiter);
    CHECK(t.csv.delimiter == delimiter);
    REQUIRE(t.columns.size() == 2);
    CHECK(t.columns[0].name == name);
    CHECK(t.columns[1].name == "label");
    CHECK(t.rows == 2);
  }
  // Two long names, the delimiter far past the first 64 KB.
  const Table wide = parse_csv(std::string(70000, 'a') + "," + std::string(70000, 'b') + "\n1,2\n3,4\n");
  CHECK(wide.columns.size() == 2);
  CHECK(wide.columns[1].name == std::string(70000, 'b'));
  // One long name and nothing to split it: the message is still true.
  CHECK_THAT(data_error_of([&] { parse_csv(name + "\n1\n2\n"); }), Contains("found only one column"));
}
