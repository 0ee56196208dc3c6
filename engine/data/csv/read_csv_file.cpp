// Reading a CSV file from disk (native CLI, tests): the size is checked against the
// limits before a byte is read.
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>

#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"

namespace nnplay {

void check_regular_file(const std::string& path, const std::string& what) {
  struct stat info;
  if (::stat(path.c_str(), &info) != 0)
    throw DataError("cannot open " + quote_value(path) + ": " +
                    (errno == ENOENT ? "no such file" : std::strerror(errno)));
  if (S_ISDIR(info.st_mode)) throw DataError(quote_value(path) + " is a directory, not " + what);
  if (!S_ISREG(info.st_mode))
    throw DataError(quote_value(path) + " is not a regular file (a device or a pipe has no size to check): save " +
                    what + " to a file first");
}

Table read_csv_file(const std::string& path, const CsvOptions& options) {
  check_regular_file(path, "a CSV file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DataError("cannot open " + quote_value(path));
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) throw DataError("cannot read " + quote_value(path));
  const auto bytes = static_cast<std::size_t>(size);
  if (bytes > options.max_bytes || bytes > options.memory_budget)
    throw DataError(quote_value(path) + " is " + format_bytes(static_cast<double>(bytes)) + ", over the limit of " +
                    format_bytes(static_cast<double>(std::min(options.max_bytes, options.memory_budget))));
  std::string text(bytes, '\0');
  in.seekg(0, std::ios::beg);
  if (bytes > 0 && !in.read(&text[0], size)) throw DataError("cannot read " + quote_value(path));
  CsvOptions named = options;
  if (named.name.empty()) {
    const auto slash = path.find_last_of("/\\");
    named.name = slash == std::string::npos ? path : path.substr(slash + 1);
  }
  return parse_csv(text, named);
}

}  // namespace nnplay
