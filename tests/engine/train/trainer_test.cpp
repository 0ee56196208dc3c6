// The epoch loop: determinism, resumability, divergence, early stopping, convergence
// in every batch mode, the reported cost and metrics.
#include <cmath>
#include <cstring>
#include <optional>

#include "core/message.hpp"
#include "core/number_format.hpp"
#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "test_common.hpp"
#include "train/metrics.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

// Bit-identical, with NaN equal to NaN (metrics that do not apply are NaN).
bool same_bits(double a, double b) { return std::memcmp(&a, &b, sizeof a) == 0; }

// Every field but the elapsed time.
void require_same_history(const std::vector<EpochMetrics>& a, const std::vector<EpochMetrics>& b) {
  REQUIRE(a.size() == b.size());
  for (std::size_t e = 0; e < a.size(); ++e) {
    CAPTURE(e);
    CHECK(a[e].epoch == b[e].epoch);
    CHECK(same_bits(a[e].train_loss, b[e].train_loss));
    CHECK(same_bits(a[e].validation_loss, b[e].validation_loss));
    CHECK(same_bits(a[e].train_accuracy, b[e].train_accuracy));
    CHECK(same_bits(a[e].validation_accuracy, b[e].validation_accuracy));
    CHECK(same_bits(a[e].train_r2, b[e].train_r2));
    CHECK(same_bits(a[e].validation_r2, b[e].validation_r2));
    CHECK(same_bits(a[e].learning_rate, b[e].learning_rate));
  }
}

void require_same_weights(const Network& a, const Network& b) {
  REQUIRE(a.layers().size() == b.layers().size());
  for (std::size_t l = 0; l < a.layers().size(); ++l) {
    CAPTURE(l);
    CHECK(a.layers()[l].W == b.layers()[l].W);
    CHECK(a.layers()[l].b == b.layers()[l].b);
  }
}

// Three classes in 4-D with a validation split: rows whose largest of the first three
// features gives the class, plus noise features.
std::shared_ptr<Dataset> three_class_data(Eigen::Index train, Eigen::Index validation, std::uint64_t seed) {
  const Matrix x = test::normal_matrix(4, train + validation, seed);
  std::vector<int> labels(static_cast<std::size_t>(train + validation));
  for (Eigen::Index j = 0; j < x.cols(); ++j) {
    Eigen::Index k;
    x.col(j).head(3).maxCoeff(&k);
    labels[j] = static_cast<int>(k);
  }
  return test::classification_data(x.leftCols(train), std::vector<int>(labels.begin(), labels.begin() + train), 3,
                                   x.rightCols(validation), std::vector<int>(labels.begin() + train, labels.end()));
}

// Everything that draws random numbers: shuffled mini-batches, dropout, Adam.
TrainingConfig busy_config(std::uint32_t seed) {
  TrainingConfig c;
  c.hidden_layers = {{12, Activation::relu, Scalar(0.8)}, {6, Activation::tanh, 1}};
  c.optimizer.kind = OptimizerKind::adam;
  c.optimizer.learning_rate = Scalar(0.01);
  c.batch_size = 16;
  c.l2 = Scalar(0.01);
  c.seed = seed;
  return c;
}

// The cost the trainer reports, computed here from the network's current weights.
double cost_of(Trainer& trainer, const Examples& examples) {
  Network& net = trainer.network();
  net.forward(examples.x);
  const double m = static_cast<double>(examples.size());
  return net.loss_sum(trainer.encode_targets(examples), trainer.loss()) / m +
         0.5 * static_cast<double>(trainer.config().l2) / static_cast<double>(trainer.data().train.size()) *
             net.weight_square_sum();
}

}  // namespace

TEST_CASE("trainer: the same seed gives bit-identical histories, another seed a different one",
          "[trainer][determinism]") {
  auto data = three_class_data(100, 40, 1);
  Trainer a(busy_config(7), data), b(busy_config(7), data), c(busy_config(8), data);
  const auto ha = a.train(6), hb = b.train(6), hc = c.train(6);
  require_same_history(ha, hb);
  require_same_weights(a.network(), b.network());
  CHECK(ha[0].train_loss != hc[0].train_loss);
  CHECK(ha.back().validation_loss != hc.back().validation_loss);
  CHECK(a.network().layers()[0].W != c.network().layers()[0].W);
}

TEST_CASE("trainer: training resumes exactly where it stopped", "[trainer][determinism]") {
  auto data = three_class_data(100, 40, 2);
  Trainer once(busy_config(3), data), twice(busy_config(3), data), stepwise(busy_config(3), data);
  once.train(5);
  twice.train(3);
  twice.train(2);
  for (int e = 0; e < 5; ++e) stepwise.train_epoch();
  require_same_history(once.history(), twice.history());
  require_same_history(once.history(), stepwise.history());
  require_same_weights(once.network(), twice.network());
  CHECK(once.steps() == twice.steps());
  CHECK(twice.model_epoch() == 5);  // without early stopping, the last epoch's weights
  CHECK(twice.epoch() == 5);
  CHECK(twice.history().back().epoch == 5);
}

TEST_CASE("trainer: a loss that swings far above its best is divergence, not \"done\"", "[trainer][divergence]") {
  // Circles, tanh, plain SGD one row at a time with learning rate 50: the loss swings
  // between 20 and 210 (0.72 before training) while staying finite. The run stops as
  // diverged after 3 epochs instead of finishing its 100.
  GeneratedOptions g;
  g.rows = 400;
  g.noise = 0.1;
  g.seed = 1;
  DatasetOptions o;
  auto data = std::make_shared<Dataset>(build_dataset(load_builtin("circles", g), o).dataset);
  TrainingConfig c;
  c.hidden_layers = {{8, Activation::tanh, 1}};
  c.optimizer.kind = OptimizerKind::sgd;
  c.optimizer.learning_rate = 50;
  c.batch_size = 1;
  Trainer trainer(c, data);
  const auto history = trainer.train(100);
  REQUIRE(trainer.stopped());
  CHECK(history.size() == 3);
  for (const EpochMetrics& m : history) CHECK(std::isfinite(m.train_loss));
  CHECK_THAT(trainer.stop_reason(), Catch::StartsWith("training diverged at epoch 3: the training loss (") &&
                                        Catch::Contains("has stayed above ten times its best (") &&
                                        Catch::Contains("before training) for 3 epochs") &&
                                        Catch::Contains("with learning rate 50; try a lower learning rate"));
  // The same sentence coded, for other languages: the epoch, the rate, the best and the hint.
  const Message& coded = trainer.stop_message();
  CHECK(coded.code == "train.diverged_loss_grew");
  CHECK(english(coded) == trainer.stop_reason());
  CHECK(coded.param("epoch")->text == "3");
  CHECK(coded.param("learning_rate")->text == "50");
  REQUIRE(coded.param("best")->is_message());
  CHECK(coded.param("best")->message[0].code == "train.best_before_training");
  CHECK(coded.param("hint")->message[0].code == "train.hint_lower_rate");

  SECTION("the same data with a sound learning rate trains on, however the loss moves") {
    c.optimizer.kind = OptimizerKind::adam;
    c.optimizer.learning_rate = Scalar(0.03);
    c.batch_size = 16;
    Trainer sound(c, data);
    CHECK(sound.train(100).size() == 100);
    CHECK_FALSE(sound.stopped());
  }
}

TEST_CASE("trainer: divergence stops training with a clear reason", "[trainer][divergence]") {
  // A linear model on targets of order 1e6 with lr 100: every step multiplies the error by
  // about 1 - 2 lr E[x^2] ~ -200. The loss stays far above its best from the first epoch,
  // so training stops after kDivergenceEpochs epochs, before the float loss overflows.
  const Matrix x = test::normal_matrix(2, 32, 5);
  Matrix y(1, 32);
  y.row(0) = (x.row(0) * Scalar(3e6)).array() + Scalar(1e6);
  TrainingConfig c;
  c.hidden_layers = {};
  c.optimizer.kind = OptimizerKind::sgd;
  c.optimizer.learning_rate = 100;
  c.batch_size = 0;
  Trainer trainer(c, test::regression_data(x, y));
  const auto history = trainer.train(1000);
  REQUIRE(trainer.stopped());
  CHECK(history.size() == static_cast<std::size_t>(kDivergenceEpochs));
  CHECK_THAT(trainer.stop_reason(), Catch::Contains("diverged") && Catch::Contains("learning rate 100") &&
                                        Catch::Contains("epoch " + std::to_string(history.size())) &&
                                        Catch::Contains("has stayed above ten times its best") &&
                                        Catch::Contains("before training)"));
  for (const EpochMetrics& m : history) CHECK(std::isfinite(m.train_loss));
  // Stopped means stopped: no more epochs.
  CHECK(trainer.train(5).empty());
  REQUIRE_THROWS_WITH(trainer.train_epoch(), Catch::Contains("training has stopped"));
}

TEST_CASE("trainer: early stopping stops after `patience` epochs without improvement and restores the best weights",
          "[trainer][early-stopping]") {
  // Random labels on both splits: a wide network memorizes the training rows and the
  // validation loss, after perhaps a short dip, rises.
  const Matrix x = test::normal_matrix(6, 60, 11);
  Rng rng(12);
  std::vector<int> labels(60);
  for (int& l : labels) l = static_cast<int>(rng.below(2));
  auto data = test::classification_data(x.leftCols(30), std::vector<int>(labels.begin(), labels.begin() + 30), 2,
                                        x.rightCols(30), std::vector<int>(labels.begin() + 30, labels.end()));
  TrainingConfig c;
  c.hidden_layers = {{64, Activation::relu, 1}};
  c.optimizer.kind = OptimizerKind::adam;
  c.optimizer.learning_rate = Scalar(0.02);
  c.batch_size = 0;
  c.l2 = Scalar(0.01);
  c.patience = 4;
  Trainer trainer(c, data);
  const auto history = trainer.train(2000);

  REQUIRE(trainer.stopped());
  CHECK_THAT(trainer.stop_reason(), Catch::Contains("early stopping"));
  std::size_t best = 0;
  for (std::size_t e = 1; e < history.size(); ++e)
    if (history[e].validation_loss < history[best].validation_loss) best = e;
  CAPTURE(best, history.size());
  CHECK(history.size() == best + 1 + 4);  // stopped `patience` epochs after the best one
  CHECK(history.back().validation_loss > history[best].validation_loss);
  CHECK_THAT(trainer.stop_reason(), Catch::Contains("weights of epoch " + std::to_string(best + 1)));
  CHECK(trainer.model_epoch() == static_cast<int>(best + 1));
  CHECK(trainer.epoch() == static_cast<int>(history.size()));
  // The same sentence coded, for other languages: its epochs as parameters.
  const Message& coded = trainer.stop_message();
  CHECK(coded.code == "train.early_stopping");
  CHECK(english(coded) == trainer.stop_reason());
  REQUIRE(coded.param("best_epoch") != nullptr);
  CHECK(coded.param("best_epoch")->text == std::to_string(best + 1));
  CHECK(coded.param("patience")->text == "4");
  // The loss in the message is rounded as every figure shown is, not printed in full.
  CHECK_THAT(trainer.stop_reason(),
             Catch::Contains("(validation loss " + format_significant(history[best].validation_loss) + ")"));

  // The network now holds the best epoch's weights: its validation cost is the best one.
  CHECK_THAT(cost_of(trainer, data->validation), WithinRel(history[best].validation_loss, 1e-12));
}

TEST_CASE("trainer: full batch, SGD and mini-batches all converge on separable data", "[trainer]") {
  const int batch = GENERATE(0, 1, 8);
  CAPTURE(batch);
  auto data = test::blobs_data(40, 4);
  TrainingConfig c;
  c.hidden_layers = {{4, Activation::tanh, 1}};
  c.optimizer.kind = OptimizerKind::sgd;
  c.optimizer.learning_rate = Scalar(0.1);
  c.batch_size = batch;
  Trainer trainer(c, data);
  const auto history = trainer.train(60);
  CHECK(trainer.steps() == 60 * (batch == 0 ? 1 : 40 / batch));
  CHECK(history.back().train_accuracy == 1.0);
  CHECK(history.back().train_loss < 0.5 * history.front().train_loss);
  CHECK(history.back().train_loss < 0.2);
}

TEST_CASE("trainer: regression reports R^2 near 1 on a linear target", "[trainer][regression]") {
  // y = 2 x1 - 3 x2 + 0.5, exactly representable by a network without hidden layers.
  const Matrix x = test::normal_matrix(2, 150, 6);
  Matrix y(1, 150);
  y.row(0) = (2 * x.row(0) - 3 * x.row(1)).array() + Scalar(0.5);
  auto data = test::regression_data(x.leftCols(100), y.leftCols(100), x.rightCols(50), y.rightCols(50));
  TrainingConfig c;
  c.hidden_layers = {};
  c.optimizer.kind = OptimizerKind::sgd;
  c.optimizer.learning_rate = Scalar(0.05);
  c.batch_size = 10;
  Trainer trainer(c, data);
  REQUIRE(trainer.loss() == Loss::mean_squared_error);
  const auto history = trainer.train(100);
  const EpochMetrics& last = history.back();
  CHECK(last.train_r2 > 0.999);
  CHECK(last.validation_r2 > 0.999);
  CHECK(last.validation_loss < 1e-3);
  CHECK(std::isnan(last.train_accuracy));
  CHECK(std::isnan(last.validation_accuracy));
  // The learned weights are the generating ones.
  const DenseLayer& layer = trainer.network().layers()[0];
  CHECK_THAT(static_cast<double>(layer.W(0, 0)), WithinAbs(2, 0.01));
  CHECK_THAT(static_cast<double>(layer.W(0, 1)), WithinAbs(-3, 0.01));
  CHECK_THAT(static_cast<double>(layer.b(0)), WithinAbs(0.5, 0.01));

  SECTION("R^2 = 1 - SS_res / SS_tot, checked from the predictions") {
    const Matrix p = trainer.predict(data->validation.x);
    const double res = (p - data->validation.targets).cast<double>().squaredNorm();
    const Eigen::ArrayXd t = data->validation.targets.row(0).cast<double>().transpose().array();
    const double tot = (t - t.mean()).square().sum();
    CHECK_THAT(last.validation_r2, WithinAbs(1 - res / tot, 1e-6));
  }
}

TEST_CASE("trainer: metrics that do not apply are NaN", "[trainer][metrics]") {
  auto data = test::blobs_data(20, 5);  // classification, no validation split
  TrainingConfig c;
  c.batch_size = 0;
  Trainer trainer(c, data);
  const EpochMetrics m = trainer.train_epoch();
  CHECK(std::isfinite(m.train_loss));
  CHECK(std::isfinite(m.train_accuracy));
  CHECK(std::isnan(m.train_r2));
  CHECK(std::isnan(m.validation_loss));
  CHECK(std::isnan(m.validation_accuracy));
  CHECK(std::isnan(m.validation_r2));
  CHECK(m.epoch == 1);
  CHECK(m.seconds >= 0);
  const EpochMetrics m2 = trainer.train_epoch();
  CHECK(m2.seconds >= m.seconds);  // time so far, not per epoch
}

TEST_CASE("trainer: reported losses include the L2 term, and the accuracy matches the predictions",
          "[trainer][metrics][l2]") {
  auto data = three_class_data(60, 30, 9);
  TrainingConfig c = busy_config(4);
  c.l2 = Scalar(0.5);
  Trainer trainer(c, data);
  const auto history = trainer.train(3);
  const EpochMetrics& last = history.back();
  // cost = mean loss + lambda / (2 m) sum(W^2), m the training rows, on both splits.
  CHECK_THAT(last.train_loss, WithinRel(cost_of(trainer, data->train), 1e-9));
  CHECK_THAT(last.validation_loss, WithinRel(cost_of(trainer, data->validation), 1e-9));
  Network& net = trainer.network();
  net.forward(data->train.x);
  const double mean_loss = net.loss_sum(trainer.encode_targets(data->train), trainer.loss()) / 60.0;
  CHECK(last.train_loss - mean_loss > 1e-3);  // the term is there and not negligible

  const Matrix p = trainer.predict(data->validation.x);
  int correct = 0;
  for (Eigen::Index j = 0; j < p.cols(); ++j) correct += predicted_class(p, j) == data->validation.labels[j];
  CHECK_THAT(last.validation_accuracy, WithinAbs(correct / 30.0, 1e-12));

  SECTION("and a larger lambda gives smaller weights") {
    TrainingConfig weak = c;
    weak.l2 = 0;
    Trainer unregularized(weak, data);
    unregularized.train(3);
    CHECK(trainer.network().weight_square_sum() < unregularized.network().weight_square_sum());
  }
}

TEST_CASE("metrics: predicted class and confusion matrix", "[metrics]") {
  Matrix single(1, 4);
  single << Scalar(0.2), Scalar(0.5), Scalar(0.51), Scalar(0.99);
  CHECK(predicted_class(single, 0) == 0);
  CHECK(predicted_class(single, 1) == 0);  // exactly 0.5 is not above the threshold
  CHECK(predicted_class(single, 2) == 1);
  CHECK(predicted_class(single, 3) == 1);

  Matrix probs(3, 4);
  probs << Scalar(0.7), Scalar(0.1), Scalar(0.2), Scalar(0.3),  //
      Scalar(0.2), Scalar(0.8), Scalar(0.2), Scalar(0.3),       //
      Scalar(0.1), Scalar(0.1), Scalar(0.6), Scalar(0.4);
  const ConfusionMatrix cm = confusion_matrix(probs, {0, 1, 1, 0}, 3);
  // actual 0 -> predicted 0 and 2; actual 1 -> predicted 1 and 2.
  const ConfusionMatrix expected = {{1, 0, 1}, {0, 1, 1}, {0, 0, 0}};
  CHECK(cm == expected);
  REQUIRE_THROWS_AS(confusion_matrix(probs, {0, 1}, 3), std::invalid_argument);
}

TEST_CASE("trainer: predictions are class probabilities", "[trainer]") {
  auto data = three_class_data(60, 30, 10);
  Trainer trainer(busy_config(5), data);
  trainer.train(2);
  const Matrix p = trainer.predict(data->validation.x);
  REQUIRE(p.rows() == 3);
  REQUIRE(p.cols() == 30);
  CHECK((p.array() >= 0).all());
  CHECK((p.array() <= 1).all());
  for (Eigen::Index j = 0; j < p.cols(); ++j) {
    CAPTURE(j);
    CHECK_THAT(static_cast<double>(p.col(j).sum()), WithinAbs(1.0, 1e-5));
  }
  // Predicting in chunks gives the same outputs as one pass.
  test::assert_near(trainer.network().predict(data->validation.x, 7), p, 1e-6);
}

TEST_CASE("trainer: train_metrics batches: the epoch's own batches' figures, the same training, the pass where it must",
          "[trainer][metrics]") {
  auto data = three_class_data(100, 40, 5);
  TrainingConfig exact_config;
  exact_config.hidden_layers = {{12, Activation::relu, 1}, {6, Activation::tanh, 1}};
  exact_config.optimizer.kind = OptimizerKind::adam;
  exact_config.optimizer.learning_rate = Scalar(0.01);
  exact_config.batch_size = 16;
  TrainingConfig batches_config = exact_config;
  batches_config.batch_metrics = true;

  SECTION("the training loss is the mean of the epoch's batch costs, each before its update") {
    Trainer trainer(batches_config, data);
    trainer.train(1);
    double cost_rows = 0, rows = 0;
    std::optional<EpochMetrics> end;
    while (!end) {
      StepDetail detail;
      end = trainer.train_step(&detail);
      cost_rows += detail.cost * detail.batch_rows;
      rows += detail.batch_rows;
    }
    CHECK(rows == 100);
    CHECK_THAT(end->train_loss, WithinRel(cost_rows / rows, 1e-5));
  }

  SECTION("the same steps as with the pass: weights and validation figures bit for bit") {
    Trainer exact(exact_config, data), batches(batches_config, data);
    const auto he = exact.train(4), hb = batches.train(4);
    require_same_weights(exact.network(), batches.network());
    for (std::size_t e = 0; e < he.size(); ++e) {
      CHECK(same_bits(he[e].validation_loss, hb[e].validation_loss));
      CHECK(same_bits(he[e].validation_accuracy, hb[e].validation_accuracy));
      CHECK(he[e].train_loss != hb[e].train_loss);  // measured otherwise
    }
    // Early in training the batches' mean lags the network: its loss is higher.
    CHECK(hb[0].train_loss > he[0].train_loss);
  }

  SECTION("with steps too small to move the weights, the batches' figures are the pass's") {
    exact_config.optimizer.kind = batches_config.optimizer.kind = OptimizerKind::sgd;
    exact_config.optimizer.learning_rate = batches_config.optimizer.learning_rate = Scalar(1e-12);
    Trainer exact(exact_config, data), batches(batches_config, data);
    const EpochMetrics e = exact.train_epoch(), b = batches.train_epoch();
    CHECK_THAT(b.train_loss, WithinRel(e.train_loss, 1e-5));
    CHECK(b.train_accuracy == e.train_accuracy);

    const Matrix x = test::normal_matrix(2, 120, 9);
    Matrix y(1, 120);
    y.row(0) = (2 * x.row(0) - 3 * x.row(1)).array() + Scalar(0.5);
    auto regression = test::regression_data(x, y);
    Trainer exact_r(exact_config, regression), batches_r(batches_config, regression);
    const EpochMetrics er = exact_r.train_epoch(), br = batches_r.train_epoch();
    CHECK_THAT(br.train_loss, WithinRel(er.train_loss, 1e-5));
    CHECK_THAT(br.train_r2, WithinRel(er.train_r2, 1e-5));
    CHECK_THAT(br.train_rmse, WithinRel(er.train_rmse, 1e-5));
  }

  SECTION("the full batch and dropout are measured with the pass") {
    for (int variant = 0; variant < 2; ++variant) {
      TrainingConfig e = exact_config;
      if (variant == 0) e.batch_size = 0;
      if (variant == 1) e.hidden_layers[0].keep_prob = Scalar(0.8);
      TrainingConfig b = e;
      b.batch_metrics = true;
      Trainer exact(e, data), batches(b, data);
      require_same_history(exact.train(3), batches.train(3));
    }
  }
}
