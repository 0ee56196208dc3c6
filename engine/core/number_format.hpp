#pragma once
// Numbers as the user typed them: the shortest decimal that reads back as the same float.
#include <string>

#include "core/tensor.hpp"

namespace nnplay {

// Shortest text that reads back as the same float ("3", "0.1", "1e-07", "nan"): category
// names from numbers, values in messages.
std::string format_number(double value);

// A measured figure (a loss) to `digits` significant digits: "0.6438", "109.7", "1.25e+05".
std::string format_significant(double value, int digits = 4);

// The same decimal as a double: 0.01f gives 0.01 rather than 0.009999999776482582, for
// reporting float settings as the user typed them.
double shortest_decimal(Scalar value);

}  // namespace nnplay
