#include "nn/loss.hpp"

#include <cmath>
#include <stdexcept>

#include "core/enum_names.hpp"

namespace nnplay {

double loss_sum(Loss loss, const ConstMatrixRef& Z, const ConstMatrixRef& A, const ConstMatrixRef& Y) {
  double total = 0.0;
  switch (loss) {
    case Loss::binary_cross_entropy:
      // -[y log s(z) + (1-y) log(1-s(z))] = max(z,0) - z y + log(1 + exp(-|z|))
      for (Eigen::Index j = 0; j < Z.cols(); ++j)
        for (Eigen::Index k = 0; k < Z.rows(); ++k) {
          const double z = Z(k, j), y = Y(k, j);
          total += std::max(z, 0.0) - z * y + std::log1p(std::exp(-std::abs(z)));
        }
      break;
    case Loss::categorical_cross_entropy:
      // -sum_k y_k log softmax(z)_k = sum_k y_k (logsumexp(z) - z_k)
      for (Eigen::Index j = 0; j < Z.cols(); ++j) {
        const double top = Z.col(j).maxCoeff();
        double sum = 0.0;
        for (Eigen::Index k = 0; k < Z.rows(); ++k) sum += std::exp(Z(k, j) - top);
        const double lse = top + std::log(sum);
        for (Eigen::Index k = 0; k < Z.rows(); ++k)
          if (Y(k, j) != 0) total += Y(k, j) * (lse - Z(k, j));
      }
      break;
    case Loss::mean_squared_error:
      for (Eigen::Index j = 0; j < A.cols(); ++j)
        total += (A.col(j) - Y.col(j)).template cast<double>().squaredNorm() / static_cast<double>(A.rows());
      break;
  }
  return total;
}

void output_dZ(Loss loss, Activation output, Scalar slope, const ConstMatrixRef& Z, const ConstMatrixRef& A,
               const ConstMatrixRef& Y, MatrixRef dZ) {
  switch (loss) {
    case Loss::binary_cross_entropy:
    case Loss::categorical_cross_entropy:
      if (!loss_accepts(loss, output))
        throw std::logic_error(std::string(name_of(loss)) + " needs " +
                               (loss == Loss::binary_cross_entropy ? "sigmoid" : "softmax") + " outputs");
      dZ = A - Y;  // dZ = A - Y
      break;
    case Loss::mean_squared_error:
      // dA = 2 (A - Y) / K, then dZ = dA ⊙ f'(Z).
      dZ = (A - Y) * (Scalar(2) / static_cast<Scalar>(A.rows()));
      backprop_activation(output, slope, Z, A, dZ);
      break;
  }
}

bool loss_accepts(Loss loss, Activation output) {
  switch (loss) {
    case Loss::binary_cross_entropy: return output == Activation::sigmoid;
    case Loss::categorical_cross_entropy: return output == Activation::softmax;
    case Loss::mean_squared_error: return true;
  }
  return false;
}

const char* name_of(Loss loss) {
  switch (loss) {
    case Loss::binary_cross_entropy: return "binary_cross_entropy";
    case Loss::categorical_cross_entropy: return "categorical_cross_entropy";
    case Loss::mean_squared_error: return "mse";
  }
  return "?";
}

Loss loss_from_name(const std::string& name, const std::string& field) {
  return enum_from_name(
      name, field, std::array{Loss::binary_cross_entropy, Loss::categorical_cross_entropy, Loss::mean_squared_error});
}

}  // namespace nnplay
