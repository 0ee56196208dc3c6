#include "data/table.hpp"

#include "core/own_call.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <numeric>

#include "core/number_format.hpp"
#include "data/csv/text.hpp"

namespace nnplay {
namespace {

// Text columns with at least this many rows, all distinct, are identifiers (names, ids).
constexpr std::size_t kIdentifierMinRows = 20;
// Integer columns spanning at most this many values have their distinct values counted
// with a bitmap in one row-wise pass (pixels, codes); others by sorting a copy.
constexpr double kBitmapRange = 4096;

void infer_text_column(Column& c, std::size_t rows) {
  std::vector<std::size_t> count(c.categories.size(), 0);
  c.missing = 0;
  for (std::int32_t code : c.codes) {
    if (code < 0)
      ++c.missing;
    else
      ++count[static_cast<std::size_t>(code)];
  }
  // Sorted categories, unused ones (from skipped rows) removed.
  std::vector<std::int32_t> order;
  for (std::size_t i = 0; i < count.size(); ++i)
    if (count[i] > 0) order.push_back(static_cast<std::int32_t>(i));
  std::sort(order.begin(), order.end(),
            [&](std::int32_t a, std::int32_t b) { return c.categories[a] < c.categories[b]; });
  std::vector<std::int32_t> remap(c.categories.size(), -1);
  std::vector<std::string> sorted;
  for (std::size_t i = 0; i < order.size(); ++i) {
    remap[static_cast<std::size_t>(order[i])] = static_cast<std::int32_t>(i);
    sorted.push_back(std::move(c.categories[static_cast<std::size_t>(order[i])]));
  }
  for (auto& code : c.codes)
    if (code >= 0) code = remap[static_cast<std::size_t>(code)];
  c.categories = std::move(sorted);
  c.distinct = c.categories.size();
  const std::size_t present = rows - c.missing;
  if (c.distinct == 0)
    c.type = ColumnType::empty;
  else if (c.distinct == 1)
    c.type = ColumnType::constant;
  else if (present >= kIdentifierMinRows && c.distinct == present)
    c.type = ColumnType::identifier;
  else
    c.type = ColumnType::categorical;
}

void finish_numeric_column(Column& c, std::size_t rows, double sum) {
  const std::size_t present = rows - c.missing;
  c.mean = present > 0 ? sum / static_cast<double>(present) : 0.0;
  if (present == 0)
    c.type = ColumnType::empty;
  else if (c.distinct == 1)
    c.type = ColumnType::constant;
  else if (present >= kIdentifierMinRows && c.counts_rows)
    c.type = ColumnType::identifier;  // 1, 2, 3, ...: a row counter
  else
    c.type = ColumnType::numeric;
}

}  // namespace

const char* to_string(ColumnType type) {
  switch (type) {
    case ColumnType::numeric: return "numeric";
    case ColumnType::categorical: return "categorical";
    case ColumnType::constant: return "constant";
    case ColumnType::identifier: return "identifier";
    case ColumnType::empty: return "empty";
  }
  return "unknown";
}

int Table::find_column(const std::string& name) const {
  for (std::size_t i = 0; i < columns.size(); ++i)
    if (columns[i].name == name) return static_cast<int>(i);
  return -1;
}

std::string Table::text(std::size_t row, std::size_t column) const {
  const Column& c = columns[column];
  if (c.text) return c.codes[row] < 0 ? std::string() : c.categories[static_cast<std::size_t>(c.codes[row])];
  const float v = number(row, column);
  return std::isnan(v) ? std::string() : format_number(v);
}

Table make_numeric_table(std::string name, std::vector<std::string> names, std::vector<float> values) {
  Table t;
  t.name = std::move(name);
  for (auto& n : make_unique_names(std::move(names))) {
    Column c;
    c.name = std::move(n);
    t.columns.push_back(std::move(c));
  }
  t.rows = t.columns.empty() ? 0 : values.size() / t.columns.size();
  t.numbers = Eigen::Map<const TableNumbers>(values.data(), static_cast<Eigen::Index>(t.columns.size()),
                                             static_cast<Eigen::Index>(t.rows));
  t.file_rows.resize(t.rows);
  std::iota(t.file_rows.begin(), t.file_rows.end(), std::int64_t{2});  // as if under a header
  const std::size_t shown = std::min<std::size_t>(t.rows, 10);
  for (std::size_t r = 0; r < shown; ++r) {
    std::vector<std::string> row;
    for (std::size_t c = 0; c < t.columns.size(); ++c) row.push_back(t.text(r, c));
    t.preview.push_back(std::move(row));
  }
  infer_column_types(t);
  return t;
}

namespace {

// Per-column statistics of numeric rows: missing, min, max, sum, whether all values are
// whole. add() is written without branches or floating-point selects, which
// -ftrapping-math (GCC's default) keeps from vectorizing: NaN is masked with integer
// operations, and min and max are taken on floats mapped to integers of the same order.
struct RowStatistics {
  explicit RowStatistics(std::size_t m)
      : lo(m, INT32_MAX), hi(m, INT32_MIN), total(m, 0.0), missing(m, 0), fractional(m, 0), partial_(m, 0.0f) {}

  void add(const float* row) {
    add_row(row, lo.size(), lo.data(), hi.data(), partial_.data(), missing.data(), fractional.data());
    if (++partial_rows_ == kPartialRows) flush();
  }
  // Call once after the last row: total is then complete.
  void flush() {
    for (std::size_t k = 0; k < total.size(); ++k) total[k] += static_cast<double>(partial_[k]) * kPartialRows;
    std::fill(partial_.begin(), partial_.end(), 0.0f);
    partial_rows_ = 0;
  }

  std::vector<std::int32_t> lo, hi;
  std::vector<double> total;
  std::vector<std::uint32_t> missing, fractional;

 private:
  // Sums go in float over a few rows, then into double: all lanes of the row loop are
  // then 32 bits wide (twice the values per vector), and a sum of kPartialRows floats
  // keeps about 6 digits, which the mean (shown, and a shift for later sums) needs.
  // Each value is added divided by kPartialRows (a power of two: exact), so that even
  // the largest floats cannot overflow the float sum.
  static constexpr int kPartialRows = 16;
  std::vector<float> partial_;
  int partial_rows_ = 0;

  // On x86-64 Linux (GCC), also an AVX2 version, chosen at load time when the CPU has it:
  // the default build targets plain x86-64 (SSE2), which has half the vector width.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__) && defined(__GLIBC__)
  __attribute__((target_clones("avx2", "default")))
#endif
  NNPLAY_OWN_CALL static void
  add_row(const float* __restrict row, std::size_t m, std::int32_t* __restrict lo, std::int32_t* __restrict hi,
          float* __restrict total, std::uint32_t* __restrict missing, std::uint32_t* __restrict fractional) {
    constexpr float kTwo23 = 8388608.0f;  // floats at or above 2^23 are whole numbers
    for (std::size_t k = 0; k < m; ++k) {
      const float v = row[k];
      std::int32_t bits;
      std::memcpy(&bits, &v, sizeof bits);
      const std::uint32_t present = (bits & 0x7fffffff) <= 0x7f800000;  // not NaN
      const std::int32_t keep = -static_cast<std::int32_t>(present);    // all ones when present
      const std::int32_t xbits = bits & keep;                           // NaN -> 0
      float x;
      std::memcpy(&x, &xbits, sizeof x);
      missing[k] += 1u - present;
      total[k] += x * (1.0f / kPartialRows);
      const std::int32_t ordered = bits ^ ((bits >> 31) & 0x7fffffff);
      const std::int32_t for_min = (ordered & keep) | (INT32_MAX & ~keep);
      const std::int32_t for_max = (ordered & keep) | (INT32_MIN & ~keep);
      lo[k] = for_min < lo[k] ? for_min : lo[k];
      hi[k] = for_max > hi[k] ? for_max : hi[k];
      const float a = std::fabs(x);
      const float rounded = (a + kTwo23) - kTwo23;  // a rounded to a whole number
      fractional[k] |= static_cast<std::uint32_t>(a < kTwo23) & static_cast<std::uint32_t>(rounded != a);
    }
  }
};

// Whether column j's values, missing ones skipped, go up by one from row to row (a row
// counter). Only columns whose range is exactly their count are looked at, once.
bool counts_rows(const Table& table, std::size_t j) {
  const Column& c = table.columns[j];
  const std::size_t present = table.rows - c.missing;
  if (!c.integer_valued || present == 0 || c.max - c.min != static_cast<double>(present - 1)) return false;
  bool seen = false;
  float previous = 0;
  for (std::size_t r = 0; r < table.rows; ++r) {
    const float v = table.number(r, j);
    if (std::isnan(v)) continue;
    if (seen && v != previous + 1.0f) return false;
    previous = v;
    seen = true;
  }
  return true;
}

// A column of a row, bytes: the smallest, the largest, the sum.
NNPLAY_OWN_CALL void add_byte_row(const std::uint8_t* __restrict row, std::size_t m, std::uint8_t* __restrict lo,
                                  std::uint8_t* __restrict hi, std::uint32_t* __restrict sum) {
  for (std::size_t k = 0; k < m; ++k) {
    lo[k] = std::min(lo[k], row[k]);
    hi[k] = std::max(hi[k], row[k]);
    sum[k] += row[k];
  }
}

// RowStatistics' figures for a table in bytes, on the bytes: whole numbers 0-255, none
// missing, whose float sums of 16 rows are exact, so the total is the exact sum here too.
void byte_statistics(const Table& table, RowStatistics& s) {
  const std::size_t m = table.columns.size();
  std::vector<std::uint8_t> lo(m, 255), hi(m, 0);
  std::vector<std::uint32_t> sum(m, 0);
  constexpr std::size_t kRowsPerSum = std::size_t{1} << 24;  // 255 of each: below 2^32
  for (std::size_t r = 0; r < table.rows; ++r) {
    add_byte_row(table.bytes.data() + r * m, m, lo.data(), hi.data(), sum.data());
    if ((r + 1) % kRowsPerSum == 0 || r + 1 == table.rows) {
      for (std::size_t k = 0; k < m; ++k) s.total[k] += static_cast<double>(sum[k]);
      std::fill(sum.begin(), sum.end(), 0);
    }
  }
  for (std::size_t k = 0; k < m; ++k) {
    const float low = lo[k], high = hi[k];  // non-negative: ordered as their bits
    std::memcpy(&s.lo[k], &low, sizeof low);
    std::memcpy(&s.hi[k], &high, sizeof high);
  }
}

double from_ordered(std::int32_t ordered) {
  const std::int32_t bits = ordered ^ ((ordered >> 31) & 0x7fffffff);
  float v;
  std::memcpy(&v, &bits, sizeof v);
  return v;
}

// Distinct values of integer columns spanning a small range are counted with a bitmap
// (pixels, codes); of the other numeric columns with a small hash set per column,
// up to kDistinctCap. All row by row, the buffer's order, stopping once every column is
// past the cap.
void count_distinct(Table& table, const std::vector<std::size_t>& numeric_columns) {
  const std::size_t rows = table.rows;
  constexpr std::size_t kBitmapBudget = std::size_t{1} << 26;
  std::vector<std::size_t> bitmap_columns, bitmap_offset, hashed_columns;
  std::size_t bitmap_size = 0;
  for (std::size_t j : numeric_columns) {
    Column& c = table.columns[j];
    c.distinct = 0;
    if (c.missing == rows) continue;
    const double range = c.max - c.min + 1;
    if (c.integer_valued && range <= kBitmapRange && bitmap_size + static_cast<std::size_t>(range) <= kBitmapBudget) {
      bitmap_columns.push_back(j);
      bitmap_offset.push_back(bitmap_size);
      bitmap_size += static_cast<std::size_t>(range);
    } else {
      hashed_columns.push_back(j);
    }
  }
  if (!bitmap_columns.empty()) {
    std::vector<unsigned char> seen(bitmap_size, 0);
    std::vector<float> base;
    for (std::size_t j : bitmap_columns) base.push_back(static_cast<float>(table.columns[j].min));
    // A column whose every value in its range has been seen is done: it leaves the
    // active list (pixel columns fill up long before the last row).
    std::vector<std::size_t> found(bitmap_columns.size(), 0), width(bitmap_columns.size());
    std::vector<std::size_t> active;  // positions k in bitmap_columns
    for (std::size_t k = 0; k < bitmap_columns.size(); ++k) {
      width[k] = static_cast<std::size_t>(table.columns[bitmap_columns[k]].max - base[k]) + 1;
      active.push_back(k);
    }
    const auto add_row = [&](std::size_t r) NNPLAY_OWN_CALL {
      for (std::size_t a = 0; a < active.size();) {
        const std::size_t k = active[a];
        const float v = table.number(r, bitmap_columns[k]);
        if (!std::isnan(v)) {
          unsigned char& bit = seen[bitmap_offset[k] + static_cast<std::size_t>(v - base[k])];
          if (bit == 0) {
            bit = 1;
            if (++found[k] == width[k]) {
              active[a] = active.back();
              active.pop_back();
              continue;
            }
          }
        }
        ++a;
      }
    };
    for (std::size_t r = 0; r < rows && !active.empty(); ++r) add_row(r);
    for (std::size_t k = 0; k < bitmap_columns.size(); ++k) table.columns[bitmap_columns[k]].distinct = found[k];
  }
  if (hashed_columns.empty()) return;
  constexpr int kSlotBits = 11;  // 2048 slots: at most half full below the cap
  constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;
  constexpr std::uint32_t kEmpty = 0x7FFFFFFFu;  // a NaN pattern: never a value here
  std::vector<std::uint32_t> slots(hashed_columns.size() * kSlots, kEmpty);
  std::vector<std::size_t> active(hashed_columns.size());
  for (std::size_t k = 0; k < active.size(); ++k) active[k] = k;
  const auto add_row = [&](std::size_t r) NNPLAY_OWN_CALL {
    for (std::size_t a = 0; a < active.size();) {
      const std::size_t k = active[a];
      Column& c = table.columns[hashed_columns[k]];
      float v = table.number(r, hashed_columns[k]);
      if (std::isnan(v)) {
        ++a;
        continue;
      }
      if (v == 0) v = 0;  // -0 and +0 are one value
      std::uint32_t bits;
      std::memcpy(&bits, &v, sizeof bits);
      std::uint32_t* set = &slots[k * kSlots];
      std::size_t i = (bits * 2654435761u) >> (32 - kSlotBits);
      while (set[i] != kEmpty && set[i] != bits) i = (i + 1) & (kSlots - 1);
      if (set[i] == kEmpty) {
        set[i] = bits;
        if (++c.distinct > kDistinctCap) {
          active[a] = active.back();  // saturated: stop looking at this column
          active.pop_back();
          continue;
        }
      }
      ++a;
    }
  };
  for (std::size_t r = 0; r < rows && !active.empty(); ++r) add_row(r);
}

}  // namespace

NNPLAY_OWN_CALL void bytes_to_floats(const std::uint8_t* in, float* out, std::size_t n) {
  for (std::size_t j = 0; j < n; ++j) out[j] = static_cast<float>(in[j]);
}

void infer_column_types(Table& table) {
  const std::size_t cols = table.columns.size();
  const std::size_t rows = table.rows;
  std::vector<double> sum(cols, 0.0);
  std::vector<std::size_t> numeric_columns;
  for (std::size_t j = 0; j < cols; ++j) {
    Column& c = table.columns[j];
    if (c.text) {
      infer_text_column(c, rows);
      continue;
    }
    numeric_columns.push_back(j);
  }
  if (numeric_columns.empty()) return;

  // Row by row (the buffer's order), into compact per-column arrays.
  const std::size_t m = numeric_columns.size();
  const bool contiguous = m == cols;
  RowStatistics s(m);
  if (table.in_bytes() && contiguous) {
    byte_statistics(table, s);
  } else {
    std::vector<float> gathered(contiguous ? 0 : m), scratch(table.in_bytes() ? cols : 0);
    for (std::size_t r = 0; r < rows; ++r) {
      const float* row = table.row(r, scratch.data());
      if (!contiguous) {
        for (std::size_t k = 0; k < m; ++k) gathered[k] = row[numeric_columns[k]];
        row = gathered.data();
      }
      s.add(row);
    }
    s.flush();
  }
  for (std::size_t k = 0; k < m; ++k) {
    Column& c = table.columns[numeric_columns[k]];
    c.missing = s.missing[k];
    c.min = c.missing == rows ? 0 : from_ordered(s.lo[k]);
    c.max = c.missing == rows ? 0 : from_ordered(s.hi[k]);
    c.integer_valued = c.missing < rows && !s.fractional[k];
    c.counts_rows = counts_rows(table, numeric_columns[k]);
    sum[numeric_columns[k]] = s.total[k];
  }
  count_distinct(table, numeric_columns);
  for (std::size_t j : numeric_columns) finish_numeric_column(table.columns[j], rows, sum[j]);
}

}  // namespace nnplay
