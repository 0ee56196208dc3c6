// Preprocessing <-> JSON. Loading trusts nothing: every field is checked for presence,
// type, range and consistency, and errors name the path of the offending field.
#include "io/preprocessing_json.hpp"

#include <cmath>
#include <limits>
#include <set>

#include <nlohmann/json.hpp>

#include "data/data_error.hpp"

namespace nnplay {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& path, const std::string& message) {
  throw DataError("preprocessing" + path + " " + message);
}

std::string type_of(const json& j) { return j.type_name(); }

void check_keys(const json& j, const std::string& path, std::initializer_list<const char*> allowed) {
  for (auto it = j.begin(); it != j.end(); ++it) {
    bool known = false;
    for (const char* k : allowed) known |= it.key() == k;
    if (!known) fail(path, "has an unknown field \"" + it.key() + "\"");
  }
}

const json& member(const json& j, const std::string& path, const char* key) {
  auto it = j.find(key);
  if (it == j.end()) fail(path, std::string("is missing the field \"") + key + "\"");
  return *it;
}

std::string get_string(const json& j, const std::string& path) {
  if (!j.is_string()) fail(path, "must be a string, got " + type_of(j));
  return j.get<std::string>();
}

double get_number(const json& j, const std::string& path) {
  if (!j.is_number()) fail(path, "must be a number, got " + type_of(j));
  const double v = j.get<double>();
  if (!(std::fabs(v) <= static_cast<double>(std::numeric_limits<float>::max())))
    fail(path, "must be a finite number within float range");
  return v;
}

long long get_integer(const json& j, const std::string& path, long long lo, long long hi) {
  if (!j.is_number_integer()) fail(path, "must be an integer, got " + type_of(j));
  const long long v = j.get<long long>();
  if (v < lo || v > hi)
    fail(path, "must be between " + std::to_string(lo) + " and " + std::to_string(hi) + ", got " + std::to_string(v));
  return v;
}

InputColumn::Kind parse_kind(const json& j, const std::string& path) {
  const std::string s = get_string(j, path);
  if (s == "numeric") return InputColumn::Kind::numeric;
  if (s == "categorical") return InputColumn::Kind::categorical;
  if (s == "ignored") return InputColumn::Kind::ignored;
  fail(path, "must be \"numeric\", \"categorical\" or \"ignored\", got \"" + s + "\"");
}

InputColumn parse_input(const json& j, const std::string& path) {
  if (!j.is_object()) fail(path, "must be an object, got " + type_of(j));
  check_keys(j, path, {"name", "kind", "categories", "fill_value", "fill_category"});
  InputColumn in;
  in.name = get_string(member(j, path, "name"), path + ".name");
  if (in.name.empty()) fail(path + ".name", "must not be empty");
  in.kind = parse_kind(member(j, path, "kind"), path + ".kind");
  if (j.contains("fill_value")) in.fill_value = get_number(j["fill_value"], path + ".fill_value");
  if (in.kind != InputColumn::Kind::categorical) {
    if (j.contains("categories") && !(j["categories"].is_array() && j["categories"].empty()))
      fail(path + ".categories", std::string("must be absent for a ") + to_string(in.kind) + " input");
    return in;
  }
  const json& categories = member(j, path, "categories");
  const std::string cpath = path + ".categories";
  if (!categories.is_array()) fail(cpath, "must be an array, got " + type_of(categories));
  if (categories.empty()) fail(cpath, "must list at least one category");
  std::set<std::string> seen;
  for (std::size_t k = 0; k < categories.size(); ++k) {
    std::string c = get_string(categories[k], cpath + "[" + std::to_string(k) + "]");
    if (!seen.insert(c).second) fail(cpath + "[" + std::to_string(k) + "]", "repeats the category \"" + c + "\"");
    in.categories.push_back(std::move(c));
  }
  if (j.contains("fill_category"))
    in.fill_category = static_cast<int>(
        get_integer(j["fill_category"], path + ".fill_category", 0, static_cast<long long>(in.categories.size()) - 1));
  return in;
}

Vector parse_vector(const json& j, const std::string& path, int expected, const char* per = "feature") {
  if (!j.is_array()) fail(path, "must be an array, got " + type_of(j));
  if (j.size() != static_cast<std::size_t>(expected))
    fail(path, std::string("must have one value per ") + per + " (" + std::to_string(expected) + "), got " +
                   std::to_string(j.size()));
  Vector v(expected);
  for (int i = 0; i < expected; ++i)
    v(i) = static_cast<Scalar>(get_number(j[static_cast<std::size_t>(i)], path + "[" + std::to_string(i) + "]"));
  return v;
}

}  // namespace

json preprocessing_to_json(const Preprocessing& p) {
  json inputs = json::array();
  for (const auto& in : p.inputs) {
    json o = {{"name", in.name}, {"kind", to_string(in.kind)}};
    if (in.kind == InputColumn::Kind::numeric) o["fill_value"] = in.fill_value;
    if (in.kind == InputColumn::Kind::categorical) {
      o["categories"] = in.categories;
      o["fill_category"] = in.fill_category;
    }
    inputs.push_back(std::move(o));
  }
  json out = {{"inputs", std::move(inputs)},
              {"target_position", p.target_position},
              {"missing", to_string(p.missing)},
              {"scaling", to_string(p.scaling)},
              {"offset", std::vector<Scalar>(p.offset.data(), p.offset.data() + p.offset.size())},
              {"scale", std::vector<Scalar>(p.scale.data(), p.scale.data() + p.scale.size())}};
  if (!p.derived.empty()) {
    json derived = json::array();
    for (DerivedInput d : p.derived) derived.push_back(name_of(d));
    out["derived"] = std::move(derived);
  }
  if (p.target_offset.size() > 0) {
    out["target_offset"] = std::vector<Scalar>(p.target_offset.data(), p.target_offset.data() + p.target_offset.size());
    out["target_scale"] = std::vector<Scalar>(p.target_scale.data(), p.target_scale.data() + p.target_scale.size());
  }
  return out;
}

Preprocessing preprocessing_from_json(const json& j) {
  if (!j.is_object()) fail("", "must be an object, got " + type_of(j));
  check_keys(j, "",
             {"inputs", "target_position", "missing", "scaling", "offset", "scale", "target_offset", "target_scale",
              "derived"});
  Preprocessing p;
  const json& inputs = member(j, "", "inputs");
  if (!inputs.is_array()) fail(".inputs", "must be an array, got " + type_of(inputs));
  if (inputs.empty()) fail(".inputs", "must list at least one input column");
  for (std::size_t i = 0; i < inputs.size(); ++i)
    p.inputs.push_back(parse_input(inputs[i], ".inputs[" + std::to_string(i) + "]"));
  if (j.contains("target_position"))
    p.target_position = static_cast<int>(
        get_integer(j["target_position"], ".target_position", -1, static_cast<long long>(p.inputs.size())));
  const std::string missing = get_string(member(j, "", "missing"), ".missing");
  if (missing == "drop_rows")
    p.missing = MissingPolicy::drop_rows;
  else if (missing == "impute")
    p.missing = MissingPolicy::impute;
  else
    fail(".missing", "must be \"drop_rows\" or \"impute\", got \"" + missing + "\"");
  const std::string scaling = get_string(member(j, "", "scaling"), ".scaling");
  if (scaling == "none")
    p.scaling = Scaling::none;
  else if (scaling == "standardize")
    p.scaling = Scaling::standardize;
  else if (scaling == "minmax")
    p.scaling = Scaling::minmax;
  else
    fail(".scaling", "must be \"none\", \"standardize\" or \"minmax\", got \"" + scaling + "\"");
  if (j.contains("derived")) {
    const json& derived = j["derived"];
    if (!derived.is_array()) fail(".derived", "must be an array, got " + type_of(derived));
    std::vector<std::string> names;
    for (std::size_t k = 0; k < derived.size(); ++k)
      names.push_back(get_string(derived[k], ".derived[" + std::to_string(k) + "]"));
    try {
      p.derived = derived_inputs_from_names(names, "preprocessing.derived");
      check_derived_inputs(p);
    } catch (const DataError& e) {
      fail(".derived", std::string("is not possible: ") + e.what());
    } catch (const std::invalid_argument& e) {
      throw DataError(e.what());
    }
  }
  const int features = p.encoded_feature_count();
  if (features < 1) fail(".inputs", "must encode to at least one feature (all inputs are ignored)");
  p.offset = parse_vector(member(j, "", "offset"), ".offset", features);
  p.scale = parse_vector(member(j, "", "scale"), ".scale", features);
  for (int i = 0; i < features; ++i)
    if (p.scale(i) == 0) fail(".scale[" + std::to_string(i) + "]", "must not be zero");
  // Regression models carry their target scaling; classification models none.
  if (j.contains("target_offset") || j.contains("target_scale")) {
    const json& offsets = member(j, "", "target_offset");
    const int targets = offsets.is_array() ? static_cast<int>(std::min<std::size_t>(offsets.size(), 1000)) : 0;
    if (targets < 1) fail(".target_offset", "must be an array of 1 to 1000 numbers");
    p.target_offset = parse_vector(offsets, ".target_offset", targets, "target");
    p.target_scale = parse_vector(member(j, "", "target_scale"), ".target_scale", targets, "target");
    for (int i = 0; i < targets; ++i)
      if (p.target_scale(i) == 0) fail(".target_scale[" + std::to_string(i) + "]", "must not be zero");
  }
  return p;
}

}  // namespace nnplay
