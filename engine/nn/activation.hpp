#pragma once
// Activation functions over whole matrices: A = f(Z), and dZ = dA * f'(Z).
#include <string>

#include "core/tensor.hpp"

namespace nnplay {

enum class Activation { sigmoid, tanh, relu, leaky_relu, linear, softmax };

// A = f(Z), column by column for softmax. `slope` is leaky ReLU's slope for Z < 0.
void activate(Activation f, Scalar slope, const ConstMatrixRef& Z, MatrixRef A);

// Turns dA into dZ in place: delta <- delta * f'(Z). Softmax uses its Jacobian:
// dZ = A * (dA - sum_k(dA * A)), column by column.
void backprop_activation(Activation f, Scalar slope, const ConstMatrixRef& Z, const ConstMatrixRef& A, MatrixRef delta);

const char* name_of(Activation f);
// Throws std::invalid_argument naming `field` and the allowed names.
Activation activation_from_name(const std::string& name, const std::string& field);

}  // namespace nnplay
