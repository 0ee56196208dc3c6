#pragma once
#include "tensor.hpp"

namespace nnplay {

// The shortest decimal that reads back as `value`, as a double: 0.01f gives 0.01
// rather than 0.009999999776482582. For reporting float settings as the user typed them.
double shortest_decimal(Scalar value);

}  // namespace nnplay
