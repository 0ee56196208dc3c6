#pragma once
// The facade the worker drives: one data set, one configuration, one trainer (or a model
// imported for prediction, which training continues: fine-tuning).
// Thin: it only holds the engine's objects, converts between JS values and engine
// types, and keeps every call all-or-nothing (a failed call leaves the state as it was).
//
// Errors: no method lets a C++ exception out. A failing call records the message,
// returns an empty value, and the JS wrapper (nnplay.mjs) throws it as an Error right
// after the call returns (see takeError). Throwing the JS Error from inside the wasm
// call instead (val::throw_) would skip the C++ destructors of the frames it unwinds
// and Embind's frees of the argument copies, leaking memory on every error.
#include <emscripten/val.h>

#include <cstdint>
#include <exception>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "data/build.hpp"
#include "data/dataset.hpp"
#include "data/idx.hpp"
#include "data/preprocessing.hpp"
#include "train/config.hpp"
#include "train/metrics.hpp"
#include "train/trainer.hpp"

namespace nnplay::bindings {

using emscripten::val;

class Playground {
 public:
  Playground();
  ~Playground();

  // Data. `text` is the CSV's UTF-8 text (Embind accepts a JS string or a Uint8Array);
  // options and the returned summary are JSON. Loading data resets training (an imported
  // model keeps predicting until training starts).
  // release_text, when given, is called once the text is parsed, before the data set is
  // built: the memory of a large file can then hold the data set.
  std::string load_csv(std::string_view text, const std::string& options_json,
                       const std::function<void()>& release_text = nullptr);
  // A CSV given in pieces, read as they come (engine/data/csv/csv_stream.hpp): begin_csv,
  // then for each piece csv_room (where to write it: 0 when the heap cannot hold it, which
  // ends the pieces) and add_csv (false: the rest is not needed), then finish_csv:
  // load_csv's summary, or "" with no error when the file must be given whole to load_csv
  // after all.
  bool begin_csv(const std::string& options_json, double total_bytes);
  std::uintptr_t csv_room(double bytes);
  bool add_csv(double bytes);
  std::string finish_csv();
  // IDX files (MNIST's format, engine/data/idx.hpp): the pictures and their labels, maybe
  // the data's own test pictures and labels, with loadCsv's options (the target is the
  // "label" column); release_files as release_text.
  std::string load_idx(const IdxFiles& files, const std::string& options_json,
                       const std::function<void()>& release_files = nullptr);
  std::string load_builtin(const std::string& name, const std::string& options_json);
  // The summary for these options without loading anything (the page shows it while the
  // user picks the target); throws only when the target cannot be found.
  std::string inspect_csv(std::string_view text, const std::string& options_json);
  std::string summary();

  // Configuration as the engine's JSON; returns the normalized configuration.
  // With data loaded, the configuration is also checked against it. Resets training, or,
  // while an imported model that fits the data predicts, continues from its weights when
  // the configuration keeps its network's shape (learning rate, optimizer, epochs... may change).
  std::string configure(const std::string& config_json);
  std::string config();
  // The output layer and loss the configuration gets on the loaded data (resolve_output:
  // the one place that rule is written): {units, activation, loss}; null without data.
  val output();

  // Training: up to `epochs` more epochs (fewer when training stops), each epoch's
  // metrics as a JS array of EpochMetrics value objects. An imported model that fits the
  // loaded data is trained further, its epochs counted on from its weights_of_epoch.
  val train_epochs(int epochs);
  // The epochs the trainer trained (a continued model's: those after its own).
  val history();
  // One mini-batch with its numbers (see step_detail_js.hpp); small networks only.
  val train_step();
  // New weights from the seed, epoch 0 (an imported model is dropped).
  void reset();
  // Epochs trained: a continued model's count on from its weights_of_epoch.
  int epoch() const;
  // The epoch whose weights the network holds: earlier than epoch() once early stopping
  // has restored the best weights; an imported model's weights_of_epoch while it predicts.
  int model_epoch() const;
  bool stopped() const;
  std::string stop_reason();
  // The same, coded: JSON {code, params}, or "" while training may go on.
  std::string stop_message();

  // Prediction on raw input rows (as in the data, before encoding and scaling).
  val predict(const val& rows, int row_count);
  val predict_row(const std::string& values_json);
  // What every unit outputs for one raw row: a Float32Array per layer, hidden layers first.
  val unit_outputs(const std::string& values_json);
  // For data with 2 numeric features: the predicted class and its probability (or the
  // regression output) over a resolution x resolution grid, and what each of the first
  // max_units units of every layer computes there ({resolution, values, classes, units}).
  val decision_grid(double x_min, double x_max, double y_min, double y_max, int resolution, int max_units);
  // The points of a split in the data's units ({x: rows x 2, labels | targets}).
  val data_points(const std::string& split);
  // Examples first .. first + count - 1 of a split (at most kMaxExamples) as their raw
  // input columns: {inputs, count, total, values: count x inputs (NaN for categorical and
  // ignored columns), labels | null}; an image set's pictures, e.g.
  val examples(const std::string& split, int first, int count);
  // The examples of one cell of the confusion matrix (of class `actual`, predicted as
  // `predicted`), the network's surest first, at most `count`: as examples() gives them,
  // with each one's index in the split and the probability of the predicted class
  // ({..., total: the cell's examples, indices, confidences}).
  val cell_examples(const std::string& split, int actual, int predicted, int count);
  val weights();
  // Sets one weight W[layer](unit, input), or with input -1 the bias b[layer](unit), of the
  // network that predicts; training goes on from the edited network.
  void set_parameter(int layer, int unit, int input, double value);
  val confusion_matrix(const std::string& split);
  // The data's own test rows (Fashion-MNIST's t10k pictures) scored by the network as it
  // stands: {rows, loss, accuracy, r2, rmse} (NaN where the task has none), or null when
  // the data has no test rows or an imported model predicts.
  val test_score();

  std::string export_model();
  std::string import_model(std::string_view json);
  // The imported model against the loaded data: {data, differences, metrics,
  // weights_of_epoch, epochs_trained}; metrics (its scores on the data) when it fits.
  val model_fit();

  // The message of the last failed call, cleared by reading it ("" when none).
  std::string take_error();
  // Its coded form as JSON {code, params} ("" when none or the message has no code),
  // cleared by reading it.
  std::string take_error_message();

 private:
  struct State;
  // What predicts: the trainer's network with its data's preprocessing, or an imported model.
  struct Predictor {
    Network& network;
    const Preprocessing& preprocessing;
    Task task;
  };
  template <class F>
  auto guard(F&& f) -> decltype(f());
  // Keeps an exception's message (and its code) for take_error() and take_error_message().
  void keep_error(std::exception_ptr error);
  Trainer& trainer();
  // A trainer for `config` on the loaded data: one that continues the imported model when
  // it fits the data and the configuration has its network's shape (fine-tuning), else one
  // from new weights.
  std::unique_ptr<Trainer> new_trainer(const TrainingConfig& config);
  // Whether training with `config` would continue the imported model: it fits the loaded
  // data, and the configuration builds its network's shape.
  bool model_continues(const TrainingConfig& config) const;
  Predictor predictor();
  // The loaded data; throws naming `what` when there is none.
  const Dataset& loaded_data(const char* what) const;
  // Compares an imported model with the loaded data, and scores it there when it fits.
  void check_model();
  std::string load(Table table, const DatasetOptions& options);

  std::unique_ptr<State> state_;
  std::string error_;
  std::string error_message_;
};

// {code: English template} of every message code, as JSON.
std::string message_templates();

// The built-in data sets: [{name, description, generated, file}]; `file` (e.g.
// "data/iris.csv") is for the caller to fetch and pass to loadCsv, null for the others.
val builtin_list();

// Examples one examples() call gives.
constexpr int kMaxExamples = 1000;

// Values predict takes in one call: 256 MB of floats, and as much again encoded.
constexpr int kMaxPredictValues = 1 << 26;

// The engine's limits, for the JS wrapper's argument checks and the page (max_text_bytes:
// the CSV reader's limit, which model texts keep to as well):
// {max_text_bytes, memory_budget, max_units, max_hidden_layers, max_epochs, max_predict_values}.
val limits();

// Bytes the allocator has handed out and not had back (dlmalloc's mallinfo), for the
// leak tests; and the most it has held from the system at once, for the memory tests.
double heap_in_use();
double heap_peak();

}  // namespace nnplay::bindings
