#pragma once
// Playground::guard, for every file that defines Playground's calls: runs a call and turns
// a C++ exception into the message take_error() returns (the JS wrapper throws it as an
// Error), since an exception must not cross into JS as a bare number; a MessageError's
// coded form is kept for take_error_message() (the Error's code and params).
#include <emscripten/val.h>

#include <nlohmann/json.hpp>

#include <exception>
#include <new>
#include <type_traits>

#include "core/message.hpp"
#include "io/message_json.hpp"
#include "playground.hpp"

namespace nnplay::bindings {

template <class F>
auto Playground::guard(F&& f) -> decltype(f()) {
  using R = decltype(f());
  error_message_.clear();
  try {
    return f();
  } catch (const std::bad_alloc&) {
    error_ = "out of memory: the data or network is too large for the 2 GB WebAssembly heap";
  } catch (const MessageError& e) {
    error_ = e.what();
    if (!e.message().empty()) error_message_ = message_to_json(e.message()).dump();
  } catch (const std::exception& e) {
    error_ = e.what();
    if (error_.empty()) error_ = "unknown error";
  } catch (...) {
    error_ = "unknown error";
  }
  if constexpr (std::is_same_v<R, val>)
    return val::undefined();
  else if constexpr (!std::is_void_v<R>)
    return R{};
}

}  // namespace nnplay::bindings
