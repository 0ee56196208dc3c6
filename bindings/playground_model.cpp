// A saved model: exported, imported to predict, and how it fits the loaded data.
#include <memory>
#include <stdexcept>
#include <string>
#include <utility>

#include "core/message.hpp"
#include "io/config_json.hpp"
#include "io/model_fit.hpp"
#include "io/model_json.hpp"
#include "js_arrays.hpp"
#include "playground.hpp"
#include "playground_guard.hpp"
#include "playground_state.hpp"

namespace nnplay::bindings {

using nlohmann::json;

void Playground::check_model() {
  State& s = *state_;
  s.model_differences.clear();
  s.model_scores.reset();
  if (!s.model || !s.data) return;
  s.model_differences = model_differences(*s.model, *s.data);
  if (s.model_differences.empty()) s.model_scores = score_model(*s.model, *s.data);
}

std::string Playground::export_model() {
  return guard([&] {
    if (state_->model) return state_->model_json.dump();
    if (!state_->data) throw std::logic_error("no model: load data and train, or import a model, first");
    return model_to_json(trainer()).dump();
  });
}

std::string Playground::import_model(std::string_view text) {
  return guard([&] {
    json j = parse_json(text, Message("json.what_model"));
    auto model = std::make_unique<Model>(model_from_json(j));
    State& s = *state_;
    s.config = model->config;
    s.model = std::move(model);
    s.model_json = std::move(j);
    s.trainer.reset();
    check_model();
    return config_to_json(s.config).dump();
  });
}

val Playground::model_fit() {
  return guard([&] {
    const State& s = *state_;
    if (!s.model) throw std::logic_error("no imported model: importModel first");
    val out = val::object();
    out.set("data", static_cast<bool>(s.data));
    out.set("differences", string_array(s.model_differences));
    out.set("metrics", s.model_scores ? val(s.model_scores->metrics) : val::null());
    out.set("weights_of_epoch", s.model->weights_of_epoch);
    out.set("epochs_trained", s.model->epochs_trained);
    return out;
  });
}

}  // namespace nnplay::bindings
