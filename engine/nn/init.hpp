#pragma once
// Weight initialization. Biases start at zero.
#include <string>

#include "core/rng.hpp"
#include "core/tensor.hpp"

namespace nnplay {

enum class Init {
  gaussian,  // randn * sqrt(1 / n_in), as in the teaching material
  xavier,    // Glorot uniform: U(-l, l), l = sqrt(6 / (n_in + n_out))
  he,        // randn * sqrt(2 / n_in), for ReLU layers
  uniform,   // U(-1/sqrt(n_in), 1/sqrt(n_in))
};

// Fills W (n_out x n_in) column by column from `rng`.
void initialize_weights(Init init, MatrixRef W, Rng& rng);

const char* name_of(Init init);
Init init_from_name(const std::string& name, const std::string& field);

}  // namespace nnplay
