#include <algorithm>
#include <catch2/catch.hpp>
#include <set>

#include "data/split.hpp"
#include "data_test_helpers.hpp"

using Catch::Matchers::Contains;
using nnplay::random_split;
using nnplay::stratified_split;

TEST_CASE("split: stratified, seeded, complete", "[split]") {
  // 3 classes of 50, 30 and 20 examples, interleaved.
  std::vector<int> labels;
  for (int i = 0; i < 100; ++i) labels.push_back(i < 50 ? 0 : i < 80 ? 1 : 2);
  std::reverse(labels.begin() + 25, labels.end());

  SECTION("every example in exactly one split; sizes round(n * fraction)") {
    const auto s = stratified_split(labels, 3, 0.2, 0.1, 3);
    CHECK(s.validation.size() == 20);
    CHECK(s.test.size() == 10);
    CHECK(s.train.size() == 70);
    std::set<std::size_t> all(s.train.begin(), s.train.end());
    all.insert(s.validation.begin(), s.validation.end());
    all.insert(s.test.begin(), s.test.end());
    CHECK(all.size() == 100);
    CHECK(std::is_sorted(s.train.begin(), s.train.end()));
  }
  SECTION("class proportions kept in each split") {
    const auto s = stratified_split(labels, 3, 0.2, 0.1, 3);
    std::vector<int> val(3, 0), test(3, 0);
    for (std::size_t i : s.validation) ++val[static_cast<std::size_t>(labels[i])];
    for (std::size_t i : s.test) ++test[static_cast<std::size_t>(labels[i])];
    CHECK(val == std::vector<int>{10, 6, 4});
    CHECK(test == std::vector<int>{5, 3, 2});
  }
  SECTION("same seed, same split; another seed, another split") {
    const auto a = stratified_split(labels, 3, 0.3, 0, 11);
    const auto b = stratified_split(labels, 3, 0.3, 0, 11);
    const auto c = stratified_split(labels, 3, 0.3, 0, 12);
    CHECK(a.validation == b.validation);
    CHECK(a.validation != c.validation);
  }
  SECTION("a class with one example stays in training") {
    const std::vector<int> few = {0, 0, 0, 0, 1};
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
      const auto s = stratified_split(few, 2, 0.4, 0, seed);
      CHECK(std::count(s.train.begin(), s.train.end(), 4u) == 1);
      CHECK(s.validation.size() == 2);
    }
  }
  SECTION("too few rows, bad fractions") {
    CHECK_THAT(nnplay_test::data_error_of([] { random_split(4, 0.1, 0, 1); }),
               Contains("4 rows are too few for a validation split of 10%"));
    CHECK_THAT(nnplay_test::data_error_of([] {
                 stratified_split({0, 1}, 2, 0.5, 0, 1);
               }),
               Contains("once every class keeps a training example"));
    CHECK_THAT(nnplay_test::data_error_of([] { random_split(10, 0.6, 0.5, 1); }),
               Contains("leave nothing to train on"));
    CHECK_THAT(nnplay_test::data_error_of([] { random_split(10, -0.1, 0, 1); }),
               Contains("validation fraction must be in [0, 1)"));
  }
  SECTION("regression: random split") {
    const auto s = random_split(10, 0.3, 0, 5);
    CHECK(s.validation.size() == 3);
    CHECK(s.train.size() == 7);
    CHECK(random_split(10, 0.3, 0, 5).validation == s.validation);
  }
}
