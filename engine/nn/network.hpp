#pragma once
// A multilayer perceptron: dense layers, forward and backward propagation, the cost.
#include <vector>

#include "core/rng.hpp"
#include "core/tensor.hpp"
#include "nn/init.hpp"
#include "nn/layer.hpp"
#include "nn/loss.hpp"
#include "nn/param_slot.hpp"
#include "nn/weight_penalty.hpp"

namespace nnplay {

class Network {
 public:
  // `layers` lists the hidden layers and then the output layer.
  Network(int inputs, const std::vector<LayerSpec>& layers, Scalar leaky_slope = Scalar(0.01));

  // Every layer's W drawn by `init` (initialize_weights), every b zero.
  void initialize(Init init, Rng& rng, Scalar normal_scale = Scalar(0.01));

  int inputs() const { return inputs_; }
  int outputs() const { return layers_.back().units(); }
  Scalar leaky_slope() const { return leaky_slope_; }
  std::vector<DenseLayer>& layers() { return layers_; }
  const std::vector<DenseLayer>& layers() const { return layers_; }

  // Forward propagation of X (inputs x n). With `dropout` set, dropout is applied
  // (training); without, the network predicts. Returns the output layer's A (outputs x n),
  // valid until the next forward pass.
  ConstColumns forward(const ConstMatrixRef& X, Rng* dropout = nullptr);

  // Backward propagation after forward(X), for the cost
  //   J = (1/m)·Σ_examples L(a, y) + (λ₁/N)·Σ_layers Σ|W| + λ₂/(2N)·Σ_layers ΣW²
  // (m: batch rows, N: training rows). From the output layer back to the first, each
  // layer's dZ per example, then
  //   dW = (1/m)·dZ·A_prevᵀ + (λ₁/N)·sign(W) + (λ₂/N)·W,   db = (1/m)·Σ dZ,   dA_prev = Wᵀ·dZ
  // (layer.hpp), leaving every layer's dW and db for the optimizer.
  void backward(const ConstMatrixRef& X, const ConstMatrixRef& Y, Loss loss, const WeightPenalty& penalty);

  // Sum of the losses of the last forward pass's examples against Y.
  double loss_sum(const ConstMatrixRef& Y, Loss loss) const;

  // sum over layers of sum(W^2), for the L2 term of the cost.
  double weight_square_sum() const;
  // sum over layers of sum(|W|), for the L1 term of the cost.
  double weight_abs_sum() const;
  // The cost's penalty terms: (λ₁/N)·Σ|W| + λ₂/(2N)·ΣW².
  double penalty_cost(double l1_over_n, double l2_over_n) const;

  // Outputs for any number of examples, computed `chunk` columns at a time.
  Matrix predict(const ConstMatrixRef& X, Eigen::Index chunk = 1024);
  // What each unit computes: every layer's output A, hidden layers included, its first
  // max_units units (rows) only: min(units, max_units) x n per layer.
  std::vector<Matrix> layer_outputs(const ConstMatrixRef& X, Eigen::Index max_units, Eigen::Index chunk = 1024);

  // Grows every layer's workspaces to `cols` examples.
  void reserve(Eigen::Index cols);

  std::vector<ParamSlot> parameter_slots();

 private:
  int inputs_;
  Scalar leaky_slope_;
  std::vector<DenseLayer> layers_;
};

}  // namespace nnplay
