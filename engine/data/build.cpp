#include "data/build.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>

#include "data/data_error.hpp"
#include "data/encode.hpp"
#include "data/fit.hpp"
#include "data/plan.hpp"
#include "data/split.hpp"

namespace nnplay {
namespace {

// Labels or targets of the rows `which` (indices into plan.rows); x is made apart.
Examples answers(const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& which) {
  Examples e;
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

// Both overloads: `consumable` is the table itself when the caller gave it away.
DatasetBuild build(const Table& table, Table* consumable, const DatasetOptions& options) {
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
  fit_preprocessing(p, plan, table, split.train);
  d.validation = answers(plan, table, split.validation);
  d.validation.x = encode_examples(p, plan, table, split.validation);
  d.test = answers(plan, table, split.test);
  d.test.x = encode_examples(p, plan, table, split.test);
  d.train = answers(plan, table, split.train);
  // Last: the in-place encoding takes the table's numbers.
  d.train.x = consumable != nullptr && can_encode_in_place(plan)
                  ? encode_examples_in_place(p, plan, *consumable, split.train)
                  : encode_examples(p, plan, table, split.train);
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

}  // namespace

DatasetSummary summarize_table(const Table& table, const DatasetOptions& options) {
  return plan_dataset(table, options).summary;
}

DatasetBuild build_dataset(const Table& table, const DatasetOptions& options) {
  return build(table, nullptr, options);
}

DatasetBuild build_dataset(Table&& table, const DatasetOptions& options) {
  return build(table, &table, options);
}

}  // namespace nnplay
