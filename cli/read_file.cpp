#include "read_file.hpp"

#include <algorithm>
#include <fstream>
#include <stdexcept>

#include "core/number_format.hpp"
#include "data/csv/read_csv.hpp"

namespace nnplay::cli {

std::string read_file(const std::string& path, std::size_t limit, const std::string& what) {
  check_regular_file(path, what);
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) throw std::invalid_argument("cannot open \"" + path + "\"");
  const auto size = static_cast<std::size_t>(std::max<std::streamoff>(in.tellg(), 0));
  if (size > limit)
    throw std::invalid_argument("\"" + path + "\" is " + format_bytes(static_cast<double>(size)) +
                                ", over the limit of " + format_bytes(static_cast<double>(limit)) + " for " + what);
  std::string text(size, '\0');
  in.seekg(0);
  if (size > 0 && !in.read(&text[0], static_cast<std::streamsize>(size)))
    throw std::invalid_argument("cannot read \"" + path + "\"");
  return text;
}

}  // namespace nnplay::cli
