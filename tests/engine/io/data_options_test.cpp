// Data options from JSON (loadCsv, loadBuiltin, nnplay-train): names to values, aliases,
// and messages that list the allowed names.
#include <catch2/catch.hpp>

#include "io/data_options.hpp"

using namespace nnplay;
using Catch::Matchers::Equals;
using nlohmann::json;

TEST_CASE("data options: task, missing and scaling by name; an alias is read but not offered", "[options]") {
  const DataOptions o = data_options_from_json({{"task", "regression"}, {"missing", "impute"}, {"scaling", "minmax"}});
  CHECK(o.dataset.task == Task::regression);
  CHECK(o.dataset.missing == MissingPolicy::impute);
  CHECK(o.dataset.scaling == Scaling::minmax);
  CHECK_FALSE(data_options_from_json({{"task", "auto"}}).dataset.task.has_value());
  CHECK(data_options_from_json({{"missing", "drop_rows"}}).dataset.missing == MissingPolicy::drop_rows);

  const auto message = [](const json& j) {
    try {
      data_options_from_json(j);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  CHECK_THAT(message({{"missing", "fill"}}), Equals("options.missing must be one of drop, impute, got \"fill\""));
  CHECK_THAT(message({{"task", "ranking"}}),
             Equals("options.task must be one of auto, classification, regression, got \"ranking\""));
  CHECK_THAT(message({{"scaling", 2}}), Equals("options.scaling must be a string, got 2"));
}
