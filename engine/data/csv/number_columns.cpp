#include "data/csv/number_columns.hpp"

#include <algorithm>
#include <cmath>
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

std::string join(const std::vector<std::string>& parts) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i)
    out += (i == 0 ? "" : i + 1 == parts.size() ? " and " : ", ") + parts[i];
  return out;
}

// "column "salary" (2): read as numbers after removing thousands separators "," and the
// currency sign "$" ("$45,000" → 45000)".
std::string decorations_note(const std::string& column, const ColumnDecorations& d, const std::string& example,
                             float example_value) {
  std::vector<std::string> removed;
  // Spaces, no-break spaces and ’ are not worth quoting.
  const auto& groups = d.groups;
  if (groups.size() == 1 && (groups[0] == "," || groups[0] == "." || groups[0] == "'"))
    removed.push_back("thousands separators " + quote_value(groups[0]));
  else if (!groups.empty())
    removed.push_back("thousands separators");
  if (!d.currencies.empty()) {
    std::vector<std::string> quoted;
    for (const std::string& c : d.currencies) quoted.push_back(quote_value(c));
    removed.push_back((quoted.size() == 1 ? "the currency sign " : "the currency signs ") + join(quoted));
  }
  if (d.parentheses) removed.push_back("the parentheses around negative numbers");
  std::string note = column + ": ";
  if (!removed.empty()) note += "read as numbers after removing " + join(removed);
  if (d.percent) note += std::string(removed.empty() ? "" : "; ") + "percentages read as fractions";
  return note + " (" + quote_value(example) + " → " + format_number(example_value) + ")";
}

std::string special_what(SpecialNumber s) {
  switch (s) {
    case SpecialNumber::infinite: return "is infinite";
    case SpecialNumber::out_of_range: return "is beyond the float range (±3.4e38)";
    case SpecialNumber::spreadsheet_error: return "is a spreadsheet error";
    case SpecialNumber::none: break;
  }
  return "is not a number";
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
  const std::string name = describe_column(c.name, column);
  for (const auto& cell : cells.cells) {
    const Reading& r = readings[static_cast<std::size_t>(cell.second)];
    if (r.kind == Reading::Kind::number) values[cell.first * m] = r.value;
  }
  // The example: a plain value read again ("45.000" → 45000, what a reader may doubt),
  // unless a cell shows more than one kind of decoration ("1.234,50 €").
  const Reading* shown = example != nullptr ? &readings[static_cast<std::size_t>(example->second)] : nullptr;
  if (regrouped.count > 0 && (shown == nullptr || shown->decorations <= 1))
    table.csv.warnings.push_back(decorations_note(name, decorations, regrouped.example, regrouped.example_value));
  else if (shown != nullptr)
    table.csv.warnings.push_back(
        decorations_note(name, decorations, cells.values[static_cast<std::size_t>(example->second)], shown->value));
  if (specials > 0) {
    const auto& first = cells.cells[specials_listed[0]];
    const auto code = static_cast<std::size_t>(first.second);
    std::string w = name + ", row " + std::to_string(table.file_row(first.first)) + ": " +
                    quote_value(cells.values[code]) + " " + special_what(readings[code].special) +
                    "; treated as missing";
    if (specials > 1) {
      w +=
          ", as are " + std::to_string(specials - 1) + " more " + (specials == 2 ? "value in row " : "values in rows ");
      for (std::size_t k = 1; k < specials_listed.size(); ++k)
        w += (k > 1 ? ", " : "") + std::to_string(table.file_row(cells.cells[specials_listed[k]].first));
      if (specials > specials_listed.size()) w += ", ...";
    }
    table.csv.warnings.push_back(std::move(w));
  }

  if (first_text != nullptr) {
    c.problem = quote_value(cells.values[static_cast<std::size_t>(first_text->second)]) + " is not a number (" +
                std::to_string(numbers) + " values in this column are numbers, " + std::to_string(text) +
                " are not: fix the value, make it empty to mark it missing, or ignore the column)";
    c.problem_row = table.file_row(first_text->first);
  } else if (percent > 0 && not_percent_numbers > 0) {
    const std::size_t n = not_percent_numbers;
    c.problem =
        quote_value(cells.values[static_cast<std::size_t>(first_percent->second)]) + " is a percentage, but " +
        std::to_string(n) +
        (n == 1 ? " other value in this column is a plain number" : " other values in this column are plain numbers") +
        ": write every value with \"%\" or none, or ignore the column";
    c.problem_row = table.file_row(first_percent->first);
  }
  return ColumnVerdict::numbers;
}

}  // namespace nnplay
