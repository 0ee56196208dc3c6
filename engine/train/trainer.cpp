#include "train/trainer.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/number_format.hpp"
#include "train/memory_estimate.hpp"

namespace nnplay {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// The streams that split one seed into independent random sequences.
enum Stream : std::uint64_t { kWeights = 1, kShuffle = 2, kDropout = 3 };

std::vector<LayerSpec> layer_specs(const TrainingConfig& config, const OutputSpec& output) {
  std::vector<LayerSpec> specs = config.hidden_layers;
  specs.push_back(output.layer);
  return specs;
}

// Everything checked before the network is allocated: the configuration, the data, the
// batch size against the rows, and the memory all of it needs against the budget.
OutputSpec output_for(const TrainingConfig& config, const Dataset& data, std::size_t memory_budget) {
  config.validate();
  const Eigen::Index rows = data.train.size();
  if (rows == 0) throw MessageError(Message("train.no_rows"));
  if (data.train.features() < 1) throw MessageError(Message("train.no_features"));
  if (data.train.features() > kMaxInputs)
    throw MessageError(
        Message("train.too_many_features").with("count", data.train.features()).with("limit", kMaxInputs));
  if (config.batch_size > rows)
    throw MessageError(Message("train.batch_over_rows").with("rows", rows).with("batch", config.batch_size));
  OutputSpec output =
      resolve_output(config, data.task, data.class_count(), static_cast<int>(data.train.targets.rows()));
  check_memory(estimate_training_memory(config, data, output.layer), memory_budget);
  return output;
}

// The largest magnitude among a split's features (as the network sees them, scaled).
double largest_feature(const Examples& split) {
  double largest = 0;
  Matrix buffer;
  constexpr Eigen::Index kChunk = 1024;
  for (Eigen::Index first = 0; first < split.size(); first += kChunk) {
    const ConstMatrixRef x = split.columns(first, std::min(kChunk, split.size() - first), buffer);
    if (x.size() > 0) largest = std::max(largest, static_cast<double>(x.cwiseAbs().maxCoeff()));
  }
  return largest;
}

// "train.loss" → "train.loss_nan" or "train.loss_infinite".
std::string non_finite_code(const char* what, double v) {
  return std::string(what) + (std::isnan(v) ? "_nan" : "_infinite");
}

}  // namespace

Trainer::Trainer(const TrainingConfig& config, std::shared_ptr<const Dataset> data, std::size_t memory_budget)
    : config_(config),
      data_(std::move(data)),
      output_(output_for(config_, *data_, memory_budget)),
      network_(static_cast<int>(data_->train.features()), layer_specs(config_, output_), config_.leaky_slope),
      slots_(network_.parameter_slots()),
      optimizer_(config_.optimizer, slots_),
      shuffle_rng_(config_.seed, kShuffle),
      dropout_rng_(config_.seed, kDropout),
      initial_train_loss_(kNaN),
      best_train_loss_(std::numeric_limits<double>::infinity()),
      best_validation_loss_(std::numeric_limits<double>::infinity()) {
  const Eigen::Index rows = data_->train.size();
  batch_ = config_.batch_size == 0 ? rows : config_.batch_size;
  // The cost's penalties are over the training rows, so their gradients are the same for
  // full batches and mini-batches (nn/weight_penalty.hpp).
  penalty_ = weight_penalty(config_, rows);

  Rng weights_rng(config_.seed, kWeights);
  network_.initialize(config_.init, weights_rng, config_.init_scale);

  y_train_ = encode_targets(data_->train);
  y_validation_ = encode_targets(data_->validation);
  if (data_->task == Task::regression) {
    train_target_mean_ = y_train_.rowwise().mean();
    residual_per_target_.resize(y_train_.rows());
    if (data_->validation.size() > 0) validation_target_mean_ = y_validation_.rowwise().mean();
  }
  order_.resize(rows);
  for (Eigen::Index i = 0; i < rows; ++i) order_[i] = static_cast<int>(i);
  if (batch_ < rows) {
    x_batch_.resize(data_->train.features(), batch_);
    y_batch_.resize(y_train_.rows(), batch_);
  }
  network_.reserve(std::max(batch_, std::min(kEvaluationChunk, rows)));
  batch_metrics_ = config_.batch_metrics && batch_ < rows &&
                   std::all_of(config_.hidden_layers.begin(), config_.hidden_layers.end(),
                               [](const LayerSpec& l) { return l.keep_prob >= 1; });
  if (batch_metrics_) batch_sums_.residual_per_target = Eigen::VectorXd::Zero(y_train_.rows());
}

bool Trainer::can_continue(const Network& weights) const {
  if (weights.inputs() != network_.inputs() || weights.layers().size() != network_.layers().size()) return false;
  for (std::size_t l = 0; l < network_.layers().size(); ++l) {
    const DenseLayer& mine = network_.layers()[l];
    const DenseLayer& theirs = weights.layers()[l];
    if (theirs.units() != mine.units() || theirs.spec().activation != mine.spec().activation) return false;
  }
  return true;
}

void Trainer::continue_from(const Network& weights, int epochs_trained) {
  if (optimizer_.steps() != 0 || cursor_ != 0 || !history_.empty())
    throw std::logic_error("continue_from: this trainer has trained already");
  if (!can_continue(weights))
    throw std::invalid_argument("continue_from: the saved network's shape is not this configuration's");
  if (epochs_trained < 0) throw std::invalid_argument("continue_from: epochs_trained must be >= 0");
  for (std::size_t l = 0; l < network_.layers().size(); ++l) {
    network_.layers()[l].W = weights.layers()[l].W;
    network_.layers()[l].b = weights.layers()[l].b;
  }
  first_epoch_ = epochs_trained;
}

Matrix Trainer::encode_targets(const Examples& examples) const {
  if (data_->task == Task::regression) return examples.targets;
  const int outputs = network_.outputs();
  Matrix y = Matrix::Zero(outputs, static_cast<Eigen::Index>(examples.labels.size()));
  for (std::size_t j = 0; j < examples.labels.size(); ++j) {
    const int label = examples.labels[j];
    if (label < 0 || label >= data_->class_count())
      throw std::invalid_argument("label " + std::to_string(label) + " of example " + std::to_string(j + 1) +
                                  " is not one of the " + std::to_string(data_->class_count()) + " classes");
    if (outputs == 1)
      y(0, j) = static_cast<Scalar>(label);
    else
      y(label, j) = 1;
  }
  return y;
}

void Trainer::run_batch(const ConstMatrixRef& x, const ConstMatrixRef& y, Scalar learning_rate, StepDetail* detail) {
  const ConstColumns outputs = network_.forward(x, &dropout_rng_);
  if (batch_metrics_) add_batch_metrics(outputs, y);
  network_.backward(x, y, output_.loss, penalty_);
  if (detail) capture_step(network_, x, y, output_.loss, penalty_, kStepDetailMaxRows, *detail);
  optimizer_.step(slots_, learning_rate);
  if (detail) capture_update(network_, *detail);
}

bool Trainer::next_batch(StepDetail* detail) {
  const Examples& train = data_->train;
  const Eigen::Index rows = train.size();
  if (!initial_loss_measured_) {  // before the first update: where divergence is measured from
    initial_train_loss_ = evaluate(train, y_train_, train_target_mean_).loss;
    best_train_loss_ = initial_train_loss_;
    initial_loss_measured_ = true;
  }
  const Scalar learning_rate = static_cast<Scalar>(optimizer_.learning_rate_at(epoch()));
  if (detail) {
    detail->epoch = epoch();
    detail->batch = static_cast<int>(cursor_ / batch_);
    detail->batches_per_epoch = static_cast<int>((rows + batch_ - 1) / batch_);
    detail->learning_rate = learning_rate;
  }
  if (batch_ >= rows) {
    if (detail) {
      const Eigen::Index shown = std::min<Eigen::Index>(kStepDetailMaxRows, rows);
      detail->rows.assign(order_.begin(), order_.begin() + shown);  // unshuffled: 0, 1, 2...
    }
    if (!train.in_bytes()) {
      run_batch(train.x, y_train_, learning_rate, detail);  // full batch: no shuffling, no copy
      return true;
    }
    if (x_full_.cols() != rows) x_full_ = train.scaled();
    run_batch(x_full_, y_train_, learning_rate, detail);
    return true;
  }
  if (cursor_ == 0) {
    for (Eigen::Index i = rows - 1; i > 0; --i)  // Fisher-Yates
      std::swap(order_[i], order_[shuffle_rng_.below(static_cast<std::uint64_t>(i) + 1)]);
  }
  const Eigen::Index n = std::min(batch_, rows - cursor_);
  for (Eigen::Index j = 0; j < n; ++j) {
    train.copy_example(order_[cursor_ + j], x_batch_.col(j).data());
    y_batch_.col(j) = y_train_.col(order_[cursor_ + j]);
  }
  if (detail) {
    const Eigen::Index shown = std::min<Eigen::Index>(kStepDetailMaxRows, n);
    detail->rows.assign(order_.begin() + cursor_, order_.begin() + cursor_ + shown);
  }
  run_batch(x_batch_.leftCols(n), y_batch_.leftCols(n), learning_rate, detail);
  cursor_ += n;
  if (cursor_ < rows) return false;
  cursor_ = 0;
  return true;
}

EpochMetrics Trainer::train_epoch() {
  if (stopped()) throw std::logic_error("training has stopped: " + stop_reason_);
  const auto start = std::chrono::steady_clock::now();
  while (!next_batch(nullptr)) {
  }
  return end_epoch(start);
}

std::optional<EpochMetrics> Trainer::train_step(StepDetail* detail) {
  if (stopped()) throw std::logic_error("training has stopped: " + stop_reason_);
  if (detail) check_step_detail_size(network_);
  const auto start = std::chrono::steady_clock::now();
  const bool ended = next_batch(detail);
  if (detail) {
    detail->update = optimizer_.steps();
    detail->epoch_ended = ended;
  }
  if (ended) return end_epoch(start);
  seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return std::nullopt;
}

EpochMetrics Trainer::end_epoch(std::chrono::steady_clock::time_point start) {
  const Examples& train = data_->train;
  const int epoch = this->epoch();
  const double schedule_rate = optimizer_.learning_rate_at(epoch);
  EpochMetrics m;
  m.epoch = epoch + 1;
  m.learning_rate = schedule_rate;
  const Evaluation t = batch_metrics_ ? batch_metrics() : evaluate(train, y_train_, train_target_mean_);
  if (batch_metrics_) {  // the next epoch's batches count from 0
    BatchSums& b = batch_sums_;
    b.loss = b.correct = b.total = b.rows = 0;
    b.residual_per_target.setZero();
  }
  m.train_loss = t.loss;
  m.train_accuracy = t.accuracy;
  m.train_r2 = t.r2;
  m.train_rmse = t.rmse;
  if (data_->validation.size() > 0) {
    const Evaluation v = evaluate(data_->validation, y_validation_, validation_target_mean_);
    m.validation_loss = v.loss;
    m.validation_accuracy = v.accuracy;
    m.validation_r2 = v.r2;
    m.validation_rmse = v.rmse;
  } else {
    m.validation_loss = m.validation_accuracy = m.validation_r2 = m.validation_rmse = kNaN;
  }
  seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.seconds = seconds_;
  history_.push_back(m);

  Message why = non_finite_reason(m);
  if (!why.empty())
    stop(Message("train.diverged_non_finite")
             .with("epoch", m.epoch)
             .with("reason", std::move(why))
             .with("learning_rate", format_number(schedule_rate))
             .with("hint", divergence_hint()));
  else
    check_divergence(m);
  if (!stopped()) check_early_stopping(m);
  return m;
}

void Trainer::check_divergence(const EpochMetrics& m) {
  const double threshold = std::max(kDivergenceFactor * best_train_loss_, initial_train_loss_);
  epochs_above_ = m.train_loss > threshold ? epochs_above_ + 1 : 0;
  if (m.train_loss < best_train_loss_) {
    best_train_loss_ = m.train_loss;
    best_train_epoch_ = m.epoch;
  }
  if (epochs_above_ < kDivergenceEpochs) return;
  Message best = best_train_epoch_ == 0 ? Message("train.best_before_training")
                                        : Message("train.best_at_epoch").with("epoch", best_train_epoch_);
  best.with("loss", format_significant(best_train_loss_));
  stop(Message("train.diverged_loss_grew")
           .with("epoch", m.epoch)
           .with("loss", format_significant(m.train_loss))
           .with("best", std::move(best))
           .with("epochs", kDivergenceEpochs)
           .with("learning_rate", format_number(m.learning_rate))
           .with("hint", divergence_hint()));
}

std::vector<EpochMetrics> Trainer::train(int epochs) {
  std::vector<EpochMetrics> out;
  for (int i = 0; i < epochs && !stopped(); ++i) out.push_back(train_epoch());
  return out;
}

// What became NaN or infinite this epoch, first found first: the losses (every
// activation feeds them), then the parameters layer by layer. "" when all is finite.
Message Trainer::non_finite_reason(const EpochMetrics& m) const {
  if (!std::isfinite(m.train_loss)) return Message(non_finite_code("train.loss", m.train_loss));
  if (data_->validation.size() > 0 && !std::isfinite(m.validation_loss))
    return Message(non_finite_code("train.validation_loss", m.validation_loss));
  const std::vector<DenseLayer>& layers = network_.layers();
  for (std::size_t l = 0; l < layers.size(); ++l)
    if (!layers[l].W.allFinite() || !layers[l].b.allFinite())
      return Message("train.weights_not_finite").with("layer", l + 1);
  return {};
}

Message Trainer::divergence_hint() const {
  // Unscaled features in the millions overflow float activations whatever the rate.
  const double largest = std::max(largest_feature(data_->train), largest_feature(data_->validation));
  if (largest > 1e6) return Message("train.hint_scale_features").with("largest", format_number(largest));
  return Message("train.hint_lower_rate");
}

void Trainer::stop(Message reason) {
  stop_reason_ = english(reason);
  stop_message_ = std::move(reason);
}

void Trainer::check_early_stopping(const EpochMetrics& metrics) {
  if (config_.patience == 0 || data_->validation.size() == 0) return;
  if (metrics.validation_loss < best_validation_loss_) {
    best_validation_loss_ = metrics.validation_loss;
    best_epoch_ = metrics.epoch;
    best_weights_.clear();
    best_biases_.clear();
    for (const DenseLayer& layer : network_.layers()) {
      best_weights_.push_back(layer.W);
      best_biases_.push_back(layer.b);
    }
  } else if (metrics.epoch - best_epoch_ >= config_.patience) {
    for (std::size_t l = 0; l < best_weights_.size(); ++l) {
      network_.layers()[l].W = best_weights_[l];
      network_.layers()[l].b = best_biases_[l];
    }
    restored_epoch_ = best_epoch_;
    stop(Message("train.early_stopping")
             .with("epoch", metrics.epoch)
             .with("patience", config_.patience)
             .with("best_epoch", best_epoch_)
             .with("loss", format_significant(best_validation_loss_)));
  }
}

}  // namespace nnplay
