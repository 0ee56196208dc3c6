#include "decision_grid.hpp"

#include <emscripten/bind.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "data/data_error.hpp"
#include "js_arrays.hpp"
#include "train/config.hpp"
#include "train/metrics.hpp"

namespace nnplay::bindings {
namespace {

using emscripten::val;

// The unit maps live in the heap and are copied to JS, so they count twice.
constexpr double kGridBudget = 256.0 * (1 << 20);

void check_request(const GridRequest& r) {
  if (r.resolution < 2 || r.resolution > 256)
    throw std::invalid_argument("resolution must be between 2 and 256, got " + std::to_string(r.resolution));
  if (r.max_units < 0 || r.max_units > kMaxUnits)
    throw std::invalid_argument("maxUnits must be between 0 and " + std::to_string(kMaxUnits) + ", got " +
                                std::to_string(r.max_units));
  if (!(std::isfinite(r.x_min) && std::isfinite(r.x_max) && r.x_min < r.x_max))
    throw std::invalid_argument("xRange must be two finite numbers, min < max");
  if (!(std::isfinite(r.y_min) && std::isfinite(r.y_max) && r.y_min < r.y_max))
    throw std::invalid_argument("yRange must be two finite numbers, min < max");
}

void check_memory(const Network& network, int max_units, Eigen::Index cells) {
  double maps = std::min(network.layers().front().inputs(), max_units);
  for (const DenseLayer& layer : network.layers()) maps += std::min(layer.units(), max_units);
  const double bytes = 2.0 * (maps + network.outputs()) * static_cast<double>(cells) * sizeof(float);
  if (bytes > kGridBudget)
    throw std::invalid_argument("decisionGrid: " + std::to_string(static_cast<long long>(maps)) + " unit maps of " +
                                std::to_string(cells) + " cells need about " + format_bytes(bytes) + "; the limit is " +
                                format_bytes(kGridBudget) + ": ask for fewer maxUnits or a lower resolution");
}

}  // namespace

val plane_grid(Network& network, const Preprocessing& preprocessing, Task task, const GridRequest& r) {
  const auto [xi, yi] = plane_inputs(preprocessing, "decisionGrid");
  check_request(r);
  const int res = r.resolution;
  const Eigen::Index n = static_cast<Eigen::Index>(res) * res;
  check_memory(network, r.max_units, n);
  // Cell (i, j) holds x_i, y_j; j outer (grid rows), i inner. Ignored columns stay NaN.
  Matrix raw = Matrix::Constant(static_cast<Eigen::Index>(preprocessing.inputs.size()), n,
                                std::numeric_limits<Scalar>::quiet_NaN());
  for (int j = 0; j < res; ++j)
    for (int i = 0; i < res; ++i) {
      raw(xi, j * res + i) = static_cast<Scalar>(r.x_min + (r.x_max - r.x_min) * i / (res - 1));
      raw(yi, j * res + i) = static_cast<Scalar>(r.y_min + (r.y_max - r.y_min) * j / (res - 1));
    }
  const Matrix x = encode_numbers(preprocessing, raw);
  const Matrix out = network.predict(x);
  val grid = val::object();
  grid.set("resolution", res);
  // What each unit computes over the plane: the first max_units units of every layer.
  val units = val::array();
  for (const Matrix& a : network.layer_outputs(x, r.max_units)) {
    val maps = val::array();
    for (Eigen::Index u = 0; u < a.rows(); ++u) {
      const Matrix row = a.row(u);
      maps.call<void>("push", float32_copy(row.data(), static_cast<std::size_t>(row.size())));
    }
    units.call<void>("push", maps);
  }
  grid.set("units", units);
  // What the first layer receives over the plane: the scaled inputs and the derived ones.
  val inputs = val::array();
  for (Eigen::Index i = 0; i < std::min<Eigen::Index>(x.rows(), r.max_units); ++i) {
    const Matrix row = x.row(i);
    inputs.call<void>("push", float32_copy(row.data(), static_cast<std::size_t>(row.size())));
  }
  grid.set("inputs", inputs);
  if (task == Task::regression) {
    Matrix decoded = out;  // in the data's units
    decode_outputs(preprocessing, decoded);
    const Matrix first = decoded.topRows(1);  // the first target
    grid.set("values", float32_copy(first.data(), static_cast<std::size_t>(n)));
    grid.set("classes", val::null());
    return grid;
  }
  std::vector<float> values(static_cast<std::size_t>(n));
  std::vector<int> classes(static_cast<std::size_t>(n));
  for (Eigen::Index k = 0; k < n; ++k) {
    classes[k] = predicted_class(out, k);
    // Binary: P(class 1); more classes: the predicted class's probability.
    values[k] = out.rows() == 1 ? out(0, k) : (out.rows() == 2 ? out(1, k) : out(classes[k], k));
  }
  grid.set("values", val(emscripten::typed_memory_view(values.size(), values.data())).call<val>("slice"));
  grid.set("classes", int32_copy(classes));
  return grid;
}

}  // namespace nnplay::bindings
