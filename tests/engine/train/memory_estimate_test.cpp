// Resource limits: training that would not fit in memory is refused up front, with the
// numbers, before the network is allocated.
#include <catch2/catch.hpp>

#include "test_common.hpp"
#include "train/memory_estimate.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::Contains;

namespace {

// MNIST's shape: 784 features, 10 classes, `rows` training rows. The features are left
// uninitialized: the estimate reads shapes only, and refused trainers touch nothing.
std::shared_ptr<Dataset> mnist_shaped(Eigen::Index rows) {
  auto data = test::classification_data(Matrix(784, rows), std::vector<int>(static_cast<std::size_t>(rows), 0), 10);
  return data;
}

TrainingConfig wide(int layers, int units, int batch, OptimizerKind optimizer = OptimizerKind::adam) {
  TrainingConfig c;
  c.hidden_layers.assign(static_cast<std::size_t>(layers), {units, Activation::relu, 1});
  c.batch_size = batch;
  c.optimizer.kind = optimizer;
  return c;
}

constexpr double kMB = 1 << 20;

}  // namespace

TEST_CASE("memory: the estimate counts weights, gradients, optimizer state and workspaces", "[memory]") {
  const auto data = mnist_shaped(60000);
  const TrainingConfig c = wide(4, 4096, 256);
  const LayerSpec output{10, Activation::softmax, 1};
  const MemoryEstimate e = estimate_training_memory(c, *data, output);
  const double parameters = (784.0 * 4096 + 4096) + 3 * (4096.0 * 4096 + 4096) + (4096.0 * 10 + 10);
  CHECK(e.weights == parameters * 4);
  CHECK(e.gradients == parameters * 4);
  CHECK(e.optimizer == 2 * parameters * 4);  // Adam's two moments
  CHECK(e.batch_columns == 1024);            // evaluation chunks are wider than the batch
  CHECK(e.workspaces == 3.0 * (4 * 4096 + 10) * 1024 * 4);
  CHECK(e.data == 784.0 * 60000 * 4 + 60000.0 * sizeof(int));
  CHECK(e.batch == (784.0 + 10) * 256 * 4);
  CHECK(e.best_weights == 0);
  CHECK(e.total() > 1000 * kMB);

  CHECK(estimate_training_memory(wide(4, 4096, 256, OptimizerKind::sgd), *data, output).optimizer == 0);
  CHECK(estimate_training_memory(wide(4, 4096, 256, OptimizerKind::momentum), *data, output).optimizer ==
        parameters * 4);
  TrainingConfig dropout = wide(4, 4096, 2048);
  dropout.hidden_layers[0].keep_prob = Scalar(0.5);
  CHECK(estimate_training_memory(dropout, *data, output).workspaces == (5.0 * 4096 + 3 * (3 * 4096 + 10)) * 2048 * 4);
}

TEST_CASE("memory: a network over the budget is refused with the numbers before it is allocated", "[memory]") {
  const auto data = mnist_shaped(60000);
  // About 1.2 GB: refused under a 1 GB budget.
  REQUIRE_THROWS_WITH(
      Trainer(wide(4, 4096, 256), data, std::size_t{1} << 30),
      Contains("training this network needs about 1.") && Contains("GB (data 179.") &&
          Contains("weights 204.5 MB, gradients 204.5 MB, adam state 408.9 MB, workspaces for 1024 columns") &&
          Contains("the limit is 1.0 GB: use fewer units or layers, or a smaller batch"));
  // 32 layers of 4096 units with the whole of MNIST as one batch: about 100 GB, over the
  // default budget of any build.
  REQUIRE_THROWS_WITH(Trainer(wide(32, 4096, 0), data),
                      Contains("training this network needs about") && Contains("workspaces for 60000 columns"));
  REQUIRE_THROWS_WITH(Trainer(wide(32, 4096, 60000), data), Contains("the limit is"));
  // Early stopping keeps a copy of the best weights.
  TrainingConfig patient = wide(2, 4096, 64);
  patient.patience = 5;
  auto with_validation = mnist_shaped(1000);
  with_validation->validation.x = Matrix(784, 100);
  with_validation->validation.labels.assign(100, 0);
  const MemoryEstimate e = estimate_training_memory(patient, *with_validation, {10, Activation::softmax, 1});
  CHECK(e.best_weights == e.weights);
}

TEST_CASE("memory: the budget is 8 GB natively; what fits trains", "[memory]") {
  CHECK(default_memory_budget() == std::size_t{8} << 30);
  // 1 MB of budget: 8 units on 100 rows fit, 256 units do not (their workspaces for
  // 1024 columns alone take 3 MB).
  auto data = test::blobs_data(100, 1);
  TrainingConfig c;
  c.hidden_layers = {{8, Activation::relu, 1}};
  Trainer small(c, data, 1 << 20);
  CHECK(small.train(1).size() == 1);
  c.hidden_layers = {{256, Activation::relu, 1}};
  REQUIRE_THROWS_WITH(Trainer(c, data, 1 << 20), Contains("the limit is 1.0 MB"));
}
