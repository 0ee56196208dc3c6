#include "core/message.hpp"

#include <algorithm>
#include <unordered_map>

namespace nnplay {
namespace {

const char* template_of(const std::string& code) {
  static const auto* const kByCode = [] {
    auto* map = new std::unordered_map<std::string, const char*>();
    for (const MessageTemplate& t : message_templates()) map->emplace(t.code, t.text);
    return map;
  }();
  const auto it = kByCode->find(code);
  if (it == kByCode->end()) throw std::logic_error("no English template for the message code \"" + code + "\"");
  return it->second;
}

}  // namespace

MessageArg::MessageArg(std::string t) : text(std::move(t)) {}
MessageArg::MessageArg(const char* t) : text(t) {}
MessageArg::MessageArg(Message m) { message.push_back(std::move(m)); }
bool MessageArg::is_message() const { return !message.empty(); }
MessageArg::MessageArg(Number n, bool is_signed)
    : text(is_signed ? std::to_string(n.as_signed) : std::to_string(n.as_unsigned)) {}

Message::Message(const char* message_code) : code(message_code) {}
Message::Message(std::string message_code) : code(std::move(message_code)) {}

Message& Message::with(const char* name, MessageArg value) & {
  params.emplace_back(name, std::move(value));
  return *this;
}

const MessageArg* Message::param(const std::string& name) const {
  const auto it = std::find_if(params.begin(), params.end(), [&](const auto& p) { return p.first == name; });
  return it == params.end() ? nullptr : &it->second;
}

std::string english(const MessageArg& arg) { return arg.is_message() ? english(arg.message[0]) : arg.text; }

std::string english(const Message& message) {
  const std::string text = template_of(message.code);
  std::string out;
  out.reserve(text.size() + 32);
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t open = text.find('{', at);
    const std::size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) {
      out.append(text, at, std::string::npos);
      break;
    }
    out.append(text, at, open - at);
    const std::string name = text.substr(open + 1, close - open - 1);
    const MessageArg* value = message.param(name);
    if (value == nullptr)
      throw std::logic_error("the message \"" + message.code + "\" has no parameter \"" + name + "\"");
    out += english(*value);
    at = close + 1;
  }
  return out;
}

MessageArg list_message(std::vector<MessageArg> items, ListStyle style) {
  if (items.empty()) return MessageArg("");
  // Built from the end: "a, b, c" is list.pair(a, list.pair(b, c)).
  MessageArg rest = std::move(items.back());
  for (std::size_t i = items.size() - 1; i-- > 0;) {
    const bool last_pair = i + 2 == items.size();
    const char* code = style == ListStyle::semicolon               ? "list.semicolon"
                       : style == ListStyle::and_last && last_pair ? "list.and"
                                                                   : "list.pair";
    rest = Message(code).with("first", std::move(items[i])).with("rest", std::move(rest));
  }
  return rest;
}

// The base is made first, before message_ takes the message.
MessageError::MessageError(Message message) : std::invalid_argument(english(message)), message_(std::move(message)) {}

MessageError::MessageError(const std::string& english_text) : std::invalid_argument(english_text) {}

}  // namespace nnplay
