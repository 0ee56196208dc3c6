#pragma once
// IDX files, the format MNIST and Fashion-MNIST ship in: a file of pictures (magic
// 0x00000803: unsigned bytes, 3 dimensions: count, rows, columns) and a file of their
// labels (0x00000801: unsigned bytes, 1 dimension: count), big-endian sizes. Read as one
// table as MNIST's CSV has it: a "label" column, then pixel0 .. pixel{rows·columns − 1},
// row by row.
#include <cstddef>
#include <string>
#include <string_view>

#include "data/table.hpp"

namespace nnplay {

struct IdxOptions {
  std::string name;  // the table's name (e.g. the pictures file's)
  // Refused up front when the table's numbers, twice (the table, then the training
  // matrices), would not fit.
  std::size_t memory_budget = std::size_t{1536} << 20;
  std::size_t preview_rows = 10;
};

// The pictures and their labels, and maybe the data's own test pictures and labels
// (Fashion-MNIST's t10k files): appended as the table's last rows, Table::test_rows.
struct IdxFiles {
  std::string_view images, labels;
  std::string_view test_images, test_labels;  // both empty: no test files
};

// Throws DataError with a coded message (idx.*) naming the file and what is wrong.
Table read_idx(const IdxFiles& files, const IdxOptions& options = {});

}  // namespace nnplay
