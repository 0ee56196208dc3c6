#pragma once
// A trained model as JSON: the network's shape and weights with the preprocessing that
// turns raw rows into its inputs, so a saved model predicts on its own.
//
// {"format": "nnplay-model", "version": 1, "task": "classification",
//  "loss": "categorical_cross_entropy", "leaky_slope": 0.01, "inputs": 4,
//  "layers": [{"units": 8, "activation": "relu", "keep_prob": 1,
//              "weights": [[...inputs values...] x units], "biases": [...]}, ...],
//  "feature_names": [...], "class_names": [...], "target_names": [...],
//  "preprocessing": {...}, "config": {...the training configuration...},
//  "epochs_trained": 50, "weights_of_epoch": 42}
// weights_of_epoch: the epoch whose weights these are, earlier than epochs_trained once
// early stopping restored the best ones.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/message.hpp"
#include "data/dataset.hpp"
#include "nn/network.hpp"
#include "train/config.hpp"
#include "train/trainer.hpp"

namespace nnplay {

struct Model {
  Task task = Task::classification;
  Loss loss = Loss::categorical_cross_entropy;
  Network network;
  std::vector<std::string> feature_names, class_names, target_names;
  Preprocessing preprocessing;
  TrainingConfig config;
  int epochs_trained = 0;
  int weights_of_epoch = 0;
  // Whether the file named its input columns (its preprocessing); without, the inputs are
  // the network's, in order, and rows are matched by position.
  bool named_inputs = true;
};

nlohmann::json model_to_json(const Trainer& trainer);

// Validates everything before use (format, version, shapes, counts, finite numbers) and
// throws std::invalid_argument naming the field, e.g. "layers[1].weights has 7 rows, expected 8".
Model model_from_json(const nlohmann::json& json);

// A JSON text's parse errors (a number beyond the double range included) become
// std::invalid_argument with the position.
nlohmann::json parse_json(std::string_view text, const MessageArg& what);

}  // namespace nnplay
