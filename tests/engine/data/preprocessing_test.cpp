#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <nlohmann/json.hpp>

#include "data/preprocessing.hpp"
#include "data_test_helpers.hpp"
#include "io/preprocessing_json.hpp"

using Catch::Matchers::Contains;
using nlohmann::json;
using nnplay::InputColumn;
using nnplay::Preprocessing;
using nnplay_test::data_error_of;

namespace {

// colour (red, blue) one-hot, then height numeric, then an ignored id; the target sat
// between colour and height in the source file.
Preprocessing sample() {
  Preprocessing p;
  InputColumn colour{"colour", InputColumn::Kind::categorical, {"blue", "red"}, 0, 1};
  InputColumn height{"height", InputColumn::Kind::numeric, {}, 1.5, 0};
  InputColumn id{"id", InputColumn::Kind::ignored, {}, 0, 0};
  p.inputs = {colour, height, id};
  p.target_position = 1;
  p.missing = nnplay::MissingPolicy::impute;
  p.scaling = nnplay::Scaling::standardize;
  p.offset = nnplay::Vector::Zero(3);
  p.offset(2) = 1.0f;
  p.scale = nnplay::Vector::Ones(3);
  p.scale(2) = 2.0f;
  return p;
}

}  // namespace

TEST_CASE("preprocessing: encoding prediction rows", "[preprocessing]") {
  const Preprocessing p = sample();
  CHECK(p.feature_count() == 3);
  CHECK(p.feature_names() == std::vector<std::string>{"colour=blue", "colour=red", "height"});

  SECTION("text fields, with or without the target, missing imputed") {
    const nnplay::Matrix x = nnplay::encode_rows(p, {{"red", "2.5", "17"}, {"blue", "yes", "3", "x"}, {"", "NA", "1"}});
    CHECK(x.col(0) == (nnplay::Vector(3) << 0, 1, 3).finished());  // (2.5 - 1) * 2
    CHECK(x.col(1) == (nnplay::Vector(3) << 1, 0, 4).finished());
    CHECK(x.col(2) == (nnplay::Vector(3) << 0, 1, 1).finished());  // red imputed, 1.5 imputed
  }
  SECTION("numbers") {
    nnplay::Matrix raw(3, 1);
    raw << std::numeric_limits<nnplay::Scalar>::quiet_NaN(), 2, 0;
    const nnplay::Matrix x = nnplay::encode_numbers(p, raw);
    CHECK(x.col(0) == (nnplay::Vector(3) << 0, 1, 2).finished());
  }
  SECTION("numeric inputs back from scaled features; NaN for what the features do not hold") {
    nnplay::Matrix raw(3, 2);
    const nnplay::Scalar nan = std::numeric_limits<nnplay::Scalar>::quiet_NaN();
    raw << nan, nan, 2.5f, -4, nan, nan;
    const nnplay::Matrix back = nnplay::raw_inputs(p, nnplay::encode_numbers(p, raw));
    REQUIRE(back.rows() == 3);
    REQUIRE(back.cols() == 2);
    CHECK(std::isnan(back(0, 0)));  // colour: categorical
    CHECK(back(1, 0) == 2.5f);
    CHECK(back(1, 1) == -4.0f);
    CHECK(std::isnan(back(2, 1)));  // id: ignored
  }
  SECTION("errors name the prediction row and column") {
    CHECK(data_error_of([&] {
            nnplay::encode_rows(p, {{"red", "1", "1"}, {"green", "1", "1"}});
          }) ==
          "prediction row 2, column \"colour\" (1): \"green\" is not one of the categories seen in training (\"blue\", "
          "\"red\")");
    CHECK_THAT(data_error_of([&] {
                 nnplay::encode_rows(p, {{"red", "tall", "1"}});
               }),
               Contains("prediction row 1, column \"height\" (2): \"tall\" is not a number"));
    CHECK_THAT(data_error_of([&] { nnplay::encode_rows(p, {{"red"}}); }),
               Contains("prediction row 1 has 1 fields; the model takes 3 (or 4 with the target)"));
    Preprocessing strict = p;
    strict.missing = nnplay::MissingPolicy::drop_rows;
    CHECK_THAT(data_error_of([&] {
                 nnplay::encode_rows(strict, {{"red", "", "1"}});
               }),
               Contains("column \"height\" (2): the value is missing"));
  }
}

TEST_CASE("preprocessing: numbers-only prediction input, the one-pass path", "[preprocessing]") {
  // Three numeric inputs, scaled: every row is encoded and scaled in one pass, except rows
  // with a missing value (imputed, then scaled) or an infinite one (an error).
  Preprocessing p;
  for (const char* name : {"a", "b", "c"}) p.inputs.push_back({name, InputColumn::Kind::numeric, {}, 0.25, 0});
  p.missing = nnplay::MissingPolicy::impute;
  p.offset = (nnplay::Vector(3) << 1.0f, -2.0f, 0.1f).finished();
  p.scale = (nnplay::Vector(3) << 0.5f, 3.0f, 7.0f).finished();
  const float nan = std::numeric_limits<float>::quiet_NaN();
  nnplay::Matrix raw(3, 3);
  raw << 3, nan, 0.3f,  //
      1, 2, 5,          //
      0.7f, 0.2f, -1;
  const nnplay::Matrix x = nnplay::encode_numbers(p, raw);
  for (Eigen::Index r = 0; r < 3; ++r)
    for (Eigen::Index i = 0; i < 3; ++i) {
      const float v = std::isnan(raw(i, r)) ? 0.25f : raw(i, r);
      CHECK(x(i, r) == (v - p.offset(i)) * p.scale(i));
    }
  raw(2, 1) = std::numeric_limits<float>::infinity();
  CHECK_THAT(data_error_of([&] { nnplay::encode_numbers(p, raw); }),
             Contains("prediction row 2, column \"c\" (3): the value is infinite"));
}

TEST_CASE("preprocessing: JSON round trip and validation", "[preprocessing][json]") {
  const Preprocessing p = sample();
  const json j = nnplay::preprocessing_to_json(p);

  SECTION("round trip") {
    const Preprocessing q = nnplay::preprocessing_from_json(json::parse(j.dump()));
    CHECK(q.feature_names() == p.feature_names());
    CHECK(q.inputs[0].fill_category == 1);
    CHECK(q.inputs[1].fill_value == 1.5);
    CHECK(q.inputs[2].kind == InputColumn::Kind::ignored);
    CHECK(q.target_position == 1);
    CHECK(q.missing == p.missing);
    CHECK(q.scaling == p.scaling);
    CHECK(q.offset == p.offset);
    CHECK(q.scale == p.scale);
  }
  SECTION("untrusted input: each fault named by its path") {
    const auto error = [](json bad) { return data_error_of([&] { nnplay::preprocessing_from_json(bad); }); };
    json bad = j;
    bad["inputs"][1]["kind"] = "text";
    CHECK(error(bad) ==
          "preprocessing.inputs[1].kind must be \"numeric\", \"categorical\" or \"ignored\", got \"text\"");
    bad = j;
    bad["offset"].push_back(0);
    CHECK_THAT(error(bad), Contains("preprocessing.offset must have one value per feature (3), got 4"));
    bad = j;
    bad["scale"][0] = 0;
    CHECK_THAT(error(bad), Contains("preprocessing.scale[0] must not be zero"));
    bad = j;
    bad["scale"][1] = 1e300;
    CHECK_THAT(error(bad), Contains("preprocessing.scale[1] must be a finite number within float range"));
    bad = j;
    bad["scale"][1] = "1";
    CHECK_THAT(error(bad), Contains("preprocessing.scale[1] must be a number, got string"));
    bad = j;
    bad.erase("scaling");
    CHECK_THAT(error(bad), Contains("preprocessing is missing the field \"scaling\""));
    bad = j;
    bad["extra"] = 1;
    CHECK_THAT(error(bad), Contains("preprocessing has an unknown field \"extra\""));
    bad = j;
    bad["inputs"][0]["categories"][1] = "blue";
    CHECK_THAT(error(bad), Contains("preprocessing.inputs[0].categories[1] repeats the category \"blue\""));
    bad = j;
    bad["inputs"][0]["fill_category"] = 2;
    CHECK_THAT(error(bad), Contains("preprocessing.inputs[0].fill_category must be between 0 and 1, got 2"));
    bad = j;
    bad["target_position"] = 7;
    CHECK_THAT(error(bad), Contains("preprocessing.target_position must be between -1 and 3"));
    bad = j;
    bad["inputs"] = json::array();
    CHECK_THAT(error(bad), Contains("preprocessing.inputs must list at least one input column"));
    bad = j;
    bad["inputs"][1]["name"] = "";
    CHECK_THAT(error(bad), Contains("preprocessing.inputs[1].name must not be empty"));
    CHECK_THAT(error(json::array()), Contains("preprocessing must be an object, got array"));
    bad = j;
    bad["missing"] = "guess";
    CHECK_THAT(error(bad), Contains("preprocessing.missing must be \"drop_rows\" or \"impute\""));
  }
}
