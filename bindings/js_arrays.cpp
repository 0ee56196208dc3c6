#include "js_arrays.hpp"

#include <emscripten/bind.h>

#include <type_traits>

namespace nnplay::bindings {

using emscripten::val;

val float32_copy(const Scalar* data, std::size_t size) {
  if constexpr (std::is_same_v<Scalar, float>) {
    return val(emscripten::typed_memory_view(size, data)).call<val>("slice");
  } else {
    std::vector<float> f(data, data + size);
    return val(emscripten::typed_memory_view(f.size(), f.data())).call<val>("slice");
  }
}

val int32_copy(const std::vector<int>& values) {
  return val(emscripten::typed_memory_view(values.size(), values.data())).call<val>("slice");
}

val string_array(const std::vector<std::string>& names) {
  val out = val::array();
  for (const std::string& name : names) out.call<void>("push", val(name));
  return out;
}

}  // namespace nnplay::bindings
