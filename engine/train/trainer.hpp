#pragma once
// The epoch loop: shuffled mini-batches, forward, backward, update, then the epoch's
// metrics on the training and validation rows. Resumable: each call continues.
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/message.hpp"
#include "core/rng.hpp"
#include "data/dataset.hpp"
#include "nn/network.hpp"
#include "nn/optimizer.hpp"
#include "train/config.hpp"
#include "train/memory_estimate.hpp"
#include "train/metrics.hpp"
#include "train/step_detail.hpp"

namespace nnplay {

// A run diverges when its training loss stays, for kDivergenceEpochs epochs in a row,
// above both the untrained network's loss and kDivergenceFactor times the best loss so far
// (NaN or infinity stops it at once). A loss that high is a learning rate too large for
// the data, not a bad patch on the way down.
constexpr double kDivergenceFactor = 10;
constexpr int kDivergenceEpochs = 3;

// Rows a split is evaluated and predicted in at once (the network's buffers hold as many).
constexpr Eigen::Index kEvaluationChunk = 1024;

// The network's outputs for a split's examples, however they hold their features.
Matrix predict(Network& network, const Examples& examples);

class Trainer {
 public:
  // Validates the configuration against the data (batch size, classes...) and the memory
  // training needs against `memory_budget` (bytes; see memory_estimate.hpp), then
  // initializes the weights from config.seed.
  Trainer(const TrainingConfig& config, std::shared_ptr<const Dataset> data,
          std::size_t memory_budget = default_memory_budget());
  // Not copyable: the optimizer's slots point into this trainer's network.
  Trainer(const Trainer&) = delete;
  Trainer& operator=(const Trainer&) = delete;

  // One epoch (the rest of it, after train_step calls). Throws std::logic_error once
  // training has stopped. Training stops by itself (stop_reason says why) when it
  // diverges: a loss or a parameter becomes NaN or infinite, or the training loss stays
  // far above its best (kDivergenceFactor, kDivergenceEpochs below).
  EpochMetrics train_epoch();
  // One mini-batch (the epoch's next). With `detail`, captures its numbers (see
  // step_detail.hpp; throws std::invalid_argument for a network too large to show, before
  // training). Returns the epoch's metrics when the step ended an epoch. Stepping through
  // an epoch's batches trains exactly as train_epoch does.
  std::optional<EpochMetrics> train_step(StepDetail* detail = nullptr);
  // Up to `epochs` more epochs, fewer if training stops (early stopping, divergence).
  std::vector<EpochMetrics> train(int epochs);

  bool stopped() const { return !stop_reason_.empty(); }
  // Why training stopped early, or "" while it may go on.
  const std::string& stop_reason() const { return stop_reason_; }
  // The same, coded (empty while training may go on).
  const Message& stop_message() const { return stop_message_; }
  // Fine-tuning: training goes on from `weights`, a saved network, as from the end of epoch
  // `epochs_trained`: the next epoch is numbered epochs_trained + 1 and the learning-rate
  // schedule carries on; the optimizer's state starts afresh. Before the first step only;
  // throws std::invalid_argument unless can_continue(weights).
  void continue_from(const Network& weights, int epochs_trained);
  // Whether `weights` has this trainer's network's shape: inputs, and each layer's units and activation.
  bool can_continue(const Network& weights) const;

  int epoch() const { return first_epoch_ + static_cast<int>(history_.size()); }
  // The epoch whose weights the network holds: the best epoch once early stopping has
  // restored its weights, else the last epoch trained (0 before training).
  int model_epoch() const { return restored_epoch_ ? restored_epoch_ : epoch(); }
  // The epochs this trainer trained (after first_epoch(), the epochs a continued network had).
  const std::vector<EpochMetrics>& history() const { return history_; }
  int first_epoch() const { return first_epoch_; }

  const TrainingConfig& config() const { return config_; }
  const Dataset& data() const { return *data_; }
  Loss loss() const { return output_.loss; }
  Network& network() { return network_; }
  const Network& network() const { return network_; }
  long steps() const { return optimizer_.steps(); }

  // The network's outputs for encoded, scaled features x (features x n):
  // class probabilities, or targets for regression.
  Matrix predict(const ConstMatrixRef& x) { return network_.predict(x); }
  // The same for a split's examples, however they hold their features.
  Matrix predict(const Examples& examples) { return nnplay::predict(network_, examples); }

  // The targets the network is trained on for a split: one-hot (or 0/1 for a single
  // sigmoid output) for classification, the targets for regression.
  Matrix encode_targets(const Examples& examples) const;

  // A split's numbers as an epoch's metrics give them: the same cost (penalty included),
  // accuracy for classification, R² and RMSE (targets' units) for regression (NaN otherwise).
  struct Evaluation {
    double loss, accuracy, r2, rmse;
  };
  // The data's test rows scored by the network as it stands: asked for after training,
  // never during it. Throws std::logic_error when the data has no test rows.
  Evaluation test_score();

 private:
  void run_batch(const ConstMatrixRef& x, const ConstMatrixRef& y, Scalar learning_rate, StepDetail* detail);
  // Runs the epoch's next batch (shuffling at the start of an epoch); true when it was the last.
  bool next_batch(StepDetail* detail);
  // The epoch's metrics, history, divergence and early stopping, once its batches have run.
  EpochMetrics end_epoch(std::chrono::steady_clock::time_point start);
  Evaluation evaluate(const Examples& examples, const Matrix& y, const Vector& target_mean);
  // config.batch_metrics: the batch's figures from the forward pass just made, added to the epoch's.
  void add_batch_metrics(const ConstColumns& outputs, const ConstMatrixRef& y);
  Evaluation batch_metrics() const;
  void check_early_stopping(const EpochMetrics& metrics);
  Message non_finite_reason(const EpochMetrics& metrics) const;
  void check_divergence(const EpochMetrics& metrics);
  Message divergence_hint() const;
  void stop(Message reason);

  TrainingConfig config_;
  std::shared_ptr<const Dataset> data_;
  OutputSpec output_;
  Network network_;
  std::vector<ParamSlot> slots_;  // built once: the training step allocates nothing
  Optimizer optimizer_;
  Rng shuffle_rng_, dropout_rng_;
  Matrix y_train_, y_validation_;
  Vector train_target_mean_, validation_target_mean_;
  Eigen::VectorXd residual_per_target_;  // regression: evaluate's squared residuals per target
  // The epoch's batches' figures so far, when they are its training metrics (batch_metrics_).
  bool batch_metrics_ = false;
  struct BatchSums {
    double loss = 0, correct = 0, total = 0, rows = 0;
    Eigen::VectorXd residual_per_target;
  } batch_sums_;
  std::vector<int> order_;
  Matrix x_batch_, y_batch_;
  Matrix x_full_;       // full batches of features held as bytes: scaled once, on the first step
  Matrix x_evaluated_;  // the chunk evaluate() scales from bytes
  Eigen::Index batch_;
  Eigen::Index cursor_ = 0;  // the first row of the epoch's next batch; 0 at an epoch's start
  WeightPenalty penalty_;
  int first_epoch_ = 0;  // the epochs trained before this trainer's (continue_from)
  std::vector<EpochMetrics> history_;
  std::string stop_reason_;
  Message stop_message_;
  double seconds_ = 0;
  // divergence: the training loss before the first update, the best since, and how many
  // epochs in a row the loss has stayed above the divergence threshold
  bool initial_loss_measured_ = false;
  double initial_train_loss_;
  double best_train_loss_;
  int best_train_epoch_ = 0;
  int epochs_above_ = 0;
  // early stopping
  double best_validation_loss_;
  int best_epoch_ = 0;
  int restored_epoch_ = 0;  // best_epoch_ once its weights are restored
  std::vector<Matrix> best_weights_;
  std::vector<Vector> best_biases_;
};

}  // namespace nnplay
