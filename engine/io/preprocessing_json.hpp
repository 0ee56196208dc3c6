#pragma once
// Preprocessing as JSON, saved with a model.
#include <nlohmann/json_fwd.hpp>

#include "data/preprocessing.hpp"

namespace nnplay {

// from_json validates everything (the file is untrusted) and throws DataError naming the
// offending path, e.g. preprocessing.inputs[2].kind.
nlohmann::json preprocessing_to_json(const Preprocessing& p);
Preprocessing preprocessing_from_json(const nlohmann::json& j);

}  // namespace nnplay
