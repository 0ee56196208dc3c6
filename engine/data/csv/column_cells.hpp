#pragma once
// Internal to the CSV reader: the fields of one column that were not plain numbers, each
// value interned as a code, in the order of their rows.
#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "data/csv/reader.hpp"

namespace nnplay {

struct ColumnCells {
  std::unordered_map<std::string, std::int32_t> index;
  std::vector<std::string> values;                            // code -> value
  std::vector<std::pair<std::uint32_t, std::int32_t>> cells;  // (table row, code)
  std::size_t missing = 0;                                    // missing-value tokens

  std::int32_t intern(std::string value);
};

// A field's value as text: quoted fields as they are, others trimmed; valid UTF-8.
std::string field_text(const CsvField& f, char delimiter);

}  // namespace nnplay
