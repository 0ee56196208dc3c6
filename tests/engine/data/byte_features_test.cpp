// Image data keeps its features as bytes (data/dataset.hpp): the network must get the same
// floats as from the float matrix the same data makes otherwise.
#include <catch2/catch.hpp>
#include <cstddef>
#include <limits>
#include <string>
#include <vector>

#include "data/build.hpp"
#include "data/table.hpp"
#include "data_test_helpers.hpp"

using nnplay::build_dataset;
using nnplay::Dataset;
using nnplay::DatasetOptions;
using nnplay::Examples;
using nnplay::Matrix;
using nnplay::Scaling;

namespace {

// A label, then `pixels` columns of whole numbers 0-255 (one constant: dropped, so the
// features come in two runs), `rows` rows.
nnplay::Table pixel_table(int rows, int pixels = 12) {
  std::vector<std::string> names{"label"};
  for (int p = 0; p < pixels; ++p) names.push_back("p" + std::to_string(p));
  std::vector<float> values;
  for (int r = 0; r < rows; ++r) {
    values.push_back(static_cast<float>(r % 4));
    for (int p = 0; p < pixels; ++p)
      values.push_back(p == 3 ? 9.0f : static_cast<float>((r * 31 + p * 17 + (r % 4) * 40) % 256));
  }
  return nnplay::make_numeric_table("pixels", names, values);
}

DatasetOptions options(std::size_t bytes_from_values, Scaling scaling = Scaling::minmax) {
  DatasetOptions o;
  o.target = "label";
  o.scaling = scaling;
  o.validation_fraction = 0.2;
  o.test_fraction = 0.1;
  o.bytes_from_values = bytes_from_values;
  return o;
}

constexpr std::size_t kNever = std::numeric_limits<std::size_t>::max();

void check_same_features(const Examples& floats, const Examples& bytes) {
  REQUIRE_FALSE(floats.in_bytes());
  REQUIRE(bytes.in_bytes());
  CHECK(bytes.x.size() == 0);
  CHECK(bytes.size() == floats.size());
  CHECK(bytes.features() == floats.features());
  CHECK(bytes.scaled() == floats.x);  // bit for bit
  CHECK(bytes.labels == floats.labels);
  Matrix buffer;
  if (floats.size() >= 3) CHECK(bytes.columns(1, 2, buffer) == floats.x.middleCols(1, 2));
  std::vector<nnplay::Scalar> example(static_cast<std::size_t>(floats.features()));
  bytes.copy_example(floats.size() - 1, example.data());
  for (std::size_t f = 0; f < example.size(); ++f)
    CHECK(example[f] == floats.x(static_cast<Eigen::Index>(f), floats.size() - 1));
  CHECK(bytes.feature_bytes() * 4 == floats.feature_bytes());
}

}  // namespace

TEST_CASE("image data keeps bytes that scale to the floats it makes otherwise", "[data][bytes]") {
  for (Scaling scaling : {Scaling::minmax, Scaling::standardize, Scaling::none}) {
    CAPTURE(static_cast<int>(scaling));
    const Dataset floats = build_dataset(pixel_table(200), options(kNever, scaling)).dataset;
    // From a table given away too, as the CSV and IDX loads give theirs.
    const Dataset bytes = build_dataset(pixel_table(200), options(0, scaling)).dataset;
    REQUIRE(bytes.feature_count() == 11);
    check_same_features(floats.train, bytes.train);
    check_same_features(floats.validation, bytes.validation);
    check_same_features(floats.test, bytes.test);
  }
}

TEST_CASE("only whole numbers 0-255, none missing, nothing derived or one-hot, in quantity, are bytes",
          "[data][bytes]") {
  CHECK(build_dataset(pixel_table(200), options(200 * 11)).dataset.train.in_bytes());
  CHECK_FALSE(build_dataset(pixel_table(200), options(200 * 11 + 1)).dataset.train.in_bytes());
  CHECK_FALSE(build_dataset(pixel_table(200), DatasetOptions{}).dataset.train.in_bytes());  // small: floats

  auto with = [](int row, int column, float value) {
    nnplay::Table t = pixel_table(200);
    t.numbers(column, row) = value;
    nnplay::infer_column_types(t);
    return build_dataset(t, options(0)).dataset.train;
  };
  CHECK(with(5, 2, 255).in_bytes());
  CHECK_FALSE(with(5, 2, 256).in_bytes());
  CHECK_FALSE(with(5, 2, -1).in_bytes());
  CHECK_FALSE(with(5, 2, 0.5f).in_bytes());
  CHECK_FALSE(with(5, 2, -0.0f).in_bytes());                                    // comes back as +0: not the same float
  CHECK_FALSE(with(5, 2, std::numeric_limits<float>::quiet_NaN()).in_bytes());  // imputed: floats

  nnplay::Table few_values = pixel_table(200);
  for (int r = 0; r < 200; ++r) few_values.numbers(1, r) = static_cast<float>(r % 5);
  nnplay::infer_column_types(few_values);
  CHECK(build_dataset(few_values, options(0)).dataset.train.in_bytes());
  DatasetOptions one_hot = options(0);
  one_hot.categorical_columns = {"p0"};
  CHECK_FALSE(build_dataset(few_values, one_hot).dataset.train.in_bytes());
  CHECK(build_dataset(pixel_table(200, 2), options(0)).dataset.train.in_bytes());
  DatasetOptions derived = options(0);
  derived.derived = {nnplay::DerivedInput::x1sq};
  CHECK_FALSE(build_dataset(pixel_table(200, 2), derived).dataset.train.in_bytes());
}

namespace {

// The same table with its numbers as bytes (as the IDX reader and CSV pieces make it).
nnplay::Table in_bytes(nnplay::Table t) {
  t.bytes = t.numbers.cast<std::uint8_t>();
  t.numbers = nnplay::TableNumbers();
  nnplay::infer_column_types(t);
  return t;
}

void check_same_dataset(const Dataset& a, const Dataset& b) {
  for (auto [x, y] : {std::pair{&a.train, &b.train}, {&a.validation, &b.validation}, {&a.test, &b.test}}) {
    CHECK(x->in_bytes() == y->in_bytes());
    CHECK(x->scaled() == y->scaled());
    CHECK(x->labels == y->labels);
  }
  CHECK(a.preprocessing.offset == b.preprocessing.offset);
  CHECK(a.preprocessing.scale == b.preprocessing.scale);
}

}  // namespace

TEST_CASE("a table in bytes gives the statistics and the data set its floats give", "[data][bytes]") {
  const nnplay::Table floats = pixel_table(300);
  const nnplay::Table bytes = in_bytes(floats);
  REQUIRE(bytes.in_bytes());
  REQUIRE_FALSE(floats.in_bytes());
  nnplay_test::check_same_table(floats, bytes);
  SECTION("features as bytes, from a table kept or given away (made in its bytes)") {
    for (std::size_t from : {std::size_t{0}, kNever}) {
      CAPTURE(from);
      const Dataset expected = build_dataset(floats, options(from)).dataset;
      check_same_dataset(expected, build_dataset(bytes, options(from)).dataset);
      nnplay::Table given = bytes;
      check_same_dataset(expected, build_dataset(std::move(given), options(from)).dataset);
      if (from == 0) CHECK(given.bytes.size() == 0);  // taken
    }
  }
  SECTION("one-hot encoded and standardized: floats, from the bytes") {
    nnplay::Table few = pixel_table(300);
    for (int r = 0; r < 300; ++r) few.numbers(1, r) = static_cast<float>(r % 5);
    nnplay::infer_column_types(few);
    DatasetOptions o = options(0, Scaling::standardize);
    o.categorical_columns = {"p0"};
    nnplay::Table given = in_bytes(few);
    check_same_dataset(build_dataset(few, o).dataset, build_dataset(std::move(given), o).dataset);
  }
}
