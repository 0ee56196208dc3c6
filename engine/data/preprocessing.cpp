#include "data/preprocessing.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

#include "core/number_format.hpp"
#include "data/csv/number.hpp"
#include "data/csv/text.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

// Each column of m scaled as scale_features does.
void scale_rows(MatrixRef m, const Vector& offset, const Vector& scale) {
  for (Eigen::Index j = 0; j < m.cols(); ++j)
    scale_features(m.col(j).data(), offset.data(), scale.data(), m.col(j).data(), static_cast<std::size_t>(m.rows()));
}

DataError prediction_error(std::size_t row, const Preprocessing& p, std::size_t input, Message message) {
  return DataError(Message("predict.at_row_column")
                       .with("row", row + 1)
                       .with("column", column_message(p.inputs[input].name, input))
                       .with("message", std::move(message)));
}

MessageArg list_categories(const std::vector<std::string>& categories) {
  std::vector<MessageArg> shown;
  for (std::size_t i = 0; i < std::min<std::size_t>(categories.size(), 10); ++i)
    shown.emplace_back(quote_value(categories[i]));
  MessageArg list = list_message(std::move(shown));
  if (categories.size() <= 10) return list;
  return Message("predict.categories_more").with("items", std::move(list)).with("count", categories.size());
}

// Writes input `i`'s encoding of one field into x(f.., col); returns features written.
// `missing` and `value`/`category` describe the field.
class RowEncoder {
 public:
  explicit RowEncoder(const Preprocessing& p) : p_(p) {}

  void numeric(std::size_t row, std::size_t i, bool missing, double value, Scalar* out) const {
    if (missing) value = fill(row, i).fill_value;
    *out = static_cast<Scalar>(value);
  }
  void categorical(std::size_t row, std::size_t i, bool missing, const std::string& value, Scalar* out) const {
    const InputColumn& in = p_.inputs[i];
    int k = -1;
    if (missing) {
      k = fill(row, i).fill_category;
    } else {
      for (std::size_t c = 0; c < in.categories.size(); ++c)
        if (in.categories[c] == value) k = static_cast<int>(c);
      if (k < 0)
        throw prediction_error(row, p_, i,
                               Message("predict.not_a_category")
                                   .with("value", quote_value(value))
                                   .with("categories", list_categories(in.categories)));
    }
    for (std::size_t c = 0; c < in.categories.size(); ++c) out[c] = static_cast<Scalar>(static_cast<int>(c) == k);
  }

 private:
  const InputColumn& fill(std::size_t row, std::size_t i) const {
    if (p_.missing != MissingPolicy::impute) throw prediction_error(row, p_, i, Message("predict.missing"));
    return p_.inputs[i];
  }
  const Preprocessing& p_;
};

}  // namespace

int Preprocessing::encoded_feature_count() const {
  int n = 0;
  for (const auto& in : inputs)
    n += in.kind == InputColumn::Kind::numeric       ? 1
         : in.kind == InputColumn::Kind::categorical ? static_cast<int>(in.categories.size())
                                                     : 0;
  return n;
}

std::vector<std::string> Preprocessing::feature_names() const {
  std::vector<std::string> names;
  for (const auto& in : inputs) {
    if (in.kind == InputColumn::Kind::numeric) names.push_back(in.name);
    if (in.kind == InputColumn::Kind::categorical)
      for (const auto& c : in.categories) names.push_back(in.name + "=" + c);
  }
  if (!derived.empty()) {
    const std::string a = names.at(0), b = names.at(1);
    for (DerivedInput d : derived) names.push_back(derived_feature_name(d, a, b));
  }
  return names;
}

const char* to_string(Scaling scaling) {
  switch (scaling) {
    case Scaling::none: return "none";
    case Scaling::standardize: return "standardize";
    case Scaling::minmax: return "minmax";
  }
  return "unknown";
}

const char* to_string(InputColumn::Kind kind) {
  switch (kind) {
    case InputColumn::Kind::numeric: return "numeric";
    case InputColumn::Kind::categorical: return "categorical";
    case InputColumn::Kind::ignored: return "ignored";
  }
  return "unknown";
}

const char* to_string(MissingPolicy policy) { return policy == MissingPolicy::impute ? "impute" : "drop_rows"; }

void scale_features(const Scalar* in, const Scalar* offset, const Scalar* scale, Scalar* out, std::size_t n) {
  constexpr double kMax = std::numeric_limits<Scalar>::max();
  constexpr std::size_t kBlock = 64;  // through a buffer, so that out may be in
  Scalar block[kBlock];
  for (std::size_t start = 0; start < n; start += kBlock) {
    const std::size_t m = std::min(kBlock, n - start);
    const Scalar* v = in + start;
    const Scalar* o = offset + start;
    const Scalar* s = scale + start;
    int finite = 1;
    for (std::size_t i = 0; i < m; ++i) {
      block[i] = (v[i] - o[i]) * s[i];
      finite &= block[i] - block[i] == 0;  // false for infinities and NaN
    }
    if (!finite)
      for (std::size_t i = 0; i < m; ++i)
        if (!(block[i] - block[i] == 0) && v[i] - v[i] == 0)
          block[i] = static_cast<Scalar>(std::clamp(
              (static_cast<double>(v[i]) - static_cast<double>(o[i])) * static_cast<double>(s[i]), -kMax, kMax));
    std::memcpy(out + start, block, m * sizeof(Scalar));
  }
}

void apply_scaling(const Preprocessing& p, MatrixRef x) {
  if (p.offset.size() != x.rows() || p.scale.size() != x.rows())
    throw DataError("scaling has " + std::to_string(p.offset.size()) + " features, the data " +
                    std::to_string(x.rows()));
  scale_rows(x, p.offset, p.scale);
}

std::pair<std::size_t, std::size_t> plane_inputs(const Preprocessing& p, const std::string& what) {
  std::vector<std::size_t> used;
  for (std::size_t i = 0; i < p.inputs.size(); ++i)
    if (p.inputs[i].kind != InputColumn::Kind::ignored) used.push_back(i);
  if (used.size() != 2 || p.inputs[used[0]].kind != InputColumn::Kind::numeric ||
      p.inputs[used[1]].kind != InputColumn::Kind::numeric)
    throw DataError(what + " needs data with exactly 2 numeric feature columns");
  return {used[0], used[1]};
}

void check_derived_inputs(const Preprocessing& p) {
  if (p.derived.empty()) return;
  std::vector<std::string> features;
  bool numeric = true;
  for (const auto& in : p.inputs) {
    if (in.kind == InputColumn::Kind::numeric) features.push_back(in.name);
    if (in.kind != InputColumn::Kind::categorical) continue;
    numeric = false;
    for (const auto& c : in.categories) features.push_back(in.name + "=" + c);
  }
  if (numeric && features.size() == 2) return;
  std::vector<MessageArg> shown;
  for (std::size_t i = 0; i < std::min<std::size_t>(features.size(), 10); ++i) shown.emplace_back(features[i]);
  MessageArg listed = list_message(std::move(shown));
  if (features.size() > 10) listed = Message("list.more").with("items", std::move(listed));
  const char* code = features.empty() ? "derived.needs_two"
                     : numeric        ? "derived.needs_two_listed"
                                      : "derived.needs_two_one_hot";
  Message message = Message(code).with("count", features.size());
  if (!features.empty()) message.with("features", std::move(listed));
  throw DataError(std::move(message));
}

void fit_target_scaling(Preprocessing& p, const ConstMatrixRef& targets) {
  const Eigen::Index count = targets.rows();
  p.target_offset = Vector::Zero(count);
  p.target_scale = Vector::Ones(count);
  if (p.scaling == Scaling::none || targets.cols() == 0) return;
  const double n = static_cast<double>(targets.cols());
  for (Eigen::Index t = 0; t < count; ++t) {
    const auto row = targets.row(t).template cast<double>();
    const double mean = row.sum() / n;
    const double sd = std::sqrt((row.array() - mean).square().sum() / n);
    p.target_offset(t) = static_cast<Scalar>(mean);
    p.target_scale(t) = sd > 1e-12 ? static_cast<Scalar>(1.0 / sd) : Scalar(1);
  }
}

void apply_target_scaling(const Preprocessing& p, MatrixRef targets) {
  if (p.target_offset.size() != targets.rows())
    throw DataError("target scaling has " + std::to_string(p.target_offset.size()) + " targets, the data " +
                    std::to_string(targets.rows()));
  scale_rows(targets, p.target_offset, p.target_scale);
}

void decode_outputs(const Preprocessing& p, MatrixRef outputs) {
  if (p.target_offset.size() == 0) return;
  if (p.target_offset.size() != outputs.rows())
    throw DataError("target scaling has " + std::to_string(p.target_offset.size()) + " targets, the model " +
                    std::to_string(outputs.rows()) + " outputs");
  outputs.array().colwise() /= p.target_scale.array();
  outputs.colwise() += p.target_offset;
}

Matrix encode_rows(const Preprocessing& p, const std::vector<std::vector<std::string>>& rows) {
  const std::size_t inputs = p.inputs.size();
  Matrix x(p.encoded_feature_count(), static_cast<Eigen::Index>(rows.size()));
  RowEncoder encoder(p);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const auto& fields = rows[r];
    const bool with_target = p.target_position >= 0 && fields.size() == inputs + 1;
    if (fields.size() != inputs && !with_target)
      throw DataError(
          p.target_position >= 0
              ? Message("predict.field_count_target")
                    .with("row", r + 1)
                    .with("fields", fields.size())
                    .with("inputs", inputs)
                    .with("with_target", inputs + 1)
              : Message("predict.field_count").with("row", r + 1).with("fields", fields.size()).with("inputs", inputs));
    Scalar* out = x.col(static_cast<Eigen::Index>(r)).data();
    for (std::size_t i = 0; i < inputs; ++i) {
      const std::size_t field = with_target && static_cast<int>(i) >= p.target_position ? i + 1 : i;
      const std::string& text = fields[field];
      const InputColumn& in = p.inputs[i];
      const bool missing = is_missing_token(text.data(), text.size());
      if (in.kind == InputColumn::Kind::numeric) {
        float v = 0;
        if (!missing) {
          const NumberParse result = parse_number(text.data(), text.data() + text.size(), true, v);
          if (result != NumberParse::ok)
            throw prediction_error(
                r, p, i,
                Message(result == NumberParse::out_of_range ? "predict.out_of_range" : "predict.not_a_number")
                    .with("value", quote_value(text)));
        }
        encoder.numeric(r, i, missing, v, out++);
      } else if (in.kind == InputColumn::Kind::categorical) {
        encoder.categorical(r, i, missing, trimmed(text.data(), text.size(), ','), out);
        out += in.categories.size();
      }
    }
  }
  apply_scaling(p, x);
  return with_derived_inputs(p.derived, std::move(x));
}

Matrix raw_inputs(const Preprocessing& p, const ConstMatrixRef& x) {
  if (x.rows() < p.encoded_feature_count() || p.offset.size() != p.encoded_feature_count() ||
      p.scale.size() != p.offset.size())
    throw std::logic_error("raw_inputs: the features do not match the preprocessing");
  Matrix raw =
      Matrix::Constant(static_cast<Eigen::Index>(p.inputs.size()), x.cols(), std::numeric_limits<Scalar>::quiet_NaN());
  Eigen::Index f = 0;  // the input's first feature
  for (std::size_t i = 0; i < p.inputs.size(); ++i) {
    const InputColumn& in = p.inputs[i];
    if (in.kind == InputColumn::Kind::numeric) {
      raw.row(static_cast<Eigen::Index>(i)) = (x.row(f).array() / p.scale(f) + p.offset(f)).matrix();
      ++f;
    } else if (in.kind == InputColumn::Kind::categorical) {
      f += static_cast<Eigen::Index>(in.categories.size());
    }
  }
  return raw;
}

Matrix encode_numbers(const Preprocessing& p, const ConstMatrixRef& raw, Eigen::Index first_row) {
  const std::size_t inputs = p.inputs.size();
  if (static_cast<std::size_t>(raw.rows()) != inputs)
    throw DataError("prediction input has " + std::to_string(raw.rows()) +
                    " rows (one per input column); the model takes " + std::to_string(inputs));
  Matrix x(p.encoded_feature_count(), raw.cols());
  RowEncoder encoder(p);
  auto encode = [&](Eigen::Index r) {
    const auto row = static_cast<std::size_t>(first_row + r);
    Scalar* out = x.col(r).data();
    for (std::size_t i = 0; i < inputs; ++i) {
      const double v = static_cast<double>(raw(static_cast<Eigen::Index>(i), r));
      const bool missing = std::isnan(v);
      const InputColumn& in = p.inputs[i];
      if (in.kind == InputColumn::Kind::numeric) {
        if (!missing && !std::isfinite(v)) throw prediction_error(row, p, i, Message("predict.infinite"));
        encoder.numeric(row, i, missing, v, out++);
      } else if (in.kind == InputColumn::Kind::categorical) {
        encoder.categorical(row, i, missing, missing ? std::string() : format_number(v), out);
        out += in.categories.size();
      }
    }
  };
  const bool numeric_only = std::all_of(p.inputs.begin(), p.inputs.end(),
                                        [](const InputColumn& in) { return in.kind == InputColumn::Kind::numeric; });
  if (!numeric_only || p.offset.size() != x.rows() || p.scale.size() != x.rows()) {
    for (Eigen::Index r = 0; r < raw.cols(); ++r) encode(r);
    apply_scaling(p, x);
    return with_derived_inputs(p.derived, std::move(x));
  }
  // Numbers only, the common case: encoding and scaling in one pass. A row with a missing
  // or infinite value goes the general way.
  for (Eigen::Index r = 0; r < raw.cols(); ++r) {
    const Scalar* in = raw.col(r).data();
    int finite = 1;
    for (Eigen::Index i = 0; i < x.rows(); ++i) finite &= in[i] - in[i] == 0;  // false for infinities and NaN
    if (!finite) encode(r);
    scale_features(finite ? in : x.col(r).data(), p.offset.data(), p.scale.data(), x.col(r).data(),
                   static_cast<std::size_t>(x.rows()));
  }
  return with_derived_inputs(p.derived, std::move(x));
}

}  // namespace nnplay
