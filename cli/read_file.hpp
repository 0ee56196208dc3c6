#pragma once
// A whole file read into memory, for the command line's JSON files and IDX pictures.
#include <cstddef>
#include <string>

namespace nnplay::cli {

// The whole of a regular file of at most `limit` bytes; `what` names it in messages.
std::string read_file(const std::string& path, std::size_t limit, const std::string& what);

}  // namespace nnplay::cli
