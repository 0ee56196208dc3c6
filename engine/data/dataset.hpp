#pragma once
// A training set as the network consumes it: encoded, scaled, split.
#include <string>
#include <vector>

#include "core/tensor.hpp"
#include "data/preprocessing.hpp"
#include "data/task.hpp"

namespace nnplay {

// One split. Examples along columns.
struct Examples {
  Matrix x;                 // features x n, encoded and scaled
  std::vector<int> labels;  // classification: class index of each example
  Matrix targets;           // regression: targets x n, as trained on
  Eigen::Index size() const { return x.cols(); }
};

struct Dataset {
  std::string name;
  Task task = Task::classification;
  std::vector<std::string> feature_names;  // one per row of x (after one-hot encoding)
  std::vector<std::string> class_names;    // classification: label index -> name
  std::vector<std::string> target_names;   // regression: one per row of targets
  Preprocessing preprocessing;             // raw fields -> x, fitted on the training split
  Examples train, validation, test;

  int feature_count() const { return static_cast<int>(feature_names.size()); }
  int class_count() const { return static_cast<int>(class_names.size()); }
};

}  // namespace nnplay
