#pragma once
// Internal to dataset_builder: the preprocessing fitted on the training rows of a table,
// in one pass over them: the imputation values (mean of each numeric input, most
// frequent category of each categorical one) and the feature scaling (offset, scale).
#include <cstddef>
#include <vector>

#include "data/plan.hpp"
#include "data/preprocessing.hpp"
#include "data/table.hpp"

namespace nnplay {

// p.inputs, p.missing and p.scaling are set; train holds indices into plan.rows.
// Scaling is fitted on the features as encoded, imputed values included.
void fit_preprocessing(Preprocessing& p, const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& train);

}  // namespace nnplay
