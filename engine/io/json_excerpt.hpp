#pragma once
// A JSON value as an error message quotes it: short scalars as written, long strings
// shortened, arrays and objects by their size. Untrusted input can be megabytes (or
// nested a million levels deep); the message stays one short line.
#include <string>

#include <nlohmann/json_fwd.hpp>

namespace nnplay {

// `"relu"`, `2.5`, `null`, `an array of 3 values`, `an object with 2 fields`.
std::string json_excerpt(const nlohmann::json& value);

}  // namespace nnplay
