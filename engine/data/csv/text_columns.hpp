#pragma once
// Internal to the CSV reader (table_reader.cpp): the columns with fields that are not
// plain numbers. While the
// rows are read, each such field is collected; once every row is in, finish() decides each
// of those columns (number_columns.hpp): numeric (numbers as spreadsheets write them read
// as numbers, with a note), numeric with a problem (the first value that is not a number,
// reported when the column is used), text (categories and codes), or, when text outweighs
// the numbers, read again as text. In a decimal-comma file, it first finds the columns
// whose '.' separates thousands (dot_groups.hpp).
#include <cstddef>
#include <cstdint>
#include <vector>

#include "data/csv/column_cells.hpp"
#include "data/csv/reader.hpp"
#include "data/table.hpp"

namespace nnplay {

class TextColumns {
 public:
  TextColumns(std::size_t columns, char delimiter);
  ~TextColumns();

  // A field of `column` in table row `row` that is not a plain number.
  void add(std::size_t column, const CsvField& f, std::size_t row);

  // Decides the columns that had such fields. The data records are [begin, end), from
  // file row first_row: read again for the columns that become text. Without them
  // (begin == nullptr: a text read in pieces), returns false when they are needed.
  bool finish(Table& table, const char* begin, const char* end, std::int64_t first_row);

 private:
  void reread_as_text(Table& table, const std::vector<std::size_t>& columns, const char* begin, const char* end,
                      std::int64_t first_row) const;

  char delimiter_;
  std::vector<ColumnCells> cells_;
};

}  // namespace nnplay
