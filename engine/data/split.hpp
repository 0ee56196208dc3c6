#pragma once
// Stage 2 of building a data set (build.hpp): seeded train/validation/test splits of the
// plan's rows, stratified by class for classification, so every split has the classes in
// (nearly) the data's proportions.
#include <cstdint>
#include <vector>

#include "data/dataset_options.hpp"
#include "data/plan.hpp"

namespace nnplay {

struct SplitIndices {
  std::vector<std::size_t> train, validation, test;  // ascending positions in the input
};

// labels[i] in [0, classes). Every class keeps at least one training example; fractions
// are rounded per class, with the remainders going to the classes that lost most to
// rounding, so the split sizes are round(n * fraction). Throws DataError when a requested
// split would be empty.
SplitIndices stratified_split(const std::vector<int>& labels, int classes, double validation_fraction,
                              double test_fraction, std::uint64_t seed);

// The same for n examples without classes (regression).
SplitIndices random_split(std::size_t n, double validation_fraction, double test_fraction, std::uint64_t seed);

// The plan's rows (positions in plan.rows) split as the options ask: stratified for
// classification, random for regression.
SplitIndices split_rows(const DatasetPlan& plan, const DatasetOptions& options);

}  // namespace nnplay
