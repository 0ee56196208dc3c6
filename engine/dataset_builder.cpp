#include "dataset_builder.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "data_error.hpp"
#include "dataset_plan.hpp"
#include "large_buffer.hpp"
#include "split.hpp"

namespace nnplay {
namespace {

// Imputation values from the training rows: mean of each numeric input, most frequent
// category of each categorical one. Row by row, the table's memory order.
void fit_fill(Preprocessing& p, const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& train) {
  const std::size_t inputs = plan.inputs.size();
  std::vector<double> sum(inputs, 0.0);
  std::vector<std::size_t> present(inputs, 0);
  std::vector<std::vector<std::size_t>> counts(inputs);
  for (std::size_t i = 0; i < inputs; ++i) counts[i].assign(plan.inputs[i].categories.size(), 0);
  // Numeric inputs as runs over consecutive table columns (input, column, count), summed
  // without a branch per value: a NaN adds 0.0 (which leaves the sum as it is) and 0 to
  // the count, so the loop vectorizes.
  std::vector<std::size_t> categorical;
  struct Run {
    std::size_t input, column, count;
  };
  std::vector<Run> runs;
  for (std::size_t i = 0; i < inputs; ++i) {
    const PlannedInput& in = plan.inputs[i];
    if (in.kind == InputColumn::Kind::categorical) categorical.push_back(i);
    if (in.kind != InputColumn::Kind::numeric) continue;
    if (!runs.empty() && runs.back().input + runs.back().count == i && runs.back().column + runs.back().count == in.column)
      ++runs.back().count;
    else
      runs.push_back({i, in.column, 1});
  }
  for (std::size_t k : train) {
    const std::size_t r = plan.rows[k];
    const float* row = t.numbers.data() + r * t.columns.size();
    for (const Run& run : runs) {
      const float* src = row + run.column;
      double* s = sum.data() + run.input;
      std::size_t* n = present.data() + run.input;
      for (std::size_t m = 0; m < run.count; ++m) {
        std::uint32_t bits;
        std::memcpy(&bits, &src[m], sizeof bits);
        const std::uint32_t is_number = (bits & 0x7fffffffu) <= 0x7f800000u;
        bits &= 0u - is_number;  // NaN -> +0.0
        float v;
        std::memcpy(&v, &bits, sizeof v);
        s[m] += v;
        n[m] += is_number;
      }
    }
    for (std::size_t i : categorical) {
      const PlannedInput& in = plan.inputs[i];
      if (!t.is_missing(r, in.column)) {
        const Column& c = t.columns[in.column];
        const std::size_t code =
            c.text ? static_cast<std::size_t>(c.codes[r])
                   : static_cast<std::size_t>(std::lower_bound(in.category_values.begin(), in.category_values.end(), row[in.column]) -
                                              in.category_values.begin());
        ++counts[i][code];
      }
    }
  }
  for (std::size_t i = 0; i < inputs; ++i) {
    if (plan.inputs[i].kind == InputColumn::Kind::numeric)
      p.inputs[i].fill_value = present[i] > 0 ? sum[i] / static_cast<double>(present[i]) : 0.0;
    if (plan.inputs[i].kind == InputColumn::Kind::categorical)
      p.inputs[i].fill_category = static_cast<int>(std::max_element(counts[i].begin(), counts[i].end()) - counts[i].begin());
  }
}

// A run of numeric inputs read from consecutive table columns (all 784 pixels of MNIST
// are one run), or a single categorical input.
struct EncodeStep {
  std::size_t input;       // first input of the run
  std::size_t column;      // its table column
  std::size_t count;       // numeric: inputs in the run; categorical: 0
};

std::vector<EncodeStep> encode_steps(const DatasetPlan& plan) {
  std::vector<EncodeStep> steps;
  for (std::size_t i = 0; i < plan.inputs.size(); ++i) {
    const PlannedInput& in = plan.inputs[i];
    if (in.kind == InputColumn::Kind::categorical) {
      steps.push_back({i, in.column, 0});
    } else if (in.kind == InputColumn::Kind::numeric) {
      EncodeStep* last = steps.empty() ? nullptr : &steps.back();
      if (last && last->count > 0 && last->input + last->count == i && last->column + last->count == in.column)
        ++last->count;
      else
        steps.push_back({i, in.column, 1});
    }
  }
  return steps;
}

// Encodes the chosen kept rows (indices into plan.rows) into x: features x n, unscaled.
Matrix encode(const Preprocessing& p, const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& which) {
  Matrix x(p.feature_count(), static_cast<Eigen::Index>(which.size()));
  advise_huge_pages(x.data(), static_cast<std::size_t>(x.size()) * sizeof(Scalar));  // before the first write
  const std::size_t stride = t.columns.size();
  const std::vector<EncodeStep> steps = encode_steps(plan);
  std::vector<Scalar> fill(p.inputs.size());
  for (std::size_t i = 0; i < p.inputs.size(); ++i) fill[i] = static_cast<Scalar>(p.inputs[i].fill_value);
  for (std::size_t k = 0; k < which.size(); ++k) {
    const std::size_t r = plan.rows[which[k]];
    const float* row = t.numbers.data() + r * stride;
    Scalar* out = x.col(static_cast<Eigen::Index>(k)).data();
    for (const EncodeStep& s : steps) {
      if (s.count > 0) {
        const float* src = row + s.column;
        const Scalar* f = fill.data() + s.input;
        for (std::size_t m = 0; m < s.count; ++m) out[m] = std::isnan(src[m]) ? f[m] : static_cast<Scalar>(src[m]);
        out += s.count;
        continue;
      }
      const PlannedInput& in = plan.inputs[s.input];
      const Column& c = t.columns[in.column];
      int code;
      if (t.is_missing(r, in.column)) code = p.inputs[s.input].fill_category;
      else if (c.text) code = c.codes[r];
      else code = static_cast<int>(std::lower_bound(in.category_values.begin(), in.category_values.end(), row[in.column]) -
                                   in.category_values.begin());
      const std::size_t categories = in.categories.size();
      for (std::size_t m = 0; m < categories; ++m) out[m] = static_cast<Scalar>(static_cast<int>(m) == code);
      out += categories;
    }
  }
  return x;
}

Examples make_examples(const Preprocessing& p, const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& which) {
  Examples e;
  e.x = encode(p, plan, t, which);
  if (plan.task == Task::classification) {
    e.labels.reserve(which.size());
    for (std::size_t k : which) e.labels.push_back(plan.labels[k]);
  } else {
    e.targets.resize(1, static_cast<Eigen::Index>(which.size()));
    for (std::size_t k = 0; k < which.size(); ++k)
      e.targets(0, static_cast<Eigen::Index>(k)) = static_cast<Scalar>(t.number(plan.rows[which[k]], plan.target));
  }
  return e;
}

}  // namespace

DatasetSummary summarize_table(const Table& table, const DatasetOptions& options) {
  return plan_dataset(table, options).summary;
}

DatasetBuild build_dataset(const Table& table, const DatasetOptions& options) {
  DatasetPlan plan = plan_dataset(table, options);
  if (!plan.problem.empty())
    throw DataError(plan.problem, plan.problem_row, plan.problem_column, plan.problem_column_name);

  const SplitIndices split =
      plan.task == Task::classification
          ? stratified_split(plan.labels, static_cast<int>(plan.class_names.size()), options.validation_fraction,
                             options.test_fraction, options.seed)
          : random_split(plan.rows.size(), options.validation_fraction, options.test_fraction, options.seed);

  DatasetBuild out;
  Dataset& d = out.dataset;
  Preprocessing& p = d.preprocessing;
  p.missing = options.missing;
  p.scaling = options.scaling;
  p.target_position = static_cast<int>(plan.target);
  for (const PlannedInput& in : plan.inputs) {
    InputColumn c;
    c.name = table.columns[in.column].name;
    c.kind = in.kind;
    c.categories = in.categories;
    p.inputs.push_back(std::move(c));
  }
  fit_fill(p, plan, table, split.train);
  d.train = make_examples(p, plan, table, split.train);
  d.validation = make_examples(p, plan, table, split.validation);
  d.test = make_examples(p, plan, table, split.test);
  fit_scaling(p, d.train.x);
  apply_scaling(p, d.train.x);
  apply_scaling(p, d.validation.x);
  apply_scaling(p, d.test.x);
  if (plan.task == Task::regression) {
    fit_target_scaling(p, d.train.targets);
    for (Examples* e : {&d.train, &d.validation, &d.test}) apply_target_scaling(p, e->targets);
  }

  d.name = plan.summary.name;
  d.task = plan.task;
  d.feature_names = p.feature_names();
  d.class_names = plan.class_names;
  if (plan.task == Task::regression) d.target_names = {table.columns[plan.target].name};

  out.summary = std::move(plan.summary);
  out.summary.train_rows = split.train.size();
  out.summary.validation_rows = split.validation.size();
  out.summary.test_rows = split.test.size();
  return out;
}

}  // namespace nnplay
