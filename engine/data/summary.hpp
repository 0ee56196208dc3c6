#pragma once
// What the page shows about a data set before and after building it: the columns and
// their types, the target and its classes, what was dropped and why, a preview.
#include <cstdint>
#include <string>
#include <vector>

#include "core/message.hpp"
#include "data/dataset.hpp"

namespace nnplay {

struct ColumnSummary {
  std::string name;
  int number = 0;    // 1-based, as in messages
  std::string type;  // numeric, categorical, constant, identifier, empty
  std::size_t missing = 0;
  std::size_t distinct = 0;
  bool integer_valued = false;
  double min = 0, max = 0, mean = 0;  // numeric columns
  std::string role;                   // target, feature, ignored (by request) or dropped
  std::string note;                   // why dropped, or the problem that stops a build
  Message note_message;               // the same, coded
  int features = 0;                   // features it encodes to (one-hot: one per category)
};

struct ClassCount {
  std::string name;
  std::size_t count = 0;  // rows used (after the missing-value policy)
};

struct DatasetSummary {
  std::string name;
  std::size_t rows = 0;  // data rows read
  std::size_t column_count = 0;
  std::string delimiter;  // comma, semicolon, tab
  bool header = true;
  bool decimal_comma = false;
  std::vector<ColumnSummary> columns;

  std::string target;
  std::string target_rule;      // how the target was chosen when none was given ("the column named \"label\"")
  Message target_rule_message;  // the same, coded
  int target_number = 0;        // 1-based
  Task task = Task::classification;
  bool task_inferred = true;
  std::vector<ClassCount> classes;  // classification

  // Rows the missing-value choices cost: drop_rows loses rows_missing_target +
  // rows_missing_features, impute only rows_missing_target (a target is never guessed).
  std::size_t rows_missing_target = 0;
  std::size_t rows_missing_features = 0;
  MissingPolicy missing_policy = MissingPolicy::drop_rows;
  std::size_t rows_dropped = 0;
  std::size_t rows_used = 0;
  std::size_t rows_skipped_ragged = 0;
  std::size_t train_rows = 0, validation_rows = 0, test_rows = 0;
  int feature_count = 0;  // the network's inputs, derived ones included
  // The network's inputs in order (set by the build): a numeric column's name, or
  // "column=category" for each one-hot input of a categorical column, then the derived
  // ones ("x²", "x·y", "sin x" for columns x and y).
  std::vector<std::string> feature_names;
  // Whether the inputs are exactly two numeric features, the data derived inputs take.
  bool two_numeric_inputs = false;
  std::vector<DerivedInput> derived;       // the derived inputs, the last of feature_names
  Scaling scaling = Scaling::standardize;  // of the numeric inputs, fitted on the training rows

  std::vector<std::string> dropped;  // one sentence per dropped column or row group
  std::vector<std::string> warnings;
  std::vector<Message> dropped_messages, warning_messages;  // the same, coded (one each)
  std::vector<std::string> preview_header;
  std::vector<std::vector<std::string>> preview;
};

}  // namespace nnplay
