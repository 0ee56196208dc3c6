#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"

namespace nnplay {

Table load_builtin_or_file(const std::string& name, const GeneratedOptions& options, const std::string& data_dir) {
  const std::string file = builtin_file(name);
  if (file.empty()) return load_builtin(name, options);
  CsvOptions csv;
  csv.name = name;
  try {
    return read_csv_file(data_dir + "/" + file, csv);
  } catch (const DataError& e) {
    throw DataError(std::string(e.what()) +
                    (name == "mnist" ? " (generate it with: node scripts/make-mnist-csv.mjs)" : ""));
  }
}

}  // namespace nnplay
