// The engine's matrix product kernel (gemm.hpp) in its portable instantiation, the one
// native builds compile: bit for bit the naive loop, for every operand layout and for
// shapes that are not multiples of its 8 x 4 tiles. The wasm SIMD instantiation is held
// to the same loop by tests/bindings/gemm.test.mjs.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

#include "core/rng.hpp"
#include "core/tensor.hpp"
#include "nn/gemm.hpp"

using namespace nnplay;
using Index = Eigen::Index;

namespace {

// A matrix stored column-major (or row-major, for a transposed operand) with padding
// between its columns (rows), so strides other than the dense ones are exercised.
struct Stored {
  std::vector<float> data;
  GemmOperand operand;
  float at(Index i, Index j) const { return operand.data[i * operand.row_stride + j * operand.col_stride]; }
};

Stored random_operand(Index rows, Index cols, bool row_major, Index pad, Rng& rng) {
  Stored s;
  const Index inner = row_major ? cols : rows, outer = row_major ? rows : cols;
  s.data.resize(static_cast<std::size_t>((inner + pad) * outer + 1));
  for (float& x : s.data) x = rng.uniform_float() * 2 - 1;
  const Index ld = inner + pad;
  s.operand = row_major ? GemmOperand{s.data.data(), ld, 1} : GemmOperand{s.data.data(), 1, ld};
  return s;
}

// The reference: each element summed in k order, one rounding per product and per sum.
float naive(const Stored& A, const Stored& B, Index i, Index j, Index k) {
  float sum = 0.0f;
  for (Index p = 0; p < k; ++p) {
    const float product = A.at(i, p) * B.at(p, j);
    sum = sum + product;
  }
  return sum;
}

bool same_bits(float a, float b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("gemm: bit-identical to the naive loop for odd shapes and every layout", "[gemm]") {
  const auto shape = GENERATE(table<Index, Index, Index>({
      {1, 1, 1},
      {1, 9, 5},
      {9, 1, 5},
      {3, 2, 7},
      {4, 4, 4},
      {5, 3, 1},
      {8, 4, 16},
      {9, 5, 3},
      {10, 64, 64},
      {13, 7, 33},
      {17, 6, 2},
      {64, 64, 128},
      {31, 129, 19},
  }));
  const auto [m, n, k] = shape;
  const bool a_row_major = GENERATE(false, true);
  const bool b_row_major = GENERATE(false, true);
  const Index pad = GENERATE(0, 3);
  CAPTURE(m, n, k, a_row_major, b_row_major, pad);

  Rng rng(static_cast<std::uint64_t>(m * 10007 + n * 101 + k), 7);
  const Stored A = random_operand(m, k, a_row_major, pad, rng);
  const Stored B = random_operand(k, n, b_row_major, pad, rng);
  const Index ldc = m + pad;
  const float sentinel = -12345.0f;
  std::vector<float> C(static_cast<std::size_t>(ldc * n), sentinel);
  // One workspace for all the shapes: what a larger product left in it must not matter.
  static GemmWorkspace workspace;
  gemm(m, n, k, A.operand, B.operand, C.data(), ldc, workspace);

  int wrong = 0;
  for (Index j = 0; j < n; ++j)
    for (Index i = 0; i < ldc; ++i) {
      const float got = C[static_cast<std::size_t>(i + j * ldc)];
      const float want = i < m ? naive(A, B, i, j, k) : sentinel;  // the padding is left alone
      if (!same_bits(got, want) && wrong++ < 5) {
        CAPTURE(i, j, got, want);
        FAIL_CHECK("element differs");
      }
    }
  CHECK(wrong == 0);
}

TEST_CASE("gemm: an empty inner dimension gives zeros; an empty C is left alone", "[gemm]") {
  std::vector<float> C(6, 7.0f);
  const float one = 1.0f;
  GemmWorkspace ws;
  gemm(2, 3, 0, {&one, 1, 1}, {&one, 1, 1}, C.data(), 2, ws);
  for (float x : C) CHECK(x == 0.0f);
  std::vector<float> untouched(4, 7.0f);
  gemm(0, 2, 3, {&one, 1, 1}, {&one, 1, 1}, untouched.data(), 2, ws);
  gemm(2, 0, 3, {&one, 1, 1}, {&one, 1, 1}, untouched.data(), 2, ws);
  for (float x : untouched) CHECK(x == 7.0f);
}

TEST_CASE("gemm: the MNIST layer products agree with Eigen's within float rounding", "[gemm]") {
  Rng rng(11, 2);
  auto random = [&](Index r, Index c) {
    Matrix x(r, c);
    for (Index j = 0; j < c; ++j)
      for (Index i = 0; i < r; ++i) x(i, j) = rng.uniform_float() * 2 - 1;
    return x;
  };
  const Matrix W = random(128, 784), X = random(784, 64), dZ = random(128, 64);
  Matrix Z(128, 64), dW(128, 784), dX(784, 64);
  GemmWorkspace ws;
  gemm(128, 64, 784, {W.data(), 1, 128}, {X.data(), 1, 784}, Z.data(), 128, ws);
  gemm(128, 784, 64, {dZ.data(), 1, 128}, {X.data(), 784, 1}, dW.data(), 128, ws);
  gemm(784, 64, 128, {W.data(), 128, 1}, {dZ.data(), 1, 128}, dX.data(), 784, ws);
  // Sums of k products of magnitude <= 1: float rounding bounds the error by ~k·eps·sum|a·b|.
  const Matrix Zr = W * X, dWr = dZ * X.transpose(), dXr = W.transpose() * dZ;
  CHECK((Z - Zr).cwiseAbs().maxCoeff() < 1e-3);
  CHECK((dW - dWr).cwiseAbs().maxCoeff() < 1e-4);
  CHECK((dX - dXr).cwiseAbs().maxCoeff() < 1e-4);
  CHECK(std::string(gemm_variant()) == "portable");
}
