#include "decimal.hpp"

#include <cstdio>
#include <cstdlib>

namespace nnplay {

double shortest_decimal(Scalar value) {
  char buffer[32];
  for (int digits = 6; digits < 17; ++digits) {
    std::snprintf(buffer, sizeof buffer, "%.*g", digits, static_cast<double>(value));
    if (static_cast<Scalar>(std::strtod(buffer, nullptr)) == value) break;
  }
  return std::strtod(buffer, nullptr);
}

}  // namespace nnplay
