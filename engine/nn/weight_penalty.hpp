#pragma once
// The weight penalties of the cost, both over N, the training rows, so that the term and its
// gradient are the same for full batches and mini-batches (biases are not penalized):
//   J += (λ₁/N)·Σ_l Σ|W[l]| + (λ₂/2N)·Σ_l ΣW[l]²
//   dW[l] += (λ₁/N)·sign(W[l]) + (λ₂/N)·W[l]      (sign(0) = 0)
#include "core/tensor.hpp"

namespace nnplay {

struct WeightPenalty {
  Scalar l1_over_n = 0;  // λ₁/N
  Scalar l2_over_n = 0;  // λ₂/N
};

}  // namespace nnplay
