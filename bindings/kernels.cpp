// The engine's matrix product kernel, reachable from JS for tests/bindings/gemm.test.mjs:
// the wasm SIMD instantiation is only ever run here, so it is tested here. Not part of
// the JS API (nnplay.mjs does not wrap it).
#include <emscripten/bind.h>

#include <stdexcept>
#include <vector>

#include "js_arrays.hpp"
#include "nn/gemm.hpp"

namespace {

using emscripten::val;

std::vector<float> floats(const val& array) { return emscripten::convertJSArrayToNumberVector<float>(array); }

// C (ldc x n, column-major, ldc >= m) starts as `c` and comes back with its m x n part
// replaced by A·B; A and B are given by their strides (gemm.hpp).
val gemm_for_testing(int m, int n, int k, const val& a, int a_row_stride, int a_col_stride, const val& b,
                     int b_row_stride, int b_col_stride, const val& c, int ldc) {
  const std::vector<float> A = floats(a), B = floats(b);
  std::vector<float> C = floats(c);
  if (m < 0 || n < 0 || k < 0 || ldc < m || C.size() != static_cast<std::size_t>(ldc) * static_cast<std::size_t>(n))
    throw std::invalid_argument("gemmForTesting: bad shape");
  nnplay::GemmWorkspace workspace;
  nnplay::gemm(m, n, k, {A.data(), a_row_stride, a_col_stride}, {B.data(), b_row_stride, b_col_stride}, C.data(), ldc,
               workspace);
  return nnplay::bindings::float32_copy(C.data(), C.size());
}

std::string gemm_variant() { return nnplay::gemm_variant(); }

}  // namespace

EMSCRIPTEN_BINDINGS(nnplay_kernels) {
  emscripten::function("gemmForTesting", &gemm_for_testing);
  emscripten::function("gemmVariant", &gemm_variant);
}
