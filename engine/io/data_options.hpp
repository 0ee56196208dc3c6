#pragma once
// The data options of the page (loadCsv/loadBuiltin) and of nnplay-train (JSON, snake_case like the configuration)
// -> the engine's CsvOptions and DatasetOptions. Unknown fields and wrong types throw
// std::invalid_argument naming the field, as config_from_json does.
//
// {"target": "species" | 5 (1-based column number), "task": "auto"|"classification"|"regression",
//  "ignore_columns": [...], "categorical_columns": [...], "missing": "drop"|"impute",
//  "scaling": "standardize"|"minmax"|"none", "validation_fraction": 0.2, "test_fraction": 0,
//  "seed": 1, "max_categories": 100, "max_classes": 1000, "drop_constant_columns": true,
//  "drop_identifier_columns": true, "name": "iris.csv",
//  "delimiter": "auto"|","|";"|"\t", "header": "auto"|true|false, "decimal_comma": bool,
//  "skip_ragged_rows": false, "derived": ["x1sq", "x2sq", "x1x2", "sinx1", "sinx2"] (any of them,
//  data with two numeric inputs only),
//  generated built-ins (loadBuiltin): "rows": 400, "noise": 0.1, "classes": 3, "added_points":
//  [[x, y, class or value], ...] (appended; at most 1,000); their points are drawn with
//  "seed" too}
#include <nlohmann/json.hpp>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"

namespace nnplay {

struct DataOptions {
  CsvOptions csv;
  DatasetOptions dataset;
  GeneratedOptions generated;
};

DataOptions data_options_from_json(const nlohmann::json& j);

}  // namespace nnplay
