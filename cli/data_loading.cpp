#include "data_loading.hpp"

#include <sstream>
#include <stdexcept>

#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"
#include "data/idx.hpp"
#include "io/data_options.hpp"
#include "read_file.hpp"
#include "train/metrics.hpp"

namespace nnplay::cli {
namespace {

// The data options of the command line; the split and generated data follow the
// training seed unless the options say otherwise.
DataOptions data_options(const Options& o, std::uint32_t seed) {
  nlohmann::json j = o.data;
  if (!j.contains("seed")) j["seed"] = seed;
  if (!j.contains("name")) j["name"] = o.builtin.empty() ? o.data_path : o.builtin;
  return data_options_from_json(j);
}

Table load_table(const Options& o, const DataOptions& d) {
  if (!o.builtin.empty()) return load_builtin_or_file(o.builtin, d.generated, NNPLAY_SOURCE_DIR);
  if (!o.labels_path.empty()) {
    IdxOptions idx;
    idx.name = o.data_path;
    idx.memory_budget = d.csv.memory_budget;
    const std::string images = read_file(o.data_path, d.csv.max_bytes, "IDX pictures");
    const std::string labels = read_file(o.labels_path, d.csv.max_bytes, "IDX labels");
    std::string test_images, test_labels;
    if (!o.test_data_path.empty()) {
      test_images = read_file(o.test_data_path, d.csv.max_bytes, "IDX test pictures");
      test_labels = read_file(o.test_labels_path, d.csv.max_bytes, "IDX test labels");
    }
    return read_idx({images, labels, test_images, test_labels}, idx);
  }
  return read_csv_file(o.data_path, d.csv);
}

std::string csv_field(const std::string& text) {
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

DatasetBuild load_dataset(const Options& options, std::uint32_t seed) {
  const DataOptions d = data_options(options, seed);
  return build_dataset(load_table(options, d), d.dataset);
}

std::vector<std::string> data_notes(const DatasetBuild& build) {
  const DatasetSummary& s = build.summary;
  std::vector<std::string> notes;
  if (!s.target_rule.empty())
    notes.push_back("target " + quote_value(s.target) + ": " + s.target_rule + " (--target chooses another)");
  for (const std::string& d : s.dropped) notes.push_back("dropped " + d);
  for (const std::string& w : s.warnings) notes.push_back(w);
  int numeric = 0;
  for (const ColumnSummary& c : s.columns) {
    if (c.role != "feature") continue;
    if (c.type == "categorical" || c.features > 1)
      notes.push_back(describe_column(c.name, static_cast<std::size_t>(c.number - 1)) +
                      " is categorical: one-hot encoded as " + std::to_string(c.features) +
                      (c.features == 1 ? " input" : " inputs"));
    else
      ++numeric;
  }
  const Scaling scaling = build.dataset.preprocessing.scaling;
  if (numeric > 0 && scaling != Scaling::none)
    notes.push_back(std::to_string(numeric) + (numeric == 1 ? " numeric input" : " numeric inputs") + " scaled " +
                    (scaling == Scaling::standardize ? "to mean 0 and standard deviation 1" : "to [0, 1] (min-max)") +
                    " on the training rows");
  if (!s.derived.empty()) {
    const std::vector<std::string>& names = s.feature_names;
    std::string derived;
    for (std::size_t i = names.size() - s.derived.size(); i < names.size(); ++i)
      derived += (derived.empty() ? "" : ", ") + names[i];
    notes.push_back("derived inputs from the scaled " + names[0] + " and " + names[1] + ": " + derived);
  }
  return notes;
}

namespace {

// The rows as the model takes them. With a header, its columns are found by name, in any
// order, and the others (the target, say) are left out: a model given columns in another
// order, or other columns, would otherwise predict nonsense without a word. Without a
// header (or a model that did not name its inputs), the fields are taken in order.
std::vector<std::vector<std::string>> model_rows(const Model& model, const Table& table,
                                                 const std::vector<std::vector<std::string>>& rows) {
  if (!table.csv.header || !model.named_inputs) return rows;
  constexpr std::size_t kAbsent = static_cast<std::size_t>(-1);
  std::vector<std::size_t> source;
  std::string missing, wanted, present;
  for (const InputColumn& in : model.preprocessing.inputs) {
    std::size_t at = kAbsent;
    for (std::size_t c = 0; c < table.column_count() && at == kAbsent; ++c)
      if (table.columns[c].name == in.name) at = c;
    if (in.kind != InputColumn::Kind::ignored) wanted += (wanted.empty() ? "" : ", ") + quote_value(in.name);
    if (at == kAbsent && in.kind != InputColumn::Kind::ignored)
      missing += (missing.empty() ? "" : ", ") + quote_value(in.name);
    source.push_back(at);
  }
  if (!missing.empty()) {
    for (std::size_t c = 0; c < table.column_count() && c < 12; ++c)
      present += (c ? ", " : "") + quote_value(table.columns[c].name);
    if (table.column_count() > 12) present += ", ...";
    throw std::runtime_error("the model takes the columns " + wanted + "; the file has no " + missing +
                             " (its columns: " + present + ")");
  }
  std::vector<std::vector<std::string>> out(rows.size());
  for (std::size_t r = 0; r < rows.size(); ++r)
    for (std::size_t at : source) out[r].push_back(at == kAbsent ? std::string() : rows[r][at]);
  return out;
}

}  // namespace

Predictions predict_file(Model& model, const Options& options) {
  const Table table = read_csv_file(options.data_path, data_options(options, 1).csv);
  std::vector<std::vector<std::string>> rows(table.rows);
  for (std::size_t r = 0; r < table.rows; ++r)
    for (std::size_t c = 0; c < table.column_count(); ++c) rows[r].push_back(table.text(r, c));
  Matrix outputs = model.network.predict(encode_rows(model.preprocessing, model_rows(model, table, rows)));
  decode_outputs(model.preprocessing, outputs);

  std::ostringstream out;
  for (std::size_t c = 0; c < table.column_count(); ++c) out << csv_field(table.columns[c].name) << ",";
  const bool classification = model.task == Task::classification;
  if (classification) {
    for (const std::string& name : model.class_names) out << csv_field("p(" + name + ")") << ",";
    out << "predicted\n";
  } else {
    // A model without target names gets "predicted", "predicted 2", ...
    const auto outputs_count = static_cast<std::size_t>(outputs.rows());
    for (std::size_t t = 0; t < outputs_count; ++t) {
      const std::string name = t < model.target_names.size() ? "predicted " + model.target_names[t]
                               : t == 0                      ? "predicted"
                                                             : "predicted " + std::to_string(t + 1);
      out << csv_field(name) << (t + 1 < outputs_count ? "," : "\n");
    }
  }
  out.precision(6);
  for (std::size_t r = 0; r < table.rows; ++r) {
    const Eigen::Index j = static_cast<Eigen::Index>(r);
    for (std::size_t c = 0; c < table.column_count(); ++c) out << csv_field(rows[r][c]) << ",";
    if (classification) {
      if (outputs.rows() == 1)  // one sigmoid unit: p(class 1)
        out << 1 - outputs(0, j) << "," << outputs(0, j) << ",";
      else
        for (Eigen::Index k = 0; k < outputs.rows(); ++k) out << outputs(k, j) << ",";
      out << csv_field(model.class_names[predicted_class(outputs, j)]) << "\n";
    } else {
      for (Eigen::Index k = 0; k < outputs.rows(); ++k) out << outputs(k, j) << (k + 1 < outputs.rows() ? "," : "\n");
    }
  }
  return {out.str()};
}

}  // namespace nnplay::cli
