#include "train/predict_raw.hpp"

#include <algorithm>

namespace nnplay {

Matrix predict_raw(Network& network, const Preprocessing& p, Eigen::Index rows, const RawRowReader& read,
                   Eigen::Index chunk) {
  Matrix out(network.outputs(), rows);
  Matrix raw(static_cast<Eigen::Index>(p.inputs.size()), std::min(chunk, rows));
  for (Eigen::Index first = 0; first < rows; first += chunk) {
    const Eigen::Index n = std::min(chunk, rows - first);
    read(first, n, raw.data());
    out.middleCols(first, n) = network.forward(encode_numbers(p, raw.leftCols(n), first));
  }
  return out;
}

}  // namespace nnplay
