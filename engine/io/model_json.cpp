#include "io/model_json.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "io/config_json.hpp"
#include "io/json_excerpt.hpp"
#include "io/preprocessing_json.hpp"

namespace nnplay {
namespace {

using nlohmann::json;

constexpr int kFormatVersion = 1;
constexpr std::size_t kMaxNames = 100000;
constexpr std::size_t kMaxNameBytes = 4096;  // a class or column name

const json& member(const json& object, const std::string& key, const std::string& where) {
  if (!object.is_object() || !object.contains(key)) throw std::invalid_argument(where + key + " is missing");
  return object[key];
}

int whole(const json& value, const std::string& field, int low, int high) {
  // Read as unsigned when the JSON number is: a large one read as long long wraps around.
  bool in_range = false;
  if (value.is_number_unsigned())
    in_range = value.get<unsigned long long>() <= static_cast<unsigned long long>(high) &&
               static_cast<long long>(value.get<unsigned long long>()) >= low;
  else if (value.is_number_integer())
    in_range = value.get<long long>() >= low && value.get<long long>() <= high;
  if (!in_range)
    throw std::invalid_argument(field + " must be a whole number between " + std::to_string(low) + " and " +
                                std::to_string(high) + ", got " + json_excerpt(value));
  return static_cast<int>(value.get<long long>());
}

Scalar finite(const json& value, const std::string& field) {
  if (!value.is_number()) throw std::invalid_argument(field + " must be a number, got " + json_excerpt(value));
  const double v = value.get<double>();
  // Checked in double first: a double beyond the float range converts to infinity.
  if (!(std::fabs(v) <= static_cast<double>(std::numeric_limits<Scalar>::max())))
    throw std::invalid_argument(field + " must be a finite number within float range, got " + json_excerpt(value));
  return static_cast<Scalar>(v);
}

std::vector<std::string> names(const json& object, const std::string& key) {
  std::vector<std::string> out;
  if (!object.contains(key)) return out;
  const json& list = object[key];
  if (!list.is_array() || list.size() > kMaxNames) throw std::invalid_argument(key + " must be an array of strings");
  for (std::size_t i = 0; i < list.size(); ++i) {
    if (!list[i].is_string())
      throw std::invalid_argument(key + "[" + std::to_string(i) + "] must be a string, got " + json_excerpt(list[i]));
    out.push_back(list[i].get<std::string>());
    if (out.back().size() > kMaxNameBytes)
      throw std::invalid_argument(key + "[" + std::to_string(i) + "] is " + std::to_string(out.back().size()) +
                                  " bytes long; a name may have at most " + std::to_string(kMaxNameBytes));
  }
  return out;
}

// A prediction names its class, and a row its columns: two of one name could not be told apart.
void check_unique(const std::vector<std::string>& names, const std::string& key, const char* each) {
  std::vector<std::string> sorted = names;
  std::sort(sorted.begin(), sorted.end());
  const auto twice = std::adjacent_find(sorted.begin(), sorted.end());
  if (twice != sorted.end())
    throw std::invalid_argument(key + " lists " + json_excerpt(*twice) + " twice; each " + each +
                                " needs its own name");
}

json matrix_rows(const Matrix& m) {
  json rows = json::array();
  for (Eigen::Index i = 0; i < m.rows(); ++i) {
    json row = json::array();
    for (Eigen::Index j = 0; j < m.cols(); ++j) row.push_back(m(i, j));
    rows.push_back(std::move(row));
  }
  return rows;
}

// The shape a layer's JSON declares, checked against the layer before it: weights must
// be `units` rows of `inputs` numbers and biases `units` numbers. Checked for every layer
// before the network is allocated, so the sizes allocated are the sizes the text holds.
LayerSpec read_layer_shape(const json& j, const std::string& field, int inputs) {
  LayerSpec spec;
  spec.units = whole(member(j, "units", field + "."), field + ".units", 1, kMaxUnits);
  const json& activation = member(j, "activation", field + ".");
  if (!activation.is_string())
    throw std::invalid_argument(field + ".activation must be a string, got " + json_excerpt(activation));
  spec.activation = activation_from_name(activation.get<std::string>(), field + ".activation");
  if (j.contains("keep_prob")) spec.keep_prob = finite(j["keep_prob"], field + ".keep_prob");
  if (!(spec.keep_prob > 0 && spec.keep_prob <= 1))
    throw std::invalid_argument(field + ".keep_prob must be in (0, 1], got " + json_excerpt(j["keep_prob"]));
  const json& weights = member(j, "weights", field + ".");
  if (!weights.is_array() || weights.size() != static_cast<std::size_t>(spec.units))
    throw std::invalid_argument(field + ".weights has " + std::to_string(weights.is_array() ? weights.size() : 0) +
                                " rows, expected " + std::to_string(spec.units));
  for (std::size_t i = 0; i < weights.size(); ++i)
    if (!weights[i].is_array() || weights[i].size() != static_cast<std::size_t>(inputs))
      throw std::invalid_argument(field + ".weights[" + std::to_string(i) + "] has " +
                                  std::to_string(weights[i].is_array() ? weights[i].size() : 0) + " values, expected " +
                                  std::to_string(inputs));
  const json& biases = member(j, "biases", field + ".");
  if (!biases.is_array() || biases.size() != static_cast<std::size_t>(spec.units))
    throw std::invalid_argument(field + ".biases must hold " + std::to_string(spec.units) + " numbers, got " +
                                json_excerpt(biases));
  return spec;
}

void read_layer_values(const json& j, const std::string& field, DenseLayer& layer) {
  const json& weights = j["weights"];
  for (int i = 0; i < layer.units(); ++i) {
    const json& row = weights[static_cast<std::size_t>(i)];
    const std::string row_field = field + ".weights[" + std::to_string(i) + "]";
    for (int k = 0; k < layer.inputs(); ++k)
      layer.W(i, k) = finite(row[static_cast<std::size_t>(k)], row_field + "[" + std::to_string(k) + "]");
  }
  const json& biases = j["biases"];
  for (int i = 0; i < layer.units(); ++i)
    layer.b(i) = finite(biases[static_cast<std::size_t>(i)], field + ".biases[" + std::to_string(i) + "]");
}

Network read_network(const json& j, Scalar leaky_slope) {
  const int inputs = whole(member(j, "inputs", ""), "inputs", 1, kMaxInputs);
  const json& layers = member(j, "layers", "");
  if (!layers.is_array() || layers.empty() || layers.size() > kMaxHiddenLayers + 1)
    throw std::invalid_argument("layers must be an array of 1 to 33 layers, got " + json_excerpt(layers));
  std::vector<LayerSpec> specs;
  int previous = inputs;
  for (std::size_t l = 0; l < layers.size(); ++l) {
    specs.push_back(read_layer_shape(layers[l], "layers[" + std::to_string(l) + "]", previous));
    previous = specs.back().units;
  }
  Network network(inputs, specs, leaky_slope);
  for (std::size_t l = 0; l < layers.size(); ++l)
    read_layer_values(layers[l], "layers[" + std::to_string(l) + "]", network.layers()[l]);
  return network;
}

// A model saved without its preprocessing (written by hand, or by another tool) takes its
// inputs as they are: one numeric input per network input, named by feature_names or
// x1, x2, ..., neither filled in nor scaled.
Preprocessing identity_preprocessing(const std::vector<std::string>& names, int inputs) {
  Preprocessing p;
  p.missing = MissingPolicy::drop_rows;
  p.scaling = Scaling::none;
  for (int i = 0; i < inputs; ++i) {
    InputColumn c;
    c.name = names.empty() ? "x" + std::to_string(i + 1) : names[static_cast<std::size_t>(i)];
    p.inputs.push_back(std::move(c));
  }
  p.offset = Vector::Zero(inputs);
  p.scale = Vector::Ones(inputs);
  return p;
}

}  // namespace

json model_to_json(const Trainer& trainer) {
  const Network& network = trainer.network();
  const Dataset& data = trainer.data();
  json layers = json::array();
  for (const DenseLayer& layer : network.layers()) {
    layers.push_back({{"units", layer.units()},
                      {"activation", name_of(layer.spec().activation)},
                      {"keep_prob", layer.spec().keep_prob},
                      {"weights", matrix_rows(layer.W)},
                      {"biases", std::vector<Scalar>(layer.b.data(), layer.b.data() + layer.b.size())}});
  }
  return {{"format", "nnplay-model"},
          {"version", kFormatVersion},
          {"task", data.task == Task::classification ? "classification" : "regression"},
          {"loss", name_of(trainer.loss())},
          {"leaky_slope", network.leaky_slope()},
          {"inputs", network.inputs()},
          {"layers", layers},
          {"feature_names", data.feature_names},
          {"class_names", data.class_names},
          {"target_names", data.target_names},
          {"preprocessing", preprocessing_to_json(data.preprocessing)},
          {"config", config_to_json(trainer.config())},
          {"epochs_trained", trainer.epoch()},
          {"weights_of_epoch", trainer.model_epoch()}};
}

Model model_from_json(const json& j) {
  if (!j.is_object()) throw MessageError(Message("model.not_object"));
  const json& format = member(j, "format", "");
  if (format != "nnplay-model") throw MessageError(Message("model.format").with("value", json_excerpt(format)));
  const int version = whole(member(j, "version", ""), "version", 1, 1 << 30);
  if (version != kFormatVersion)
    throw MessageError(Message("model.version").with("version", version).with("supported", kFormatVersion));
  const json& task = member(j, "task", "");
  if (task != "classification" && task != "regression")
    throw std::invalid_argument("task must be \"classification\" or \"regression\", got " + json_excerpt(task));
  const json& loss = member(j, "loss", "");
  if (!loss.is_string()) throw std::invalid_argument("loss must be a string, got " + json_excerpt(loss));
  Scalar slope = Scalar(0.01);
  if (j.contains("leaky_slope")) slope = finite(j["leaky_slope"], "leaky_slope");
  if (!(slope >= 0 && slope < 1))
    throw std::invalid_argument("leaky_slope must be in [0, 1), got " + json_excerpt(j["leaky_slope"]));

  Model model{task == "classification" ? Task::classification : Task::regression,
              loss_from_name(loss.get<std::string>(), "loss"),
              read_network(j, slope),
              names(j, "feature_names"),
              names(j, "class_names"),
              names(j, "target_names"),
              {},
              {},
              0};
  const int outputs = model.network.outputs();
  const Activation output = model.network.layers().back().spec().activation;
  if (!loss_accepts(model.loss, output))
    throw std::invalid_argument(std::string("loss ") + name_of(model.loss) + " does not fit a " + name_of(output) +
                                " output layer");
  if (model.task == Task::classification) {
    const int classes = static_cast<int>(model.class_names.size());
    if (classes < 2 || !(outputs == classes || (classes == 2 && outputs == 1)))
      throw std::invalid_argument("class_names lists " + std::to_string(classes) + " classes for " +
                                  std::to_string(outputs) + " outputs");
    check_unique(model.class_names, "class_names", "class");
  } else if (!model.class_names.empty()) {
    throw std::invalid_argument("a regression model has no classes, but class_names lists " +
                                std::to_string(model.class_names.size()));
  }
  check_unique(model.feature_names, "feature_names", "input");
  if (!model.feature_names.empty() && model.feature_names.size() != static_cast<std::size_t>(model.network.inputs()))
    throw std::invalid_argument("feature_names lists " + std::to_string(model.feature_names.size()) + " names for " +
                                std::to_string(model.network.inputs()) + " inputs");
  if (j.contains("preprocessing")) {
    model.preprocessing = preprocessing_from_json(j["preprocessing"]);
    if (model.preprocessing.feature_count() != model.network.inputs())
      throw std::invalid_argument("preprocessing encodes " + std::to_string(model.preprocessing.feature_count()) +
                                  " features for a network with " + std::to_string(model.network.inputs()) + " inputs");
  } else {
    model.preprocessing = identity_preprocessing(model.feature_names, model.network.inputs());
    model.named_inputs = false;
  }
  const Eigen::Index target_scales = model.preprocessing.target_offset.size();
  if (target_scales != 0 && (model.task != Task::regression || target_scales != outputs))
    throw std::invalid_argument(
        "preprocessing.target_offset holds " + std::to_string(target_scales) + " values for a model with " +
        std::to_string(outputs) + " " +
        (model.task == Task::regression ? "outputs" : "class outputs (classification has none)"));
  if (j.contains("config")) {
    try {
      model.config = config_from_json(j["config"]);
    } catch (const std::invalid_argument& e) {
      throw std::invalid_argument(std::string("config: ") + e.what());  // where in the model file
    }
    // The configuration is shown and trained from: it must describe the network saved.
    const auto& layers = model.network.layers();
    std::string said, held;
    for (const LayerSpec& l : model.config.hidden_layers) said += (said.empty() ? "" : ", ") + std::to_string(l.units);
    for (std::size_t l = 0; l + 1 < layers.size(); ++l)
      held += (held.empty() ? "" : ", ") + std::to_string(layers[l].units());
    if (said != held)
      throw std::invalid_argument(
          "config.hidden_layers has " + (said.empty() ? std::string("no layers") : said + " units") +
          ", but the saved layers hold " + (held.empty() ? std::string("no hidden layer") : held + " units"));
  }
  if (j.contains("epochs_trained")) model.epochs_trained = whole(j["epochs_trained"], "epochs_trained", 0, 1 << 30);
  model.weights_of_epoch = model.epochs_trained;
  if (j.contains("weights_of_epoch"))
    model.weights_of_epoch = whole(j["weights_of_epoch"], "weights_of_epoch", 0, model.epochs_trained);
  return model;
}

json parse_json(std::string_view text, const MessageArg& what) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos)
    throw MessageError(Message("json.empty").with("what", what));
  try {
    return json::parse(text);
  } catch (const json::exception& e) {  // parse_error, and out_of_range for a number like 1e999
    // Without the library's "[json.exception.parse_error.101] " prefix: its own words follow.
    std::string message = e.what();
    const std::size_t tag = message.rfind("] ", message.find(' '));
    if (message.rfind("[json.exception.", 0) == 0 && tag != std::string::npos) message.erase(0, tag + 2);
    MessageArg detail = message;  // the parser's own English words
    if (message.rfind("number overflow parsing ", 0) == 0)
      detail = Message("json.number_overflow").with("number", message.substr(24));
    throw MessageError(Message("json.invalid").with("what", what).with("detail", std::move(detail)));
  }
}

}  // namespace nnplay
