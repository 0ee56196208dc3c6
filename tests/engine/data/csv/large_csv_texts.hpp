#pragma once
// Shared by the tests of the ways a large text is read besides one thread over the whole
// text (two threads: tail_reader_test.cpp; pieces: csv_stream_test.cpp): the texts. They
// compare the tables read with check_same_table (data_test_helpers.hpp).
#include <cstddef>
#include <string>

namespace nnplay_test {

// A header, then `rows` rows of a label (0, 1, 2) and columns - 1 small integers.
inline std::string numeric_csv(int columns, int rows, const std::string& line_end = "\n") {
  std::string text = "label";
  for (int j = 1; j < columns; ++j) text += ",x" + std::to_string(j);
  text += line_end;
  for (int r = 0; r < rows; ++r) {
    text += std::to_string(r % 3);
    for (int j = 1; j < columns; ++j) text += "," + std::to_string((r * 7 + j * 13) % 97);
    text += line_end;
  }
  return text;
}

// `lines` in place of the line that starts at or after `fraction` of the text.
inline std::string replace_line_at(std::string text, double fraction, const std::string& lines) {
  const std::size_t start = text.find('\n', static_cast<std::size_t>(fraction * static_cast<double>(text.size()))) + 1;
  const std::size_t end = text.find('\n', start) + 1;
  return text.replace(start, end - start, lines);
}

}  // namespace nnplay_test
