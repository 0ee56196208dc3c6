#pragma once
// Stage 5 of building a data set (build.hpp): the derived inputs asked for
// (derived_inputs.hpp), recorded in the preprocessing and appended to every split's x.
#include <vector>

#include "data/dataset.hpp"
#include "data/derived_inputs.hpp"

namespace nnplay {

// Throws DataError unless `derived` is empty or the encoded inputs are exactly two
// numeric features.
void derive_inputs(const std::vector<DerivedInput>& derived, Dataset& d);

}  // namespace nnplay
