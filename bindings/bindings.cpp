// The Embind surface of the module: one class handle (Playground), one value object
// (EpochMetrics), one function. JS users go through nnplay.js, which turns the recorded
// errors into thrown Errors, JSON into objects, NaN into null, and owns the handle.
#include <emscripten/bind.h>

#include <cstdint>
#include <memory>
#include <new>
#include <string>
#include <string_view>

#include "playground.hpp"
#include "train/metrics.hpp"

using namespace emscripten;
using nnplay::EpochMetrics;
using nnplay::bindings::Playground;

namespace {

// A large text (a CSV file, a model) in the heap, written from JS in one copy
// (TypedArray.set, TextEncoder.encodeInto). Embind's own std::string conversion copies a
// Uint8Array byte by byte in JS (about 1 s for 100 MB) into a buffer that C++ copies once
// more, and it does not check its malloc: a text the heap cannot hold is written from
// address 0 on, over the module's memory. address() is 0 when the heap cannot hold the
// bytes; nnplay.mjs then throws. The buffer is not zero-filled first: JS writes every byte.
struct HeapText {
  explicit HeapText(std::size_t size) : bytes(new (std::nothrow) char[size > 0 ? size : 1]), size(size) {}
  std::uintptr_t address() const { return reinterpret_cast<std::uintptr_t>(bytes.get()); }
  std::string_view view() const { return {bytes.get(), size}; }
  std::unique_ptr<char[]> bytes;
  std::size_t size;
};

// The text is freed once parsed, before the data set is built.
std::string load_csv_text(Playground& pg, HeapText& text, const std::string& options_json) {
  return pg.load_csv(text.view(), options_json, [&text] { text.bytes.reset(); });
}

// The files are freed once read, before the data set is built. Empty test files: none.
std::string load_idx_text(Playground& pg, HeapText& images, HeapText& labels, HeapText& test_images,
                          HeapText& test_labels, const std::string& options_json) {
  return pg.load_idx({images.view(), labels.view(), test_images.view(), test_labels.view()}, options_json, [&] {
    for (HeapText* file : {&images, &labels, &test_images, &test_labels}) file->bytes.reset();
  });
}

std::string inspect_csv_text(Playground& pg, const HeapText& text, const std::string& options_json) {
  return pg.inspect_csv(text.view(), options_json);
}

std::string import_model_text(Playground& pg, const HeapText& text) { return pg.import_model(text.view()); }

// The raw class's string forms (a JS string converted by Embind), for classic workers.
std::string import_model(Playground& pg, const std::string& json) { return pg.import_model(json); }

std::string load_csv(Playground& pg, const std::string& text, const std::string& options_json) {
  return pg.load_csv(text, options_json);
}

std::string inspect_csv(Playground& pg, const std::string& text, const std::string& options_json) {
  return pg.inspect_csv(text, options_json);
}

}  // namespace

EMSCRIPTEN_BINDINGS(nnplay) {
  value_object<EpochMetrics>("EpochMetrics")
      .field("epoch", &EpochMetrics::epoch)
      .field("train_loss", &EpochMetrics::train_loss)
      .field("train_accuracy", &EpochMetrics::train_accuracy)
      .field("validation_loss", &EpochMetrics::validation_loss)
      .field("validation_accuracy", &EpochMetrics::validation_accuracy)
      .field("train_r2", &EpochMetrics::train_r2)
      .field("train_rmse", &EpochMetrics::train_rmse)
      .field("validation_rmse", &EpochMetrics::validation_rmse)
      .field("validation_r2", &EpochMetrics::validation_r2)
      .field("learning_rate", &EpochMetrics::learning_rate)
      .field("seconds", &EpochMetrics::seconds);

  class_<HeapText>("HeapText").constructor<std::size_t>().function("address", &HeapText::address);

  class_<Playground>("Playground")
      .constructor<>()
      .function("loadCsv", &load_csv)
      .function("loadCsvText", &load_csv_text)
      .function("beginCsv", &Playground::begin_csv)
      .function("csvRoom", &Playground::csv_room)
      .function("addCsv", &Playground::add_csv)
      .function("finishCsv", &Playground::finish_csv)
      .function("loadIdxText", &load_idx_text)
      .function("inspectCsvText", &inspect_csv_text)
      .function("loadBuiltin", &Playground::load_builtin)
      .function("inspectCsv", &inspect_csv)
      .function("summary", &Playground::summary)
      .function("configure", &Playground::configure)
      .function("config", &Playground::config)
      .function("output", &Playground::output)
      .function("trainEpochs", &Playground::train_epochs)
      .function("history", &Playground::history)
      .function("trainStep", &Playground::train_step)
      .function("reset", &Playground::reset)
      .function("epoch", &Playground::epoch)
      .function("modelEpoch", &Playground::model_epoch)
      .function("stopped", &Playground::stopped)
      .function("stopReason", &Playground::stop_reason)
      .function("stopMessage", &Playground::stop_message)
      .function("predict", &Playground::predict)
      .function("predictRow", &Playground::predict_row)
      .function("unitOutputs", &Playground::unit_outputs)
      .function("decisionGrid", &Playground::decision_grid)
      .function("dataPoints", &Playground::data_points)
      .function("examples", &Playground::examples)
      .function("cellExamples", &Playground::cell_examples)
      .function("weights", &Playground::weights)
      .function("setParameter", &Playground::set_parameter)
      .function("testScore", &Playground::test_score)
      .function("confusionMatrix", &Playground::confusion_matrix)
      .function("exportModel", &Playground::export_model)
      .function("importModel", &import_model)
      .function("importModelText", &import_model_text)
      .function("modelFit", &Playground::model_fit)
      .function("takeError", &Playground::take_error)
      .function("takeErrorMessage", &Playground::take_error_message);

  function("builtinDatasets", &nnplay::bindings::builtin_list);
  function("limits", &nnplay::bindings::limits);
  function("messageTemplates", &nnplay::bindings::message_templates);
  function("heapInUse", &nnplay::bindings::heap_in_use);
  function("heapPeak", &nnplay::bindings::heap_peak);
}
