#pragma once
// From the command line's data options to a Dataset, and a saved model's predictions
// for the rows of a CSV file.
#include <cstdint>
#include <string>

#include "data/build.hpp"
#include "data/dataset.hpp"
#include "io/model_json.hpp"
#include "options.hpp"

namespace nnplay::cli {

// Reads the CSV file (or built-in dataset) and builds the training set; split seeded by `seed`.
DatasetBuild load_dataset(const Options& options, std::uint32_t seed);

// What the build did to the columns, one sentence each, as the page's data summary says
// it: columns dropped and why, warnings, categorical columns one-hot encoded, scaling.
std::vector<std::string> data_notes(const DatasetBuild& build);

struct Predictions {
  std::string csv;  // the input columns, then a probability column per class and the predicted label
};
Predictions predict_file(Model& model, const Options& options);

}  // namespace nnplay::cli
