#include "data/derive.hpp"

namespace nnplay {

void derive_inputs(const std::vector<DerivedInput>& derived, Dataset& d) {
  if (derived.empty()) return;
  d.preprocessing.derived = derived;
  check_derived_inputs(d.preprocessing);
  for (Examples* split : {&d.train, &d.validation, &d.test})
    split->x = with_derived_inputs(derived, std::move(split->x));
}

}  // namespace nnplay
