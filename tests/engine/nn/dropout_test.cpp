// Inverted dropout: kept units scaled by 1/keep_prob while training, the mean activation
// preserved in expectation, nothing dropped or scaled at prediction.
#include "nn/layer.hpp"
#include "nn/network.hpp"
#include "test_common.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::WithinAbs;

namespace {

// A layer whose activations are all exactly 1 before dropout: 2000 linear units with
// weights 1 and bias 0 reading a single input equal to 1, over 50 examples.
constexpr int kUnits = 2000;
constexpr int kExamples = 50;

DenseLayer ones_layer(Scalar keep_prob) {
  DenseLayer layer(1, {kUnits, Activation::linear, keep_prob});
  layer.W.setOnes();
  layer.b.setZero();
  return layer;
}

const Matrix kInput = Matrix::Ones(1, kExamples);

}  // namespace

TEST_CASE("dropout: inverted dropout while training, identity at prediction", "[dropout]") {
  const double keep = GENERATE(0.5, 0.8, 0.9);
  CAPTURE(keep);
  DenseLayer layer = ones_layer(static_cast<Scalar>(keep));
  const Scalar scaled = Scalar(1) / static_cast<Scalar>(keep);

  SECTION("while training, every unit is either dropped (0) or kept and scaled by 1/keep_prob") {
    Rng rng(5, 3);
    layer.forward(kInput, 0, &rng);
    const Matrix out = layer.output();
    REQUIRE(out.cols() == kExamples);
    const Eigen::Index kept = (out.array() == scaled).count();
    const Eigen::Index dropped = (out.array() == 0).count();
    REQUIRE(kept + dropped == out.size());
    REQUIRE(dropped > 0);
  }

  SECTION("the mean activation is preserved in expectation") {
    // Each of the N = 100,000 outputs is 1/keep with probability keep, else 0: mean 1,
    // standard deviation of the mean sqrt((1 - keep) / (keep N)) <= 0.0032 for keep >= 0.5.
    // The tolerance 0.02 is over 6 standard deviations; a layer that forgot the 1/keep
    // scaling would be off by 1 - keep >= 0.1, one scaling at prediction instead by as much.
    Rng rng(5, 3);
    layer.forward(kInput, 0, &rng);
    const double mean = static_cast<double>(layer.output().sum()) / (double(kUnits) * kExamples);
    CHECK_THAT(mean, WithinAbs(1.0, 0.02));
    // The fraction kept: sd sqrt(keep (1 - keep) / N) <= 0.0016; tolerance 0.01.
    const double kept = static_cast<double>((layer.output().array() != 0).count()) / (double(kUnits) * kExamples);
    CHECK_THAT(kept, WithinAbs(keep, 0.01));
  }

  SECTION("each training pass draws a new mask") {
    Rng rng(5, 3);
    layer.forward(kInput, 0, &rng);
    const Matrix first = layer.output();
    layer.forward(kInput, 0, &rng);
    CHECK(first != Matrix(layer.output()));
  }

  SECTION("at prediction (no generator) outputs are deterministic and unscaled") {
    layer.forward(kInput, 0, nullptr);
    const Matrix first = layer.output();
    test::assert_near(first, Matrix::Ones(kUnits, kExamples), 0);
    layer.forward(kInput, 0, nullptr);
    CHECK(first == Matrix(layer.output()));
  }

  SECTION("the backward pass routes gradients only through kept units, scaled the same way") {
    Rng rng(5, 3);
    layer.forward(kInput, 0, &rng);
    const Matrix out = layer.output();
    layer.dA().setOnes();
    layer.dZ_from_dA(0);
    test::assert_near(layer.dZ(), out, 0);  // dZ = dA * D / keep * f'(Z), f' = 1, dA = 1
  }
}

TEST_CASE("dropout: keep_prob 1 changes nothing and draws no random numbers", "[dropout]") {
  DenseLayer layer(3, {4, Activation::tanh, 1});
  Rng init(1);
  initialize_weights(Init::xavier, 0, layer.W, init);
  const Matrix x = test::normal_matrix(3, 6, 2);

  layer.forward(x, 0, nullptr);
  const Matrix predicted = layer.output();
  Rng rng(9, 3);
  layer.forward(x, 0, &rng);
  CHECK(predicted == Matrix(layer.output()));
  CHECK(rng.next_u64() == Rng(9, 3).next_u64());
}

TEST_CASE("dropout: the trainer never applies dropout when evaluating or predicting", "[dropout][trainer]") {
  // Keep probability 0.5 on a wide layer: a prediction with dropout would vary from call
  // to call; without, two predictions agree and the reported train loss is the loss of the
  // deterministic prediction.
  TrainingConfig config;
  config.hidden_layers = {{32, Activation::relu, Scalar(0.5)}};
  config.batch_size = 0;
  auto data = test::blobs_data(40, 3);
  Trainer trainer(config, data);
  const auto history = trainer.train(3);
  const Matrix a = trainer.predict(data->train.x);
  const Matrix b = trainer.predict(data->train.x);
  CHECK(a == b);

  Network& net = trainer.network();
  net.forward(data->train.x);
  const double loss = net.loss_sum(trainer.encode_targets(data->train), trainer.loss()) / 40.0;
  CHECK_THAT(history.back().train_loss, WithinAbs(loss, 1e-6));
}
