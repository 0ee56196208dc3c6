#include "data/csv/dot_groups.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <stdexcept>
#include <string>
#include <utility>

#include "data/csv/decorated_number.hpp"

namespace nnplay {
namespace {

constexpr std::size_t kSampleRecords = 200;

struct DotEvidence {
  bool groups = false, maybe_groups = false, decimal = false;
  void add(DotUse use) {
    groups |= use == DotUse::groups;
    maybe_groups |= use == DotUse::maybe_groups;
    decimal |= use == DotUse::decimal;
  }
};

bool has_dot(const CsvField& f) { return std::memchr(f.data, '.', f.size) != nullptr; }

DotUse dot_use_of(const std::string& s) { return dot_use(s.data(), s.data() + s.size()); }

}  // namespace

DotGroups find_dot_groups(Table& table, const std::vector<ColumnCells>& cells, const char* begin, const char* end,
                          std::int64_t first_row, char delimiter) {
  const std::size_t m = table.columns.size();
  DotGroups out;
  out.kept.assign(m, false);
  out.regrouped.resize(m);
  std::vector<DotEvidence> evidence(m);
  for (std::size_t j = 0; j < m; ++j)
    for (const std::string& v : cells[j].values) evidence[j].add(dot_use_of(v));
  std::vector<CsvField> fields;
  CsvReader sample(begin, end, delimiter, first_row);
  for (std::size_t n = 0; n < kSampleRecords && sample.next(fields); ++n) {
    if (fields.size() != m) continue;
    for (std::size_t j = 0; j < m; ++j)
      if (has_dot(fields[j])) evidence[j].add(dot_use_of(field_text(fields[j], delimiter)));
  }
  const bool decimal_points =
      std::any_of(evidence.begin(), evidence.end(), [](const DotEvidence& e) { return e.decimal; });
  std::vector<std::size_t> candidates;
  for (std::size_t j = 0; j < m; ++j)
    if (!evidence[j].decimal && (evidence[j].groups || (evidence[j].maybe_groups && !decimal_points)))
      candidates.push_back(j);
  if (candidates.empty()) return out;

  // The whole of each candidate, as TextColumns::reread_as_text reads it (records of m
  // fields are the table's rows). Its cells' values were looked at above: only the plain
  // values with a '.' are left, which a decimal point parsed.
  std::vector<std::vector<std::pair<std::uint32_t, float>>> values(candidates.size());
  std::vector<bool> decimal(candidates.size(), false);
  CsvReader reader(begin, end, delimiter, first_row);
  std::size_t row = 0;
  while (row < table.rows && reader.next(fields)) {
    if (fields.size() != m) continue;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
      const std::size_t j = candidates[k];
      const CsvField& f = fields[j];
      if (decimal[k] || !has_dot(f) || std::isnan(table.number(row, j))) continue;
      float v;
      NumberDecorations seen;
      if (parse_decorated_number(f.data, f.data + f.size, {true, '.'}, v, seen) == NumberParse::ok &&
          seen.group == ".") {
        if (values[k].empty()) {
          out.regrouped[j].example = field_text(f, delimiter);
          out.regrouped[j].example_value = v;
        }
        values[k].emplace_back(static_cast<std::uint32_t>(row), v);
      } else {
        decimal[k] = true;
        values[k] = {};
      }
    }
    ++row;
  }
  for (std::size_t k = 0; k < candidates.size(); ++k) {
    const std::size_t j = candidates[k];
    if (decimal[k]) {
      out.regrouped[j] = Regrouped();
      continue;
    }
    out.kept[j] = true;
    out.regrouped[j].count = values[k].size();
    if (table.in_bytes()) throw std::logic_error("dot_groups: the table's numbers are bytes");
    for (const auto& rv : values[k]) table.numbers.data()[rv.first * m + j] = rv.second;
  }
  return out;
}

}  // namespace nnplay
