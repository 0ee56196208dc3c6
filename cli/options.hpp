#pragma once
// The command line of nnplay-train, parsed into a configuration and data options.
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace nnplay::cli {

struct Options {
  std::string data_path;                             // CSV file
  std::string builtin;                               // --builtin NAME instead of a file
  std::string test_data_path, test_labels_path;      // --test-data, --test-labels: IDX test files
  std::string labels_path;                           // --labels FILE: data_path is IDX pictures, this their labels
  nlohmann::json config = nlohmann::json::object();  // TrainingConfig fields given on the command line
  std::string config_path;                           // --config FILE: a JSON configuration the flags override
  nlohmann::json data = nlohmann::json::object();    // data options (engine/io/data_options.hpp) given
  std::string save_path;                             // --save FILE
  std::string predict_model;                         // --predict MODEL: predict the data's rows instead of training
  bool json = false;                                 // one JSON object per epoch instead of a table
  bool help = false;
};

// Throws std::invalid_argument naming the option, e.g. "--lr needs a number, got \"fast\"".
Options parse_options(const std::vector<std::string>& args);

const char* usage();

}  // namespace nnplay::cli
