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
  delta_.resize(units(), cols);
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

Columns DenseLayer::delta() { return delta_.leftCols(n_); }

void DenseLayer::delta_to_dz(Scalar slope) {
  auto delta = delta_.leftCols(n_);
  if (dropped_) delta.array() *= mask_.leftCols(n_).array();
  backprop_activation(spec_.activation, slope, Z_.leftCols(n_), A_.leftCols(n_), delta);
}

void DenseLayer::accumulate_gradients(const ConstMatrixRef& A_prev, Scalar l2_over_m) {
  const auto dZ = delta_.leftCols(n_);
  multiply(dW, dZ, A_prev.transpose(), gemm_);  // (units x n)·(n x inputs)
  if (l2_over_m != 0) dW += l2_over_m * W;
  db = dZ.rowwise().sum();
}

void DenseLayer::backpropagate_into(DenseLayer& previous) const {
  if (previous.n_ != n_) throw std::logic_error("backpropagate_into: layers saw different batches");
  multiply(previous.delta_.leftCols(n_), W.transpose(), delta_.leftCols(n_), gemm_);  // (inputs x units)·(units x n)
}

}  // namespace nnplay
