#pragma once
// Derived inputs for 2-D data, as TensorFlow Playground offers them: from the two scaled
// inputs x₁ and x₂ (what the network sees), extra rows of x in this order, not rescaled:
//   x1sq: x₁²,  x2sq: x₂²,  x1x2: x₁·x₂,  sinx1: sin x₁,  sinx2: sin x₂
// The Preprocessing records which (preprocessing.hpp), so every path from raw values to
// network inputs appends the same rows.
#include <string>
#include <vector>

#include "core/tensor.hpp"

namespace nnplay {

enum class DerivedInput { x1sq, x2sq, x1x2, sinx1, sinx2 };

const char* name_of(DerivedInput d);  // "x1sq", ...
// "x1sq, x2sq, x1x2, sinx1, sinx2": for messages.
std::string derived_input_names();

// Names -> derived inputs in the order above. An unknown name or a repeat throws
// std::invalid_argument naming `field` and the valid names.
std::vector<DerivedInput> derived_inputs_from_names(const std::vector<std::string>& names, const std::string& field);

// The feature's name from the two input columns' names a and b: a², b², a·b, sin a, sin b.
std::string derived_feature_name(DerivedInput d, const std::string& a, const std::string& b);

// x: the two scaled inputs (2 x n) -> them and the derived rows below (2 + derived x n).
// With none derived, x comes back as it is.
Matrix with_derived_inputs(const std::vector<DerivedInput>& derived, Matrix x);

}  // namespace nnplay
