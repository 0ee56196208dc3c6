// Derived inputs for 2-D data: x₁², x₂², x₁x₂, sin x₁, sin x₂ from the scaled inputs,
// appended in a fixed order, named from the input columns, refused for other data.
#include <catch2/catch.hpp>

#include <cmath>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"
#include "io/data_options.hpp"
#include "io/preprocessing_json.hpp"
#include "io/summary_json.hpp"
#include "test_common.hpp"

using namespace nnplay;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;

namespace {

DatasetBuild circles_with(std::vector<DerivedInput> derived) {
  DatasetOptions o;
  o.derived = std::move(derived);
  return build_dataset(generate_circles(), o);
}

}  // namespace

TEST_CASE("derived inputs: names are parsed into the canonical order; unknown names and repeats are refused",
          "[derived]") {
  CHECK(derived_inputs_from_names({"sinx2", "x1sq", "x1x2"}, "derived") ==
        std::vector<DerivedInput>{DerivedInput::x1sq, DerivedInput::x1x2, DerivedInput::sinx2});
  REQUIRE_THROWS_WITH(derived_inputs_from_names({"x1sq", "x3sq"}, "derived"),
                      Equals("derived[1] must be one of x1sq, x2sq, x1x2, sinx1, sinx2, got \"x3sq\""));
  REQUIRE_THROWS_WITH(derived_inputs_from_names({"x1sq", "x1sq"}, "derived"), Contains("repeats \"x1sq\""));

  SECTION("the data options' \"derived\" key") {
    const DataOptions o = data_options_from_json(nlohmann::json::parse(R"({"derived": ["x2sq", "x1sq"]})"));
    CHECK(o.dataset.derived == std::vector<DerivedInput>{DerivedInput::x1sq, DerivedInput::x2sq});
    REQUIRE_THROWS_WITH(data_options_from_json(nlohmann::json::parse(R"({"derived": ["cos"]})")),
                        Contains("options.derived[0] must be one of x1sq, x2sq, x1x2, sinx1, sinx2"));
    REQUIRE_THROWS_WITH(data_options_from_json(nlohmann::json::parse(R"({"derived": "x1sq"})")),
                        Contains("options.derived must be an array"));
  }
}

TEST_CASE("derived inputs: computed from the scaled inputs and appended as rows of x, in order", "[derived]") {
  const DatasetBuild plain = circles_with({});
  const DatasetBuild all = circles_with(
      {DerivedInput::x1sq, DerivedInput::x2sq, DerivedInput::x1x2, DerivedInput::sinx1, DerivedInput::sinx2});
  const Dataset& d = all.dataset;
  REQUIRE(d.train.x.rows() == 7);
  for (const Examples* split : {&d.train, &d.validation}) REQUIRE(split->x.rows() == 7);
  const Matrix& base = plain.dataset.train.x;
  test::assert_near(d.train.x.topRows(2), base, 0);
  const auto x1 = base.row(0).array(), x2 = base.row(1).array();
  test::assert_near(d.train.x.row(2), x1.square().matrix(), 0);
  test::assert_near(d.train.x.row(3), x2.square().matrix(), 0);
  test::assert_near(d.train.x.row(4), (x1 * x2).matrix(), 0);
  test::assert_near(d.train.x.row(5), x1.sin().matrix(), 1e-6);
  test::assert_near(d.train.x.row(6), x2.sin().matrix(), 1e-6);

  SECTION("the feature names and the summary say which are derived") {
    CHECK(d.feature_names == std::vector<std::string>{"x", "y", "x²", "y²", "x·y", "sin x", "sin y"});
    const nlohmann::json s = summary_to_json(all.summary);
    CHECK(s["feature_count"] == 7);
    CHECK(s["two_numeric_inputs"] == true);
    CHECK(s["derived"] == nlohmann::json::array({"x1sq", "x2sq", "x1x2", "sinx1", "sinx2"}));
    CHECK(s["feature_names"][4] == "x·y");
    CHECK(summary_to_json(plain.summary)["derived"] == nlohmann::json::array());
  }
  SECTION("encoding raw values applies them too") {
    Matrix raw(2, 3);
    raw << 0.5f, -1, 2, 1, 0, -0.25f;
    const Matrix x = encode_numbers(d.preprocessing, raw);
    REQUIRE(x.rows() == 7);
    for (Eigen::Index j = 0; j < 3; ++j) {
      CHECK(x(4, j) == x(0, j) * x(1, j));
      CHECK_THAT(x(5, j), Catch::Matchers::WithinAbs(std::sin(x(0, j)), 1e-6));
    }
    const Matrix from_text = encode_rows(d.preprocessing, {{"0.5", "1"}, {"-1", "0"}, {"2", "-0.25"}});
    test::assert_near(from_text, x, 0);
  }
  SECTION("the preprocessing JSON carries them and checks them on load") {
    const nlohmann::json j = preprocessing_to_json(d.preprocessing);
    CHECK(j["derived"] == nlohmann::json::array({"x1sq", "x2sq", "x1x2", "sinx1", "sinx2"}));
    CHECK(preprocessing_from_json(j).derived == d.preprocessing.derived);
    nlohmann::json unknown = j;
    unknown["derived"] = {"x1sq", "tanx1"};
    REQUIRE_THROWS_WITH(preprocessing_from_json(unknown), Contains("must be one of x1sq, x2sq"));
    nlohmann::json three = j;
    three["inputs"].push_back({{"name", "z"}, {"kind", "numeric"}, {"fill_value", 0}});
    three["offset"].push_back(0);
    three["scale"].push_back(1);
    REQUIRE_THROWS_WITH(preprocessing_from_json(three),
                        Contains("derived inputs need exactly two numeric input features; this data has 3: x, y, z"));
  }
}

TEST_CASE("derived inputs: refused unless the inputs are exactly two numeric features", "[derived]") {
  DatasetOptions o;
  o.derived = {DerivedInput::x1sq};
  SECTION("iris has 4") {
    const Table iris = read_csv_file(std::string(NNPLAY_SOURCE_DIR) + "/data/iris.csv");
    REQUIRE_THROWS_WITH(build_dataset(iris, o),
                        Equals("derived inputs need exactly two numeric input features; this data has 4: "
                               "sepal_length, sepal_width, petal_length, petal_width"));
    CHECK_FALSE(summarize_table(iris).two_numeric_inputs);
  }
  SECTION("a numeric and a categorical column") {
    const Table t = parse_csv("a,color,label\n1,red,0\n2,blue,1\n3,red,0\n4,blue,1\n5,red,0\n");
    REQUIRE_THROWS_WITH(build_dataset(t, o), Contains("this data has 3: a, color=blue, color=red"));
  }
  SECTION("circles without a target named: x and y") { CHECK(summarize_table(generate_circles()).two_numeric_inputs); }
}
