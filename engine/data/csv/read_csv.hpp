#pragma once
// CSV text -> Table: RFC 4180 with the dialects people actually export (Excel, Sheets,
// pandas, R, Kaggle). Every refusal is a DataError naming the row, column and value.
#include <string>
#include <string_view>

#include "data/csv/csv_options.hpp"
#include "data/csv/sniff.hpp"
#include "data/table.hpp"

namespace nnplay {

// The two stages: sniff_csv (sniff.hpp) finds the dialect from the first lines, then
// read_table reads every record into a Table and infers each column's type.
Table read_table(std::string_view text, const CsvDialect& dialect, const CsvOptions& options = {});

// Both stages: read_table(text, sniff_csv(text, options), options).
Table parse_csv(std::string_view text, const CsvOptions& options = {});

// Reads and parses a file; its size is checked against the limits before it is read.
Table read_csv_file(const std::string& path, const CsvOptions& options = {});

// Throws DataError unless `path` names a regular file (not a directory, a device or a
// pipe, whose size cannot be checked before reading); `what` names what it should hold.
void check_regular_file(const std::string& path, const std::string& what);

}  // namespace nnplay
