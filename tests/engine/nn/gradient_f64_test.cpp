// Gradient checks: Network::backward's dW and db against central finite differences of
// the cost, in the double-precision build of the engine (Scalar = double).
//
// The cost differentiated is the one backward documents:
//   J = (1/m) sum_examples loss + l1_over_n sum_layers sum(|W|) + (l2_over_n / 2) sum_layers sum(W^2),
// with m the batch (here N = m: l2_over_n = lambda / m). Numeric: dJ/dw ~ (J(w + h) - J(w - h)) / 2h
// with h = 1e-5; its truncation error is ~h^2 |J'''| / 6 ~ 1e-10 and its rounding error
// ~1e-16 |J| / h ~ 1e-11, so a relative tolerance of 1e-6 (plus 1e-8 absolute, for gradients
// that are zero, such as a dead ReLU's) leaves four orders of magnitude of margin while a
// wrong factor (a missing 1/m, a missing L2 term, a wrong derivative) is caught at once.
// |W| has a kink at 0: the L1 checks keep every weight at least 1e-3 away from it.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <optional>
#include <vector>

#include "nn/network.hpp"
#include "test_common.hpp"

using namespace nnplay;
using Catch::Matchers::WithinAbs;

namespace {

static_assert(sizeof(Scalar) == sizeof(double), "gradient checks run against the double engine");

struct Pairing {
  const char* name;
  Loss loss;
  Activation output;
  int outputs;
};

const Pairing kPairings[] = {
    {"binary cross-entropy + sigmoid", Loss::binary_cross_entropy, Activation::sigmoid, 2},
    {"categorical cross-entropy + softmax", Loss::categorical_cross_entropy, Activation::softmax, 3},
    {"mse + linear", Loss::mean_squared_error, Activation::linear, 2},
    {"mse + sigmoid", Loss::mean_squared_error, Activation::sigmoid, 2},
    {"mse + softmax", Loss::mean_squared_error, Activation::softmax, 3},
};

constexpr int kInputs = 3;
constexpr int kExamples = 5;
constexpr double kStep = 1e-5;
constexpr double kLeakySlope = 0.1;  // steeper than the default so the negative side counts

// Targets the loss is defined for: 0/1 for binary cross-entropy, one-hot columns for
// softmax outputs (categorical cross-entropy's gradient A - Y assumes columns summing to 1),
// values inside (0, 1) for sigmoid + mse, any real for linear + mse.
Matrix targets_for(const Pairing& p, std::uint64_t seed) {
  Rng rng(seed, 7);
  Matrix y = Matrix::Zero(p.outputs, kExamples);
  for (Eigen::Index j = 0; j < kExamples; ++j) {
    if (p.output == Activation::softmax) {
      y(static_cast<Eigen::Index>(rng.below(p.outputs)), j) = 1;
      continue;
    }
    for (Eigen::Index k = 0; k < p.outputs; ++k) {
      if (p.loss == Loss::binary_cross_entropy)
        y(k, j) = static_cast<double>(rng.below(2));
      else if (p.output == Activation::sigmoid)
        y(k, j) = 0.1 + 0.8 * rng.uniform();
      else
        y(k, j) = 2 * rng.normal();
    }
  }
  return y;
}

struct Problem {
  Network net;
  Matrix X, Y;
};

// Smallest |Z| over the hidden layers after a forward pass without dropout.
double closest_hidden_preactivation_to_zero(Network& net, const Matrix& X) {
  net.forward(X);
  double closest = 1e300;
  const auto& layers = net.layers();
  for (std::size_t l = 0; l + 1 < layers.size(); ++l)
    closest = std::min(closest, layers[l].pre_activation().leftCols(X.cols()).cwiseAbs().minCoeff());
  return closest;
}

// A network with random weights and random (non-zero) biases on random inputs. ReLU and
// leaky ReLU have a kink at 0 where the finite difference straddles two slopes; the first
// seed whose hidden pre-activations all stay at least 1e-3 away from 0 is used. A step of
// h = 1e-5 moves any Z by at most h * max|input| (< 1e-4 here), so no kink is crossed.
Problem make_problem(const std::vector<LayerSpec>& hidden, const Pairing& p) {
  std::vector<LayerSpec> specs = hidden;
  specs.push_back({p.outputs, p.output, 1});
  for (std::uint64_t seed = 1; seed <= 50; ++seed) {
    Problem problem{Network(kInputs, specs, kLeakySlope), test::normal_matrix(kInputs, kExamples, seed),
                    targets_for(p, seed)};
    Rng rng(seed, 1);
    problem.net.initialize(Init::xavier, rng);
    for (DenseLayer& layer : problem.net.layers())
      for (Eigen::Index i = 0; i < layer.b.size(); ++i) layer.b(i) = 0.5 * rng.normal();
    if (closest_hidden_preactivation_to_zero(problem.net, problem.X) >= 1e-3) return problem;
  }
  FAIL("no seed in 1..50 keeps the hidden pre-activations away from 0");
  throw;  // unreachable
}

// The cost J, with a dropout generator re-seeded identically for every evaluation so that
// every evaluation draws the same masks.
double cost(Network& net, const Matrix& X, const Matrix& Y, Loss loss, const WeightPenalty& penalty,
            std::optional<std::uint64_t> dropout_seed) {
  if (dropout_seed) {
    Rng dropout(*dropout_seed, 3);
    net.forward(X, &dropout);
  } else {
    net.forward(X);
  }
  return net.loss_sum(Y, loss) / static_cast<double>(X.cols()) + penalty.l1_over_n * net.weight_abs_sum() +
         0.5 * penalty.l2_over_n * net.weight_square_sum();
}

void require_close(double analytic, double numeric) {
  const double error = std::abs(analytic - numeric);
  REQUIRE(error <= 1e-6 * std::max(std::abs(analytic), std::abs(numeric)) + 1e-8);
}

// Numeric gradient of every weight and bias against backward's dW and db.
void check_gradients(Problem& problem, Loss loss, const WeightPenalty& penalty,
                     std::optional<std::uint64_t> dropout_seed) {
  Network& net = problem.net;
  const Matrix& X = problem.X;
  const Matrix& Y = problem.Y;

  cost(net, X, Y, loss, penalty, dropout_seed);
  net.backward(X, Y, loss, penalty);
  std::vector<Matrix> dW;
  std::vector<Vector> db;
  for (const DenseLayer& layer : net.layers()) {
    dW.push_back(layer.dW);
    db.push_back(layer.db);
  }

  auto numeric = [&](double& parameter) {
    const double saved = parameter;
    parameter = saved + kStep;
    const double plus = cost(net, X, Y, loss, penalty, dropout_seed);
    parameter = saved - kStep;
    const double minus = cost(net, X, Y, loss, penalty, dropout_seed);
    parameter = saved;
    return (plus - minus) / (2 * kStep);
  };

  for (std::size_t l = 0; l < net.layers().size(); ++l) {
    DenseLayer& layer = net.layers()[l];
    CAPTURE(l);
    // Not a vacuous check: every layer's gradient carries signal.
    REQUIRE(dW[l].norm() > 1e-4);
    for (Eigen::Index j = 0; j < layer.W.cols(); ++j)
      for (Eigen::Index i = 0; i < layer.W.rows(); ++i) {
        CAPTURE(i, j);
        require_close(dW[l](i, j), numeric(layer.W(i, j)));
      }
    for (Eigen::Index i = 0; i < layer.b.size(); ++i) {
      CAPTURE(i);
      require_close(db[l](i), numeric(layer.b(i)));
    }
  }
}

}  // namespace

TEST_CASE("gradient: backward matches finite differences for every activation, loss and L2 setting",
          "[gradient][network]") {
  const Activation hidden =
      GENERATE(Activation::sigmoid, Activation::tanh, Activation::relu, Activation::leaky_relu, Activation::linear);
  const int depth = GENERATE(1, 2);
  const std::size_t pairing = GENERATE(range<std::size_t>(0, std::size(kPairings)));
  const double lambda = GENERATE(0.0, 0.7);
  // Workspaces sized to the batch, or wider (the trainer sizes them for evaluation chunks
  // too, and an epoch's last mini-batch is narrower): backward must use only the batch's columns.
  const bool wide_workspaces = GENERATE(false, true);
  const Pairing& p = kPairings[pairing];
  CAPTURE(name_of(hidden), depth, p.name, lambda, wide_workspaces);

  std::vector<LayerSpec> layers = {{4, hidden, 1}, {3, hidden, 1}};
  layers.resize(static_cast<std::size_t>(depth));
  Problem problem = make_problem(layers, p);
  if (wide_workspaces) {
    problem.net.forward(test::normal_matrix(kInputs, 3 * kExamples, 99));  // leaves other values behind
    problem.net.reserve(4 * kExamples);
  }
  check_gradients(problem, p.loss, {0, lambda / kExamples}, std::nullopt);
}

TEST_CASE("gradient: a single-layer network (no hidden layer) matches finite differences", "[gradient][network]") {
  const std::size_t pairing = GENERATE(range<std::size_t>(0, std::size(kPairings)));
  const double lambda = GENERATE(0.0, 0.7);
  const Pairing& p = kPairings[pairing];
  CAPTURE(p.name, lambda);
  Problem problem = make_problem({}, p);
  check_gradients(problem, p.loss, {0, lambda / kExamples}, std::nullopt);
}

TEST_CASE("gradient: with a fixed dropout mask, backward matches finite differences", "[gradient][dropout]") {
  const Activation hidden =
      GENERATE(Activation::sigmoid, Activation::tanh, Activation::relu, Activation::leaky_relu, Activation::linear);
  const std::size_t pairing = GENERATE(range<std::size_t>(0, std::size(kPairings)));
  const double lambda = GENERATE(0.0, 0.7);
  const Pairing& p = kPairings[pairing];
  CAPTURE(name_of(hidden), p.name, lambda);

  Problem problem = make_problem({{6, hidden, 0.6}, {5, hidden, 0.75}}, p);
  const std::uint64_t dropout_seed = 11;

  // The masks really drop units: the training forward pass differs from prediction.
  const Matrix predicted = problem.net.forward(problem.X);
  Rng dropout(dropout_seed, 3);
  const Matrix trained = problem.net.forward(problem.X, &dropout);
  REQUIRE((predicted - trained).cwiseAbs().maxCoeff() > 1e-3);

  check_gradients(problem, p.loss, {0, lambda / kExamples}, dropout_seed);
}

namespace {

// Every layer's dW and db after one forward and backward pass with the given penalty.
struct LayerGradients {
  std::vector<Matrix> dW;
  std::vector<Vector> db;
};
LayerGradients gradients_with(Problem& problem, Loss loss, const WeightPenalty& penalty) {
  problem.net.forward(problem.X);
  problem.net.backward(problem.X, problem.Y, loss, penalty);
  LayerGradients g;
  for (const DenseLayer& layer : problem.net.layers()) g.dW.push_back(layer.dW), g.db.push_back(layer.db);
  return g;
}

}  // namespace

TEST_CASE("gradient: the L2 term adds exactly (lambda/m) W to dW and nothing to db", "[gradient][l2]") {
  const Pairing& p = kPairings[1];
  Problem problem = make_problem({{4, Activation::tanh, 1}}, p);
  Network& net = problem.net;
  const double l2_over_m = 0.7 / kExamples;

  const LayerGradients plain = gradients_with(problem, p.loss, {});
  const std::vector<Matrix>& dW0 = plain.dW;
  const std::vector<Vector>& db0 = plain.db;
  gradients_with(problem, p.loss, {0, l2_over_m});
  for (std::size_t l = 0; l < net.layers().size(); ++l) {
    CAPTURE(l);
    const DenseLayer& layer = net.layers()[l];
    test::assert_near(layer.dW - dW0[l], l2_over_m * layer.W, 1e-12);
    test::assert_near(layer.db, db0[l], 0);
  }
}

namespace {

// Moves every weight within 1e-3 of 0 to ±1e-3 (keeping its sign), so that no finite
// difference straddles |W|'s kink.
void keep_weights_off_zero(Network& net) {
  for (DenseLayer& layer : net.layers())
    for (Eigen::Index i = 0; i < layer.W.size(); ++i) {
      double& w = layer.W.data()[i];
      if (std::abs(w) < 1e-3) w = w < 0 ? -1e-3 : 1e-3;
    }
}

}  // namespace

TEST_CASE("gradient: with L1 (and L1 beside L2), backward matches finite differences", "[gradient][l1]") {
  const Activation hidden = GENERATE(Activation::tanh, Activation::relu, Activation::sigmoid);
  const std::size_t pairing = GENERATE(range<std::size_t>(0, std::size(kPairings)));
  const double l2 = GENERATE(0.0, 0.7);
  const Pairing& p = kPairings[pairing];
  CAPTURE(name_of(hidden), p.name, l2);

  Problem problem = make_problem({{4, hidden, 1}, {3, hidden, 1}}, p);
  keep_weights_off_zero(problem.net);
  REQUIRE(closest_hidden_preactivation_to_zero(problem.net, problem.X) >= 1e-3);
  check_gradients(problem, p.loss, {0.3 / kExamples, l2 / kExamples}, std::nullopt);
}

TEST_CASE("gradient: the L1 term adds exactly (lambda1/N) sign(W) to dW, 0 where W is 0, nothing to db",
          "[gradient][l1]") {
  const Pairing& p = kPairings[1];
  Problem problem = make_problem({{4, Activation::tanh, 1}}, p);
  Network& net = problem.net;
  net.layers()[0].W(1, 2) = 0;  // sign(0) = 0: a zero weight gets no L1 push
  const double l1_over_n = 0.3 / kExamples;

  const LayerGradients plain = gradients_with(problem, p.loss, {});
  const std::vector<Matrix>& dW0 = plain.dW;
  const std::vector<Vector>& db0 = plain.db;
  gradients_with(problem, p.loss, {l1_over_n, 0});
  for (std::size_t l = 0; l < net.layers().size(); ++l) {
    CAPTURE(l);
    const DenseLayer& layer = net.layers()[l];
    const Matrix sign = layer.W.array().sign().matrix();
    test::assert_near(layer.dW - dW0[l], l1_over_n * sign, 1e-12);
    test::assert_near(layer.db, db0[l], 0);
  }
  CHECK(net.layers()[0].dW(1, 2) == dW0[0](1, 2));
}
