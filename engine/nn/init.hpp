#pragma once
// Weight initialization: W[l] drawn from a seeded generator; biases start at zero.
#include <string>

#include "core/rng.hpp"
#include "core/tensor.hpp"

namespace nnplay {

enum class Init {
  normal,   // randn · scale, scale set by the configuration (0.01 in the teaching material)
  lecun,    // randn · √(1/n_in): LeCun normal, as the teaching material's deeper example writes it
  xavier,   // Glorot uniform: U(-l, l), l = √(6 / (n_in + n_out)), for tanh and sigmoid
  he,       // randn · √(2/n_in), for ReLU layers
  uniform,  // U(-1/√n_in, 1/√n_in)
};

// Fills W (n_out x n_in) column by column from `rng`; `normal_scale` is Init::normal's scale.
void initialize_weights(Init init, Scalar normal_scale, MatrixRef W, Rng& rng);

const char* name_of(Init init);
// Also reads "gaussian", the name randn · √(1/n_in) had before it was called lecun, so
// models and links saved then load with the same weights.
Init init_from_name(const std::string& name, const std::string& field);

}  // namespace nnplay
