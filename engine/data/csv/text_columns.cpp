#include "data/csv/text_columns.hpp"

#include <string>
#include <unordered_map>
#include <utility>

#include "data/csv/text.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

// A field's value as text: quoted fields as they are, others trimmed; valid UTF-8.
std::string field_text(const CsvField& f, char delimiter) {
  return to_valid_utf8(f.quoted ? std::string(f.data, f.size) : trimmed(f.data, f.size, delimiter));
}

}  // namespace

// One column's fields that are not numbers, each value interned as a code.
struct TextColumns::Cells {
  std::unordered_map<std::string, std::int32_t> index;
  std::vector<std::string> values;
  std::vector<std::pair<std::uint32_t, std::int32_t>> cells;  // (row, code)
  std::size_t missing = 0;
  std::int64_t first_row = 0;
  std::string first_value;

  std::int32_t intern(std::string value) {
    auto it = index.find(value);
    if (it != index.end()) return it->second;
    const auto code = static_cast<std::int32_t>(values.size());
    index.emplace(value, code);
    values.push_back(std::move(value));
    return code;
  }
};

TextColumns::TextColumns(std::size_t columns, char delimiter) : delimiter_(delimiter), cells_(columns) {}

TextColumns::~TextColumns() = default;

void TextColumns::add(std::size_t column, const CsvField& f, std::size_t row, std::int64_t file_row) {
  Cells& t = cells_[column];
  if (is_missing_token(f.data, f.size)) {
    ++t.missing;
    return;
  }
  std::string value = field_text(f, delimiter_);
  if (t.cells.empty()) {
    t.first_row = file_row;
    t.first_value = value;
  }
  t.cells.emplace_back(static_cast<std::uint32_t>(row), t.intern(std::move(value)));
}

void TextColumns::finish(Table& table, const char* begin, const char* end, std::int64_t first_row) {
  std::vector<std::size_t> reread;
  for (std::size_t j = 0; j < cells_.size(); ++j) {
    Cells& t = cells_[j];
    Column& c = table.columns[j];
    if (t.cells.empty()) continue;
    const std::size_t text = t.cells.size();
    const std::size_t numbers = table.rows - text - t.missing;
    if (numbers == 0) {
      c.text = true;
      c.codes.assign(table.rows, -1);
      for (const auto& cell : t.cells) c.codes[cell.first] = cell.second;
      c.categories = std::move(t.values);
    } else if (numbers >= text) {
      c.problem = quote_value(t.first_value) + " is not a number (" + std::to_string(numbers) +
                  " values in this column are numbers, " + std::to_string(text) +
                  " are not: fix the value, make it empty to mark it missing, or ignore the column)";
      c.problem_row = t.first_row;
    } else {
      reread.push_back(j);
    }
    t = Cells();
  }
  if (!reread.empty()) reread_as_text(table, reread, begin, end, first_row);
}

// Mostly-text columns with some numbers: read again keeping every value's text, so "007"
// stays "007" and class "1" is not confused with "1.0".
void TextColumns::reread_as_text(Table& table, const std::vector<std::size_t>& columns, const char* begin,
                                 const char* end, std::int64_t first_row) const {
  for (std::size_t j : columns) {
    table.columns[j].text = true;
    table.columns[j].codes.assign(table.rows, -1);
  }
  std::vector<Cells> cells(columns.size());
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
