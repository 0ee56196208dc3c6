#pragma once
// Losses of the output layer, in forms that stay finite for extreme logits.
#include <string>

#include "core/tensor.hpp"
#include "nn/activation.hpp"

namespace nnplay {

enum class Loss { binary_cross_entropy, categorical_cross_entropy, mean_squared_error };

// Sum over the batch of each example's loss; Z are the output layer's pre-activations,
// A = f(Z) its outputs, Y the targets (outputs x m). Cross-entropies read Z
// (log-sum-exp form), so saturated outputs never give log(0).
//   binary:      L = -sum_k [y log a + (1-y) log(1-a)]     (sigmoid outputs)
//   categorical: L = -sum_k y log a                        (softmax outputs)
//   mse:         L = (1/K) sum_k (a - y)^2
double loss_sum(Loss loss, const ConstMatrixRef& Z, const ConstMatrixRef& A, const ConstMatrixRef& Y);

// dZ of the output layer, per example (outputs x m): d L(a, y) / dZ for each column.
// For sigmoid + binary and softmax + categorical cross-entropy this is A - Y (the
// activation's derivative cancels the log's); for mean squared error it is
// dA = 2(A - Y)/K taken through f'(Z). The 1/m of the batch's mean goes into dW and db.
void output_dZ(Loss loss, Activation output, Scalar slope, const ConstMatrixRef& Z, const ConstMatrixRef& A,
               const ConstMatrixRef& Y, MatrixRef dZ);

// The output activation a loss is defined for (mse: any).
bool loss_accepts(Loss loss, Activation output);

const char* name_of(Loss loss);
Loss loss_from_name(const std::string& name, const std::string& field);

}  // namespace nnplay
