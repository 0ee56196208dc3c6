#pragma once
// Stage 3 of building a data set (build.hpp): the preprocessing fitted on the training
// rows of a table, in one pass over them: the imputation values (mean of each numeric
// input, most frequent category of each categorical one) and the feature scaling
// (offset, scale); for regression also the target scaling.
#include <cstddef>
#include <vector>

#include "data/dataset_options.hpp"
#include "data/plan.hpp"
#include "data/preprocessing.hpp"
#include "data/table.hpp"

namespace nnplay {

// `train` holds positions in plan.rows. Scaling is fitted on the features as encoded,
// imputed values included.
Preprocessing fit_preprocessing(const DatasetPlan& plan, const Table& t, const std::vector<std::size_t>& train,
                                const DatasetOptions& options);

}  // namespace nnplay
