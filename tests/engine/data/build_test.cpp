#include <catch2/catch.hpp>
#include <cmath>
#include <nlohmann/json.hpp>
#include <string>

#include "data/build.hpp"
#include "data/csv/read_csv.hpp"
#include "data_test_helpers.hpp"
#include "io/summary_json.hpp"

using Catch::Matchers::Contains;
using Catch::Matchers::WithinAbs;
using nnplay::build_dataset;
using nnplay::DatasetOptions;
using nnplay::decode_outputs;
using nnplay::Matrix;
using nnplay::parse_csv;
using nnplay::Scaling;
using nnplay::Table;
using nnplay::Task;
using nnplay_test::data_error_of;

namespace {

Table iris() { return nnplay::read_csv_file(std::string(NNPLAY_SOURCE_DIR) + "/data/iris.csv"); }

std::string build_error(const Table& t, const DatasetOptions& o = {}) {
  return data_error_of([&] { build_dataset(t, o); });
}

// Iris with one value replaced, as text.
std::string iris_text_with(int file_row, int column, const std::string& value) {
  const Table t = iris();
  std::string text = "sepal_length,sepal_width,petal_length,petal_width,species\n";
  for (std::size_t r = 0; r < t.rows; ++r) {
    for (std::size_t c = 0; c < 5; ++c) {
      const bool replace = t.file_rows[r] == file_row && static_cast<int>(c) == column;
      text += (c ? "," : "") + (replace ? value : t.text(r, c));
    }
    text += "\n";
  }
  return text;
}

}  // namespace

TEST_CASE("build_dataset: Iris end to end", "[dataset]") {
  const Table t = iris();
  const auto built = build_dataset(t);
  const auto& d = built.dataset;
  CHECK(d.task == Task::classification);
  CHECK(d.class_names == std::vector<std::string>{"setosa", "versicolor", "virginica"});
  CHECK(d.feature_names == std::vector<std::string>{"sepal_length", "sepal_width", "petal_length", "petal_width"});
  CHECK(d.train.x.rows() == 4);
  CHECK(d.train.size() == 120);
  CHECK(d.validation.size() == 30);
  CHECK(d.test.size() == 0);

  SECTION("stratified: each class 40 train, 10 validation") {
    std::vector<int> train(3, 0), val(3, 0);
    for (int l : d.train.labels) ++train[static_cast<std::size_t>(l)];
    for (int l : d.validation.labels) ++val[static_cast<std::size_t>(l)];
    CHECK(train == std::vector<int>{40, 40, 40});
    CHECK(val == std::vector<int>{10, 10, 10});
  }
  SECTION("standardization is fitted on the training split only") {
    for (int f = 0; f < 4; ++f) {
      CAPTURE(f);
      const auto row = d.train.x.row(f).cast<double>();
      const double mean = row.mean();
      const double sd = std::sqrt((row.array() - mean).square().mean());
      CHECK_THAT(mean, WithinAbs(0.0, 1e-5));
      CHECK_THAT(sd, WithinAbs(1.0, 1e-5));
      // The validation split goes through the same transform, so it is not exactly 0/1.
      CHECK(std::abs(d.validation.x.row(f).cast<double>().mean()) > 1e-4);
    }
    // Raw = x / scale + offset recovers the file's values.
    const auto& p = d.preprocessing;
    const double raw = d.train.x(0, 0) / p.scale(0) + p.offset(0);
    CHECK_THAT(raw, WithinAbs(5.1, 1e-5));  // first training row is the file's row 2
  }
  SECTION("minmax and none") {
    DatasetOptions o;
    o.scaling = nnplay::Scaling::minmax;
    const auto m = build_dataset(t, o).dataset;
    CHECK(m.train.x.minCoeff() == 0.0f);
    CHECK_THAT(m.train.x.maxCoeff(), WithinAbs(1.0, 1e-6));
    o.scaling = nnplay::Scaling::none;
    const auto n = build_dataset(t, o).dataset;
    CHECK(n.train.x(0, 0) == 5.1f);
  }
  SECTION("splits are seeded: same seed same split, other seed another") {
    DatasetOptions o;
    o.seed = 7;
    const auto a = build_dataset(t, o).dataset;
    const auto b = build_dataset(t, o).dataset;
    o.seed = 8;
    const auto c = build_dataset(t, o).dataset;
    CHECK(a.validation.x == b.validation.x);
    CHECK(a.validation.labels == b.validation.labels);
    CHECK_FALSE(a.validation.x == c.validation.x);
  }
  SECTION("a test split too") {
    DatasetOptions o;
    o.validation_fraction = 0.2;
    o.test_fraction = 0.1;
    const auto s = build_dataset(t, o);
    CHECK(s.dataset.train.size() == 105);
    CHECK(s.dataset.validation.size() == 30);
    CHECK(s.dataset.test.size() == 15);
    CHECK(s.summary.test_rows == 15);
  }
  SECTION("summary") {
    const auto& s = built.summary;
    CHECK(s.rows == 150);
    CHECK(s.target == "species");
    CHECK(s.target_number == 5);
    CHECK(s.task_inferred);
    REQUIRE(s.classes.size() == 3);
    CHECK(s.classes[1].name == "versicolor");
    CHECK(s.classes[1].count == 50);
    CHECK(s.columns[0].role == "feature");
    CHECK(s.columns[4].role == "target");
    CHECK(s.preview.size() == 10);
    CHECK(s.preview[0] == std::vector<std::string>{"5.1", "3.5", "1.4", "0.2", "setosa"});
    CHECK(s.feature_count == 4);
    const auto j = nnplay::summary_to_json(s);
    CHECK(j["columns"][4]["role"] == "target");
    CHECK(j["classes"][2]["name"] == "virginica");
    CHECK(j["task"] == "classification");
    CHECK(j["train_rows"] == 120);
  }
}

TEST_CASE("build_dataset: target and task", "[dataset]") {
  const Table t = parse_csv("a,b,c,d\n1,0.5,x,2\n2,1.5,y,3\n3,2.25,x,2\n4,3.5,y,3\n5,4.5,x,2\n");
  SECTION("by name, by index, default last") {
    DatasetOptions o;
    o.validation_fraction = 0;
    o.target = "c";
    CHECK(build_dataset(t, o).dataset.class_names == std::vector<std::string>{"x", "y"});
    o.target.clear();
    o.target_index = 3;
    CHECK(build_dataset(t, o).dataset.class_names == std::vector<std::string>{"2", "3"});
    CHECK(build_dataset(t, DatasetOptions{}).summary.target == "d");
  }
  SECTION("continuous numbers are regression, overridable") {
    DatasetOptions o;
    o.validation_fraction = 0;
    o.target = "b";
    const auto r = build_dataset(t, o).dataset;
    CHECK(r.task == Task::regression);
    CHECK(r.target_names == std::vector<std::string>{"b"});
    REQUIRE(r.train.targets.cols() == 5);
    // Trained on standardized targets (mean 2.45, sd 1.41774 on the training rows) ...
    const Eigen::ArrayXd trained = r.train.targets.row(0).transpose().cast<double>().array();
    CHECK_THAT(trained.mean(), WithinAbs(0.0, 1e-6));
    CHECK_THAT(std::sqrt(trained.square().mean()), WithinAbs(1.0, 1e-6));
    CHECK_THAT(r.train.targets(0, 2), WithinAbs((2.25 - 2.45) / 1.4177447, 1e-5));
    // ... which decode back to the file's values, as predictions do.
    Matrix decoded = r.train.targets;
    decode_outputs(r.preprocessing, decoded);
    CHECK_THAT(decoded(0, 2), WithinAbs(2.25, 1e-5));
    CHECK_THAT(decoded(0, 4), WithinAbs(4.5, 1e-5));
    // Without scaling the targets stay as they are.
    o.scaling = Scaling::none;
    CHECK(build_dataset(t, o).dataset.train.targets(0, 2) == 2.25f);
    o.scaling = Scaling::standardize;
    o.target = "d";
    o.task = Task::regression;
    CHECK(build_dataset(t, o).dataset.task == Task::regression);
    o.target = "c";
    CHECK_THAT(build_error(t, o), Contains("column \"c\" (3): the target holds text"));
  }
  SECTION("unknown target") {
    DatasetOptions o;
    o.target = "nope";
    CHECK_THAT(build_error(t, o), Contains("there is no column \"nope\"") && Contains("\"a\", \"b\", \"c\", \"d\""));
    o.target.clear();
    o.target_index = 9;
    CHECK_THAT(build_error(t, o),
               Contains("there is no column 10 to predict: the table has 4 columns, numbered from 1"));
    DatasetOptions i;
    i.ignore_columns = {"zz"};
    CHECK_THAT(build_error(t, i), Contains("there is no column \"zz\" to ignore"));
  }
}

TEST_CASE("build_dataset: without a target given, a column named label, target, class or y, else the last with values",
          "[dataset]") {
  SECTION("Kaggle's MNIST layout: label first, the pixels after") {
    const Table t = parse_csv("label,pixel0,pixel1,pixel2\n3,0,12,255\n7,5,0,3\n3,1,1,1\n7,0,9,9\n");
    const auto s = nnplay::summarize_table(t);
    CHECK(s.target == "label");
    CHECK(s.target_rule == "the column named \"label\"");
  }
  SECTION("names are matched in any case, in the order label, target, class, y") {
    CHECK(nnplay::summarize_table(parse_csv("x,Y,Class,z\n1,2,a,4\n2,3,b,5\n3,4,a,6\n")).target == "Class");
    CHECK(nnplay::summarize_table(parse_csv("a,y,b\n1,2,4\n2,3,5\n3,4,6\n")).target == "y");
    CHECK(nnplay::summarize_table(parse_csv("长度,宽度,类别\n1,2,a\n2,3,b\n3,4,a\n")).target == "类别");
  }
  SECTION("beside an x, a y is a coordinate; a column to ignore is never the target") {
    CHECK(nnplay::summarize_table(parse_csv("x,y,color\n1,2,a\n2,3,b\n3,4,a\n")).target == "color");
    DatasetOptions o;
    o.ignore_columns = {"label"};
    const auto s = nnplay::summarize_table(parse_csv("label,a,b\n1,2,x\n2,3,y\n3,4,x\n"), o);
    CHECK(s.target == "b");
    CHECK(s.target_rule == "the last column");
  }
  SECTION("a trailing delimiter's empty last column is skipped") {
    const Table t = parse_csv("a,b,c,\n1,2,x,\n2,4,y,\n3,1,x,\n4,3,y,\n5,5,x,\n");
    const auto s = nnplay::summarize_table(t);
    CHECK(s.target == "c");
    CHECK(s.target_rule == "the last column with values");
    const auto built = nnplay::build_dataset(t);
    CHECK(built.dataset.feature_count() == 2);
  }
  SECTION("otherwise the last column, and no rule when the target is given") {
    const Table t = parse_csv("a,b,c\n1,2,x\n2,4,y\n3,1,x\n");
    CHECK(nnplay::summarize_table(t).target_rule == "the last column");
    DatasetOptions o;
    o.target = "a";
    CHECK(nnplay::summarize_table(t, o).target_rule.empty());
  }
}

TEST_CASE("build_dataset: bad data stops the build with row, column and value", "[dataset][errors]") {
  SECTION("text in a numeric column") {
    const Table t = parse_csv(iris_text_with(17, 3, "abc"));
    const std::string msg = build_error(t);
    CHECK_THAT(msg, Contains("row 17, column \"petal_width\" (4): \"abc\" is not a number"));
    // The summary shows it without throwing; ignoring the column is a way out.
    const auto summary = nnplay::summarize_table(t);
    CHECK_THAT(summary.columns[3].note, Contains("row 17"));
    CHECK(summary.classes.size() == 3);  // the target's classes are still shown
    DatasetOptions o;
    o.ignore_columns = {"petal_width"};
    const auto d = build_dataset(t, o).dataset;
    CHECK(d.feature_count() == 3);
    CHECK(d.preprocessing.inputs[3].kind == nnplay::InputColumn::Kind::ignored);
  }
  SECTION("a target with one class") {
    const Table t = parse_csv("x,y\n1,a\n2,a\n3,a\n");
    CHECK(
        build_error(t) ==
        "column \"y\" (2): the target has only one class (\"a\" in all 3 rows used); a classifier needs at least two");
  }
  SECTION("every row its own class") {
    const Table t = parse_csv("x,y\n1,a\n2,b\n3,c\n4,d\n");
    CHECK_THAT(build_error(t), Contains("column \"y\" (2): every one of the 4 rows used has its own class"));
  }
  SECTION("too few rows for the split") {
    const Table t = parse_csv("x,y\n1,a\n2,b\n3,a\n");
    DatasetOptions o;
    o.validation_fraction = 0.1;
    CHECK_THAT(build_error(t, o), Contains("3 rows are too few for a validation split of 10%"));
    o.validation_fraction = 0.5;  // 2 rows of "a", 1 of "b": "b" must stay in training
    const auto d = build_dataset(t, o).dataset;
    CHECK(d.validation.size() == 1);
    CHECK(d.validation.labels == std::vector<int>{0});
  }
  SECTION("no feature left") {
    const Table t = parse_csv("c,y\n5,a\n5,b\n5,a\n");
    CHECK_THAT(build_error(t), Contains("no feature columns are left"));
    CHECK_THAT(nnplay::summarize_table(t).dropped[0], Contains("column \"c\" (1): constant (every value is \"5\")"));
  }
  SECTION("nothing half-built: the failed build leaves the caller's dataset alone") {
    nnplay::Dataset d = build_dataset(iris()).dataset;
    const Table bad = parse_csv("x,y\n1,a\n2,a\n");
    try {
      d = build_dataset(bad).dataset;
    } catch (const nnplay::DataError&) {
    }
    CHECK(d.train.size() == 120);
  }
}

TEST_CASE("build_dataset: categorical features and missing values", "[dataset]") {
  const std::string text =
      "colour,size,weight,label\n"
      "red,1,2.0,yes\n"
      "blue,2,,no\n"
      "red,NA,3.0,yes\n"
      "green,1,4.0,no\n"
      "blue,2,5.0,\n"
      "red,3,6.0,yes\n"
      "green,1,7.0,no\n"
      ",2,8.0,yes\n";
  const Table t = parse_csv(text);
  DatasetOptions o;
  o.validation_fraction = 0;
  o.scaling = nnplay::Scaling::none;

  SECTION("one-hot with names kept; numeric columns forced categorical") {
    o.categorical_columns = {"size"};
    o.missing = nnplay::MissingPolicy::impute;
    const auto build = build_dataset(t, o);
    const auto& d = build.dataset;
    CHECK(d.feature_names == std::vector<std::string>{"colour=blue", "colour=green", "colour=red", "size=1", "size=2",
                                                      "size=3", "weight"});
    // The summary names the inputs as the network sees them, and how they were scaled.
    CHECK(build.summary.feature_names == d.feature_names);
    CHECK(build.summary.scaling == nnplay::Scaling::none);
    // First row: red, 1, 2.0
    CHECK(d.train.x.col(0).transpose() == (nnplay::RowVector(7) << 0, 0, 1, 1, 0, 0, 2).finished());
  }
  SECTION("drop rows (default): the summary says what each policy costs") {
    const auto s = build_dataset(t, o).summary;
    CHECK(s.rows_missing_target == 1);
    CHECK(s.rows_missing_features == 3);
    CHECK(s.rows_dropped == 4);
    CHECK(s.rows_used == 4);
    CHECK(s.columns[0].missing == 1);
    CHECK(s.columns[2].missing == 1);
  }
  SECTION("impute: mean and most frequent from the training rows") {
    o.missing = nnplay::MissingPolicy::impute;
    const auto built = build_dataset(t, o);
    CHECK(built.summary.rows_used == 7);
    const auto& p = built.dataset.preprocessing;
    // Training rows: all 7 with a target. weight mean over the 6 present: (2+3+4+6+7+8)/6
    CHECK_THAT(p.inputs[2].fill_value, WithinAbs(5.0, 1e-9));
    CHECK(p.inputs[0].categories[static_cast<std::size_t>(p.inputs[0].fill_category)] == "red");
    CHECK(built.dataset.train.x(4, 1) == 5.0f);  // row "blue,2,,no": weight (feature 5) imputed
  }
  SECTION("round trip: table row -> encode_rows gives the dataset's x") {
    o.missing = nnplay::MissingPolicy::impute;
    o.scaling = nnplay::Scaling::standardize;
    const auto d = build_dataset(t, o).dataset;
    const std::vector<std::vector<std::string>> rows = {{"red", "1", "2.0"}, {"blue", "2", "", "no"}};
    const nnplay::Matrix x = nnplay::encode_rows(d.preprocessing, rows);
    CHECK(x.col(0).isApprox(d.train.x.col(0)));
    CHECK(x.col(1).isApprox(d.train.x.col(1)));
    // Decoding the one-hot back to the category name.
    Eigen::Index hot;
    x.col(0).head(3).maxCoeff(&hot);
    CHECK(d.feature_names[static_cast<std::size_t>(hot)] == "colour=red");
  }
}

TEST_CASE("build_dataset: amounts and percentages as spreadsheets write them are one numeric feature each",
          "[dataset]") {
  std::string text = "salary,rate,score,label\n";
  for (int i = 0; i < 40; ++i)
    text += "\"$" + std::to_string(30 + i) + "," + std::to_string(100 + 17 * i) + "\"," + std::to_string(i % 9 + 1) +
            "." + std::to_string(i % 10) + "%," + (i == 7 ? "inf" : std::to_string(i % 5)) + "," +
            (i % 2 ? "yes" : "no") + "\n";
  DatasetOptions o;
  o.validation_fraction = 0;
  const auto built = build_dataset(parse_csv(text), o);
  const auto& s = built.summary;
  CHECK(s.feature_count == 3);
  CHECK(built.dataset.feature_names == std::vector<std::string>{"salary", "rate", "score"});
  for (int c = 0; c < 3; ++c) CHECK(s.columns[static_cast<std::size_t>(c)].type == "numeric");
  CHECK(s.columns[0].min == 30100);
  CHECK(s.columns[1].max == 0.098f);
  CHECK(s.dropped == std::vector<std::string>{"1 rows with a missing feature value (impute instead to keep them)"});
  CHECK(s.warnings == std::vector<std::string>{
                          "column \"salary\" (1): read as numbers after removing thousands separators \",\" and the "
                          "currency sign \"$\" (\"$30,100\" → 30100)",
                          "column \"rate\" (2): percentages read as fractions (\"1.0%\" → 0.01)",
                          "column \"score\" (3), row 9: \"inf\" is infinite; treated as missing"});
  const nlohmann::json j = nnplay::summary_to_json(s);
  CHECK(j["warnings"].size() == 3);
}

TEST_CASE("build_dataset: with nothing left to learn from, the message says why", "[dataset]") {
  CHECK_THROWS_WITH(build_dataset(parse_csv("a,b,label\n1,2,yes\n"), DatasetOptions{}),
                    Contains("the data has one row: every column is constant in it"));
  CHECK_THROWS_WITH(build_dataset(parse_csv("a,b,label\n1,2,yes\n1,2,no\n1,2,yes\n"), DatasetOptions{}),
                    Contains("no feature columns are left to learn from: column \"a\" (1): constant"));
}

TEST_CASE("build_dataset: a table's own test rows are the test set; the fractions split the rest", "[dataset][split]") {
  // Iris' 150 flowers, the last 30 marked as the data's own test set (as read_idx marks
  // Fashion-MNIST's t10k pictures).
  Table t = iris();
  t.test_rows = 30;
  DatasetOptions o;
  o.validation_fraction = 0.25;
  o.test_fraction = 0.4;  // the table's own test rows take its place
  o.scaling = Scaling::minmax;
  const auto build = build_dataset(t, o);
  CHECK(build.summary.train_rows == 90);
  CHECK(build.summary.validation_rows == 30);
  CHECK(build.summary.test_rows == 30);
  // The file's last 30 rows are 30 virginica flowers, in the file's order.
  const auto& test = build.dataset.test;
  REQUIRE(test.size() == 30);
  for (int label : test.labels) CHECK(build.dataset.class_names[static_cast<std::size_t>(label)] == "virginica");
  // The scaling is fitted on the training rows alone: the test rows may fall outside [0, 1].
  CHECK(build.dataset.train.x.minCoeff() == 0);
  CHECK(build.dataset.train.x.maxCoeff() == 1);
  // Seeded as any split: the same options give the same rows.
  CHECK(build_dataset(t, o).dataset.validation.x == build.dataset.validation.x);
}
