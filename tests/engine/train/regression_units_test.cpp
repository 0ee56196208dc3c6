// Regression targets in large units (prices, years) train like small ones: the data layer
// standardizes them on the training rows and predictions come back in the data's units.
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <sstream>

#include "data/build.hpp"
#include "data/csv/read_csv.hpp"
#include "io/model_json.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::Contains;

namespace {

// price = 150000 + 40000 area - 25000 age, over a grid of (area, age).
std::string house_prices_csv() {
  std::ostringstream csv;
  csv << "area,age,price\n";
  for (int i = 0; i < 20; ++i)
    for (int j = 0; j < 10; ++j) {
      const double area = 0.5 + 0.1 * i, age = 0.2 * j;
      csv << area << "," << age << "," << 150000 + 40000 * area - 25000 * age << "\n";
    }
  return csv.str();
}

}  // namespace

TEST_CASE("regression: the RMSE is reported in the target's units, the loss on the standardized target",
          "[regression][metrics]") {
  // The house prices with a deterministic noise of up to ±2,000.
  std::ostringstream csv;
  csv << "area,age,price\n";
  for (int i = 0; i < 20; ++i)
    for (int j = 0; j < 10; ++j) {
      const double area = 0.5 + 0.1 * i, age = 0.2 * j;
      csv << area << "," << age << "," << 150000 + 40000 * area - 25000 * age + ((i * 7 + j * 3) % 11 - 5) * 400
          << "\n";
    }
  DatasetOptions options;
  options.seed = 3;
  auto data = std::make_shared<const Dataset>(build_dataset(parse_csv(csv.str()), options).dataset);
  TrainingConfig config;
  config.hidden_layers = {};
  config.optimizer.learning_rate = Scalar(0.05);
  Trainer trainer(config, data);
  trainer.train(60);
  const EpochMetrics& last = trainer.history().back();

  Matrix predicted = trainer.predict(data->validation.x);
  decode_outputs(data->preprocessing, predicted);
  Matrix actual = data->validation.targets;
  decode_outputs(data->preprocessing, actual);
  const double rmse = std::sqrt((predicted - actual).cast<double>().squaredNorm() / static_cast<double>(actual.cols()));
  CHECK(rmse > 500);  // the noise
  CHECK_THAT(last.validation_rmse, Catch::Matchers::WithinRel(rmse, 1e-3));
  CHECK(last.validation_loss < 0.1);  // the mean squared error of standardized prices
  CHECK(std::isnan(last.train_accuracy));
}

TEST_CASE("regression: targets in large units train and predict in the data's units", "[regression][preprocessing]") {
  const Table table = parse_csv(house_prices_csv());
  DatasetOptions options;
  options.seed = 3;
  auto data = std::make_shared<const Dataset>(build_dataset(table, options).dataset);
  REQUIRE(data->task == Task::regression);

  TrainingConfig config;
  config.hidden_layers = {};  // a linear model fits a linear target exactly
  config.optimizer.learning_rate = Scalar(0.05);
  config.batch_size = 16;
  Trainer trainer(config, data);
  trainer.train(60);
  REQUIRE_FALSE(trainer.stopped());
  CHECK(trainer.history().back().validation_r2 > 0.999);

  // A saved model predicts prices, not standardized values.
  Model copy = model_from_json(model_to_json(trainer));
  Matrix out = copy.network.predict(encode_rows(copy.preprocessing, {{"1.5", "1.0"}, {"0.5", "0"}}));
  decode_outputs(copy.preprocessing, out);
  CHECK_THAT(out(0, 0), Catch::Matchers::WithinRel(185000.0, 0.005));
  CHECK_THAT(out(0, 1), Catch::Matchers::WithinRel(170000.0, 0.005));
  CHECK(copy.preprocessing.target_offset.size() == 1);

  SECTION("a model whose target scaling does not fit its outputs is refused") {
    nlohmann::json j = model_to_json(trainer);
    j["preprocessing"]["target_offset"] = {1.0, 2.0};
    j["preprocessing"]["target_scale"] = {1.0, 1.0};
    CHECK_THROWS_WITH(model_from_json(j), Contains("target_offset holds 2 values for a model with 1 outputs"));
    j["preprocessing"]["target_offset"] = {1.0};
    j["preprocessing"]["target_scale"] = {0.0};
    CHECK_THROWS_WITH(model_from_json(j), Contains("target_scale[0] must not be zero"));
  }
}
