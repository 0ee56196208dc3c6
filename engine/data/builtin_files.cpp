#include <fstream>
#include <iterator>

#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"
#include "data/idx.hpp"

namespace nnplay {
namespace {

std::string read_bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw DataError("cannot open " + path +
                    " (scripts/build.sh writes it from Debian's package dataset-fashion-mnist, which scripts/setup.sh "
                    "installs)");
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Fashion-MNIST's training and test files; the test pictures are its own test set.
Table read_fashion_mnist(const std::string& folder) {
  const std::string images = read_bytes(folder + "/train-images-idx3-ubyte");
  const std::string labels = read_bytes(folder + "/train-labels-idx1-ubyte");
  const std::string test_images = read_bytes(folder + "/t10k-images-idx3-ubyte");
  const std::string test_labels = read_bytes(folder + "/t10k-labels-idx1-ubyte");
  IdxOptions options;
  options.name = "fashion-mnist";
  return read_idx({images, labels, test_images, test_labels}, options);
}

}  // namespace

Table load_builtin_or_file(const std::string& name, const GeneratedOptions& options, const std::string& data_dir) {
  const std::string file = builtin_file(name);
  if (file.empty()) return load_builtin(name, options);
  if (name == "fashion-mnist") return read_fashion_mnist(data_dir + "/" + file);
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
