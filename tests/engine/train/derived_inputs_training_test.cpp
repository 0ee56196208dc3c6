// Derived inputs in training: with x₁² and x₂², a network without a hidden layer (logistic
// regression) separates the circles, which no straight line can; a saved model applies
// the same derived inputs to raw values.
#include <catch2/catch.hpp>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "io/model_json.hpp"
#include "test_common.hpp"
#include "train/predict_raw.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

std::shared_ptr<const Dataset> circles(std::vector<DerivedInput> derived) {
  DatasetOptions o;
  o.derived = std::move(derived);
  return std::make_shared<const Dataset>(build_dataset(generate_circles(), o).dataset);
}

TrainingConfig no_hidden_layer() {
  TrainingConfig c;
  c.hidden_layers = {};
  c.optimizer.learning_rate = Scalar(0.05);
  return c;
}

}  // namespace

TEST_CASE("derived inputs: x1² and x2² let a network without hidden layers separate the circles",
          "[derived][trainer]") {
  Trainer with(no_hidden_layer(), circles({DerivedInput::x1sq, DerivedInput::x2sq}));
  Trainer without(no_hidden_layer(), circles({}));
  const double separated = with.train(100).back().validation_accuracy;
  const double linear = without.train(100).back().validation_accuracy;
  CAPTURE(separated, linear);
  CHECK(separated >= 0.95);
  // A line through two concentric classes gets little more than the larger class right.
  CHECK(linear < 0.75);
}

TEST_CASE("derived inputs: a saved model predicts the same from raw values after loading", "[derived][model]") {
  const auto data = circles({DerivedInput::x1sq, DerivedInput::x2sq, DerivedInput::x1x2, DerivedInput::sinx1});
  TrainingConfig c = no_hidden_layer();
  c.hidden_layers = {{4, Activation::tanh, 1}};
  Trainer trainer(c, data);
  trainer.train(5);
  const nlohmann::json saved = model_to_json(trainer);
  CHECK(saved["feature_names"] == nlohmann::json::array({"x", "y", "x²", "y²", "x·y", "sin x"}));
  Model loaded = model_from_json(nlohmann::json::parse(saved.dump()));
  REQUIRE(loaded.network.inputs() == 6);

  Matrix raw(2, 5);
  raw << -1, -0.5f, 0, 0.5f, 1, 0.8f, -0.2f, 0.1f, 1.2f, -1;
  const Matrix before = trainer.network().predict(encode_numbers(data->preprocessing, raw));
  const RawRowReader read = [&](Eigen::Index first, Eigen::Index n, Scalar* out) {
    Eigen::Map<Matrix>(out, 2, n) = raw.middleCols(first, n);
  };
  const Matrix after = predict_raw(loaded.network, loaded.preprocessing, raw.cols(), read);
  test::assert_near(after, before, 1e-6);
}
