#include "gemm.hpp"

#include "gemm_kernel.hpp"

#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace nnplay {

namespace {

#ifdef __wasm_simd128__
// f32x4 lanes: v128.load32_splat broadcasts a B value, f32x4.mul and f32x4.add round
// each product and sum separately (WebAssembly SIMD has no fused multiply-add).
struct Lanes {
  using Vec = v128_t;
  static Vec zero() { return wasm_f32x4_const_splat(0.0f); }
  static Vec load(const float* p) { return wasm_v128_load(p); }
  static Vec splat(const float* p) { return wasm_v128_load32_splat(p); }
  static void store(float* p, Vec v) { wasm_v128_store(p, v); }
  static Vec mul(Vec a, Vec b) { return wasm_f32x4_mul(a, b); }
  static Vec add(Vec a, Vec b) { return wasm_f32x4_add(a, b); }
};
constexpr const char* kVariant = "wasm-simd128";
#else
// The same four lanes in plain C++: the same operations in the same order, so the same
// bits (gemm.cpp is compiled with -ffp-contract=off, so no multiply-add is fused).
struct Lanes {
  struct Vec {
    float x[4];
  };
  static Vec zero() { return {{0.0f, 0.0f, 0.0f, 0.0f}}; }
  static Vec load(const float* p) { return {{p[0], p[1], p[2], p[3]}}; }
  static Vec splat(const float* p) { return {{*p, *p, *p, *p}}; }
  static void store(float* p, Vec v) {
    for (int i = 0; i < 4; ++i) p[i] = v.x[i];
  }
  static Vec mul(Vec a, Vec b) { return {{a.x[0] * b.x[0], a.x[1] * b.x[1], a.x[2] * b.x[2], a.x[3] * b.x[3]}}; }
  static Vec add(Vec a, Vec b) { return {{a.x[0] + b.x[0], a.x[1] + b.x[1], a.x[2] + b.x[2], a.x[3] + b.x[3]}}; }
};
constexpr const char* kVariant = "portable";
#endif

thread_local gemm_detail::Buffers buffers;

}  // namespace

void gemm(Eigen::Index m, Eigen::Index n, Eigen::Index k, const GemmOperand& A, const GemmOperand& B, float* C,
          Eigen::Index ldc) {
  gemm_detail::gemm_blocked<Lanes>(m, n, k, A, B, C, ldc, buffers);
}

const char* gemm_variant() { return kVariant; }

}  // namespace nnplay
