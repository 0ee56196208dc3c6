#include "data/derived_inputs.hpp"

#include <cmath>
#include <iterator>
#include <stdexcept>

namespace nnplay {
namespace {

constexpr DerivedInput kAll[] = {DerivedInput::x1sq, DerivedInput::x2sq, DerivedInput::x1x2, DerivedInput::sinx1,
                                 DerivedInput::sinx2};

}  // namespace

const char* name_of(DerivedInput d) {
  switch (d) {
    case DerivedInput::x1sq: return "x1sq";
    case DerivedInput::x2sq: return "x2sq";
    case DerivedInput::x1x2: return "x1x2";
    case DerivedInput::sinx1: return "sinx1";
    case DerivedInput::sinx2: return "sinx2";
  }
  return "unknown";
}

std::string derived_input_names() {
  std::string out;
  for (DerivedInput d : kAll) out += (out.empty() ? "" : ", ") + std::string(name_of(d));
  return out;
}

std::vector<DerivedInput> derived_inputs_from_names(const std::vector<std::string>& names, const std::string& field) {
  bool wanted[std::size(kAll)] = {};
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string item = field + "[" + std::to_string(i) + "]";
    std::size_t k = 0;
    while (k < std::size(kAll) && names[i] != name_of(kAll[k])) ++k;
    if (k == std::size(kAll))
      throw std::invalid_argument(item + " must be one of " + derived_input_names() + ", got \"" + names[i] + "\"");
    if (wanted[k]) throw std::invalid_argument(item + " repeats \"" + names[i] + "\"");
    wanted[k] = true;
  }
  std::vector<DerivedInput> out;
  for (std::size_t k = 0; k < std::size(kAll); ++k)
    if (wanted[k]) out.push_back(kAll[k]);
  return out;
}

std::string derived_feature_name(DerivedInput d, const std::string& a, const std::string& b) {
  switch (d) {
    case DerivedInput::x1sq: return a + "²";
    case DerivedInput::x2sq: return b + "²";
    case DerivedInput::x1x2: return a + "·" + b;
    case DerivedInput::sinx1: return "sin " + a;
    case DerivedInput::sinx2: return "sin " + b;
  }
  return a;
}

Matrix with_derived_inputs(const std::vector<DerivedInput>& derived, Matrix x) {
  if (derived.empty()) return x;
  if (x.rows() != 2) throw std::logic_error("with_derived_inputs: derived inputs need 2 inputs");
  Matrix out(2 + static_cast<Eigen::Index>(derived.size()), x.cols());
  out.topRows(2) = x;
  const auto x1 = x.row(0).array();
  const auto x2 = x.row(1).array();
  // sin in double, element by element: the same floats natively and in WebAssembly
  // (Eigen's vectorized sin differs between instruction sets).
  auto sin_of = [](const auto& v) { return v.unaryExpr([](Scalar t) { return Scalar(std::sin(double(t))); }); };
  Eigen::Index row = 2;
  for (DerivedInput d : derived) {
    auto r = out.row(row++).array();
    switch (d) {
      case DerivedInput::x1sq: r = x1.square(); break;
      case DerivedInput::x2sq: r = x2.square(); break;
      case DerivedInput::x1x2: r = x1 * x2; break;
      case DerivedInput::sinx1: r = sin_of(x1); break;
      case DerivedInput::sinx2: r = sin_of(x2); break;
    }
  }
  return out;
}

}  // namespace nnplay
