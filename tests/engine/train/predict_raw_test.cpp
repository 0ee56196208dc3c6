// predict_raw: raw numeric rows read and predicted a chunk at a time give what encoding
// all rows and predicting them at once gives, and errors name the row in the whole input.
// "What it gives" up to float rounding: natively, Eigen picks its product kernel by size,
// so a 1-column product may sum in another order than a 23-column one.
#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

#include "core/rng.hpp"
#include "data_test_helpers.hpp"
#include "train/predict_raw.hpp"

using namespace nnplay;
using Catch::Matchers::Contains;

namespace {

Preprocessing five_numbers() {
  Preprocessing p;
  for (int i = 0; i < 5; ++i) p.inputs.push_back({"x" + std::to_string(i), InputColumn::Kind::numeric, {}, 0.5, 0});
  p.offset = (Vector(5) << 1, 2, 3, 4, 5).finished();
  p.scale = (Vector(5) << 0.5f, 0.25f, 2, 1, 0.1f).finished();
  return p;
}

}  // namespace

TEST_CASE("predict_raw: chunk by chunk equals all at once", "[predict]") {
  const Preprocessing p = five_numbers();
  Network net(5, {{7, Activation::relu, 1}, {3, Activation::softmax, 1}});
  Rng rng(4, 1);
  net.initialize(Init::he, rng);
  Matrix raw(5, 23);
  for (Eigen::Index j = 0; j < raw.cols(); ++j)
    for (Eigen::Index i = 0; i < 5; ++i) raw(i, j) = rng.uniform_float() * 10;

  const Matrix whole = net.predict(encode_numbers(p, raw));
  const Eigen::Index chunk = GENERATE(1, 4, 10, 23, 256);
  CAPTURE(chunk);
  Eigen::Index asked = 0;
  const Matrix chunked = predict_raw(
      net, p, raw.cols(),
      [&](Eigen::Index first, Eigen::Index n, Scalar* out) {
        CHECK(first == asked);
        asked += n;
        Eigen::Map<Matrix>(out, 5, n) = raw.middleCols(first, n);
      },
      chunk);
  CHECK(asked == raw.cols());
  CHECK(chunked.isApprox(whole, 1e-6f));
}

TEST_CASE("predict_raw: errors count rows from the start of the input", "[predict]") {
  Preprocessing p = five_numbers();
  Network net(5, {{3, Activation::softmax, 1}});
  Matrix raw = Matrix::Ones(5, 9);
  raw(2, 6) = std::numeric_limits<float>::infinity();
  auto read = [&](Eigen::Index first, Eigen::Index n, Scalar* out) {
    Eigen::Map<Matrix>(out, 5, n) = raw.middleCols(first, n);
  };
  CHECK_THAT(nnplay_test::data_error_of([&] { predict_raw(net, p, 9, read, 4); }),
             Contains("prediction row 7, column \"x2\" (3): the value is infinite"));
  CHECK(predict_raw(net, p, 0, read).cols() == 0);
}
