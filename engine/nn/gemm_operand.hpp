#pragma once
#include <cstddef>

namespace nnplay {

// A float matrix by its strides: element (i, j) is data[i * row_stride + j * col_stride].
// A column-major matrix has row_stride 1; its transpose swaps the two strides.
struct GemmOperand {
  const float* data;
  std::ptrdiff_t row_stride;
  std::ptrdiff_t col_stride;
};

}  // namespace nnplay
