// Prediction: raw rows in, the network's outputs (or every unit's) out, and the plane's grid.
#include <stdexcept>
#include <string>
#include <vector>

#include "core/message.hpp"
#include "data/preprocessing.hpp"
#include "decision_grid.hpp"
#include "io/json_excerpt.hpp"
#include "io/model_json.hpp"
#include "js_arrays.hpp"
#include "playground.hpp"
#include "playground_guard.hpp"
#include "train/predict_raw.hpp"

namespace nnplay::bindings {

using nlohmann::json;

val Playground::predict(const val& rows, int row_count) {
  return guard([&] {
    Predictor p = predictor();
    const auto inputs = static_cast<Eigen::Index>(p.preprocessing.inputs.size());
    if (row_count < 0) throw std::invalid_argument("predict: nRows must be >= 0, got " + std::to_string(row_count));
    const auto length = rows["length"].as<double>();
    if (length > kMaxPredictValues)
      throw std::invalid_argument("predict: rows holds " + std::to_string(static_cast<long long>(length)) +
                                  " values, more than the " + std::to_string(kMaxPredictValues) + " allowed");
    if (length != static_cast<double>(row_count) * static_cast<double>(inputs))
      throw std::invalid_argument("predict: expected " + std::to_string(row_count) + " rows x " +
                                  std::to_string(inputs) + " input columns = " + std::to_string(row_count * inputs) +
                                  " values, got " + std::to_string(static_cast<long long>(length)));
    // Row-major rows x inputs in JS is column-major inputs x rows here, read a chunk at a time.
    Matrix out = predict_raw(p.network, p.preprocessing, row_count, [&](Eigen::Index first, Eigen::Index n, Scalar* x) {
      const val chunk = rows.call<val>("subarray", first * inputs, (first + n) * inputs);
      val(emscripten::typed_memory_view(static_cast<std::size_t>(n * inputs), x)).call<void>("set", chunk);
    });
    decode_outputs(p.preprocessing, out);
    return float32_copy(out.data(), static_cast<std::size_t>(out.size()));
  });
}

namespace {

// A row's values as JSON (numbers, texts, null for missing) -> its fields as text.
std::vector<std::string> row_fields(const std::string& values_json, const char* what) {
  const json values = parse_json(values_json, Message("json.what_values"));
  if (!values.is_array()) throw std::invalid_argument(std::string(what) + ": values must be an array");
  std::vector<std::string> fields;
  for (const json& v : values) {
    if (v.is_string())
      fields.push_back(v.get<std::string>());
    else if (v.is_null())
      fields.emplace_back();
    else if (v.is_number())
      fields.push_back(v.dump());
    else
      throw std::invalid_argument(std::string(what) + ": values must be numbers, strings or null, got " +
                                  json_excerpt(v));
  }
  return fields;
}

}  // namespace

val Playground::predict_row(const std::string& values_json) {
  return guard([&] {
    Predictor p = predictor();
    Matrix out = p.network.predict(encode_rows(p.preprocessing, {row_fields(values_json, "predictRow")}));
    decode_outputs(p.preprocessing, out);
    return float32_copy(out.data(), static_cast<std::size_t>(out.size()));
  });
}

val Playground::unit_outputs(const std::string& values_json) {
  return guard([&] {
    Predictor p = predictor();
    const Matrix x = encode_rows(p.preprocessing, {row_fields(values_json, "unitOutputs")});
    val layers = val::array();
    for (const Matrix& a : p.network.layer_outputs(x, kMaxUnits))
      layers.call<void>("push", float32_copy(a.data(), static_cast<std::size_t>(a.size())));
    return layers;
  });
}

val Playground::decision_grid(double x_min, double x_max, double y_min, double y_max, int resolution, int max_units) {
  return guard([&] {
    Predictor p = predictor();
    return plane_grid(p.network, p.preprocessing, p.task, {x_min, x_max, y_min, y_max, resolution, max_units});
  });
}

}  // namespace nnplay::bindings
