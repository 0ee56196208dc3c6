#pragma once
// Helpers shared by the engine tests: an element-wise matrix comparison that names the
// failing element, and builders for the tiny datasets several tests train on.
#include <catch2/catch.hpp>

#include <cmath>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/rng.hpp"
#include "core/tensor.hpp"
#include "data/dataset.hpp"

namespace nnplay::test {

// |a(i,j) - b(i,j)| <= tol for every element (NaN fails), reporting i and j on failure.
inline void assert_near(const Matrix& a, const Matrix& b, double tol) {
  REQUIRE(a.rows() == b.rows());
  REQUIRE(a.cols() == b.cols());
  for (Eigen::Index j = 0; j < a.cols(); ++j)
    for (Eigen::Index i = 0; i < a.rows(); ++i) {
      const double x = a(i, j), y = b(i, j);
      if (!(std::abs(x - y) <= tol)) {
        CAPTURE(i, j, x, y, tol);
        FAIL("matrices differ at (i, j)");
      }
    }
  SUCCEED();
}

// A matrix from rows written the way the teaching material prints data (one example a row),
// transposed into the engine's layout (one example a column).
inline Matrix examples_from_rows(const std::vector<std::vector<double>>& rows) {
  Matrix x(static_cast<Eigen::Index>(rows.front().size()), static_cast<Eigen::Index>(rows.size()));
  for (std::size_t j = 0; j < rows.size(); ++j)
    for (std::size_t i = 0; i < rows[j].size(); ++i) x(i, j) = static_cast<Scalar>(rows[j][i]);
  return x;
}

inline std::vector<std::string> numbered(const std::string& prefix, Eigen::Index n) {
  std::vector<std::string> names;
  for (Eigen::Index i = 0; i < n; ++i) names.push_back(prefix + std::to_string(i));
  return names;
}

// Classification data: x is features x n; labels index classes 0..class_count-1.
inline std::shared_ptr<Dataset> classification_data(const Matrix& x, const std::vector<int>& labels, int class_count,
                                                    const Matrix& validation_x = Matrix(),
                                                    const std::vector<int>& validation_labels = {}) {
  auto data = std::make_shared<Dataset>();
  data->name = "test";
  data->task = Task::classification;
  data->feature_names = numbered("x", x.rows());
  data->class_names = numbered("class", class_count);
  data->train.x = x;
  data->train.labels = labels;
  data->validation.x = validation_x.size() > 0 ? validation_x : Matrix(x.rows(), 0);
  data->validation.labels = validation_labels;
  data->test.x = Matrix(x.rows(), 0);
  return data;
}

// Regression data: targets is target_count x n.
inline std::shared_ptr<Dataset> regression_data(const Matrix& x, const Matrix& targets,
                                                const Matrix& validation_x = Matrix(),
                                                const Matrix& validation_targets = Matrix()) {
  auto data = std::make_shared<Dataset>();
  data->name = "test";
  data->task = Task::regression;
  data->feature_names = numbered("x", x.rows());
  data->target_names = numbered("y", targets.rows());
  data->train.x = x;
  data->train.targets = targets;
  data->validation.x = validation_x.size() > 0 ? validation_x : Matrix(x.rows(), 0);
  data->validation.targets = validation_targets.size() > 0 ? validation_targets : Matrix(targets.rows(), 0);
  data->test.x = Matrix(x.rows(), 0);
  return data;
}

// XOR on {0,1}^2, the four rows once each.
inline std::shared_ptr<Dataset> xor_data() {
  return classification_data(examples_from_rows({{0, 0}, {0, 1}, {1, 0}, {1, 1}}), {0, 1, 1, 0}, 2);
}

// A standard-normal features x n matrix from a seeded generator.
inline Matrix normal_matrix(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed) {
  Rng rng(seed, 99);
  Matrix m(rows, cols);
  for (Eigen::Index j = 0; j < cols; ++j)
    for (Eigen::Index i = 0; i < rows; ++i) m(i, j) = static_cast<Scalar>(rng.normal());
  return m;
}

// Two Gaussian blobs in 2-D, centred at (-2,-2) (class 0) and (+2,+2) (class 1), standard
// deviation 0.5: linearly separable with a wide margin (a point would have to stray
// 2*sqrt(2) = 5.7 standard deviations along the diagonal to cross x1 + x2 = 0); labels alternate.
inline std::shared_ptr<Dataset> blobs_data(Eigen::Index n, std::uint64_t seed) {
  Matrix x = normal_matrix(2, n, seed) * Scalar(0.5);
  std::vector<int> labels(static_cast<std::size_t>(n));
  for (Eigen::Index j = 0; j < n; ++j) {
    labels[j] = static_cast<int>(j % 2);
    x.col(j).array() += labels[j] ? Scalar(2) : Scalar(-2);
  }
  return classification_data(x, labels, 2);
}

}  // namespace nnplay::test
