#pragma once
// Engine arrays as new JS arrays. Always copies: the wasm heap may move when it grows,
// so no view into it is handed out.
#include <emscripten/val.h>

#include <string>
#include <vector>

#include "core/tensor.hpp"
#include "train/metrics.hpp"

namespace nnplay::bindings {

emscripten::val float32_copy(const Scalar* data, std::size_t size);   // a new Float32Array
emscripten::val int32_copy(const std::vector<int>& values);           // a new Int32Array
emscripten::val string_array(const std::vector<std::string>& names);  // a new Array of strings
// {class_names, counts: [[...], ...]}: counts[actual][predicted]
emscripten::val confusion_to_js(const ConfusionMatrix& counts, const std::vector<std::string>& class_names);

}  // namespace nnplay::bindings
