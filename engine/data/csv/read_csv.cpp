#include "data/csv/read_csv.hpp"

#include "data/csv/sniff.hpp"
#include "data/csv/table_reader.hpp"

namespace nnplay {

Table read_table(std::string_view text, const CsvDialect& dialect, const CsvOptions& options) {
  const char* end = text.data() + text.size();
  TableReader reader(dialect, options, text.size() - dialect.bom, count_lines(text.data() + dialect.bom, end));
  Table table = reader.read_text(text.data() + dialect.data_offset, end);
  table.csv.bytes = text.size();
  return table;
}

Table parse_csv(std::string_view text, const CsvOptions& options) {
  return read_table(text, sniff_csv(text, options), options);
}

}  // namespace nnplay
