// Training on features held as bytes (data/dataset.hpp) is training on the floats they
// scale to: the same weights, metrics and predictions, bit for bit.
#include <catch2/catch.hpp>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "data/build.hpp"
#include "data/table.hpp"
#include "train/memory_estimate.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

std::shared_ptr<const Dataset> pixels(std::size_t bytes_from_values) {
  std::vector<std::string> names{"label"};
  for (int p = 0; p < 16; ++p) names.push_back("p" + std::to_string(p));
  std::vector<float> values;
  for (int r = 0; r < 300; ++r) {
    const int label = r % 3;
    values.push_back(static_cast<float>(label));
    for (int p = 0; p < 16; ++p)
      values.push_back(static_cast<float>((p / 6 == label ? 180 : 20) + (r * 13 + p * 7) % 70));
  }
  DatasetOptions o;
  o.target = "label";
  o.scaling = Scaling::minmax;
  o.test_fraction = 0.1;
  o.bytes_from_values = bytes_from_values;
  return std::make_shared<Dataset>(build_dataset(make_numeric_table("pixels", names, values), o).dataset);
}

void check_same_training(TrainingConfig c) {
  const auto floats = pixels(std::numeric_limits<std::size_t>::max());
  const auto bytes = pixels(0);
  REQUIRE_FALSE(floats->train.in_bytes());
  REQUIRE(bytes->train.in_bytes());
  const Scalar keep = c.hidden_layers.empty() ? Scalar{1} : c.hidden_layers[0].keep_prob;
  c.hidden_layers = {{8, Activation::relu, keep}};
  Trainer a(c, floats), b(c, bytes);
  for (int epoch = 0; epoch < 4; ++epoch) {
    const EpochMetrics ma = a.train_epoch(), mb = b.train_epoch();
    CHECK(ma.train_loss == mb.train_loss);
    CHECK(ma.validation_loss == mb.validation_loss);
    CHECK(ma.train_accuracy == mb.train_accuracy);
    CHECK(ma.validation_accuracy == mb.validation_accuracy);
  }
  for (std::size_t l = 0; l < a.network().layers().size(); ++l)
    CHECK(a.network().layers()[l].W == b.network().layers()[l].W);
  CHECK(a.predict(floats->validation) == b.predict(bytes->validation));
  CHECK(a.predict(floats->test.x) == predict(b.network(), bytes->test));
  CHECK(a.test_score().accuracy == b.test_score().accuracy);
  CHECK(b.test_score().accuracy > 0.6);  // it learns (chance: 1/3): the classes differ in which pixels are bright
}

}  // namespace

TEST_CASE("training on bytes is training on their floats: mini-batches, full batches, dropout", "[trainer][bytes]") {
  TrainingConfig c;
  c.optimizer.kind = OptimizerKind::adam;
  c.optimizer.learning_rate = 0.01;
  SECTION("mini-batches, shuffled") {
    c.batch_size = 16;
    check_same_training(c);
  }
  SECTION("the epoch's batches as its training metrics") {
    c.batch_size = 16;
    c.batch_metrics = true;
    check_same_training(c);
  }
  SECTION("full batches") {
    c.batch_size = 0;
    c.optimizer.learning_rate = 0.05;
    check_same_training(c);
  }
  SECTION("dropout") {
    c.batch_size = 32;
    c.hidden_layers = {{8, Activation::relu, 0.8}};
    check_same_training(c);
  }
}

TEST_CASE("the memory estimate counts bytes as bytes, and the floats they are scaled into",
          "[trainer][bytes][memory]") {
  TrainingConfig c;
  c.hidden_layers = {{8, Activation::relu, 1}};
  c.batch_size = 16;
  const LayerSpec output{3, Activation::softmax, 1};
  const auto floats = pixels(std::numeric_limits<std::size_t>::max());
  const auto bytes = pixels(0);
  const MemoryEstimate f = estimate_training_memory(c, *floats, output);
  const MemoryEstimate b = estimate_training_memory(c, *bytes, output);
  const double features = 300.0 * 16;
  CHECK(f.data - b.data == Approx(features * 3));       // 4 bytes a value -> 1
  CHECK(b.batch - f.batch == Approx(16.0 * 1024 * 4));  // the chunk evaluation scales into
}
