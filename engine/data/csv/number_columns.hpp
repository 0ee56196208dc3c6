#pragma once
// Internal to the CSV reader (text_columns.cpp): what a column holds whose fields were not
// all plain numbers. Numbers as spreadsheets write them ("$45,000", "3.2%") are numbers,
// with one note per column saying what was removed; infinities, values beyond float range
// and spreadsheet errors are missing values, with a warning naming the row; other text
// makes the column text, or, among more numbers, is the column's problem.
#include <cstddef>
#include <string>

#include "data/csv/column_cells.hpp"
#include "data/csv/decorated_number.hpp"
#include "data/table.hpp"

namespace nnplay {

enum class ColumnVerdict {
  numbers,      // its numbers are in table.numbers; any text is the column's problem
  text,         // no value is a number
  mostly_text,  // more values are text than numbers: to be read again as text
};

// Plain values of a column that were read again with '.' as the thousands separator
// (dot_groups.hpp), for the column's note.
struct Regrouped {
  std::size_t count = 0;
  std::string example;  // the first, as written ("45.000")
  float example_value = 0;
};

// Decides column `column` of `table` from `cells`, its fields that were not plain numbers
// (the others are in table.numbers), read with `separators`. On numbers, writes the values
// of the cells into table.numbers, and the notes into table.csv.warnings.
ColumnVerdict decide_column(Table& table, std::size_t column, const ColumnCells& cells, NumberSeparators separators,
                            const Regrouped& regrouped = {});

}  // namespace nnplay
