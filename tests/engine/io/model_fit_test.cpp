// An imported model against loaded data: what differs, and its scores where it fits.
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <string>

#include "data/build.hpp"
#include "data/csv/read_csv.hpp"
#include "io/model_fit.hpp"
#include "io/model_json.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::Contains;

namespace {

// 90 rows: a numeric column, a categorical one and a class that depends on both.
std::string people_csv(const char* target_name = "group", const char* colour = "colour") {
  std::string text = std::string("age,") + colour + "," + target_name + "\n";
  const char* colours[] = {"red", "green", "blue"};
  for (int i = 0; i < 90; ++i) {
    const int age = 20 + (i * 7) % 50;
    const char* c = colours[i % 3];
    text += std::to_string(age) + "," + c + "," + ((age > 40) != (i % 3 == 0) ? "old" : "young") + "\n";
  }
  return text;
}

std::shared_ptr<const Dataset> build(const std::string& csv, std::uint64_t seed = 1) {
  DatasetOptions o;
  o.seed = seed;
  return std::make_shared<const Dataset>(build_dataset(parse_csv(csv), o).dataset);
}

Model trained_model(const std::shared_ptr<const Dataset>& data, std::vector<EpochMetrics>& history) {
  TrainingConfig c;
  c.hidden_layers = {{8, Activation::tanh, 1}};
  c.batch_size = 0;
  c.optimizer.learning_rate = Scalar(0.05);
  c.l2 = Scalar(0.1);
  Trainer trainer(c, data);
  history = trainer.train(20);
  return model_from_json(model_to_json(trainer));
}

}  // namespace

TEST_CASE("model fit: on the data it was trained on, the model scores what training reported", "[model-fit]") {
  const auto data = build(people_csv());
  std::vector<EpochMetrics> history;
  Model model = trained_model(data, history);
  REQUIRE(model_differences(model, *data).empty());
  const ModelScores s = score_model(model, *data);
  const EpochMetrics& last = history.back();
  CHECK(s.metrics.epoch == 20);
  CHECK(s.metrics.train_accuracy == last.train_accuracy);
  CHECK(s.metrics.validation_accuracy == last.validation_accuracy);
  CHECK_THAT(s.metrics.train_loss, Catch::Matchers::WithinRel(last.train_loss, 1e-5));
  CHECK_THAT(s.metrics.validation_loss, Catch::Matchers::WithinRel(last.validation_loss, 1e-5));
  long validation_rows = 0;
  for (const auto& row : s.validation)
    for (long n : row) validation_rows += n;
  CHECK(validation_rows == data->validation.size());
}

TEST_CASE("model fit: another split of the same columns is rescaled to the model's scaling", "[model-fit]") {
  const auto data = build(people_csv());
  std::vector<EpochMetrics> history;
  Model model = trained_model(data, history);
  // Another seed: other training rows, so other means and deviations to undo.
  const auto other = build(people_csv(), 7);
  REQUIRE(model_differences(model, *other).empty());
  const ModelScores s = score_model(model, *other);
  // The truth: the same rows unscaled (the split does not depend on the scaling), scaled
  // with the model's own preprocessing.
  DatasetOptions unscaled;
  unscaled.seed = 7;
  unscaled.scaling = Scaling::none;
  Dataset raw = build_dataset(parse_csv(people_csv()), unscaled).dataset;
  apply_scaling(model.preprocessing, raw.validation.x);
  const Matrix outputs = model.network.predict(raw.validation.x);
  const ConfusionMatrix truth = confusion_matrix(outputs, raw.validation.labels, raw.class_count());
  CHECK(s.validation == truth);
  // With the data's own scaling the predictions would differ: the rescaling matters here.
  CHECK(other->preprocessing.offset[0] != Approx(model.preprocessing.offset[0]));
}

TEST_CASE("model fit: fine-tuning trains the model on in its own scaling, where it stopped",
          "[model-fit][fine-tuning]") {
  const auto data = build(people_csv());
  std::vector<EpochMetrics> history;
  const Model model = trained_model(data, history);

  // On the data it was trained on, the same data serves: nothing is copied.
  CHECK(data_for_model(model, data) == data);

  // On another split the examples are rescaled to the model's scaling.
  const auto other = build(people_csv(), 7);
  const auto tuned = data_for_model(model, other);
  REQUIRE(tuned != other);
  CHECK(tuned->train.size() == other->train.size());
  CHECK(tuned->train.labels == other->train.labels);
  CHECK(tuned->preprocessing.offset.isApprox(model.preprocessing.offset));
  DatasetOptions unscaled;
  unscaled.seed = 7;
  unscaled.scaling = Scaling::none;
  Dataset raw = build_dataset(parse_csv(people_csv()), unscaled).dataset;
  apply_scaling(model.preprocessing, raw.train.x);
  CHECK(tuned->train.x.isApprox(raw.train.x, 1e-5f));

  // The trainer continues: epochs 21, 22... from the saved weights, whose first epoch's
  // loss is near the model's score, far below an untrained network's.
  TrainingConfig c = model.config;
  Trainer fresh(c, tuned);
  Trainer trainer(c, tuned);
  REQUIRE(trainer.can_continue(model.network));
  trainer.continue_from(model.network, model.weights_of_epoch);
  CHECK(trainer.epoch() == 20);
  CHECK(trainer.network().layers()[0].W == model.network.layers()[0].W);
  const EpochMetrics next = trainer.train_epoch();
  CHECK(next.epoch == 21);
  CHECK(trainer.epoch() == 21);
  CHECK(trainer.history().size() == 1);
  CHECK(trainer.first_epoch() == 20);
  CHECK(next.train_loss < fresh.train_epoch().train_loss);
  CHECK_THROWS_WITH(trainer.continue_from(model.network, 20), Contains("has trained already"));

  // Another shape does not continue.
  c.hidden_layers = {{4, Activation::tanh, 1}};
  Trainer other_shape(c, tuned);
  CHECK_FALSE(other_shape.can_continue(model.network));
  CHECK_THROWS_WITH(other_shape.continue_from(model.network, 20), Contains("shape"));
}

TEST_CASE("model fit: fine-tuning data keeps the data's columns and takes the model's derived inputs",
          "[model-fit][fine-tuning]") {
  // Two numeric inputs and a column the data ignores; the model derives x².
  std::string csv = "x,y,note,label\n";
  for (int i = 0; i < 80; ++i)
    csv += std::to_string(i % 9 - 4) + "," + std::to_string((i * 5) % 11 - 5) + ",n" + std::to_string(i) + "," +
           ((i % 9 - 4) * (i % 9 - 4) > 5 ? "out" : "in") + "\n";
  DatasetOptions with_square;
  with_square.seed = 1;
  with_square.ignore_columns = {"note"};
  with_square.derived = {DerivedInput::x1sq};
  const auto trained_on = std::make_shared<const Dataset>(build_dataset(parse_csv(csv), with_square).dataset);
  TrainingConfig c;
  c.hidden_layers = {{4, Activation::tanh, 1}};
  c.batch_size = 0;
  Trainer trainer(c, trained_on);
  trainer.train(3);
  const Model model = model_from_json(model_to_json(trainer));

  DatasetOptions plain;
  plain.seed = 3;
  plain.ignore_columns = {"note"};
  const auto data = std::make_shared<const Dataset>(build_dataset(parse_csv(csv), plain).dataset);
  REQUIRE(model_differences(model, *data).empty());
  const auto tuned = data_for_model(model, data);
  REQUIRE(tuned->train.x.rows() == 3);
  CHECK(tuned->feature_names == model.feature_names);
  // The third input is the first one squared, in the model's scaling.
  const Eigen::Index j = 5;
  CHECK(tuned->train.x(2, j) == Approx(tuned->train.x(0, j) * tuned->train.x(0, j)));
  // The data's columns: a prediction row (x, y, note) is encoded as the examples were.
  CHECK(tuned->preprocessing.inputs.size() == data->preprocessing.inputs.size());
  const Matrix row = encode_rows(tuned->preprocessing, {{"2", "-1", "n0"}});
  CHECK(row.rows() == 3);
  CHECK(row(2, 0) == Approx(row(0, 0) * row(0, 0)));
  Trainer on(model.config, tuned);
  REQUIRE(on.can_continue(model.network));
}

TEST_CASE("model fit: other columns, categories, classes or task are named", "[model-fit]") {
  const auto data = build(people_csv());
  std::vector<EpochMetrics> history;
  const Model model = trained_model(data, history);

  const auto renamed = build(people_csv("group", "shade"));
  REQUIRE(model_differences(model, *renamed).size() == 1);
  CHECK_THAT(model_differences(model, *renamed)[0],
             Contains("the model takes the columns \"age\", \"colour\"; the data has \"age\", \"shade\""));

  std::string fewer_colours = people_csv();
  for (std::size_t at; (at = fewer_colours.find("blue")) != std::string::npos;) fewer_colours.replace(at, 4, "red");
  CHECK_THAT(model_differences(model, *build(fewer_colours))[0],
             Contains("column \"colour\" has the categories \"blue\", \"green\", \"red\" for the model, \"green\", "
                      "\"red\" in the data"));

  std::string other_classes = people_csv();
  for (std::size_t at; (at = other_classes.find("young")) != std::string::npos;) other_classes.replace(at, 5, "new");
  CHECK_THAT(model_differences(model, *build(other_classes))[0],
             Contains("the model's classes are \"old\", \"young\"; the data's are \"new\", \"old\""));

  DatasetOptions regression;
  regression.target = "age";
  const Dataset ages = build_dataset(parse_csv(people_csv()), regression).dataset;
  CHECK_THAT(model_differences(model, ages)[0], Contains("the model does classification, the data is for regression"));
}
