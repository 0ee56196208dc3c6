#include "train/metrics.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace nnplay {

int predicted_class(const Eigen::Ref<const Matrix>& outputs, Eigen::Index column) {
  if (outputs.rows() == 1) return outputs(0, column) > Scalar(0.5) ? 1 : 0;
  Eigen::Index best;
  outputs.col(column).maxCoeff(&best);
  return static_cast<int>(best);
}

ConfusionMatrix confusion_matrix(const Matrix& outputs, const std::vector<int>& labels, int class_count) {
  if (static_cast<std::size_t>(outputs.cols()) != labels.size())
    throw std::invalid_argument("confusion_matrix: outputs and labels differ in length");
  ConfusionMatrix counts(class_count, std::vector<long>(class_count, 0));
  for (Eigen::Index j = 0; j < outputs.cols(); ++j) ++counts.at(labels[j]).at(predicted_class(outputs, j));
  return counts;
}

double rmse_in_units(const Eigen::VectorXd& residual_per_target, const Vector& target_scale, double rows) {
  double sum = 0;
  for (Eigen::Index k = 0; k < residual_per_target.size(); ++k) {
    const double s = target_scale.size() > k && target_scale[k] != 0 ? target_scale[k] : 1.0;
    sum += residual_per_target[k] / (s * s);
  }
  const auto targets = static_cast<double>(std::max<Eigen::Index>(1, residual_per_target.size()));
  return std::sqrt(sum / (rows * targets));
}

}  // namespace nnplay
