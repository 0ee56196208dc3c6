#include "data/plan.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <numeric>
#include <utility>

#include "core/number_format.hpp"
#include "data/csv/sniff.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

MessageArg column_list(const Table& t) {
  std::vector<MessageArg> names;
  const std::size_t shown = std::min<std::size_t>(t.columns.size(), 12);
  for (std::size_t i = 0; i < shown; ++i) names.push_back(quoted(t.columns[i].name));
  MessageArg list = list_message(std::move(names));
  if (shown < t.columns.size())
    return Message("data.columns_more").with("columns", std::move(list)).with("count", t.columns.size());
  return list;
}

// Names that say "this is what to predict", in the order they are preferred.
const char* const kTargetNames[] = {"label", "target", "class", "y", "标签", "类别"};

std::string lowercase(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// Without a target named or numbered: a column called label, target, class or y (any
// case; or 标签, 类别), else the last column with values (a trailing delimiter leaves an
// empty last column); columns to ignore are never chosen. `rule` says which choice it
// was, for the summary.
std::size_t default_target(const Table& t, const DatasetOptions& o, Message& rule) {
  const auto candidate = [&](std::size_t j) {
    return t.columns[j].type != ColumnType::empty && !contains(o.ignore_columns, t.columns[j].name);
  };
  // Beside an x, a y is the second coordinate of points, not what to predict.
  bool has_x = false;
  for (const Column& c : t.columns) has_x |= lowercase(c.name) == "x";
  for (const char* name : kTargetNames) {
    if (has_x && std::string(name) == "y") continue;
    for (std::size_t j = 0; j < t.columns.size(); ++j)
      if (candidate(j) && lowercase(t.columns[j].name) == name) {
        rule = Message("data.target_named").with("name", quoted(name));
        return j;
      }
  }
  std::size_t j = t.columns.size() - 1;
  while (j > 0 && !candidate(j)) --j;
  rule = Message(j + 1 == t.columns.size() ? "data.target_last" : "data.target_last_with_values");
  return j;
}

std::size_t resolve_target(const Table& t, const DatasetOptions& o, Message& rule) {
  rule = Message();
  if (!o.target.empty()) {
    const int i = t.find_column(o.target);
    if (i < 0)
      throw DataError(Message("data.no_target_column").with("name", quoted(o.target)).with("columns", column_list(t)));
    return static_cast<std::size_t>(i);
  }
  if (o.target_index == -1) return default_target(t, o, rule);
  if (o.target_index < 0 || static_cast<std::size_t>(o.target_index) >= t.columns.size())
    throw DataError(Message("data.no_target_number")
                        .with("number", static_cast<long long>(o.target_index) + 1)
                        .with("count", t.columns.size())
                        .with("columns", column_list(t)));
  return static_cast<std::size_t>(o.target_index);
}

void set_problem(DatasetPlan& plan, const Table& t, std::size_t column, Message message, std::int64_t row = 0) {
  if (!plan.problem.empty()) return;
  plan.problem = std::move(message);
  plan.problem_row = row;
  plan.problem_column = static_cast<int>(column + 1);
  plan.problem_column_name = t.columns[column].name;
}

std::string first_value(const Table& t, std::size_t column) {
  for (std::size_t r = 0; r < t.rows; ++r)
    if (!t.is_missing(r, column)) return t.text(r, column);
  return {};
}

// Sorted distinct non-missing values of a numeric column.
std::vector<float> distinct_values(const Table& t, std::size_t column) {
  std::vector<float> v;
  v.reserve(t.rows);
  for (std::size_t r = 0; r < t.rows; ++r)
    if (!t.is_missing(r, column)) v.push_back(t.number(r, column));
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

void plan_target(DatasetPlan& plan, const Table& t, const DatasetOptions& o) {
  const Column& c = t.columns[plan.target];
  if (o.task)
    plan.task = *o.task;
  else
    plan.task =
        (c.text || (c.integer_valued && c.distinct <= kMaxInferredClasses)) ? Task::classification : Task::regression;
  plan.summary.task_inferred = !o.task.has_value();
  if (c.type == ColumnType::empty) return set_problem(plan, t, plan.target, Message("data.target_no_values"));
  if (!c.problem.empty()) return set_problem(plan, t, plan.target, c.problem_message, c.problem_row);
  if (plan.task == Task::regression && c.text)
    return set_problem(plan, t, plan.target, Message("data.target_text").with("value", quoted(c.categories[0])));
  if (plan.task == Task::regression && c.distinct == 1)
    return set_problem(plan, t, plan.target, Message("data.target_constant"));
  if (plan.task == Task::classification && c.distinct > static_cast<std::size_t>(o.max_classes))
    return set_problem(plan, t, plan.target,
                       Message("data.target_too_many_classes").with("count", c.distinct).with("limit", o.max_classes));
}

// What was dropped, for the message that nothing is left: the first three, and a count.
MessageArg dropped_list(const DatasetSummary& s) {
  if (s.dropped_messages.empty()) return Message("data.all_ignored");
  std::vector<MessageArg> items(
      s.dropped_messages.begin(),
      s.dropped_messages.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(s.dropped_messages.size(), 3)));
  MessageArg list = list_message(std::move(items), ListStyle::semicolon);
  if (s.dropped_messages.size() > 3)
    return Message("data.dropped_more").with("items", std::move(list)).with("count", s.dropped_messages.size() - 3);
  return list;
}

// A column's note and the summary's dropped entry, from the same reason.
void set_note(ColumnSummary& s, Message note) {
  s.note = english(note);
  s.note_message = std::move(note);
}

void add_dropped(DatasetSummary& s, Message dropped) {
  s.dropped.push_back(english(dropped));
  s.dropped_messages.push_back(std::move(dropped));
}

void plan_inputs(DatasetPlan& plan, const Table& t, const DatasetOptions& o) {
  for (std::size_t j = 0; j < t.columns.size(); ++j) {
    const Column& c = t.columns[j];
    ColumnSummary& s = plan.summary.columns[j];
    if (j == plan.target) continue;
    PlannedInput in;
    in.column = j;
    const auto drop = [&](Message why) {
      s.role = "dropped";
      add_dropped(plan.summary,
                  Message("data.dropped_column").with("column", column_message(c.name, j)).with("reason", why));
      set_note(s, std::move(why));
    };
    if (contains(o.ignore_columns, c.name)) {
      s.role = "ignored";
      set_note(s, Message("data.ignored_as_requested"));
    } else if (c.type == ColumnType::empty) {
      drop(Message("data.every_value_missing"));
    } else if (c.type == ColumnType::constant && o.drop_constant_columns) {
      drop(Message("data.constant_column").with("value", quoted(first_value(t, j))));
    } else if (c.type == ColumnType::identifier && o.drop_identifier_columns) {
      drop(Message(c.text ? "data.identifier_distinct" : "data.identifier_counter"));
    } else if (c.text || contains(o.categorical_columns, c.name)) {
      if (!c.text) {
        in.category_values = distinct_values(t, j);
        for (float v : in.category_values) in.categories.push_back(format_number(v));
      } else {
        in.categories = c.categories;
      }
      if (in.categories.size() > static_cast<std::size_t>(o.max_categories)) {
        drop(Message("data.too_many_categories").with("count", in.categories.size()).with("limit", o.max_categories));
        in.categories.clear();
        in.category_values.clear();
      } else {
        in.kind = InputColumn::Kind::categorical;
      }
    } else {
      in.kind = InputColumn::Kind::numeric;
      if (!c.problem.empty()) {
        set_note(s, located(c.problem_message, c.problem_row, 0, {}));
        set_problem(plan, t, j, c.problem_message, c.problem_row);
      }
    }
    if (in.kind != InputColumn::Kind::ignored) s.role = "feature";
    s.features = in.kind == InputColumn::Kind::numeric ? 1 : static_cast<int>(in.categories.size());
    plan.summary.feature_count += s.features;
    plan.inputs.push_back(std::move(in));
  }
  plan.summary.two_numeric_inputs = plan.summary.feature_count == 2 &&
                                    std::count_if(plan.inputs.begin(), plan.inputs.end(), [](const PlannedInput& in) {
                                      return in.kind == InputColumn::Kind::numeric;
                                    }) == 2;
  if (plan.summary.feature_count == 0 && plan.problem.empty())
    plan.problem =
        t.rows == 1 ? Message("data.one_row") : Message("data.no_features").with("dropped", dropped_list(plan.summary));
}

void plan_rows(DatasetPlan& plan, const Table& t, const DatasetOptions& o) {
  auto& s = plan.summary;
  // Table columns of the inputs not ignored, as runs of consecutive columns (first, count).
  std::vector<std::pair<std::size_t, std::size_t>> used;
  for (const auto& in : plan.inputs) {
    if (in.kind == InputColumn::Kind::ignored) continue;
    if (!used.empty() && used.back().first + used.back().second == in.column)
      ++used.back().second;
    else
      used.emplace_back(in.column, 1);
  }
  // Each column counted its missing values (infer_column_types): with none in the
  // columns used, every row is kept without looking at it.
  const bool complete = t.columns[plan.target].missing == 0 &&
                        std::all_of(used.begin(), used.end(), [&](const std::pair<std::size_t, std::size_t>& run) {
                          return std::all_of(t.columns.begin() + static_cast<std::ptrdiff_t>(run.first),
                                             t.columns.begin() + static_cast<std::ptrdiff_t>(run.first + run.second),
                                             [](const Column& c) { return c.missing == 0; });
                        });
  if (complete) {
    plan.rows.resize(t.rows);
    std::iota(plan.rows.begin(), plan.rows.end(), std::size_t{0});
  }
  std::vector<float> scratch(t.in_bytes() && !complete ? t.columns.size() : 0);
  for (std::size_t r = 0; r < t.rows && !complete; ++r) {
    if (t.is_missing(r, plan.target)) {
      ++s.rows_missing_target;
      continue;
    }
    bool missing = false;
    const float* row = t.row(r, scratch.data());
    // Most rows have no NaN at all: one branch-free scan settles them (on the bits, which
    // vectorizes where std::isnan does not).
    std::uint32_t any_nan = 0;
    for (const auto& run : used)
      for (std::size_t c = run.first; c < run.first + run.second; ++c) {
        std::uint32_t bits;
        std::memcpy(&bits, &row[c], sizeof bits);
        any_nan |= static_cast<std::uint32_t>((bits & 0x7fffffffu) > 0x7f800000u);
      }
    if (any_nan != 0) {
      for (const auto& in : plan.inputs) {
        if (in.kind == InputColumn::Kind::ignored) continue;
        // Text columns keep NaN in the number buffer too, so only they need a second look.
        if (std::isnan(row[in.column]) && t.is_missing(r, in.column)) {
          missing = true;
          break;
        }
      }
    }
    if (missing) ++s.rows_missing_features;
    if (!missing || o.missing == MissingPolicy::impute) plan.rows.push_back(r);
  }
  s.rows_used = plan.rows.size();
  s.rows_dropped = t.rows - plan.rows.size();
  if (s.rows_missing_target > 0)
    add_dropped(s, Message("data.rows_without_target").with("count", s.rows_missing_target));
  if (s.rows_missing_features > 0 && o.missing == MissingPolicy::drop_rows)
    add_dropped(s, Message("data.rows_missing_feature").with("count", s.rows_missing_features));
  if (plan.rows.empty() && plan.problem.empty()) plan.problem = Message("data.no_rows_left");
}

void plan_labels(DatasetPlan& plan, const Table& t) {
  const Column& c = t.columns[plan.target];
  // Class counts are shown even when a feature column has a problem.
  // (Those three cases have set a problem already, so a build never lacks labels.)
  if (plan.task != Task::classification || plan.rows.empty() || c.type == ColumnType::empty || !c.problem.empty())
    return;
  std::vector<std::size_t> counts;
  std::vector<int> raw(plan.rows.size());
  std::vector<std::string> names;
  std::vector<float> values;
  if (c.text) {
    names = c.categories;
    for (std::size_t i = 0; i < plan.rows.size(); ++i) raw[i] = c.codes[plan.rows[i]];
  } else {
    values = distinct_values(t, plan.target);
    for (float v : values) names.push_back(format_number(v));
    for (std::size_t i = 0; i < plan.rows.size(); ++i)
      raw[i] = static_cast<int>(std::lower_bound(values.begin(), values.end(), t.number(plan.rows[i], plan.target)) -
                                values.begin());
  }
  counts.assign(names.size(), 0);
  for (int k : raw) ++counts[static_cast<std::size_t>(k)];
  // Classes seen only in dropped rows are not classes of the data set.
  std::vector<int> remap(names.size(), -1);
  for (std::size_t k = 0; k < names.size(); ++k)
    if (counts[k] > 0) {
      remap[k] = static_cast<int>(plan.class_names.size());
      plan.class_names.push_back(names[k]);
      plan.summary.classes.push_back({names[k], counts[k]});
    }
  plan.labels.resize(raw.size());
  for (std::size_t i = 0; i < raw.size(); ++i) plan.labels[i] = remap[static_cast<std::size_t>(raw[i])];

  const std::size_t n = plan.rows.size();
  if (plan.class_names.size() == 1)
    set_problem(plan, t, plan.target,
                Message("data.one_class").with("name", quoted(plan.class_names[0])).with("rows", n));
  else if (plan.class_names.size() == n && n > 2)
    set_problem(plan, t, plan.target, Message("data.class_per_row").with("rows", n));
}

std::vector<InputRun> input_runs(const DatasetPlan& plan) {
  std::vector<InputRun> runs;
  for (std::size_t i = 0; i < plan.inputs.size(); ++i) {
    const PlannedInput& in = plan.inputs[i];
    if (in.kind == InputColumn::Kind::categorical) {
      runs.push_back({i, in.column, 0});
    } else if (in.kind == InputColumn::Kind::numeric) {
      InputRun* last = runs.empty() ? nullptr : &runs.back();
      if (last && last->count > 0 && last->input + last->count == i && last->column + last->count == in.column)
        ++last->count;
      else
        runs.push_back({i, in.column, 1});
    }
  }
  return runs;
}

}  // namespace

DatasetPlan plan_dataset(const Table& t, const DatasetOptions& o) {
  if (t.columns.size() < 2) throw DataError(Message("data.too_few_columns"));
  DatasetPlan plan;
  DatasetSummary& s = plan.summary;
  s.name = o.name.empty() ? t.name : o.name;
  s.rows = t.rows;
  plan.first_test_row = t.rows - std::min(t.test_rows, t.rows);
  s.column_count = t.columns.size();
  s.delimiter = delimiter_name(t.csv.delimiter);
  s.header = t.csv.header;
  s.decimal_comma = t.csv.decimal_comma;
  s.rows_skipped_ragged = t.csv.ragged_skipped;
  s.warnings = t.csv.warnings;
  s.warning_messages = t.csv.warning_messages;
  s.missing_policy = o.missing;
  s.scaling = o.scaling;
  for (std::size_t j = 0; j < t.columns.size(); ++j) {
    const Column& c = t.columns[j];
    ColumnSummary cs;
    cs.name = c.name;
    cs.number = static_cast<int>(j + 1);
    cs.type = to_string(c.type);
    cs.missing = c.missing;
    cs.distinct = c.distinct;
    cs.integer_valued = c.integer_valued;
    cs.min = c.min;
    cs.max = c.max;
    cs.mean = c.mean;
    if (!c.problem.empty()) set_note(cs, located(c.problem_message, c.problem_row, 0, {}));
    s.columns.push_back(std::move(cs));
    s.preview_header.push_back(c.name);
  }
  s.preview = t.preview;

  for (const auto* list : {&o.ignore_columns, &o.categorical_columns})
    for (const std::string& name : *list)
      if (t.find_column(name) < 0)
        throw DataError(Message(list == &o.ignore_columns ? "data.no_column_to_ignore" : "data.no_categorical_column")
                            .with("name", quoted(name))
                            .with("columns", column_list(t)));
  plan.target = resolve_target(t, o, s.target_rule_message);
  if (!s.target_rule_message.empty()) s.target_rule = english(s.target_rule_message);
  s.target = t.columns[plan.target].name;
  s.target_number = static_cast<int>(plan.target + 1);
  s.columns[plan.target].role = "target";
  plan_target(plan, t, o);
  s.task = plan.task;
  plan_inputs(plan, t, o);
  plan_rows(plan, t, o);
  plan_labels(plan, t);
  plan.runs = input_runs(plan);
  return plan;
}

}  // namespace nnplay
