// Columns of numbers as spreadsheets write them (data/csv/number_columns.hpp, dot_groups.hpp):
// thousands separators, currency and percent signs read as numbers with one note per
// column; infinities and values beyond float range read as missing with the row named.
#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "data/csv/read_csv.hpp"
#include "data_test_helpers.hpp"

using Catch::Matchers::Contains;
using nnplay::ColumnType;
using nnplay::CsvOptions;
using nnplay::parse_csv;
using nnplay::Table;

namespace {

std::vector<float> column_values(const Table& t, std::size_t column) {
  std::vector<float> out;
  for (std::size_t r = 0; r < t.rows; ++r) out.push_back(t.number(r, column));
  return out;
}

// Warnings that mention `text`.
std::vector<std::string> warnings_with(const Table& t, const std::string& text) {
  std::vector<std::string> out;
  for (const auto& w : t.csv.warnings)
    if (w.find(text) != std::string::npos) out.push_back(w);
  return out;
}

}  // namespace

TEST_CASE("csv: a salary column written with a currency sign and thousands separators is numbers", "[csv][number]") {
  const Table t = parse_csv(
      "name,salary,age,label\n"
      "Ann,\"$45,000\",30,yes\n"
      "Bob,\"$52,500\",41,no\n"
      "Cy,\"$1,234,567.50\",25,yes\n"
      "Di,\"-$1,000\",35,no\n"
      "Ed,$900,50,yes\n"
      "Flo,\"($2,000)\",28,no\n");
  REQUIRE_FALSE(t.columns[1].text);
  CHECK(t.columns[1].type == ColumnType::numeric);
  CHECK(t.columns[1].problem.empty());
  CHECK(column_values(t, 1) == std::vector<float>{45000, 52500, 1234567.5f, -1000, 900, -2000});
  REQUIRE(t.csv.warnings.size() == 1);
  CHECK(t.csv.warnings[0] ==
        "column \"salary\" (2): read as numbers after removing thousands separators \",\", the currency sign \"$\" and "
        "the parentheses around negative numbers (\"($2,000)\" → -2000)");
  CHECK(t.preview[0][1] == "$45,000");  // the preview shows the file's text
}

TEST_CASE("csv: a European file: ';', decimal comma, '.' between thousands, euro signs", "[csv][number]") {
  const Table t = parse_csv(
      "Artikel;Preis;Gehalt;Menge\n"
      "Tisch;1.234,50 €;45.000;3\n"
      "Stuhl;99,90 €;52.500;12\n"
      "Lampe;€ 12,50;1.250.000;1\n"
      "Regal;2.000 €;38.000;7\n");
  CHECK(t.csv.delimiter == ';');
  REQUIRE(t.csv.decimal_comma);
  CHECK(column_values(t, 1) == std::vector<float>{1234.5f, 99.9f, 12.5f, 2000});
  CHECK(column_values(t, 2) == std::vector<float>{45000, 52500, 1250000, 38000});
  CHECK(warnings_with(t, "\"Preis\"") ==
        std::vector<std::string>{"column \"Preis\" (2): read as numbers after removing thousands separators \".\" and "
                                 "the currency sign \"€\" (\"1.234,50 €\" → 1234.5)"});
  CHECK(warnings_with(t, "\"Gehalt\"") ==
        std::vector<std::string>{"column \"Gehalt\" (3): read as numbers after removing thousands "
                                 "separators \".\" (\"45.000\" → 45000)"});
  CHECK(t.columns[3].type == ColumnType::numeric);
  CHECK(warnings_with(t, "Menge").empty());
}

TEST_CASE("csv: in a decimal-comma file, '.' groups thousands only where no value writes a decimal point",
          "[csv][number]") {
  SECTION("plain values past the first rows, read by the fast path, are read again") {
    std::string text = "x;gehalt;y\n";
    for (int i = 0; i < 300; ++i) text += std::to_string(i % 7) + ";" + std::to_string(10 + i % 90) + ".500;1,5\n";
    const Table t = parse_csv(text);
    CHECK(t.number(0, 1) == 10500.0f);
    CHECK(t.number(299, 1) == (10 + 299 % 90) * 1000.0f + 500);
    CHECK(t.number(299, 2) == 1.5f);  // a decimal comma, not 15
  }
  SECTION("a value that writes a decimal point, even far down, keeps '.' a decimal point in its column") {
    std::string text = "x;w\n";
    for (int i = 0; i < 300; ++i) text += "1;" + std::string(i == 250 ? "3.14" : "45.000") + "\n";
    const Table t = parse_csv(text);
    CHECK(t.number(0, 1) == 45.0f);
    CHECK(t.number(250, 1) == 3.14f);
    CHECK(t.csv.warnings.empty());
  }
  SECTION("a file that writes decimal points elsewhere keeps \"45.000\" 45, but \"1.234,5\" is sure") {
    const Table t = parse_csv("a;b;c\n5.1;45.000;1.234,5\n4.9;52.000;2.000,25\n");
    CHECK(column_values(t, 0) == std::vector<float>{5.1f, 4.9f});
    CHECK(column_values(t, 1) == std::vector<float>{45, 52});
    CHECK(column_values(t, 2) == std::vector<float>{1234.5f, 2000.25f});
  }
  SECTION("without a decimal comma, ',' groups and '.' is the decimal point") {
    CsvOptions o;
    o.decimal_comma = false;
    const Table t = parse_csv("a;b\n1,234;45.000\n5;1.5\n", o);
    CHECK(column_values(t, 0) == std::vector<float>{1234, 5});
    CHECK(column_values(t, 1) == std::vector<float>{45, 1.5f});
  }
}

TEST_CASE("csv: percentages read as fractions", "[csv][number]") {
  const Table t = parse_csv("city,rate,growth,y\nA,3.2%,0,1\nB,4.5%,12 %,2\nC,0%,-1.5%,3\nD,12%,0,4\n");
  CHECK(column_values(t, 1) == std::vector<float>{0.032f, 0.045f, 0, 0.12f});
  CHECK(column_values(t, 2) == std::vector<float>{0, 0.12f, -0.015f, 0});  // plain zeros are the same either way
  CHECK(t.columns[2].problem.empty());
  CHECK(warnings_with(t, "\"rate\"") ==
        std::vector<std::string>{"column \"rate\" (2): percentages read as fractions (\"3.2%\" → 0.032)"});
  SECTION("beside plain numbers, one of the two is on the wrong scale") {
    const Table mixed = parse_csv("x,rate\n1,3.2%\n2,5\n3,4%\n");
    CHECK(mixed.columns[1].problem_row == 2);
    CHECK(mixed.columns[1].problem ==
          "\"3.2%\" is a percentage, but 1 other value in this column is a plain number: write every value with \"%\" "
          "or none, or ignore the column");
  }
}

TEST_CASE("csv: thousands separators only between groups of exactly three digits", "[csv][number]") {
  SECTION("quoted \"45,000\" in a comma file is one number; unquoted it is two fields") {
    const Table t = parse_csv("a,b,c\n\"45,000\",1,2\n\"1,000\",3,4\n");
    CHECK(column_values(t, 0) == std::vector<float>{45000, 1000});
  }
  SECTION("a value that is not a valid grouped number is the column's problem") {
    const Table t = parse_csv("a,b\n\"1,234\",1\n\"1,23\",2\n\"12,345\",3\n5,4\n");
    CHECK(t.columns[0].type == ColumnType::numeric);
    CHECK(t.columns[0].problem_row == 3);
    CHECK_THAT(t.columns[0].problem,
               Contains("\"1,23\" is not a number (3 values in this column are numbers, 1 are not"));
    const Table u = parse_csv("a,b\n\"12,3456\",1\n\"1,234\",2\n\"2,345\",3\n");
    CHECK_THAT(u.columns[0].problem, Contains("\"12,3456\" is not a number"));
  }
  SECTION("padded and zero-padded numbers") {
    const Table t = parse_csv("a,b\n  42 ,007\n\" 7 \",0012\n");
    CHECK(column_values(t, 0) == std::vector<float>{42, 7});
    CHECK(column_values(t, 1) == std::vector<float>{7, 12});
    CHECK(t.csv.warnings.empty());
  }
}

TEST_CASE("csv: a column of many distinct amounts is numbers, not hundreds of categories", "[csv][number]") {
  std::string text = "id_code,amount,label\n";
  for (int i = 0; i < 1500; ++i)
    text += "c" + std::to_string(i % 3) + ",\"$" + std::to_string(1 + i / 1000) + "," + std::to_string(100 + i % 900) +
            ".25\"," + std::to_string(i % 2) + "\n";
  const Table t = parse_csv(text);
  REQUIRE_FALSE(t.columns[1].text);
  CHECK(t.columns[1].type == ColumnType::numeric);
  CHECK(t.number(0, 1) == 1100.25f);
  CHECK(t.number(1499, 1) == 2000 + 100 + 1499 % 900 + 0.25f);
  CHECK(warnings_with(t, "amount").size() == 1);
}

TEST_CASE("csv: infinities, values beyond float range and spreadsheet errors are missing, with the row named",
          "[csv][number]") {
  SECTION("one value") {
    const Table t = parse_csv("x,y\n1,2\n2,3\n3,4\n4,5\n5,6\n6,1e308\n7,8\n");
    CHECK(t.columns[1].type == ColumnType::numeric);
    CHECK(t.columns[1].missing == 1);
    CHECK(t.columns[1].problem.empty());
    CHECK(std::isnan(t.number(5, 1)));
    CHECK(t.csv.warnings ==
          std::vector<std::string>{"column \"y\" (2), row 7: \"1e308\" is beyond the float range (±3.4e38); treated as "
                                   "missing"});
  }
  SECTION("many, of every kind; NaN is a missing value as NA is") {
    std::string text = "x,y\n";
    const char* specials[] = {"inf", "-inf", "Infinity", "-Infinity", "1e39", "#DIV/0!", "\xE2\x88\x9E", "+inf"};
    for (int i = 0; i < 30; ++i)
      text += std::to_string(i) + "," + (i % 3 == 1 ? specials[i / 3 % 8] : std::to_string(i % 4)) + "\n";
    text += "30,NaN\n";
    const Table t = parse_csv(text);
    CHECK(t.columns[1].type == ColumnType::numeric);
    CHECK(t.columns[1].missing == 11);
    REQUIRE(t.csv.warnings.size() == 1);
    CHECK(t.csv.warnings[0] ==
          "column \"y\" (2), row 3: \"inf\" is infinite; treated as missing, as are 9 more values in rows 6, 9, 12, "
          "15, 18, ...");
  }
  SECTION("beside text, they are the column's values like any other") {
    const Table t = parse_csv("word,y\ninf,1\nsup,2\nmax,3\n");
    CHECK(t.columns[0].text);
    CHECK(t.columns[0].categories == std::vector<std::string>{"inf", "max", "sup"});
    CHECK(t.csv.warnings.empty());
  }
  SECTION("the row as the file numbers it, across quoted line breaks") {
    const Table t = parse_csv("note,y\n\"a\nb\",1\nc,2\nd,-1e40\n");
    CHECK_THAT(t.csv.warnings.at(0), Contains("row 5: \"-1e40\" is beyond the float range"));
  }
}
