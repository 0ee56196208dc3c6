#pragma once
// RFC 4180 record reader over text in memory. Fields point into the text, or for quoted
// fields with escapes into a buffer of the reader; nothing is allocated per field.
#include <cstdint>
#include <utility>
#include <vector>

namespace nnplay {

struct CsvField {
  const char* data;
  std::uint32_t size;
  bool quoted;
};

class CsvReader {
 public:
  // `first_row` is the file row number of the line at `begin` (1 for a whole file).
  CsvReader(const char* begin, const char* end, char delimiter, std::int64_t first_row = 1);

  // Reads the next record, skipping blank lines (empty, spaces only, or only delimiters).
  // Returns false at the end of the text. Fields stay valid until the next call.
  bool next(std::vector<CsvField>& fields);

  // File row where the record last returned by next() started.
  std::int64_t record_row() const { return record_row_; }
  // Continues reading at `at` (a record start), which is on file row `row`.
  void seek(const char* at, std::int64_t row) {
    p_ = at;
    row_ = row;
  }
  // File row of the next unread byte.
  std::int64_t current_row() const { return row_; }
  // Bytes consumed so far.
  const char* position() const { return p_; }

  // Set when the text ended inside a quoted field; the last record is then incomplete.
  bool unterminated_quote() const { return unterminated_; }
  std::int64_t quote_row() const { return quote_row_; }     // file row the quote opened on
  std::size_t quote_field() const { return quote_field_; }  // 0-based field index

 private:
  void count_line_breaks(const char* from, const char* to);
  void read_quoted(std::vector<CsvField>& fields);

  const char* p_;
  const char* end_;
  char delimiter_;
  std::int64_t row_;
  std::int64_t record_row_ = 0;
  bool unterminated_ = false;
  std::int64_t quote_row_ = 0;
  std::size_t quote_field_ = 0;
  bool stop_[256];                                                  // bytes that end an unquoted field
  std::vector<char> buffer_;                                        // unescaped quoted fields of the current record
  std::vector<std::pair<std::uint32_t, std::size_t>> from_buffer_;  // (field, offset in buffer_)
};

}  // namespace nnplay
