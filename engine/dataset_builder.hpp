#pragma once
// Table -> Dataset: choose the target, encode labels and categorical features (names
// kept), apply the missing-value policy, split (stratified, seeded), scale (fitted on the
// training split only). Either a complete Dataset comes back or a DataError is thrown.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dataset.hpp"
#include "dataset_summary.hpp"
#include "table.hpp"

namespace nnplay {

struct DatasetOptions {
  std::string name;                       // default: the table's name
  std::string target;                     // the target column's name; empty: target_index
  int target_index = -1;                  // 0-based column index; -1: the last column
  std::optional<Task> task;               // inferred when empty
  std::vector<std::string> ignore_columns;
  std::vector<std::string> categorical_columns;  // numeric columns to one-hot encode anyway
  bool drop_constant_columns = true;
  bool drop_identifier_columns = true;
  int max_categories = 100;               // a categorical feature with more is dropped
  int max_classes = 1000;                 // a classification target with more is refused
  MissingPolicy missing = MissingPolicy::drop_rows;
  Scaling scaling = Scaling::standardize;
  double validation_fraction = 0.2;
  double test_fraction = 0.0;
  std::uint64_t seed = 1;
};

struct DatasetBuild {
  Dataset dataset;
  DatasetSummary summary;
};

// The summary the page shows while the user picks the target and options. Throws only
// when the target cannot be found; problems that would stop a build are in the notes.
DatasetSummary summarize_table(const Table& table, const DatasetOptions& options = {});

DatasetBuild build_dataset(const Table& table, const DatasetOptions& options = {});
// The same from a table the caller gives away: when every input is numeric, the training
// matrix is made in the table's own memory (no second copy of the numbers exists at
// any time) and the table is left without numbers. Otherwise the table is left as it was.
DatasetBuild build_dataset(Table&& table, const DatasetOptions& options = {});

// A classification target is inferred for text, or whole numbers with at most this many
// distinct values; anything else numeric is a regression target.
constexpr std::size_t kMaxInferredClasses = 20;

}  // namespace nnplay
