#pragma once
// The first stage of reading a CSV: what its first lines say. Is it text at all, which
// delimiter, decimal comma or point, is the first row a header, how many columns.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "data/csv/csv_options.hpp"
#include "data/data_error.hpp"

namespace nnplay {

class CsvReader;

// What sniff_csv reads of a text: the delimiter from its first kSniffSampleBytes (or its
// first two lines, when longer), the header from its first kSniffRecords records.
constexpr std::size_t kSniffSampleBytes = 64 * 1024;
constexpr std::size_t kSniffRecords = 21;

struct CsvDialect {
  std::size_t bom = 0;  // bytes of a UTF-8 byte-order mark before the text: 0 or 3
  char sep_line = 0;    // the delimiter an Excel "sep=;" first line named, 0 without one
  char delimiter = ',';
  bool decimal_comma = false;
  bool header = true;
  std::vector<std::string> first_record;  // its fields, trimmed: the column names when header
  std::size_t data_offset = 0;            // where the first data record starts in the text
  std::int64_t data_first_row = 1;        // its row in the file, 1-based
  std::size_t columns() const { return first_record.size(); }
};

// Checks that the text is a CSV within the options' limits (not empty, not an image or
// archive, min_columns..max_columns columns) and finds its dialect, taking what the
// options fix as given. Throws DataError naming what is wrong and where.
CsvDialect sniff_csv(std::string_view text, const CsvOptions& options);

// The error for a quoted field the reader found never closed; `names` are the column
// names where known (else "column N").
DataError unterminated_quote(const CsvReader& reader, const std::vector<std::string>& names);

// Throws DataError when the bytes are not a text CSV: an image, archive, PDF, UTF-16
// text, or a NUL byte anywhere (with its row, counted from `first_row` at `begin`).
void check_is_text(const char* begin, const char* end, std::int64_t first_row = 1);

// "comma", "semicolon", "tab", or the character quoted.
std::string delimiter_name(char delimiter);
// The same in a message: a coded word, or the character quoted.
MessageArg delimiter_message(char delimiter);

// Comma, semicolon or tab: the candidate that splits the first records into the same
// number (> 1) of fields; throws DataError when none does.
char detect_delimiter(const char* begin, const char* end);
// The same, but `fallback` instead of an error when no candidate splits the records.
char detect_delimiter_or(const char* begin, const char* end, char fallback);

// True when the first record reads as names over data: all its fields are non-numeric
// text, and some column below holds numbers, or none of its values reappears below.
bool detect_header(const std::vector<std::string>& first, const std::vector<std::vector<std::string>>& following,
                   bool decimal_comma);

}  // namespace nnplay
