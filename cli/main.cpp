// nnplay-train: trains a multilayer perceptron on a CSV file from the command line.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"
#include "data_loading.hpp"
#include "io/config_json.hpp"
#include "io/model_json.hpp"
#include "options.hpp"
#include "read_file.hpp"
#include "report.hpp"
#include "train/trainer.hpp"

namespace {

using namespace nnplay;

// A configuration is a few hundred bytes; a model is limited as a CSV's text is.
constexpr std::size_t kMaxConfigBytes = std::size_t{1} << 20;
const std::size_t kMaxModelBytes = CsvOptions{}.max_bytes;

// The configuration file's fields, then the flags'; `batch_given` says whether either set
// the batch size (otherwise it may be fitted to the data).
TrainingConfig training_config(const cli::Options& options, bool& batch_given) {
  nlohmann::json config = nlohmann::json::object();
  if (!options.config_path.empty())
    config =
        parse_json(cli::read_file(options.config_path, kMaxConfigBytes, "a JSON configuration"), options.config_path);
  if (!config.is_object()) throw std::invalid_argument(options.config_path + " must hold a JSON object");
  config.update(options.config);
  batch_given = config.contains("batch_size");
  return config_from_json(config);
}

int train(const cli::Options& options) {
  bool batch_given = false;
  TrainingConfig config = training_config(options, batch_given);
  DatasetBuild build = cli::load_dataset(options, config.seed);
  cli::Report report(stdout, options.json, build.dataset.task);
  for (const std::string& note : cli::data_notes(build)) report.note(note);
  // As the page does: data smaller than the default mini-batch trains with the full batch.
  const auto rows = static_cast<int>(build.dataset.train.size());
  if (!batch_given && config.batch_size > rows) {
    report.note("the " + std::to_string(rows) + " training rows are fewer than the default mini-batch of " +
                std::to_string(config.batch_size) + ": training with the full batch (--batch sets it)");
    config.batch_size = 0;
  }
  auto data = std::make_shared<const Dataset>(std::move(build.dataset));
  Trainer trainer(config, data);
  for (int e = 0; e < config.epochs && !trainer.stopped(); ++e) {
    report.epoch(trainer.train_epoch());
    std::fflush(stdout);
  }
  if (trainer.stopped()) report.stop_reason(trainer.stop_reason());
  if (data->task == Task::classification) {
    const bool validation = data->validation.size() > 0;
    const Examples& split = validation ? data->validation : data->train;
    report.confusion(confusion_matrix(trainer.predict(split), split.labels, data->class_count()), data->class_names,
                     validation ? "validation" : "training");
  }
  if (!options.save_path.empty()) {
    std::ofstream out(options.save_path);
    out << model_to_json(trainer).dump() << "\n";
    if (!out) throw std::runtime_error("cannot write the model to \"" + options.save_path + "\"");
    if (!options.json) std::printf("model saved to %s\n", options.save_path.c_str());
  }
  if (data->test.size() > 0) report.test(trainer.test_score(), static_cast<std::size_t>(data->test.size()));
  report.final_line(trainer.history().at(static_cast<std::size_t>(trainer.model_epoch() - 1)), trainer.epoch());
  return 0;
}

int predict(const cli::Options& options) {
  Model model = model_from_json(
      parse_json(cli::read_file(options.predict_model, kMaxModelBytes, "a model"), options.predict_model));
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
