// nnplay-train: trains a multilayer perceptron on a CSV file from the command line.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "data/csv/read_csv.hpp"
#include "data_loading.hpp"
#include "io/config_json.hpp"
#include "io/model_json.hpp"
#include "options.hpp"
#include "report.hpp"
#include "train/trainer.hpp"

namespace {

using namespace nnplay;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::invalid_argument("cannot open \"" + path + "\"");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TrainingConfig training_config(const cli::Options& options) {
  nlohmann::json config = nlohmann::json::object();
  if (!options.config_path.empty()) config = parse_json(read_file(options.config_path), options.config_path);
  if (!config.is_object()) throw std::invalid_argument(options.config_path + " must hold a JSON object");
  config.update(options.config);
  return config_from_json(config);
}

int train(const cli::Options& options) {
  const TrainingConfig config = training_config(options);
  auto data = std::make_shared<const Dataset>(cli::load_dataset(options, config.seed));
  Trainer trainer(config, data);
  cli::Report report(stdout, options.json, data->task);
  for (int e = 0; e < config.epochs && !trainer.stopped(); ++e) {
    report.epoch(trainer.train_epoch());
    std::fflush(stdout);
  }
  if (trainer.stopped()) report.stop_reason(trainer.stop_reason());
  if (data->task == Task::classification) {
    const bool validation = data->validation.size() > 0;
    const Examples& split = validation ? data->validation : data->train;
    report.confusion(confusion_matrix(trainer.predict(split.x), split.labels, data->class_count()), data->class_names,
                     validation ? "validation" : "training");
  }
  if (!options.save_path.empty()) {
    std::ofstream out(options.save_path);
    out << model_to_json(trainer).dump() << "\n";
    if (!out) throw std::runtime_error("cannot write the model to \"" + options.save_path + "\"");
    if (!options.json) std::printf("model saved to %s\n", options.save_path.c_str());
  }
  report.final_line(trainer.history().back());
  return 0;
}

int predict(const cli::Options& options) {
  Model model = model_from_json(parse_json(read_file(options.predict_model), options.predict_model));
  const cli::Predictions p = cli::predict_file(model, options);
  std::cout << p.csv;
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    const cli::Options options = cli::parse_options(std::vector<std::string>(argv + 1, argv + argc));
    if (options.help) {
      std::fputs(cli::usage(), stdout);
      return 0;
    }
    return options.predict_model.empty() ? train(options) : predict(options);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "nnplay-train: %s\n", e.what());
    return 1;
  }
}
