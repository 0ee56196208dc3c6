#pragma once
// The engine's own float matrix product, C = A·B, for the dense layers of the wasm SIMD
// build (product.hpp decides where it is used). Every element of C is summed in one fixed
// order, the naive loop's: c = (((0 + a0·b0) + a1·b1) + ...) + a(k-1)·b(k-1), each
// product and sum rounded to float, no fused multiply-add. So the SIMD build and the
// portable build of this kernel give bit-identical results, and a plain loop is an exact
// reference for both.
#include <Eigen/Core>

#include <type_traits>
#include <vector>

#include "nn/gemm_operand.hpp"

namespace nnplay {

static_assert(std::is_same_v<Eigen::Index, std::ptrdiff_t>, "GemmOperand's strides are Eigen::Index");

// gemm()'s packing buffers. They grow to the largest shapes they have been used with
// and are then reused: once they have grown, gemm() allocates nothing.
struct GemmWorkspace {
  std::vector<float> a, b;
};

// C (m x n, column-major, leading dimension ldc) = A (m x k) · B (k x n). C must not
// overlap A or B.
void gemm(Eigen::Index m, Eigen::Index n, Eigen::Index k, const GemmOperand& A, const GemmOperand& B, float* C,
          Eigen::Index ldc, GemmWorkspace& workspace);

// Which instantiation gemm() runs: "wasm-simd128" or "portable".
const char* gemm_variant();

}  // namespace nnplay
