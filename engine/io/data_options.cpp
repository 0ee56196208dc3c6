#include "io/data_options.hpp"
#include "io/json_excerpt.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <stdexcept>

namespace nnplay {
namespace {

using nlohmann::json;

[[noreturn]] void bad(const std::string& field, const std::string& expected, const json& got) {
  throw std::invalid_argument("options." + field + " must be " + expected + ", got " + json_excerpt(got));
}

std::string text(const json& v, const std::string& field) {
  if (!v.is_string()) bad(field, "a string", v);
  return v.get<std::string>();
}

bool flag(const json& v, const std::string& field) {
  if (!v.is_boolean()) bad(field, "true or false", v);
  return v.get<bool>();
}

long long whole(const json& v, const std::string& field, long long low, long long high) {
  if (!v.is_number() || std::floor(v.get<double>()) != v.get<double>() || v.get<double>() < double(low) ||
      v.get<double>() > double(high))
    bad(field, "a whole number between " + std::to_string(low) + " and " + std::to_string(high), v);
  return v.get<long long>();
}

double fraction(const json& v, const std::string& field) {
  if (!v.is_number() || !(v.get<double>() >= 0 && v.get<double>() < 1)) bad(field, "a number in [0, 1)", v);
  return v.get<double>();
}

// One of a few names, each standing for a value. A name that stands for the same value as
// one before it (an alias, "drop_rows" for "drop") is accepted but not listed in the message.
template <class T>
T choice(const json& v, const std::string& field, std::initializer_list<std::pair<const char*, T>> choices) {
  const std::string name = text(v, field);
  std::string allowed;
  std::vector<T> listed;
  for (const auto& [n, value] : choices) {
    if (name == n) return value;
    if (std::find(listed.begin(), listed.end(), value) != listed.end()) continue;
    listed.push_back(value);
    allowed += (allowed.empty() ? "" : ", ") + std::string(n);
  }
  bad(field, "one of " + allowed, v);
}

std::vector<std::string> names(const json& v, const std::string& field) {
  if (!v.is_array()) bad(field, "an array of column names", v);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < v.size(); ++i) out.push_back(text(v[i], field + "[" + std::to_string(i) + "]"));
  return out;
}

// [[x, y, target], ...]: points added by hand to a generated set (data/added_points.hpp
// checks the values).
std::vector<AddedPoint> added_points(const json& v) {
  if (!v.is_array()) bad("added_points", "an array of [x, y, class or value] triples", v);
  if (v.size() > kMaxAddedPoints)
    throw std::invalid_argument("options.added_points has " + std::to_string(v.size()) + " points; at most " +
                                std::to_string(kMaxAddedPoints) + " can be added by hand");
  std::vector<AddedPoint> out;
  for (std::size_t i = 0; i < v.size(); ++i) {
    const json& p = v[i];
    const std::string field = "added_points[" + std::to_string(i) + "]";
    if (!p.is_array() || p.size() != 3 || !p[0].is_number() || !p[1].is_number() || !p[2].is_number())
      bad(field, "[x, y, class or value], three numbers", p);
    out.push_back({p[0].get<double>(), p[1].get<double>(), p[2].get<double>()});
  }
  return out;
}

}  // namespace

DataOptions data_options_from_json(const json& j) {
  // clang-format off
  static const std::set<std::string> known = {
      "target", "task", "ignore_columns", "categorical_columns", "missing", "scaling", "validation_fraction",
      "test_fraction", "seed", "max_categories", "max_classes", "drop_constant_columns", "drop_identifier_columns",
      "name", "delimiter", "header", "decimal_comma", "skip_ragged_rows", "rows", "noise", "classes", "derived",
      "added_points"};
  // clang-format on
  if (!j.is_object()) throw std::invalid_argument(std::string("options must be a JSON object, got ") + j.type_name());
  for (auto it = j.begin(); it != j.end(); ++it)
    if (!known.count(it.key())) throw std::invalid_argument("unknown option \"" + it.key() + "\"");

  DataOptions o;
  DatasetOptions& d = o.dataset;
  CsvOptions& c = o.csv;
  if (j.contains("target")) {
    const json& t = j["target"];
    if (t.is_string())
      d.target = t.get<std::string>();
    else
      d.target_index = static_cast<int>(whole(t, "target", 1, 1 << 24) - 1);
  }
  if (j.contains("task"))
    d.task = choice<std::optional<Task>>(
        j["task"], "task",
        {{"auto", std::nullopt}, {"classification", Task::classification}, {"regression", Task::regression}});
  if (j.contains("ignore_columns")) d.ignore_columns = names(j["ignore_columns"], "ignore_columns");
  if (j.contains("categorical_columns")) d.categorical_columns = names(j["categorical_columns"], "categorical_columns");
  if (j.contains("derived")) {
    const json& v = j["derived"];
    if (!v.is_array()) bad("derived", "an array of names among " + derived_input_names(), v);
    std::vector<std::string> wanted;
    for (std::size_t i = 0; i < v.size(); ++i) wanted.push_back(text(v[i], "derived[" + std::to_string(i) + "]"));
    d.derived = derived_inputs_from_names(wanted, "options.derived");
  }
  if (j.contains("missing"))
    d.missing = choice<MissingPolicy>(j["missing"], "missing",
                                      {{"drop", MissingPolicy::drop_rows},
                                       {"drop_rows", MissingPolicy::drop_rows},
                                       {"impute", MissingPolicy::impute}});
  if (j.contains("scaling"))
    d.scaling =
        choice<Scaling>(j["scaling"], "scaling",
                        {{"standardize", Scaling::standardize}, {"minmax", Scaling::minmax}, {"none", Scaling::none}});
  if (j.contains("validation_fraction"))
    d.validation_fraction = fraction(j["validation_fraction"], "validation_fraction");
  if (j.contains("test_fraction")) d.test_fraction = fraction(j["test_fraction"], "test_fraction");
  if (d.validation_fraction + d.test_fraction >= 1)
    throw std::invalid_argument("options.validation_fraction + options.test_fraction must be below 1");
  if (j.contains("seed"))
    d.seed = o.generated.seed = static_cast<std::uint64_t>(whole(j["seed"], "seed", 0, 4294967295LL));
  // Generated built-ins; the engine checks the ranges.
  if (j.contains("rows")) o.generated.rows = static_cast<int>(whole(j["rows"], "rows", 0, 1 << 30));
  if (j.contains("noise")) {
    if (!j["noise"].is_number()) bad("noise", "a number", j["noise"]);
    o.generated.noise = j["noise"].get<double>();
  }
  if (j.contains("classes")) o.generated.classes = static_cast<int>(whole(j["classes"], "classes", 0, 1 << 20));
  if (j.contains("added_points")) o.generated.added = added_points(j["added_points"]);
  if (j.contains("max_categories"))
    d.max_categories = static_cast<int>(whole(j["max_categories"], "max_categories", 1, 100000));
  if (j.contains("max_classes")) d.max_classes = static_cast<int>(whole(j["max_classes"], "max_classes", 2, 100000));
  if (j.contains("drop_constant_columns"))
    d.drop_constant_columns = flag(j["drop_constant_columns"], "drop_constant_columns");
  if (j.contains("drop_identifier_columns"))
    d.drop_identifier_columns = flag(j["drop_identifier_columns"], "drop_identifier_columns");
  if (j.contains("name")) c.name = d.name = text(j["name"], "name");
  if (j.contains("delimiter")) {
    const std::string s = text(j["delimiter"], "delimiter");
    if (s == "," || s == ";" || s == "\t")
      c.delimiter = s[0];
    else if (s != "auto")
      bad("delimiter", "one of auto, \",\", \";\", \"\\t\"", j["delimiter"]);
  }
  if (j.contains("header")) {
    const json& h = j["header"];
    if (h.is_boolean())
      c.header = h.get<bool>() ? CsvOptions::Header::present : CsvOptions::Header::absent;
    else if (!(h.is_string() && h.get<std::string>() == "auto"))
      bad("header", "true, false or \"auto\"", h);
  }
  if (j.contains("decimal_comma")) c.decimal_comma = flag(j["decimal_comma"], "decimal_comma");
  if (j.contains("skip_ragged_rows")) c.skip_ragged_rows = flag(j["skip_ragged_rows"], "skip_ragged_rows");
  return o;
}

}  // namespace nnplay
