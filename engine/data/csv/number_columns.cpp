#include "data/csv/number_columns.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/number_format.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

constexpr std::size_t kRowsListed = 5;

// What one distinct value of a column reads as: small, as a column may have millions.
struct Reading {
  enum class Kind : std::uint8_t { number, special, text };
  float value = 0;
  Kind kind = Kind::text;
  SpecialNumber special = SpecialNumber::none;
  std::uint8_t decorations = 0;  // how many kinds (thousands, currency, percent, parentheses)
  bool percent = false;
};

// The decorations of all the numbers of a column, for its note.
struct ColumnDecorations {
  std::vector<std::string> groups, currencies;
  bool percent = false, parentheses = false;

  void add(const NumberDecorations& d) {
    add_new(groups, d.group);
    add_new(currencies, d.currency);
    percent |= d.percent;
    parentheses |= d.parentheses;
  }
  static void add_new(std::vector<std::string>& list, const std::string& item) {
    if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
  }
};

Reading read_value(const std::string& s, NumberSeparators separators, ColumnDecorations& decorations) {
  Reading r;
  const char* b = s.data();
  const char* e = b + s.size();
  if (std::any_of(b, e, [](char c) { return c >= '0' && c <= '9'; })) {
    NumberDecorations seen;
    const NumberParse result = parse_decorated_number(b, e, separators, r.value, seen);
    if (result == NumberParse::ok) {
      r.kind = Reading::Kind::number;
      r.decorations =
          static_cast<std::uint8_t>(!seen.group.empty() + !seen.currency.empty() + seen.percent + seen.parentheses);
      r.percent = seen.percent;
      decorations.add(seen);
      return r;
    }
    if (result == NumberParse::out_of_range) r.special = SpecialNumber::out_of_range;
  }
  if (r.special == SpecialNumber::none) r.special = special_token(b, e);  // "#DIV/0!" has a digit
  if (r.special != SpecialNumber::none) r.kind = Reading::Kind::special;
  return r;
}

// "column "salary" (2): read as numbers after removing thousands separators "," and the
// currency sign "$" ("$45,000" → 45000)".
Message decorations_note(const Message& column, const ColumnDecorations& d, const std::string& example,
                         float example_value) {
  std::vector<MessageArg> removed;
  // Spaces, no-break spaces and ’ are not worth quoting.
  const auto& groups = d.groups;
  if (groups.size() == 1 && (groups[0] == "," || groups[0] == "." || groups[0] == "'"))
    removed.emplace_back(Message("csv.removed_separator").with("separator", quoted(groups[0])));
  else if (!groups.empty())
    removed.emplace_back(Message("csv.removed_separators"));
  if (!d.currencies.empty()) {
    std::vector<MessageArg> signs;
    for (const std::string& c : d.currencies) signs.push_back(quoted(c));
    removed.emplace_back(Message(signs.size() == 1 ? "csv.removed_currency_sign" : "csv.removed_currency_signs")
                             .with("signs", list_message(std::move(signs), ListStyle::and_last)));
  }
  if (d.parentheses) removed.emplace_back(Message("csv.removed_parentheses"));
  const char* code = removed.empty() ? "csv.read_percentages"
                     : d.percent     ? "csv.read_decorated_percentages"
                                     : "csv.read_decorated";
  Message note(code);
  note.with("column", column);
  if (!removed.empty()) note.with("removed", list_message(std::move(removed), ListStyle::and_last));
  return std::move(note).with("example", quoted(example)).with("value", format_number(example_value));
}

const char* special_what(SpecialNumber s) {
  switch (s) {
    case SpecialNumber::infinite: return "csv.special_infinite";
    case SpecialNumber::out_of_range: return "csv.special_out_of_range";
    case SpecialNumber::spreadsheet_error: return "csv.special_spreadsheet_error";
    case SpecialNumber::none: break;
  }
  return "csv.special_not_a_number";
}

}  // namespace

ColumnVerdict decide_column(Table& table, std::size_t column, const ColumnCells& cells, NumberSeparators separators,
                            const Regrouped& regrouped) {
  ColumnDecorations decorations;
  if (regrouped.count > 0) decorations.groups.push_back(".");
  std::vector<Reading> readings;
  readings.reserve(cells.values.size());
  for (const std::string& v : cells.values) readings.push_back(read_value(v, separators, decorations));

  const std::size_t m = table.columns.size();
  // A text field wrote NaN: the reader then made the numbers floats (table_reader.hpp).
  if (table.in_bytes()) throw std::logic_error("decide_column: the table's numbers are bytes");
  float* values = table.numbers.data() + column;  // row r at values[r * m]
  const std::size_t plain = table.rows - cells.cells.size() - cells.missing;
  std::size_t decorated = 0, text = 0, percent = 0, not_percent = 0;
  std::size_t specials = 0;
  std::vector<std::size_t> specials_listed;  // indices into cells.cells of the first few
  const std::pair<std::uint32_t, std::int32_t>* first_text = nullptr;
  const std::pair<std::uint32_t, std::int32_t>* first_percent = nullptr;
  const std::pair<std::uint32_t, std::int32_t>* example = nullptr;
  for (std::size_t i = 0; i < cells.cells.size(); ++i) {
    const auto& cell = cells.cells[i];
    const Reading& r = readings[static_cast<std::size_t>(cell.second)];
    if (r.kind == Reading::Kind::text) {
      ++text;
      if (first_text == nullptr) first_text = &cell;
    } else if (r.kind == Reading::Kind::special) {
      if (specials++ <= kRowsListed) specials_listed.push_back(i);
    } else {
      ++decorated;
      if (r.percent) {
        ++percent;
        if (first_percent == nullptr) first_percent = &cell;
      } else if (r.value != 0) {
        ++not_percent;
      }
      if (r.decorations > 0 &&
          (example == nullptr || r.decorations > readings[static_cast<std::size_t>(example->second)].decorations))
        example = &cell;
    }
  }
  const std::size_t numbers = plain + decorated;
  if (text > 0 && numbers == 0) return ColumnVerdict::text;
  if (text > numbers) return ColumnVerdict::mostly_text;

  // Percentages beside plain numbers other than 0: one of the two is on the wrong scale.
  // (The table holds only the plain values yet.)
  std::size_t not_percent_numbers = not_percent;
  if (percent > 0)
    for (std::size_t r = 0; r < table.rows; ++r)
      not_percent_numbers += !std::isnan(values[r * m]) && values[r * m] != 0;

  Column& c = table.columns[column];
  const Message name = column_message(c.name, column);
  for (const auto& cell : cells.cells) {
    const Reading& r = readings[static_cast<std::size_t>(cell.second)];
    if (r.kind == Reading::Kind::number) values[cell.first * m] = r.value;
  }
  // The example: a plain value read again ("45.000" → 45000, what a reader may doubt),
  // unless a cell shows more than one kind of decoration ("1.234,50 €").
  const Reading* shown = example != nullptr ? &readings[static_cast<std::size_t>(example->second)] : nullptr;
  if (regrouped.count > 0 && (shown == nullptr || shown->decorations <= 1))
    table.csv.add_warning(decorations_note(name, decorations, regrouped.example, regrouped.example_value));
  else if (shown != nullptr)
    table.csv.add_warning(
        decorations_note(name, decorations, cells.values[static_cast<std::size_t>(example->second)], shown->value));
  if (specials > 0) {
    const auto& first = cells.cells[specials_listed[0]];
    const auto code = static_cast<std::size_t>(first.second);
    Message w(specials == 1 ? "csv.special_value" : specials == 2 ? "csv.special_values_one" : "csv.special_values");
    w.with("column", name)
        .with("row", table.file_row(first.first))
        .with("value", quoted(cells.values[code]))
        .with("what", Message(special_what(readings[code].special)));
    if (specials > 1) {
      std::vector<MessageArg> rows;
      for (std::size_t k = 1; k < specials_listed.size(); ++k)
        rows.emplace_back(table.file_row(cells.cells[specials_listed[k]].first));
      MessageArg listed = list_message(std::move(rows));
      if (specials > specials_listed.size()) listed = Message("list.more").with("items", std::move(listed));
      w.with("count", specials - 1).with("rows", std::move(listed));
    }
    table.csv.add_warning(std::move(w));
  }

  if (first_text != nullptr) {
    c.set_problem(Message("csv.not_a_number")
                      .with("value", quoted(cells.values[static_cast<std::size_t>(first_text->second)]))
                      .with("numbers", numbers)
                      .with("others", text),
                  table.file_row(first_text->first));
  } else if (percent > 0 && not_percent_numbers > 0) {
    const std::size_t n = not_percent_numbers;
    c.set_problem(Message(n == 1 ? "csv.percent_mixed_one" : "csv.percent_mixed")
                      .with("value", quoted(cells.values[static_cast<std::size_t>(first_percent->second)]))
                      .with("count", n),
                  table.file_row(first_percent->first));
  }
  return ColumnVerdict::numbers;
}

}  // namespace nnplay
