#pragma once
// An imported model against the loaded data: whether it takes the data's columns and
// predicts its classes, and if so, how well it does on the data's splits.
#include <memory>
#include <string>
#include <vector>

#include "data/dataset.hpp"
#include "io/model_json.hpp"
#include "train/metrics.hpp"

namespace nnplay {

// One sentence per way the model does not fit the data: another task, other input
// columns (names, kinds, categories in order), other classes. Empty when it fits.
std::vector<std::string> model_differences(const Model& model, const Dataset& data);

struct ModelScores {
  EpochMetrics metrics;               // epoch: the model's weights_of_epoch; seconds 0
  ConfusionMatrix train, validation;  // classification; validation empty without validation rows
};

// The model's figures on the data's training and validation rows, as training reports
// them (the cost with the model's L2 term). The data's features are taken back to raw
// values with the data's scaling and scaled with the model's. Requires
// model_differences(model, data) to be empty.
ModelScores score_model(Model& model, const Dataset& data);

// The data as the model's network takes it, to train the model further (fine-tuning): the
// data's examples in the model's scaling with the model's derived inputs, and the model's
// preprocessing, so that a raw row is encoded as the examples trained on were. The same
// data when the scalings agree already. Requires model_differences(model, *data) to be empty.
std::shared_ptr<const Dataset> data_for_model(const Model& model, std::shared_ptr<const Dataset> data);

}  // namespace nnplay
