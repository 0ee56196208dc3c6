#include "nn/activation.hpp"

#include <stdexcept>

#include "core/enum_names.hpp"

namespace nnplay {

void activate(Activation f, Scalar slope, const ConstMatrixRef& Z, MatrixRef A) {
  switch (f) {
    case Activation::sigmoid: A.array() = (Scalar(1) + (-Z.array()).exp()).inverse(); break;
    case Activation::tanh: A.array() = Z.array().tanh(); break;
    case Activation::relu: A.array() = Z.array().max(Scalar(0)); break;
    case Activation::leaky_relu: A.array() = (Z.array() > Scalar(0)).select(Z.array(), slope * Z.array()); break;
    case Activation::linear: A = Z; break;
    case Activation::softmax:
      // Shifting by the column maximum keeps exp() from overflowing.
      for (Eigen::Index j = 0; j < Z.cols(); ++j) {
        const Scalar top = Z.col(j).maxCoeff();
        A.col(j).array() = (Z.col(j).array() - top).exp();
        A.col(j) /= A.col(j).sum();
      }
      break;
  }
}

void backprop_activation(Activation f, Scalar slope, const ConstMatrixRef& Z, const ConstMatrixRef& A,
                         MatrixRef delta) {
  switch (f) {
    case Activation::sigmoid:  // f' = A (1 - A)
      delta.array() *= A.array() * (Scalar(1) - A.array());
      break;
    case Activation::tanh:  // f' = 1 - A^2
      delta.array() *= Scalar(1) - A.array().square();
      break;
    case Activation::relu: delta.array() = (Z.array() > Scalar(0)).select(delta.array(), Scalar(0)); break;
    case Activation::leaky_relu:
      delta.array() = (Z.array() > Scalar(0)).select(delta.array(), slope * delta.array());
      break;
    case Activation::linear: break;
    case Activation::softmax:
      for (Eigen::Index j = 0; j < A.cols(); ++j) {
        const Scalar dot = delta.col(j).dot(A.col(j));
        delta.col(j).array() = A.col(j).array() * (delta.col(j).array() - dot);
      }
      break;
  }
}

const char* name_of(Activation f) {
  switch (f) {
    case Activation::sigmoid: return "sigmoid";
    case Activation::tanh: return "tanh";
    case Activation::relu: return "relu";
    case Activation::leaky_relu: return "leaky_relu";
    case Activation::linear: return "linear";
    case Activation::softmax: return "softmax";
  }
  return "?";
}

Activation activation_from_name(const std::string& name, const std::string& field) {
  return enum_from_name(name, field,
                        std::array{Activation::sigmoid, Activation::tanh, Activation::relu, Activation::leaky_relu,
                                   Activation::linear, Activation::softmax});
}

}  // namespace nnplay
