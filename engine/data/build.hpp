#pragma once
// Table -> Dataset, in four stages that each read what the one before made:
//   plan   (plan.hpp)    target, task, which columns become which features, rows kept, labels
//   split  (split.hpp)   train / validation / test rows, stratified and seeded
//   fit    (fit.hpp)     imputation and scaling, fitted on the training rows only
//   encode (encode.hpp)  rows -> scaled feature columns (one-hot, imputed), labels or targets
//   derive (derive.hpp)  2-D data: x₁², x₂², x₁x₂, sin x₁, sin x₂ appended when asked for
// Either a complete Dataset comes back or a DataError is thrown.

#include "data/dataset.hpp"
#include "data/dataset_options.hpp"
#include "data/summary.hpp"
#include "data/table.hpp"

namespace nnplay {

struct DatasetBuild {
  Dataset dataset;
  DatasetSummary summary;
};

// The summary the page shows while the user picks the target and options. Throws only
// when the target cannot be found; problems that would stop a build are in the notes.
DatasetSummary summarize_table(const Table& table, const DatasetOptions& options = {});

DatasetBuild build_dataset(const Table& table, const DatasetOptions& options = {});
// The same from a table the caller gives away: when every input is numeric, the training
// examples are made in the table's own memory (its floats, or its bytes when both the
// table and the examples keep bytes: no second copy of the numbers exists at any time),
// and the table is left without numbers. Image data from a table of floats is written
// as bytes apart, and the table's floats are freed. Otherwise the table is left as it was.
DatasetBuild build_dataset(Table&& table, const DatasetOptions& options = {});

}  // namespace nnplay
