#pragma once
// Small text rules of the CSV layer: missing-value tokens, trimming, UTF-8 repair,
// unique column names.
#include <string>
#include <vector>

namespace nnplay {

// Empty, NA, N/A, #N/A, NaN, null or ? (case-insensitive), after trimming spaces.
bool is_missing_token(const char* data, std::size_t size);

// Without leading and trailing spaces (and tabs, unless tab is the delimiter).
std::string trimmed(const char* data, std::size_t size, char delimiter);

// Valid UTF-8 unchanged; otherwise each byte that is not part of a valid sequence is read
// as Windows-1252 (what Excel writes on Windows) and re-encoded, so no text is dropped.
std::string to_valid_utf8(std::string s);

// Empty names become "column N"; repeated names get " (2)", " (3)"...
std::vector<std::string> make_unique_names(std::vector<std::string> names);

}  // namespace nnplay
