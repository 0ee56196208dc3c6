#include "data/encode.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <type_traits>

#include "core/own_call.hpp"
#include "data/large_buffer.hpp"

namespace nnplay {
namespace {

// Writes a kept table row's features, imputed and one-hot encoded, not yet scaled.
class FeatureWriter {
 public:
  FeatureWriter(const Preprocessing& p, const DatasetPlan& plan, const Table& t)
      : p_(p), plan_(plan), t_(t), scratch_(t.in_bytes() ? t.columns.size() : 0) {
    fill_.resize(p.inputs.size());
    for (std::size_t i = 0; i < p.inputs.size(); ++i) fill_[i] = static_cast<float>(p.inputs[i].fill_value);
  }

  // Table row r -> out. out may lie in the table's own numbers at or before row r (the
  // features then move forward over the row, never over a value still to be read).
  NNPLAY_OWN_CALL void write(std::size_t r, Scalar* out) {
    const float* row = t_.row(r, scratch_.data());
    for (const InputRun& s : plan_.runs) {
      if (s.count > 0) {
        const float* src = row + s.column;
        const float* f = fill_.data() + s.input;
        for (std::size_t m = 0; m < s.count; ++m) {  // NaN -> the fill value, on the bits: this vectorizes
          std::uint32_t bits, fill_bits;
          std::memcpy(&bits, &src[m], sizeof bits);
          std::memcpy(&fill_bits, &f[m], sizeof fill_bits);
          const std::uint32_t keep = 0u - static_cast<std::uint32_t>((bits & 0x7fffffffu) <= 0x7f800000u);
          bits = (bits & keep) | (fill_bits & ~keep);
          std::memcpy(&out[m], &bits, sizeof bits);
        }
        out += s.count;
        continue;
      }
      const PlannedInput& in = plan_.inputs[s.input];
      const Column& c = t_.columns[in.column];
      int code;
      if (t_.is_missing(r, in.column))
        code = p_.inputs[s.input].fill_category;
      else if (c.text)
        code = c.codes[r];
      else
        code = static_cast<int>(std::lower_bound(in.category_values.begin(), in.category_values.end(), row[in.column]) -
                                in.category_values.begin());
      const std::size_t categories = in.categories.size();
      for (std::size_t m = 0; m < categories; ++m) out[m] = static_cast<Scalar>(static_cast<int>(m) == code);
      out += categories;
    }
  }

 private:
  const Preprocessing& p_;
  const DatasetPlan& plan_;
  const Table& t_;
  std::vector<float> fill_;
  std::vector<float> scratch_;  // a row of a table in bytes, as floats
};

// A row's numeric features (every input numeric or ignored), whole numbers 0-255, as
// bytes. `out` may lie in the same bytes at or before the row: each value is read before
// anything is written over it.
template <class Value>
NNPLAY_OWN_CALL void write_byte_features(const Value* row, const DatasetPlan& plan, std::uint8_t* out) {
  for (const InputRun& s : plan.runs) {
    for (std::size_t m = 0; m < s.count; ++m) out[m] = static_cast<std::uint8_t>(row[s.column + m]);
    out += s.count;
  }
}

// Labels or scaled targets of the rows `which`; x is made apart.
Examples answers(const Preprocessing& p, const DatasetPlan& plan, const Table& t,
                 const std::vector<std::size_t>& which) {
  Examples e;
  if (plan.task == Task::classification) {
    e.labels.reserve(which.size());
    for (std::size_t k : which) e.labels.push_back(plan.labels[k]);
  } else {
    e.targets.resize(1, static_cast<Eigen::Index>(which.size()));
    for (std::size_t k = 0; k < which.size(); ++k)
      e.targets(0, static_cast<Eigen::Index>(k)) = static_cast<Scalar>(t.number(plan.rows[which[k]], plan.target));
    apply_target_scaling(p, e.targets);
  }
  return e;
}

Matrix encode_features(const Preprocessing& p, const DatasetPlan& plan, const Table& t,
                       const std::vector<std::size_t>& which) {
  Matrix x(p.encoded_feature_count(), static_cast<Eigen::Index>(which.size()));
  advise_huge_pages(x.data(), static_cast<std::size_t>(x.size()) * sizeof(Scalar));  // before the first write
  FeatureWriter writer(p, plan, t);
  const auto features = static_cast<std::size_t>(x.rows());
  for (std::size_t k = 0; k < which.size(); ++k) {
    Scalar* out = x.col(static_cast<Eigen::Index>(k)).data();
    writer.write(plan.rows[which[k]], out);
    scale_features(out, p.offset.data(), p.scale.data(), out, features);
  }
  return x;
}

Matrix encode_features_in_place(const Preprocessing& p, const DatasetPlan& plan, Table& t,
                                const std::vector<std::size_t>& which) {
  static_assert(std::is_same<Scalar, float>::value, "the training matrix takes over the table's floats");
  if (!can_encode_in_place(plan) || t.in_bytes())
    throw std::logic_error("encode_examples_in_place: one-hot features or a table in bytes need a copy");
  const auto features = static_cast<std::size_t>(p.encoded_feature_count());
  FeatureWriter writer(p, plan, t);
  float* base = t.numbers.data();
  for (std::size_t k = 0; k < which.size(); ++k) {
    // Example k goes at k * features, at or before its row's start (rows ascending, and a
    // row holds at least as many numbers as it has features).
    if (k > 0 && which[k] <= which[k - 1]) throw std::logic_error("encode_examples_in_place: rows must ascend");
    Scalar* out = base + k * features;
    writer.write(plan.rows[which[k]], out);
    scale_features(out, p.offset.data(), p.scale.data(), out, features);
  }
  Matrix x = std::move(t.numbers);
  // Reshaped without moving the data: resize() keeps the coefficients when the number of
  // them is unchanged, and conservativeResize() of a column-major matrix's columns
  // reallocs (a shrink, in place).
  const auto examples = static_cast<Eigen::Index>(which.size());
  x.resize(1, x.size());
  x.conservativeResize(1, static_cast<Eigen::Index>(features) * examples);
  x.resize(static_cast<Eigen::Index>(features), examples);
  return x;
}

}  // namespace

bool can_encode_as_bytes(const DatasetPlan& plan, const Table& t, std::size_t min_values) {
  if (!can_encode_in_place(plan)) return false;
  std::size_t features = 0;
  for (const PlannedInput& in : plan.inputs) {
    if (in.kind != InputColumn::Kind::numeric) continue;  // ignored
    const Column& c = t.columns[in.column];
    // A -0 (min -0.0) would come back as +0, and scale to a float of the other sign.
    if (c.text || c.missing > 0 || !c.integer_valued || !(c.min >= 0 && c.max <= 255) || std::signbit(c.min))
      return false;
    ++features;
  }
  return features > 0 &&
         static_cast<double>(features) * static_cast<double>(plan.rows.size()) >= static_cast<double>(min_values);
}

Examples encode_examples_as_bytes(const Preprocessing& p, const DatasetPlan& plan, const Table& t,
                                  const std::vector<std::size_t>& which) {
  Examples e = answers(p, plan, t, which);
  e.bytes.resize(p.encoded_feature_count(), static_cast<Eigen::Index>(which.size()));
  for (std::size_t k = 0; k < which.size(); ++k) {
    std::uint8_t* out = e.bytes.col(static_cast<Eigen::Index>(k)).data();
    const std::size_t r = plan.rows[which[k]];
    if (t.in_bytes())
      write_byte_features(t.bytes.data() + r * t.columns.size(), plan, out);
    else
      write_byte_features(t.numbers.data() + r * t.columns.size(), plan, out);
  }
  e.byte_offset = p.offset;
  e.byte_scale = p.scale;
  return e;
}

Examples encode_examples_as_bytes_in_place(const Preprocessing& p, const DatasetPlan& plan, Table& t,
                                           const std::vector<std::size_t>& which) {
  if (!t.in_bytes()) throw std::logic_error("encode_examples_as_bytes_in_place: the table is not in bytes");
  Examples e = answers(p, plan, t, which);  // first: the features take the table's bytes
  const auto features = static_cast<std::size_t>(p.encoded_feature_count());
  std::uint8_t* base = t.bytes.data();
  for (std::size_t k = 0; k < which.size(); ++k) {
    // As encode_features_in_place: example k at k * features, at or before its row.
    if (k > 0 && which[k] <= which[k - 1])
      throw std::logic_error("encode_examples_as_bytes_in_place: rows must ascend");
    write_byte_features(base + plan.rows[which[k]] * t.columns.size(), plan, base + k * features);
  }
  e.bytes = std::move(t.bytes);
  const auto examples = static_cast<Eigen::Index>(which.size());
  e.bytes.resize(1, e.bytes.size());
  e.bytes.conservativeResize(1, static_cast<Eigen::Index>(features) * examples);
  e.bytes.resize(static_cast<Eigen::Index>(features), examples);
  e.byte_offset = p.offset;
  e.byte_scale = p.scale;
  return e;
}

bool can_encode_in_place(const DatasetPlan& plan) {
  return std::none_of(plan.inputs.begin(), plan.inputs.end(),
                      [](const PlannedInput& in) { return in.kind == InputColumn::Kind::categorical; });
}

Examples encode_examples(const Preprocessing& p, const DatasetPlan& plan, const Table& t,
                         const std::vector<std::size_t>& which) {
  Examples e = answers(p, plan, t, which);
  e.x = encode_features(p, plan, t, which);
  return e;
}

Examples encode_examples_in_place(const Preprocessing& p, const DatasetPlan& plan, Table& t,
                                  const std::vector<std::size_t>& which) {
  Examples e = answers(p, plan, t, which);  // first: the features take the table's numbers
  e.x = encode_features_in_place(p, plan, t, which);
  return e;
}

}  // namespace nnplay
