#pragma once
// A parsed CSV (or a generated data set) as typed columns, before any choice of target,
// encoding or split. Numbers of all columns share one row-major buffer, so the numeric
// part of a row is contiguous (rows x columns row-major = columns x rows column-major).
#include <cmath>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <Eigen/Core>

#include "core/message.hpp"

namespace nnplay {

// The numbers of a table: one column of this matrix per table row (columns x rows
// column-major, which is rows x columns row-major). An Eigen matrix, not a std::vector,
// so that build_dataset can turn a table it is given into the training matrix in place.
// Always float, whatever the network's Scalar.
using TableNumbers = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic>;
// The same numbers when every one is a whole number 0-255 (pictures): a quarter of the
// memory. Made by the IDX reader and by the CSV reader from pieces (csv_stream.hpp).
using TableBytes = Eigen::Matrix<std::uint8_t, Eigen::Dynamic, Eigen::Dynamic>;

enum class ColumnType {
  numeric,      // numbers
  categorical,  // strings (or numbers in a mostly-text column)
  constant,     // one distinct value: carries no information
  identifier,   // every value distinct (names, ids, a row counter)
  empty,        // every value missing
};
const char* to_string(ColumnType type);

constexpr std::size_t kDistinctCap = 1000;

struct Column {
  std::string name;
  ColumnType type = ColumnType::numeric;
  bool text = false;                    // values are strings: codes + categories
  std::vector<std::string> categories;  // text: code -> value, sorted
  std::vector<std::int32_t> codes;      // text: one per row, -1 when missing
  std::size_t missing = 0;
  std::size_t distinct = 0;           // distinct non-missing values, counted up to
                                      // kDistinctCap (kDistinctCap + 1: more)
  bool integer_valued = false;        // numeric: every value is a whole number
  bool counts_rows = false;           // numeric: each value is the previous one + 1
  double min = 0, max = 0, mean = 0;  // numeric: over non-missing values

  // A column that mixes numbers with a few non-numbers: the first offender, reported
  // only when the column is used (ignoring the column is a way out).
  std::string problem;      // empty when fine
  Message problem_message;  // the same, coded
  std::int64_t problem_row = 0;

  void set_problem(Message message, std::int64_t row) {
    problem = english(message);
    problem_message = std::move(message);
    problem_row = row;
  }
};

// How the text was read, for the summary.
struct CsvInfo {
  char delimiter = ',';
  bool header = true;
  bool decimal_comma = false;
  bool bom = false;
  std::size_t bytes = 0;
  std::size_t ragged_skipped = 0;  // rows skipped for a wrong field count (when allowed)
  std::vector<std::pair<std::int64_t, std::size_t>> ragged_examples;  // (row, fields)
  std::vector<std::string> warnings;
  std::vector<Message> warning_messages;  // the same, coded (one each)

  void add_warning(Message message) {
    warnings.push_back(english(message));
    warning_messages.push_back(std::move(message));
  }
};

// in[0, n) -> out, as floats: a call of its own (core/own_call.hpp).
void bytes_to_floats(const std::uint8_t* in, float* out, std::size_t n);

struct Table {
  std::string name;
  std::vector<Column> columns;
  std::size_t rows = 0;
  TableNumbers numbers;                 // columns x rows (a row's numbers are contiguous);
                                        // NaN: missing or text
  TableBytes bytes;                     // or, when in_bytes(), the numbers are these (and
                                        // `numbers` is empty): read them through number()
                                        // or row()
  std::vector<std::int64_t> file_rows;  // file row number of each row, for messages
  CsvInfo csv;
  std::vector<std::vector<std::string>> preview;  // the first rows, as text
  // The last test_rows rows are the data's own test set (Fashion-MNIST's t10k files): the
  // split keeps them as the test set, whatever the options' test fraction.
  std::size_t test_rows = 0;

  std::size_t column_count() const { return columns.size(); }
  bool in_bytes() const { return bytes.rows() > 0; }
  float number(std::size_t row, std::size_t column) const {
    const std::size_t i = row * columns.size() + column;
    return in_bytes() ? static_cast<float>(bytes.data()[i]) : numbers.data()[i];
  }
  // Row r's numbers: in `numbers` itself, or the bytes as floats in `scratch`, which has
  // room for column_count() of them.
  const float* row(std::size_t r, float* scratch) const {
    const std::size_t n = columns.size();
    if (!in_bytes()) return numbers.data() + r * n;
    bytes_to_floats(bytes.data() + r * n, scratch, n);
    return scratch;
  }
  bool is_missing(std::size_t row, std::size_t column) const {
    const Column& c = columns[column];
    return c.text ? c.codes[row] < 0 : std::isnan(number(row, column));
  }
  std::int64_t file_row(std::size_t row) const {
    return row < file_rows.size() ? file_rows[row] : static_cast<std::int64_t>(row) + 1;
  }
  // Index of the column with this name, or -1.
  int find_column(const std::string& name) const;
  // The value as text: a category, a formatted number, or "" when missing.
  std::string text(std::size_t row, std::size_t column) const;
};

// Builds a numeric table (generated data sets, tests): values row-major rows x names.
Table make_numeric_table(std::string name, std::vector<std::string> names, std::vector<float> values);

// Sets type, missing, distinct and statistics of every column from its values.
void infer_column_types(Table& table);

}  // namespace nnplay
