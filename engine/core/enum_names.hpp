#pragma once
// Parsing an enum from its name, with the message every setting uses:
// `activation must be one of sigmoid, tanh, relu; got "rleu"`. The allowed names come
// from name_of() of each value, so the message cannot drift from the names accepted.
#include <array>
#include <stdexcept>
#include <string>

namespace nnplay {

template <class Enum, std::size_t N>
Enum enum_from_name(const std::string& name, const std::string& field, const std::array<Enum, N>& values) {
  std::string allowed;
  for (Enum value : values) {
    if (name == name_of(value)) return value;
    allowed += (allowed.empty() ? "" : ", ") + std::string(name_of(value));
  }
  throw std::invalid_argument(field + " must be one of " + allowed + "; got \"" + name + "\"");
}

}  // namespace nnplay
