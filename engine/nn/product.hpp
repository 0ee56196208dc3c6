#pragma once
// The dense layers' matrix products, C = A·B for Eigen operands (plain, blocks, Refs and
// their transposes). The wasm SIMD build computes them with the engine's kernel
// (gemm.hpp): Eigen has no WebAssembly packet path, and its generic product kernel,
// auto-vectorized, took most of the training time. Every other build uses Eigen's own
// product (SSE/AVX kernels natively), so native and wasm results differ in summation
// order: tests/bindings/native.test.mjs compares them within a tolerance.
#include "core/tensor.hpp"
#include "nn/gemm.hpp"

#if defined(__wasm_simd128__) && !defined(NNPLAY_DOUBLE)
#define NNPLAY_OWN_GEMM 1
#endif

namespace nnplay {

#ifdef NNPLAY_OWN_GEMM
template <class E>
GemmOperand gemm_operand(const Eigen::DenseBase<E>& x) {
  const E& e = x.derived();
  if constexpr (E::IsRowMajor)  // a transposed column-major matrix
    return {e.data(), e.outerStride(), e.innerStride()};
  else
    return {e.data(), e.innerStride(), e.outerStride()};
}
#endif

// `workspace` holds the kernel's packing buffers (unused where Eigen multiplies).
template <class Dst, class Lhs, class Rhs>
void multiply(Dst&& C, const Lhs& A, const Rhs& B, [[maybe_unused]] GemmWorkspace& workspace) {
#ifdef NNPLAY_OWN_GEMM
  static_assert(!std::decay_t<Dst>::IsRowMajor, "gemm writes a column-major C");
  eigen_assert(C.rows() == A.rows() && C.cols() == B.cols() && A.cols() == B.rows() && C.innerStride() == 1);
  gemm(A.rows(), B.cols(), A.cols(), gemm_operand(A), gemm_operand(B), C.data(), C.outerStride(), workspace);
#else
  C.noalias() = A * B;
#endif
}

}  // namespace nnplay
