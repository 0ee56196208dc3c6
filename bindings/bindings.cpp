// The Embind surface of the module: one class handle (Playground), one value object
// (EpochMetrics), one function. JS users go through nnplay.js, which turns the recorded
// errors into thrown Errors, JSON into objects, NaN into null, and owns the handle.
#include <emscripten/bind.h>

#include "metrics.hpp"
#include "playground.hpp"

using namespace emscripten;
using nnplay::EpochMetrics;
using nnplay::bindings::Playground;

EMSCRIPTEN_BINDINGS(nnplay) {
  value_object<EpochMetrics>("EpochMetrics")
      .field("epoch", &EpochMetrics::epoch)
      .field("trainLoss", &EpochMetrics::train_loss)
      .field("trainAccuracy", &EpochMetrics::train_accuracy)
      .field("valLoss", &EpochMetrics::validation_loss)
      .field("valAccuracy", &EpochMetrics::validation_accuracy)
      .field("trainR2", &EpochMetrics::train_r2)
      .field("valR2", &EpochMetrics::validation_r2)
      .field("learningRate", &EpochMetrics::learning_rate)
      .field("seconds", &EpochMetrics::seconds);

  class_<Playground>("Playground")
      .constructor<>()
      .function("loadCsv", &Playground::load_csv)
      .function("loadBuiltin", &Playground::load_builtin)
      .function("inspectCsv", &Playground::inspect_csv)
      .function("summary", &Playground::summary)
      .function("configure", &Playground::configure)
      .function("config", &Playground::config)
      .function("trainEpochs", &Playground::train_epochs)
      .function("history", &Playground::history)
      .function("reset", &Playground::reset)
      .function("epoch", &Playground::epoch)
      .function("stopped", &Playground::stopped)
      .function("stopReason", &Playground::stop_reason)
      .function("predict", &Playground::predict)
      .function("predictRow", &Playground::predict_row)
      .function("decisionGrid", &Playground::decision_grid)
      .function("dataPoints", &Playground::data_points)
      .function("weights", &Playground::weights)
      .function("confusionMatrix", &Playground::confusion_matrix)
      .function("exportModel", &Playground::export_model)
      .function("importModel", &Playground::import_model)
      .function("takeError", &Playground::take_error);

  function("builtinDatasets", &nnplay::bindings::builtin_list);
  function("heapInUse", &nnplay::bindings::heap_in_use);
}
