#include <catch2/catch.hpp>
#include <cstdlib>
#include <cstring>
#include <string>

#include "core/rng.hpp"
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
