#pragma once
// Shared by the data-layer tests: the message of the DataError an expression throws, a
// table's column names, and the check that two tables are the same in every field.
#include <catch2/catch.hpp>
#include <cstring>
#include <string>
#include <vector>

#include "data/data_error.hpp"
#include "data/table.hpp"

namespace nnplay_test {

template <class F>
std::string data_error_of(F&& f) {
  try {
    f();
  } catch (const nnplay::DataError& e) {
    return e.what();
  } catch (const std::exception& e) {
    FAIL("expected a DataError, got another exception: " << e.what());
  }
  FAIL("expected a DataError, nothing was thrown");
  return {};
}

inline std::vector<std::string> column_names(const nnplay::Table& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) out.push_back(c.name);
  return out;
}

// Value by value (floats or bytes, on the bits: NaN too), the file rows, the preview, what
// was read of the CSV, and every column's type, statistics and categories.
inline void check_same_table(const nnplay::Table& one, const nnplay::Table& two) {
  REQUIRE(two.rows == one.rows);
  REQUIRE(two.column_count() == one.column_count());
  CHECK(two.name == one.name);
  CHECK(two.test_rows == one.test_rows);
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
  CHECK(two.csv.decimal_comma == one.csv.decimal_comma);
  CHECK(two.csv.warnings == one.csv.warnings);
  CHECK(two.csv.ragged_skipped == one.csv.ragged_skipped);
  CHECK(two.csv.ragged_examples == one.csv.ragged_examples);
  REQUIRE(two.columns.size() == one.columns.size());
  for (std::size_t c = 0; c < one.columns.size(); ++c) {
    CAPTURE(c);
    const auto &a = one.columns[c], &b = two.columns[c];
    CHECK(b.name == a.name);
    CHECK(b.type == a.type);
    CHECK(b.text == a.text);
    CHECK(b.missing == a.missing);
    CHECK(b.distinct == a.distinct);
    CHECK(b.min == a.min);
    CHECK(b.max == a.max);
    CHECK(b.mean == a.mean);
    CHECK(b.integer_valued == a.integer_valued);
    CHECK(b.counts_rows == a.counts_rows);
    CHECK(b.categories == a.categories);
    CHECK(b.codes == a.codes);
    CHECK(b.problem == a.problem);
  }
}

}  // namespace nnplay_test
