#pragma once
// A CSV read from its pieces in order, as a file streams in, without the whole text in
// memory: a large file is read record by record as its pieces come, and the engine holds
// only the last piece and the record its end cut (up to 4 MiB). Each piece is written straight into
// room(), then add()ed. The table is the one parse_csv gives for the whole text, and so
// are the errors in the file:
// - a file this cannot read exactly so is kept whole and read by parse_csv at the end: a
//   small one, a decimal comma (dot_groups.hpp reads the text again), a head with too few
//   records to sniff from or one that sniffing refuses, a size over options.max_bytes, or
//   rows that may not fit options.memory_budget;
// - one whose reading turns out to need the text again makes finish() return nothing (and
//   wants_more() false from then on), and the caller reads the whole text with parse_csv:
//   a NUL byte past the head, more bytes than options.max_bytes, a record or a run of
//   lines with no line feed longer than 4 to 8 MiB (a quote never closed, lone CRs), more
//   rows than the memory budget takes, a mostly-text column (text_columns.hpp).
// The memory budget counts the table alone here (the text is not held): a file somewhat
// over it as a whole text can load in pieces.
#include <cstddef>
#include <memory>
#include <optional>

#include "data/csv/csv_options.hpp"
#include "data/csv/sniff.hpp"
#include "data/table.hpp"

namespace nnplay {

class TableReader;

class CsvStream {
 public:
  // Files smaller than this are kept whole: reading them in pieces saves little.
  static constexpr std::size_t kMinStreamBytes = std::size_t{8} << 20;

  // `total_bytes`: the file's size, all its pieces together (for the rows to expect).
  CsvStream(const CsvOptions& options, std::size_t total_bytes, std::size_t min_stream_bytes = kMinStreamBytes);
  ~CsvStream();
  CsvStream(const CsvStream&) = delete;
  CsvStream& operator=(const CsvStream&) = delete;

  // Room for the next piece, of up to `bytes` bytes; nullptr when memory cannot hold it.
  char* room(std::size_t bytes);
  // The next `bytes` bytes, written at room().
  void add(std::size_t bytes);
  // False once the whole text is needed: the pieces left need not be given.
  bool wants_more() const { return mode_ != Mode::needs_text; }
  // After the last piece: the table, or nothing when the whole text must be read
  // (parse_csv). Throws DataError as parse_csv would.
  std::optional<Table> finish();

  // Whether the pieces are being read as they come (for tests and benchmarks).
  bool reading_pieces() const { return mode_ == Mode::pieces; }

 private:
  enum class Mode { head, whole, pieces, needs_text };

  void decide();
  void read_buffer();
  void give_up();  // finish() returns nothing

  CsvOptions options_;
  std::size_t total_;
  std::size_t min_stream_bytes_;
  Mode mode_ = Mode::head;
  std::unique_ptr<char[]> buffer_;
  std::size_t size_ = 0, capacity_ = 0;
  std::size_t added_ = 0;
  CsvDialect dialect_;
  std::unique_ptr<TableReader> reader_;
};

}  // namespace nnplay
