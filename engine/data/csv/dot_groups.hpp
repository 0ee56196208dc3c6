#pragma once
// Internal to the CSV reader (text_columns.cpp): in a decimal-comma file, the columns that
// write '.' between groups of thousands ("45.000", "1.234,5") rather than as a decimal
// point, which the plain parse took it for.
#include <cstdint>
#include <vector>

#include "data/csv/column_cells.hpp"
#include "data/csv/number_columns.hpp"
#include "data/table.hpp"

namespace nnplay {

struct DotGroups {
  std::vector<bool> kept;            // per column: '.' separates thousands
  std::vector<Regrouped> regrouped;  // per column: its plain values read again
};

// A column qualifies when its values with a '.' (those in `cells`, and those of the first
// records) read as groups of thousands, and either one surely does ("1.234.567",
// "1.234,5") or no value of those records writes a decimal point ("5.1", "0.250"). It is
// then read again whole, and kept only if none of its values writes a decimal point: its
// plain values with a '.' are then read again into table.numbers ("45.000": 45 becomes
// 45000), and its cells are to be read with '.' as the thousands separator. The data
// records are [begin, end), from file row first_row.
DotGroups find_dot_groups(Table& table, const std::vector<ColumnCells>& cells, const char* begin, const char* end,
                          std::int64_t first_row, char delimiter);

}  // namespace nnplay
