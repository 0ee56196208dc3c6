#include <catch2/catch.hpp>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data_test_helpers.hpp"
#include "io/data_options.hpp"

using Catch::Matchers::Contains;
using nnplay::AddedPoint;
using nnplay::GeneratedOptions;
using nnplay::Table;

TEST_CASE("added points: appended to a generated set as its last rows, the same every time", "[builtin][added]") {
  GeneratedOptions o;
  o.added = {{0.25, -0.5, 1}, {-1.5, 2, 0}};
  const Table t = nnplay::load_builtin("circles", o);
  REQUIRE(t.rows == 402);
  CHECK(t.number(400, 0) == 0.25f);
  CHECK(t.number(400, 1) == -0.5f);
  CHECK(t.number(400, 2) == 1.0f);
  CHECK(t.number(401, 0) == -1.5f);
  CHECK(t.number(401, 2) == 0.0f);
  // The generated rows are the set's own: the same as without the points.
  const Table plain = nnplay::load_builtin("circles", GeneratedOptions{});
  for (std::size_t r = 0; r < 400; ++r)
    for (std::size_t c = 0; c < 3; ++c) REQUIRE(t.number(r, c) == plain.number(r, c));
  CHECK(nnplay::load_builtin("circles", o).numbers == t.numbers);
  // They take part in training like any row: 402 rows reach the split.
  const auto d = nnplay::build_dataset(t).dataset;
  CHECK(d.train.size() + d.validation.size() == 402);
}

TEST_CASE("added points: a regression set takes any value; classes are checked against the set's", "[builtin][added]") {
  GeneratedOptions o;
  o.added = {{0, 0, 3.75}};
  const Table t = nnplay::load_builtin("plane", o);
  CHECK(t.number(t.rows - 1, 2) == 3.75f);

  o.added = {{0, 0, 2}};  // circles has classes 0 and 1
  CHECK_THAT(nnplay_test::data_error_of([&] { nnplay::load_builtin("circles", o); }),
             Contains("added point 1: its class must be a whole number from 0 to 1, got 2"));
  o.classes = 4;
  CHECK(nnplay::load_builtin("blobs", o).rows == 401);  // blobs with 4 classes takes class 2
  o.added = {{0, 0, 0.5}};
  CHECK_THAT(nnplay_test::data_error_of([&] { nnplay::load_builtin("blobs", o); }),
             Contains("whole number from 0 to 3, got 0.5"));
  o.added = {{0, 1e9, 0}};
  CHECK_THAT(nnplay_test::data_error_of([&] { nnplay::load_builtin("moons", o); }),
             Contains("added point 1: x and y must be numbers between -1000 and 1000"));
  o.added = {{0, 0, 0}};
  CHECK_THAT(nnplay_test::data_error_of([&] { nnplay::load_builtin("xor", o); }),
             Contains("generated 2-D data sets only"));
  o.added.assign(nnplay::kMaxAddedPoints + 1, AddedPoint{});
  CHECK_THAT(nnplay_test::data_error_of([&] { nnplay::load_builtin("circles", o); }), Contains("at most 1000"));
}

TEST_CASE("added points: the data option added_points, checked field by field", "[builtin][added][io]") {
  const auto o =
      nnplay::data_options_from_json(nlohmann::json::parse(R"({"added_points": [[0.5, -0.25, 1], [1, 2, 0]]})"));
  REQUIRE(o.generated.added.size() == 2);
  CHECK(o.generated.added[0].x == 0.5);
  CHECK(o.generated.added[0].y == -0.25);
  CHECK(o.generated.added[1].target == 0);
  const auto error = [](const char* text) {
    try {
      nnplay::data_options_from_json(nlohmann::json::parse(text));
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string();
  };
  CHECK_THAT(error(R"({"added_points": 3})"),
             Contains("added_points") && Contains("an array of [x, y, class or value]"));
  CHECK_THAT(error(R"({"added_points": [[1, 2]]})"), Contains("added_points[0]") && Contains("three numbers"));
  CHECK_THAT(error(R"({"added_points": [[1, 2, "a"]]})"), Contains("added_points[0]"));
}

TEST_CASE("built-ins: a file-backed set is read by load_builtin_or_file, not load_builtin", "[builtin]") {
  CHECK_THAT(nnplay_test::data_error_of([] { nnplay::load_builtin("iris"); }),
             Contains("\"iris\" is a file, data/iris.csv: load it as a CSV"));
  CHECK(nnplay::load_builtin_or_file("xor", {}, ".").rows == 4);
}
