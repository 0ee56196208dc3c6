#include "data/fit.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "core/own_call.hpp"

namespace nnplay {

namespace {

// A run of a row's values into the sums about c, and the counts of values present.
NNPLAY_OWN_CALL void add_run(const float* src, const double* c, double* s, double* q, std::uint32_t* n,
                             std::size_t count) {
  for (std::size_t m = 0; m < count; ++m) {
    std::uint32_t bits;
    std::memcpy(&bits, &src[m], sizeof bits);
    const std::uint32_t is_number = (bits & 0x7fffffffu) <= 0x7f800000u;
    bits &= 0u - is_number;  // NaN -> +0.0
    float v;
    std::memcpy(&v, &bits, sizeof v);
    const double d = (static_cast<double>(v) - c[m]) * static_cast<double>(is_number);
    s[m] += d;
    q[m] += d * d;
    n[m] += is_number;
  }
}

// The same for a run of a row's bytes (add_run's sums exactly: each a float whole number,
// never NaN), and with lo and hi, their smallest and largest.
NNPLAY_OWN_CALL void add_byte_run(const std::uint8_t* src, const double* c, double* s, double* q, std::uint32_t* n,
                                  std::size_t count, float* lo, float* hi) {
  for (std::size_t m = 0; m < count; ++m) {
    const double d = static_cast<double>(src[m]) - c[m];
    s[m] += d;
    q[m] += d * d;
    n[m] += 1;
  }
  if (lo != nullptr)
    for (std::size_t m = 0; m < count; ++m) {
      lo[m] = std::min(lo[m], static_cast<float>(src[m]));
      hi[m] = std::max(hi[m], static_cast<float>(src[m]));
    }
}

// The numeric inputs' imputation values and scaling, the categorical ones' most frequent
// category, in one pass over the training rows.
void fit_features(Preprocessing& p, const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& train) {
  const std::size_t inputs = plan.inputs.size();
  // Per numeric input: values present, and their sum and sum of squares taken about the
  // column's mean over the whole table, so that large offsets (years, timestamps) lose no
  // digits; with minmax scaling also the smallest and largest value.
  std::vector<double> shift(inputs, 0.0), sum(inputs, 0.0), squares(inputs, 0.0);
  std::vector<std::uint32_t> present(inputs, 0);
  std::vector<float> lo(inputs, std::numeric_limits<float>::infinity()),
      hi(inputs, -std::numeric_limits<float>::infinity());
  std::vector<std::vector<std::size_t>> counts(inputs);
  std::vector<std::size_t> categorical;
  for (std::size_t i = 0; i < inputs; ++i) {
    const PlannedInput& in = plan.inputs[i];
    if (in.kind == InputColumn::Kind::numeric) shift[i] = t.columns[in.column].mean;
    if (in.kind != InputColumn::Kind::categorical) continue;
    categorical.push_back(i);
    counts[i].assign(in.categories.size(), 0);
  }
  std::vector<InputRun> runs = plan.runs;
  runs.erase(std::remove_if(runs.begin(), runs.end(), [](const InputRun& run) { return run.count == 0; }), runs.end());
  const bool range = p.scaling == Scaling::minmax;

  // Row by row, the table's memory order. The sums go without a branch per value: a NaN
  // (missing) adds 0 to the sums and to the count, so the loop vectorizes.
  std::vector<float> scratch(t.in_bytes() ? t.columns.size() : 0);
  for (std::size_t k : train) {
    const std::size_t r = plan.rows[k];
    if (t.in_bytes()) {  // no NaN, no categories from numbers: the sums on the bytes themselves
      const std::uint8_t* row = t.bytes.data() + r * t.columns.size();
      for (const InputRun& run : runs)
        add_byte_run(row + run.column, shift.data() + run.input, sum.data() + run.input, squares.data() + run.input,
                     present.data() + run.input, run.count, range ? lo.data() + run.input : nullptr,
                     range ? hi.data() + run.input : nullptr);
      for (std::size_t i : categorical)
        ++counts[i][static_cast<std::size_t>(std::lower_bound(plan.inputs[i].category_values.begin(),
                                                              plan.inputs[i].category_values.end(),
                                                              t.number(r, plan.inputs[i].column)) -
                                             plan.inputs[i].category_values.begin())];
      continue;
    }
    const float* row = t.row(r, scratch.data());
    for (const InputRun& run : runs) {
      const float* src = row + run.column;
      const double* c = shift.data() + run.input;
      double* s = sum.data() + run.input;
      double* q = squares.data() + run.input;
      add_run(src, c, s, q, present.data() + run.input, run.count);
      if (range)
        for (std::size_t m = 0; m < run.count; ++m)
          if (!std::isnan(src[m])) {
            lo[run.input + m] = std::min(lo[run.input + m], src[m]);
            hi[run.input + m] = std::max(hi[run.input + m], src[m]);
          }
    }
    for (std::size_t i : categorical) {
      const PlannedInput& in = plan.inputs[i];
      if (t.is_missing(r, in.column)) continue;
      const Column& c = t.columns[in.column];
      const std::size_t code =
          c.text ? static_cast<std::size_t>(c.codes[r])
                 : static_cast<std::size_t>(
                       std::lower_bound(in.category_values.begin(), in.category_values.end(), row[in.column]) -
                       in.category_values.begin());
      ++counts[i][code];
    }
  }

  const Eigen::Index features = p.encoded_feature_count();
  p.offset = Vector::Zero(features);
  p.scale = Vector::Ones(features);
  const double examples = static_cast<double>(train.size());
  Eigen::Index f = 0;
  for (std::size_t i = 0; i < inputs; ++i) {
    InputColumn& in = p.inputs[i];
    if (in.kind == InputColumn::Kind::categorical) {
      in.fill_category = static_cast<int>(std::max_element(counts[i].begin(), counts[i].end()) - counts[i].begin());
      f += static_cast<Eigen::Index>(in.categories.size());  // one-hot features are not scaled
      continue;
    }
    if (in.kind != InputColumn::Kind::numeric) continue;
    const double n = present[i];
    in.fill_value = n > 0 ? shift[i] + sum[i] / n : 0.0;  // the mean of the values present
    double offset = 0, spread = 0;
    if (n > 0 && p.scaling == Scaling::standardize) {
      // Imputed values sit at the mean: they add nothing to the squared deviations, but
      // count among the examples.
      offset = in.fill_value;
      spread = std::sqrt(std::max(0.0, squares[i] - sum[i] * sum[i] / n) / examples);
    } else if (n > 0 && range) {
      offset = lo[i];
      spread = static_cast<double>(hi[i]) - static_cast<double>(lo[i]);
    }
    p.offset(f) = static_cast<Scalar>(offset);
    // A feature constant on the training split is only shifted.
    p.scale(f) = spread > 1e-12 ? static_cast<Scalar>(1.0 / spread) : Scalar(1);
    ++f;
  }
}

// Regression targets are standardized on the training rows (unless scaling is none).
void fit_targets(Preprocessing& p, const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& train) {
  Matrix targets(1, static_cast<Eigen::Index>(train.size()));
  for (std::size_t k = 0; k < train.size(); ++k)
    targets(0, static_cast<Eigen::Index>(k)) = static_cast<Scalar>(t.number(plan.rows[train[k]], plan.target));
  fit_target_scaling(p, targets);
}

}  // namespace

Preprocessing fit_preprocessing(const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& train,
                                const DatasetOptions& options) {
  Preprocessing p;
  p.missing = options.missing;
  p.scaling = options.scaling;
  p.target_position = static_cast<int>(plan.target);
  for (const PlannedInput& in : plan.inputs) {
    InputColumn c;
    c.name = t.columns[in.column].name;
    c.kind = in.kind;
    c.categories = in.categories;
    p.inputs.push_back(std::move(c));
  }
  fit_features(p, plan, t, train);
  if (plan.task == Task::regression) fit_targets(p, plan, t, train);
  return p;
}

}  // namespace nnplay
