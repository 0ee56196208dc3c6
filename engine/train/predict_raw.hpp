#pragma once
// Predictions for rows of raw numbers (what encode_numbers takes), a chunk of rows at a
// time: each chunk's values, their encoding and the layers' outputs stay in the cache,
// and the whole input is never held encoded as well as raw.
#include <functional>

#include "data/preprocessing.hpp"
#include "nn/network.hpp"

namespace nnplay {

// Writes rows [first, first + n) at `out` as an inputs x n column-major block.
using RawRowReader = std::function<void(Eigen::Index first, Eigen::Index n, Scalar* out)>;

// The network's outputs for `rows` rows (outputs x rows, not decoded).
Matrix predict_raw(Network& network, const Preprocessing& p, Eigen::Index rows, const RawRowReader& read,
                   Eigen::Index chunk = 256);

}  // namespace nnplay
