#include "nn/layer.hpp"

#include <stdexcept>

#include "nn/product.hpp"

namespace nnplay {

DenseLayer::DenseLayer(int inputs, const LayerSpec& spec)
    : W(Matrix::Zero(spec.units, inputs)),
      b(Vector::Zero(spec.units)),
      dW(Matrix::Zero(spec.units, inputs)),
      db(Vector::Zero(spec.units)),
      spec_(spec) {}

void DenseLayer::reserve(Eigen::Index cols) {
  if (cols <= Z_.cols()) return;
  Z_.resize(units(), cols);
  A_.resize(units(), cols);
  backward_.resize(units(), cols);
  if (spec_.keep_prob < 1) {
    mask_.resize(units(), cols);
    dropped_A_.resize(units(), cols);
  }
}

void DenseLayer::forward(const ConstMatrixRef& A_prev, Scalar slope, Rng* dropout) {
  n_ = A_prev.cols();
  reserve(n_);
  auto Z = Z_.leftCols(n_);
  auto A = A_.leftCols(n_);
  multiply(Z, W, A_prev, gemm_);  // (units x inputs)·(inputs x n)
  Z.colwise() += b;
  activate(spec_.activation, slope, Z, A);

  dropped_ = dropout != nullptr && spec_.keep_prob < 1;
  if (dropped_) {
    auto D = mask_.leftCols(n_);
    const float keep = static_cast<float>(spec_.keep_prob);
    const Scalar inv_keep = Scalar(1) / spec_.keep_prob;
    for (Eigen::Index j = 0; j < n_; ++j)
      for (Eigen::Index i = 0; i < D.rows(); ++i) D(i, j) = dropout->uniform_float() < keep ? inv_keep : Scalar(0);
    dropped_A_.leftCols(n_).array() = A.array() * D.array();
  }
}

ConstColumns DenseLayer::output() const {
  const Matrix& out = dropped_ ? dropped_A_ : A_;
  return out.leftCols(n_);
}

Columns DenseLayer::dA() { return backward_.leftCols(n_); }

Columns DenseLayer::dZ() { return backward_.leftCols(n_); }

void DenseLayer::dZ_from_dA(Scalar slope) {
  auto d = backward_.leftCols(n_);
  if (dropped_) d.array() *= mask_.leftCols(n_).array();                              // dA ⊙ D/keep_prob
  backprop_activation(spec_.activation, slope, Z_.leftCols(n_), A_.leftCols(n_), d);  // ⊙ f'(Z)
}

void DenseLayer::compute_gradients(const ConstMatrixRef& A_prev, const WeightPenalty& penalty) {
  const auto dZ = backward_.leftCols(n_);
  const Scalar one_over_m = Scalar(1) / static_cast<Scalar>(n_);
  multiply(dW, dZ, A_prev.transpose(), gemm_);  // dZ·A_prevᵀ: (units x m)·(m x inputs)
  if (n_ > 1) dW *= one_over_m;
  if (penalty.l1_over_n != 0) dW.array() += penalty.l1_over_n * W.array().sign();
  if (penalty.l2_over_n != 0) dW += penalty.l2_over_n * W;
  db = dZ.rowwise().sum() * one_over_m;
}

void DenseLayer::dA_prev_into(DenseLayer& previous) const {
  if (previous.n_ != n_) throw std::logic_error("dA_prev_into: layers saw different batches");
  multiply(previous.backward_.leftCols(n_), W.transpose(), backward_.leftCols(n_),
           gemm_);  // Wᵀ·dZ: (inputs x units)·(units x m)
}

}  // namespace nnplay
