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

constexpr std::size_t kSampleBytes = 64 * 1024;
constexpr std::size_t kSampleRecords = 50;
constexpr std::size_t kHeaderSampleRecords = 20;

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
    throw DataError("the file is " + format_bytes(static_cast<double>(text.size())) + ", over the limit of " +
                    format_bytes(static_cast<double>(options.max_bytes)));
  CsvDialect d;
  if (text.size() >= 3 && std::memcmp(text.data(), "\xEF\xBB\xBF", 3) == 0) {
    d.bom = 3;
    text.remove_prefix(3);
  }
  const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  if (std::all_of(text.begin(), text.end(), blank)) throw DataError("the file is empty");
  if (std::all_of(text.begin(), text.end(), [&](char c) { return blank(c) || c == ',' || c == ';'; }))
    throw DataError("the file is empty (it has only delimiters and blank lines)");
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
      if (std::all_of(text.begin(), text.end(), blank)) throw DataError("the file has only its \"sep=\" line");
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
  if (d.decimal_comma && d.delimiter == ',') throw DataError("a decimal comma needs a delimiter other than the comma");

  CsvReader reader(begin, end, d.delimiter, first_row);
  std::vector<CsvField> fields;
  if (!reader.next(fields)) throw DataError("the file is empty (it has only delimiters and blank lines)");
  if (reader.unterminated_quote()) throw unterminated_quote(reader, {});
  for (const CsvField& f : fields) d.first_record.push_back(to_valid_utf8(trimmed(f.data, f.size, d.delimiter)));
  const std::size_t columns = d.columns();
  if (columns < options.min_columns)
    throw DataError("found only " + std::to_string(columns) + (columns == 1 ? " column" : " columns") + " (delimiter " +
                        delimiter_name(d.delimiter) +
                        "); a data set needs at least one feature column and a target column",
                    reader.record_row());
  if (columns > options.max_columns)
    throw DataError("the first row has " + std::to_string(columns) + " fields, over the limit of " +
                        std::to_string(options.max_columns) + " columns",
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

std::string delimiter_name(char delimiter) {
  switch (delimiter) {
    case ',': return "comma";
    case ';': return "semicolon";
    case '\t': return "tab";
    default: return quote_value(&delimiter, 1);
  }
}

DataError unterminated_quote(const CsvReader& reader, const std::vector<std::string>& names) {
  const std::size_t field = reader.quote_field();
  return DataError("a quoted field opens here and is never closed (unterminated quote)", reader.quote_row(),
                   static_cast<int>(field + 1),
                   field < names.size() ? names[field] : "column " + std::to_string(field + 1));
}

void check_is_text(const char* begin, const char* end, std::int64_t first_row) {
  struct Magic {
    const char* bytes;
    std::size_t size;
    const char* what;
  };
  static const Magic kMagic[] = {
      {"\x89PNG", 4, "a PNG image"},
      {"\xFF\xD8\xFF", 3, "a JPEG image"},
      {"GIF8", 4, "a GIF image"},
      {"PK\x03\x04", 4, "a zip archive (an Excel .xlsx file is one: save it as CSV instead)"},
      {"\x1F\x8B", 2, "a gzip archive (decompress it first)"},
      {"%PDF", 4, "a PDF document"},
      {"\xD0\xCF\x11\xE0", 4, "an old Excel/Office file (save it as CSV instead)"},
      {"\x7F"
       "ELF",
       4, "a program, not data"},
  };
  for (const Magic& m : kMagic)
    if (starts_with(begin, end, m.bytes, m.size))
      throw DataError(std::string("this is not a CSV file: it is ") + m.what);
  if (starts_with(begin, end, "\xFF\xFE", 2) || starts_with(begin, end, "\xFE\xFF", 2))
    throw DataError("the file is UTF-16 text; save it as UTF-8 CSV");

  const void* nul = std::memchr(begin, '\0', static_cast<std::size_t>(end - begin));
  if (nul != nullptr) {
    const char* at = static_cast<const char*>(nul);
    const std::int64_t row = first_row + std::count(begin, at, '\n');
    throw DataError("the file contains a NUL byte (at byte " + std::to_string(at - begin) +
                        "), so it is binary data or UTF-16 text, not a UTF-8 CSV file",
                    row);
  }
  // Other control characters in bulk also mean binary data.
  const std::size_t n = std::min<std::size_t>(static_cast<std::size_t>(end - begin), 4096);
  std::size_t control = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned char c = static_cast<unsigned char>(begin[i]);
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') ++control;
  }
  if (n > 0 && control * 20 > n)
    throw DataError("the file does not look like text (" + std::to_string(control) +
                    " control characters in its first " + std::to_string(n) + " bytes)");
}

char detect_delimiter(const char* begin, const char* end) {
  const char d = detect_delimiter_or(begin, end, 0);
  if (d == 0)
    throw DataError(
        "found only one column: no comma, semicolon or tab separates the values into "
        "columns (a data set needs at least one feature column and a target column)");
  return d;
}

char detect_delimiter_or(const char* begin, const char* end, char fallback) {
  // The sample ends after the first two lines when they are longer than kSampleBytes: a
  // header of long names cut before its first delimiter would read as one column.
  const char* sample_end = begin + std::min<std::size_t>(static_cast<std::size_t>(end - begin), kSampleBytes);
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
