#pragma once
// Internal to the CSV reader (read_csv.cpp, csv_stream.cpp): the records of a sniffed
// text into a Table, either from the whole text at once or from its pieces in order.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

#include "data/csv/csv_options.hpp"
#include "data/csv/reader.hpp"
#include "data/csv/sniff.hpp"
#include "data/table.hpp"

namespace nnplay {

class TextColumns;

// Thrown by read_piece and finish_pieces when the table would outgrow the memory budget
// (more rows than expected): the whole text's reader decides, with the rows counted.
struct TableOutgrewBudget {};

// Newline-terminated lines in the text (a lone CR counts when there is no LF), plus an
// unterminated last one.
std::size_t count_lines(const char* begin, const char* end);

class TableReader {
 public:
  // Checks the memory the table will take before anything is allocated (DataError when
  // over options.memory_budget): `text_bytes` held beside it, `rows` expected (their room
  // is made at once, and grown if more come; from pieces, by half, checked again).
  // With `as_bytes`, the numbers are kept as bytes (Table::bytes) while every one is a
  // whole number 0-255, and turned into floats at the first that is not.
  TableReader(const CsvDialect& dialect, const CsvOptions& options, std::size_t text_bytes, std::size_t rows,
              bool as_bytes = false);
  ~TableReader();
  TableReader(const TableReader&) = delete;
  TableReader& operator=(const TableReader&) = delete;

  // The whole text's data records, [begin, end) from the dialect's data_first_row on
  // (natively, a large text by two threads).
  Table read_text(const char* begin, const char* end);

  // Pieces in order. read_piece reads the whole records in [begin, end), which ends after
  // a line break, and returns where the first record it could not finish starts (one
  // whose quoted field goes on past `end`), or `end`: the caller gives those bytes again
  // at the start of the next piece. finish_pieces reads the last piece to its end and
  // returns the table, or nothing when a column needs the text read again (a mostly-text
  // column's numbers kept as written: see text_columns.hpp) and only read_text can.
  const char* read_piece(const char* begin, const char* end);
  std::optional<Table> finish_pieces(const char* begin, const char* end);

 private:
  struct RowCursor {
    const char* p;
    std::int64_t file_row;
    std::size_t ragged = 0;
  };

  void read_rows(RowCursor& at, const char* stop_at, const char* end, bool more,
                 std::size_t max_rows = std::numeric_limits<std::size_t>::max());
  void read_text_rows(RowCursor& at, const char* begin, const char* end);
  void end_rows(const RowCursor& at);
  std::size_t room() const;
  void grow(std::size_t rows);
  void narrow_staged();
  void widen();
  std::vector<std::string> column_names() const;

  const CsvDialect& dialect_;
  const CsvOptions& options_;
  Table table_;
  char delimiter_;
  bool decimal_comma_;
  std::size_t columns_;
  std::size_t text_bytes_;
  bool pieces_ = false;  // reading pieces: growth is checked
  // Bytes: the table's rows before staged_first_ are in table_.bytes, the rows after it
  // in table_.numbers, kStagedRows of them at most, until they are narrowed to bytes.
  bool as_bytes_ = false;
  std::size_t staged_first_ = 0;
  std::unique_ptr<TextColumns> text_columns_;
  RowCursor at_;
  std::vector<CsvField> fields_;
};

}  // namespace nnplay
