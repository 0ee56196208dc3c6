#include "train/config.hpp"

#include <cmath>
#include <stdexcept>

#include "core/message.hpp"
#include "core/number_format.hpp"

namespace nnplay {
namespace {

// Each check is written so that NaN fails it. `range` says what the field must be.
void require(bool ok, const std::string& field, Message range, double got) {
  if (!ok)
    throw MessageError(Message("config.out_of_range")
                           .with("field", field)
                           .with("range", std::move(range))
                           .with("value", format_number(got)));
}

Message in(const char* interval) { return Message("config.range_in").with("interval", interval); }
Message between(int min, int max) { return Message("config.range_between").with("min", min).with("max", max); }

void require_unit_interval(double v, const std::string& field) {  // [0, 1)
  require(v >= 0 && v < 1, field, in("[0, 1)"), v);
}

}  // namespace

void TrainingConfig::validate() const {
  require(hidden_layers.size() <= kMaxHiddenLayers, "hidden_layers",
          Message("config.range_at_most_layers").with("max", kMaxHiddenLayers),
          static_cast<double>(hidden_layers.size()));
  for (std::size_t i = 0; i < hidden_layers.size(); ++i) {
    const LayerSpec& layer = hidden_layers[i];
    const std::string field = "hidden_layers[" + std::to_string(i) + "]";
    require(layer.units >= 1 && layer.units <= kMaxUnits, field + ".units", between(1, kMaxUnits), layer.units);
    if (layer.activation == Activation::softmax)
      throw MessageError(Message("config.hidden_softmax").with("field", field + ".activation"));
    require(layer.keep_prob > 0 && layer.keep_prob <= 1, field + ".keep_prob", in("(0, 1]"), layer.keep_prob);
  }
  require(init_scale > 0 && init_scale <= 10, "init_scale", in("(0, 10]"), init_scale);
  require(leaky_slope >= 0 && leaky_slope < 1, "leaky_slope", in("[0, 1)"), leaky_slope);
  const OptimizerConfig& o = optimizer;
  require(o.learning_rate > 0 && o.learning_rate <= 100, "learning_rate", in("(0, 100]"), o.learning_rate);
  require_unit_interval(o.momentum, "momentum");
  require_unit_interval(o.rho, "rho");
  require_unit_interval(o.beta1, "beta1");
  require_unit_interval(o.beta2, "beta2");
  require(o.epsilon > 0 && o.epsilon <= 1, "epsilon", in("(0, 1]"), o.epsilon);
  if (o.schedule == Schedule::step)
    require(o.decay > 0 && o.decay <= 1, "decay", Message("config.range_step_decay").with("interval", "(0, 1]"),
            o.decay);
  if (o.schedule == Schedule::inverse)
    require(o.decay >= 0 && o.decay <= 100, "decay", Message("config.range_inverse_decay").with("interval", "[0, 100]"),
            o.decay);
  require(o.decay_epochs >= 1, "decay_epochs", Message("config.range_at_least").with("min", 1), o.decay_epochs);
  require(batch_size >= 0, "batch_size", Message("config.range_batch_size"), batch_size);
  require(epochs >= 1 && epochs <= kMaxEpochs, "epochs", between(1, kMaxEpochs), epochs);
  require(l1 >= 0 && l1 <= 100, "l1", in("[0, 100]"), l1);
  require(l2 >= 0 && l2 <= 100, "l2", in("[0, 100]"), l2);
  require(patience >= 0, "patience", Message("config.range_patience"), patience);
}

WeightPenalty weight_penalty(const TrainingConfig& config, Eigen::Index train_rows) {
  const Scalar n = static_cast<Scalar>(train_rows);
  return {config.l1 / n, config.l2 / n};
}

OutputSpec resolve_output(const TrainingConfig& config, Task task, int class_count, int target_count) {
  if (task == Task::regression) {
    if (config.loss && *config.loss != Loss::mean_squared_error)
      throw MessageError(Message("config.loss_needs_classification").with("loss", name_of(*config.loss)));
    return {{target_count, Activation::linear, 1}, Loss::mean_squared_error};
  }
  if (class_count < 2) throw MessageError(Message("config.too_few_classes").with("count", class_count));
  const bool binary = class_count == 2;
  const Loss loss = config.loss.value_or(binary ? Loss::binary_cross_entropy : Loss::categorical_cross_entropy);
  switch (loss) {
    case Loss::binary_cross_entropy: return {{binary ? 1 : class_count, Activation::sigmoid, 1}, loss};
    case Loss::categorical_cross_entropy: return {{class_count, Activation::softmax, 1}, loss};
    case Loss::mean_squared_error:
      return {{binary ? 1 : class_count, binary ? Activation::sigmoid : Activation::softmax, 1}, loss};
  }
  throw std::logic_error("resolve_output: unknown loss");
}

}  // namespace nnplay
