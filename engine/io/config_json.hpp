#pragma once
// TrainingConfig as JSON: the one format the CLI, the WebAssembly API, saved models
// and the page's URL state share.
//
// {"hidden_layers": [{"units": 16, "activation": "relu", "keep_prob": 1}],
//  "loss": "auto", "init": "he", "init_scale": 0.01, "leaky_slope": 0.01,
//  "optimizer": "adam", "learning_rate": 0.01, "momentum": 0.9, "rho": 0.9,
//  "beta1": 0.9, "beta2": 0.999, "epsilon": 1e-8,
//  "schedule": "constant", "decay": 0.5, "decay_epochs": 10,
//  "batch_size": 32, "epochs": 100, "l1": 0, "l2": 0, "seed": 1, "patience": 0,
//  "train_metrics": "exact"}
#include <nlohmann/json.hpp>

#include "train/config.hpp"

namespace nnplay {

nlohmann::json config_to_json(const TrainingConfig& config);

// Fields left out keep their defaults; unknown fields, wrong types and out-of-range
// values throw std::invalid_argument naming the field. The result is validated.
TrainingConfig config_from_json(const nlohmann::json& json);

}  // namespace nnplay
