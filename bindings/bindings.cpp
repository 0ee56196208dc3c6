// The Embind surface of the module: one class handle (Playground), one value object
// (EpochMetrics), one function. JS users go through nnplay.js, which turns the recorded
// errors into thrown Errors, JSON into objects, NaN into null, and owns the handle.
#include <emscripten/bind.h>

#include <cstdint>
#include <new>
#include <string>

#include "metrics.hpp"
#include "playground.hpp"

using namespace emscripten;
using nnplay::EpochMetrics;
using nnplay::bindings::Playground;

namespace {

// A large text (a CSV file, a model) in the heap, written from JS in one copy
// (TypedArray.set, TextEncoder.encodeInto). Embind's own std::string conversion copies a
// Uint8Array byte by byte in JS (about 1 s for 100 MB) into a buffer that C++ copies once
// more, and it does not check its malloc: a text the heap cannot hold is written from
// address 0 on, over the module's memory. address() is 0 when the heap cannot hold the
// bytes; nnplay.mjs then throws.
struct HeapText {
  explicit HeapText(std::size_t size) {
    try {
      bytes.resize(size);
    } catch (const std::bad_alloc&) {
      bytes = std::string();
      failed = true;
    }
  }
  std::uintptr_t address() { return failed ? 0 : reinterpret_cast<std::uintptr_t>(&bytes[0]); }
  std::string bytes;
  bool failed = false;
};

std::string load_csv_text(Playground& pg, const HeapText& text, const std::string& options_json) {
  return pg.load_csv(text.bytes, options_json);
}

std::string inspect_csv_text(Playground& pg, const HeapText& text, const std::string& options_json) {
  return pg.inspect_csv(text.bytes, options_json);
}

std::string import_model_text(Playground& pg, const HeapText& text) { return pg.import_model(text.bytes); }

}  // namespace

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

  class_<HeapText>("HeapText").constructor<std::size_t>().function("address", &HeapText::address);

  class_<Playground>("Playground")
      .constructor<>()
      .function("loadCsv", &Playground::load_csv)
      .function("loadCsvText", &load_csv_text)
      .function("inspectCsvText", &inspect_csv_text)
      .function("loadBuiltin", &Playground::load_builtin)
      .function("inspectCsv", &Playground::inspect_csv)
      .function("summary", &Playground::summary)
      .function("configure", &Playground::configure)
      .function("config", &Playground::config)
      .function("trainEpochs", &Playground::train_epochs)
      .function("history", &Playground::history)
      .function("trainStep", &Playground::train_step)
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
      .function("importModelText", &import_model_text)
      .function("takeError", &Playground::take_error);

  function("builtinDatasets", &nnplay::bindings::builtin_list);
  function("limits", &nnplay::bindings::limits);
  function("heapInUse", &nnplay::bindings::heap_in_use);
}
