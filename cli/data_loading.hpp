#pragma once
// From the command line's data options to a Dataset, and a saved model's predictions
// for the rows of a CSV file.
#include <cstdint>
#include <string>

#include "data/dataset.hpp"
#include "io/model_json.hpp"
#include "options.hpp"

namespace nnplay::cli {

// Reads the CSV file (or built-in dataset) and builds the training set; split seeded by `seed`.
Dataset load_dataset(const Options& options, std::uint32_t seed);

struct Predictions {
  std::string csv;  // the input columns, then a probability column per class and the predicted label
};
Predictions predict_file(Model& model, const Options& options);

}  // namespace nnplay::cli
