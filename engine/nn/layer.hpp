#pragma once
// A dense layer in the teaching notation: Z = W·A_prev + b, A = f(Z).
// Workspaces hold up to `capacity` examples and are reused from batch to batch,
// so a training step allocates nothing once they have grown to the batch size.
#include "core/rng.hpp"
#include "core/tensor.hpp"
#include "nn/activation.hpp"
#include "nn/gemm.hpp"
#include "nn/weight_penalty.hpp"

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
  Matrix dW;  // d(cost)/dW of the last batch, same shape as W
  Vector db;  // d(cost)/db

  // Grows the workspaces to hold `cols` examples (allocates only when they grow).
  void reserve(Eigen::Index cols);

  // Z = W·A_prev + b; A = f(Z). With `dropout` (training) and keep_prob < 1, the output
  // is A * D / keep_prob with D ~ Bernoulli(keep_prob) (inverted dropout).
  void forward(const ConstMatrixRef& A_prev, Scalar slope, Rng* dropout);
  // The output of the last forward pass: units x n.
  ConstColumns output() const;

  // Backward propagation, in the teaching notation (m: the batch's examples, n_l: units).
  // One buffer per layer holds d(cost)/dA of each example, then d(cost)/dZ of each example:
  // dA() is it before dZ_from_dA(), dZ() after. The network writes dA (or, for the output
  // layer, dZ directly) before calling the functions below.
  Columns dA();
  Columns dZ();
  ConstColumns dZ() const { return backward_.leftCols(n_); }
  const Matrix& pre_activation() const { return Z_; }
  // Whether the last forward pass applied dropout, and its mask D (0 or 1/keep_prob).
  bool dropped() const { return dropped_; }
  ConstColumns dropout_mask() const { return mask_.leftCols(n_); }

  // dZ = dA ⊙ D/keep_prob ⊙ f'(Z), in place (units x m).
  void dZ_from_dA(Scalar slope);
  // dW = (1/m)·dZ·A_prevᵀ + (λ₁/N)·sign(W) + (λ₂/N)·W and db = (1/m)·Σ_examples dZ,
  // overwriting both (N the training rows: the penalties are the same for every batch).
  void compute_gradients(const ConstMatrixRef& A_prev, const WeightPenalty& penalty);
  // dA_prev = Wᵀ·dZ, written into the previous layer's buffer (inputs x m).
  void dA_prev_into(DenseLayer& previous) const;

 private:
  LayerSpec spec_;
  Eigen::Index n_ = 0;    // examples in the last forward pass
  bool dropped_ = false;  // whether the last forward pass applied dropout
  Matrix Z_, A_, mask_, dropped_A_;
  Matrix backward_;             // dA, then dZ (see dA() and dZ())
  mutable GemmWorkspace gemm_;  // the wasm SIMD build's product kernel's packing buffers
};

}  // namespace nnplay
