// Loss values against hand-computed ones, saturated outputs, and the output layer's dZ.
#include "nn/loss.hpp"
#include "test_common.hpp"

using namespace nnplay;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

Matrix outputs_of(Activation f, const Matrix& Z) {
  Matrix A(Z.rows(), Z.cols());
  activate(f, 0, Z, A);
  return A;
}

double loss_of(Loss loss, Activation f, const Matrix& Z, const Matrix& Y) {
  return loss_sum(loss, Z, outputs_of(f, Z), Y);
}

}  // namespace

TEST_CASE("loss: binary cross-entropy matches hand-computed values", "[loss][binary]") {
  Matrix Z(1, 3), Y(1, 3);
  Z << 0, 2, 2;
  Y << 1, 0, 1;
  // -log s(0) = log 2; -log(1 - s(2)) = log(1 + e^2); -log s(2) = log(1 + e^-2). Summed over the batch.
  const double expected = 0.6931471805599453 + 2.1269280110429722 + 0.1269280110429725;
  CHECK_THAT(loss_of(Loss::binary_cross_entropy, Activation::sigmoid, Z, Y), WithinRel(expected, 1e-6));
}

TEST_CASE("loss: categorical cross-entropy matches hand-computed values", "[loss][categorical]") {
  Matrix Z(3, 2), Y(3, 2);
  Z << 1, 1,  //
      2, 2,   //
      3, 3;
  Y << 0, 1,  //
      0, 0,   //
      1, 0;
  // softmax(1,2,3) = (0.0900306, 0.2447285, 0.6652410): -log 0.6652410 - log 0.0900306.
  CHECK_THAT(loss_of(Loss::categorical_cross_entropy, Activation::softmax, Z, Y),
             WithinRel(0.4076059644443803 + 2.40760596444438, 1e-6));
}

TEST_CASE("loss: mse is the mean over outputs of (a - y)^2, summed over examples", "[loss][mse]") {
  Matrix A(2, 2), Y(2, 2);
  A << 0.5, 1,  //
      1, -1;
  Y << 0, 1,  //
      3, 0;
  // Example 1: (0.25 + 4) / 2 = 2.125; example 2: (0 + 1) / 2 = 0.5.
  CHECK_THAT(loss_of(Loss::mean_squared_error, Activation::linear, A, Y), WithinRel(2.625, 1e-6));
}

TEST_CASE("loss: cross-entropies stay finite for saturated outputs", "[loss]") {
  const double z = GENERATE(100.0, 1e4);
  CAPTURE(z);
  SECTION("binary: a confident wrong answer costs |z|, a confident right one about 0") {
    Matrix Z(1, 4), Y(1, 4);
    Z << Scalar(z), Scalar(-z), Scalar(z), Scalar(-z);
    Y << 0, 1, 1, 0;
    const Matrix A = outputs_of(Activation::sigmoid, Z);
    for (Eigen::Index j = 0; j < 4; ++j) {
      CAPTURE(j);
      const double l = loss_sum(Loss::binary_cross_entropy, Z.col(j), A.col(j), Y.col(j));
      REQUIRE(std::isfinite(l));
      CHECK_THAT(l, WithinAbs(j < 2 ? z : 0.0, 1e-3));
    }
  }
  SECTION("categorical: logits (z, -z, 0)") {
    Matrix Z(3, 2), Y(3, 2);
    Z << Scalar(z), Scalar(z),   //
        Scalar(-z), Scalar(-z),  //
        0, 0;
    Y << 1, 0,  //
        0, 1,   //
        0, 0;
    const Matrix A = outputs_of(Activation::softmax, Z);
    CHECK_THAT(loss_sum(Loss::categorical_cross_entropy, Z.col(0), A.col(0), Y.col(0)), WithinAbs(0.0, 1e-3));
    const double wrong = loss_sum(Loss::categorical_cross_entropy, Z.col(1), A.col(1), Y.col(1));
    REQUIRE(std::isfinite(wrong));
    CHECK_THAT(wrong, WithinRel(2 * z, 1e-4));
  }
}

TEST_CASE("loss: output dZ for the batch's mean loss", "[loss]") {
  Matrix Z(2, 2), Y(2, 2);
  Z << 0, 2,  //
      -1, 0.5;
  Y << 1, 0,  //
      0, 1;
  Matrix dZ(2, 2);
  // dZ is per example: the batch's 1/m goes into dW and db (layer.hpp).
  SECTION("sigmoid + binary cross-entropy: dZ = A - Y") {
    const Matrix A = outputs_of(Activation::sigmoid, Z);
    output_dZ(Loss::binary_cross_entropy, Activation::sigmoid, 0, Z, A, Y, dZ);
    test::assert_near(dZ, A - Y, 1e-7);
  }
  SECTION("softmax + categorical cross-entropy: dZ = A - Y") {
    const Matrix A = outputs_of(Activation::softmax, Z);
    output_dZ(Loss::categorical_cross_entropy, Activation::softmax, 0, Z, A, Y, dZ);
    test::assert_near(dZ, A - Y, 1e-7);
  }
  SECTION("linear + mse: dZ = 2 (A - Y) / K") {
    output_dZ(Loss::mean_squared_error, Activation::linear, 0, Z, Z, Y, dZ);
    Matrix expected(2, 2);
    expected << (0 - 1), (2 - 0),  //
        (-1 - 0), (0.5 - 1);
    test::assert_near(dZ, expected, 1e-7);
  }
  SECTION("sigmoid + mse: dZ = 2 (A - Y) / K * A (1 - A)") {
    const Matrix A = outputs_of(Activation::sigmoid, Z);
    output_dZ(Loss::mean_squared_error, Activation::sigmoid, 0, Z, A, Y, dZ);
    // z = 0, y = 1: a = 0.5, 2 (0.5 - 1) / 2 * 0.25 = -0.125.
    CHECK_THAT(static_cast<double>(dZ(0, 0)), WithinAbs(-0.125, 1e-7));
    test::assert_near(dZ, (A - Y).cwiseProduct(A.cwiseProduct((1 - A.array()).matrix())), 1e-7);
  }
  SECTION("cross-entropies refuse the output activation they are not defined for") {
    const Matrix A = outputs_of(Activation::linear, Z);
    REQUIRE_THROWS_AS(output_dZ(Loss::binary_cross_entropy, Activation::linear, 0, Z, A, Y, dZ), std::logic_error);
    REQUIRE_THROWS_AS(output_dZ(Loss::categorical_cross_entropy, Activation::sigmoid, 0, Z, A, Y, dZ),
                      std::logic_error);
    CHECK(loss_accepts(Loss::mean_squared_error, Activation::softmax));
    CHECK_FALSE(loss_accepts(Loss::binary_cross_entropy, Activation::softmax));
  }
}

TEST_CASE("loss: names round-trip and unknown names are rejected naming the field", "[loss]") {
  for (Loss l : {Loss::binary_cross_entropy, Loss::categorical_cross_entropy, Loss::mean_squared_error})
    CHECK(loss_from_name(name_of(l), "loss") == l);
  REQUIRE_THROWS_WITH(loss_from_name("hinge", "loss"),
                      Catch::Contains("loss must be one of") && Catch::Contains("hinge"));
}
