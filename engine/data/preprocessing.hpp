#pragma once
// How a raw table row becomes a feature vector; fitted on the training split only,
// stored with a saved model and applied to validation, test and prediction inputs.
#include <string>
#include <utility>
#include <vector>

#include "core/tensor.hpp"
#include "data/derived_inputs.hpp"

namespace nnplay {

enum class Scaling { none, standardize, minmax };
enum class MissingPolicy { drop_rows, impute };

struct InputColumn {
  enum class Kind { numeric, categorical, ignored };
  std::string name;
  Kind kind = Kind::numeric;
  std::vector<std::string> categories;  // categorical: one-hot order
  // Used for a missing value when missing == impute (fitted on the training split):
  double fill_value = 0;  // numeric: the mean
  int fill_category = 0;  // categorical: the most frequent category
};

struct Preprocessing {
  std::vector<InputColumn> inputs;  // the source columns a prediction row gives, in order
  // Where the target sat among the source columns (-1: unknown). A prediction row may
  // include it (one field more than `inputs`); that field is then skipped.
  int target_position = -1;
  MissingPolicy missing = MissingPolicy::drop_rows;
  Scaling scaling = Scaling::standardize;
  Vector offset;  // per feature: x_scaled = (x - offset) * scale
  Vector scale;
  // Regression: per target, t_trained = (t - target_offset) * target_scale, standardized
  // on the training split unless scaling is none, so that targets in any units (prices,
  // years) train with the same learning rates. Empty for classification.
  Vector target_offset;
  Vector target_scale;
  // Inputs computed from the two scaled numeric inputs, appended after them (derived_inputs.hpp).
  std::vector<DerivedInput> derived;

  // Features the inputs encode to before the derived ones: 1 per numeric, one per
  // category (offset and scale have one value per encoded feature).
  int encoded_feature_count() const;
  // The network's inputs (rows of x): the encoded features, then the derived ones.
  int feature_count() const { return encoded_feature_count() + static_cast<int>(derived.size()); }
  // "petal_width", "color=red", ... one per encoded feature, then "x²", "x·y", "sin x", ...
  std::vector<std::string> feature_names() const;
};

const char* to_string(Scaling scaling);
const char* to_string(MissingPolicy policy);
const char* to_string(InputColumn::Kind kind);  // numeric, categorical, ignored

// x <- (x - offset) * scale, per feature (row). offset and scale are fitted by
// build_dataset on the training split: only features from numeric inputs are scaled,
// one-hot features keep offset 0, scale 1.
void apply_scaling(const Preprocessing& p, MatrixRef x);
// out[i] = (in[i] - offset[i]) * scale[i] for n features: how every path scales. In
// float; where that overflows (features near the float limits), in double, saturated to
// the float range, so a value far outside the training range becomes the largest float,
// not infinity. out may be in.
void scale_features(const Scalar* in, const Scalar* offset, const Scalar* scale, Scalar* out, std::size_t n);

// Fits target_offset and target_scale on the training split's targets (targets x n).
void fit_target_scaling(Preprocessing& p, const ConstMatrixRef& targets);
// targets <- (targets - target_offset) * target_scale.
void apply_target_scaling(const Preprocessing& p, MatrixRef targets);
// The network's outputs (outputs x n) in the data's units: regression outputs are mapped
// back through the target scaling; without one (classification) nothing changes.
void decode_outputs(const Preprocessing& p, MatrixRef outputs);

// The two numeric input columns (indices into inputs) of data that spans a plane, for
// 2-D views: exactly two inputs that are not ignored, both numeric. Otherwise throws,
// naming `what` ("decisionGrid needs data with exactly 2 numeric feature columns").
std::pair<std::size_t, std::size_t> plane_inputs(const Preprocessing& p, const std::string& what);
// Throws DataError unless p's derived inputs are empty or its encoded features are
// exactly two numeric inputs ("derived inputs need exactly two numeric input features;
// this data has 4: ...").
void check_derived_inputs(const Preprocessing& p);

// Prediction rows as text fields (e.g. a CSV row typed in the page) -> scaled x with the
// derived inputs, features x rows. Each row has one field per input, or one more holding the target.
// Empty/NA fields are imputed under MissingPolicy::impute, an error otherwise.
Matrix encode_rows(const Preprocessing& p, const std::vector<std::vector<std::string>>& rows);
// Prediction rows as numbers: raw is inputs x n (one row per input column, ignored ones
// included, NaN for missing); a categorical input's value is matched to its category
// names as a number ("3" for 3.0). Errors count rows from first_row + 1.
Matrix encode_numbers(const Preprocessing& p, const ConstMatrixRef& raw, Eigen::Index first_row = 0);
// The inverse for numeric inputs: scaled x (features x n, as encode_numbers makes) -> the
// raw values, inputs x n in the data's units; NaN for categorical and ignored inputs, whose
// raw value x does not hold (an image's pixels back from the examples trained on).
Matrix raw_inputs(const Preprocessing& p, const ConstMatrixRef& x);

}  // namespace nnplay
