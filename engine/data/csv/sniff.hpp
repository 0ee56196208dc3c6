#pragma once
// Guesses about a CSV made from its first lines: is it text at all, which delimiter,
// is the first row a header.
#include <string>
#include <vector>

namespace nnplay {

// Throws DataError when the bytes are not a text CSV: an image, archive, PDF, UTF-16
// text, or a NUL byte anywhere (with its row).
void check_is_text(const char* begin, const char* end);

// Comma, semicolon or tab: the candidate that splits the first records into the same
// number (> 1) of fields; throws DataError when none does.
char detect_delimiter(const char* begin, const char* end);
// The same, but `fallback` instead of an error when no candidate splits the records.
char detect_delimiter_or(const char* begin, const char* end, char fallback);

// True when the first record reads as names over data: all its fields are non-numeric
// text, and some column below holds numbers, or none of its values reappears below.
bool detect_header(const std::vector<std::string>& first,
                   const std::vector<std::vector<std::string>>& following, bool decimal_comma);

}  // namespace nnplay
