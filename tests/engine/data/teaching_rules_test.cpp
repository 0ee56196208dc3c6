// Every teaching set's description ends with the rule its rows follow ("Its rows follow
// y = x2 and (x1 or not x3)."): the rule is parsed here and checked on every row, so a
// description that says something its rows do not is a failing test.
#include <catch2/catch.hpp>

#include <cctype>
#include <map>
#include <stdexcept>
#include <string>

#include "data/builtin_datasets.hpp"

using namespace nnplay;

namespace {

// A boolean expression over 0/1 columns: names, not, and, or, xor, parentheses; "not" binds
// tightest, then and, then xor, then or.
class Rule {
 public:
  Rule(std::string text, const std::map<std::string, bool>& row) : text_(std::move(text)), row_(row) {}
  bool evaluate() {
    const bool v = any();
    if (pos_ != text_.size()) throw std::invalid_argument("unexpected \"" + text_.substr(pos_) + "\"");
    return v;
  }

 private:
  bool any() {
    bool v = exclusive();
    while (take("or")) v = exclusive() || v;
    return v;
  }
  bool exclusive() {
    bool v = all();
    while (take("xor")) v = all() != v;
    return v;
  }
  bool all() {
    bool v = unit();
    while (take("and")) v = unit() && v;
    return v;
  }
  bool unit() {
    if (take("not")) return !unit();
    if (take("(")) {
      const bool v = any();
      if (!take(")")) throw std::invalid_argument("missing )");
      return v;
    }
    const std::string name = word();
    const auto it = row_.find(name);
    if (it == row_.end()) throw std::invalid_argument("no column \"" + name + "\"");
    return it->second;
  }
  std::string word() {
    skip();
    const std::size_t start = pos_;
    while (pos_ < text_.size() && (std::isalnum(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_')) ++pos_;
    return text_.substr(start, pos_ - start);
  }
  bool take(const std::string& token) {
    skip();
    if (text_.compare(pos_, token.size(), token) != 0) return false;
    const std::size_t end = pos_ + token.size();
    if (std::isalpha(static_cast<unsigned char>(token[0])) && end < text_.size() &&
        std::isalnum(static_cast<unsigned char>(text_[end])))
      return false;
    pos_ = end;
    return true;
  }
  void skip() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }

  std::string text_;
  const std::map<std::string, bool>& row_;
  std::size_t pos_ = 0;
};

}  // namespace

TEST_CASE("teaching sets: each description names its source and the rule its rows follow, and they do",
          "[builtin][teaching]") {
  int checked = 0;
  for (const BuiltinInfo& info : builtin_datasets()) {
    if (info.generated || info.needs_file) continue;
    CAPTURE(info.name, info.description);
    const std::string marker = "Its rows follow ";
    const std::size_t at = info.description.find(marker);
    REQUIRE(at != std::string::npos);
    std::string rule = info.description.substr(at + marker.size());
    REQUIRE(rule.back() == '.');
    rule.pop_back();
    const std::size_t equals = rule.find(" = ");
    REQUIRE(equals != std::string::npos);
    const std::string target = rule.substr(0, equals);
    const std::string expression = rule.substr(equals + 3);

    const Table t = load_builtin(info.name, {});
    REQUIRE(t.columns.back().name == target);
    for (std::size_t r = 0; r < t.rows; ++r) {
      std::map<std::string, bool> row;
      for (std::size_t c = 0; c < t.column_count(); ++c) row[t.columns[c].name] = t.number(r, c) != 0;
      CAPTURE(r);
      CHECK(Rule(expression, row).evaluate() == row[target]);
    }
    ++checked;
  }
  CHECK(checked == 4);  // three-rows, perceptron, xor, happy
}

TEST_CASE("teaching sets: the rule checker catches a rule the rows do not follow", "[builtin][teaching]") {
  // The description the perceptron table once had, "the output equals the first input".
  const Table t = teaching_perceptron();
  int disagreements = 0;
  for (std::size_t r = 0; r < t.rows; ++r) {
    std::map<std::string, bool> row;
    for (std::size_t c = 0; c < t.column_count(); ++c) row[t.columns[c].name] = t.number(r, c) != 0;
    disagreements += Rule("x1", row).evaluate() != row["y"];
  }
  CHECK(disagreements == 3);
}
