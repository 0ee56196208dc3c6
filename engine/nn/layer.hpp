#pragma once
// A dense layer in the teaching notation: Z = W·A_prev + b, A = f(Z).
// Workspaces hold up to `capacity` examples and are reused from batch to batch,
// so a training step allocates nothing once they have grown to the batch size.
#include "nn/activation.hpp"
#include "nn/gemm.hpp"
#include "core/rng.hpp"
#include "core/tensor.hpp"

namespace nnplay {

struct LayerSpec {
  int units = 1;
  Activation activation = Activation::relu;
  Scalar keep_prob = 1;  // inverted dropout on this layer's outputs while training
};

class DenseLayer {
 public:
  DenseLayer(int inputs, const LayerSpec& spec);

  const LayerSpec& spec() const { return spec_; }
  int inputs() const { return static_cast<int>(W.cols()); }
  int units() const { return spec_.units; }

  Matrix W;   // units x inputs
  Vector b;   // units
  Matrix dW;  // d(cost)/d(W), same shape as W
  Vector db;

  // Grows the workspaces to hold `cols` examples (allocates only when they grow).
  void reserve(Eigen::Index cols);

  // Z = W·A_prev + b; A = f(Z). With `dropout` (training) and keep_prob < 1, the output
  // is A * D / keep_prob with D ~ Bernoulli(keep_prob) (inverted dropout).
  void forward(const ConstMatrixRef& A_prev, Scalar slope, Rng* dropout);
  // The output of the last forward pass: units x n.
  ConstColumns output() const;

  // The gradient buffer for the last batch (units x n). The network writes dA here
  // (or dZ, for the output layer) before calling the functions below.
  Columns delta();
  const Matrix& pre_activation() const { return Z_; }
  // Read-only views of the last pass, for showing a step: the gradient buffer (dZ after
  // backward), and whether dropout was applied and its mask (0 or 1/keep_prob).
  ConstColumns gradient() const { return delta_.leftCols(n_); }
  bool dropped() const { return dropped_; }
  ConstColumns dropout_mask() const { return mask_.leftCols(n_); }

  // delta: dA -> dZ = dA * D / keep_prob * f'(Z).
  void delta_to_dz(Scalar slope);
  // dW = dZ·A_prevᵀ + (lambda/m) W; db = sum over examples of dZ.
  void accumulate_gradients(const ConstMatrixRef& A_prev, Scalar l2_over_m);
  // dA_prev = Wᵀ·dZ, written into the previous layer's delta.
  void backpropagate_into(DenseLayer& previous) const;

 private:
  LayerSpec spec_;
  Eigen::Index n_ = 0;     // examples in the last forward pass
  bool dropped_ = false;   // whether the last forward pass applied dropout
  Matrix Z_, A_, mask_, dropped_A_, delta_;
  mutable GemmWorkspace gemm_;  // the wasm SIMD build's product kernel's packing buffers
};

}  // namespace nnplay
