#include "data/csv/read_csv.hpp"

#include <algorithm>
#include <cstring>
#include <limits>
#include <memory>
#include <system_error>

#include "data/csv/number.hpp"
#include "data/csv/plain_record.hpp"
#include "data/csv/reader.hpp"
#include "data/csv/sniff.hpp"
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

std::size_t count_lines(std::string_view text) {
  // memchr from line to line: lines are long in the files where this takes time.
  std::size_t lf = 0;
  for (const char *p = text.data(), *end = p + text.size();
       (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)))) != nullptr; ++p)
    ++lf;
  if (lf == 0) lf = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\r'));
  const bool unterminated_last = !text.empty() && text.back() != '\n' && text.back() != '\r';
  return lf + (unterminated_last ? 1 : 0);
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

class CsvParser {
 public:
  CsvParser(std::string_view text, const CsvDialect& dialect, const CsvOptions& options)
      : text_(text.substr(dialect.bom)),
        options_(options),
        dialect_(dialect),
        begin_(text_.data()),
        end_(begin_ + text_.size()),
        data_begin_(text.data() + dialect.data_offset),
        data_first_row_(dialect.data_first_row),
        delimiter_(dialect.delimiter),
        decimal_comma_(dialect.decimal_comma),
        columns_(dialect.columns()) {}

  Table read() {
    table_.name = options_.name;
    table_.csv.bytes = dialect_.bom + text_.size();
    table_.csv.bom = dialect_.bom > 0;
    table_.csv.delimiter = delimiter_;
    table_.csv.decimal_comma = decimal_comma_;
    table_.csv.header = dialect_.header;
    if (dialect_.sep_line != 0)
      table_.csv.add_warning(Message(dialect_.sep_line == delimiter_ ? "csv.sep_line_used" : "csv.sep_line_skipped")
                                 .with("sep", std::string(1, dialect_.sep_line)));
    check_memory();  // before a Column is made for each field
    std::vector<std::string> names(columns_);
    if (dialect_.header) names = dialect_.first_record;
    for (auto& n : make_unique_names(std::move(names))) {
      Column c;
      c.name = std::move(n);
      table_.columns.push_back(std::move(c));
    }
    read_rows();
    if (table_.rows == 0) throw DataError(Message(table_.csv.header ? "csv.no_data_rows_header" : "csv.no_data_rows"));
    text_columns_->finish(table_, data_begin_, end_, data_first_row_);
    infer_column_types(table_);
    return std::move(table_);
  }

 private:
  void check_memory() {
    estimated_rows_ = count_lines(text_);
    const double numbers = static_cast<double>(estimated_rows_) * static_cast<double>(columns_) * sizeof(float);
    constexpr double kColumnBytes = 256;  // a Column and its bookkeeping
    const double need =
        static_cast<double>(text_.size()) + 2.0 * numbers + kColumnBytes * static_cast<double>(columns_);
    if (need > static_cast<double>(options_.memory_budget))
      throw DataError(Message("csv.over_memory_budget")
                          .with("need", format_bytes(need))
                          .with("text", format_bytes(static_cast<double>(text_.size())))
                          .with("rows", estimated_rows_)
                          .with("columns", columns_)
                          .with("budget", format_bytes(static_cast<double>(options_.memory_budget))));
    if (estimated_rows_ >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
      throw DataError(Message("csv.too_many_rows").with("rows", estimated_rows_));
  }

  // Where read_rows is in the text.
  struct RowCursor {
    const char* p;
    std::int64_t file_row;
    CsvReader reader;
    std::vector<CsvField> fields;
    std::size_t ragged = 0;
  };

  void read_rows() {
    text_columns_ = std::make_unique<TextColumns>(columns_, delimiter_);
    // Sized once from the line count (an upper bound unless lone CRs mix with LFs) and
    // trimmed at the end by realloc, in place, so the numbers exist only once in memory.
    // Eigen leaves the new floats uninitialised: the parser writes every one.
    const auto width = static_cast<Eigen::Index>(columns_);
    table_.numbers.resize(width, static_cast<Eigen::Index>(estimated_rows_));
    advise_huge_pages(table_.numbers.data(), static_cast<std::size_t>(table_.numbers.size()) * sizeof(float));
    table_.file_rows.reserve(estimated_rows_);
    RowCursor at{data_begin_, data_first_row_, CsvReader(data_begin_, end_, delimiter_, data_first_row_), {}};
    at.fields.reserve(columns_ + 1);
    if (std::unique_ptr<TailReader> tail = start_tail()) {
      // This thread reads the rows before the tail's, then takes the tail's rows if the
      // two meet exactly (see tail_reader.hpp), and reads on from where either stopped.
      const char* split = tail_begin_;
      read_rows_until(at, split, tail_first_row_);
      tail->join();
      if (at.p == split && table_.rows == tail_first_row_ && at.ragged == 0) {
        for (std::size_t k = 0; k < tail->records(); ++k) table_.file_rows.push_back(at.file_row++);
        table_.rows += tail->records();
        at.p = tail->stop();
      }
    }
    read_rows_until(at, end_, std::numeric_limits<std::size_t>::max());
    const std::size_t ragged = at.ragged;
    if (ragged > 0) {
      if (!options_.skip_ragged_rows) throw DataError(ragged_message(table_.csv, ragged, columns_));
      table_.csv.ragged_skipped = ragged;
      table_.csv.add_warning(Message(ragged == 1 ? "csv.ragged_skipped_one" : "csv.ragged_skipped")
                                 .with("count", ragged)
                                 .with("expected", columns_)
                                 .with("examples", ragged_examples(table_.csv, ragged, "csv.ragged_skipped_row")));
    }
    table_.numbers.conservativeResize(width, static_cast<Eigen::Index>(table_.rows));
  }

  // A second thread for the second half of a large text, natively: from the first line
  // start past the middle, into the row numbered by the lines before it.
  std::unique_ptr<TailReader> start_tail() {
    const auto bytes = static_cast<std::size_t>(end_ - data_begin_);
    if (!options_.parallel || bytes < kTailMinBytes || !TailReader::available()) return nullptr;
    const char* middle = data_begin_ + bytes / 2;
    const void* lf = std::memchr(middle, '\n', static_cast<std::size_t>(end_ - middle));
    if (lf == nullptr) return nullptr;
    tail_begin_ = static_cast<const char*>(lf) + 1;
    tail_first_row_ = static_cast<std::size_t>(std::count(data_begin_, tail_begin_, '\n'));
    if (tail_first_row_ <= options_.preview_rows || tail_first_row_ >= static_cast<std::size_t>(table_.numbers.cols()))
      return nullptr;
    try {
      return std::make_unique<TailReader>(tail_begin_, end_, PlainRecordFormat{delimiter_, decimal_comma_, columns_},
                                          table_.numbers.data(), tail_first_row_,
                                          static_cast<std::size_t>(table_.numbers.cols()));
    } catch (const std::system_error&) {
      return nullptr;  // no thread: one reads it all
    }
  }

  // Reads rows from at.p until `limit` or until max_rows rows are read.
  void read_rows_until(RowCursor& at, const char* limit, std::size_t max_rows) {
    CsvReader& reader = at.reader;
    std::vector<CsvField>& fields = at.fields;
    while (at.p < limit && table_.rows < max_rows) {
      const std::size_t row = table_.rows;
      if (row + 1 > static_cast<std::size_t>(table_.numbers.cols()))
        table_.numbers.conservativeResize(table_.numbers.rows(), static_cast<Eigen::Index>(2 * (row + 1)));
      float* out = table_.numbers.data() + row * columns_;
      if (row >= options_.preview_rows && (at.ragged == 0 || options_.skip_ragged_rows)) {
        if (const char* next = read_plain_record(at.p, end_, {delimiter_, decimal_comma_, columns_}, out)) {
          table_.file_rows.push_back(at.file_row++);
          ++table_.rows;
          at.p = next;
          continue;
        }
      }
      reader.seek(at.p, at.file_row);
      const bool got = reader.next(fields);
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

  std::vector<std::string> column_names() const {
    std::vector<std::string> names;
    for (const Column& c : table_.columns) names.push_back(c.name);
    return names;
  }

  std::string_view text_;  // without the byte-order mark
  const CsvOptions& options_;
  const CsvDialect& dialect_;
  Table table_;
  const char* begin_;
  const char* end_;
  const char* data_begin_;
  std::int64_t data_first_row_;
  char delimiter_;
  bool decimal_comma_;
  std::size_t columns_;
  std::size_t estimated_rows_ = 0;
  std::unique_ptr<TextColumns> text_columns_;
  const char* tail_begin_ = nullptr;
  std::size_t tail_first_row_ = 0;
};

}  // namespace

Table read_table(std::string_view text, const CsvDialect& dialect, const CsvOptions& options) {
  return CsvParser(text, dialect, options).read();
}

Table parse_csv(std::string_view text, const CsvOptions& options) {
  return read_table(text, sniff_csv(text, options), options);
}

}  // namespace nnplay
