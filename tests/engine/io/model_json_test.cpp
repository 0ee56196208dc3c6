// Model import takes untrusted text: every field is checked (type, range, shape, finite)
// before anything is allocated or used, and each refusal names the field.
#include <catch2/catch.hpp>

#include <fstream>
#include <functional>
#include <string>

#include "io/model_json.hpp"
#include "test_common.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using Catch::Matchers::StartsWith;
using nlohmann::json;

namespace {

// A small trained classifier's export: 2 inputs, one hidden layer of 3, 2 classes.
json exported_model() {
  TrainingConfig c;
  c.hidden_layers = {{3, Activation::tanh, 1}};
  c.batch_size = 0;
  auto data = test::xor_data();
  data->preprocessing.inputs = {{"x1", InputColumn::Kind::numeric, {}, 0, 0},
                                {"x2", InputColumn::Kind::numeric, {}, 0, 0}};
  data->preprocessing.offset = Vector::Zero(2);
  data->preprocessing.scale = Vector::Ones(2);
  Trainer trainer(c, data);
  trainer.train(2);
  return model_to_json(trainer);
}

struct Case {
  const char* what;
  std::function<void(json&)> change;
  const char* message;  // a part of the refusal's message
};

}  // namespace

TEST_CASE("model import: an exported model loads back the same", "[model]") {
  const json j = exported_model();
  const Model m = model_from_json(parse_json(j.dump(), "model"));
  CHECK(m.network.inputs() == 2);
  CHECK(m.network.outputs() == 1);
  CHECK(m.class_names.size() == 2);
  CHECK(m.preprocessing.feature_count() == 2);
  CHECK(m.weights_of_epoch == 2);
}

TEST_CASE("model import: hostile fields are refused by name before anything is allocated", "[model][robustness]") {
  const std::vector<Case> cases = {
      {"not an object", [](json& j) { j = json::array(); }, "a model must be a JSON object"},
      {"wrong format", [](json& j) { j["format"] = "keras"; }, "format must be \"nnplay-model\", got \"keras\""},
      {"version as a huge unsigned", [](json& j) { j["version"] = 18446744073709551615ULL; },
       "version must be a whole number"},
      {"version negative", [](json& j) { j["version"] = -1; }, "version must be a whole number between 1"},
      {"task", [](json& j) { j["task"] = 3; }, "task must be \"classification\" or \"regression\", got 3"},
      {"loss type",
       [](json& j) {
         j["loss"] = json::array({1, 2});
       },
       "loss must be a string, got an array of 2 values"},
      {"leaky_slope NaN-like", [](json& j) { j["leaky_slope"] = nullptr; }, "leaky_slope must be a number, got null"},
      {"leaky_slope range", [](json& j) { j["leaky_slope"] = 5; }, "leaky_slope must be in [0, 1), got 5"},
      {"inputs zero", [](json& j) { j["inputs"] = 0; }, "inputs must be a whole number between 1 and 1048576, got 0"},
      {"inputs fractional", [](json& j) { j["inputs"] = 2.5; }, "inputs must be a whole number"},
      // A huge network declared in a few bytes: refused by shape, never allocated.
      {"inputs huge, weights small", [](json& j) { j["inputs"] = 1048576; },
       "layers[0].weights[0] has 2 values, expected 1048576"},
      {"units huge, weights small", [](json& j) { j["layers"][0]["units"] = 4096; },
       "layers[0].weights has 3 rows, expected 4096"},
      {"units over the cap", [](json& j) { j["layers"][0]["units"] = 5000; },
       "layers[0].units must be a whole number between 1 and 4096"},
      {"too many layers", [](json& j) { j["layers"] = json(std::vector<json>(40, j["layers"][0])); },
       "layers must be an array of 1 to 33 layers, got an array of 40 values"},
      {"no layers", [](json& j) { j["layers"] = json::array(); }, "layers must be an array of 1 to 33 layers"},
      {"activation unknown", [](json& j) { j["layers"][0]["activation"] = "gelu"; }, "layers[0].activation"},
      {"keep_prob zero", [](json& j) { j["layers"][0]["keep_prob"] = 0; },
       "layers[0].keep_prob must be in (0, 1], got 0"},
      {"weight row short",
       [](json& j) {
         j["layers"][1]["weights"][0] = json::array({1, 2});
       },
       "layers[1].weights[0] has 2 values, expected 3"},
      {"weight a string", [](json& j) { j["layers"][0]["weights"][1][1] = "1"; },
       "layers[0].weights[1][1] must be a number, got \"1\""},
      {"weight beyond float", [](json& j) { j["layers"][0]["weights"][2][0] = 1e39; },
       "layers[0].weights[2][0] must be a finite number within float range"},
      {"bias beyond float", [](json& j) { j["layers"][1]["biases"][0] = -1e300; },
       "layers[1].biases[0] must be a finite number within float range"},
      {"biases short", [](json& j) { j["layers"][0]["biases"] = json::array({0}); },
       "layers[0].biases must hold 3 numbers, got an array of 1 value"},
      {"loss against output", [](json& j) { j["loss"] = "categorical_cross_entropy"; },
       "does not fit a sigmoid output layer"},
      {"classes against outputs",
       [](json& j) {
         j["class_names"] = {"a", "b", "c"};
       },
       "class_names lists 3 classes for 1 outputs"},
      {"duplicate class names",
       [](json& j) {
         j["class_names"] = {"cat", "cat"};
       },
       "class_names lists \"cat\" twice; each class needs its own name"},
      {"feature names count", [](json& j) { j["feature_names"] = {"a"}; }, "feature_names lists 1 names for 2 inputs"},
      {"preprocessing against inputs",
       [](json& j) {
         j["preprocessing"]["inputs"].erase(1);
         j["preprocessing"]["offset"] = {0};
         j["preprocessing"]["scale"] = {1};
       },
       "preprocessing encodes 1 features for a network with 2 inputs"},
      {"config field", [](json& j) { j["config"]["batch_size"] = -3; }, "config: batch_size must be >= 0"},
      {"epochs_trained", [](json& j) { j["epochs_trained"] = "many"; }, "epochs_trained must be a whole number"},
      {"duplicate feature names",
       [](json& j) {
         j["feature_names"] = {"x", "x"};
       },
       "feature_names lists \"x\" twice; each input needs its own name"},
      {"classes in a regression model",
       [](json& j) {
         j["task"] = "regression";
         j["loss"] = "mse";
       },
       "a regression model has no classes, but class_names lists 2"},
      {"a name of 5,000 bytes", [](json& j) { j["class_names"][0] = std::string(5000, 'A'); },
       "class_names[0] is 5000 bytes long; a name may have at most 4096"},
      {"config against the layers",
       [](json& j) {
         j["config"]["hidden_layers"] = json::array({{{"units", 64}}, {{"units", 64}}});
       },
       "config.hidden_layers has 64, 64 units, but the saved layers hold 3 units"},
      {"weights_of_epoch after epochs_trained",
       [](json& j) {
         j["epochs_trained"] = 3;
         j["weights_of_epoch"] = 4;
       },
       "weights_of_epoch must be a whole number between 0 and 3, got 4"},
  };
  const json valid = exported_model();
  for (const Case& c : cases) {
    CAPTURE(c.what);
    json j = valid;
    c.change(j);
    REQUIRE_THROWS_WITH(model_from_json(j), Contains(c.message));
  }
}

TEST_CASE("model import: bad JSON text is an invalid_argument, numbers beyond double included", "[model][robustness]") {
  REQUIRE_THROWS_AS(parse_json("{\"version\": 1e3932}", "model"), std::invalid_argument);  // found by the fuzzer
  REQUIRE_THROWS_WITH(parse_json("{\"version\": 1e3932}", "model"), Contains("model is not valid JSON"));
  REQUIRE_THROWS_WITH(parse_json("{\"format\":", "model"), Contains("model is not valid JSON"));
  REQUIRE_THROWS_WITH(parse_json("[1, NaN]", "model"), Contains("model is not valid JSON"));
}

TEST_CASE("model import: messages stay short whatever the size or depth of a bad value", "[model][robustness]") {
  json j = exported_model();
  j["format"] = std::string(1 << 20, 'x');
  try {
    model_from_json(j);
    FAIL("accepted");
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()).size() < 200);
  }
  // 100,000 nested arrays: parsed without recursion, described without dumping.
  const std::string deep =
      "{\"format\": \"nnplay-model\", \"version\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  REQUIRE_THROWS_WITH(model_from_json(parse_json(deep, "model")),
                      Contains("version must be a whole number") && Contains("got an array of 1 value"));
}

TEST_CASE("model import: a model saved by version 0.1.0 loads and predicts as it did then", "[model]") {
  // tests/fixtures/model-0.1.0.json: a page export of a network with a categorical input and
  // missing values imputed, init "gaussian" (the earlier name of lecun); the .predict.json
  // beside it holds what that version predicted for one raw row.
  const auto read = [](const char* name) {
    std::ifstream in(std::string(NNPLAY_SOURCE_DIR) + "/tests/fixtures/" + name);
    REQUIRE(in);
    return json::parse(in);
  };
  const json saved = read("model-0.1.0.json");
  const json expected = read("model-0.1.0.predict.json");
  Model model = model_from_json(saved);
  CHECK(model.config.init == Init::lecun);
  CHECK(model.epochs_trained == 7);
  CHECK(model.weights_of_epoch == 7);  // without the field: the last epoch trained
  const std::vector<std::string> row = expected["row"].get<std::vector<std::string>>();
  Matrix outputs = model.network.predict(encode_rows(model.preprocessing, {row}));
  decode_outputs(model.preprocessing, outputs);
  const auto want = expected["outputs"].get<std::vector<double>>();
  REQUIRE(static_cast<std::size_t>(outputs.rows()) == want.size());
  for (std::size_t k = 0; k < want.size(); ++k)
    CHECK_THAT(static_cast<double>(outputs(static_cast<Eigen::Index>(k), 0)),
               Catch::Matchers::WithinRel(want[k], 1e-6));
}

TEST_CASE("model import: a model without preprocessing predicts on its inputs as they are", "[model]") {
  json j = exported_model();
  j.erase("preprocessing");
  SECTION("named by feature_names") {
    j["feature_names"] = {"width", "height"};
    const Model m = model_from_json(j);
    REQUIRE(m.preprocessing.inputs.size() == 2);
    CHECK(m.preprocessing.inputs[0].name == "width");
    CHECK(m.preprocessing.feature_count() == 2);
    const Matrix x = encode_rows(m.preprocessing, {{"0.25", "-2"}});
    CHECK(x(0, 0) == Scalar(0.25));
    CHECK(x(1, 0) == Scalar(-2));
  }
  SECTION("or x1, x2, ... without names") {
    j.erase("feature_names");
    const Model m = model_from_json(j);
    REQUIRE(m.preprocessing.inputs.size() == 2);
    CHECK(m.preprocessing.inputs[1].name == "x2");
  }
}

TEST_CASE("model import: an empty file and a number beyond double range are named in words", "[model]") {
  REQUIRE_THROWS_WITH(parse_json(" \n", "model.json"), Equals("model.json is empty: there is no JSON in it"));
  REQUIRE_THROWS_WITH(parse_json("{\"a\": 1e999}", "model.json"),
                      Equals("model.json is not valid JSON: the number '1e999' is beyond the range of numbers "
                             "(about ±1.8e308)"));
  REQUIRE_THROWS_WITH(parse_json("{\"a\": }", "model.json"),
                      StartsWith("model.json is not valid JSON: parse error at line 1, column 7"));
}
