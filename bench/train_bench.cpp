// Training throughput of the MNIST-shaped 784-128-64-10 network, batch 64, and the
// share of a step that is not matrix products.
//
//   build/native/bench/train_bench [--seconds S] [--json]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/rng.hpp"
#include "nn/network.hpp"
#include "nn/optimizer.hpp"
#include "train/config.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

constexpr int kInputs = 784, kBatch = 64, kClasses = 10;
const std::vector<int> kHidden = {128, 64};

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Calls per second of `body`, the best of 10 rounds of budget/10 seconds each: on a
// shared machine the fastest round is the one least disturbed by other work.
double rate(double budget, const std::function<void()>& body) {
  for (int i = 0; i < 5; ++i) body();
  double best = 0;
  for (int round = 0; round < 10; ++round) {
    long calls = 0;
    const auto start = std::chrono::steady_clock::now();
    double elapsed = 0;
    while (elapsed < budget / 10) {
      for (int i = 0; i < 5; ++i) body();
      calls += 5;
      elapsed = seconds_since(start);
    }
    best = std::max(best, calls / elapsed);
  }
  return best;
}

Matrix random_matrix(Eigen::Index rows, Eigen::Index cols, Rng& rng) {
  Matrix m(rows, cols);
  for (Eigen::Index i = 0; i < m.size(); ++i) m.data()[i] = rng.uniform_float();
  return m;
}

std::vector<LayerSpec> mnist_layers() {
  return {{kHidden[0], Activation::relu, 1}, {kHidden[1], Activation::relu, 1}, {kClasses, Activation::softmax, 1}};
}

// Only the step's matrix products, on the step's shapes, with Eigen as the engine calls it.
double products_per_second(double budget) {
  Rng rng(7);
  const std::vector<int> sizes = {kInputs, kHidden[0], kHidden[1], kClasses};
  std::vector<Matrix> W, A, Z, dZ, dW, dA;
  for (std::size_t l = 0; l + 1 < sizes.size(); ++l) {
    W.push_back(random_matrix(sizes[l + 1], sizes[l], rng));
    A.push_back(random_matrix(sizes[l], kBatch, rng));
    Z.push_back(Matrix(sizes[l + 1], kBatch));
    dZ.push_back(random_matrix(sizes[l + 1], kBatch, rng));
    dW.push_back(Matrix(sizes[l + 1], sizes[l]));
    dA.push_back(Matrix(sizes[l], kBatch));
  }
  return rate(budget, [&] {
    for (std::size_t l = 0; l < W.size(); ++l) Z[l].noalias() = W[l] * A[l];
    for (std::size_t l = W.size(); l-- > 0;) {
      dW[l].noalias() = dZ[l] * A[l].transpose();
      if (l > 0) dA[l].noalias() = W[l].transpose() * dZ[l];
    }
  });
}

double steps_per_second(OptimizerKind kind, double budget) {
  Rng rng(7);
  Network network(kInputs, mnist_layers());
  network.initialize(Init::he, rng);
  Matrix x = random_matrix(kInputs, kBatch, rng);
  Matrix y = Matrix::Zero(kClasses, kBatch);
  for (int j = 0; j < kBatch; ++j) y(static_cast<int>(rng.below(kClasses)), j) = 1;
  OptimizerConfig config;
  config.kind = kind;
  config.learning_rate = Scalar(0.001);
  Optimizer optimizer(config, network.parameter_slots());
  const auto slots = network.parameter_slots();
  return rate(budget, [&] {
    network.forward(x, &rng);
    network.backward(x, y, Loss::categorical_cross_entropy, {});
    optimizer.step(slots, config.learning_rate);
  });
}

// Whole epochs through the Trainer as the page runs them: shuffling, batch copies and
// the per-epoch evaluation of the training and validation rows included.
double trainer_samples_per_second(OptimizerKind kind, double budget) {
  Rng rng(11);
  auto data = std::make_shared<Dataset>();
  data->task = Task::classification;
  for (int k = 0; k < kClasses; ++k) data->class_names.push_back(std::to_string(k));
  for (int f = 0; f < kInputs; ++f) data->feature_names.push_back("pixel" + std::to_string(f));
  auto fill = [&](Examples& e, int n) {
    e.x = random_matrix(kInputs, n, rng);
    for (int j = 0; j < n; ++j) e.labels.push_back(static_cast<int>(rng.below(kClasses)));
  };
  fill(data->train, 8000);
  fill(data->validation, 2000);
  TrainingConfig config;
  config.hidden_layers = {{kHidden[0], Activation::relu, 1}, {kHidden[1], Activation::relu, 1}};
  config.optimizer.kind = kind;
  config.optimizer.learning_rate = Scalar(0.001);
  config.batch_size = kBatch;
  Trainer trainer(config, data);
  trainer.train_epoch();
  const auto start = std::chrono::steady_clock::now();
  int epochs = 0;
  while (seconds_since(start) < budget) {
    trainer.train_epoch();
    ++epochs;
  }
  return epochs * 8000.0 / seconds_since(start);
}

}  // namespace

int main(int argc, char** argv) {
  double budget = 2.0;
  bool json = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--seconds") && i + 1 < argc)
      budget = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--json"))
      json = true;
  }
  const double products = products_per_second(budget);
  const double sgd = steps_per_second(OptimizerKind::sgd, budget);
  const double adam = steps_per_second(OptimizerKind::adam, budget);
  const double sgd_epoch = trainer_samples_per_second(OptimizerKind::sgd, budget);
  const double adam_epoch = trainer_samples_per_second(OptimizerKind::adam, budget);
  if (json) {
    std::printf(
        "{\"products_per_s\": %.1f, \"sgd_step_samples_per_s\": %.0f, \"adam_step_samples_per_s\": %.0f, "
        "\"sgd_step_over_products\": %.3f, \"adam_step_over_products\": %.3f, "
        "\"sgd_trainer_samples_per_s\": %.0f, \"adam_trainer_samples_per_s\": %.0f}\n",
        products, sgd * kBatch, adam * kBatch, products / sgd, products / adam, sgd_epoch, adam_epoch);
    return 0;
  }
  std::printf("MNIST-shaped 784-128-64-10, ReLU, softmax, batch %d (native)\n", kBatch);
  std::printf("  matrix products of one step alone : %8.0f steps/s  (%9.0f samples/s)\n", products, products * kBatch);
  std::printf("  full step, SGD                     : %8.0f steps/s  (%9.0f samples/s)  step/products = %.3f\n", sgd,
              sgd * kBatch, products / sgd);
  std::printf("  full step, Adam                    : %8.0f steps/s  (%9.0f samples/s)  step/products = %.3f\n", adam,
              adam * kBatch, products / adam);
  std::printf("  Trainer epochs (8000 train + 2000 validation rows, metrics each epoch):\n");
  std::printf("    SGD  %9.0f training samples/s\n", sgd_epoch);
  std::printf("    Adam %9.0f training samples/s\n", adam_epoch);
  return 0;
}
