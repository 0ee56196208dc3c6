// The engine's matrix product kernel (engine/nn/gemm_kernel.hpp) as a small WebAssembly
// module of its own, for bench/relaxed-simd.mjs: built by clang 19 twice from this file,
// with the engine's SIMD128 lanes (mul, then add) and with relaxed SIMD's multiply-add
// (-DNNPLAY_RELAXED), so the two differ in that instruction alone. Emscripten 3.1.6
// cannot build the second: its compiler emits relaxed SIMD's early opcodes, which
// browsers refuse, and its optimizer cannot read the standard ones.
//
// The module imports its memory (env.memory) and has no data and no stack of its own:
// it reads and writes only what its arguments point to.
#include "nn/gemm_kernel.hpp"
#include "nn/gemm_lanes.hpp"

namespace {

#ifdef NNPLAY_RELAXED
#ifndef __wasm_relaxed_simd__
#error "NNPLAY_RELAXED needs -mrelaxed-simd"
#endif
struct RelaxedLanes : nnplay::gemm_detail::SimdLanes {
  // a·b + acc: one rounding where the machine has fused multiply-add, two elsewhere.
  static Vec muladd(Vec acc, Vec a, Vec b) { return wasm_f32x4_relaxed_madd(a, b, acc); }
};
using Lanes = RelaxedLanes;
#else
using Lanes = nnplay::gemm_detail::SimdLanes;
#endif

}  // namespace

// gemm() of engine/nn/gemm.hpp on raw arguments: C (m x n, leading dimension ldc) = A · B,
// with packing buffers of at least gemm_detail::pack_sizes(m, k, A) floats.
extern "C" __attribute__((export_name("gemm"))) void nnplay_bench_gemm(
    std::ptrdiff_t m, std::ptrdiff_t n, std::ptrdiff_t k, const float* a, std::ptrdiff_t a_row_stride,
    std::ptrdiff_t a_col_stride, const float* b, std::ptrdiff_t b_row_stride, std::ptrdiff_t b_col_stride, float* c,
    std::ptrdiff_t ldc, float* packed_a, float* packed_b) {
  nnplay::gemm_detail::gemm_blocked<Lanes>(m, n, k, {a, a_row_stride, a_col_stride}, {b, b_row_stride, b_col_stride}, c,
                                           ldc, packed_a, packed_b);
}

// The floats of the packing buffers for these shapes (A column-major when a_row_stride is 1).
extern "C" __attribute__((export_name("packSizeA"))) std::ptrdiff_t nnplay_bench_pack_size_a(
    std::ptrdiff_t m, std::ptrdiff_t k, std::ptrdiff_t a_row_stride) {
  return nnplay::gemm_detail::pack_sizes(m, k, {nullptr, a_row_stride, 0}).a;
}
extern "C" __attribute__((export_name("packSizeB"))) std::ptrdiff_t nnplay_bench_pack_size_b(std::ptrdiff_t k) {
  return nnplay::gemm_detail::pack_sizes(1, k, {nullptr, 1, 0}).b;
}
