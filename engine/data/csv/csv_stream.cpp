#include "data/csv/csv_stream.hpp"

#include <algorithm>
#include <cstring>
#include <new>
#include <string_view>
#include <vector>

#include "data/csv/read_csv.hpp"
#include "data/csv/reader.hpp"
#include "data/csv/table_reader.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

// The head sniffed before reading on: far more than sniff_csv looks at (kSniffSampleBytes
// and kSniffRecords), and enough lines for the rows to expect.
constexpr std::size_t kHeadBytes = std::size_t{1} << 20;
// Room for more rows than the head's lines suggest, so that the table is not grown (moved).
constexpr double kRowsMargin = 1.15;
// A record cut by a piece's end is read again from its start with the next piece: one
// longer than this (a quote never closed) is left to parse_csv, which reads it once.
constexpr std::size_t kMaxCutRecordBytes = std::size_t{4} << 20;
static_assert(kHeadBytes > kSniffSampleBytes + 16, "the head holds sniff_csv's sample after a BOM and a sep= line");

const char* last_line_break(const char* begin, const char* end) {
  for (const char* p = end; p != begin;)
    if (*--p == '\n') return p;
  return nullptr;
}

}  // namespace

CsvStream::CsvStream(const CsvOptions& options, std::size_t total_bytes, std::size_t min_stream_bytes)
    : options_(options), total_(total_bytes), min_stream_bytes_(min_stream_bytes) {}

CsvStream::~CsvStream() = default;

char* CsvStream::room(std::size_t bytes) {
  if (mode_ == Mode::needs_text) size_ = 0;  // the pieces are no longer read
  const std::size_t need = size_ + bytes;
  if (need > capacity_) {
    std::size_t want = std::max(need, 2 * capacity_);
    // A text kept whole is given room for all of it at once: no copy as it grows.
    if (mode_ == Mode::whole || (mode_ == Mode::head && total_ < min_stream_bytes_)) want = std::max(want, total_);
    std::unique_ptr<char[]> grown(new (std::nothrow) char[want]);
    if (!grown) return nullptr;
    if (size_ > 0) std::memcpy(grown.get(), buffer_.get(), size_);
    buffer_ = std::move(grown);
    capacity_ = want;
  }
  return buffer_.get() + size_;
}

void CsvStream::add(std::size_t bytes) {
  const char* piece = buffer_.get() + size_;
  size_ += bytes;
  added_ += bytes;
  switch (mode_) {
    case Mode::head:
      if (size_ >= kHeadBytes || total_ < min_stream_bytes_) decide();
      return;
    case Mode::pieces:
      // parse_csv says where the NUL byte is, or that the file is too large; it reads a
      // record that goes on and on (no line feed) once.
      if (std::memchr(piece, '\0', bytes) != nullptr || added_ > options_.max_bytes || size_ > 2 * kMaxCutRecordBytes)
        return give_up();
      if (last_line_break(piece, piece + bytes) != nullptr) read_buffer();
      return;
    case Mode::whole:
    case Mode::needs_text: return;
  }
}

// Reads on in pieces only when sniffing the head finds what sniffing the whole text would:
// every record it looks at is whole in the head, and nothing it refuses is there.
void CsvStream::decide() {
  mode_ = Mode::whole;
  if (total_ < min_stream_bytes_ || total_ > options_.max_bytes) return;
  try {
    dialect_ = sniff_csv(std::string_view(buffer_.get(), size_), options_);
  } catch (const DataError&) {
    return;
  }
  if (dialect_.decimal_comma) return;  // dot_groups.hpp reads the text again
  const char* data = buffer_.get() + dialect_.data_offset;
  const char* end = buffer_.get() + size_;
  const char* lf = last_line_break(data, end);
  if (lf == nullptr) return;
  CsvReader records(data, lf + 1, dialect_.delimiter, dialect_.data_first_row);
  std::vector<CsvField> fields;
  for (std::size_t k = 0; k < kSniffRecords; ++k)
    if (!records.next(fields) || records.unterminated_quote()) return;
  const double rows_per_byte = static_cast<double>(count_lines(data, lf + 1)) / static_cast<double>(lf + 1 - data);
  const auto rows =
      static_cast<std::size_t>(rows_per_byte * static_cast<double>(total_ - dialect_.data_offset) * kRowsMargin) + 64;
  try {
    reader_ = std::make_unique<TableReader>(dialect_, options_, capacity_, rows, true);
  } catch (const DataError&) {
    return;  // over the memory budget, as far as can be told: parse_csv counts exactly
  }
  mode_ = Mode::pieces;
  std::memmove(buffer_.get(), data, static_cast<std::size_t>(end - data));
  size_ = static_cast<std::size_t>(end - data);
  read_buffer();
}

// The whole records in the buffer; the bytes after them stay, at its start.
void CsvStream::read_buffer() {
  char* begin = buffer_.get();
  const char* lf = last_line_break(begin, begin + size_);
  if (lf == nullptr) return;
  const char* stop = nullptr;
  try {
    stop = reader_->read_piece(begin, lf + 1);
  } catch (const TableOutgrewBudget&) {
    return give_up();
  }
  const auto kept = static_cast<std::size_t>(begin + size_ - stop);
  if (kept > kMaxCutRecordBytes) return give_up();
  std::memmove(begin, stop, kept);
  size_ = kept;
}

void CsvStream::give_up() {
  mode_ = Mode::needs_text;
  reader_.reset();
  size_ = 0;
}

std::optional<Table> CsvStream::finish() {
  if (mode_ == Mode::head) mode_ = Mode::whole;
  std::optional<Table> table;
  if (mode_ == Mode::whole) {
    table = parse_csv(std::string_view(buffer_.get(), size_), options_);
  } else if (mode_ == Mode::pieces) {
    try {
      table = reader_->finish_pieces(buffer_.get(), buffer_.get() + size_);
    } catch (const TableOutgrewBudget&) {
      table.reset();
    }
    if (table) table->csv.bytes = added_;
  }
  reader_.reset();
  buffer_.reset();
  size_ = capacity_ = 0;
  return table;
}

}  // namespace nnplay
