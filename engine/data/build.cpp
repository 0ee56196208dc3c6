#include "data/build.hpp"

#include "data/data_error.hpp"
#include "data/derive.hpp"
#include "data/encode.hpp"
#include "data/fit.hpp"
#include "data/plan.hpp"
#include "data/split.hpp"

namespace nnplay {
namespace {

// The stages in order, each reading what the one before made: plan -> split -> fit ->
// encode -> derive. (The table itself comes from the CSV stages, data/csv/read_csv.hpp, or a
// built-in.) `consumable` is the table itself when the caller gave it away.
DatasetBuild build(const Table& table, Table* consumable, const DatasetOptions& options) {
  DatasetPlan plan = plan_dataset(table, options);
  if (!plan.problem.empty())
    throw DataError(plan.problem, plan.problem_row, plan.problem_column, plan.problem_column_name);

  const SplitIndices split = split_rows(plan, options);

  DatasetBuild out;
  Dataset& d = out.dataset;
  d.preprocessing = fit_preprocessing(plan, table, split.train, options);

  // Last: the in-place encodings take the table's numbers.
  if (options.derived.empty() && can_encode_as_bytes(plan, table, options.bytes_from_values)) {
    d.validation = encode_examples_as_bytes(d.preprocessing, plan, table, split.validation);
    d.test = encode_examples_as_bytes(d.preprocessing, plan, table, split.test);
    d.train = consumable != nullptr && table.in_bytes()
                  ? encode_examples_as_bytes_in_place(d.preprocessing, plan, *consumable, split.train)
                  : encode_examples_as_bytes(d.preprocessing, plan, table, split.train);
    if (consumable != nullptr) consumable->numbers = TableNumbers();  // nothing reads them again
  } else {
    d.validation = encode_examples(d.preprocessing, plan, table, split.validation);
    d.test = encode_examples(d.preprocessing, plan, table, split.test);
    d.train = consumable != nullptr && can_encode_in_place(plan) && !table.in_bytes()
                  ? encode_examples_in_place(d.preprocessing, plan, *consumable, split.train)
                  : encode_examples(d.preprocessing, plan, table, split.train);
    derive_inputs(options.derived, d);
  }

  d.name = plan.summary.name;
  d.task = plan.task;
  d.feature_names = d.preprocessing.feature_names();
  d.class_names = plan.class_names;
  if (plan.task == Task::regression) d.target_names = {table.columns[plan.target].name};

  out.summary = std::move(plan.summary);
  out.summary.train_rows = split.train.size();
  out.summary.validation_rows = split.validation.size();
  out.summary.test_rows = split.test.size();
  out.summary.feature_names = d.feature_names;
  out.summary.feature_count = d.feature_count();
  out.summary.derived = d.preprocessing.derived;
  return out;
}

}  // namespace

DatasetSummary summarize_table(const Table& table, const DatasetOptions& options) {
  return plan_dataset(table, options).summary;
}

DatasetBuild build_dataset(const Table& table, const DatasetOptions& options) { return build(table, nullptr, options); }

DatasetBuild build_dataset(Table&& table, const DatasetOptions& options) { return build(table, &table, options); }

}  // namespace nnplay
