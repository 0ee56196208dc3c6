#pragma once
// Coded messages (core/message.hpp) as JSON for JavaScript: {code, params}, a parameter
// being a string or a nested {code, params}; null for a message without a code.
#include <nlohmann/json_fwd.hpp>

#include <vector>

#include "core/message.hpp"

namespace nnplay {

nlohmann::json message_to_json(const Message& message);
nlohmann::json messages_to_json(const std::vector<Message>& messages);
// {code: English template} of every code.
nlohmann::json message_templates_json();

}  // namespace nnplay
