// Update rules: the first two steps on a tiny slot against values worked out by hand;
// Adam's step counter per mini-batch; learning-rate schedules.
#include "nn/optimizer.hpp"
#include "test_common.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// One slot of two parameters, w0 = (1, -2), updated with lr = 0.1 by the gradient
// g1 = (0.5, 0.1) and then g2 = (-0.2, 0.3). Returns w after each of the two steps.
struct TwoSteps {
  Array after1, after2;
};

TwoSteps two_steps(const OptimizerConfig& config) {
  Array w(2), g(2);
  w << 1, -2;
  std::vector<ParamSlot> slots = {{w.data(), g.data(), 2}};
  Optimizer optimizer(config, slots);
  g << Scalar(0.5), Scalar(0.1);
  optimizer.step(slots, Scalar(0.1));
  const Array after1 = w;
  g << Scalar(-0.2), Scalar(0.3);
  optimizer.step(slots, Scalar(0.1));
  REQUIRE(optimizer.steps() == 2);
  return {after1, w};
}

OptimizerConfig config_of(OptimizerKind kind) {
  OptimizerConfig c;
  c.kind = kind;
  c.learning_rate = Scalar(0.1);
  return c;  // momentum 0.9, rho 0.9, beta1 0.9, beta2 0.999, epsilon 1e-8
}

// Float arithmetic on values of order 1: a few ulps of 2 is ~5e-7.
void require_w(const Array& w, double w0, double w1) {
  CHECK_THAT(static_cast<double>(w(0)), WithinAbs(w0, 2e-6));
  CHECK_THAT(static_cast<double>(w(1)), WithinAbs(w1, 2e-6));
}

}  // namespace

TEST_CASE("optimizer: two steps of each rule match hand-computed values", "[optimizer]") {
  SECTION("sgd: w -= lr g") {
    const TwoSteps s = two_steps(config_of(OptimizerKind::sgd));
    require_w(s.after1, 1 - 0.05, -2 - 0.01);        // (0.95, -2.01)
    require_w(s.after2, 0.95 + 0.02, -2.01 - 0.03);  // (0.97, -2.04)
  }
  SECTION("momentum: v = 0.9 v - lr g; w += v") {
    const TwoSteps s = two_steps(config_of(OptimizerKind::momentum));
    // v1 = (-0.05, -0.01); w1 = (0.95, -2.01)
    require_w(s.after1, 0.95, -2.01);
    // v2 = 0.9 (-0.05, -0.01) + (0.02, -0.03) = (-0.025, -0.039); w2 = (0.925, -2.049)
    require_w(s.after2, 0.925, -2.049);
  }
  SECTION("nesterov: w += mu^2 v_old - (1 + mu) lr g, v = mu v_old - lr g") {
    const TwoSteps s = two_steps(config_of(OptimizerKind::nesterov));
    // w1 = (1 - 1.9 * 0.05, -2 - 1.9 * 0.01) = (0.905, -2.019); v1 = (-0.05, -0.01)
    require_w(s.after1, 0.905, -2.019);
    // w2 = (0.905 + 0.81 * -0.05 + 1.9 * 0.02, -2.019 + 0.81 * -0.01 - 1.9 * 0.03)
    //    = (0.905 - 0.0405 + 0.038, -2.019 - 0.0081 - 0.057) = (0.9025, -2.0841)
    require_w(s.after2, 0.9025, -2.0841);
  }
  SECTION("adagrad: G += g^2; w -= lr g / (sqrt(G) + eps)") {
    const TwoSteps s = two_steps(config_of(OptimizerKind::adagrad));
    // G1 = (0.25, 0.01); w1 = (1 - 0.1 * 0.5 / 0.5, -2 - 0.1 * 0.1 / 0.1) = (0.9, -2.1)
    require_w(s.after1, 0.9, -2.1);
    // G2 = (0.29, 0.10); w2 = (0.9 + 0.02 / sqrt(0.29), -2.1 - 0.03 / sqrt(0.1))
    //    = (0.9 + 0.0371390676, -2.1 - 0.0948683298)
    require_w(s.after2, 0.9371390676, -2.1948683298);
  }
  SECTION("rmsprop: S = 0.9 S + 0.1 g^2; w -= lr g / (sqrt(S) + eps)") {
    const TwoSteps s = two_steps(config_of(OptimizerKind::rmsprop));
    // S1 = (0.025, 0.001); w1 = (1 - 0.05 / 0.1581138830, -2 - 0.01 / 0.0316227766)
    //    = (1 - 0.3162277660, -2 - 0.3162277660)
    require_w(s.after1, 0.6837722340, -2.3162277660);
    // S2 = (0.0225 + 0.004, 0.0009 + 0.009) = (0.0265, 0.0099);
    // w2 = (0.6837722 + 0.02 / 0.1627882060, -2.3162278 - 0.03 / 0.0994987437)
    //    = (0.6837722 + 0.1228590, -2.3162278 - 0.3015113)
    require_w(s.after2, 0.8066312698, -2.6177389803);
  }
  SECTION("adam: bias-corrected moments, w -= lr m^ / (sqrt(v^) + eps)") {
    const TwoSteps s = two_steps(config_of(OptimizerKind::adam));
    // t = 1: m = 0.1 g1, v = 0.001 g1^2; m^ = m / 0.1 = g1, v^ = v / 0.001 = g1^2,
    // so the step is lr * sign(g1): w1 = (0.9, -2.1).
    require_w(s.after1, 0.9, -2.1);
    // t = 2: m = 0.9 (0.05, 0.01) + 0.1 (-0.2, 0.3) = (0.025, 0.039); m^ = m / (1 - 0.81)
    //        = (0.1315789474, 0.2052631579);
    //        v = 0.999 (0.00025, 0.00001) + 0.001 (0.04, 0.09) = (0.00028975, 0.00009999);
    //        v^ = v / (1 - 0.998001) = (0.1449474737, 0.0500200100);
    //        step = 0.1 m^ / sqrt(v^) = (0.0345605819, 0.0917780978)
    require_w(s.after2, 1 - 0.1 - 0.0345605819, -2.1 - 0.0917780978);
  }
}

TEST_CASE("optimizer: state is kept per slot", "[optimizer]") {
  // Two slots updated together give the same values as each slot alone.
  const OptimizerKind kind = GENERATE(OptimizerKind::momentum, OptimizerKind::nesterov, OptimizerKind::adagrad,
                                      OptimizerKind::rmsprop, OptimizerKind::adam);
  CAPTURE(name_of(kind));
  Array a(2), ga(2), b(1), gb(1);
  a << 1, -2;
  b << 3;
  ga << Scalar(0.5), Scalar(0.1);
  gb << Scalar(-4);
  std::vector<ParamSlot> both = {{a.data(), ga.data(), 2}, {b.data(), gb.data(), 1}};
  Optimizer together(config_of(kind), both);
  for (int i = 0; i < 3; ++i) together.step(both, Scalar(0.1));

  Array b_alone(1);
  b_alone << 3;
  std::vector<ParamSlot> one = {{b_alone.data(), gb.data(), 1}};
  Optimizer alone(config_of(kind), one);
  for (int i = 0; i < 3; ++i) alone.step(one, Scalar(0.1));
  CHECK(b(0) == b_alone(0));

  REQUIRE_THROWS_AS(together.step(one, Scalar(0.1)), std::logic_error);  // slots changed
}

TEST_CASE("optimizer: adam's step counter advances once per mini-batch", "[optimizer][adam]") {
  // 6 rows; batch 2 -> 3 steps an epoch, batch 4 -> 2 (the last batch has 2 rows),
  // batch 0 (full batch) -> 1.
  const Matrix x = test::examples_from_rows({{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.2}, {0.2, 0.5}});
  auto data = test::classification_data(x, {0, 1, 1, 0, 1, 0}, 2);
  TrainingConfig config;
  config.optimizer.kind = OptimizerKind::adam;
  config.hidden_layers = {{3, Activation::tanh, 1}};
  const auto [batch, per_epoch] = GENERATE(table<int, long>({{2, 3}, {4, 2}, {0, 1}, {1, 6}, {6, 1}}));
  CAPTURE(batch);
  config.batch_size = batch;
  Trainer trainer(config, data);
  trainer.train(1);
  CHECK(trainer.steps() == per_epoch);
  trainer.train(2);
  CHECK(trainer.steps() == 3 * per_epoch);
}

TEST_CASE("optimizer: adam's bias correction uses the mini-batch count", "[optimizer][adam]") {
  // With a constant gradient g, the bias-corrected moments are m^ = g and v^ = g^2 at
  // every step t, so each step moves w by exactly lr (up to eps). A counter that advanced
  // per epoch, or not at all, would give m^ / sqrt(v^) != 1 from the second step on:
  // e.g. t stuck at 1 on step 2 gives 0.19 / 0.1 / sqrt(0.001999 / 0.001) = 1.3438.
  Array w(1), g(1);
  w << 0;
  g << Scalar(0.25);
  std::vector<ParamSlot> slots = {{w.data(), g.data(), 1}};
  Optimizer optimizer(config_of(OptimizerKind::adam), slots);
  for (int t = 1; t <= 10; ++t) {
    optimizer.step(slots, Scalar(0.01));
    CAPTURE(t);
    CHECK_THAT(static_cast<double>(w(0)), WithinAbs(-0.01 * t, 1e-6));
  }
}

TEST_CASE("optimizer: the fused adam update equals the textbook lines", "[optimizer][adam]") {
  // m = β₁m + (1-β₁)dW; v = β₂v + (1-β₂)dW²; m̂ = m/(1-β₁ᵗ); v̂ = v/(1-β₂ᵗ); W -= α m̂/(√v̂ + ε),
  // written out in double over 200 steps of varied gradients (sizes 1e-4 to 10, signs
  // changing), against the engine's fused float form: the two agree to float rounding.
  const int n = 37;  // not a multiple of any vector width
  OptimizerConfig c = config_of(OptimizerKind::adam);
  c.beta1 = Scalar(0.8);
  c.beta2 = Scalar(0.99);
  c.epsilon = Scalar(1e-6);
  Array W(n), dW(n);
  Eigen::ArrayXd W_ref(n), m(n), v(n);
  for (int i = 0; i < n; ++i) W(i) = static_cast<Scalar>(0.1 * (i - 18));
  W_ref = W.cast<double>();
  const Eigen::ArrayXd W_start = W_ref;
  m.setZero();
  v.setZero();
  std::vector<ParamSlot> slots = {{W.data(), dW.data(), n}};
  Optimizer optimizer(c, slots);
  const double alpha = 0.01, b1 = c.beta1, b2 = c.beta2, eps = c.epsilon;
  for (int t = 1; t <= 200; ++t) {
    for (int i = 0; i < n; ++i) dW(i) = static_cast<Scalar>(std::pow(10.0, (i % 6) - 4) * std::sin(0.7 * t + i));
    const Eigen::ArrayXd g = dW.cast<double>();
    m = b1 * m + (1 - b1) * g;
    v = b2 * v + (1 - b2) * g.square();
    const Eigen::ArrayXd m_hat = m / (1 - std::pow(b1, t));
    const Eigen::ArrayXd v_hat = v / (1 - std::pow(b2, t));
    W_ref -= alpha * m_hat / (v_hat.sqrt() + eps);
    optimizer.step(slots, static_cast<Scalar>(alpha));
    CAPTURE(t);
    for (int i = 0; i < n; ++i) {
      CAPTURE(i);
      REQUIRE_THAT(static_cast<double>(W(i)), WithinAbs(W_ref(i), 1e-5));
    }
  }
  // The weights moved (0.04 at most, gradients changing sign), 4000 times the tolerance:
  // agreeing is not standing still.
  CHECK((W.cast<double>() - W_start).abs().maxCoeff() > 0.04);
}

TEST_CASE("optimizer: adam's moments of a gradient that stops reach zero without going subnormal",
          "[optimizer][adam]") {
  // A unit that dies: gradients for 5 steps, then none for 1500. m shrinks by β₁ = 0.9 a
  // step and would fall below 1e-30 (where rate·m goes subnormal a few steps later: slow
  // on x86); it becomes exactly 0 instead, v stays far above its threshold, and the
  // weights are those of the textbook lines in double throughout.
  const int n = 3;
  OptimizerConfig c = config_of(OptimizerKind::adam);
  Array W(n), dW(n);
  W << Scalar(0.5), Scalar(-0.25), Scalar(1);
  Eigen::ArrayXd W_ref = W.cast<double>(), m = Eigen::ArrayXd::Zero(n), v = Eigen::ArrayXd::Zero(n);
  std::vector<ParamSlot> slots = {{W.data(), dW.data(), n}};
  Optimizer optimizer(c, slots);
  const double alpha = 0.001, b1 = c.beta1, b2 = c.beta2, eps = c.epsilon;
  int first_zero = 0;
  for (int t = 1; t <= 1505; ++t) {
    if (t <= 5)
      dW << Scalar(1e-3), Scalar(-2e-2), Scalar(0.5);
    else
      dW.setZero();
    m = b1 * m + (1 - b1) * dW.cast<double>();
    v = b2 * v + (1 - b2) * dW.cast<double>().square();
    W_ref -= alpha * (m / (1 - std::pow(b1, t))) / ((v / (1 - std::pow(b2, t))).sqrt() + eps);
    optimizer.step(slots, static_cast<Scalar>(alpha));
    CAPTURE(t);
    for (int i = 0; i < n; ++i) {
      CAPTURE(i);
      const double mi = std::abs(static_cast<double>(optimizer.velocity_or_m(0)(i)));
      REQUIRE((mi == 0 || mi >= 1e-30));
      REQUIRE(static_cast<double>(optimizer.squares_or_v(0)(i)) >= 1e-30);
      REQUIRE_THAT(static_cast<double>(W(i)), WithinAbs(W_ref(i), 2e-6));
    }
    if (first_zero == 0 && (optimizer.velocity_or_m(0) == 0).all()) first_zero = t;
  }
  // Zero once β₁ᵗ has taken the largest moment, 0.5·(1 − 0.9⁵) ≈ 0.2 after the gradients,
  // below 1e-30: about 650 steps (the three moments reach it near 590, 620 and 650).
  CHECK(first_zero > 600);
  CHECK(first_zero < 700);
}

TEST_CASE("optimizer: learning-rate schedules", "[optimizer][schedule]") {
  OptimizerConfig c;
  c.learning_rate = Scalar(0.1);
  SECTION("constant") {
    c.schedule = Schedule::constant;
    const Optimizer o(c, {});
    for (int epoch : {0, 1, 10, 1000}) CHECK_THAT(static_cast<double>(o.learning_rate_at(epoch)), WithinRel(0.1, 1e-6));
  }
  SECTION("step: lr * decay^floor(epoch / decay_epochs)") {
    c.schedule = Schedule::step;
    c.decay = Scalar(0.5);
    c.decay_epochs = 10;
    const Optimizer o(c, {});
    CHECK_THAT(static_cast<double>(o.learning_rate_at(0)), WithinRel(0.1, 1e-6));
    CHECK_THAT(static_cast<double>(o.learning_rate_at(9)), WithinRel(0.1, 1e-6));
    CHECK_THAT(static_cast<double>(o.learning_rate_at(10)), WithinRel(0.05, 1e-6));
    CHECK_THAT(static_cast<double>(o.learning_rate_at(25)), WithinRel(0.025, 1e-6));
  }
  SECTION("inverse: lr / (1 + decay * epoch)") {
    c.schedule = Schedule::inverse;
    c.decay = Scalar(0.5);
    const Optimizer o(c, {});
    CHECK_THAT(static_cast<double>(o.learning_rate_at(0)), WithinRel(0.1, 1e-6));
    CHECK_THAT(static_cast<double>(o.learning_rate_at(4)), WithinRel(0.1 / 3, 1e-6));
    CHECK_THAT(static_cast<double>(o.learning_rate_at(18)), WithinRel(0.01, 1e-6));
  }
  SECTION("the trainer reports and uses the scheduled rate of each epoch (epoch 1 uses epoch 0's)") {
    TrainingConfig config;
    config.optimizer.kind = OptimizerKind::sgd;
    config.optimizer.learning_rate = Scalar(0.1);
    config.optimizer.schedule = Schedule::step;
    config.optimizer.decay = Scalar(0.5);
    config.optimizer.decay_epochs = 2;
    config.batch_size = 0;
    Trainer trainer(config, test::xor_data());
    const auto history = trainer.train(5);
    const double expected[] = {0.1, 0.1, 0.05, 0.05, 0.025};
    for (int e = 0; e < 5; ++e) {
      CAPTURE(e);
      CHECK_THAT(history[e].learning_rate, WithinRel(expected[e], 1e-6));
    }
  }
}

TEST_CASE("optimizer: names round-trip and unknown names are rejected naming the field", "[optimizer]") {
  for (OptimizerKind k : {OptimizerKind::sgd, OptimizerKind::momentum, OptimizerKind::nesterov, OptimizerKind::adagrad,
                          OptimizerKind::rmsprop, OptimizerKind::adam})
    CHECK(optimizer_from_name(name_of(k), "optimizer") == k);
  REQUIRE_THROWS_WITH(optimizer_from_name("lbfgs", "optimizer"), Catch::Contains("optimizer must be one of"));
  REQUIRE_THROWS_WITH(schedule_from_name("cosine", "schedule"), Catch::Contains("schedule must be one of"));
}
