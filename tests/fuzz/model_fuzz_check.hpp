#pragma once
// The property the model fuzzer checks, shared with the test that replays its corpus and
// findings (tests/fuzz/corpus/model/, tests/fuzz/regressions/model/): any text must be
// refused with std::invalid_argument naming what is wrong, or give a model that is
// consistent throughout and predicts without fault.
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>

#include "data/data_error.hpp"
#include "data/preprocessing.hpp"
#include "io/config_json.hpp"
#include "io/model_json.hpp"
#include "train/metrics.hpp"

namespace nnplay_fuzz {
namespace detail {

inline void check_model(bool ok, const char* what) {
  if (!ok) throw std::logic_error(std::string("model fuzz invariant broken: ") + what);
}

// What a loaded model promises: shapes chain, parameters are finite floats, the loss
// fits the output layer, the names and the preprocessing match the network.
inline void check_loaded(const nnplay::Model& m) {
  const nnplay::Network& net = m.network;
  check_model(net.inputs() >= 1 && net.inputs() <= nnplay::kMaxInputs, "inputs in range");
  check_model(!net.layers().empty() && net.layers().size() <= nnplay::kMaxHiddenLayers + 1, "layer count");
  int previous = net.inputs();
  for (const nnplay::DenseLayer& layer : net.layers()) {
    check_model(layer.inputs() == previous, "layers chain");
    check_model(layer.units() >= 1 && layer.units() <= nnplay::kMaxUnits, "units in range");
    check_model(layer.W.allFinite() && layer.b.allFinite(), "finite parameters");
    check_model(layer.spec().keep_prob > 0 && layer.spec().keep_prob <= 1, "keep_prob in (0, 1]");
    previous = layer.units();
  }
  check_model(nnplay::loss_accepts(m.loss, net.layers().back().spec().activation), "loss fits the output");
  check_model(net.leaky_slope() >= 0 && net.leaky_slope() < 1, "leaky_slope in [0, 1)");
  if (m.task == nnplay::Task::classification) {
    const int classes = static_cast<int>(m.class_names.size());
    check_model(classes == net.outputs() || (classes == 2 && net.outputs() == 1), "a class per output");
  }
  if (!m.preprocessing.inputs.empty())
    check_model(m.preprocessing.feature_count() == net.inputs(), "preprocessing encodes the inputs");
  m.config.validate();  // a loaded configuration is a valid one and survives a round trip
  nnplay::config_from_json(nnplay::config_to_json(m.config));
}

// The model predicts: on zero features, and through its preprocessing on a row of
// missing values (imputed, or refused with a DataError).
inline void check_predicts(nnplay::Model& m) {
  const nnplay::Matrix out = m.network.predict(nnplay::Matrix::Zero(m.network.inputs(), 2));
  check_model(out.rows() == m.network.outputs() && out.cols() == 2, "prediction shape");
  if (m.task == nnplay::Task::classification) {
    const int c = nnplay::predicted_class(out, 0);
    check_model(c >= 0 && c < m.network.outputs() + (m.network.outputs() == 1 ? 1 : 0), "predicted class in range");
  }
  if (m.preprocessing.inputs.empty()) return;
  try {
    const nnplay::Matrix raw = nnplay::Matrix::Constant(static_cast<Eigen::Index>(m.preprocessing.inputs.size()), 1,
                                                        std::numeric_limits<nnplay::Scalar>::quiet_NaN());
    nnplay::Matrix y = m.network.predict(nnplay::encode_numbers(m.preprocessing, raw));
    nnplay::decode_outputs(m.preprocessing, y);
  } catch (const nnplay::DataError&) {
  }
}

}  // namespace detail

inline void check_model_input(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::optional<nnplay::Model> model;
  try {
    model.emplace(nnplay::model_from_json(nnplay::parse_json(text, "model")));
  } catch (const std::invalid_argument&) {  // DataError included
    return;
  }
  detail::check_loaded(*model);
  detail::check_predicts(*model);
}

}  // namespace nnplay_fuzz
