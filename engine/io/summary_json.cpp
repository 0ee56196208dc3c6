#include "io/summary_json.hpp"

#include <nlohmann/json.hpp>

#include "io/message_json.hpp"

namespace nnplay {

nlohmann::json summary_to_json(const DatasetSummary& s) {
  using nlohmann::json;
  json columns = json::array();
  for (const auto& c : s.columns) {
    json o = {{"name", c.name},
              {"number", c.number},
              {"type", c.type},
              {"missing", c.missing},
              {"distinct", c.distinct},
              {"role", c.role},
              {"note", c.note},
              {"features", c.features},
              {"integer_valued", c.integer_valued},
              {"note_message", message_to_json(c.note_message)}};
    if (c.type == "numeric" || c.type == "identifier") {
      o["min"] = c.min;
      o["max"] = c.max;
      o["mean"] = c.mean;
    }
    columns.push_back(std::move(o));
  }
  json classes = json::array();
  for (const auto& c : s.classes) classes.push_back({{"name", c.name}, {"count", c.count}});
  json derived = json::array();
  for (DerivedInput d : s.derived) derived.push_back(name_of(d));
  return {{"name", s.name},
          {"rows", s.rows},
          {"column_count", s.column_count},
          {"delimiter", s.delimiter},
          {"header", s.header},
          {"decimal_comma", s.decimal_comma},
          {"columns", std::move(columns)},
          {"target", s.target},
          {"target_rule", s.target_rule},
          {"target_rule_message", message_to_json(s.target_rule_message)},
          {"target_number", s.target_number},
          {"task", s.task == Task::classification ? "classification" : "regression"},
          {"task_inferred", s.task_inferred},
          {"classes", std::move(classes)},
          {"rows_missing_target", s.rows_missing_target},
          {"rows_missing_features", s.rows_missing_features},
          {"missing_policy", to_string(s.missing_policy)},
          {"rows_dropped", s.rows_dropped},
          {"rows_used", s.rows_used},
          {"rows_skipped_ragged", s.rows_skipped_ragged},
          {"train_rows", s.train_rows},
          {"validation_rows", s.validation_rows},
          {"test_rows", s.test_rows},
          {"feature_count", s.feature_count},
          {"feature_names", s.feature_names},
          {"two_numeric_inputs", s.two_numeric_inputs},
          {"derived", derived},
          {"scaling", to_string(s.scaling)},
          {"dropped", s.dropped},
          {"warnings", s.warnings},
          {"dropped_messages", messages_to_json(s.dropped_messages)},
          {"warnings_messages", messages_to_json(s.warning_messages)},
          {"preview_header", s.preview_header},
          {"preview", s.preview}};
}

}  // namespace nnplay
