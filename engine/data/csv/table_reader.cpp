#include "data/csv/table_reader.hpp"

#include <algorithm>
#include <cstring>
#include <system_error>

#include "data/csv/number.hpp"
#include "data/csv/plain_record.hpp"
#include "data/csv/tail_reader.hpp"
#include "data/csv/text.hpp"
#include "data/csv/text_columns.hpp"
#include "data/data_error.hpp"
#include "data/large_buffer.hpp"

namespace nnplay {
namespace {

constexpr std::size_t kRaggedExamples = 5;
// Texts from this size on are read by two threads (natively): below it, starting a
// thread costs more than it saves.
constexpr std::size_t kTailMinBytes = std::size_t{4} << 20;
constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
// Rows read as floats before they are narrowed to bytes (as_bytes).
constexpr std::size_t kStagedRows = 64;

// Unquoted fields of up to 9 digits (pixels, counts, labels) skip the general parser.
inline bool parse_small_integer(const CsvField& f, float& out) {
  if (f.size == 0 || f.size > 9) return false;
  std::uint32_t v = 0;
  for (std::uint32_t i = 0; i < f.size; ++i) {
    const unsigned d = static_cast<unsigned char>(f.data[i]) - static_cast<unsigned>('0');
    if (d > 9) return false;
    v = v * 10 + d;
  }
  out = static_cast<float>(v);
  return true;
}

// The first ragged rows, each as `example` words it ("row 7 has 3"), and ", ..." when
// there were more.
MessageArg ragged_examples(const CsvInfo& info, std::size_t count, const char* example) {
  std::vector<MessageArg> items;
  for (const auto& e : info.ragged_examples)
    items.emplace_back(Message(example).with("row", e.first).with("fields", e.second));
  MessageArg list = list_message(std::move(items));
  if (count > info.ragged_examples.size()) return Message("list.more").with("items", std::move(list));
  return list;
}

Message ragged_message(const CsvInfo& info, std::size_t count, std::size_t expected) {
  return Message(count == 1 ? "csv.ragged_rows_one" : "csv.ragged_rows")
      .with("count", count)
      .with("expected", expected)
      .with("examples", ragged_examples(info, count, "csv.ragged_row"));
}

void check_memory(std::size_t text_bytes, std::size_t rows, std::size_t columns, const CsvOptions& options) {
  const double numbers = static_cast<double>(rows) * static_cast<double>(columns) * sizeof(float);
  constexpr double kColumnBytes = 256;  // a Column and its bookkeeping
  const double need = static_cast<double>(text_bytes) + 2.0 * numbers + kColumnBytes * static_cast<double>(columns);
  if (need > static_cast<double>(options.memory_budget))
    throw DataError(Message("csv.over_memory_budget")
                        .with("need", format_bytes(need))
                        .with("text", format_bytes(static_cast<double>(text_bytes)))
                        .with("rows", rows)
                        .with("columns", columns)
                        .with("budget", format_bytes(static_cast<double>(options.memory_budget))));
  if (rows >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
    throw DataError(Message("csv.too_many_rows").with("rows", rows));
}

}  // namespace

std::size_t count_lines(const char* begin, const char* end) {
  // memchr from line to line: lines are long in the files where this takes time.
  std::size_t lf = 0;
  for (const char* p = begin;
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p)
    ++lf;
  if (lf == 0) lf = static_cast<std::size_t>(std::count(begin, end, '\r'));
  const bool unterminated_last = begin != end && end[-1] != '\n' && end[-1] != '\r';
  return lf + (unterminated_last ? 1 : 0);
}

TableReader::TableReader(const CsvDialect& dialect, const CsvOptions& options, std::size_t text_bytes, std::size_t rows,
                         bool as_bytes)
    : dialect_(dialect),
      options_(options),
      delimiter_(dialect.delimiter),
      decimal_comma_(dialect.decimal_comma),
      columns_(dialect.columns()),
      text_bytes_(text_bytes),
      as_bytes_(as_bytes),
      at_{nullptr, dialect.data_first_row} {
  table_.name = options_.name;
  table_.csv.delimiter = delimiter_;
  table_.csv.decimal_comma = decimal_comma_;
  table_.csv.header = dialect_.header;
  table_.csv.bom = dialect_.bom > 0;
  if (dialect_.sep_line != 0)
    table_.csv.add_warning(Message(dialect_.sep_line == delimiter_ ? "csv.sep_line_used" : "csv.sep_line_skipped")
                               .with("sep", std::string(1, dialect_.sep_line)));
  check_memory(text_bytes, rows, columns_, options_);  // before a Column is made for each field
  std::vector<std::string> names(columns_);
  if (dialect_.header) names = dialect_.first_record;
  for (auto& n : make_unique_names(std::move(names))) {
    Column c;
    c.name = std::move(n);
    table_.columns.push_back(std::move(c));
  }
  text_columns_ = std::make_unique<TextColumns>(columns_, delimiter_);
  table_.file_rows.reserve(rows);
  fields_.reserve(columns_ + 1);
  // Sized once from the rows expected and trimmed at the end by realloc, in place, so the
  // numbers exist only once in memory. Allocated last, so that what the trim frees is
  // free for the data set's next buffers. Eigen leaves the new floats uninitialised: the
  // parser writes every one.
  if (as_bytes_) {
    table_.bytes.resize(static_cast<Eigen::Index>(columns_), static_cast<Eigen::Index>(rows));
    table_.numbers.resize(static_cast<Eigen::Index>(columns_), static_cast<Eigen::Index>(kStagedRows));
    return;
  }
  table_.numbers.resize(static_cast<Eigen::Index>(columns_), static_cast<Eigen::Index>(rows));
  advise_huge_pages(table_.numbers.data(), static_cast<std::size_t>(table_.numbers.size()) * sizeof(float));
}

std::size_t TableReader::room() const {
  return static_cast<std::size_t>(as_bytes_ ? table_.bytes.cols() : table_.numbers.cols());
}

void TableReader::grow(std::size_t rows) {
  if (as_bytes_)
    table_.bytes.conservativeResize(table_.bytes.rows(), static_cast<Eigen::Index>(rows));
  else
    table_.numbers.conservativeResize(table_.numbers.rows(), static_cast<Eigen::Index>(rows));
}

// The staged rows into the bytes, when every number is a whole number 0-255 (not -0);
// otherwise the table turns into floats.
void TableReader::narrow_staged() {
  const std::size_t count = (table_.rows - staged_first_) * columns_;
  const float* staged = table_.numbers.data();
  std::uint32_t fits = 1;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t bits;
    std::memcpy(&bits, &staged[i], sizeof bits);
    const float v = bits <= 0x437f0000u ? staged[i] : 0.5f;  // 0x437f0000: 255.0f; NaN and the sign bit above
    fits &= static_cast<std::uint32_t>(static_cast<float>(static_cast<int>(v)) == v);
  }
  if (fits == 0) return widen();
  std::uint8_t* out = table_.bytes.data() + staged_first_ * columns_;
  for (std::size_t i = 0; i < count; ++i) out[i] = static_cast<std::uint8_t>(staged[i]);
  staged_first_ = table_.rows;
}

void TableReader::widen() {
  TableNumbers all(static_cast<Eigen::Index>(columns_), table_.bytes.cols());
  const std::size_t narrowed = staged_first_ * columns_;
  const std::uint8_t* in = table_.bytes.data();
  for (std::size_t i = 0; i < narrowed; ++i) all.data()[i] = static_cast<float>(in[i]);
  std::copy_n(table_.numbers.data(), (table_.rows - staged_first_) * columns_, all.data() + narrowed);
  table_.numbers = std::move(all);
  table_.bytes = TableBytes();
  as_bytes_ = false;
}

TableReader::~TableReader() = default;

Table TableReader::read_text(const char* begin, const char* end) {
  RowCursor& at = at_;
  at.p = begin;
  read_text_rows(at, begin, end);
  end_rows(at);
  if (table_.rows == 0) throw DataError(Message(table_.csv.header ? "csv.no_data_rows_header" : "csv.no_data_rows"));
  text_columns_->finish(table_, begin, end, dialect_.data_first_row);
  infer_column_types(table_);
  return std::move(table_);
}

const char* TableReader::read_piece(const char* begin, const char* end) {
  pieces_ = true;
  at_.p = begin;
  read_rows(at_, end, end, true);
  return at_.p;
}

std::optional<Table> TableReader::finish_pieces(const char* begin, const char* end) {
  pieces_ = true;
  at_.p = begin;
  read_rows(at_, end, end, false);
  end_rows(at_);
  if (table_.rows == 0) throw DataError(Message(table_.csv.header ? "csv.no_data_rows_header" : "csv.no_data_rows"));
  if (!text_columns_->finish(table_, nullptr, nullptr, dialect_.data_first_row)) return std::nullopt;
  infer_column_types(table_);
  return std::move(table_);
}

// Natively, the second half of a large text by a second thread, from the first line
// start past the middle, into the row numbered by the lines before it (tail_reader.hpp).
void TableReader::read_text_rows(RowCursor& at, const char* begin, const char* end) {
  const auto bytes = static_cast<std::size_t>(end - begin);
  const char* middle = begin + bytes / 2;
  const void* lf = bytes >= kTailMinBytes && options_.parallel && !as_bytes_ && TailReader::available()
                       ? std::memchr(middle, '\n', static_cast<std::size_t>(end - middle))
                       : nullptr;
  if (lf != nullptr) {
    const char* split = static_cast<const char*>(lf) + 1;
    const auto tail_first_row = static_cast<std::size_t>(std::count(begin, split, '\n'));
    std::unique_ptr<TailReader> tail;
    if (tail_first_row > options_.preview_rows && tail_first_row < static_cast<std::size_t>(table_.numbers.cols())) {
      try {
        tail = std::make_unique<TailReader>(split, end, PlainRecordFormat{delimiter_, decimal_comma_, columns_},
                                            table_.numbers.data(), tail_first_row,
                                            static_cast<std::size_t>(table_.numbers.cols()));
      } catch (const std::system_error&) {
        // no thread: one reads it all
      }
    }
    if (tail) {
      // This thread reads the rows before the tail's, then takes the tail's rows if the
      // two meet exactly (see tail_reader.hpp), and reads on from where either stopped.
      read_rows(at, split, end, false, tail_first_row);
      tail->join();
      if (at.p == split && table_.rows == tail_first_row && at.ragged == 0) {
        for (std::size_t k = 0; k < tail->records(); ++k) table_.file_rows.push_back(at.file_row++);
        table_.rows += tail->records();
        at.p = tail->stop();
      }
    }
  }
  read_rows(at, end, end, false);
}

void TableReader::end_rows(const RowCursor& at) {
  const std::size_t ragged = at.ragged;
  if (ragged > 0) {
    if (!options_.skip_ragged_rows) throw DataError(ragged_message(table_.csv, ragged, columns_));
    table_.csv.ragged_skipped = ragged;
    table_.csv.add_warning(Message(ragged == 1 ? "csv.ragged_skipped_one" : "csv.ragged_skipped")
                               .with("count", ragged)
                               .with("expected", columns_)
                               .with("examples", ragged_examples(table_.csv, ragged, "csv.ragged_skipped_row")));
  }
  if (as_bytes_) {
    narrow_staged();
    if (as_bytes_) {
      table_.numbers = TableNumbers();
      table_.bytes.conservativeResize(static_cast<Eigen::Index>(columns_), static_cast<Eigen::Index>(table_.rows));
      return;
    }
  }
  table_.numbers.conservativeResize(static_cast<Eigen::Index>(columns_), static_cast<Eigen::Index>(table_.rows));
}

// Reads records from at.p while they start before `stop_at` and fewer than max_rows rows
// are read, in a text that ends at `end`; with `more`, a record that `end` cuts is left
// for the next piece.
void TableReader::read_rows(RowCursor& at, const char* stop_at, const char* end, bool more, std::size_t max_rows) {
  CsvReader reader(at.p, end, delimiter_, at.file_row);
  std::vector<CsvField>& fields = fields_;
  const PlainRecordFormat plain{delimiter_, decimal_comma_, columns_};
  while (at.p < stop_at && table_.rows < max_rows) {
    const std::size_t row = table_.rows;
    if (as_bytes_ && row - staged_first_ == kStagedRows) narrow_staged();
    if (row + 1 > room()) {
      // More rows than expected: lone CRs among LFs, or from pieces, a head of longer rows.
      std::size_t rows = 2 * (row + 1);
      if (pieces_) {
        rows = row + 1 + row / 2;
        try {
          check_memory(text_bytes_, rows, columns_, options_);
        } catch (const DataError&) {
          throw TableOutgrewBudget{};
        }
      }
      grow(rows);
    }
    float* out = table_.numbers.data() + (row - (as_bytes_ ? staged_first_ : 0)) * columns_;
    if (row >= options_.preview_rows && (at.ragged == 0 || options_.skip_ragged_rows)) {
      if (const char* next = read_plain_record(at.p, end, plain, out)) {
        table_.file_rows.push_back(at.file_row++);
        ++table_.rows;
        at.p = next;
        continue;
      }
    }
    reader.seek(at.p, at.file_row);
    const bool got = reader.next(fields);
    if (more && reader.unterminated_quote()) return;  // the record goes on in the next piece
    at.p = reader.position();
    at.file_row = reader.current_row();
    if (!got) break;
    if (reader.unterminated_quote()) throw unterminated_quote(reader, column_names());
    if (fields.size() != columns_) {
      ++at.ragged;
      if (table_.csv.ragged_examples.size() < kRaggedExamples)
        table_.csv.ragged_examples.emplace_back(reader.record_row(), fields.size());
      continue;
    }
    if (at.ragged > 0 && !options_.skip_ragged_rows) continue;  // only counting now
    for (std::size_t j = 0; j < columns_; ++j) {
      const CsvField& f = fields[j];
      if (!f.quoted && parse_small_integer(f, out[j])) continue;
      if (parse_number(f.data, f.data + f.size, decimal_comma_, out[j]) == NumberParse::ok) continue;
      out[j] = kNaN;
      text_columns_->add(j, f, row);
    }
    table_.file_rows.push_back(reader.record_row());
    if (table_.preview.size() < options_.preview_rows) {
      std::vector<std::string> shown;
      for (const CsvField& f : fields) shown.push_back(to_valid_utf8(trimmed(f.data, f.size, delimiter_)));
      table_.preview.push_back(std::move(shown));
    }
    ++table_.rows;
  }
}

std::vector<std::string> TableReader::column_names() const {
  std::vector<std::string> names;
  for (const Column& c : table_.columns) names.push_back(c.name);
  return names;
}

}  // namespace nnplay
