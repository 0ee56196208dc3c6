#pragma once
// Shared by the tests of the ways a large text is read besides one thread over the whole
// text (two threads: tail_reader_test.cpp; pieces: csv_stream_test.cpp): the texts, and
// the check that two tables read from one text are the same in every field.
#include <catch2/catch.hpp>

#include <cstring>
#include <string>

#include "data/table.hpp"

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

inline void check_same_table(const nnplay::Table& one, const nnplay::Table& two) {
  REQUIRE(two.rows == one.rows);
  REQUIRE(two.column_count() == one.column_count());
  // Value by value, floats or bytes, on the bits (NaN too).
  std::size_t differ = 0;
  for (std::size_t r = 0; r < one.rows; ++r)
    for (std::size_t c = 0; c < one.column_count(); ++c) {
      const float a = one.number(r, c), b = two.number(r, c);
      differ += std::memcmp(&a, &b, sizeof a) != 0;
    }
  CHECK(differ == 0);
  CHECK(static_cast<std::size_t>(one.in_bytes() ? one.bytes.size() : one.numbers.size()) ==
        one.rows * one.column_count());
  CHECK(static_cast<std::size_t>(two.in_bytes() ? two.bytes.size() : two.numbers.size()) ==
        two.rows * two.column_count());
  CHECK(two.file_rows == one.file_rows);
  CHECK(two.preview == one.preview);
  CHECK(two.csv.bytes == one.csv.bytes);
  CHECK(two.csv.bom == one.csv.bom);
  CHECK(two.csv.header == one.csv.header);
  CHECK(two.csv.delimiter == one.csv.delimiter);
  CHECK(two.csv.warnings == one.csv.warnings);
  CHECK(two.csv.ragged_skipped == one.csv.ragged_skipped);
  CHECK(two.csv.ragged_examples == one.csv.ragged_examples);
  REQUIRE(two.columns.size() == one.columns.size());
  for (std::size_t c = 0; c < one.columns.size(); ++c) {
    CAPTURE(c);
    const auto &a = one.columns[c], &b = two.columns[c];
    CHECK(b.name == a.name);
    CHECK(b.type == a.type);
    CHECK(b.missing == a.missing);
    CHECK(b.distinct == a.distinct);
    CHECK(b.min == a.min);
    CHECK(b.max == a.max);
    CHECK(b.mean == a.mean);
    CHECK(b.categories == a.categories);
    CHECK(b.codes == a.codes);
    CHECK(b.problem == a.problem);
  }
}

}  // namespace nnplay_test
