#include "train/step_detail.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace nnplay {

void check_step_detail_size(const Network& network) {
  if (network.inputs() > kStepDetailMaxUnits)
    throw std::invalid_argument("step detail shows networks with at most " + std::to_string(kStepDetailMaxUnits) +
                                " inputs; this one has " + std::to_string(network.inputs()));
  const auto& layers = network.layers();
  for (std::size_t l = 0; l < layers.size(); ++l)
    if (layers[l].units() > kStepDetailMaxUnits)
      throw std::invalid_argument("step detail shows networks with at most " + std::to_string(kStepDetailMaxUnits) +
                                  " units per layer; layer " + std::to_string(l + 1) + " has " +
                                  std::to_string(layers[l].units()));
}

void capture_step(const Network& network, const ConstMatrixRef& x, const ConstMatrixRef& y, Loss loss,
                  const WeightPenalty& penalty, int shown, StepDetail& detail) {
  const auto& layers = network.layers();
  const Eigen::Index m = x.cols();
  const Eigen::Index n = std::min<Eigen::Index>(shown, m);
  detail.batch_rows = static_cast<int>(m);
  detail.Y = y.leftCols(n);
  detail.cost = network.loss_sum(y, loss) / static_cast<double>(m) +
                network.penalty_cost(static_cast<double>(penalty.l1_over_n), static_cast<double>(penalty.l2_over_n));
  detail.layers.clear();
  for (std::size_t l = 0; l < layers.size(); ++l) {
    const DenseLayer& layer = layers[l];
    LayerStep s;
    s.A_prev = l == 0 ? Matrix(x.leftCols(n)) : Matrix(layers[l - 1].output().leftCols(n));
    s.Z = layer.pre_activation().leftCols(n);
    s.A = layer.output().leftCols(n);
    if (layer.dropped()) s.D = layer.dropout_mask().leftCols(n);
    s.dZ = layer.dZ().leftCols(n);
    if (l + 1 < layers.size()) s.dA = layers[l + 1].W.transpose() * layers[l + 1].dZ().leftCols(n);
    s.dW = layer.dW;
    s.db = layer.db;
    s.W_before = layer.W;
    s.b_before = layer.b;
    detail.layers.push_back(std::move(s));
  }
}

void capture_update(const Network& network, StepDetail& detail) {
  const auto& layers = network.layers();
  for (std::size_t l = 0; l < layers.size() && l < detail.layers.size(); ++l) {
    detail.layers[l].W_after = layers[l].W;
    detail.layers[l].b_after = layers[l].b;
  }
}

}  // namespace nnplay
