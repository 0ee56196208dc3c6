#include "core/number_format.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace nnplay {

std::string format_number(double value) {
  char buf[32];
  // Whole numbers as integers: "%.1g" would write 100 as "1e+02".
  if (std::abs(value) < 1e9 && value == std::floor(value)) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
    return buf;
  }
  for (int precision = 1; precision <= 9; ++precision) {
    std::snprintf(buf, sizeof buf, "%.*g", precision, value);
    if (static_cast<float>(std::strtod(buf, nullptr)) == static_cast<float>(value)) break;
  }
  return buf;
}

std::string format_significant(double value, int digits) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*g", digits, value);
  return buf;
}

double shortest_decimal(Scalar value) { return std::strtod(format_number(value).c_str(), nullptr); }

}  // namespace nnplay
