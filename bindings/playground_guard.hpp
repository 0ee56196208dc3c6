#pragma once
// Playground::guard, for every file that defines Playground's calls: runs a call and turns
// a C++ exception into the message take_error() returns (the JS wrapper throws it as an
// Error), since an exception must not cross into JS as a bare number; a MessageError's
// coded form is kept for take_error_message() (the Error's code and params).
#include <emscripten/val.h>

#include <exception>
#include <type_traits>

#include "playground.hpp"

namespace nnplay::bindings {

template <class F>
auto Playground::guard(F&& f) -> decltype(f()) {
  using R = decltype(f());
  error_message_.clear();
  try {
    return f();
  } catch (...) {
    keep_error(std::current_exception());  // one copy of the handlers, not one per call
  }
  if constexpr (std::is_same_v<R, val>)
    return val::undefined();
  else if constexpr (!std::is_void_v<R>)
    return R{};
}

}  // namespace nnplay::bindings
