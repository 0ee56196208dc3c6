#pragma once
// What the CSV stages (sniff_csv, read_table) are told: the dialect where the caller
// knows it, and the limits a text must keep to.
#include <cstddef>
#include <optional>
#include <string>

namespace nnplay {

struct CsvOptions {
  enum class Header { detect, present, absent };

  char delimiter = 0;  // 0: detect among ',', ';' and '\t'
  Header header = Header::detect;
  std::optional<bool> decimal_comma;               // default: accepted when the delimiter is ';'
  bool skip_ragged_rows = false;                   // skip rows with a wrong field count instead of failing
  std::size_t min_columns = 2;                     // a training file needs a feature and a target;
                                                   // 1 suits files of prediction inputs
  std::size_t max_bytes = std::size_t{512} << 20;  // larger text is refused
  std::size_t max_columns = 100000;                // wider files are refused
  // Refused up front when the text plus twice the numbers (the table, then the training
  // matrices) would not fit.
  std::size_t memory_budget = std::size_t{1536} << 20;
  std::size_t preview_rows = 10;
  bool parallel = true;  // natively, a large text is read by two threads
  std::string name;      // the table's name (e.g. the file name)
};

}  // namespace nnplay
