#include "nn/init.hpp"

#include <cmath>
#include <stdexcept>

#include "core/enum_names.hpp"

namespace nnplay {

void initialize_weights(Init init, Scalar normal_scale, MatrixRef W, Rng& rng) {
  const double n_in = static_cast<double>(W.cols());
  const double n_out = static_cast<double>(W.rows());
  auto fill_normal = [&](double scale) {
    for (Eigen::Index j = 0; j < W.cols(); ++j)
      for (Eigen::Index i = 0; i < W.rows(); ++i) W(i, j) = static_cast<Scalar>(rng.normal() * scale);
  };
  auto fill_uniform = [&](double limit) {
    for (Eigen::Index j = 0; j < W.cols(); ++j)
      for (Eigen::Index i = 0; i < W.rows(); ++i) W(i, j) = static_cast<Scalar>((2.0 * rng.uniform() - 1.0) * limit);
  };
  switch (init) {
    case Init::normal: fill_normal(static_cast<double>(normal_scale)); break;
    case Init::lecun: fill_normal(std::sqrt(1.0 / n_in)); break;
    case Init::xavier: fill_uniform(std::sqrt(6.0 / (n_in + n_out))); break;
    case Init::he: fill_normal(std::sqrt(2.0 / n_in)); break;
    case Init::uniform: fill_uniform(1.0 / std::sqrt(n_in)); break;
  }
}

const char* name_of(Init init) {
  switch (init) {
    case Init::normal: return "normal";
    case Init::lecun: return "lecun";
    case Init::xavier: return "xavier";
    case Init::he: return "he";
    case Init::uniform: return "uniform";
  }
  return "?";
}

Init init_from_name(const std::string& name, const std::string& field) {
  if (name == "gaussian") return Init::lecun;
  return enum_from_name(name, field, std::array{Init::normal, Init::lecun, Init::xavier, Init::he, Init::uniform});
}

}  // namespace nnplay
