#pragma once
// Everything that defines a training run, validated as a whole before use.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/task.hpp"
#include "nn/init.hpp"
#include "nn/layer.hpp"
#include "nn/loss.hpp"
#include "nn/optimizer.hpp"
#include "nn/weight_penalty.hpp"

namespace nnplay {

struct TrainingConfig {
  std::vector<LayerSpec> hidden_layers = {{8, Activation::relu, 1}};
  std::optional<Loss> loss;  // empty: chosen from the task (see resolve_output)
  Init init = Init::he;
  Scalar init_scale = Scalar(0.01);  // Init::normal: W = randn · init_scale
  Scalar leaky_slope = Scalar(0.01);
  OptimizerConfig optimizer;
  int batch_size = 32;  // 0: full batch (gradient descent); 1: SGD; b: mini-batches of b
  int epochs = 100;
  Scalar l1 = 0;  // λ₁: cost += λ₁ / N * sum(|W|)     (N: training rows)
  Scalar l2 = 0;  // λ₂: cost += λ₂ / (2 N) * sum(W^2)
  std::uint32_t seed = 1;
  int patience = 0;  // early stopping after this many epochs without a better validation loss; 0: off
  // Where an epoch's training loss and accuracy come from: false (JSON train_metrics
  // "exact"), a pass over the training rows once the epoch is done; true ("batches"), the
  // forward passes its mini-batches already made, each before its own update: no extra
  // pass, a mean over weights that changed during the epoch. The full batch and dropout
  // are always measured exactly (a dropped-out network's loss is not the network's).
  bool batch_metrics = false;

  // Throws std::invalid_argument naming the first bad field and its allowed range,
  // e.g. "hidden_layers[2].units must be between 1 and 4096, got 0".
  void validate() const;
};

constexpr int kMaxHiddenLayers = 32;
constexpr int kMaxUnits = 4096;
constexpr int kMaxInputs = 1 << 20;  // features a network takes (after one-hot encoding)
constexpr int kMaxEpochs = 1000000;

// The output layer and loss for a task: binary classification -> 1 sigmoid unit with
// binary cross-entropy (or 2 softmax units with categorical cross-entropy); K classes
// -> K softmax units with categorical cross-entropy (or K sigmoid units with binary);
// regression -> linear units with mean squared error. MSE with classes keeps the
// classification outputs (sigmoid for 2 classes, softmax for more).
struct OutputSpec {
  LayerSpec layer;
  Loss loss;
};
// The penalties' factors for N training rows: λ₁/N and λ₂/N.
WeightPenalty weight_penalty(const TrainingConfig& config, Eigen::Index train_rows);

OutputSpec resolve_output(const TrainingConfig& config, Task task, int class_count, int target_count);

}  // namespace nnplay
