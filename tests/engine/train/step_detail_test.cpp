// One training step, shown: the captured gradient is the one the optimizer applied, the
// captured forward values are the network's, stepping through an epoch trains exactly as
// train_epoch does, and networks too large to show are refused before anything changes.
#include <cstring>

#include "nn/activation.hpp"
#include "test_common.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

TrainingConfig small_config(OptimizerKind kind, int batch_size, Scalar l2 = 0, Scalar keep = 1) {
  TrainingConfig c;
  c.hidden_layers = {{6, Activation::tanh, keep}, {4, Activation::relu, 1}};
  c.optimizer.kind = kind;
  c.optimizer.learning_rate = Scalar(0.1);
  c.batch_size = batch_size;
  c.l2 = l2;
  c.seed = 7;
  return c;
}

bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

}  // namespace

TEST_CASE("step detail: with plain gradient descent, W_after = W_before - lr * dW", "[step_detail]") {
  for (int batch : {0, 1, 10}) {
    CAPTURE(batch);
    Trainer t(small_config(OptimizerKind::sgd, batch, Scalar(0.3)), test::blobs_data(40, 3));
    StepDetail d;
    t.train_step(&d);
    REQUIRE(d.layers.size() == 3);
    for (std::size_t l = 0; l < d.layers.size(); ++l) {
      CAPTURE(l);
      const LayerStep& s = d.layers[l];
      test::assert_near((s.W_before - s.W_after) / Scalar(0.1), s.dW, 1e-4);
      test::assert_near((s.b_before - s.b_after) / Scalar(0.1), s.db, 1e-4);
      CHECK(s.W_after == t.network().layers()[l].W);
    }
    CHECK(d.batch_rows == (batch == 0 ? 40 : batch));
    CHECK(d.update == 1);
  }
}

TEST_CASE("step detail: the captured gradient is what Adam was given", "[step_detail]") {
  // Adam's first step moves every weight by lr * sign(dW) (up to epsilon): the direction
  // of the update is the captured gradient's sign.
  Trainer t(small_config(OptimizerKind::adam, 8), test::blobs_data(40, 5));
  StepDetail d;
  t.train_step(&d);
  for (const LayerStep& s : d.layers)
    for (Eigen::Index k = 0; k < s.dW.size(); ++k) {
      if (std::abs(s.dW(k)) < 1e-6f) continue;
      CHECK(std::abs((s.W_before(k) - s.W_after(k)) - Scalar(0.1) * (s.dW(k) > 0 ? 1 : -1)) < 1e-4f);
    }
}

TEST_CASE("step detail: forward values and gradients follow the teaching notation", "[step_detail]") {
  const Scalar l1 = Scalar(0.25), l2 = Scalar(0.5);
  auto data = test::blobs_data(12, 9);
  TrainingConfig c = small_config(OptimizerKind::sgd, 0, l2);  // full batch: every example shown
  c.l1 = l1;
  Trainer t(c, data);
  StepDetail d;
  t.train_step(&d);
  const Scalar m = 12;
  test::assert_near(d.layers[0].A_prev, data->train.x, 0);
  for (std::size_t l = 0; l < d.layers.size(); ++l) {
    CAPTURE(l);
    const LayerStep& s = d.layers[l];
    Matrix Z = s.W_before * s.A_prev;
    Z.colwise() += s.b_before;
    test::assert_near(s.Z, Z, 1e-5);
    if (l > 0) test::assert_near(s.A_prev, d.layers[l - 1].A, 0);
    // dW = dZ·A_prevᵀ / m + (λ₁/N)·sign(W) + (λ₂/N)·W; db = Σ dZ / m.
    const Matrix sign = s.W_before.array().sign().matrix();
    test::assert_near(s.dW, s.dZ * s.A_prev.transpose() / m + (l1 / m) * sign + (l2 / m) * s.W_before, 1e-5);
    test::assert_near(s.db, s.dZ.rowwise().sum() / m, 1e-5);
  }
  // Output: one sigmoid unit with cross-entropy, dZ = A - Y.
  test::assert_near(d.layers[2].dZ, d.layers[2].A - d.Y, 1e-5);
  // Hidden: dA = W[l+1]ᵀ dZ[l+1], dZ = dA ⊙ f'(Z) (relu, then tanh).
  test::assert_near(d.layers[1].dA, d.layers[2].W_before.transpose() * d.layers[2].dZ, 1e-5);
  test::assert_near(d.layers[1].dZ, (d.layers[1].Z.array() > 0).select(d.layers[1].dA, Matrix::Zero(4, 12)), 1e-5);
  test::assert_near(d.layers[0].dZ, d.layers[0].dA.array() * (1 - d.layers[0].A.array().square()), 1e-5);
  CHECK(d.layers[2].dA.size() == 0);
  CHECK(d.layers[0].D.size() == 0);
  CHECK(d.rows == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11});
  CHECK(d.cost > 0);
}

TEST_CASE("step detail: dropout masks are captured, and at most 16 examples are shown", "[step_detail]") {
  auto data = test::blobs_data(60, 4);
  Trainer t(small_config(OptimizerKind::momentum, 32, 0, Scalar(0.5)), data);
  StepDetail d;
  t.train_step(&d);
  REQUIRE(d.layers[0].D.rows() == 6);
  REQUIRE(d.layers[0].D.cols() == kStepDetailMaxRows);
  CHECK(d.layers[1].D.size() == 0);
  for (Eigen::Index k = 0; k < d.layers[0].D.size(); ++k) CHECK((d.layers[0].D(k) == 0 || d.layers[0].D(k) == 2));
  CHECK(d.batch_rows == 32);
  CHECK(d.rows.size() == static_cast<std::size_t>(kStepDetailMaxRows));
  CHECK(d.Y.cols() == kStepDetailMaxRows);
  // The rows are the batch's: A_prev of layer 1 holds those training examples.
  for (int j = 0; j < kStepDetailMaxRows; ++j) CHECK(d.layers[0].A_prev.col(j) == data->train.x.col(d.rows[j]));
  CHECK(d.batch == 0);
  CHECK(d.batches_per_epoch == 2);
  CHECK_FALSE(d.epoch_ended);
}

TEST_CASE("step detail: stepping through an epoch trains exactly as train_epoch", "[step_detail]") {
  auto data = test::blobs_data(50, 2);
  TrainingConfig c = small_config(OptimizerKind::adam, 16, Scalar(0.1), Scalar(0.8));
  Trainer whole(c, data);
  Trainer stepped(c, data);
  whole.train(2);
  StepDetail d;
  // 50 rows in batches of 16: 4 steps an epoch, the last of 2 rows.
  for (int i = 0; i < 3; ++i) CHECK_FALSE(stepped.train_step(&d).has_value());
  const auto metrics = stepped.train_step(&d);
  REQUIRE(metrics.has_value());
  CHECK(d.epoch_ended);
  CHECK(d.batch_rows == 2);
  CHECK(metrics->epoch == 1);
  CHECK(stepped.train_step(nullptr) == std::nullopt);  // the second epoch, begun by a step...
  stepped.train_epoch();                               // ...and finished whole
  REQUIRE(stepped.history().size() == 2);
  for (std::size_t e = 0; e < 2; ++e) CHECK(same_bits(whole.history()[e].train_loss, stepped.history()[e].train_loss));
  for (std::size_t l = 0; l < 3; ++l) CHECK(whole.network().layers()[l].W == stepped.network().layers()[l].W);
}

TEST_CASE("step detail: a network too large to show is refused before training", "[step_detail]") {
  TrainingConfig c = small_config(OptimizerKind::sgd, 8);
  c.hidden_layers = {{65, Activation::relu, 1}};
  Trainer t(c, test::blobs_data(20, 1));
  const Matrix before = t.network().layers()[0].W;
  StepDetail d;
  CHECK_THROWS_WITH(t.train_step(&d), Catch::Matchers::Contains("at most 64 units per layer; layer 1 has 65"));
  CHECK(t.network().layers()[0].W == before);
  CHECK(t.train_step(nullptr) == std::nullopt);  // without the detail, any size trains
}
