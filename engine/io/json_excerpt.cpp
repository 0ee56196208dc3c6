#include "io/json_excerpt.hpp"

#include <nlohmann/json.hpp>

#include "data/data_error.hpp"

namespace nnplay {

std::string json_excerpt(const nlohmann::json& value) {
  if (value.is_string()) return quote_value(value.get_ref<const std::string&>());
  if (value.is_array()) {
    const std::size_t n = value.size();
    return "an array of " + std::to_string(n) + (n == 1 ? " value" : " values");
  }
  if (value.is_object()) {
    const std::size_t n = value.size();
    return "an object with " + std::to_string(n) + (n == 1 ? " field" : " fields");
  }
  return value.dump();  // numbers, booleans, null: short
}

}  // namespace nnplay
