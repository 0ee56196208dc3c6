#pragma once
// What a Playground holds, for the files that define its calls (playground*.cpp): the data,
// the configuration, the trainer, and an imported model while it predicts.
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "data/csv/csv_stream.hpp"
#include "data/dataset.hpp"
#include "io/model_fit.hpp"
#include "io/model_json.hpp"
#include "playground.hpp"
#include "train/config.hpp"
#include "train/trainer.hpp"

namespace nnplay::bindings {

struct Playground::State {
  TrainingConfig config;
  std::shared_ptr<const Dataset> data;
  std::string summary;               // JSON of the loaded data, "" when none
  std::unique_ptr<Trainer> trainer;  // made on first use, dropped when data or config change
  // An imported model predicts until training starts again (trainEpochs, reset); the
  // JSON it came from is what exportModel gives back meanwhile.
  std::unique_ptr<Model> model;
  nlohmann::json model_json;
  // How the imported model fits the loaded data: the differences, or its scores on it.
  std::vector<std::string> model_differences;
  std::optional<ModelScores> model_scores;
  // A CSV coming in pieces (begin_csv ... finish_csv), with its options' JSON.
  std::unique_ptr<CsvStream> csv_pieces;
  std::string csv_pieces_options;
};

}  // namespace nnplay::bindings
