// Numeric safety end to end: extreme feature values (1e30, the float limits), all-zero and
// constant columns go through the data layer and the trainer without a fault, and no NaN
// or infinity reaches the reported metrics unless training stopped and says why.
#include <catch2/catch.hpp>

#include <cmath>
#include <memory>
#include <optional>
#include <string>

#include "data/build.hpp"
#include "data/csv/read_csv.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::Contains;

namespace {

std::shared_ptr<const Dataset> build(const std::string& csv, Scaling scaling, bool drop_constant = true,
                                     std::optional<Task> task = std::nullopt) {
  DatasetOptions o;
  o.task = task;
  o.scaling = scaling;
  o.drop_constant_columns = drop_constant;
  o.validation_fraction = 0.25;
  return std::make_shared<const Dataset>(build_dataset(parse_csv(csv), o).dataset);
}

bool all_finite(const Dataset& d) {
  return d.train.x.allFinite() && d.validation.x.allFinite() && d.test.x.allFinite() && d.train.targets.allFinite() &&
         d.validation.targets.allFinite();
}

// Rows of "big,small,zero,constant,label" with `big` alternating between +v and -v.
std::string extreme_csv(const std::string& v, int rows = 40) {
  std::string csv = "big,small,zero,constant,label\n";
  for (int i = 0; i < rows; ++i)
    csv += (i % 3 ? "" : "-") + v + "," + std::to_string(i % 7) + ",0,5," + (i % 2 ? "yes" : "no") + "\n";
  return csv;
}

// Trains up to `epochs` epochs; every reported loss is finite unless training stopped
// with a reason at that epoch.
void require_no_silent_nan(Trainer& trainer, int epochs) {
  for (const EpochMetrics& m : trainer.train(epochs)) {
    CAPTURE(m.epoch, m.train_loss, m.validation_loss, trainer.stop_reason());
    const bool finite = std::isfinite(m.train_loss) && std::isfinite(m.validation_loss);
    CHECK((finite || (trainer.stopped() && m.epoch == trainer.epoch())));
    if (!finite) CHECK_THAT(trainer.stop_reason(), Contains("training diverged at epoch " + std::to_string(m.epoch)));
    if (trainer.data().task == Task::classification) CHECK((m.train_accuracy >= 0 && m.train_accuracy <= 1));
  }
}

}  // namespace

TEST_CASE("numeric safety: extreme, all-zero and constant columns scale to finite features", "[numeric][robustness]") {
  for (const char* value : {"1e30", "3e38", "3.4028234e38", "1e-30", "1e-45"}) {
    for (Scaling scaling : {Scaling::standardize, Scaling::minmax, Scaling::none}) {
      CAPTURE(value, static_cast<int>(scaling));
      const auto kept = build(extreme_csv(value), scaling, false);  // zero and constant columns kept
      CHECK(kept->feature_count() == 4);
      CHECK(all_finite(*kept));
      if (scaling != Scaling::none) CHECK(kept->train.x.cwiseAbs().maxCoeff() < 10);
      const auto dropped = build(extreme_csv(value), scaling);
      CHECK(dropped->feature_count() == 2);
      CHECK(all_finite(*dropped));
    }
  }
}

TEST_CASE("numeric safety: training on extreme features never reports a silent NaN", "[numeric][robustness]") {
  for (const char* value : {"1e30", "3e38", "1e-30"}) {
    for (Scaling scaling : {Scaling::standardize, Scaling::minmax, Scaling::none}) {
      for (OptimizerKind optimizer : {OptimizerKind::sgd, OptimizerKind::adam, OptimizerKind::rmsprop}) {
        CAPTURE(value, static_cast<int>(scaling), name_of(optimizer));
        TrainingConfig c;
        c.hidden_layers = {{6, Activation::tanh, 1}, {4, Activation::relu, 1}};
        c.optimizer.kind = optimizer;
        c.batch_size = 8;
        Trainer trainer(c, build(extreme_csv(value), scaling, false));
        require_no_silent_nan(trainer, 5);
      }
    }
  }
}

TEST_CASE("numeric safety: unscaled features near the float limit stop training at once, naming them",
          "[numeric][divergence]") {
  // 1e30 unscaled still trains (the float activations reach 1e30 and the loss, in double,
  // stays finite); 3e38 overflows the first layer.
  TrainingConfig c;
  c.hidden_layers = {{8, Activation::relu, 1}};
  c.batch_size = 8;
  Trainer trainer(c, build(extreme_csv("3e38"), Scaling::none));
  const auto history = trainer.train(10);
  REQUIRE(trainer.stopped());
  CHECK(history.size() == 1);
  CHECK_THAT(trainer.stop_reason(),
             Contains("training diverged at epoch 1: the loss became") &&
                 Contains("the features reach 3e+38: scale them (scaling standardize or minmax)"));
  const Message& coded = trainer.stop_message();
  CHECK(coded.code == "train.diverged_non_finite");
  CHECK(english(coded) == trainer.stop_reason());
  REQUIRE(coded.param("reason")->is_message());
  CHECK(coded.param("reason")->message[0].code.rfind("train.", 0) == 0);
  CHECK(coded.param("hint")->message[0].code == "train.hint_scale_features");
}

TEST_CASE("numeric safety: extreme regression targets are standardized and train", "[numeric][regression]") {
  std::string csv = "x,y\n";
  for (int i = 0; i < 40; ++i) csv += std::to_string(i * 37 % 11) + "," + (i % 2 ? "3e38" : "-3e38") + "\n";
  const auto data = build(csv, Scaling::standardize, true, Task::regression);
  CHECK(all_finite(*data));
  TrainingConfig c;
  c.hidden_layers = {{4, Activation::tanh, 1}};
  c.batch_size = 8;
  Trainer trainer(c, data);
  require_no_silent_nan(trainer, 5);
  CHECK_FALSE(trainer.stopped());
}

TEST_CASE("numeric safety: a loss that explodes stops training before anything overflows", "[numeric][divergence]") {
  // A learning rate at the top of the range on targets of 1e6 unscaled: the loss grows by
  // orders of magnitude each epoch; training stops as diverged before a loss or a weight
  // overflows, and the reason says so.
  std::string csv = "a,b,y\n";
  for (int i = 0; i < 32; ++i)
    csv += std::to_string(i % 5) + "," + std::to_string(i % 3) + "," + std::to_string(1e6 * (i % 4)) + "\n";
  TrainingConfig c;
  c.hidden_layers = {{4, Activation::linear, 1}};
  c.optimizer.kind = OptimizerKind::sgd;
  c.optimizer.learning_rate = 100;
  c.batch_size = 0;
  Trainer trainer(c, build(csv, Scaling::none));
  require_no_silent_nan(trainer, 200);
  REQUIRE(trainer.stopped());
  CHECK_THAT(trainer.stop_reason(),
             Contains("has stayed above ten times its best") && Contains("with learning rate 100"));
  for (const EpochMetrics& m : trainer.history()) CHECK(std::isfinite(m.train_loss));
}
