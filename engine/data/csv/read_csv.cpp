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

constexpr std::size_t kHeaderSampleRecords = 20;
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

std::string ragged_message(const CsvInfo& info, std::size_t count, std::size_t expected) {
  std::string msg = std::to_string(count) + (count == 1 ? " row has" : " rows have") +
                    " a different number of fields than the " + std::to_string(expected) +
                    " columns of the first row: ";
  for (std::size_t i = 0; i < info.ragged_examples.size(); ++i) {
    if (i > 0) msg += ", ";
    msg += "row " + std::to_string(info.ragged_examples[i].first) + " has " +
           std::to_string(info.ragged_examples[i].second);
  }
  if (count > info.ragged_examples.size()) msg += ", ...";
  return msg + ". Fix those rows, or choose to skip them";
}

class CsvParser {
 public:
  CsvParser(std::string_view text, const CsvOptions& options) : text_(text), options_(options) {}

  Table parse() {
    check_size();
    table_.name = options_.name;
    table_.csv.bytes = text_.size();
    if (text_.size() >= 3 && std::memcmp(text_.data(), "\xEF\xBB\xBF", 3) == 0) {
      table_.csv.bom = true;
      text_.remove_prefix(3);
    }
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    if (std::all_of(text_.begin(), text_.end(), blank)) throw DataError("the file is empty");
    if (std::all_of(text_.begin(), text_.end(), [&](char c) { return blank(c) || c == ',' || c == ';'; }))
      throw DataError("the file is empty (it has only delimiters and blank lines)");
    begin_ = text_.data();
    end_ = begin_ + text_.size();
    check_is_text(begin_, end_);

    delimiter_ = options_.delimiter != 0 ? options_.delimiter
                 : options_.min_columns <= 1 ? detect_delimiter_or(begin_, end_, ',')
                                              : detect_delimiter(begin_, end_);
    decimal_comma_ = options_.decimal_comma.value_or(delimiter_ == ';');
    if (decimal_comma_ && delimiter_ == ',')
      throw DataError("a decimal comma needs a delimiter other than the comma");
    table_.csv.delimiter = delimiter_;
    table_.csv.decimal_comma = decimal_comma_;

    read_header();
    read_rows();
    if (table_.rows == 0)
      throw DataError(table_.csv.header ? "the file has a header row but no data rows"
                                        : "the file has no data rows");
    text_columns_->finish(table_, data_begin_, end_, data_first_row_);
    infer_column_types(table_);
    return std::move(table_);
  }

 private:
  void check_size() const {
    if (text_.size() > options_.max_bytes)
      throw DataError("the file is " + format_bytes(static_cast<double>(text_.size())) +
                      ", over the limit of " + format_bytes(static_cast<double>(options_.max_bytes)));
  }

  void read_header() {
    CsvReader reader(begin_, end_, delimiter_);
    std::vector<CsvField> fields;
    if (!reader.next(fields)) throw DataError("the file is empty (it has only delimiters and blank lines)");
    if (reader.unterminated_quote()) throw unterminated(reader);
    std::vector<std::string> first;
    for (const CsvField& f : fields) first.push_back(to_valid_utf8(trimmed(f.data, f.size, delimiter_)));
    columns_ = first.size();
    if (columns_ < options_.min_columns)
      throw DataError("found only " + std::to_string(columns_) + (columns_ == 1 ? " column" : " columns") +
                          " (delimiter " + delimiter_name() + "); a data set needs at least one feature column and a target column",
                      reader.record_row());

    if (columns_ > options_.max_columns)
      throw DataError("the first row has " + std::to_string(columns_) + " fields, over the limit of " +
                          std::to_string(options_.max_columns) + " columns",
                      reader.record_row());
    check_memory();  // before a Column is made for each field
    bool header = options_.header == CsvOptions::Header::present;
    if (options_.header == CsvOptions::Header::detect) {
      std::vector<std::vector<std::string>> following;
      while (following.size() < kHeaderSampleRecords && reader.next(fields) && !reader.unterminated_quote()) {
        std::vector<std::string> row;
        for (const CsvField& f : fields) row.push_back(trimmed(f.data, f.size, delimiter_));
        following.push_back(std::move(row));
      }
      header = detect_header(first, following, decimal_comma_);
    }
    table_.csv.header = header;
    std::vector<std::string> names(columns_);
    if (header) names = first;
    for (auto& n : make_unique_names(std::move(names))) {
      Column c;
      c.name = std::move(n);
      table_.columns.push_back(std::move(c));
    }
    if (header) {
      CsvReader skip(begin_, end_, delimiter_);
      skip.next(fields);
      data_begin_ = skip.position();
      data_first_row_ = skip.current_row();
    } else {
      data_begin_ = begin_;
      data_first_row_ = 1;
    }
  }

  void check_memory() {
    estimated_rows_ = count_lines(text_);
    const double numbers = static_cast<double>(estimated_rows_) * static_cast<double>(columns_) * sizeof(float);
    constexpr double kColumnBytes = 256;  // a Column and its bookkeeping
    const double need = static_cast<double>(text_.size()) + 2.0 * numbers + kColumnBytes * static_cast<double>(columns_);
    if (need > static_cast<double>(options_.memory_budget))
      throw DataError("loading this file needs about " + format_bytes(need) + " (the " +
                      format_bytes(static_cast<double>(text_.size())) + " of text, plus " +
                      std::to_string(estimated_rows_) + " rows x " + std::to_string(columns_) +
                      " columns of 4-byte numbers held twice), over the memory budget of " +
                      format_bytes(static_cast<double>(options_.memory_budget)));
    if (estimated_rows_ >= static_cast<std::size_t>(std::numeric_limits<std::int32_t>::max()))
      throw DataError("the file has too many rows (" + std::to_string(estimated_rows_) + ")");
  }

  DataError unterminated(const CsvReader& reader) const {
    const std::size_t field = reader.quote_field();
    const std::string name = field < table_.columns.size() ? table_.columns[field].name : std::string();
    return DataError("a quoted field opens here and is never closed (unterminated quote)",
                     reader.quote_row(), static_cast<int>(field + 1),
                     field < table_.columns.size() ? name : "column " + std::to_string(field + 1));
  }

  std::string delimiter_name() const {
    switch (delimiter_) {
      case ',': return "comma";
      case ';': return "semicolon";
      case '\t': return "tab";
      default: return quote_value(&delimiter_, 1);
    }
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
      // two meet exactly (see csv_tail_reader.hpp), and reads on from where either stopped.
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
      std::string examples;
      for (const auto& e : table_.csv.ragged_examples)
        examples += (examples.empty() ? "" : ", ") + std::string("row ") + std::to_string(e.first) +
                    " (" + std::to_string(e.second) + " fields)";
      table_.csv.warnings.push_back("skipped " + std::to_string(ragged) +
                                    (ragged == 1 ? " row" : " rows") + " whose number of fields is not " +
                                    std::to_string(columns_) + ": " + examples + (ragged > kRaggedExamples ? ", ..." : ""));
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
      if (reader.unterminated_quote()) throw unterminated(reader);
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
        text_columns_->add(j, f, row, reader.record_row());
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

  std::string_view text_;
  const CsvOptions& options_;
  Table table_;
  const char* begin_ = nullptr;
  const char* end_ = nullptr;
  const char* data_begin_ = nullptr;
  std::int64_t data_first_row_ = 1;
  char delimiter_ = ',';
  bool decimal_comma_ = false;
  std::size_t columns_ = 0;
  std::size_t estimated_rows_ = 0;
  std::unique_ptr<TextColumns> text_columns_;
  const char* tail_begin_ = nullptr;
  std::size_t tail_first_row_ = 0;
};

}  // namespace

Table parse_csv(std::string_view text, const CsvOptions& options) { return CsvParser(text, options).parse(); }

}  // namespace nnplay
