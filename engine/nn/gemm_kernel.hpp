#pragma once
// The blocked product behind gemm(), written once over a 4-lane float type `L`
// (gemm_lanes.hpp).
//
// C is computed in tiles of 8 rows x 4 columns held in 8 accumulators, the k products of
// each element added in order. B is packed 4 columns at a time, k-major (column-major B
// through 4 x 4 transposes), so a tile reads its 4 values for step p from one place; that
// panel is reused by every row panel of A.
// A's row panels are read straight from its columns when they are contiguous (the forward
// product W·A_prev), and packed k-major otherwise (Wᵀ, and the last, partial panel).
//
// Header-only, free of the library's containers and, optimized, of a stack: the benchmark
// of relaxed SIMD (bench/relaxed-simd/) builds it, with another compiler, into a module
// that has no C library and no stack of its own. The caller owns the packing buffers.
#include <algorithm>
#include <cstddef>

#include "nn/gemm_operand.hpp"

namespace nnplay::gemm_detail {

using Index = std::ptrdiff_t;

// Everything inlines into the one caller, so that no operand is passed through memory.
#if defined(__GNUC__) || defined(__clang__)
#define NNPLAY_GEMM_INLINE inline __attribute__((always_inline))
#else
#define NNPLAY_GEMM_INLINE inline
#endif

constexpr int kRows = 8;  // rows of a tile: two 4-lane vectors
constexpr int kCols = 4;  // columns of a tile

// The floats gemm_blocked's packing buffers need for these shapes.
struct PackSizes {
  Index a, b;
};
inline PackSizes pack_sizes(Index m, Index k, const GemmOperand& A) {
  if (m <= 0 || k <= 0) return {0, 0};
  const Index panels = (m + kRows - 1) / kRows;
  const Index first_packed = A.row_stride == 1 ? m / kRows : 0;
  return {(panels - first_packed) * kRows * k, kCols * k};
}

// One tile: C(0..rows, 0..cols) = A(0..rows, 0..k) · Bpanel, V vectors of 4 rows.
// A's step-p column starts at a + p * a_step; the panel holds B(p, 0..3) at b + 4p.
template <class L, int V>
NNPLAY_GEMM_INLINE void tile(Index k, const float* a, Index a_step, const float* b, float* c, Index ldc, int rows,
                             int cols) {
  using Vec = typename L::Vec;
  Vec acc[V][kCols];
  for (int v = 0; v < V; ++v)
    for (int j = 0; j < kCols; ++j) acc[v][j] = L::zero();
  for (Index p = 0; p < k; ++p, a += a_step, b += kCols) {
    Vec av[V];
    for (int v = 0; v < V; ++v) av[v] = L::load(a + 4 * v);
    for (int j = 0; j < kCols; ++j) {
      const Vec bj = L::splat(b + j);
      for (int v = 0; v < V; ++v) acc[v][j] = L::muladd(acc[v][j], av[v], bj);
    }
  }
  if (rows == 4 * V && cols == kCols) {
    for (int j = 0; j < kCols; ++j)
      for (int v = 0; v < V; ++v) L::store(c + j * ldc + 4 * v, acc[v][j]);
    return;
  }
  // A partial tile, stored lane by lane (no buffer on the stack).
  for (int j = 0; j < kCols; ++j) {
    if (j >= cols) break;
    for (int v = 0; v < V; ++v) L::store_first(c + j * ldc + 4 * v, acc[v][j], std::min(4, std::max(0, rows - 4 * v)));
  }
}

// Panel rows [i, i + rows) of A, k-major with kRows floats per step (zeros past `rows`).
NNPLAY_GEMM_INLINE void pack_a(const GemmOperand& A, Index i, int rows, Index k, float* out) {
  const float* base = A.data + i * A.row_stride;
  for (Index p = 0; p < k; ++p, out += kRows) {
    const float* col = base + p * A.col_stride;
    int r = 0;
    for (; r < rows; ++r) out[r] = col[r * A.row_stride];
    for (; r < kRows; ++r) out[r] = 0.0f;
  }
}

// Panel columns [j, j + cols) of B, k-major with kCols floats per step (zeros past `cols`).
template <class L>
NNPLAY_GEMM_INLINE void pack_b(const GemmOperand& B, Index j, int cols, Index k, float* out) {
  const float* base = B.data + j * B.col_stride;
  if (B.row_stride == 1 && cols == kCols) {  // 4 columns, 4 steps at a time, transposed in registers
    const float* c0 = base;
    const float* c1 = base + B.col_stride;
    const float* c2 = base + 2 * B.col_stride;
    const float* c3 = base + 3 * B.col_stride;
    Index p = 0;
    for (; p + 4 <= k; p += 4, out += 4 * kCols) L::transpose_store(c0 + p, c1 + p, c2 + p, c3 + p, out);
    for (; p < k; ++p, out += kCols) {
      out[0] = c0[p];
      out[1] = c1[p];
      out[2] = c2[p];
      out[3] = c3[p];
    }
    return;
  }
  if (B.col_stride == 1 && cols == kCols) {  // Bᵀ of a column-major matrix: rows are contiguous
    for (Index p = 0; p < k; ++p, out += kCols) std::copy_n(base + p * B.row_stride, kCols, out);
    return;
  }
  for (int c = 0; c < kCols; ++c) {
    if (c >= cols) {
      for (Index p = 0; p < k; ++p) out[p * kCols + c] = 0.0f;
      continue;
    }
    const float* col = base + c * B.col_stride;
    for (Index p = 0; p < k; ++p) out[p * kCols + c] = col[p * B.row_stride];
  }
}

// packed_a and packed_b hold at least pack_sizes(m, k, A) floats.
template <class L>
NNPLAY_GEMM_INLINE void gemm_blocked(Index m, Index n, Index k, const GemmOperand& A, const GemmOperand& B, float* C,
                                     Index ldc, float* packed_a, float* packed_b) {
  if (m <= 0 || n <= 0) return;
  if (k <= 0) {
    for (Index j = 0; j < n; ++j) std::fill(C + j * ldc, C + j * ldc + m, 0.0f);
    return;
  }
  const Index panels = (m + kRows - 1) / kRows;
  // Full panels of a column-major A are read in place; the rest are packed once, up front.
  const Index first_packed = A.row_stride == 1 ? m / kRows : 0;
  for (Index q = first_packed; q < panels; ++q)
    pack_a(A, q * kRows, static_cast<int>(std::min<Index>(kRows, m - q * kRows)), k,
           packed_a + (q - first_packed) * kRows * k);

  for (Index j = 0; j < n; j += kCols) {
    const int cols = static_cast<int>(std::min<Index>(kCols, n - j));
    pack_b<L>(B, j, cols, k, packed_b);
    for (Index q = 0; q < panels; ++q) {
      const Index i = q * kRows;
      const int rows = static_cast<int>(std::min<Index>(kRows, m - i));
      const bool in_place = q < first_packed;
      const float* a = in_place ? A.data + i : packed_a + (q - first_packed) * kRows * k;
      const Index a_step = in_place ? A.col_stride : kRows;
      float* c = C + i + j * ldc;
      if (rows > 4)
        tile<L, 2>(k, a, a_step, packed_b, c, ldc, rows, cols);
      else
        tile<L, 1>(k, a, a_step, packed_b, c, ldc, rows, cols);
    }
  }
}

}  // namespace nnplay::gemm_detail

#undef NNPLAY_GEMM_INLINE
