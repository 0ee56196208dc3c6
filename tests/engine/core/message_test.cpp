// Coded messages: the code and parameters beside the English text (which the other tests
// check), and the template table they are rendered from.
#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <string>

#include "core/message.hpp"
#include "core/rng.hpp"
#include "data/build.hpp"
#include "data/builtin_datasets.hpp"
#include "data/csv/read_csv.hpp"
#include "data/data_error.hpp"
#include "data/preprocessing.hpp"
#include "io/model_json.hpp"
#include "test_common.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

// The coded message of the DataError that f throws.
template <class F>
Message data_error_message(F&& f) {
  try {
    f();
  } catch (const DataError& e) {
    CHECK(english(e.message()) == e.what());
    return e.message();
  }
  FAIL("no DataError");
  return {};
}

const Message& nested(const Message& m, const std::string& name) {
  const MessageArg* arg = m.param(name);
  REQUIRE(arg != nullptr);
  REQUIRE(arg->is_message());
  return arg->message[0];
}

std::string text(const Message& m, const std::string& name) {
  const MessageArg* arg = m.param(name);
  REQUIRE(arg != nullptr);
  REQUIRE_FALSE(arg->is_message());
  return arg->text;
}

}  // namespace

TEST_CASE("message: English from the template, nested messages and lists", "[message]") {
  const Message m = Message("data.at_row_column")
                        .with("row", 4)
                        .with("column", column_message("x", 1))
                        .with("message", Message("csv.unterminated_quote"));
  CHECK(english(m) == "row 4, column \"x\" (2): a quoted field opens here and is never closed (unterminated quote)");
  CHECK(english(list_message({"a", "b", "c"})) == "a, b, c");
  CHECK(english(list_message({"a", "b", "c"}, ListStyle::and_last)) == "a, b and c");
  CHECK(english(list_message({"a"}, ListStyle::and_last)) == "a");
  CHECK(english(list_message({"a", "b"}, ListStyle::semicolon)) == "a; b");
  CHECK(english(quoted(std::string(50, 'z'))) == "\"" + std::string(40, 'z') + "\" (50 bytes, shortened)");
  CHECK_THROWS_AS(english(Message("no.such_code")), std::logic_error);
  CHECK_THROWS_AS(english(Message("data.at_row")), std::logic_error);  // no row, no message
}

TEST_CASE("message: the template table has unique codes and {name} placeholders only", "[message]") {
  std::set<std::string> codes;
  const std::regex code(R"([a-z0-9_]+(\.[a-z0-9_]+)+)");
  for (const MessageTemplate& t : message_templates()) {
    CAPTURE(t.code);
    CHECK(codes.insert(t.code).second);
    CHECK(std::regex_match(t.code, code));
    const std::string s = t.text;
    // Every brace is a placeholder's: {name}.
    const std::string stripped = std::regex_replace(s, std::regex(R"(\{[a-z_]+\})"), "");
    CHECK(stripped.find_first_of("{}") == std::string::npos);
  }
}

TEST_CASE("message: a bad number in a CSV column is coded with its row, column and value", "[message][csv]") {
  const Message m = data_error_message([] { build_dataset(parse_csv("a,b\n1,0\n2,1\nx,0\n3,1\n"), DatasetOptions{}); });
  CHECK(m.code == "data.at_row_column");
  CHECK(text(m, "row") == "4");
  const Message& column = nested(m, "column");
  CHECK(column.code == "data.column");
  CHECK(text(column, "name") == "\"a\"");
  CHECK(text(column, "number") == "1");
  const Message& inner = nested(m, "message");
  CHECK(inner.code == "csv.not_a_number");
  CHECK(text(inner, "value") == "\"x\"");
  CHECK(text(inner, "numbers") == "3");
  CHECK(text(inner, "others") == "1");
}

TEST_CASE("message: CSV file errors are coded", "[message][csv]") {
  SECTION("ragged rows, with the rows listed") {
    const Message m = data_error_message([] { parse_csv("a,b\n1,2\n3\n4,5,6\n7,8\n"); });
    CHECK(m.code == "csv.ragged_rows");
    CHECK(text(m, "count") == "2");
    CHECK(text(m, "expected") == "2");
    const Message& examples = nested(m, "examples");
    CHECK(examples.code == "list.pair");
    CHECK(nested(examples, "first").code == "csv.ragged_row");
    CHECK(text(nested(examples, "first"), "row") == "3");
    CHECK(text(nested(examples, "rest"), "fields") == "3");
  }
  SECTION("an unterminated quote, at its row and column") {
    const Message m = data_error_message([] { parse_csv("a,b\n1,2\n3,\"4\n5,6\n"); });
    CHECK(m.code == "data.at_row_column");
    CHECK(text(m, "row") == "3");
    CHECK(text(nested(m, "column"), "number") == "2");
    CHECK(nested(m, "message").code == "csv.unterminated_quote");
  }
  SECTION("an empty file, binary data, UTF-16") {
    CHECK(data_error_message([] { parse_csv("  \n\n"); }).code == "csv.empty");
    const Message png = data_error_message([] { parse_csv(std::string("\x89PNG\r\n", 6)); });
    CHECK(png.code == "csv.not_csv");
    CHECK(nested(png, "what").code == "csv.kind_png");
    CHECK(data_error_message([] {
            parse_csv(
                std::string("\xFF\xFE"
                            "a\0",
                            4));
          }).code == "csv.utf16");
  }
  SECTION("too few rows for a validation split") {
    DatasetOptions o;
    o.validation_fraction = 0.1;
    const Message m = data_error_message([&] { build_dataset(parse_csv("a,b\n1,2.5\n3,4.5\n"), o); });
    CHECK(m.code == "data.split_too_few");
    CHECK(text(m, "count") == "2");
    CHECK(nested(m, "split").code == "data.split_validation");
  }
  SECTION("no such target") {
    DatasetOptions o;
    o.target = "nope";
    const Message m = data_error_message([&] { build_dataset(parse_csv("a,b\n1,2\n3,4\n"), o); });
    CHECK(m.code == "data.no_target_column");
    CHECK(text(m, "name") == "\"nope\"");
  }
}

TEST_CASE("message: the summary's notes, dropped entries, warnings and target rule are coded one for one",
          "[message][summary]") {
  const Table t = parse_csv("id,const,price,label\n1,7,$1,a\n2,7,$2,b\n3,7,$3,a\n4,7,,b\n5,7,$5,a\n");
  const DatasetSummary s = summarize_table(t, DatasetOptions{});
  CHECK(s.target_rule_message.code == "data.target_named");
  CHECK(english(s.target_rule_message) == s.target_rule);
  REQUIRE(s.dropped_messages.size() == s.dropped.size());
  REQUIRE(s.dropped.size() >= 2);
  for (std::size_t i = 0; i < s.dropped.size(); ++i) CHECK(english(s.dropped_messages[i]) == s.dropped[i]);
  CHECK(s.dropped_messages[0].code == "data.dropped_column");
  REQUIRE(s.warning_messages.size() == s.warnings.size());
  REQUIRE_FALSE(s.warnings.empty());
  for (std::size_t i = 0; i < s.warnings.size(); ++i) CHECK(english(s.warning_messages[i]) == s.warnings[i]);
  CHECK(s.warning_messages[0].code == "csv.read_decorated");
  for (const ColumnSummary& c : s.columns) {
    CHECK(c.note.empty() == c.note_message.empty());
    if (!c.note.empty()) CHECK(english(c.note_message) == c.note);
  }
}

TEST_CASE("message: configuration range errors are coded with the field and its range", "[message][config]") {
  TrainingConfig c;
  c.optimizer.learning_rate = 200;
  try {
    c.validate();
    FAIL("no error");
  } catch (const MessageError& e) {
    const Message& m = e.message();
    CHECK(m.code == "config.out_of_range");
    CHECK(text(m, "field") == "learning_rate");
    CHECK(text(m, "value") == "200");
    CHECK(nested(m, "range").code == "config.range_in");
    CHECK(std::string(e.what()) == "learning_rate must be in (0, 100], got 200");
  }
}

TEST_CASE("message: what a page user can meet before training, when predicting and with a model file is coded",
          "[message]") {
  SECTION("a network too large for the memory budget, with its parts") {
    GeneratedOptions g;
    g.rows = 100;
    auto data = std::make_shared<Dataset>(build_dataset(load_builtin("circles", g), DatasetOptions{}).dataset);
    TrainingConfig c;
    c.hidden_layers = {{1000, Activation::relu, 1}, {1000, Activation::relu, 1}};
    try {
      Trainer trainer(c, data, std::size_t{1} << 20);
      FAIL("no error");
    } catch (const MessageError& e) {
      const Message& m = e.message();
      CHECK(m.code == "train.memory");
      CHECK(english(m) == e.what());
      CHECK(text(m, "limit") == "1.0 MB");
      CHECK(nested(m, "parts").code == "list.pair");
      CHECK(nested(nested(m, "parts"), "first").code == "memory.part");
    }
  }
  SECTION("a batch larger than the training rows") {
    GeneratedOptions g;
    g.rows = 20;
    auto data = std::make_shared<Dataset>(build_dataset(load_builtin("circles", g), DatasetOptions{}).dataset);
    TrainingConfig c;
    c.batch_size = 64;
    try {
      Trainer trainer(c, data);
      FAIL("no error");
    } catch (const MessageError& e) {
      CHECK(e.message().code == "train.batch_over_rows");
      CHECK(text(e.message(), "batch") == "64");
    }
  }
  SECTION("a prediction row's value that is not one of the categories seen") {
    const Message m = data_error_message([] {
      DatasetOptions o;
      o.scaling = Scaling::none;
      const DatasetBuild built =
          build_dataset(parse_csv("colour,size,label\nred,1,a\nblue,2,b\nred,3,a\nblue,4,b\n"), o);
      encode_rows(built.dataset.preprocessing, {{"green", "1"}});
    });
    CHECK(m.code == "predict.at_row_column");
    CHECK(text(m, "row") == "1");
    CHECK(nested(m, "column").code == "data.column");
    CHECK(nested(m, "message").code == "predict.not_a_category");
  }
  SECTION("a model file that is not JSON, not a model, or of another version") {
    const auto code_of = [](const std::string& text) {
      try {
        model_from_json(parse_json(text, Message("json.what_model")));
      } catch (const MessageError& e) {
        CHECK(english(e.message()) == e.what());
        return e.message().code;
      }
      return std::string("no error");
    };
    CHECK(code_of("  ") == "json.empty");
    CHECK(code_of("{\"format\": ") == "json.invalid");
    CHECK(code_of("[1, 2]") == "model.not_object");
    CHECK(code_of(R"({"format": "keras"})") == "model.format");
    CHECK(code_of(R"({"format": "nnplay-model", "version": 99})") == "model.version");
  }
}
