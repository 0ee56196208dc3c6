#include "playground.hpp"

#include <emscripten/bind.h>

#include <cmath>
#include <limits>
#include <new>
#include <optional>
#include <stdexcept>

#include "core/message.hpp"
#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"
#include "data/idx.hpp"
#include "data/preprocessing.hpp"
#include "io/config_json.hpp"
#include "io/data_options.hpp"
#include "io/message_json.hpp"
#include "io/model_json.hpp"
#include "io/summary_json.hpp"
#include "js_arrays.hpp"
#include "playground_guard.hpp"
#include "playground_state.hpp"
#include "step_detail_js.hpp"

namespace nnplay::bindings {
namespace {

using nlohmann::json;

json parse_options(const std::string& text, const char* what) {
  if (text.empty()) return json::object();
  json j = parse_json(text, what);
  if (!j.is_object()) throw std::invalid_argument(std::string(what) + " must be a JSON object, got " + j.type_name());
  return j;
}

}  // namespace

Playground::Playground() : state_(std::make_unique<State>()) {}
Playground::~Playground() = default;

const Dataset& Playground::loaded_data(const char* what) const {
  if (!state_->data) throw std::logic_error(std::string(what) + ": no data loaded");
  return *state_->data;
}

std::string Playground::take_error() {
  std::string e;
  e.swap(error_);
  return e;
}

void Playground::keep_error(std::exception_ptr error) {
  try {
    std::rethrow_exception(std::move(error));
  } catch (const std::bad_alloc&) {
    error_ = "out of memory: the data or network is too large for the 2 GB WebAssembly heap";
  } catch (const MessageError& e) {
    error_ = e.what();
    // The coded form is extra: without memory for it the English message still goes.
    try {
      if (!e.message().empty()) error_message_ = message_to_json(e.message()).dump();
    } catch (...) {
      error_message_.clear();
    }
  } catch (const std::exception& e) {
    error_ = e.what();
    if (error_.empty()) error_ = "unknown error";
  } catch (...) {
    error_ = "unknown error";
  }
}

std::string Playground::take_error_message() {
  std::string e;
  e.swap(error_message_);
  return e;
}

std::string message_templates() { return message_templates_json().dump(); }

Trainer& Playground::trainer() {
  State& s = *state_;
  if (!s.trainer) s.trainer = new_trainer(s.config);
  return *s.trainer;
}

namespace {

// Whether `config` builds the model's network on this data: its hidden layers and output layer.
bool keeps_shape(const TrainingConfig& config, const Model& model, const Dataset& data) {
  const std::vector<DenseLayer>& layers = model.network.layers();
  if (config.hidden_layers.size() + 1 != layers.size()) return false;
  for (std::size_t l = 0; l < config.hidden_layers.size(); ++l)
    if (config.hidden_layers[l].units != layers[l].units() ||
        config.hidden_layers[l].activation != layers[l].spec().activation)
      return false;
  const OutputSpec out =
      resolve_output(config, data.task, data.class_count(), static_cast<int>(data.train.targets.rows()));
  return out.layer.units == layers.back().units() && out.layer.activation == layers.back().spec().activation;
}

}  // namespace

std::unique_ptr<Trainer> Playground::new_trainer(const TrainingConfig& config) {
  const State& s = *state_;
  if (!s.data) throw std::logic_error("no data: call loadCsv or loadBuiltin first");
  if (!model_continues(config)) return std::make_unique<Trainer>(config, s.data);
  auto trainer = std::make_unique<Trainer>(config, data_for_model(*s.model, s.data));
  trainer->continue_from(s.model->network, s.model->weights_of_epoch);
  return trainer;
}

bool Playground::model_continues(const TrainingConfig& config) const {
  const State& s = *state_;
  return s.model && s.data && s.model_differences.empty() && keeps_shape(config, *s.model, *s.data);
}

Playground::Predictor Playground::predictor() {
  State& s = *state_;
  if (s.model) return {s.model->network, s.model->preprocessing, s.model->task};
  if (!s.data) throw std::logic_error("no model: load data (loadCsv, loadBuiltin) or import a model first");
  Trainer& t = trainer();
  return {t.network(), t.data().preprocessing, t.data().task};
}

// ---- data

std::string Playground::load(Table table, const DatasetOptions& options) {
  DatasetBuild build = build_dataset(std::move(table), options);
  std::string summary = summary_to_json(build.summary).dump();
  auto data = std::make_shared<const Dataset>(std::move(build.dataset));
  State& s = *state_;  // nothing has changed until here
  s.data = std::move(data);
  s.summary = summary;
  s.trainer.reset();
  check_model();
  return summary;
}

std::string Playground::load_csv(std::string_view text, const std::string& options_json,
                                 const std::function<void()>& release_text) {
  return guard([&] {
    const DataOptions o = data_options_from_json(parse_options(options_json, "options"));
    Table table = parse_csv(text, o.csv);
    if (release_text) release_text();
    return load(std::move(table), o.dataset);
  });
}

bool Playground::begin_csv(const std::string& options_json, double total_bytes) {
  return guard([&] {
    const DataOptions o = data_options_from_json(parse_options(options_json, "options"));
    state_->csv_pieces = std::make_unique<CsvStream>(o.csv, static_cast<std::size_t>(total_bytes));
    state_->csv_pieces_options = options_json;
    return true;
  });
}

std::uintptr_t Playground::csv_room(double bytes) {
  std::unique_ptr<CsvStream>& pieces = state_->csv_pieces;
  char* room = pieces ? pieces->room(static_cast<std::size_t>(bytes)) : nullptr;
  if (room == nullptr) pieces.reset();
  return reinterpret_cast<std::uintptr_t>(room);
}

bool Playground::add_csv(double bytes) {
  return guard([&] {
    std::unique_ptr<CsvStream>& pieces = state_->csv_pieces;
    if (!pieces) throw std::logic_error("addCsv: no CSV is coming in pieces (beginCsv)");
    try {
      pieces->add(static_cast<std::size_t>(bytes));
    } catch (...) {
      pieces.reset();
      throw;
    }
    return pieces->wants_more();
  });
}

std::string Playground::finish_csv() {
  return guard([&] {
    std::unique_ptr<CsvStream> pieces = std::move(state_->csv_pieces);
    if (!pieces) throw std::logic_error("finishCsv: no CSV is coming in pieces (beginCsv)");
    const DataOptions o = data_options_from_json(parse_options(state_->csv_pieces_options, "options"));
    std::optional<Table> table = pieces->finish();
    pieces.reset();  // the text's memory, before the data set is built
    return table ? load(std::move(*table), o.dataset) : std::string();
  });
}

std::string Playground::load_idx(const IdxFiles& files, const std::string& options_json,
                                 const std::function<void()>& release_files) {
  return guard([&] {
    const DataOptions o = data_options_from_json(parse_options(options_json, "options"));
    IdxOptions idx;
    idx.name = o.csv.name;
    idx.memory_budget = o.csv.memory_budget;
    idx.preview_rows = o.csv.preview_rows;
    Table table = read_idx(files, idx);
    if (release_files) release_files();
    return load(std::move(table), o.dataset);
  });
}

std::string Playground::inspect_csv(std::string_view text, const std::string& options_json) {
  return guard([&] {
    const DataOptions o = data_options_from_json(parse_options(options_json, "options"));
    return summary_to_json(summarize_table(parse_csv(text, o.csv), o.dataset)).dump();
  });
}

std::string Playground::load_builtin(const std::string& name, const std::string& options_json) {
  return guard([&] {
    const DataOptions o = data_options_from_json(parse_options(options_json, "options"));
    for (const BuiltinInfo& b : builtin_datasets())
      if (b.name == name && b.needs_file)
        throw std::invalid_argument(name == "fashion-mnist"
                                        ? "the built-in \"fashion-mnist\" is four IDX files: fetch them and pass their "
                                          "bytes to loadIdx (the page serves them as data/fashion-mnist/*.gz)"
                                        : "the built-in \"" + name + "\" is the file " + builtin_file(name) +
                                              ": fetch it and pass its text to loadCsv");
    return load(nnplay::load_builtin(name, o.generated), o.dataset);
  });
}

std::string Playground::summary() {
  return guard([&] { return state_->summary; });
}

// ---- configuration

std::string Playground::configure(const std::string& config_json) {
  return guard([&] {
    TrainingConfig config = config_from_json(parse_json(config_json, Message("json.what_configuration")));
    State& s = *state_;
    // Checked against the data too (batch size, loss for the task) before anything changes.
    std::unique_ptr<Trainer> trainer;
    if (s.data) trainer = new_trainer(config);
    s.config = std::move(config);
    s.trainer = std::move(trainer);
    return config_to_json(s.config).dump();
  });
}

std::string Playground::config() {
  return guard([&] { return config_to_json(state_->config).dump(); });
}

val Playground::output() {
  return guard([&] {
    const State& s = *state_;
    if (!s.data) return val::null();
    const Dataset& d = *s.data;
    const OutputSpec out = resolve_output(s.config, d.task, d.class_count(), static_cast<int>(d.train.targets.rows()));
    val o = val::object();
    o.set("units", out.layer.units);
    o.set("activation", std::string(name_of(out.layer.activation)));
    o.set("loss", std::string(name_of(out.loss)));
    return o;
  });
}

// ---- training

val Playground::train_epochs(int epochs) {
  return guard([&] {
    if (epochs < 0) throw std::invalid_argument("epochs must be >= 0, got " + std::to_string(epochs));
    Trainer& t = trainer();
    state_->model.reset();  // training again: the imported model no longer predicts
    const std::vector<EpochMetrics> metrics = t.train(epochs);
    val out = val::array();
    for (const EpochMetrics& m : metrics) out.call<void>("push", val(m));
    return out;
  });
}

val Playground::history() {
  return guard([&] {
    val out = val::array();
    if (state_->trainer)
      for (const EpochMetrics& m : state_->trainer->history()) out.call<void>("push", val(m));
    return out;
  });
}

val Playground::train_step() {
  return guard([&] {
    Trainer& t = trainer();
    StepDetail detail;
    const std::optional<EpochMetrics> metrics = t.train_step(&detail);
    state_->model.reset();  // trained: the imported model no longer predicts
    return step_detail_to_js(detail, metrics, t.network());
  });
}

void Playground::reset() {
  guard([&] {
    State& s = *state_;
    if (!s.data) throw std::logic_error("no data: call loadCsv or loadBuiltin first");
    s.trainer = std::make_unique<Trainer>(s.config, s.data);
    s.model.reset();
  });
}

int Playground::epoch() const {
  const State& s = *state_;
  if (s.trainer) return s.trainer->epoch();
  return model_continues(s.config) ? s.model->weights_of_epoch : 0;
}
int Playground::model_epoch() const {
  if (state_->model) return state_->model->weights_of_epoch;
  return state_->trainer ? state_->trainer->model_epoch() : 0;
}
bool Playground::stopped() const { return state_->trainer && state_->trainer->stopped(); }
std::string Playground::stop_reason() {
  return guard([&] { return state_->trainer ? state_->trainer->stop_reason() : std::string(); });
}
std::string Playground::stop_message() {
  return guard([&] {
    const Trainer* t = state_->trainer.get();
    return t && !t->stop_message().empty() ? message_to_json(t->stop_message()).dump() : std::string();
  });
}

val Playground::weights() {
  return guard([&] {
    Predictor p = predictor();
    val layers = val::array();
    for (const DenseLayer& layer : p.network.layers()) {
      val l = val::object();
      l.set("inputs", layer.inputs());
      l.set("units", layer.units());
      l.set("activation", std::string(name_of(layer.spec().activation)));
      l.set("keep_prob", static_cast<double>(layer.spec().keep_prob));
      l.set("W", float32_copy(layer.W.data(), static_cast<std::size_t>(layer.W.size())));
      l.set("b", float32_copy(layer.b.data(), static_cast<std::size_t>(layer.b.size())));
      layers.call<void>("push", l);
    }
    return layers;
  });
}

val Playground::confusion_matrix(const std::string& split) {
  return guard([&] {
    const State& s = *state_;
    if (s.model && s.data && !s.model_scores)
      throw std::logic_error("confusionMatrix needs data the imported model fits: " + s.model_differences.front());
    const Dataset& d = s.model ? *s.data : trainer().data();
    if (d.task != Task::classification)
      throw std::invalid_argument("confusionMatrix needs a classification target; this data is a regression");
    const Examples* e = split == "train"        ? &d.train
                        : split == "validation" ? &d.validation
                        : split == "test"       ? &d.test
                                                : nullptr;
    if (!e) throw std::invalid_argument("split must be one of train, validation, test, got \"" + split + "\"");
    if (s.model && e == &d.test) throw std::invalid_argument("the imported model is scored on train and validation");
    if (!s.model)
      return confusion_to_js(nnplay::confusion_matrix(trainer().predict(*e), e->labels, d.class_count()),
                             d.class_names);
    return confusion_to_js(e == &d.train ? s.model_scores->train : s.model_scores->validation, d.class_names);
  });
}

val Playground::test_score() {
  return guard([&] {
    const State& s = *state_;
    if (s.model || !s.data || s.data->test.size() == 0) return val::null();
    const Trainer::Evaluation e = trainer().test_score();
    val out = val::object();
    out.set("rows", static_cast<double>(s.data->test.size()));
    out.set("loss", e.loss);
    out.set("accuracy", e.accuracy);
    out.set("r2", e.r2);
    out.set("rmse", e.rmse);
    return out;
  });
}

}  // namespace nnplay::bindings
