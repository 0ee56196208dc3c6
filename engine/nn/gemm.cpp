#include "nn/gemm.hpp"

#include "nn/gemm_kernel.hpp"
#include "nn/gemm_lanes.hpp"

namespace nnplay {

namespace {

#ifdef __wasm_simd128__
using Lanes = gemm_detail::SimdLanes;
constexpr const char* kVariant = "wasm-simd128";
#else
using Lanes = gemm_detail::PortableLanes;
constexpr const char* kVariant = "portable";
#endif

float* grown(std::vector<float>& buffer, Eigen::Index size) {
  if (static_cast<Eigen::Index>(buffer.size()) < size) buffer.resize(static_cast<std::size_t>(size));
  return buffer.data();
}

}  // namespace

void gemm(Eigen::Index m, Eigen::Index n, Eigen::Index k, const GemmOperand& A, const GemmOperand& B, float* C,
          Eigen::Index ldc, GemmWorkspace& workspace) {
  const gemm_detail::PackSizes sizes = gemm_detail::pack_sizes(m, k, A);
  gemm_detail::gemm_blocked<Lanes>(m, n, k, A, B, C, ldc, grown(workspace.a, sizes.a), grown(workspace.b, sizes.b));
}

const char* gemm_variant() { return kVariant; }

}  // namespace nnplay
