#include "data/data_error.hpp"

#include <cstdio>

#include "data/csv/text.hpp"

namespace nnplay {

Message located(Message message, std::int64_t row, int column, const std::string& column_name) {
  if (row <= 0 && column <= 0) return message;
  if (column <= 0) return Message("data.at_row").with("row", row).with("message", std::move(message));
  Message where = column_message(column_name, static_cast<std::size_t>(column - 1));
  if (row <= 0) return Message("data.at_column").with("column", std::move(where)).with("message", std::move(message));
  return Message("data.at_row_column")
      .with("row", row)
      .with("column", std::move(where))
      .with("message", std::move(message));
}

namespace {

// An English-only message with its place, as before messages had codes.
std::string located_text(const std::string& message, std::int64_t row, int column, const std::string& column_name) {
  std::string out;
  if (row > 0) out = "row " + std::to_string(row);
  if (column > 0) {
    if (!out.empty()) out += ", ";
    out += describe_column(column_name, static_cast<std::size_t>(column - 1));
  }
  return out.empty() ? message : out + ": " + message;
}

}  // namespace

DataError::DataError(Message message, std::int64_t row, int column, const std::string& column_name)
    : MessageError(located(std::move(message), row, column, column_name)),
      row_(row),
      column_(column),
      column_name_(column_name) {}

DataError::DataError(const std::string& message, std::int64_t row, int column, const std::string& column_name)
    : MessageError(located_text(message, row, column, column_name)),
      row_(row),
      column_(column),
      column_name_(column_name) {}

MessageArg quoted(const char* data, std::size_t size) {
  constexpr std::size_t kMaxShown = 40;
  std::string out = "\"";
  std::size_t shown = size > kMaxShown ? kMaxShown : size;
  // Cut between characters, not inside a UTF-8 sequence, and repair what is not UTF-8:
  // messages end up in JSON and JavaScript strings.
  while (shown < size && shown > 0 && (static_cast<unsigned char>(data[shown]) & 0xC0) == 0x80) --shown;
  const std::string text = to_valid_utf8(std::string(data, shown));
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  if (shown < size) return Message("value.shortened").with("value", std::move(out)).with("bytes", size);
  return out;
}

std::string quote_value(const char* data, std::size_t size) { return english(quoted(data, size)); }

Message column_message(const std::string& name, std::size_t index) {
  return Message("data.column").with("name", quoted(name)).with("number", index + 1);
}

std::string describe_column(const std::string& name, std::size_t index) { return english(column_message(name, index)); }

std::string format_bytes(double bytes) {
  const char* units[] = {"bytes", "KB", "MB", "GB", "TB"};
  int unit = 0;
  while (bytes >= 1024.0 && unit < 4) {
    bytes /= 1024.0;
    ++unit;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
  return buf;
}

}  // namespace nnplay
