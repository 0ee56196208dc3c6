#pragma once
// The numbers of one training step (one mini-batch), for a small network shown step by
// step: what flows forward through each layer and what flows back, in the teaching
// notation (columns are examples). Per-example matrices hold the first `shown` examples
// of the batch; dW and db are the whole batch's gradient, the one the optimizer applied.
#include <vector>

#include "core/tensor.hpp"
#include "nn/network.hpp"

namespace nnplay {

// Limits for a capture: beyond them the numbers are too many to show.
constexpr int kStepDetailMaxUnits = 64;  // per layer, and inputs
constexpr int kStepDetailMaxRows = 16;   // examples shown

struct LayerStep {
  Matrix A_prev;  // inputs x shown: the layer's input (A[l-1]; the scaled features for l = 1)
  Matrix Z;       // units x shown: W·A_prev + b
  Matrix A;       // units x shown: f(Z), after dropout when the layer has it
  Matrix D;       // units x shown: the dropout mask (0 or 1/keep_prob); empty without dropout
  // Gradients per example, as in the teaching notation: dZ = A - Y at the output of a
  // cross-entropy network, dW = dZ·A_prevᵀ / m + (λ₁/N)·sign(W) + (λ₂/N)·W, db = Σ dZ / m
  // (m: batch rows).
  Matrix dA;  // units x shown: d cost / d A (hidden layers; empty for the output layer)
  Matrix dZ;  // units x shown
  Matrix dW;  // units x inputs: the whole batch's gradient, penalty terms included
  Vector db;
  Matrix W_before, W_after;
  Vector b_before, b_after;
};

struct StepDetail {
  int epoch = 0;  // 0-based epoch the step belongs to
  int batch = 0;  // 0-based index of the batch in its epoch
  int batches_per_epoch = 0;
  long update = 0;        // the optimizer's update count after this step (Adam's t)
  int batch_rows = 0;     // m
  std::vector<int> rows;  // training-row indices of the shown examples
  Matrix Y;               // outputs x shown: the targets the network trains on
  double cost = 0;        // the batch's cost before the update (dropout applied), penalty terms included
  double learning_rate = 0;
  bool epoch_ended = false;  // the step finished an epoch (its metrics are in the history)
  std::vector<LayerStep> layers;
};

// Throws std::invalid_argument unless every layer has at most kStepDetailMaxUnits units
// and inputs, naming the first that does not.
void check_step_detail_size(const Network& network);

// After forward and backward of a batch (x: inputs x m, y: outputs x m), before the
// update: fills the forward values, the gradients and W_before of the first `shown`
// examples. penalty is the trainer's λ₁/N and λ₂/N.
void capture_step(const Network& network, const ConstMatrixRef& x, const ConstMatrixRef& y, Loss loss,
                  const WeightPenalty& penalty, int shown, StepDetail& detail);

// After the update: W_after and b_after.
void capture_update(const Network& network, StepDetail& detail);

}  // namespace nnplay
