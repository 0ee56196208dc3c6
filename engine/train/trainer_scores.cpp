// How a Trainer scores its network (trainer.hpp): a split's loss and accuracy, or R² and
// RMSE, from a pass over it in chunks or from the epoch's batches; and the network's
// outputs for a split.
#include <algorithm>
#include <limits>
#include <stdexcept>

#include "train/trainer.hpp"

namespace nnplay {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

}  // namespace

Matrix predict(Network& network, const Examples& examples) {
  if (!examples.in_bytes()) return network.predict(examples.x);
  Matrix out(network.outputs(), examples.size());
  Matrix buffer;
  for (Eigen::Index first = 0; first < examples.size(); first += kEvaluationChunk) {
    const Eigen::Index n = std::min(kEvaluationChunk, examples.size() - first);
    out.middleCols(first, n) = network.forward(examples.columns(first, n, buffer));
  }
  return out;
}

Trainer::Evaluation Trainer::evaluate(const Examples& examples, const Matrix& y, const Vector& target_mean) {
  const Eigen::Index rows = examples.size();
  const bool classification = data_->task == Task::classification;
  double loss = 0, correct = 0, residual = 0, total = 0;
  const Vector& target_scale = data_->preprocessing.target_scale;
  residual_per_target_.setZero();  // regression; sized once: evaluating allocates nothing
  for (Eigen::Index first = 0; first < rows; first += kEvaluationChunk) {
    const Eigen::Index n = std::min(kEvaluationChunk, rows - first);
    const auto outputs = network_.forward(examples.columns(first, n, x_evaluated_));
    const auto targets = y.middleCols(first, n);
    loss += network_.loss_sum(targets, output_.loss);
    if (classification) {
      for (Eigen::Index j = 0; j < n; ++j) correct += predicted_class(outputs, j) == examples.labels[first + j];
    } else {
      for (Eigen::Index k = 0; k < targets.rows(); ++k) {
        const double r = (outputs.row(k) - targets.row(k)).template cast<double>().squaredNorm();
        residual_per_target_[k] += r;
        residual += r;
      }
      total += (targets.colwise() - target_mean).template cast<double>().squaredNorm();
    }
  }
  const double m = static_cast<double>(rows);
  Evaluation e;
  // The same penalty terms as the training cost, so training and validation losses compare.
  const double n = static_cast<double>(data_->train.size());
  e.loss = loss / m + network_.penalty_cost(config_.l1 / n, config_.l2 / n);
  e.accuracy = classification ? correct / m : kNaN;
  e.r2 = classification ? kNaN : (total > 0 ? 1.0 - residual / total : kNaN);
  e.rmse = classification ? kNaN : rmse_in_units(residual_per_target_, target_scale, m);
  return e;
}

Trainer::Evaluation Trainer::test_score() {
  const Examples& test = data_->test;
  if (test.size() == 0) throw std::logic_error("the data has no test rows");
  const Matrix y = encode_targets(test);
  const Vector mean = y.rowwise().mean();
  return evaluate(test, y, mean);
}

void Trainer::add_batch_metrics(const ConstColumns& outputs, const ConstMatrixRef& y) {
  BatchSums& b = batch_sums_;
  b.loss += network_.loss_sum(y, output_.loss);
  b.rows += static_cast<double>(y.cols());
  if (data_->task == Task::classification) {
    // y is the batch's one-hot (or 0/1) targets: its own predicted class is the true one.
    for (Eigen::Index j = 0; j < y.cols(); ++j) b.correct += predicted_class(outputs, j) == predicted_class(y, j);
    return;
  }
  for (Eigen::Index k = 0; k < y.rows(); ++k)
    b.residual_per_target[k] += (outputs.row(k) - y.row(k)).template cast<double>().squaredNorm();
  b.total += (y.colwise() - train_target_mean_).template cast<double>().squaredNorm();
}

// The figures evaluate() gives, from the epoch's batches: the loss (the penalty at the
// epoch's end weights, as evaluate adds it), the accuracy, or R² and RMSE.
Trainer::Evaluation Trainer::batch_metrics() const {
  const BatchSums& b = batch_sums_;
  const bool classification = data_->task == Task::classification;
  const double n = static_cast<double>(data_->train.size());
  const double residual = classification ? 0 : b.residual_per_target.sum();
  Evaluation e;
  e.loss = b.loss / b.rows + network_.penalty_cost(config_.l1 / n, config_.l2 / n);
  e.accuracy = classification ? b.correct / b.rows : kNaN;
  e.r2 = classification ? kNaN : (b.total > 0 ? 1.0 - residual / b.total : kNaN);
  e.rmse = classification ? kNaN : rmse_in_units(b.residual_per_target, data_->preprocessing.target_scale, b.rows);
  return e;
}

}  // namespace nnplay
