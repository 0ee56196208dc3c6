#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <string>
#include <tuple>

#include "core/rng.hpp"
#include "data/csv/decorated_number.hpp"
#include "data/csv/number.hpp"

using nnplay::NumberParse;
using nnplay::parse_number;

namespace {

NumberParse parse(const std::string& s, float& v, bool comma = false) {
  return parse_number(s.data(), s.data() + s.size(), comma, v);
}

}  // namespace

TEST_CASE("csv_number: decimal text to float", "[csv][number]") {
  float v = -1;
  SECTION("plain values, signs, exponents, surrounding spaces") {
    const std::pair<const char*, float> cases[] = {{"0", 0.0f},      {"255", 255.0f},     {"-3", -3.0f},
                                                   {"+4.5", 4.5f},   {"5.1", 5.1f},       {".5", 0.5f},
                                                   {"5.", 5.0f},     {"1e3", 1000.0f},    {"2.5E-2", 0.025f},
                                                   {" 7 ", 7.0f},    {"0.000001", 1e-6f}, {"123456789", 123456789.0f},
                                                   {"1e-45", 1e-45f}};
    for (const auto& c : cases) {
      CAPTURE(c.first);
      REQUIRE(parse(c.first, v) == NumberParse::ok);
      CHECK(v == c.second);
    }
  }
  SECTION("decimal comma only when asked") {
    REQUIRE(parse("3,25", v, true) == NumberParse::ok);
    CHECK(v == 3.25f);
    CHECK(parse("3,25", v, false) == NumberParse::not_a_number);
  }
  SECTION("not numbers") {
    for (const char* s : {"", " ", "-", "+", ".", "1e", "1e+", "--1", "1.2.3", "abc", "12abc", "inf", "nan", "NaN",
                          "0x10", "1,000", "1 2", "e5"}) {
      CAPTURE(s);
      CHECK(parse(s, v) == NumberParse::not_a_number);
    }
  }
  SECTION("beyond float range") {
    CHECK(parse("1e39", v) == NumberParse::out_of_range);
    CHECK(parse("-4e38", v) == NumberParse::out_of_range);
    CHECK(parse("1e99999999999", v) == NumberParse::out_of_range);
    REQUIRE(parse("1e-99999", v) == NumberParse::ok);
    CHECK(v == 0.0f);
  }
  SECTION("agrees with strtod rounded to float, fast and slow paths") {
    nnplay::Rng rng(5, 1);
    char buf[64];
    for (int i = 0; i < 20000; ++i) {
      const double x = (rng.uniform() - 0.5) * std::pow(10.0, static_cast<int>(rng.below(40)) - 20);
      const int precision = 1 + static_cast<int>(rng.below(20));
      std::snprintf(buf, sizeof buf, i % 2 ? "%.*g" : "%.*e", precision, x);
      CAPTURE(buf);
      REQUIRE(parse(buf, v) == NumberParse::ok);
      CHECK(v == static_cast<float>(std::strtod(buf, nullptr)));
    }
    const std::string long_digits = "3.14159265358979323846264338327950288419716939937510";
    REQUIRE(parse(long_digits, v) == NumberParse::ok);
    CHECK(v == static_cast<float>(std::strtod(long_digits.c_str(), nullptr)));
  }
}

TEST_CASE("csv_number: numbers as spreadsheets write them", "[csv][number]") {
  using nnplay::NumberDecorations;
  using nnplay::NumberSeparators;
  using nnplay::parse_decorated_number;
  const NumberSeparators point{false, ','}, comma_dot{true, '.'}, comma{true, 0};
  const auto read = [](const std::string& s, NumberSeparators sep, float& v, NumberDecorations& d) {
    return parse_decorated_number(s.data(), s.data() + s.size(), sep, v, d);
  };
  float v = -1;
  NumberDecorations d;
  SECTION("thousands separators, each group after one exactly three digits") {
    const std::pair<const char*, float> with_point[] = {{"45,000", 45000.0f},
                                                        {"1,234,567.5", 1234567.5f},
                                                        {"-1,234", -1234.0f},
                                                        {"1 234 567", 1234567.0f},
                                                        {"1\xC2\xA0"
                                                         "234.5",
                                                         1234.5f},
                                                        {"1'234.50", 1234.5f},
                                                        {"  42 ", 42.0f},
                                                        {"007", 7.0f}};
    for (const auto& c : with_point) {
      CAPTURE(c.first);
      REQUIRE(read(c.first, point, v, d) == NumberParse::ok);
      CHECK(v == c.second);
    }
    REQUIRE(read("45.000", comma_dot, v, d) == NumberParse::ok);
    CHECK(v == 45000.0f);
    CHECK(d.group == ".");
    REQUIRE(read("1.234,5", comma_dot, v, d) == NumberParse::ok);
    CHECK(v == 1234.5f);
    REQUIRE(read("1 234,5", comma, v, d) == NumberParse::ok);
    CHECK(v == 1234.5f);
    REQUIRE(read("1,5", comma_dot, v, d) == NumberParse::ok);  // a decimal comma, not 15
    CHECK(v == 1.5f);
    CHECK(d.group.empty());
    for (const char* s : {"1,23", "12,3456", ",123", "0,123", "1,234,56", "1,234.5,6", "1,,234", "1,234 567", "1,234e3",
                          "12,34.5", "1,234,"}) {
      CAPTURE(s);
      CHECK(read(s, point, v, d) == NumberParse::not_a_number);
    }
    CHECK(read("1.234", point, v, d) == NumberParse::ok);  // a decimal point where ',' groups
    CHECK(v == 1.234f);
    CHECK(read("1.5", comma_dot, v, d) == NumberParse::not_a_number);  // '.' groups here, so "5" is a short group
  }
  SECTION("currency signs before or after, signs, parentheses") {
    const std::tuple<const char*, NumberSeparators, float, const char*> cases[] = {
        {"$12.50", point, 12.5f, "$"},
        {"\xE2\x82\xAC 12,50", comma, 12.5f, "\xE2\x82\xAC"},
        {"12.50 \xE2\x82\xAC", point, 12.5f, "\xE2\x82\xAC"},
        {"1.234,50\xC2\xA0\xE2\x82\xAC", comma_dot, 1234.5f, "\xE2\x82\xAC"},
        {"\xC2\xA3"
         "3",
         point, 3.0f, "\xC2\xA3"},
        {"\xC2\xA5"
         "100",
         point, 100.0f, "\xC2\xA5"},
        {"-$5", point, -5.0f, "$"},
        {"$-5", point, -5.0f, "$"},
        {"($5)", point, -5.0f, "$"},
        {"$45,000", point, 45000.0f, "$"},
        {"US$ 7", point, 7.0f, "US$"},
        {"CHF 1'234.50", point, 1234.5f, "CHF"},
        {"(1,234.5)", point, -1234.5f, ""},
    };
    for (const auto& c : cases) {
      CAPTURE(std::get<0>(c));
      REQUIRE(read(std::get<0>(c), std::get<1>(c), v, d) == NumberParse::ok);
      CHECK(v == std::get<2>(c));
      CHECK(d.currency == std::get<3>(c));
    }
    CHECK(d.parentheses);
    for (const char* s : {"$", "-$", "$$5", "$5$", "--5", "(-5)", "(5", "5)", "$ five", "5 apples", "-", "()"}) {
      CAPTURE(s);
      CHECK(read(s, point, v, d) == NumberParse::not_a_number);
    }
  }
  SECTION("percentages read as fractions, rounded once") {
    REQUIRE(read("3.2%", point, v, d) == NumberParse::ok);
    CHECK(v == 0.032f);
    CHECK(d.percent);
    REQUIRE(read("12,5 %", comma, v, d) == NumberParse::ok);
    CHECK(v == 0.125f);
    REQUIRE(read("-0.5%", point, v, d) == NumberParse::ok);
    CHECK(v == -0.005f);
    REQUIRE(read("1,250%", point, v, d) == NumberParse::ok);
    CHECK(v == 12.5f);
    CHECK(read("%", point, v, d) == NumberParse::not_a_number);
    CHECK(read("5%%", point, v, d) == NumberParse::not_a_number);
  }
  SECTION("beyond float range") {
    CHECK(read("$1e39", point, v, d) == NumberParse::out_of_range);
    CHECK(d.currency == "$");
  }
}

TEST_CASE("csv_number: infinities, values beyond float range and spreadsheet errors", "[csv][number]") {
  using nnplay::SpecialNumber;
  const auto special = [](const std::string& s) {
    return nnplay::special_number(s.data(), s.data() + s.size(), {false, ','});
  };
  for (const char* s : {"inf", "-inf", "+Inf", "Infinity", "-INFINITY", "\xE2\x88\x9E", " inf "}) {
    CAPTURE(s);
    CHECK(special(s) == SpecialNumber::infinite);
  }
  for (const char* s : {"1e308", "-4e38", "1e39", "$1e39"}) {
    CAPTURE(s);
    CHECK(special(s) == SpecialNumber::out_of_range);
  }
  for (const char* s : {"#DIV/0!", "#VALUE!", "#ref!", "#NUM!", "#NAME?"}) {
    CAPTURE(s);
    CHECK(special(s) == SpecialNumber::spreadsheet_error);
  }
  for (const char* s : {"1e38", "infant", "abc", "", "#hashtag"}) {
    CAPTURE(s);
    CHECK(special(s) == SpecialNumber::none);
  }
}

TEST_CASE("csv_number: what a '.' is in a decimal-comma file", "[csv][number]") {
  using nnplay::DotUse;
  const auto use = [](const std::string& s) { return nnplay::dot_use(s.data(), s.data() + s.size()); };
  CHECK(use("1.234.567") == DotUse::groups);
  CHECK(use("1.234,5") == DotUse::groups);
  CHECK(use("-1.234,50 \xE2\x82\xAC") == DotUse::groups);
  CHECK(use("45.000") == DotUse::maybe_groups);
  CHECK(use("12.500 \xE2\x82\xAC") == DotUse::maybe_groups);
  for (const char* s : {"5.1", "0.250", "1234.5", "1.5e3", "12.50 \xE2\x82\xAC", "-0.5"}) {
    CAPTURE(s);
    CHECK(use(s) == DotUse::decimal);
  }
  for (const char* s : {"12", "1,5", "Mr. Smith", "a.b.c", "..."}) {
    CAPTURE(s);
    CHECK(use(s) == DotUse::none);
  }
}
