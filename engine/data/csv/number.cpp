#include "data/csv/number.hpp"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <string>

namespace nnplay {
namespace {

// Exactly representable powers of ten in double: with a mantissa below 2^53 one
// multiplication or division by these is correctly rounded (Clinger's fast path).
constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

inline bool is_digit(char c) { return static_cast<unsigned>(c - '0') < 10u; }
inline bool is_blank(char c) { return c == ' ' || c == '\t'; }

NumberParse finish(double value, float& out) {
  if (!(std::fabs(value) <= static_cast<double>(std::numeric_limits<float>::max()))) return NumberParse::out_of_range;
  out = static_cast<float>(value);
  return NumberParse::ok;
}

// The slow, correct path: strtod on a copy whose syntax has already been checked, with
// the decimal separator normalised to '.' (the "C" locale's, which wasm always has).
NumberParse parse_with_strtod(const char* begin, const char* end, float& out) {
  char small[64];
  std::string large;
  const std::size_t n = static_cast<std::size_t>(end - begin);
  char* buf = small;
  if (n >= sizeof small) {
    large.resize(n + 1);
    buf = &large[0];
  }
  for (std::size_t i = 0; i < n; ++i) buf[i] = begin[i] == ',' ? '.' : begin[i];
  buf[n] = '\0';
  const double value = std::strtod(buf, nullptr);
  return finish(value, out);
}

}  // namespace

NumberParse parse_number(const char* begin, const char* end, bool decimal_comma, float& out) {
  while (begin < end && is_blank(*begin)) ++begin;
  while (end > begin && is_blank(end[-1])) --end;
  const char* p = begin;
  if (p == end) return NumberParse::not_a_number;

  bool negative = false;
  if (*p == '-' || *p == '+') {
    negative = *p == '-';
    ++p;
  }
  std::uint64_t mantissa = 0;
  int significant = 0;      // digits accumulated into mantissa (leading zeros excluded)
  int dropped = 0;          // integer digits beyond 19 significant ones (scale up)
  int fraction_digits = 0;  // fraction digits accumulated into mantissa (scale down)
  bool any_digit = false;
  for (; p < end && is_digit(*p); ++p) {
    any_digit = true;
    if (significant < 19) {
      mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
      if (mantissa != 0) ++significant;
    } else {
      ++dropped;
    }
  }
  if (p < end && (*p == '.' || (decimal_comma && *p == ','))) {
    ++p;
    for (; p < end && is_digit(*p); ++p) {
      any_digit = true;
      if (significant < 19) {
        mantissa = mantissa * 10 + static_cast<unsigned>(*p - '0');
        if (mantissa != 0) ++significant;
        ++fraction_digits;
      }
    }
  }
  if (!any_digit) return NumberParse::not_a_number;
  int exponent = 0;
  if (p < end && (*p == 'e' || *p == 'E')) {
    ++p;
    bool exp_negative = false;
    if (p < end && (*p == '-' || *p == '+')) {
      exp_negative = *p == '-';
      ++p;
    }
    if (p == end || !is_digit(*p)) return NumberParse::not_a_number;
    for (; p < end && is_digit(*p); ++p)
      if (exponent < 100000) exponent = exponent * 10 + (*p - '0');
    if (exp_negative) exponent = -exponent;
  }
  if (p != end) return NumberParse::not_a_number;

  const int scale = exponent + dropped - fraction_digits;
  if (dropped == 0 && mantissa < (std::uint64_t{1} << 53) && scale >= -22 && scale <= 22) {
    double value = static_cast<double>(mantissa);
    value = scale < 0 ? value / kPow10[-scale] : value * kPow10[scale];
    return finish(negative ? -value : value, out);
  }
  return parse_with_strtod(begin, end, out);
}

}  // namespace nnplay
