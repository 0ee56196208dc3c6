#pragma once
// The 4-lane float types gemm_kernel.hpp is instantiated with:
//   SimdLanes     WebAssembly SIMD128 (the engine's wasm build)
//   PortableLanes plain C++, every other target
// Both round each product and each sum (gemm.cpp is compiled with -ffp-contract=off), so
// they give the same bits.
#ifdef __wasm_simd128__
#include <wasm_simd128.h>
#endif

namespace nnplay::gemm_detail {

#ifdef __wasm_simd128__
struct SimdLanes {
  using Vec = v128_t;
  static Vec zero() { return wasm_f32x4_const_splat(0.0f); }
  static Vec load(const float* p) { return wasm_v128_load(p); }
  static Vec splat(const float* p) { return wasm_v128_load32_splat(p); }
  static void store(float* p, Vec v) { wasm_v128_store(p, v); }
  // acc + a·b, rounded twice (WebAssembly SIMD has no fused multiply-add).
  static Vec muladd(Vec acc, Vec a, Vec b) { return wasm_f32x4_add(acc, wasm_f32x4_mul(a, b)); }
  // The first `count` (0..4) lanes of v to p.
  static void store_first(float* p, Vec v, int count) {
    if (count > 0) p[0] = wasm_f32x4_extract_lane(v, 0);
    if (count > 1) p[1] = wasm_f32x4_extract_lane(v, 1);
    if (count > 2) p[2] = wasm_f32x4_extract_lane(v, 2);
    if (count > 3) p[3] = wasm_f32x4_extract_lane(v, 3);
  }
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
#endif

struct PortableLanes {
  struct Vec {
    float x[4];
  };
  static Vec zero() { return {{0.0f, 0.0f, 0.0f, 0.0f}}; }
  static Vec load(const float* p) { return {{p[0], p[1], p[2], p[3]}}; }
  static Vec splat(const float* p) { return {{*p, *p, *p, *p}}; }
  static void store(float* p, Vec v) {
    for (int i = 0; i < 4; ++i) p[i] = v.x[i];
  }
  static Vec muladd(Vec acc, Vec a, Vec b) {
    Vec r;
    for (int i = 0; i < 4; ++i) {
      const float product = a.x[i] * b.x[i];  // its own statement: never contracted into an FMA
      r.x[i] = acc.x[i] + product;
    }
    return r;
  }
  static void store_first(float* p, Vec v, int count) {
    for (int i = 0; i < count; ++i) p[i] = v.x[i];
  }
  static void transpose_store(const float* c0, const float* c1, const float* c2, const float* c3, float* out) {
    for (int p = 0; p < 4; ++p, out += 4) {
      out[0] = c0[p];
      out[1] = c1[p];
      out[2] = c2[p];
      out[3] = c3[p];
    }
  }
};

}  // namespace nnplay::gemm_detail
