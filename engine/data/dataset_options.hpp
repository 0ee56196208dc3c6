#pragma once
// The choices that turn a table into a data set: which column is the target, which
// columns to ignore or one-hot encode, the missing-value policy, scaling and the split.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "data/preprocessing.hpp"
#include "data/task.hpp"

namespace nnplay {

struct DatasetOptions {
  std::string name;    // default: the table's name
  std::string target;  // the target column's name; empty: target_index
  int target_index =
      -1;  // 0-based column index; -1: a column named label, target, class or y, else the last (plan.cpp)
  std::optional<Task> task;  // inferred when empty
  std::vector<std::string> ignore_columns;
  std::vector<std::string> categorical_columns;  // numeric columns to one-hot encode anyway
  bool drop_constant_columns = true;
  bool drop_identifier_columns = true;
  int max_categories = 100;  // a categorical feature with more is dropped
  int max_classes = 1000;    // a classification target with more is refused
  MissingPolicy missing = MissingPolicy::drop_rows;
  Scaling scaling = Scaling::standardize;
  double validation_fraction = 0.2;
  double test_fraction = 0.0;
  std::uint64_t seed = 1;
  // Inputs computed from two numeric inputs, in derived_inputs.hpp's order.
  std::vector<DerivedInput> derived;
  // Image data with at least this many feature values keeps them as bytes (dataset.hpp);
  // smaller data, where memory does not matter, as floats.
  std::size_t bytes_from_values = std::size_t{1} << 20;
};

// A classification target is inferred for text, or whole numbers with at most this many
// distinct values; anything else numeric is a regression target.
constexpr std::size_t kMaxInferredClasses = 20;

}  // namespace nnplay
