#pragma once
// What a training run reports, and how predictions are scored.
#include <vector>

#include "core/tensor.hpp"

namespace nnplay {

// One epoch's figures. Fields that do not apply (accuracy for regression, R² for
// classification, validation figures without a validation split) are NaN.
struct EpochMetrics {
  int epoch = 0;               // 1-based
  double train_loss = 0;       // mean loss + lambda/(2 m) * sum(W^2), m = training rows
  double validation_loss = 0;  // the same cost on the validation rows
  double train_accuracy = 0;
  double validation_accuracy = 0;
  double train_r2 = 0;
  double validation_r2 = 0;
  // Regression: the root mean squared error in the target's own units (the loss is on the
  // standardized target), averaged over the targets.
  double train_rmse = 0;
  double validation_rmse = 0;
  double learning_rate = 0;
  double seconds = 0;  // training time so far, pauses excluded
};

// The predicted class of each column of network outputs: argmax, or output > 0.5 for a
// single sigmoid unit.
int predicted_class(const Eigen::Ref<const Matrix>& outputs, Eigen::Index column);

// Regression: the root mean squared error in the targets' own units, from the squared
// residuals summed per target over `rows` examples at the scale they were trained at
// (t_trained = (t - offset) * scale; an empty scale is 1).
double rmse_in_units(const Eigen::VectorXd& residual_per_target, const Vector& target_scale, double rows);

// counts[actual][predicted]
using ConfusionMatrix = std::vector<std::vector<long>>;
ConfusionMatrix confusion_matrix(const Matrix& outputs, const std::vector<int>& labels, int class_count);

}  // namespace nnplay
