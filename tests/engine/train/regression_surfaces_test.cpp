// The generated 2-D regression sets (plane, gauss): drawn from the seed, their target is
// the column named "target" and the task is inferred as regression, and the page's
// presets for them (web/core/presets.js) reach a validation R² of 0.9.
#include <catch2/catch.hpp>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

TEST_CASE("regression surfaces: deterministic by seed, target \"target\", task inferred as regression",
          "[builtin][regression]") {
  const auto name = GENERATE(as<std::string>{}, "plane", "gauss");
  CAPTURE(name);
  GeneratedOptions o;
  o.rows = 300;
  o.seed = 42;
  const Table a = load_builtin(name, o);
  const Table b = load_builtin(name, o);
  o.seed = 43;
  const Table c = load_builtin(name, o);
  CHECK(a.rows == 300);
  REQUIRE(a.column_count() == 3);
  CHECK(a.columns[0].name == "x");
  CHECK(a.columns[1].name == "y");
  CHECK(a.columns[2].name == "target");
  CHECK(a.numbers == b.numbers);
  CHECK(a.numbers != c.numbers);

  const DatasetBuild built = build_dataset(a);
  CHECK(built.summary.target == "target");
  CHECK(built.summary.task == Task::regression);
  CHECK(built.summary.task_inferred);
  CHECK(built.dataset.feature_names == std::vector<std::string>{"x", "y"});
  CHECK(built.summary.two_numeric_inputs);
}

namespace {

// The presets of web/core/presets.js for these sets.
TrainingConfig preset(const std::string& name) {
  TrainingConfig c;
  c.init = Init::xavier;
  c.optimizer.kind = OptimizerKind::adam;
  c.batch_size = 16;
  if (name == "plane") {
    c.hidden_layers = {{4, Activation::tanh, 1}};
    c.optimizer.learning_rate = Scalar(0.01);
    c.epochs = 50;
  } else {
    c.hidden_layers = {{12, Activation::tanh, 1}, {12, Activation::tanh, 1}};
    c.optimizer.learning_rate = Scalar(0.01);
    c.epochs = 200;
  }
  return c;
}

}  // namespace

TEST_CASE("regression surfaces: the page's presets reach a validation R² of 0.9", "[builtin][regression][trainer]") {
  const auto name = GENERATE(as<std::string>{}, "plane", "gauss");
  CAPTURE(name);
  const auto data = std::make_shared<const Dataset>(build_dataset(load_builtin(name)).dataset);
  const TrainingConfig c = preset(name);
  Trainer trainer(c, data);
  const EpochMetrics last = trainer.train(c.epochs).back();
  CAPTURE(last.validation_r2, last.train_r2, last.seconds);
  CHECK(last.validation_r2 >= 0.9);
}
