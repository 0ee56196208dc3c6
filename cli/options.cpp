#include "options.hpp"

#include <cstdlib>
#include <map>
#include <sstream>
#include <stdexcept>

namespace nnplay::cli {
namespace {

using nlohmann::json;

double parse_number(const std::string& option, const std::string& text) {
  char* end = nullptr;
  const double value = std::strtod(text.c_str(), &end);
  if (text.empty() || *end != '\0') throw std::invalid_argument(option + " needs a number, got \"" + text + "\"");
  return value;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::stringstream in(text);
  std::string item;
  while (std::getline(in, item, ',')) items.push_back(item);
  return items;
}

// --layers 16,8 with --activation relu or relu,tanh and --keep-prob 0.9 or 1,0.8.
json hidden_layers(const std::string& layers, const std::string& activations, const std::string& keep_probs) {
  json out = json::array();
  const std::vector<std::string> sizes =
      layers == "0" || layers == "none" ? std::vector<std::string>{} : split_list(layers);
  const std::vector<std::string> acts = split_list(activations);
  const std::vector<std::string> keeps = split_list(keep_probs);
  auto pick = [&](const std::vector<std::string>& list, std::size_t i, const char* option) -> std::string {
    if (list.empty()) return "";
    if (list.size() == 1) return list[0];
    if (list.size() != sizes.size())
      throw std::invalid_argument(std::string(option) + " lists " + std::to_string(list.size()) + " values for " +
                                  std::to_string(sizes.size()) + " hidden layers");
    return list[i];
  };
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    json layer = {{"units", parse_number("--layers", sizes[i])}};
    const std::string act = pick(acts, i, "--activation");
    if (!act.empty()) layer["activation"] = act;
    const std::string keep = pick(keeps, i, "--keep-prob");
    if (!keep.empty()) layer["keep_prob"] = parse_number("--keep-prob", keep);
    out.push_back(layer);
  }
  return out;
}

}  // namespace

Options parse_options(const std::vector<std::string>& args) {
  Options o;
  // Flags that set one numeric field of the training configuration.
  const std::map<std::string, std::string> numeric = {{"--lr", "learning_rate"},
                                                      {"--momentum", "momentum"},
                                                      {"--rho", "rho"},
                                                      {"--beta1", "beta1"},
                                                      {"--beta2", "beta2"},
                                                      {"--epsilon", "epsilon"},
                                                      {"--decay", "decay"},
                                                      {"--decay-epochs", "decay_epochs"},
                                                      {"--epochs", "epochs"},
                                                      {"--l1", "l1"},
                                                      {"--l2", "l2"},
                                                      {"--seed", "seed"},
                                                      {"--patience", "patience"},
                                                      {"--leaky-slope", "leaky_slope"},
                                                      {"--init-scale", "init_scale"}};
  const std::map<std::string, std::string> names = {{"--optimizer", "optimizer"},
                                                    {"--loss", "loss"},
                                                    {"--init", "init"},
                                                    {"--schedule", "schedule"},
                                                    {"--train-metrics", "train_metrics"}};
  // Flags that set one text field of the data options.
  const std::map<std::string, std::string> data_text = {
      {"--task", "task"}, {"--scaling", "scaling"}, {"--missing", "missing"}, {"--delimiter", "delimiter"}};
  std::string layers, activations, keep_probs;

  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    auto value = [&]() -> const std::string& {
      if (i + 1 >= args.size()) throw std::invalid_argument(arg + " needs a value");
      return args[++i];
    };
    if (arg == "--help" || arg == "-h") {
      o.help = true;
    } else if (arg == "--json") {
      o.json = true;
    } else if (numeric.count(arg)) {
      o.config[numeric.at(arg)] = parse_number(arg, value());
    } else if (names.count(arg)) {
      o.config[names.at(arg)] = value();
    } else if (arg == "--batch") {
      const std::string& v = value();
      o.config["batch_size"] = v == "full" ? 0.0 : parse_number(arg, v);
    } else if (arg == "--layers") {
      layers = value();
    } else if (arg == "--activation") {
      activations = value();
    } else if (arg == "--keep-prob") {
      keep_probs = value();
    } else if (arg == "--config") {
      o.config_path = value();
    } else if (arg == "--builtin") {
      o.builtin = value();
    } else if (arg == "--labels") {
      o.labels_path = value();
    } else if (arg == "--test-data") {
      o.test_data_path = value();
    } else if (arg == "--test-labels") {
      o.test_labels_path = value();
    } else if (arg == "--target") {
      // A whole number is a 1-based column number, anything else a name.
      const std::string& v = value();
      const bool number = !v.empty() && v.find_first_not_of("0123456789") == std::string::npos;
      o.data["target"] = number ? json(parse_number(arg, v)) : json(v);
    } else if (data_text.count(arg)) {
      o.data[data_text.at(arg)] = value();
    } else if (arg == "--val") {
      o.data["validation_fraction"] = parse_number(arg, value());
    } else if (arg == "--no-header") {
      o.data["header"] = false;
    } else if (arg == "--skip-ragged") {
      o.data["skip_ragged_rows"] = true;
    } else if (arg == "--derive") {
      o.data["derived"] = split_list(value());

    } else if (arg == "--save") {
      o.save_path = value();
    } else if (arg == "--predict") {
      o.predict_model = value();
    } else if (arg.size() > 1 && arg[0] == '-' && arg != "-") {
      throw std::invalid_argument("unknown option " + arg + " (see --help)");
    } else if (o.data_path.empty()) {
      o.data_path = arg;
    } else {
      throw std::invalid_argument("more than one data file given: \"" + o.data_path + "\" and \"" + arg + "\"");
    }
  }
  if (!layers.empty() || !activations.empty() || !keep_probs.empty()) {
    if (layers.empty()) layers = "8";
    o.config["hidden_layers"] = hidden_layers(layers, activations, keep_probs);
  }
  if (!o.help && o.data_path.empty() && o.builtin.empty())
    throw std::invalid_argument("no data: give a CSV file or --builtin NAME (see --help)");
  if (!o.labels_path.empty() && o.data_path.empty())
    throw std::invalid_argument("--labels goes with an IDX pictures file as the data (see --help)");
  if (o.test_data_path.empty() != o.test_labels_path.empty())
    throw std::invalid_argument("--test-data and --test-labels go together: the test pictures and their labels");
  if (!o.test_data_path.empty() && o.labels_path.empty())
    throw std::invalid_argument("--test-data goes with IDX files: give the training pictures as DATA and --labels");
  return o;
}

const char* usage() {
  return R"(usage: nnplay-train DATA.csv [options]
       nnplay-train --builtin NAME [options]
       nnplay-train PICTURES-idx3-ubyte --labels LABELS-idx1-ubyte [options]
       nnplay-train DATA.csv --predict MODEL.json

Trains a multilayer perceptron on a CSV file and prints one line per epoch.

data
  --target NAME|N        target column by name or 1-based number (default: the last)
  --task KIND            classification or regression (default: inferred from the target)
  --val FRACTION         validation fraction, stratified (default 0.2)
  --scaling KIND         standardize, minmax or none (default standardize)
  --missing POLICY       drop rows with missing values, or impute them (default drop)
  --delimiter C          ",", ";" or a tab (default: detected)
  --no-header            the first row is data (default: detected)
  --skip-ragged          skip rows with a wrong number of fields instead of failing
  --builtin NAME         a built-in dataset instead of a file
  --labels FILE          DATA is an IDX pictures file (MNIST's format, …-images-idx3-ubyte,
                         uncompressed) and FILE its labels (…-labels-idx1-ubyte)
  --test-data FILE       IDX test pictures (…t10k-images-idx3-ubyte) and, with --test-labels
  --test-labels FILE     FILE, their labels: the test set, scored after training
  --derive NAME[,..]     inputs computed from two numeric inputs x1, x2 (scaled): x1sq, x2sq,
                         x1x2, sinx1, sinx2 (x1², x2², x1·x2, sin x1, sin x2)
network
  --layers 16,8          hidden layer sizes (default 8; 0 for none)
  --activation NAME[,..] sigmoid, tanh, relu, leaky_relu, linear (default relu)
  --keep-prob P[,..]     dropout keep probability per hidden layer (default 1)
  --leaky-slope S        slope of leaky ReLU below 0 (default 0.01)
  --loss NAME            auto, binary_cross_entropy, categorical_cross_entropy, mse
  --init NAME            he, xavier, lecun (randn·√(1/n)), normal (randn × --init-scale), uniform (default he)
  --init-scale S         the scale of --init normal (default 0.01)
training
  --optimizer NAME       sgd, momentum, nesterov, adagrad, rmsprop, adam (default adam)
  --lr RATE              learning rate (default 0.01)
  --momentum M --rho R --beta1 B1 --beta2 B2 --epsilon E
  --schedule NAME        constant, step, inverse (with --decay D, --decay-epochs N)
  --batch N|full         mini-batch size; 1 is SGD, full is full-batch gradient descent (default 32)
  --epochs N             (default 100)
  --l1 LAMBDA            L1 penalty, (λ/N)·Σ|W| in the cost (default 0)
  --l2 LAMBDA            L2 penalty, (λ/2N)·ΣW² in the cost (default 0)
  --patience N           early stopping after N epochs without a better validation loss
  --train-metrics KIND   where the training loss and accuracy come from: exact (a pass over
                         the training rows after each epoch, the default) or batches (the
                         epoch's mini-batches as they trained: no extra pass)
  --seed N               seed for weights, split, shuffling and dropout (default 1)
  --config FILE          a JSON training configuration; flags override its fields
output
  --save FILE            save the trained model (JSON, with its preprocessing)
  --predict MODEL        load a saved model and print its predictions for DATA.csv
  --json                 one JSON object per epoch instead of a table
)";
}

}  // namespace nnplay::cli
