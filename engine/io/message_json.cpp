#include "io/message_json.hpp"

#include <nlohmann/json.hpp>

namespace nnplay {

nlohmann::json message_to_json(const Message& message) {
  if (message.empty()) return nullptr;
  nlohmann::json params = nlohmann::json::object();
  for (const auto& [name, value] : message.params)
    params[name] = value.is_message() ? message_to_json(value.message[0]) : nlohmann::json(value.text);
  return {{"code", message.code}, {"params", std::move(params)}};
}

nlohmann::json messages_to_json(const std::vector<Message>& messages) {
  nlohmann::json out = nlohmann::json::array();
  for (const Message& m : messages) out.push_back(message_to_json(m));
  return out;
}

nlohmann::json message_templates_json() {
  nlohmann::json out = nlohmann::json::object();
  for (const MessageTemplate& t : message_templates()) out[t.code] = t.text;
  return out;
}

}  // namespace nnplay
