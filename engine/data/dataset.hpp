#pragma once
// A training set as the network consumes it: encoded, scaled, split.
#include <cstdint>
#include <string>
#include <vector>

#include "core/tensor.hpp"
#include "data/preprocessing.hpp"
#include "data/task.hpp"

namespace nnplay {

// Features that are whole numbers 0-255 (pixels), as read: a quarter of a float's memory.
using ByteMatrix = Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic>;

// One split. Examples along columns.
//
// The features are held one of two ways. Usually x: features x n, encoded and scaled.
// Image data (every feature a numeric column of whole numbers 0-255, nothing missing,
// one-hot encoded or derived) keeps the bytes instead, scaled as they are read with the
// preprocessing's own arithmetic (preprocessing.hpp, scale_features), so the network gets
// the same floats either way; x is then empty. Read the features through the functions
// below, which serve both.
struct Examples {
  Matrix x;                        // features x n, encoded and scaled (empty when bytes)
  ByteMatrix bytes;                // or: features x n, the data's own values 0-255
  Vector byte_offset, byte_scale;  // bytes: feature f is (byte - offset[f]) * scale[f]
  std::vector<int> labels;         // classification: class index of each example
  Matrix targets;                  // regression: targets x n, as trained on

  bool in_bytes() const { return bytes.rows() > 0; }
  Eigen::Index size() const { return in_bytes() ? bytes.cols() : x.cols(); }
  Eigen::Index features() const { return in_bytes() ? bytes.rows() : x.rows(); }
  // Example j's features, scaled, into out[0, features()).
  void copy_example(Eigen::Index j, Scalar* out) const;
  // Examples [first, first + n) as the network takes them: x's own columns, or the bytes
  // scaled into `buffer` (resized when it has too few columns).
  ConstMatrixRef columns(Eigen::Index first, Eigen::Index n, Matrix& buffer) const;
  // All of them, scaled: a copy.
  Matrix scaled() const;
  // The features' bytes of memory.
  double feature_bytes() const;
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
