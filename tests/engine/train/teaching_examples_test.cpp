// The teaching material's worked examples, reproduced with the engine.
//
// Learning rates: the material's NumPy code SUMS the gradient over the batch and
// differentiates E = 1/2 (y - a)^2, so its update is  W -= lr_material * sum_i (a_i - y_i) f'_i x_i.
// The engine's cost is the MEAN over the m examples of (a - y)^2 (mse, one output, no 1/2),
// whose update is  W -= lr * (2/m) sum_i (a_i - y_i) f'_i x_i.  The two updates are the same
// when lr = lr_material * m / 2, which is the rate these tests use (the engine offers no
// "summed gradient" option: one convention, and the conversion written down here).
// The material draws its initial weights from NumPy's generator, which the engine does not
// reproduce, so the outputs are compared with margins, not to the material's digits.
#include "test_common.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

Scalar material_rate(double lr_material, Eigen::Index m) { return static_cast<Scalar>(lr_material * m / 2); }

}  // namespace

TEST_CASE("teaching example (a): 3 rows of 4 binary features, 3 sigmoid hidden units, mse", "[teaching]") {
  // "Understanding and coding neural networks from scratch" (Analytics Vidhya): X rows
  // [1,0,1,0], [1,0,1,1], [0,1,0,1], labels 1, 1, 0; 3 sigmoid hidden units, sigmoid output,
  // full batch, lr 0.1 (summed) -> 0.15 here, 5000 epochs. The material reports
  // 0.98, 0.97, 0.05.
  const Matrix x = test::examples_from_rows({{1, 0, 1, 0}, {1, 0, 1, 1}, {0, 1, 0, 1}});
  auto data = test::classification_data(x, {1, 1, 0}, 2);
  TrainingConfig config;
  config.hidden_layers = {{3, Activation::sigmoid, 1}};
  config.loss = Loss::mean_squared_error;
  config.init = Init::uniform;
  config.optimizer.kind = OptimizerKind::sgd;
  config.optimizer.learning_rate = material_rate(0.1, 3);
  config.batch_size = 0;
  config.seed = GENERATE(1u, 2u, 3u);
  CAPTURE(config.seed);
  Trainer trainer(config, data);
  REQUIRE(trainer.network().outputs() == 1);  // one sigmoid unit, as in the material
  trainer.train(5000);
  REQUIRE_FALSE(trainer.stopped());

  const Matrix out = trainer.predict(x);
  CAPTURE(out);
  CHECK(out(0, 0) > 0.9);
  CHECK(out(0, 1) > 0.9);
  CHECK(out(0, 2) < 0.1);
  CHECK(trainer.history().back().train_accuracy == 1.0);
}

TEST_CASE("teaching example (b): the 7-row, 3-feature single-layer perceptron", "[teaching]") {
  // "Neural network from scratch" (Pratik Shukla, towardsai.net): the input set
  // [0,1,0], [0,0,1], [1,0,0], [1,1,0], [1,1,1], [0,1,1], [0,1,0] with labels
  // 1, 0, 0, 1, 1, 0, 1; one sigmoid unit, no hidden layer, lr 0.05 (summed) -> 0.175 here,
  // 25000 epochs, then the material scores [1,0,0] low and [0,1,0] high. Its labels are
  // not one feature copied ([0,1,1] -> 0 but [1,1,1] -> 1); they are linearly separable
  // (e.g. 2 x1 + 4 x2 - 2 x3 - 3 > 0), so the scores keep moving towards 0 and 1.
  //
  // Reference: the material's algorithm transcribed to plain Python (its NumPy seed-42
  // initial weights 0.3745, 0.9507, 0.7320, bias 0.5987; sigmoid'(XW) = s(XW)(1 - s(XW));
  // summed gradient, lr 0.05, 25000 epochs) scores [1,0,0] at 0.0593 and [0,1,0] at 0.9618.
  // The issue asks for [1,0,0] < 0.05: that is not reached at these settings by a correct
  // gradient (the problem is convex enough that the initial weights hardly matter: seeds
  // 1-3 all land at 0.0593), so this test pins the reference values instead and says so.
  const Matrix x =
      test::examples_from_rows({{0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {1, 1, 0}, {1, 1, 1}, {0, 1, 1}, {0, 1, 0}});
  auto data = test::classification_data(x, {1, 0, 0, 1, 1, 0, 1}, 2);
  TrainingConfig config;
  config.hidden_layers = {};
  config.loss = Loss::mean_squared_error;
  config.init = Init::uniform;
  config.optimizer.kind = OptimizerKind::sgd;
  config.optimizer.learning_rate = material_rate(0.05, 7);
  config.batch_size = 0;
  config.seed = GENERATE(1u, 2u, 3u);
  CAPTURE(config.seed);
  Trainer trainer(config, data);
  REQUIRE(trainer.network().layers().size() == 1);
  trainer.train(25000);
  REQUIRE_FALSE(trainer.stopped());

  const Matrix probe = test::examples_from_rows({{1, 0, 0}, {0, 1, 0}});
  const Matrix out = trainer.predict(probe);
  CAPTURE(out);
  CHECK(out(0, 1) > 0.95);
  CHECK_THAT(static_cast<double>(out(0, 0)), Catch::Matchers::WithinAbs(0.0593, 0.001));
  CHECK_THAT(static_cast<double>(out(0, 1)), Catch::Matchers::WithinAbs(0.9618, 0.001));
  CHECK(trainer.history().back().train_accuracy == 1.0);
}

TEST_CASE("teaching example (c): XOR with one small hidden layer reaches 100% accuracy", "[teaching][xor]") {
  // A single layer cannot separate XOR; 4 tanh hidden units can. Several seeds, so that
  // the result is not one lucky initialization.
  TrainingConfig config;
  config.hidden_layers = {{4, Activation::tanh, 1}};
  config.init = Init::xavier;
  config.optimizer.kind = OptimizerKind::adam;
  config.optimizer.learning_rate = Scalar(0.05);
  config.batch_size = 0;
  config.seed = GENERATE(range(1u, 6u));
  CAPTURE(config.seed);
  auto data = test::xor_data();
  Trainer trainer(config, data);
  trainer.train(500);
  CHECK(trainer.history().back().train_accuracy == 1.0);
  const Matrix out = trainer.predict(data->train.x);
  CAPTURE(out);
  CHECK(out(0, 0) < 0.2);
  CHECK(out(0, 1) > 0.8);
  CHECK(out(0, 2) > 0.8);
  CHECK(out(0, 3) < 0.2);

  SECTION("while a network without a hidden layer cannot") {
    config.hidden_layers = {};
    Trainer linear(config, data);
    linear.train(500);
    CHECK(linear.history().back().train_accuracy <= 0.75);
  }
}
