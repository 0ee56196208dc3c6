// TrainingConfig validation (every field, its name in the message), its JSON form, and
// the checks the Trainer makes against the data.
#include <limits>

#include <nlohmann/json.hpp>

#include "io/config_json.hpp"
#include "test_common.hpp"
#include "train/config.hpp"
#include "train/trainer.hpp"

using namespace nnplay;
using nlohmann::json;

TEST_CASE("config: the defaults are valid", "[config]") {
  REQUIRE_NOTHROW(TrainingConfig().validate());
  REQUIRE_NOTHROW(config_from_json(json::object()));
}

TEST_CASE("config: every out-of-range field is rejected with its name and allowed range", "[config]") {
  TrainingConfig c;
  SECTION("hidden_layers[i].units") {
    c.hidden_layers = {{4, Activation::relu, 1}, {4, Activation::relu, 1}, {0, Activation::relu, 1}};
    REQUIRE_THROWS_WITH(c.validate(), "hidden_layers[2].units must be between 1 and 4096, got 0");
    c.hidden_layers[2].units = 4097;
    REQUIRE_THROWS_WITH(c.validate(), Catch::Contains("hidden_layers[2].units") && Catch::Contains("4097"));
  }
  SECTION("hidden_layers count") {
    c.hidden_layers.assign(33, {2, Activation::relu, 1});
    REQUIRE_THROWS_WITH(c.validate(), Catch::Contains("hidden_layers must be at most 32"));
  }
  SECTION("hidden_layers[i].activation: softmax is for the output layer only") {
    c.hidden_layers = {{4, Activation::softmax, 1}};
    REQUIRE_THROWS_WITH(c.validate(), Catch::Contains("hidden_layers[0].activation") && Catch::Contains("softmax"));
  }
  SECTION("hidden_layers[i].keep_prob in (0, 1]") {
    const Scalar bad = GENERATE(Scalar(0), Scalar(-0.5), Scalar(1.01), std::numeric_limits<Scalar>::quiet_NaN());
    CAPTURE(bad);
    c.hidden_layers = {{4, Activation::relu, 1}, {4, Activation::relu, bad}};
    REQUIRE_THROWS_WITH(c.validate(), Catch::Contains("hidden_layers[1].keep_prob must be in (0, 1]"));
  }
  SECTION("learning_rate in (0, 100]") {
    const Scalar bad = GENERATE(Scalar(0), Scalar(-0.1), Scalar(101), std::numeric_limits<Scalar>::quiet_NaN(),
                                std::numeric_limits<Scalar>::infinity());
    CAPTURE(bad);
    c.optimizer.learning_rate = bad;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("learning_rate must be in (0, 100], got"));
  }
  SECTION("leaky_slope in [0, 1)") {
    c.leaky_slope = Scalar(-0.01);
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("leaky_slope must be in [0, 1)"));
    c.leaky_slope = 1;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("leaky_slope"));
  }
  SECTION("momentum, rho, beta1, beta2 in [0, 1)") {
    const std::string field = GENERATE("momentum", "rho", "beta1", "beta2");
    const Scalar bad = GENERATE(Scalar(1), Scalar(-0.1));
    CAPTURE(field, bad);
    OptimizerConfig& o = c.optimizer;
    (field == "momentum" ? o.momentum : field == "rho" ? o.rho : field == "beta1" ? o.beta1 : o.beta2) = bad;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith(field + " must be in [0, 1)"));
  }
  SECTION("epsilon in (0, 1]") {
    c.optimizer.epsilon = 0;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("epsilon must be in (0, 1]"));
  }
  SECTION("decay: (0, 1] for the step schedule, [0, 100] for the inverse schedule") {
    c.optimizer.schedule = Schedule::step;
    c.optimizer.decay = Scalar(1.5);
    REQUIRE_THROWS_WITH(c.validate(), Catch::Contains("decay must be in (0, 1] for the step schedule"));
    c.optimizer.decay = 0;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("decay"));
    c.optimizer.schedule = Schedule::inverse;
    REQUIRE_NOTHROW(c.validate());
    c.optimizer.decay = -1;
    REQUIRE_THROWS_WITH(c.validate(), Catch::Contains("decay must be in [0, 100] for the inverse schedule"));
  }
  SECTION("decay_epochs >= 1") {
    c.optimizer.decay_epochs = 0;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("decay_epochs must be >= 1"));
  }
  SECTION("batch_size >= 0") {
    c.batch_size = -1;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("batch_size must be >= 0"));
  }
  SECTION("epochs between 1 and 1000000") {
    c.epochs = 0;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("epochs must be between 1 and 1000000"));
  }
  SECTION("l1 in [0, 100]") {
    c.l1 = Scalar(100.5);
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("l1 must be in [0, 100]"));
  }
  SECTION("l2 in [0, 100]") {
    c.l2 = -1;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("l2 must be in [0, 100]"));
  }
  SECTION("patience >= 0") {
    c.patience = -2;
    REQUIRE_THROWS_WITH(c.validate(), Catch::StartsWith("patience must be >= 0"));
  }
}

TEST_CASE("config: JSON fields are checked by name, type and value", "[config][json]") {
  SECTION("out-of-range values name the field") {
    const auto [text, field] = GENERATE(table<const char*, const char*>({
        {R"({"learning_rate": 0})", "learning_rate must be in (0, 100]"},
        {R"({"hidden_layers": [8, {"units": 0}]})", "hidden_layers[1].units must be between 1 and 4096"},
        {R"({"hidden_layers": [{"units": 4, "keep_prob": 1.5}]})", "hidden_layers[0].keep_prob must be in (0, 1]"},
        {R"({"hidden_layers": [{"units": 4, "keep_prob": 0}]})", "hidden_layers[0].keep_prob"},
        {R"({"hidden_layers": [{"units": 1e10}]})", "hidden_layers[0].units is out of range"},
        {R"({"batch_size": -3})", "batch_size must be >= 0"},
        {R"({"epochs": 0})", "epochs"},
        {R"({"seed": -1})", "seed must be between 0 and 4294967295"},
        {R"({"seed": 4294967296})", "seed must be between 0 and 4294967295"},
        {R"({"beta2": 1})", "beta2 must be in [0, 1)"},
    }));
    CAPTURE(text);
    REQUIRE_THROWS_WITH(config_from_json(json::parse(text)), Catch::Contains(field));
  }
  SECTION("unknown names") {
    const auto [text, message] = GENERATE(table<const char*, const char*>({
        {R"({"hidden_layers": [{"units": 4, "activation": "swish"}]})",
         "hidden_layers[0].activation must be one of sigmoid, tanh, relu, leaky_relu, linear, softmax; got \"swish\""},
        {R"({"optimizer": "lbfgs"})", "optimizer must be one of"},
        {R"({"loss": "hinge"})", "loss must be one of"},
        {R"({"init": "glorot"})", "init must be one of normal, lecun, xavier, he, uniform"},
        {R"({"init_scale": 0})", "init_scale must be in (0, 10], got 0"},
        {R"({"schedule": "cosine"})", "schedule must be one of"},
        {R"({"learnig_rate": 0.1})", "unknown field \"learnig_rate\""},
        {R"({"hidden_layers": [{"units": 4, "unit": 5}]})", "unknown field \"hidden_layers[0].unit\""},
        {R"({"hidden_layers": [{"activation": "relu"}]})", "hidden_layers[0].units is missing"},
    }));
    CAPTURE(text);
    REQUIRE_THROWS_WITH(config_from_json(json::parse(text)), Catch::Contains(message));
  }
  SECTION("wrong types") {
    const auto [text, message] = GENERATE(table<const char*, const char*>({
        {R"({"learning_rate": "0.1"})", "learning_rate must be a number, got string"},
        {R"({"epochs": 1.5})", "epochs must be a whole number"},
        {R"({"batch_size": true})", "batch_size must be a number, got boolean"},
        {R"({"optimizer": 3})", "optimizer must be a string, got number"},
        {R"({"hidden_layers": {"units": 4}})", "hidden_layers must be an array, got object"},
        {R"({"hidden_layers": ["8"]})", "hidden_layers[0] must be an object, got string"},
        {R"({"hidden_layers": [{"units": 4, "keep_prob": null}]})", "hidden_layers[0].keep_prob must be a number"},
        {R"({"seed": 1.5})", "seed must be a whole number"},
        {R"([1, 2])", "the configuration must be a JSON object, got array"},
    }));
    CAPTURE(text);
    REQUIRE_THROWS_WITH(config_from_json(json::parse(text)), Catch::Contains(message));
  }
  SECTION("validation errors are std::invalid_argument") {
    REQUIRE_THROWS_AS(config_from_json(json::parse(R"({"l2": -1})")), std::invalid_argument);
  }
}

TEST_CASE("config: JSON round trip keeps every field", "[config][json]") {
  TrainingConfig c;
  c.hidden_layers = {{16, Activation::tanh, Scalar(0.8)}, {3, Activation::leaky_relu, 1}};
  c.loss = Loss::mean_squared_error;
  c.init = Init::xavier;
  c.leaky_slope = Scalar(0.2);
  c.optimizer.kind = OptimizerKind::rmsprop;
  c.optimizer.learning_rate = Scalar(0.01);
  c.optimizer.momentum = Scalar(0.5);
  c.optimizer.rho = Scalar(0.95);
  c.optimizer.beta1 = Scalar(0.8);
  c.optimizer.beta2 = Scalar(0.99);
  c.optimizer.epsilon = Scalar(1e-7);
  c.optimizer.schedule = Schedule::inverse;
  c.optimizer.decay = Scalar(0.25);
  c.optimizer.decay_epochs = 3;
  c.batch_size = 7;
  c.epochs = 12;
  c.l1 = Scalar(0.002);
  c.l2 = Scalar(0.001);
  c.seed = 4294967295u;
  c.patience = 4;

  const json j = config_to_json(c);
  // Floats are written as the shortest decimal that reads back: 0.01f as 0.01.
  CHECK(j["learning_rate"].get<double>() == 0.01);
  CHECK(j["l1"].get<double>() == 0.002);
  CHECK(j["l2"].get<double>() == 0.001);
  CHECK(j["loss"] == "mse");
  CHECK(j["hidden_layers"][1]["activation"] == "leaky_relu");

  const TrainingConfig back = config_from_json(json::parse(j.dump()));
  CHECK(config_to_json(back) == j);
  REQUIRE(back.hidden_layers.size() == 2);
  CHECK(back.hidden_layers[0].units == 16);
  CHECK(back.hidden_layers[0].activation == Activation::tanh);
  CHECK(back.hidden_layers[0].keep_prob == Scalar(0.8));
  CHECK(back.loss == c.loss);
  CHECK(back.init == Init::xavier);
  CHECK(back.leaky_slope == c.leaky_slope);
  CHECK(back.optimizer.kind == OptimizerKind::rmsprop);
  CHECK(back.optimizer.learning_rate == c.optimizer.learning_rate);
  CHECK(back.optimizer.momentum == c.optimizer.momentum);
  CHECK(back.optimizer.rho == c.optimizer.rho);
  CHECK(back.optimizer.beta1 == c.optimizer.beta1);
  CHECK(back.optimizer.beta2 == c.optimizer.beta2);
  CHECK(back.optimizer.epsilon == c.optimizer.epsilon);
  CHECK(back.optimizer.schedule == Schedule::inverse);
  CHECK(back.optimizer.decay == c.optimizer.decay);
  CHECK(back.optimizer.decay_epochs == 3);
  CHECK(back.batch_size == 7);
  CHECK(back.epochs == 12);
  CHECK(back.l1 == c.l1);
  CHECK(back.l2 == c.l2);
  CHECK(back.seed == 4294967295u);
  CHECK(back.patience == 4);

  SECTION("loss auto round-trips as an empty loss; a bare number is a ReLU layer") {
    const TrainingConfig a = config_from_json(json::parse(R"({"loss": "auto", "hidden_layers": [16, 8]})"));
    CHECK_FALSE(a.loss.has_value());
    CHECK(config_to_json(a)["loss"] == "auto");
    REQUIRE(a.hidden_layers.size() == 2);
    CHECK(a.hidden_layers[1].units == 8);
    CHECK(a.hidden_layers[1].activation == Activation::relu);
    CHECK(a.hidden_layers[1].keep_prob == 1);
  }
}

TEST_CASE("config: the trainer checks the configuration against the data", "[config][trainer]") {
  const Matrix x = test::examples_from_rows({{0, 0}, {0, 1}, {1, 0}, {1, 1}, {0.5, 0.5}, {0.2, 0.1}});
  TrainingConfig c;
  c.batch_size = 0;
  SECTION("batch_size larger than the training rows") {
    c.batch_size = 7;
    REQUIRE_THROWS_WITH(Trainer(c, test::classification_data(x, {0, 1, 1, 0, 1, 0}, 2)),
                        "batch_size must be at most the 6 training rows, got 7");
    c.batch_size = 6;
    REQUIRE_NOTHROW(Trainer(c, test::classification_data(x, {0, 1, 1, 0, 1, 0}, 2)));
  }
  SECTION("an invalid configuration is rejected before training") {
    c.optimizer.learning_rate = -1;
    REQUIRE_THROWS_WITH(Trainer(c, test::classification_data(x, {0, 1, 1, 0, 1, 0}, 2)),
                        Catch::StartsWith("learning_rate"));
  }
  SECTION("a cross-entropy loss on a regression target") {
    c.loss = Loss::binary_cross_entropy;
    Matrix y(1, 6);
    y << 1, 2, 3, 4, 5, 6;
    REQUIRE_THROWS_WITH(Trainer(c, test::regression_data(x, y)),
                        Catch::Contains("binary_cross_entropy needs a classification target"));
  }
  SECTION("a classification target with one class") {
    REQUIRE_THROWS_WITH(Trainer(c, test::classification_data(x, {0, 0, 0, 0, 0, 0}, 1)),
                        Catch::Contains("classification needs at least 2"));
  }
  SECTION("a label outside the classes") {
    REQUIRE_THROWS_WITH(Trainer(c, test::classification_data(x, {0, 1, 2, 0, 1, 0}, 2)),
                        Catch::Contains("label 2 of example 3"));
  }
}
