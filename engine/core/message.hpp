#pragma once
// A user-facing message as a stable code and named parameters, so a page can show it in
// the user's language; its English text is rendered from the code's template (one table,
// message_texts.cpp), so the two never disagree.
//   Message("csv.not_a_number").with("value", "\"abc\"").with("numbers", 12)
// A parameter is a text (a number written as the English writes it) or a nested Message
// (a reason inside a sentence, a list of rows).
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace nnplay {

struct Message;

// The constructors and Message's own are defined in message.cpp, which the WebAssembly build
// makes small: messages are made at a hundred places, none of them hot, and inlined there
// they would grow the download by several times their share.
struct MessageArg {
  std::string text;              // when `message` is empty
  std::vector<Message> message;  // none, or the nested message

  MessageArg(std::string t);  // NOLINT: texts are arguments as they are
  MessageArg(const char* t);  // NOLINT
  MessageArg(Message m);      // NOLINT
  template <class Int, std::enable_if_t<std::is_integral_v<Int> && !std::is_same_v<Int, bool>, int> = 0>
  MessageArg(Int n)  // NOLINT: numbers are arguments as the English writes them
      : MessageArg(std::is_signed_v<Int> ? Number{static_cast<long long>(n), 0}
                                         : Number{0, static_cast<unsigned long long>(n)},
                   std::is_signed_v<Int>) {}

  bool is_message() const;  // message.cpp: Message is complete there

 private:
  struct Number {
    long long as_signed;
    unsigned long long as_unsigned;
  };
  MessageArg(Number n, bool is_signed);
};

struct Message {
  std::string code;  // "" for a message with no code (English only; not rendered)
  std::vector<std::pair<std::string, MessageArg>> params;

  Message() = default;
  explicit Message(const char* message_code);
  explicit Message(std::string message_code);

  Message& with(const char* name, MessageArg value) &;
  Message&& with(const char* name, MessageArg value) && { return std::move(with(name, std::move(value))); }

  bool empty() const { return code.empty(); }
  // The parameter's value, or nullptr.
  const MessageArg* param(const std::string& name) const;
};

// The English text: the code's template with its parameters; throws std::logic_error for
// an unknown code or a parameter the template names and the message lacks (an engine bug).
std::string english(const Message& message);
std::string english(const MessageArg& arg);

// Items as one list: "a, b, c" (list.pair), "a, b and c" (list.and), or "a; b" (list.semicolon).
enum class ListStyle { comma, and_last, semicolon };
MessageArg list_message(std::vector<MessageArg> items, ListStyle style = ListStyle::comma);

// The English template of every code, code → "text with {name} placeholders".
struct MessageTemplate {
  const char* code;
  const char* text;
};
const std::vector<MessageTemplate>& message_templates();

// An error with a coded message: what() is its English text. Errors of every layer whose
// text the user reads throw it or a class derived from it (DataError).
class MessageError : public std::invalid_argument {
 public:
  explicit MessageError(Message message);
  // English only, no code (messages not converted yet, internal ones).
  explicit MessageError(const std::string& english_text);

  const Message& message() const { return message_; }

 private:
  Message message_;
};

}  // namespace nnplay
