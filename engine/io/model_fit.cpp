#include "io/model_fit.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

#include "data/data_error.hpp"

namespace nnplay {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::string quoted_list(const std::vector<std::string>& names, std::size_t at_most = 6) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < at_most; ++i) out += (i ? ", " : "") + quote_value(names[i]);
  if (names.size() > at_most) out += " and " + std::to_string(names.size() - at_most) + " more";
  return out.empty() ? "none" : out;
}

std::vector<const InputColumn*> used_inputs(const Preprocessing& p) {
  std::vector<const InputColumn*> out;
  for (const InputColumn& c : p.inputs)
    if (c.kind != InputColumn::Kind::ignored) out.push_back(&c);
  return out;
}

std::vector<std::string> names_of(const std::vector<const InputColumn*>& columns) {
  std::vector<std::string> out;
  for (const InputColumn* c : columns) out.push_back(c->name);
  return out;
}

// Rows scaled as (v - from_offset) * from_scale -> the same values scaled with `to`:
// raw = v / from_scale + from_offset, then (raw - to_offset) * to_scale. Empty: not scaled.
Matrix rescale(const ConstMatrixRef& x, const Vector& from_offset, const Vector& from_scale, const Vector& to_offset,
               const Vector& to_scale) {
  Matrix out(x.rows(), x.cols());
  for (Eigen::Index f = 0; f < x.rows(); ++f) {
    const double s_from = from_scale.size() > f && from_scale[f] != 0 ? from_scale[f] : 1.0;
    const double o_from = from_offset.size() > f ? from_offset[f] : 0.0;
    const double s_to = to_scale.size() > f ? to_scale[f] : 1.0;
    const double o_to = to_offset.size() > f ? to_offset[f] : 0.0;
    for (Eigen::Index j = 0; j < x.cols(); ++j)
      out(f, j) = static_cast<Scalar>((static_cast<double>(x(f, j)) / s_from + o_from - o_to) * s_to);
  }
  return out;
}

// A split's features as the model takes them: the data's encoded features in the model's
// scaling, then the model's derived inputs (whatever the data derived itself).
Matrix model_inputs(const Examples& split, const Preprocessing& from, const Preprocessing& to) {
  const Matrix scaled = split.in_bytes() ? split.scaled() : Matrix();
  const Matrix& x = split.in_bytes() ? scaled : split.x;
  return with_derived_inputs(
      to.derived, rescale(x.topRows(from.encoded_feature_count()), from.offset, from.scale, to.offset, to.scale));
}

Examples in_model_scaling(const Examples& split, const Preprocessing& from, const Preprocessing& to) {
  Examples out;
  out.x = model_inputs(split, from, to);
  out.labels = split.labels;
  out.targets = rescale(split.targets, from.target_offset, from.target_scale, to.target_offset, to.target_scale);
  return out;
}

bool same_values(const Vector& a, const Vector& b) { return a.size() == b.size() && (a.array() == b.array()).all(); }

bool same_scaling(const Preprocessing& a, const Preprocessing& b) {
  return same_values(a.offset, b.offset) && same_values(a.scale, b.scale) &&
         same_values(a.target_offset, b.target_offset) && same_values(a.target_scale, b.target_scale) &&
         a.derived == b.derived;
}

struct SplitScore {
  double loss = kNaN, accuracy = kNaN, r2 = kNaN, rmse = kNaN;
  ConfusionMatrix confusion;
};

SplitScore score_split(Model& model, const Dataset& data, const Examples& split, double penalty_term) {
  SplitScore s;
  const Eigen::Index n = split.size();
  if (n == 0) return s;
  const Preprocessing& from = data.preprocessing;
  const Preprocessing& to = model.preprocessing;
  const Matrix x = model_inputs(split, from, to);
  Network& net = model.network;
  const bool classification = data.task == Task::classification;
  Matrix y;
  if (classification) {
    y = Matrix::Zero(net.outputs(), n);
    for (Eigen::Index j = 0; j < n; ++j) {
      const int label = split.labels[static_cast<std::size_t>(j)];
      if (net.outputs() == 1)
        y(0, j) = static_cast<Scalar>(label);
      else
        y(label, j) = 1;
    }
  } else {
    y = rescale(split.targets, from.target_offset, from.target_scale, to.target_offset, to.target_scale);
  }
  Matrix outputs(net.outputs(), n);
  double loss = 0;
  constexpr Eigen::Index kChunk = 1024;
  for (Eigen::Index first = 0; first < n; first += kChunk) {
    const Eigen::Index m = std::min(kChunk, n - first);
    outputs.middleCols(first, m) = net.forward(x.middleCols(first, m));
    loss += net.loss_sum(y.middleCols(first, m), model.loss);
  }
  s.loss = loss / static_cast<double>(n) + penalty_term;
  if (classification) {
    s.confusion = confusion_matrix(outputs, split.labels, data.class_count());
    long correct = 0;
    for (std::size_t k = 0; k < s.confusion.size(); ++k) correct += s.confusion[k][k];
    s.accuracy = static_cast<double>(correct) / static_cast<double>(n);
  } else {
    const Eigen::VectorXd mean = y.template cast<double>().rowwise().mean();
    const Eigen::VectorXd per_target = (outputs - y).template cast<double>().rowwise().squaredNorm();
    const double residual = per_target.sum();
    s.rmse = rmse_in_units(per_target, to.target_scale, static_cast<double>(n));
    const double total = (y.template cast<double>().colwise() - mean).squaredNorm();
    s.r2 = total > 0 ? 1.0 - residual / total : kNaN;
  }
  return s;
}

}  // namespace

std::vector<std::string> model_differences(const Model& model, const Dataset& data) {
  std::vector<std::string> out;
  if (model.task != data.task)
    out.push_back(std::string("the model does ") +
                  (model.task == Task::classification ? "classification" : "regression") + ", the data is for " +
                  (data.task == Task::classification ? "classification" : "regression"));
  const auto mine = used_inputs(model.preprocessing);
  const auto theirs = used_inputs(data.preprocessing);
  if (names_of(mine) != names_of(theirs)) {
    out.push_back("the model takes the columns " + quoted_list(names_of(mine)) + "; the data has " +
                  quoted_list(names_of(theirs)));
  } else {
    for (std::size_t i = 0; i < mine.size(); ++i) {
      if (mine[i]->kind != theirs[i]->kind)
        out.push_back("column " + quote_value(mine[i]->name) + " is " + to_string(mine[i]->kind) + " for the model, " +
                      to_string(theirs[i]->kind) + " in the data");
      else if (mine[i]->categories != theirs[i]->categories)
        out.push_back("column " + quote_value(mine[i]->name) + " has the categories " +
                      quoted_list(mine[i]->categories) + " for the model, " + quoted_list(theirs[i]->categories) +
                      " in the data");
    }
  }
  if (model.task == Task::classification && data.task == Task::classification && model.class_names != data.class_names)
    out.push_back("the model's classes are " + quoted_list(model.class_names) + "; the data's are " +
                  quoted_list(data.class_names));
  if (model.task == Task::regression && data.task == Task::regression && model.target_names != data.target_names)
    out.push_back("the model predicts " + quoted_list(model.target_names) + "; the data's target is " +
                  quoted_list(data.target_names));
  return out;
}

ModelScores score_model(Model& model, const Dataset& data) {
  const double n = static_cast<double>(data.train.size());
  const double penalty_term = n > 0 ? model.network.penalty_cost(model.config.l1 / n, model.config.l2 / n) : 0.0;
  const SplitScore train = score_split(model, data, data.train, penalty_term);
  const SplitScore validation = score_split(model, data, data.validation, penalty_term);
  ModelScores out;
  EpochMetrics& m = out.metrics;
  m.epoch = model.weights_of_epoch;
  m.train_loss = train.loss;
  m.train_accuracy = train.accuracy;
  m.train_r2 = train.r2;
  m.train_rmse = train.rmse;
  m.validation_loss = validation.loss;
  m.validation_accuracy = validation.accuracy;
  m.validation_r2 = validation.r2;
  m.validation_rmse = validation.rmse;
  m.learning_rate = model.config.optimizer.learning_rate;
  out.train = train.confusion;
  out.validation = validation.confusion;
  return out;
}

std::shared_ptr<const Dataset> data_for_model(const Model& model, std::shared_ptr<const Dataset> data) {
  const Preprocessing& from = data->preprocessing;
  const Preprocessing& to = model.preprocessing;
  if (same_scaling(from, to)) return data;
  auto out = std::make_shared<Dataset>();
  out->name = data->name;
  out->task = data->task;
  out->class_names = data->class_names;
  out->target_names = data->target_names;
  // The data's columns (its ignored ones and target position: the rows a prediction takes),
  // with the model's scaling and derived inputs.
  out->preprocessing = from;
  out->preprocessing.offset = to.offset;
  out->preprocessing.scale = to.scale;
  out->preprocessing.target_offset = to.target_offset;
  out->preprocessing.target_scale = to.target_scale;
  out->preprocessing.derived = to.derived;
  out->feature_names = out->preprocessing.feature_names();
  out->train = in_model_scaling(data->train, from, to);
  out->validation = in_model_scaling(data->validation, from, to);
  out->test = in_model_scaling(data->test, from, to);
  return out;
}

}  // namespace nnplay
