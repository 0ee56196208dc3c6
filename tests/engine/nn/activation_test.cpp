// Activation values and derivatives against hand-computed numbers; softmax stability.
#include <limits>

#include "nn/activation.hpp"
#include "test_common.hpp"

using namespace nnplay;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

Matrix column(std::initializer_list<double> values) {
  Matrix m(static_cast<Eigen::Index>(values.size()), 1);
  Eigen::Index i = 0;
  for (double v : values) m(i++, 0) = static_cast<Scalar>(v);
  return m;
}

Matrix apply(Activation f, const Matrix& Z, Scalar slope = Scalar(0.01)) {
  Matrix A(Z.rows(), Z.cols());
  activate(f, slope, Z, A);
  return A;
}

// f'(Z) for the element-wise activations: backprop_activation turns dA = 1 into dZ = f'(Z).
Matrix derivative(Activation f, const Matrix& Z, Scalar slope = Scalar(0.01)) {
  const Matrix A = apply(f, Z, slope);
  Matrix delta = Matrix::Ones(Z.rows(), Z.cols());
  backprop_activation(f, slope, Z, A, delta);
  return delta;
}

}  // namespace

TEST_CASE("activation: values match hand-computed examples", "[activation]") {
  const Matrix Z = column({-2, 0, 0.5, 1, 2});
  SECTION("sigmoid 1/(1+e^-z): s(0) = 0.5, s(2) = 0.8807970779778823, s(-2) = 1 - s(2)") {
    test::assert_near(apply(Activation::sigmoid, Z),
                      column({0.11920292202211755, 0.5, 0.6224593312018546, 0.7310585786300049, 0.8807970779778823}),
                      1e-6);
  }
  SECTION("tanh: tanh(1) = 0.7615941559557649, odd") {
    test::assert_near(apply(Activation::tanh, Z),
                      column({-0.9640275800758169, 0, 0.46211715726000974, 0.7615941559557649, 0.9640275800758169}),
                      1e-6);
  }
  SECTION("relu: max(z, 0)") { test::assert_near(apply(Activation::relu, Z), column({0, 0, 0.5, 1, 2}), 0); }
  SECTION("leaky relu: slope * z below 0, the configured slope") {
    test::assert_near(apply(Activation::leaky_relu, Z, Scalar(0.1)), column({-0.2, 0, 0.5, 1, 2}), 1e-7);
    test::assert_near(apply(Activation::leaky_relu, Z, Scalar(0.01)), column({-0.02, 0, 0.5, 1, 2}), 1e-7);
  }
  SECTION("linear: identity") { test::assert_near(apply(Activation::linear, Z), Z, 0); }
  SECTION("softmax of (1, 2, 3) = e^z / (e + e^2 + e^3)") {
    test::assert_near(apply(Activation::softmax, column({1, 2, 3})),
                      column({0.09003057317038046, 0.24472847105479767, 0.6652409557748219}), 1e-6);
  }
}

TEST_CASE("activation: derivatives match hand-computed examples", "[activation]") {
  const Matrix Z = column({-2, -0.5, 0.5, 2});
  SECTION("sigmoid' = s (1 - s): 0.25 at 0, 0.8807970779778823 * 0.1192029220221175 at 2") {
    test::assert_near(derivative(Activation::sigmoid, column({0, 2, -2})),
                      column({0.25, 0.10499358540350652, 0.10499358540350652}), 1e-6);
  }
  SECTION("tanh' = 1 - tanh^2: 1 - 0.46211715726^2 = 0.7864477329659274 at +-0.5") {
    test::assert_near(derivative(Activation::tanh, Z),
                      column({0.07065082485316443, 0.7864477329659274, 0.7864477329659274, 0.07065082485316443}), 1e-6);
  }
  SECTION("relu' = 0 below 0, 1 above") { test::assert_near(derivative(Activation::relu, Z), column({0, 0, 1, 1}), 0); }
  SECTION("leaky relu' = slope below 0, 1 above") {
    test::assert_near(derivative(Activation::leaky_relu, Z, Scalar(0.2)), column({0.2, 0.2, 1, 1}), 1e-7);
  }
  SECTION("linear' = 1") { test::assert_near(derivative(Activation::linear, Z), column({1, 1, 1, 1}), 0); }
  SECTION("softmax Jacobian: dZ_i = a_i (dA_i - sum_k dA_k a_k)") {
    // a = softmax(1, 2, 3) = (0.0900306, 0.2447285, 0.6652410); dA = (1, 0, 0):
    // sum_k dA_k a_k = a_0, so dZ = (a_0 (1 - a_0), -a_1 a_0, -a_2 a_0).
    const Matrix Zs = column({1, 2, 3});
    const Matrix A = apply(Activation::softmax, Zs);
    Matrix delta = column({1, 0, 0});
    backprop_activation(Activation::softmax, 0, Zs, A, delta);
    test::assert_near(delta, column({0.08192506906499324, -0.022033044520174298, -0.059892024544818935}), 1e-6);

    // Softmax is invariant to adding a constant to every logit, so a constant dA has no effect.
    Matrix constant = column({0.7, 0.7, 0.7});
    backprop_activation(Activation::softmax, 0, Zs, A, constant);
    test::assert_near(constant, column({0, 0, 0}), 1e-7);
  }
}

TEST_CASE("activation: softmax columns sum to 1 and stay finite for extreme logits", "[activation][softmax]") {
  Matrix Z(3, 5);
  Z << 1e30f, 1e30f, -1e30f, 0, 1000,   //
      -1e30f, 1e30f, -1e30f, 0, -1000,  //
      0, -1e30f, -1e30f, 0, 999;
  const Matrix A = apply(Activation::softmax, Z);
  REQUIRE(A.allFinite());
  for (Eigen::Index j = 0; j < A.cols(); ++j) {
    CAPTURE(j);
    CHECK_THAT(static_cast<double>(A.col(j).sum()), WithinAbs(1.0, 1e-6));
  }
  test::assert_near(A.col(0), column({1, 0, 0}), 0);                    // one logit dominates
  test::assert_near(A.col(1), column({0.5, 0.5, 0}), 1e-7);             // two tie at the top
  test::assert_near(A.col(2), column({1. / 3, 1. / 3, 1. / 3}), 1e-6);  // all equal, however negative
  // (1000, -1000, 999): e^1 / (e^1 + 1) and 1 / (e^1 + 1).
  test::assert_near(A.col(4), column({0.7310585786300049, 0, 0.2689414213699951}), 1e-6);
}

TEST_CASE("activation: sigmoid and tanh saturate to finite limits", "[activation]") {
  const Matrix Z = column({-1e4, -100, 100, 1e4});
  const Matrix s = apply(Activation::sigmoid, Z);
  REQUIRE(s.allFinite());
  test::assert_near(s, column({0, 0, 1, 1}), 1e-7);
  test::assert_near(apply(Activation::tanh, Z), column({-1, -1, 1, 1}), 0);
}

TEST_CASE("activation: names round-trip and unknown names are rejected naming the field", "[activation]") {
  for (Activation f : {Activation::sigmoid, Activation::tanh, Activation::relu, Activation::leaky_relu,
                       Activation::linear, Activation::softmax})
    CHECK(activation_from_name(name_of(f), "x") == f);
  REQUIRE_THROWS_WITH(
      activation_from_name("swish", "hidden_layers[1].activation"),
      Catch::Contains("hidden_layers[1].activation") && Catch::Contains("swish") && Catch::Contains("leaky_relu"));
  REQUIRE_THROWS_AS(activation_from_name("ReLU", "a"), std::invalid_argument);
}
