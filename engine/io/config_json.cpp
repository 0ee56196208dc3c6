#include "io/config_json.hpp"

#include "core/number_format.hpp"
#include "io/json_excerpt.hpp"

#include <cmath>
#include <set>
#include <stdexcept>

namespace nnplay {
namespace {

using nlohmann::json;

std::string type_name(const json& value) { return value.type_name(); }

double number(const json& value, const std::string& field) {
  if (!value.is_number()) throw std::invalid_argument(field + " must be a number, got " + type_name(value));
  return value.get<double>();
}

long long integer(const json& value, const std::string& field) {
  const double v = number(value, field);
  if (!(std::floor(v) == v) || std::abs(v) > 9.0e15)
    throw std::invalid_argument(field + " must be a whole number, got " + json_excerpt(value));
  return static_cast<long long>(v);
}

int small_integer(const json& value, const std::string& field) {
  const long long v = integer(value, field);
  if (v < -2147483647LL || v > 2147483647LL)
    throw std::invalid_argument(field + " is out of range, got " + json_excerpt(value));
  return static_cast<int>(v);
}

std::string text(const json& value, const std::string& field) {
  if (!value.is_string()) throw std::invalid_argument(field + " must be a string, got " + type_name(value));
  return value.get<std::string>();
}

void reject_unknown(const json& object, const std::set<std::string>& known, const std::string& prefix) {
  for (auto it = object.begin(); it != object.end(); ++it)
    if (!known.count(it.key())) throw std::invalid_argument("unknown field \"" + prefix + it.key() + "\"");
}

LayerSpec layer_from_json(const json& value, const std::string& field) {
  if (value.is_number()) return {small_integer(value, field + ".units"), Activation::relu, 1};
  if (!value.is_object()) throw std::invalid_argument(field + " must be an object, got " + type_name(value));
  reject_unknown(value, {"units", "activation", "keep_prob"}, field + ".");
  LayerSpec spec;
  if (!value.contains("units")) throw std::invalid_argument(field + ".units is missing");
  spec.units = small_integer(value["units"], field + ".units");
  if (value.contains("activation"))
    spec.activation = activation_from_name(text(value["activation"], field + ".activation"), field + ".activation");
  if (value.contains("keep_prob"))
    spec.keep_prob = static_cast<Scalar>(number(value["keep_prob"], field + ".keep_prob"));
  return spec;
}

}  // namespace

json config_to_json(const TrainingConfig& c) {
  json layers = json::array();
  for (const LayerSpec& l : c.hidden_layers)
    layers.push_back(
        {{"units", l.units}, {"activation", name_of(l.activation)}, {"keep_prob", shortest_decimal(l.keep_prob)}});
  const OptimizerConfig& o = c.optimizer;
  return {{"hidden_layers", layers},
          {"loss", c.loss ? name_of(*c.loss) : "auto"},
          {"init", name_of(c.init)},
          {"init_scale", shortest_decimal(c.init_scale)},
          {"leaky_slope", shortest_decimal(c.leaky_slope)},
          {"optimizer", name_of(o.kind)},
          {"learning_rate", shortest_decimal(o.learning_rate)},
          {"momentum", shortest_decimal(o.momentum)},
          {"rho", shortest_decimal(o.rho)},
          {"beta1", shortest_decimal(o.beta1)},
          {"beta2", shortest_decimal(o.beta2)},
          {"epsilon", shortest_decimal(o.epsilon)},
          {"schedule", name_of(o.schedule)},
          {"decay", shortest_decimal(o.decay)},
          {"decay_epochs", o.decay_epochs},
          {"batch_size", c.batch_size},
          {"epochs", c.epochs},
          {"l1", shortest_decimal(c.l1)},
          {"l2", shortest_decimal(c.l2)},
          {"seed", c.seed},
          {"patience", c.patience},
          {"train_metrics", c.batch_metrics ? "batches" : "exact"}};
}

TrainingConfig config_from_json(const json& j) {
  if (!j.is_object()) throw std::invalid_argument("the configuration must be a JSON object, got " + type_name(j));
  reject_unknown(
      j, {"hidden_layers", "loss",  "init",  "init_scale", "leaky_slope", "optimizer",    "learning_rate", "momentum",
          "rho",           "beta1", "beta2", "epsilon",    "schedule",    "decay",        "decay_epochs",  "batch_size",
          "epochs",        "l1",    "l2",    "seed",       "patience",    "train_metrics"},
      "");
  TrainingConfig c;
  OptimizerConfig& o = c.optimizer;
  auto scalar = [&](const char* key, Scalar& out) {
    if (j.contains(key)) out = static_cast<Scalar>(number(j[key], key));
  };
  auto whole = [&](const char* key, int& out) {
    if (j.contains(key)) out = small_integer(j[key], key);
  };
  if (j.contains("hidden_layers")) {
    const json& layers = j["hidden_layers"];
    if (!layers.is_array()) throw std::invalid_argument("hidden_layers must be an array, got " + type_name(layers));
    if (layers.size() > kMaxHiddenLayers)
      throw std::invalid_argument("hidden_layers must be at most 32 layers, got " + std::to_string(layers.size()));
    c.hidden_layers.clear();
    for (std::size_t i = 0; i < layers.size(); ++i)
      c.hidden_layers.push_back(layer_from_json(layers[i], "hidden_layers[" + std::to_string(i) + "]"));
  }
  if (j.contains("loss")) {
    const std::string name = text(j["loss"], "loss");
    if (name == "auto")
      c.loss.reset();
    else
      c.loss = loss_from_name(name, "loss");
  }
  if (j.contains("init")) c.init = init_from_name(text(j["init"], "init"), "init");
  scalar("init_scale", c.init_scale);
  scalar("leaky_slope", c.leaky_slope);
  if (j.contains("optimizer")) o.kind = optimizer_from_name(text(j["optimizer"], "optimizer"), "optimizer");
  scalar("learning_rate", o.learning_rate);
  scalar("momentum", o.momentum);
  scalar("rho", o.rho);
  scalar("beta1", o.beta1);
  scalar("beta2", o.beta2);
  scalar("epsilon", o.epsilon);
  if (j.contains("schedule")) o.schedule = schedule_from_name(text(j["schedule"], "schedule"), "schedule");
  scalar("decay", o.decay);
  whole("decay_epochs", o.decay_epochs);
  whole("batch_size", c.batch_size);
  whole("epochs", c.epochs);
  scalar("l1", c.l1);
  scalar("l2", c.l2);
  if (j.contains("seed")) {
    const long long seed = integer(j["seed"], "seed");
    if (seed < 0 || seed > 4294967295LL)
      throw std::invalid_argument("seed must be between 0 and 4294967295, got " + json_excerpt(j["seed"]));
    c.seed = static_cast<std::uint32_t>(seed);
  }
  whole("patience", c.patience);
  if (j.contains("train_metrics")) {
    const std::string metrics = text(j["train_metrics"], "train_metrics");
    if (metrics != "exact" && metrics != "batches")
      throw std::invalid_argument("train_metrics must be \"exact\" or \"batches\", got " +
                                  json_excerpt(j["train_metrics"]));
    c.batch_metrics = metrics == "batches";
  }
  c.validate();
  return c;
}

}  // namespace nnplay
