#include "data/csv/sniff.hpp"

#include <algorithm>
#include <cstring>
#include <map>

#include "data/csv/number.hpp"
#include "data/csv/reader.hpp"
#include "data/csv/text.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

constexpr std::size_t kSampleRecords = 50;                       // per delimiter, in the sample
constexpr std::size_t kHeaderSampleRecords = kSniffRecords - 1;  // below the first

bool starts_with(const char* begin, const char* end, const char* magic, std::size_t n) {
  return static_cast<std::size_t>(end - begin) >= n && std::memcmp(begin, magic, n) == 0;
}

// Just past the line break that ends the line at p (CRLF, LF or a lone CR), or `end`.
const char* after_line(const char* p, const char* end) {
  while (p < end && *p != '\n' && *p != '\r') ++p;
  if (p < end && *p == '\r') ++p;
  if (p < end && *p == '\n') ++p;
  return p;
}

bool is_number(const std::string& s, bool decimal_comma) {
  float v;
  return parse_number(s.data(), s.data() + s.size(), decimal_comma, v) == NumberParse::ok;
}

}  // namespace

CsvDialect sniff_csv(std::string_view text, const CsvOptions& options) {
  if (text.size() > options.max_bytes)
    throw DataError(Message("csv.too_large")
                        .with("size", format_bytes(static_cast<double>(text.size())))
                        .with("limit", format_bytes(static_cast<double>(options.max_bytes))));
  CsvDialect d;
  if (text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0) {
    d.bom = 3;
    text.remove_prefix(3);
  }
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  if (std::all_of(text.begin(), text.end(), blank)) throw DataError(Message("csv.empty"));
  if (std::all_of(text.begin(), text.end(), [&](char c) { return blank(c) || c == ',' || c == ';'; }))
    throw DataError(Message("csv.empty_delimiters"));
  // Excel writes "sep=;" as a first line of its own to name the delimiter.
  std::size_t skipped = d.bom;
  std::int64_t first_row = 1;
  if (text.size() > 4 && text.compare(0, 4, "sep=") == 0) {
    const std::size_t eol = text.find('\n');
    std::string_view line = text.substr(0, eol);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.size() == 5 && line[4] != '"') {
      d.sep_line = line[4];
      const std::size_t skip = eol == std::string_view::npos ? text.size() : eol + 1;
      text.remove_prefix(skip);
      skipped += skip;
      first_row = 2;
      if (std::all_of(text.begin(), text.end(), blank)) throw DataError(Message("csv.only_sep_line"));
    }
  }
  const char* begin = text.data();
  const char* end = begin + text.size();
  check_is_text(begin, end, first_row);

  d.delimiter = options.delimiter != 0     ? options.delimiter
                : d.sep_line != 0          ? d.sep_line
                : options.min_columns <= 1 ? detect_delimiter_or(begin, end, ',')
                                           : detect_delimiter(begin, end);
  d.decimal_comma = options.decimal_comma.value_or(d.delimiter == ';');
  if (d.decimal_comma && d.delimiter == ',') throw DataError(Message("csv.decimal_comma_delimiter"));

  CsvReader reader(begin, end, d.delimiter, first_row);
  std::vector<CsvField> fields;
  if (!reader.next(fields)) throw DataError(Message("csv.empty_delimiters"));
  if (reader.unterminated_quote()) throw unterminated_quote(reader, {});
  for (const CsvField& f : fields) d.first_record.push_back(to_valid_utf8(trimmed(f.data, f.size, d.delimiter)));
  const std::size_t columns = d.columns();
  if (columns < options.min_columns)
    throw DataError(Message(columns == 1 ? "csv.too_few_columns_one" : "csv.too_few_columns")
                        .with("count", columns)
                        .with("delimiter", delimiter_message(d.delimiter)),
                    reader.record_row());
  if (columns > options.max_columns)
    throw DataError(Message("csv.too_many_columns").with("count", columns).with("limit", options.max_columns),
                    reader.record_row());
  const char* after_first = reader.position();
  const std::int64_t second_row = reader.current_row();

  d.header = options.header == CsvOptions::Header::present;
  if (options.header == CsvOptions::Header::detect) {
    std::vector<std::vector<std::string>> following;
    while (following.size() < kHeaderSampleRecords && reader.next(fields) && !reader.unterminated_quote()) {
      std::vector<std::string> row;
      for (const CsvField& f : fields) row.push_back(trimmed(f.data, f.size, d.delimiter));
      following.push_back(std::move(row));
    }
    d.header = detect_header(d.first_record, following, d.decimal_comma);
  }
  d.data_offset = skipped + (d.header ? static_cast<std::size_t>(after_first - begin) : 0);
  d.data_first_row = d.header ? second_row : first_row;
  return d;
}

MessageArg delimiter_message(char delimiter) {
  switch (delimiter) {
    case ',': return Message("csv.delimiter_comma");
    case ';': return Message("csv.delimiter_semicolon");
    case '\t': return Message("csv.delimiter_tab");
    default: return quoted(&delimiter, 1);
  }
}

std::string delimiter_name(char delimiter) { return english(delimiter_message(delimiter)); }

DataError unterminated_quote(const CsvReader& reader, const std::vector<std::string>& names) {
  const std::size_t field = reader.quote_field();
  return DataError(Message("csv.unterminated_quote"), reader.quote_row(), static_cast<int>(field + 1),
                   field < names.size() ? names[field] : "column " + std::to_string(field + 1));
}

void check_is_text(const char* begin, const char* end, std::int64_t first_row) {
  struct Magic {
    const char* bytes;
    std::size_t size;
    const char* what;  // a message code
  };
  static const Magic kMagic[] = {
      {"\x89PNG", 4, "csv.kind_png"},
      {"\xFF\xD8\xFF", 3, "csv.kind_jpeg"},
      {"GIF8", 4, "csv.kind_gif"},
      {"PK\x03\x04", 4, "csv.kind_zip"},
      {"\x1F\x8B", 2, "csv.kind_gzip"},
      {"%PDF", 4, "csv.kind_pdf"},
      {"\xD0\xCF\x11\xE0", 4, "csv.kind_office"},
      {"\x7F"
       "ELF",
       4, "csv.kind_program"},
  };
  for (const Magic& m : kMagic)
    if (starts_with(begin, end, m.bytes, m.size)) throw DataError(Message("csv.not_csv").with("what", Message(m.what)));
  if (starts_with(begin, end, "\xFF\xFE", 2) || starts_with(begin, end, "\xFE\xFF", 2))
    throw DataError(Message("csv.utf16"));

  const void* nul = std::memchr(begin, '\0', static_cast<std::size_t>(end - begin));
  if (nul != nullptr) {
    const char* at = static_cast<const char*>(nul);
    const std::int64_t row = first_row + std::count(begin, at, '\n');
    throw DataError(Message("csv.nul_byte").with("offset", at - begin), row);
  }
  // Other control characters in bulk also mean binary data.
  const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(end - begin), 4096);
  std::size_t control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(begin[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') ++control;
  }
  if (n > 0 && control * 20 > n) throw DataError(Message("csv.not_text").with("count", control).with("bytes", n));
}

char detect_delimiter(const char* begin, const char* end) {
  const char d = detect_delimiter_or(begin, end, 0);
  if (d == 0) throw DataError(Message("csv.one_column"));
  return d;
}

char detect_delimiter_or(const char* begin, const char* end, char fallback) {
  // The sample ends after the first two lines when they are longer than kSniffSampleBytes: a
  // header of long names cut before its first delimiter would read as one column.
  const char* sample_end = begin + std::min<std::size_t>(static_cast<std::size_t>(end - begin), kSniffSampleBytes);
  sample_end = std::max(sample_end, after_line(after_line(begin, end), end));
  // Preference among fully consistent candidates: a semicolon file with decimal commas
  // also splits consistently on commas, and a comma file rarely has a ';' in every row.
  const char candidates[] = {'\t', ';', ','};
  char best = 0;
  std::size_t best_score = 0;
  std::vector<CsvField> fields;
  for (char d : candidates) {
    CsvReader reader(begin, sample_end, d);
    std::map<std::size_t, std::size_t> counts;  // fields per record -> records
    std::size_t records = 0;
    while (records < kSampleRecords && reader.next(fields)) {
      if (reader.unterminated_quote() && sample_end != end) break;  // the sample cut a quoted field
      ++counts[fields.size()];
      ++records;
    }
    std::size_t mode = 0, mode_records = 0;
    for (const auto& kv : counts)
      if (kv.second > mode_records) {
        mode = kv.first;
        mode_records = kv.second;
      }
    if (mode < 2) continue;
    if (mode_records > best_score) {  // ties keep the earlier, preferred candidate
      best = d;
      best_score = mode_records;
    }
  }
  return best == 0 ? fallback : best;
}

bool detect_header(const std::vector<std::string>& first, const std::vector<std::vector<std::string>>& following,
                   bool decimal_comma) {
  // Empty names are common (pandas writes one over its index column) and decide nothing.
  bool any_name = false;
  for (const auto& name : first) {
    if (is_number(name, decimal_comma)) return false;
    any_name |= !name.empty();
  }
  if (!any_name) return false;
  if (following.empty()) return true;  // a single row of names: header only
  bool numbers_below = false, reappears = false;
  for (std::size_t j = 0; j < first.size(); ++j) {
    for (const auto& row : following) {
      if (j >= row.size()) continue;
      if (is_number(row[j], decimal_comma)) numbers_below = true;
      if (!first[j].empty() && row[j] == first[j]) reappears = true;
    }
  }
  return numbers_below || !reappears;
}

}  // namespace nnplay
