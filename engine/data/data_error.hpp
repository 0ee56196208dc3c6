#pragma once
// The error every data-layer failure throws: a sentence saying what is wrong, prefixed
// with where (row as numbered in the file, column name and 1-based number) when known.
// Its message() is the coded form (core/message.hpp), the place included: data.at_row,
// data.at_column or data.at_row_column around the message itself.
#include <cstdint>
#include <string>

#include "core/message.hpp"

namespace nnplay {

class DataError : public MessageError {
 public:
  // row: 1-based row of the file (the header is row 1), 0 when unknown.
  // column: 1-based column number, 0 when unknown.
  explicit DataError(Message message, std::int64_t row = 0, int column = 0, const std::string& column_name = {});
  // English only, no code.
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

// The message with where it happened: "row 4, column "x" (2): <message>" (row, column as
// in DataError; 0 when unknown). The message itself when both are unknown.
Message located(Message message, std::int64_t row, int column, const std::string& column_name);

// `"abc"` with control characters escaped and long values shortened, for messages.
std::string quote_value(const char* data, std::size_t size);
inline std::string quote_value(const std::string& s) { return quote_value(s.data(), s.size()); }
// The same as a message parameter (a shortened value says so in a message of its own).
MessageArg quoted(const char* data, std::size_t size);
inline MessageArg quoted(const std::string& s) { return quoted(s.data(), s.size()); }

// `column "petal_width" (4)` from a 0-based index.
std::string describe_column(const std::string& name, std::size_t index);
Message column_message(const std::string& name, std::size_t index);

// "1.5 MB", "812 KB", "2.0 GB": sizes in messages.
std::string format_bytes(double bytes);

}  // namespace nnplay
