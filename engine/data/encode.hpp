#pragma once
// Stage 4 of building a data set (build.hpp): kept table rows -> examples, with the
// fitted preprocessing applied: scaled feature columns (x, features x n), numeric
// inputs imputed where missing, categorical ones one-hot encoded; labels, or scaled
// targets for regression.
#include <cstddef>
#include <vector>

#include "core/tensor.hpp"
#include "data/dataset.hpp"
#include "data/plan.hpp"
#include "data/preprocessing.hpp"
#include "data/table.hpp"

namespace nnplay {

// The rows `which` (positions in plan.rows, ascending) as new examples.
Examples encode_examples(const Preprocessing& p, const DatasetPlan& plan, const Table& t,
                         const std::vector<std::size_t>& which);

// Whether encode_examples_in_place can take this plan: every input numeric or ignored
// (a feature per used column, never more than the row has).
bool can_encode_in_place(const DatasetPlan& plan);

// The same with x made in the table's own memory, which it takes: each example is
// written over the table at or before its row, and the buffer is then shrunk in place
// (realloc). No second copy of the data exists at any time. The table is left with no
// numbers; read everything else needed from it before.
Examples encode_examples_in_place(const Preprocessing& p, const DatasetPlan& plan, Table& t,
                                  const std::vector<std::size_t>& which);

// Whether encode_examples_as_bytes can take this plan: every used column numeric, whole
// numbers 0-255 with none missing (pixels), and at least min_values feature values in all.
bool can_encode_as_bytes(const DatasetPlan& plan, const Table& t, std::size_t min_values);

// The rows `which` as examples that keep their features as bytes (dataset.hpp).
Examples encode_examples_as_bytes(const Preprocessing& p, const DatasetPlan& plan, const Table& t,
                                  const std::vector<std::size_t>& which);
// The same made in the bytes of a table in bytes (Table::in_bytes), which it takes, as
// encode_examples_in_place does with floats.
Examples encode_examples_as_bytes_in_place(const Preprocessing& p, const DatasetPlan& plan, Table& t,
                                           const std::vector<std::size_t>& which);

}  // namespace nnplay
