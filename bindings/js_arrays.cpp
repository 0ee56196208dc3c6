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

val confusion_to_js(const ConfusionMatrix& counts, const std::vector<std::string>& class_names) {
  val rows = val::array();
  for (const auto& row : counts) {
    val r = val::array();
    for (long c : row) r.call<void>("push", static_cast<double>(c));
    rows.call<void>("push", r);
  }
  val out = val::object();
  out.set("class_names", string_array(class_names));
  out.set("counts", rows);
  return out;
}

}  // namespace nnplay::bindings
