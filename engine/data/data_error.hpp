#pragma once
// The error every data-layer failure throws: a sentence saying what is wrong, prefixed
// with where (row as numbered in the file, column name and 1-based number) when known.
#include <cstdint>
#include <stdexcept>
#include <string>

namespace nnplay {

class DataError : public std::invalid_argument {
 public:
  // row: 1-based row of the file (the header is row 1), 0 when unknown.
  // column: 1-based column number, 0 when unknown.
  explicit DataError(const std::string& message, std::int64_t row = 0, int column = 0,
                     const std::string& column_name = {});

  std::int64_t row() const { return row_; }
  int column() const { return column_; }
  const std::string& column_name() const { return column_name_; }

 private:
  std::int64_t row_;
  int column_;
  std::string column_name_;
};

// `"abc"` with control characters escaped and long values shortened, for messages.
std::string quote_value(const char* data, std::size_t size);
inline std::string quote_value(const std::string& s) { return quote_value(s.data(), s.size()); }

// `column "petal_width" (4)` from a 0-based index.
std::string describe_column(const std::string& name, std::size_t index);

// "1.5 MB", "812 KB", "2.0 GB": sizes in messages.
std::string format_bytes(double bytes);

}  // namespace nnplay
