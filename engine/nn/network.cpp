#include "nn/network.hpp"

#include <stdexcept>
#include <string>

namespace nnplay {

Network::Network(int inputs, const std::vector<LayerSpec>& layers, Scalar leaky_slope)
    : inputs_(inputs), leaky_slope_(leaky_slope) {
  if (inputs < 1) throw std::invalid_argument("network inputs must be >= 1, got " + std::to_string(inputs));
  if (layers.empty()) throw std::invalid_argument("network needs at least an output layer");
  layers_.reserve(layers.size());
  int previous = inputs;
  for (const LayerSpec& spec : layers) {
    layers_.emplace_back(previous, spec);
    previous = spec.units;
  }
}

void Network::initialize(Init init, Rng& rng, Scalar normal_scale) {
  for (DenseLayer& layer : layers_) {
    initialize_weights(init, normal_scale, layer.W, rng);
    layer.b.setZero();
  }
}

void Network::reserve(Eigen::Index cols) {
  for (DenseLayer& layer : layers_) layer.reserve(cols);
}

ConstColumns Network::forward(const ConstMatrixRef& X, Rng* dropout) {
  if (X.rows() != inputs_)
    throw std::invalid_argument("input has " + std::to_string(X.rows()) + " features, the network expects " +
                                std::to_string(inputs_));
  for (std::size_t l = 0; l < layers_.size(); ++l) {
    // No dropout on the output layer: its keep_prob is 1 by validation.
    if (l == 0)
      layers_[l].forward(X, leaky_slope_, dropout);
    else
      layers_[l].forward(layers_[l - 1].output(), leaky_slope_, dropout);
  }
  return layers_.back().output();
}

void Network::backward(const ConstMatrixRef& X, const ConstMatrixRef& Y, Loss loss, const WeightPenalty& penalty) {
  DenseLayer& last = layers_.back();
  output_dZ(loss, last.spec().activation, leaky_slope_, last.pre_activation().leftCols(X.cols()), last.output(), Y,
            last.dZ());
  for (std::size_t l = layers_.size(); l-- > 0;) {
    DenseLayer& layer = layers_[l];
    if (l + 1 < layers_.size()) layer.dZ_from_dA(leaky_slope_);  // the output layer's dZ is written already
    const ConstMatrixRef A_prev = l == 0 ? X : ConstMatrixRef(layers_[l - 1].output());
    layer.compute_gradients(A_prev, penalty);
    if (l > 0) layer.dA_prev_into(layers_[l - 1]);
  }
}

double Network::loss_sum(const ConstMatrixRef& Y, Loss loss) const {
  const DenseLayer& last = layers_.back();
  const auto A = last.output();
  return nnplay::loss_sum(loss, last.pre_activation().leftCols(A.cols()), A, Y);
}

double Network::weight_square_sum() const {
  double sum = 0.0;
  for (const DenseLayer& layer : layers_) sum += layer.W.template cast<double>().squaredNorm();
  return sum;
}

double Network::weight_abs_sum() const {
  double sum = 0.0;
  for (const DenseLayer& layer : layers_) sum += layer.W.template cast<double>().cwiseAbs().sum();
  return sum;
}

double Network::penalty_cost(double l1_over_n, double l2_over_n) const {
  double cost = 0.0;
  if (l1_over_n != 0) cost += l1_over_n * weight_abs_sum();
  if (l2_over_n != 0) cost += 0.5 * l2_over_n * weight_square_sum();
  return cost;
}

Matrix Network::predict(const ConstMatrixRef& X, Eigen::Index chunk) {
  Matrix out(outputs(), X.cols());
  for (Eigen::Index start = 0; start < X.cols(); start += chunk) {
    const Eigen::Index n = std::min(chunk, X.cols() - start);
    out.middleCols(start, n) = forward(X.middleCols(start, n));
  }
  return out;
}

std::vector<Matrix> Network::layer_outputs(const ConstMatrixRef& X, Eigen::Index max_units, Eigen::Index chunk) {
  std::vector<Matrix> out;
  for (const DenseLayer& layer : layers_)
    out.emplace_back(std::min<Eigen::Index>(layer.units(), std::max<Eigen::Index>(max_units, 0)), X.cols());
  for (Eigen::Index start = 0; start < X.cols(); start += chunk) {
    const Eigen::Index n = std::min(chunk, X.cols() - start);
    forward(X.middleCols(start, n));
    for (std::size_t l = 0; l < layers_.size(); ++l)
      out[l].middleCols(start, n) = layers_[l].output().topRows(out[l].rows());
  }
  return out;
}

std::vector<ParamSlot> Network::parameter_slots() {
  std::vector<ParamSlot> slots;
  for (DenseLayer& layer : layers_) {
    slots.push_back({layer.W.data(), layer.dW.data(), layer.W.size()});
    slots.push_back({layer.b.data(), layer.db.data(), layer.b.size()});
  }
  return slots;
}

}  // namespace nnplay
