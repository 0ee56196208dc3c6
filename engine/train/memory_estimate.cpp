#include "train/memory_estimate.hpp"

#include <algorithm>
#include <stdexcept>

#include "data/data_error.hpp"
#include "nn/optimizer.hpp"

namespace nnplay {
namespace {

constexpr double kScalar = sizeof(Scalar);
// The columns every forward pass outside training works on (evaluation, prediction,
// the decision grid): see kEvaluationChunk in trainer.hpp and Network::predict.
constexpr Eigen::Index kChunk = 1024;

double matrix_bytes(double rows, double cols) { return rows * cols * kScalar; }

double split_bytes(const Examples& e) {
  return e.feature_bytes() +
         matrix_bytes(static_cast<double>(e.targets.rows()), static_cast<double>(e.targets.cols())) +
         static_cast<double>(e.labels.size()) * sizeof(int);
}

void add_part(std::vector<MessageArg>& out, Message name, double bytes) {
  if (bytes <= 0) return;
  out.emplace_back(Message("memory.part").with("name", std::move(name)).with("bytes", format_bytes(bytes)));
}

}  // namespace

double MemoryEstimate::total() const {
  return data + weights + gradients + optimizer + workspaces + batch + targets + best_weights;
}

MessageArg MemoryEstimate::parts() const {
  std::vector<MessageArg> out;
  add_part(out, Message("memory.data"), data);
  add_part(out, Message("memory.weights"), weights);
  add_part(out, Message("memory.gradients"), gradients);
  add_part(out, Message("memory.optimizer").with("optimizer", optimizer_name), optimizer);
  add_part(out, Message("memory.workspaces").with("columns", batch_columns), workspaces);
  add_part(out, Message("memory.batch"), batch);
  add_part(out, Message("memory.targets"), targets);
  add_part(out, Message("memory.best_weights"), best_weights);
  return list_message(std::move(out));
}

std::size_t default_memory_budget() {
#ifdef __EMSCRIPTEN__
  return std::size_t{1536} << 20;
#else
  return std::size_t{8} << 30;
#endif
}

MemoryEstimate estimate_training_memory(const TrainingConfig& config, const Dataset& data, const LayerSpec& output) {
  MemoryEstimate e;
  const double rows = static_cast<double>(data.train.size());
  const double features = static_cast<double>(data.train.features());
  const Eigen::Index batch = config.batch_size == 0 ? data.train.size() : config.batch_size;
  e.batch_columns = std::max(batch, kChunk);

  e.data = split_bytes(data.train) + split_bytes(data.validation) + split_bytes(data.test);
  double parameters = 0, activations = 0;
  double inputs = features;
  auto add_layer = [&](const LayerSpec& layer) {
    const double units = layer.units;
    parameters += units * inputs + units;
    activations += units * (layer.keep_prob < 1 ? 5 : 3);  // Z, A, delta (+ mask, dropped A)
    inputs = units;
  };
  for (const LayerSpec& layer : config.hidden_layers) add_layer(layer);
  add_layer(output);

  e.weights = parameters * kScalar;
  e.gradients = parameters * kScalar;
  e.optimizer = state_arrays(config.optimizer.kind) * parameters * kScalar;
  e.optimizer_name = name_of(config.optimizer.kind);
  e.workspaces = activations * static_cast<double>(e.batch_columns) * kScalar;
  const double outputs = output.units;
  if (batch < data.train.size()) e.batch = matrix_bytes(features + outputs, static_cast<double>(batch));
  // Features held as bytes are scaled into floats to be read: a full batch's once, and
  // the chunk evaluation works on.
  if (data.train.in_bytes())
    e.batch += matrix_bytes(features, batch < data.train.size() ? static_cast<double>(kChunk) : rows + kChunk);
  const double all_rows = rows + static_cast<double>(data.validation.size());
  e.targets = matrix_bytes(outputs, all_rows) + matrix_bytes(outputs, rows);  // encoded targets, a split's predictions
  if (config.patience > 0 && data.validation.size() > 0) e.best_weights = parameters * kScalar;
  return e;
}

void check_memory(const MemoryEstimate& estimate, std::size_t budget) {
  const double total = estimate.total();
  if (total <= static_cast<double>(budget)) return;
  throw MessageError(Message("train.memory")
                         .with("need", format_bytes(total))
                         .with("parts", estimate.parts())
                         .with("limit", format_bytes(static_cast<double>(budget))));
}

}  // namespace nnplay
