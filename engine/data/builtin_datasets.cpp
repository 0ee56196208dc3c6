#include "data/builtin_datasets.hpp"

#include <cmath>

#include "core/rng.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr std::uint64_t kGeneratorStream = 0x47454e;  // "GEN"

Table teaching(const char* name, std::vector<std::string> names, const std::vector<int>& cells) {
  return make_numeric_table(name, std::move(names), std::vector<float>(cells.begin(), cells.end()));
}

// Features x1..xn, target y.
Table teaching(const char* name, int features, const std::vector<int>& cells) {
  std::vector<std::string> names;
  for (int i = 1; i <= features; ++i) names.push_back("x" + std::to_string(i));
  names.push_back("y");
  return teaching(name, std::move(names), cells);
}

void check(const GeneratedOptions& o, bool uses_classes = false) {
  const auto out_of_range = [](const char* field, const char* min, const char* max, std::string value) {
    return DataError(Message("generated.out_of_range")
                         .with("field", field)
                         .with("min", min)
                         .with("max", max)
                         .with("value", std::move(value)));
  };
  if (o.rows < 2 || o.rows > 1000000) throw out_of_range("rows", "2", "1000000", std::to_string(o.rows));
  if (!(o.noise >= 0 && o.noise <= 10)) throw out_of_range("noise", "0", "10", std::to_string(o.noise));
  if (uses_classes && (o.classes < 2 || o.classes > 10))
    throw out_of_range("classes", "2", "10", std::to_string(o.classes));
}

// Accumulates (x, y, label) rows, adding the noise.
class Points {
 public:
  Points(const GeneratedOptions& o, const char* name) : rng_(o.seed, kGeneratorStream), noise_(o.noise), name_(name) {}
  Rng& rng() { return rng_; }
  void add(double x, double y, int label) {
    values_.push_back(static_cast<float>(x + noise_ * rng_.normal()));
    values_.push_back(static_cast<float>(y + noise_ * rng_.normal()));
    values_.push_back(static_cast<float>(label));
  }
  Table table() { return make_numeric_table(name_, {"x", "y", "label"}, std::move(values_)); }

 private:
  Rng rng_;
  double noise_;
  const char* name_;
  std::vector<float> values_;
};

// Points spread evenly over [-1, 1]², with a continuous target: f(x, y) plus Gaussian
// noise of standard deviation o.noise (the inputs stay exact).
template <class Surface>
Table regression_surface(const GeneratedOptions& o, const char* name, Surface f) {
  check(o);
  Rng rng(o.seed, kGeneratorStream);
  std::vector<float> values;
  values.reserve(3 * static_cast<std::size_t>(o.rows));
  for (int i = 0; i < o.rows; ++i) {
    const double x = 2 * rng.uniform() - 1;
    const double y = 2 * rng.uniform() - 1;
    values.push_back(static_cast<float>(x));
    values.push_back(static_cast<float>(y));
    values.push_back(static_cast<float>(f(x, y) + o.noise * rng.normal()));
  }
  return make_numeric_table(name, {"x", "y", "target"}, std::move(values));
}

}  // namespace

// "Understanding and coding neural networks from scratch" (Analytics Vidhya): the
// 3 x 4 binary input and labels 1, 1, 0 of its worked example.
Table teaching_three_rows() {
  return teaching("three-rows", 4,
                  {1, 0, 1, 0, 1,  //
                   1, 0, 1, 1, 1,  //
                   0, 1, 0, 1, 0});
}

// "Neural network from scratch" (Pratik Shukla, towardsai.net): the single-layer
// perceptron's 7-row input set and labels, as the material has them (row 1 and row 7
// repeat; the labels are linearly separable).
Table teaching_perceptron() {
  return teaching("perceptron", 3, {0, 1, 0, 1,  //
                                    0, 0, 1, 0,  //
                                    1, 0, 0, 0,  //
                                    1, 1, 0, 1,  //
                                    1, 1, 1, 1,  //
                                    0, 1, 1, 0,  //
                                    0, 1, 0, 1});
}

Table teaching_xor() { return teaching("xor", 2, {0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 1, 0}); }

// The "am I happy?" lesson of the from-scratch tutorials: one sigmoid unit with a bias,
// trained on mean squared error, learns when coffee, pizza and chili make one happy.
Table teaching_happy() {
  return teaching("happy", {"coffee", "pizza", "chili", "happy"}, {1, 1, 1, 1,  //
                                                                   1, 1, 0, 1,  //
                                                                   0, 0, 1, 0,  //
                                                                   1, 0, 1, 1,  //
                                                                   1, 0, 0, 0});
}

Table generate_circles(const GeneratedOptions& o) {
  check(o);
  Points p(o, "circles");
  for (int i = 0; i < o.rows; ++i) {
    const int label = i % 2;  // 0: inner disc (radius < 0.5), 1: ring (0.7..1)
    const double angle = 2 * kPi * p.rng().uniform();
    const double radius = label == 0 ? 0.5 * std::sqrt(p.rng().uniform()) : 0.7 + 0.3 * p.rng().uniform();
    p.add(radius * std::cos(angle), radius * std::sin(angle), label);
  }
  return p.table();
}

Table generate_spirals(const GeneratedOptions& o) {
  check(o);
  Points p(o, "spirals");
  const int per_class = o.rows / 2;
  for (int i = 0; i < o.rows; ++i) {
    const int label = i % 2;
    const double t = static_cast<double>(i / 2) / std::max(per_class, 1);  // 0..1 along the arm
    const double radius = 0.05 + 0.95 * t;
    const double angle = 1.75 * 2 * kPi * t + label * kPi;
    p.add(radius * std::cos(angle), radius * std::sin(angle), label);
  }
  return p.table();
}

Table generate_blobs(const GeneratedOptions& o) {
  check(o, true);
  Points p(o, "blobs");
  std::vector<double> cx, cy;
  for (int k = 0; k < o.classes; ++k) {  // centres evenly on a circle of radius 1
    cx.push_back(std::cos(2 * kPi * k / o.classes));
    cy.push_back(std::sin(2 * kPi * k / o.classes));
  }
  for (int i = 0; i < o.rows; ++i) {
    const int label = i % o.classes;
    p.add(cx[static_cast<std::size_t>(label)] + 0.25 * p.rng().normal(),
          cy[static_cast<std::size_t>(label)] + 0.25 * p.rng().normal(), label);
  }
  return p.table();
}

Table generate_moons(const GeneratedOptions& o) {
  check(o);
  Points p(o, "moons");
  for (int i = 0; i < o.rows; ++i) {
    const int label = i % 2;
    const double t = kPi * p.rng().uniform();
    if (label == 0)
      p.add(std::cos(t), std::sin(t), 0);
    else
      p.add(1 - std::cos(t), 0.5 - std::sin(t), 1);
  }
  return p.table();
}

Table generate_linear(const GeneratedOptions& o) {
  check(o);
  Points p(o, "linear");
  for (int i = 0; i < o.rows; ++i) {
    const double x = 2 * p.rng().uniform() - 1;
    const double y = 2 * p.rng().uniform() - 1;
    p.add(x, y, y > 0.5 * x + 0.1 ? 1 : 0);  // labels from the clean point, noise after
  }
  return p.table();
}

Table generate_quadrants(const GeneratedOptions& o) {
  check(o);
  Points p(o, "quadrants");
  for (int i = 0; i < o.rows; ++i) {
    // Kept off the axes (|x|, |y| >= 0.05), so that the clean point's quadrant is clear.
    const double x = (0.05 + 0.95 * p.rng().uniform()) * (p.rng().uniform() < 0.5 ? -1 : 1);
    const double y = (0.05 + 0.95 * p.rng().uniform()) * (p.rng().uniform() < 0.5 ? -1 : 1);
    p.add(x, y, x * y > 0 ? 0 : 1);
  }
  return p.table();
}

Table generate_plane(const GeneratedOptions& o) {
  return regression_surface(o, "plane", [](double x, double y) { return 0.6 * x - 0.4 * y; });
}

Table generate_gauss(const GeneratedOptions& o) {
  // Six bumps in two rows, signs alternating like a checkerboard (TensorFlow Playground's
  // "multi Gaussian"), each of height 1 and width 0.25.
  struct Bump {
    double x, y, sign;
  };
  static const Bump kBumps[] = {{-0.6, 0.45, 1},   {0, 0.45, -1}, {0.6, 0.45, 1},
                                {-0.6, -0.45, -1}, {0, -0.45, 1}, {0.6, -0.45, -1}};
  return regression_surface(o, "gauss", [](double x, double y) {
    double sum = 0;
    for (const Bump& b : kBumps)
      sum += b.sign * std::exp(-((x - b.x) * (x - b.x) + (y - b.y) * (y - b.y)) / (2 * 0.25 * 0.25));
    return sum;
  });
}

const std::vector<BuiltinInfo>& builtin_datasets() {
  static const std::vector<BuiltinInfo> kAll = {
      // A teaching set's description ends with the rule its rows follow, in the words of
      // tests/engine/data/teaching_rules_test.cpp: "Its rows follow y = ...".
      {"three-rows",
       "3 rows of 4 binary inputs, labels 1, 1, 0: the worked example of \"Understanding and coding neural "
       "networks from scratch\" (Analytics Vidhya). Its rows follow y = x1.",
       false, false},
      {"perceptron",
       "7 rows of 3 binary inputs: the single-layer perceptron of \"Neural network from scratch\" (Pratik "
       "Shukla, towardsai.net); one sigmoid unit learns them. Its rows follow y = x2 and (x1 or not x3).",
       false, false},
      {"xor", "the 4 rows of the XOR truth table: not linearly separable. Its rows follow y = x1 xor x2.", false,
       false},
      {"happy",
       "am I happy? 5 rows of coffee, pizza, chili (1: had it): the one-neuron lesson of the from-scratch "
       "tutorials, one sigmoid unit with a bias trained on mean squared error. Its rows follow happy = coffee "
       "and (pizza or chili).",
       false, false},
      {"circles", "2-D: a disc inside a ring", true, false},
      {"spirals", "2-D: two interleaved spirals", true, false},
      {"blobs", "2-D: Gaussian clusters, one per class", true, false},
      {"moons", "2-D: two interleaving half circles", true, false},
      {"linear", "2-D: two classes split by a line", true, false},
      {"quadrants", "2-D exclusive or: the class is whether x and y have the same sign", true, false},
      {"plane", "2-D regression: target = 0.6 x - 0.4 y plus noise", true, false},
      {"gauss", "2-D regression: Gaussian bumps of both signs, like a checkerboard, plus noise", true, false},
      {"iris", "Fisher's Iris: 150 flowers, 4 measurements, 3 species", false, true},
      {"mnist", "MNIST digits: 10,000 28x28 images, 784 pixel columns (0..255)", false, true},
      {"fashion-mnist",
       "Fashion-MNIST: 60,000 training and 10,000 test 28x28 images of clothing, 10 classes, 784 pixel columns "
       "(0..255)",
       false, true},
  };
  return kAll;
}

std::string builtin_file(const std::string& name) {
  if (name == "iris") return "data/iris.csv";
  if (name == "mnist") return "build/data/mnist.csv";
  if (name == "fashion-mnist") return "build/data/fashion-mnist";
  return {};
}

Table load_builtin(const std::string& name, const GeneratedOptions& options) {
  Table (*generate)(const GeneratedOptions&) = nullptr;
  int classes = 2;  // of a generated set's target; 0: a number (regression)
  if (name == "circles") generate = generate_circles;
  if (name == "spirals") generate = generate_spirals;
  if (name == "moons") generate = generate_moons;
  if (name == "linear") generate = generate_linear;
  if (name == "quadrants") generate = generate_quadrants;
  if (name == "blobs") generate = generate_blobs, classes = options.classes;
  if (name == "plane") generate = generate_plane, classes = 0;
  if (name == "gauss") generate = generate_gauss, classes = 0;
  if (generate) {
    Table table = generate(options);
    return options.added.empty() ? table : with_added_points(table, options.added, classes);
  }
  if (!options.added.empty()) throw DataError(Message("points.generated_sets_only"));
  if (name == "three-rows") return teaching_three_rows();
  if (name == "perceptron") return teaching_perceptron();
  if (name == "xor") return teaching_xor();
  if (name == "happy") return teaching_happy();
  const std::string file = builtin_file(name);
  if (!file.empty())
    throw DataError("the built-in data set \"" + name + "\" is a file, " + file +
                    (name == "fashion-mnist" ? ": load its IDX files" : ": load it as a CSV"));
  std::string known;
  for (const auto& b : builtin_datasets()) known += (known.empty() ? "" : ", ") + b.name;
  throw DataError("there is no built-in data set \"" + name + "\"; the built-ins are " + known);
}

}  // namespace nnplay
