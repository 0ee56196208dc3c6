// Weight initialization: each scheme's empirical moments and limits on a big matrix,
// zero biases, reproducibility from the seed; the project's generator against the
// published xoshiro256** algorithm.
#include <cmath>

#include "core/rng.hpp"
#include "nn/init.hpp"
#include "nn/network.hpp"
#include "test_common.hpp"

using namespace nnplay;
using Catch::Matchers::WithinAbs;
using Catch::Matchers::WithinRel;

namespace {

constexpr Eigen::Index kOut = 400, kIn = 500;  // 200,000 weights

struct Moments {
  double mean, stddev, max_abs, within_one_stddev;
};

Moments moments(const Matrix& W) {
  const Eigen::ArrayXd w = W.cast<double>().reshaped().array();
  const double mean = w.mean();
  const double stddev = std::sqrt((w - mean).square().mean());
  const double within = static_cast<double>(((w - mean).abs() <= stddev).count()) / static_cast<double>(w.size());
  return {mean, stddev, w.abs().maxCoeff(), within};
}

Matrix initialized(Init init, std::uint64_t seed, Scalar normal_scale = Scalar(0.01)) {
  Matrix W(kOut, kIn);
  Rng rng(seed, 1);
  initialize_weights(init, normal_scale, W, rng);
  return W;
}

}  // namespace

// For N = 200,000 draws the sample mean's standard deviation is sigma / 447 and the sample
// standard deviation's is about sigma / 632 (Gaussian) or sigma / 707 (uniform); the
// tolerances below (mean within sigma / 100, deviation within 1.5 %) are over 4 of those.
// Each scheme's spread is the one its name in the page and the CLI promises.
TEST_CASE("init: each scheme has the documented distribution", "[init]") {
  SECTION("normal: randn × scale, 0.01 as the teaching material writes it, or any scale set") {
    const double scale = GENERATE(0.01, 0.5);
    CAPTURE(scale);
    const Moments m = moments(initialized(Init::normal, 1, static_cast<Scalar>(scale)));
    CHECK_THAT(m.mean, WithinAbs(0, scale / 100));
    CHECK_THAT(m.stddev, WithinRel(scale, 0.015));
    CHECK_THAT(m.within_one_stddev, WithinAbs(0.6827, 0.01));
  }
  SECTION("lecun: randn × sqrt(1/n_in), N(0, 1/n_in), as the teaching material's deeper example writes it") {
    const double sigma = std::sqrt(1.0 / kIn);
    const Moments m = moments(initialized(Init::lecun, 1));
    CHECK_THAT(m.mean, WithinAbs(0, sigma / 100));
    CHECK_THAT(m.stddev, WithinRel(sigma, 0.015));
    CHECK_THAT(m.within_one_stddev, WithinAbs(0.6827, 0.01));  // a normal's share within 1 sigma
    CHECK(m.max_abs > 3.5 * sigma);                            // tails: ~93 of 200,000 beyond 3.5 sigma
  }
  SECTION("he: N(0, 2/n_in)") {
    const double sigma = std::sqrt(2.0 / kIn);
    const Moments m = moments(initialized(Init::he, 1));
    CHECK_THAT(m.mean, WithinAbs(0, sigma / 100));
    CHECK_THAT(m.stddev, WithinRel(sigma, 0.015));
    CHECK_THAT(m.within_one_stddev, WithinAbs(0.6827, 0.01));
  }
  SECTION("xavier: U(-l, l), l = sqrt(6 / (n_in + n_out))") {
    const double limit = std::sqrt(6.0 / (kIn + kOut));
    const Moments m = moments(initialized(Init::xavier, 1));
    CHECK(m.max_abs <= limit);
    CHECK(m.max_abs > 0.999 * limit);
    CHECK_THAT(m.mean, WithinAbs(0, limit / 100));
    CHECK_THAT(m.stddev, WithinRel(limit / std::sqrt(3.0), 0.015));  // a uniform's sd is l / sqrt(3)
    CHECK_THAT(m.within_one_stddev, WithinAbs(1 / std::sqrt(3.0), 0.01));
  }
  SECTION("uniform: U(-1/sqrt(n_in), 1/sqrt(n_in))") {
    const double limit = 1.0 / std::sqrt(double(kIn));
    const Moments m = moments(initialized(Init::uniform, 1));
    CHECK(m.max_abs <= limit);
    CHECK(m.max_abs > 0.999 * limit);
    CHECK_THAT(m.mean, WithinAbs(0, limit / 100));
    CHECK_THAT(m.stddev, WithinRel(limit / std::sqrt(3.0), 0.015));
  }
}

TEST_CASE("init: the same seed gives the same weights, another seed others", "[init]") {
  const Init init = GENERATE(Init::normal, Init::lecun, Init::xavier, Init::he, Init::uniform);
  CAPTURE(name_of(init));
  const Matrix a = initialized(init, 42), b = initialized(init, 42), c = initialized(init, 43);
  CHECK(a == b);
  // Two independent draws of 200,000 continuous values: essentially none coincide.
  CHECK((a.array() == c.array()).count() < 10);
}

TEST_CASE("init: a network's biases start at zero and its layers get distinct weights", "[init][network]") {
  Network net(5, {{5, Activation::relu, 1}, {5, Activation::relu, 1}, {2, Activation::softmax, 1}});
  for (DenseLayer& layer : net.layers()) layer.b.setConstant(3);
  Rng rng(7, 1);
  net.initialize(Init::he, rng);
  for (const DenseLayer& layer : net.layers()) CHECK(layer.b.isZero(0));
  CHECK(net.layers()[0].W != net.layers()[1].W);  // one generator draws on, layer after layer

  Network again(5, {{5, Activation::relu, 1}, {5, Activation::relu, 1}, {2, Activation::softmax, 1}});
  Rng same(7, 1);
  again.initialize(Init::he, same);
  for (std::size_t l = 0; l < 3; ++l) CHECK(again.layers()[l].W == net.layers()[l].W);
}

TEST_CASE("init: names round-trip and unknown names are rejected naming the field", "[init]") {
  for (Init i : {Init::normal, Init::lecun, Init::xavier, Init::he, Init::uniform})
    CHECK(init_from_name(name_of(i), "init") == i);
  // "gaussian" was randn × sqrt(1/n_in)'s name: models and links saved with it draw the same.
  CHECK(init_from_name("gaussian", "init") == Init::lecun);
  REQUIRE_THROWS_WITH(
      init_from_name("glorot", "init"),
      Catch::Contains("init must be one of normal, lecun, xavier, he, uniform") && Catch::Contains("glorot"));
}

TEST_CASE("rng: draws the published xoshiro256** sequence, seeded by splitmix64", "[rng]") {
  // Reference values from an independent Python transcription of Vigna's xoshiro256**
  // and splitmix64 (state seeded from seed ^ stream * 0xd1b54a32d192ed03): these pin the
  // sequence so native and WebAssembly builds draw the same weights for the same seed.
  Rng a(1, 0);
  CHECK(a.next_u64() == 0xb3f2af6d0fc710c5ULL);
  CHECK(a.next_u64() == 0x853b559647364ceaULL);
  CHECK(a.next_u64() == 0x92f89756082a4514ULL);
  Rng b(42, 3);
  CHECK(b.next_u64() == 0x3cf860af930cc916ULL);
  CHECK(b.next_u64() == 0x1ce8fd0513794c95ULL);
}

TEST_CASE("rng: uniform, below and normal have the right ranges and moments", "[rng]") {
  Rng rng(3);
  const int n = 100000;
  double sum = 0, sum_sq = 0, normal_sum = 0, normal_sq = 0;
  long counts[7] = {};
  for (int i = 0; i < n; ++i) {
    const double u = rng.uniform();
    const float f = rng.uniform_float();
    REQUIRE((u >= 0 && u < 1));
    REQUIRE((f >= 0 && f < 1));
    sum += u;
    sum_sq += u * u;
    ++counts[rng.below(7)];
    const double z = rng.normal();
    REQUIRE(std::isfinite(z));
    normal_sum += z;
    normal_sq += z * z;
  }
  CHECK_THAT(sum / n, WithinAbs(0.5, 0.005));  // sd 0.29 / 316 = 0.0009
  CHECK_THAT(sum_sq / n, WithinAbs(1.0 / 3, 0.005));
  CHECK_THAT(normal_sum / n, WithinAbs(0, 0.015));                             // sd 1 / 316 = 0.0032
  CHECK_THAT(normal_sq / n, WithinAbs(1, 0.025));                              // sd sqrt(2) / 316 = 0.0045
  for (long c : counts) CHECK_THAT(c / double(n), WithinAbs(1.0 / 7, 0.006));  // sd 0.0011
}
