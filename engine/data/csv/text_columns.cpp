#include "data/csv/text_columns.hpp"

#include <string>
#include <utility>

#include "data/csv/dot_groups.hpp"
#include "data/csv/number_columns.hpp"
#include "data/csv/text.hpp"

namespace nnplay {

std::string field_text(const CsvField& f, char delimiter) {
  return to_valid_utf8(f.quoted ? std::string(f.data, f.size) : trimmed(f.data, f.size, delimiter));
}

std::int32_t ColumnCells::intern(std::string value) {
  auto it = index.find(value);
  if (it != index.end()) return it->second;
  const auto code = static_cast<std::int32_t>(values.size());
  index.emplace(value, code);
  values.push_back(std::move(value));
  return code;
}

TextColumns::TextColumns(std::size_t columns, char delimiter) : delimiter_(delimiter), cells_(columns) {}

TextColumns::~TextColumns() = default;

void TextColumns::add(std::size_t column, const CsvField& f, std::size_t row) {
  ColumnCells& t = cells_[column];
  if (is_missing_token(f.data, f.size)) {
    ++t.missing;
    return;
  }
  t.cells.emplace_back(static_cast<std::uint32_t>(row), t.intern(field_text(f, delimiter_)));
}

bool TextColumns::finish(Table& table, const char* begin, const char* end, std::int64_t first_row) {
  const bool decimal_comma = table.csv.decimal_comma;
  if (decimal_comma && begin == nullptr) return false;
  DotGroups dots;
  if (decimal_comma) dots = find_dot_groups(table, cells_, begin, end, first_row, delimiter_);
  std::vector<std::size_t> reread;
  for (std::size_t j = 0; j < cells_.size(); ++j) {
    ColumnCells& t = cells_[j];
    const bool dot_groups = decimal_comma && dots.kept[j];
    if (t.cells.empty() && !dot_groups) continue;
    const NumberSeparators separators{decimal_comma, decimal_comma ? (dot_groups ? '.' : '\0') : ','};
    switch (decide_column(table, j, t, separators, dot_groups ? dots.regrouped[j] : Regrouped())) {
      case ColumnVerdict::numbers: break;
      case ColumnVerdict::text: {
        Column& c = table.columns[j];
        c.text = true;
        c.codes.assign(table.rows, -1);
        for (const auto& cell : t.cells) c.codes[cell.first] = cell.second;
        c.categories = std::move(t.values);
        break;
      }
      case ColumnVerdict::mostly_text: reread.push_back(j); break;
    }
    t = ColumnCells();
  }
  if (reread.empty()) return true;
  if (begin == nullptr) return false;
  reread_as_text(table, reread, begin, end, first_row);
  return true;
}

// Mostly-text columns with some numbers: read again keeping every value's text, so "007"
// stays "007" and class "1" is not confused with "1.0".
void TextColumns::reread_as_text(Table& table, const std::vector<std::size_t>& columns, const char* begin,
                                 const char* end, std::int64_t first_row) const {
  for (std::size_t j : columns) {
    table.columns[j].text = true;
    table.columns[j].codes.assign(table.rows, -1);
  }
  std::vector<ColumnCells> cells(columns.size());
  CsvReader reader(begin, end, delimiter_, first_row);
  std::vector<CsvField> fields;
  std::size_t row = 0;
  while (reader.next(fields) && row < table.rows) {
    if (fields.size() != table.columns.size()) continue;
    for (std::size_t k = 0; k < columns.size(); ++k) {
      const CsvField& f = fields[columns[k]];
      if (is_missing_token(f.data, f.size)) continue;
      table.columns[columns[k]].codes[row] = cells[k].intern(field_text(f, delimiter_));
    }
    ++row;
  }
  for (std::size_t k = 0; k < columns.size(); ++k) table.columns[columns[k]].categories = std::move(cells[k].values);
}

}  // namespace nnplay
