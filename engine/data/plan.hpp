#pragma once
// Stage 1 of building a data set (build.hpp): the decisions about a table (target, task,
// which columns become which features, which rows are kept, labels), made once and
// shared by summarize_table and build_dataset. The later stages (split, fit, encode)
// read the plan; none of them decides anything of it again.
#include <string>
#include <vector>

#include "data/dataset_options.hpp"
#include "data/summary.hpp"
#include "data/table.hpp"

namespace nnplay {

struct PlannedInput {
  std::size_t column = 0;
  InputColumn::Kind kind = InputColumn::Kind::ignored;
  std::vector<std::string> categories;  // categorical
  std::vector<float> category_values;   // categorical from a numeric column: sorted values
};

// The inputs as fit and encode walk a row: runs of numeric inputs read from consecutive
// table columns (all 784 pixels of MNIST are one run), and each categorical input alone.
struct InputRun {
  std::size_t input;   // first input of the run
  std::size_t column;  // its table column
  std::size_t count;   // numeric: inputs in the run; categorical: 0
};

struct DatasetPlan {
  DatasetSummary summary;
  std::size_t target = 0;
  Task task = Task::classification;
  std::vector<PlannedInput> inputs;  // every column but the target, in order
  std::vector<InputRun> runs;        // the inputs not ignored, as runs
  std::vector<std::size_t> rows;     // table rows kept
  std::size_t first_test_row = 0;    // table rows from here on are the data's own test set
  std::vector<int> labels;           // classification: per kept row
  std::vector<std::string> class_names;
  // First problem that must stop a build, as the error to throw (empty: none).
  Message problem;
  std::int64_t problem_row = 0;
  int problem_column = 0;  // 1-based
  std::string problem_column_name;
};

DatasetPlan plan_dataset(const Table& table, const DatasetOptions& options);

}  // namespace nnplay
