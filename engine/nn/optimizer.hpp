#pragma once
// Parameter update rules and learning-rate schedules. Full-batch gradient descent,
// SGD and mini-batch are the `sgd` rule with a batch size of all rows, 1, or b.
#include <string>
#include <vector>

#include "core/tensor.hpp"
#include "nn/param_slot.hpp"

namespace nnplay {

enum class OptimizerKind { sgd, momentum, nesterov, adagrad, rmsprop, adam };
enum class Schedule {
  constant,  // lr
  step,      // lr * decay^floor(epoch / decay_epochs)
  inverse,   // lr / (1 + decay * epoch)
};

struct OptimizerConfig {
  OptimizerKind kind = OptimizerKind::adam;
  Scalar learning_rate = Scalar(0.01);
  Scalar momentum = Scalar(0.9);  // momentum, nesterov
  Scalar rho = Scalar(0.9);       // rmsprop: decay of the squared-gradient average
  Scalar beta1 = Scalar(0.9);     // adam
  Scalar beta2 = Scalar(0.999);   // adam
  Scalar epsilon = Scalar(1e-8);  // adagrad, rmsprop, adam
  Schedule schedule = Schedule::constant;
  Scalar decay = Scalar(0.5);
  int decay_epochs = 10;
};

class Optimizer {
 public:
  // Sizes its state (velocities, squared-gradient sums, moments) for `slots`.
  Optimizer(const OptimizerConfig& config, const std::vector<ParamSlot>& slots);

  // One update of every slot from its gradient. Adam's step counter advances once
  // per call, that is once per mini-batch.
  void step(const std::vector<ParamSlot>& slots, Scalar learning_rate);

  // The schedule's rate for a 0-based epoch.
  double learning_rate_at(int epoch) const;
  long steps() const { return steps_; }
  // A slot's state: the velocity or Adam's m, the squared-gradient sum or Adam's v
  // (empty where the rule keeps none).
  const Array& velocity_or_m(std::size_t slot) const { return velocity_or_m_.at(slot); }
  const Array& squares_or_v(std::size_t slot) const { return squares_or_v_.at(slot); }
  const OptimizerConfig& config() const { return config_; }

 private:
  OptimizerConfig config_;
  long steps_ = 0;
  // Per slot, the state each rule keeps (empty where the rule keeps none):
  std::vector<Array> velocity_or_m_;  // momentum, nesterov: the velocity v; adam: m, the first moment
  std::vector<Array> squares_or_v_;  // adagrad: G, the sum of dW²; rmsprop: S, its average; adam: v, the second moment
};

// Arrays of one value per parameter the rule keeps: 0 (sgd), 1 (momentum, nesterov,
// adagrad, rmsprop) or 2 (adam).
int state_arrays(OptimizerKind kind);

const char* name_of(OptimizerKind kind);
OptimizerKind optimizer_from_name(const std::string& name, const std::string& field);
const char* name_of(Schedule schedule);
Schedule schedule_from_name(const std::string& name, const std::string& field);

}  // namespace nnplay
