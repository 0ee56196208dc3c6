#include "nn/gemm.hpp"

#include "nn/gemm_kernel.hpp"

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
  // out[4p + j] = cj[p] for p, j < 4: four columns' next 4 values, transposed.
  static void transpose_store(const float* c0, const float* c1, const float* c2, const float* c3, float* out) {
    const Vec a = load(c0), b = load(c1), c = load(c2), d = load(c3);
    const Vec ab_lo = wasm_i32x4_shuffle(a, b, 0, 4, 1, 5), ab_hi = wasm_i32x4_shuffle(a, b, 2, 6, 3, 7);
    const Vec cd_lo = wasm_i32x4_shuffle(c, d, 0, 4, 1, 5), cd_hi = wasm_i32x4_shuffle(c, d, 2, 6, 3, 7);
    store(out, wasm_i32x4_shuffle(ab_lo, cd_lo, 0, 1, 4, 5));
    store(out + 4, wasm_i32x4_shuffle(ab_lo, cd_lo, 2, 3, 6, 7));
    store(out + 8, wasm_i32x4_shuffle(ab_hi, cd_hi, 0, 1, 4, 5));
    store(out + 12, wasm_i32x4_shuffle(ab_hi, cd_hi, 2, 3, 6, 7));
  }
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
  static void transpose_store(const float* c0, const float* c1, const float* c2, const float* c3, float* out) {
    for (int p = 0; p < 4; ++p, out += 4) {
      out[0] = c0[p];
      out[1] = c1[p];
      out[2] = c2[p];
      out[3] = c3[p];
    }
  }
};
constexpr const char* kVariant = "portable";
#endif

}  // namespace

void gemm(Eigen::Index m, Eigen::Index n, Eigen::Index k, const GemmOperand& A, const GemmOperand& B, float* C,
          Eigen::Index ldc, GemmWorkspace& workspace) {
  gemm_detail::gemm_blocked<Lanes>(m, n, k, A, B, C, ldc, workspace);
}

const char* gemm_variant() { return kVariant; }

}  // namespace nnplay
