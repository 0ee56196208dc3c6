#include "data/dataset.hpp"

#include <algorithm>
#include <stdexcept>

namespace nnplay {

void Examples::copy_example(Eigen::Index j, Scalar* out) const {
  if (!in_bytes()) {
    std::copy_n(x.col(j).data(), x.rows(), out);
    return;
  }
  // scale_features' arithmetic, (value - offset) * scale, on values that are always
  // finite: in one pass, which vectorizes.
  const std::uint8_t* in = bytes.col(j).data();
  const Scalar* offset = byte_offset.data();
  const Scalar* scale = byte_scale.data();
  const Eigen::Index n = bytes.rows();
  for (Eigen::Index f = 0; f < n; ++f) out[f] = (static_cast<Scalar>(in[f]) - offset[f]) * scale[f];
}

ConstMatrixRef Examples::columns(Eigen::Index first, Eigen::Index n, Matrix& buffer) const {
  if (first < 0 || n < 0 || first + n > size()) throw std::out_of_range("Examples::columns: past the examples");
  if (!in_bytes()) return x.middleCols(first, n);
  if (buffer.rows() != bytes.rows() || buffer.cols() < n) buffer.resize(bytes.rows(), n);
  for (Eigen::Index j = 0; j < n; ++j) copy_example(first + j, buffer.col(j).data());
  return buffer.leftCols(n);
}

Matrix Examples::scaled() const {
  if (!in_bytes()) return x;
  Matrix out(bytes.rows(), bytes.cols());
  for (Eigen::Index j = 0; j < bytes.cols(); ++j) copy_example(j, out.col(j).data());
  return out;
}

double Examples::feature_bytes() const {
  return in_bytes() ? static_cast<double>(bytes.size())
                    : static_cast<double>(x.size()) * static_cast<double>(sizeof(Scalar));
}

}  // namespace nnplay
