// The loaded data's examples for the views, in the data's units: a plane's points, an
// image set's pictures.
#include <algorithm>
#include <memory>
#include <stdexcept>
#include <string>

#include "data/preprocessing.hpp"
#include "js_arrays.hpp"
#include "playground.hpp"
#include "playground_guard.hpp"
#include "playground_state.hpp"
#include "train/metrics.hpp"
#include "train/trainer.hpp"

namespace nnplay::bindings {
namespace {

const Examples& split_of(const Dataset& data, const std::string& split) {
  if (split == "train") return data.train;
  if (split == "validation") return data.validation;
  if (split == "test") return data.test;
  throw std::invalid_argument("split must be \"train\", \"validation\" or \"test\", got \"" + split + "\"");
}

// The examples' raw input columns as Examples gives them: {inputs, values, labels}.
void set_raw(val& out, const Dataset& data, const ConstMatrixRef& x, std::vector<int> labels) {
  const Matrix raw = raw_inputs(data.preprocessing, x);
  out.set("inputs", static_cast<int>(raw.rows()));
  out.set("count", static_cast<int>(raw.cols()));
  // Column-major inputs x n: example k's values are [k * inputs, (k + 1) * inputs).
  out.set("values", float32_copy(raw.data(), static_cast<std::size_t>(raw.size())));
  out.set("labels", data.task == Task::classification ? int32_copy(labels) : val::null());
}

}  // namespace

val Playground::data_points(const std::string& split) {
  return guard([&] {
    const Dataset& data = loaded_data("dataPoints");
    const Preprocessing& prep = data.preprocessing;
    plane_inputs(prep, "dataPoints");
    const Examples& e = split_of(data, split);
    // The features back in the data's units: x = x_scaled / scale + offset.
    const Matrix scaled = e.scaled();
    const Matrix raw = (scaled.array().colwise() / prep.scale.array()).colwise() + prep.offset.array();
    val points = val::object();
    points.set("x", float32_copy(raw.data(), static_cast<std::size_t>(raw.size())));  // rows x 2, row-major
    points.set("labels", data.task == Task::classification ? int32_copy(e.labels) : val::null());
    Matrix targets = e.targets;  // as trained on: back to the data's units
    decode_outputs(prep, targets);
    points.set("targets", data.task == Task::regression
                              ? float32_copy(targets.data(), static_cast<std::size_t>(targets.size()))
                              : val::null());
    return points;
  });
}

val Playground::examples(const std::string& split, int first, int count) {
  return guard([&] {
    const Dataset& data = loaded_data("examples");
    const Examples& e = split_of(data, split);
    if (first < 0) throw std::invalid_argument("examples: first must be >= 0, got " + std::to_string(first));
    if (count < 0 || count > kMaxExamples)
      throw std::invalid_argument("examples: count must be between 0 and " + std::to_string(kMaxExamples) + ", got " +
                                  std::to_string(count));
    const Eigen::Index total = e.size();
    const Eigen::Index begin = std::min<Eigen::Index>(first, total);
    const Eigen::Index n = std::min<Eigen::Index>(count, total - begin);
    val out = val::object();
    out.set("total", static_cast<int>(total));
    Matrix buffer;
    set_raw(out, data, e.columns(begin, n, buffer),
            data.task == Task::classification ? std::vector<int>(e.labels.begin() + begin, e.labels.begin() + begin + n)
                                              : std::vector<int>());
    return out;
  });
}

val Playground::cell_examples(const std::string& split, int actual, int predicted, int count) {
  return guard([&] {
    const Dataset& data = loaded_data("cellExamples");
    if (data.task != Task::classification)
      throw std::invalid_argument("cellExamples needs a classification target; this data is a regression");
    const Examples& e = split_of(data, split);
    const int classes = data.class_count();
    if (actual < 0 || actual >= classes || predicted < 0 || predicted >= classes)
      throw std::invalid_argument("cellExamples: classes are 0 to " + std::to_string(classes - 1) + ", got " +
                                  std::to_string(actual) + " and " + std::to_string(predicted));
    if (count < 0 || count > kMaxExamples)
      throw std::invalid_argument("cellExamples: count must be between 0 and " + std::to_string(kMaxExamples) +
                                  ", got " + std::to_string(count));
    // The network's answer for every example of the split: those of the cell, the surest first.
    // It takes the examples in its own scaling: the trainer's data (a fine-tuned model's), or
    // an imported model's through data_for_model.
    const State& s = *state_;
    if (s.model && !s.model_differences.empty())
      throw std::logic_error("cellExamples needs data the imported model fits: " + s.model_differences.front());
    const std::shared_ptr<const Dataset> model_data = s.model ? data_for_model(*s.model, s.data) : nullptr;
    const Dataset& seen = model_data ? *model_data : trainer().data();
    const Matrix outputs = nnplay::predict(predictor().network, split_of(seen, split));
    std::vector<std::pair<Scalar, Eigen::Index>> cell;
    for (Eigen::Index k = 0; k < e.size(); ++k) {
      if (e.labels[static_cast<std::size_t>(k)] != actual || predicted_class(outputs, k) != predicted) continue;
      const Scalar p =
          outputs.rows() == 1 ? (predicted == 1 ? outputs(0, k) : 1 - outputs(0, k)) : outputs(predicted, k);
      cell.emplace_back(p, k);
    }
    std::stable_sort(cell.begin(), cell.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    const std::size_t n = std::min<std::size_t>(cell.size(), static_cast<std::size_t>(count));
    Matrix x(e.features(), static_cast<Eigen::Index>(n));
    std::vector<int> indices(n);
    std::vector<float> confidences(n);
    for (std::size_t i = 0; i < n; ++i) {
      e.copy_example(cell[i].second, x.col(static_cast<Eigen::Index>(i)).data());
      indices[i] = static_cast<int>(cell[i].second);
      confidences[i] = cell[i].first;
    }
    val out = val::object();
    out.set("total", static_cast<int>(cell.size()));
    set_raw(out, data, x, std::vector<int>(n, actual));
    out.set("indices", int32_copy(indices));
    out.set("confidences", float32_copy(confidences.data(), n));
    return out;
  });
}

}  // namespace nnplay::bindings
