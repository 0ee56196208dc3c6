#pragma once
// The property the CSV fuzzer checks, shared with the test that replays its corpus and
// findings (tests/fuzz/corpus/csv/, tests/fuzz/regressions/csv/).
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string_view>
#include <utility>

#include <nlohmann/json.hpp>

#include "data/build.hpp"
#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"
#include "io/preprocessing_json.hpp"
#include "io/summary_json.hpp"
#include "train/trainer.hpp"

namespace nnplay_fuzz {
namespace detail {

// An invariant broken: thrown, so libFuzzer reports a crash (uncaught exception) and the
// regression test a failure.
inline void check(bool ok) {
  if (!ok) throw std::logic_error("csv fuzz invariant broken");
}

inline bool same_bits(const nnplay::Matrix& a, const nnplay::Matrix& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() &&
         (a.size() == 0 ||
          std::memcmp(a.data(), b.data(), sizeof(nnplay::Scalar) * static_cast<std::size_t>(a.size())) == 0);
}

// The invariants a parsed table keeps whatever the input.
inline void check_table(const nnplay::Table& t) {
  detail::check(t.columns.size() >= 2);
  detail::check(t.rows >= 1);
  detail::check(t.numbers.size() == t.rows * t.columns.size());
  detail::check(t.file_rows.size() == t.rows);
  for (std::size_t r = 1; r < t.rows; ++r) detail::check(t.file_rows[r] > t.file_rows[r - 1]);
  for (const auto& c : t.columns) {
    detail::check(!c.name.empty());
    detail::check(c.missing <= t.rows);
    if (!c.text && c.missing < t.rows) {  // min and max are the values' own
      double lo = INFINITY, hi = -INFINITY;
      const std::size_t j = static_cast<std::size_t>(&c - t.columns.data());
      for (std::size_t r = 0; r < t.rows; ++r)
        if (!t.is_missing(r, j)) {
          lo = std::min<double>(lo, t.number(r, j));
          hi = std::max<double>(hi, t.number(r, j));
        }
      detail::check(c.min == lo && c.max == hi);
    }
    if (c.text) {
      detail::check(c.codes.size() == t.rows);
      for (auto code : c.codes) detail::check(code >= -1 && code < static_cast<std::int32_t>(c.categories.size()));
    }
  }
  for (std::size_t r = 0; r < t.rows; ++r)
    for (std::size_t c = 0; c < t.columns.size(); ++c) t.text(r, c);
}

// Two epochs of a small network on whatever was built: no fault, and no NaN or infinity
// in the reported losses unless training stopped and says why.
inline void check_training(const nnplay::Dataset& built) {
  auto data = std::make_shared<const nnplay::Dataset>(built);
  nnplay::TrainingConfig config;
  config.hidden_layers = {{4, nnplay::Activation::tanh, 1}};
  config.batch_size = static_cast<int>(std::min<Eigen::Index>(16, data->train.size()));
  nnplay::Trainer trainer(config, data);
  for (const nnplay::EpochMetrics& m : trainer.train(2)) {
    const bool finite =
        std::isfinite(m.train_loss) && (data->validation.size() == 0 || std::isfinite(m.validation_loss));
    check(finite || (trainer.stopped() && !trainer.stop_reason().empty()));
    if (data->task == nnplay::Task::classification) check(m.train_accuracy >= 0 && m.train_accuracy <= 1);
  }
}

}  // namespace detail

// Parses `data` (its first two bytes choose options), builds a data set from it and
// trains on it. Any outcome but a result or a DataError is a finding.
inline void check_csv_input(const std::uint8_t* data, std::size_t size) {
  // The first byte picks options, so forced dialects and skipping are explored too.
  nnplay::CsvOptions options;
  nnplay::DatasetOptions d;
  d.validation_fraction = 0.25;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (text.size() >= 2) {  // the second byte picks dataset options
    const unsigned char flags = static_cast<unsigned char>(text[1]);
    if ((flags & 3) == 1) d.task = nnplay::Task::classification;
    if ((flags & 3) == 2) d.task = nnplay::Task::regression;
    d.missing = (flags & 4) ? nnplay::MissingPolicy::impute : nnplay::MissingPolicy::drop_rows;
    d.scaling = static_cast<nnplay::Scaling>((flags >> 3) % 3);
    d.target_index = (flags & 0x20) ? 0 : -1;
    d.test_fraction = (flags & 0x40) ? 0.2 : 0.0;
    d.drop_constant_columns = !(flags & 0x80);
  }
  if (!text.empty()) {
    const unsigned char flags = static_cast<unsigned char>(text[0]);
    text.remove_prefix(1);
    const char delimiters[] = {0, ',', ';', '\t'};
    options.delimiter = delimiters[flags & 3];
    options.header = static_cast<nnplay::CsvOptions::Header>((flags >> 2) % 3);
    options.skip_ragged_rows = flags & 0x20;
    if (flags & 0x40) options.decimal_comma = (flags & 0x80) != 0;
    options.preview_rows = (flags & 0x10) ? 0 : 2;  // rows after the preview take the fast path
  }
  options.memory_budget = 64 << 20;
  if (size % 2 == 1) d.bytes_from_values = 0;  // image data keeps bytes however small (dataset.hpp)
  try {
    const nnplay::Table table = nnplay::parse_csv(text, options);
    detail::check_table(table);
    try {
      const auto built = nnplay::build_dataset(table, d);
      const auto& ds = built.dataset;
      detail::check(ds.train.features() == ds.feature_count());
      detail::check(ds.train.scaled().allFinite() && ds.validation.scaled().allFinite() &&
                    ds.test.scaled().allFinite());
      if (ds.train.in_bytes()) {  // the floats the same data makes otherwise, bit for bit
        nnplay::DatasetOptions as_floats = d;
        as_floats.bytes_from_values = std::numeric_limits<std::size_t>::max();
        const nnplay::Dataset floats = nnplay::build_dataset(table, as_floats).dataset;
        detail::check(!floats.train.in_bytes() && detail::same_bits(floats.train.x, ds.train.scaled()) &&
                      detail::same_bits(floats.validation.x, ds.validation.scaled()) &&
                      detail::same_bits(floats.test.x, ds.test.scaled()));
      }
      detail::check(ds.train.size() + ds.validation.size() + ds.test.size() ==
                    static_cast<Eigen::Index>(built.summary.rows_used));
      // What was fitted must survive a save and load.
      const auto text_json = nnplay::preprocessing_to_json(ds.preprocessing).dump();  // throws on bad UTF-8
      const auto loaded = nnplay::preprocessing_from_json(nlohmann::json::parse(text_json));
      nnplay::summary_to_json(built.summary).dump();
      detail::check(loaded.feature_count() == ds.feature_count());
      if (ds.task == nnplay::Task::classification) {
        detail::check(static_cast<Eigen::Index>(ds.train.labels.size()) == ds.train.size());
        for (int l : ds.train.labels) detail::check(l >= 0 && l < ds.class_count());
      }
      // Given away, the table becomes the training matrix in place: the same data set.
      nnplay::Table given = table;
      const nnplay::Dataset in_place = nnplay::build_dataset(std::move(given), d).dataset;
      detail::check(detail::same_bits(in_place.train.scaled(), ds.train.scaled()) &&
                    detail::same_bits(in_place.validation.scaled(), ds.validation.scaled()) &&
                    detail::same_bits(in_place.test.scaled(), ds.test.scaled()) &&
                    in_place.train.labels == ds.train.labels &&
                    detail::same_bits(in_place.train.targets, ds.train.targets));
      // Small data sets only: each input must stay quick.
      if (ds.train.features() * ds.train.size() <= 4096) detail::check_training(ds);
    } catch (const nnplay::DataError&) {
    }
  } catch (const nnplay::DataError&) {
  }
}

}  // namespace nnplay_fuzz
