// L1 regularization in training: the reported cost carries (λ₁/N)·Σ|W|, and the penalty
// drives the weights of an input that carries no information to (nearly) zero.
#include "test_common.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::WithinRel;

namespace {

// Two inputs: the class is the sign of the first; the second is noise, independent of it.
std::shared_ptr<Dataset> one_informative_input(Eigen::Index n, std::uint64_t seed) {
  Matrix x = test::normal_matrix(2, n, seed);
  std::vector<int> labels(static_cast<std::size_t>(n));
  for (Eigen::Index j = 0; j < n; ++j) labels[j] = x(0, j) > 0 ? 1 : 0;
  return test::classification_data(x, labels, 2, test::normal_matrix(2, 50, seed + 1), std::vector<int>(50, 0));
}

TrainingConfig plain_sgd(Scalar l1) {
  TrainingConfig c;
  c.hidden_layers = {{4, Activation::tanh, 1}};
  c.init = Init::xavier;
  c.optimizer.kind = OptimizerKind::sgd;
  c.optimizer.learning_rate = Scalar(0.1);
  c.batch_size = 0;
  c.l1 = l1;
  c.seed = 3;
  return c;
}

// The largest first-layer weight from the noise input (column 1 of W[1]).
double largest_noise_weight(const Trainer& trainer) {
  return static_cast<double>(trainer.network().layers()[0].W.col(1).cwiseAbs().maxCoeff());
}

}  // namespace

TEST_CASE("l1: the reported cost includes (lambda1/N) sum|W| beside the L2 term", "[trainer][metrics][l1]") {
  auto data = one_informative_input(80, 5);
  TrainingConfig c = plain_sgd(Scalar(0.5));
  c.l2 = Scalar(0.25);
  Trainer trainer(c, data);
  const EpochMetrics last = trainer.train(3).back();
  Network& net = trainer.network();
  net.forward(data->train.x);
  const double n = 80.0;
  const double mean_loss = net.loss_sum(trainer.encode_targets(data->train), trainer.loss()) / n;
  const double penalty = 0.5 / n * net.weight_abs_sum() + 0.5 * 0.25 / n * net.weight_square_sum();
  CHECK(penalty > 1e-3);
  CHECK_THAT(last.train_loss, WithinRel(mean_loss + penalty, 1e-6));
}

TEST_CASE("l1: the weights of a pure-noise input end near zero, far smaller than without L1", "[trainer][l1]") {
  auto data = one_informative_input(200, 11);
  Trainer with_l1(plain_sgd(Scalar(5)), data);
  Trainer without(plain_sgd(0), data);
  with_l1.train(400);
  without.train(400);
  const double regularized = largest_noise_weight(with_l1);
  const double free = largest_noise_weight(without);
  CAPTURE(regularized, free);
  // Each full-batch step moves a weight by α·λ₁/N = 0.1·5/200 = 2.5e-3 towards 0, so a
  // weight the data does not hold up ends within about one such step of 0 (measured: 0.002,
  // against 0.65 without L1).
  CHECK(regularized < 0.005);
  CHECK(free > 50 * regularized);
  // The informative input still carries the class.
  CHECK(with_l1.history().back().train_accuracy > 0.95);
}
