#include <catch2/catch.hpp>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <utility>

#include "data/build.hpp"
#include "data/csv/read_csv.hpp"
#include "data/preprocessing.hpp"

using Catch::Matchers::WithinAbs;
using nnplay::build_dataset;
using nnplay::Dataset;
using nnplay::DatasetOptions;
using nnplay::MissingPolicy;
using nnplay::parse_csv;
using nnplay::Scaling;
using nnplay::Table;

namespace {

// The label first (as in MNIST's CSV), a constant column between features (dropped, so
// the features come in two runs), missing values, a few hundred rows.
std::string numeric_csv(int rows) {
  std::string text = "label,a,always7,b,c\n";
  for (int r = 0; r < rows; ++r) {
    text += std::to_string(r % 3) + "," + (r % 17 == 5 ? std::string("") : std::to_string(r * 0.5 - 20)) + ",7," +
            std::to_string((r * 37) % 101) + "," + (r % 23 == 4 ? std::string("NA") : std::to_string(1000 + r % 9)) +
            "\n";
  }
  return text;
}

void check_same(const Dataset& copied, const Dataset& in_place) {
  CHECK(in_place.train.x.rows() == copied.train.x.rows());
  CHECK(in_place.train.x.cols() == copied.train.x.cols());
  CHECK(in_place.train.x == copied.train.x);  // bit for bit: the same arithmetic
  CHECK(in_place.validation.x == copied.validation.x);
  CHECK(in_place.test.x == copied.test.x);
  CHECK(in_place.train.labels == copied.train.labels);
  CHECK(in_place.train.targets == copied.train.targets);
  CHECK(in_place.validation.targets == copied.validation.targets);
  CHECK(in_place.preprocessing.offset == copied.preprocessing.offset);
  CHECK(in_place.preprocessing.scale == copied.preprocessing.scale);
  CHECK(in_place.feature_names == copied.feature_names);
}

}  // namespace

TEST_CASE("build_dataset: a table given away becomes the training matrix in place, the same data set",
          "[dataset][memory]") {
  const Table table = parse_csv(numeric_csv(300));
  DatasetOptions o;
  o.target = "label";
  o.missing = MissingPolicy::impute;
  o.test_fraction = 0.1;
  for (Scaling scaling : {Scaling::standardize, Scaling::minmax, Scaling::none}) {
    CAPTURE(nnplay::to_string(scaling));
    o.scaling = scaling;
    const Dataset copied = build_dataset(table, o).dataset;
    Table given = table;
    const Dataset in_place = build_dataset(std::move(given), o).dataset;
    CHECK(given.numbers.size() == 0);  // taken
    CHECK(copied.feature_names == std::vector<std::string>{"a", "b", "c"});
    check_same(copied, in_place);
  }

  SECTION("regression, rows with missing values dropped") {
    o.target = "b";
    o.missing = MissingPolicy::drop_rows;
    o.scaling = Scaling::standardize;
    const Dataset copied = build_dataset(table, o).dataset;
    Table given = table;
    const Dataset in_place = build_dataset(std::move(given), o).dataset;
    CHECK(copied.task == nnplay::Task::regression);
    CHECK(given.numbers.size() == 0);
    check_same(copied, in_place);
  }
  SECTION("a one-hot feature needs a copy: the table is left as it was") {
    const Table with_text = parse_csv("colour,x,y\nred,1,0\nblue,2,1\nred,3,0\nblue,4,1\nred,5,0\nblue,6,1\n");
    o.target = "y";
    const Dataset copied = build_dataset(with_text, o).dataset;
    Table given = with_text;
    const Dataset in_place = build_dataset(std::move(given), o).dataset;
    REQUIRE(given.numbers.size() == with_text.numbers.size());  // the same bits (NaN marks the text column)
    CHECK(std::memcmp(given.numbers.data(), with_text.numbers.data(), sizeof(float) * given.numbers.size()) == 0);
    check_same(copied, in_place);
  }
}

TEST_CASE("build_dataset: standardization keeps its digits for values far from zero", "[dataset][numeric]") {
  // 16,000,000 + k: whole floats whose squares (2.6e14) leave a naive sum of squares in
  // double with errors of about 1e-5 of the variance. (The mean is off by the rounding
  // of the offset, stored as a float, to a whole number: up to 0.5 / sd.)
  std::string text = "t,y\n";
  for (int k = 0; k < 400; ++k)
    text += std::to_string(16000000 + (k * 7919) % 400) + "," + std::to_string(k % 2) + "\n";
  DatasetOptions o;
  o.validation_fraction = 0.25;
  const Dataset d = build_dataset(parse_csv(text), o).dataset;
  const auto row = d.train.x.row(0).cast<double>();
  const double mean = row.mean();
  CHECK_THAT(mean, WithinAbs(0.0, 0.5 / 115));
  CHECK_THAT(std::sqrt((row.array() - mean).square().mean()), WithinAbs(1.0, 1e-6));
}

TEST_CASE("preprocessing: scale_features in float, saturating where float overflows", "[preprocessing][numeric]") {
  constexpr float kMax = std::numeric_limits<float>::max();
  // 3e38 - (-3e38) overflows float but not the scaled result; 3e38 * 10 is beyond floats.
  nnplay::Scalar values[] = {3e38f, -3e38f, 1.5f, 3e38f, std::numeric_limits<float>::quiet_NaN()};
  const nnplay::Scalar offset[] = {-3e38f, 3e38f, 0.5f, 0.0f, 0.0f};
  const nnplay::Scalar scale[] = {1e-38f, 1e-38f, 2.0f, 10.0f, 1.0f};
  nnplay::scale_features(values, offset, scale, values, 5);  // in place
  CHECK_THAT(values[0], WithinAbs(6.0, 1e-5));
  CHECK_THAT(values[1], WithinAbs(-6.0, 1e-5));
  CHECK(values[2] == 2.0f);
  CHECK(values[3] == kMax);
  CHECK(std::isnan(values[4]));  // missing stays missing
}
