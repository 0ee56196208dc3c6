#pragma once
// The data sets that ship with the playground, as Tables (build them with build_dataset):
// the teaching examples, generated 2-D sets (seeded, with noise), and loaders for the
// real data files (Iris committed in data/, MNIST generated into build/data/).
#include <cstdint>
#include <string>
#include <vector>

#include "data/added_points.hpp"
#include "data/table.hpp"

namespace nnplay {

// Teaching examples: features x1..xn, target "y" (last column); happy's are named.
Table teaching_three_rows();  // 3 rows, 4 binary features, labels 1, 1, 0
Table teaching_perceptron();  // 7 rows, 3 binary features, y = x2 and (x1 or not x3)
Table teaching_xor();         // 4 rows, y = x1 XOR x2
Table teaching_happy();       // coffee, pizza, chili -> happy = coffee and (pizza or chili)

struct GeneratedOptions {
  int rows = 400;
  double noise = 0.1;  // standard deviation of Gaussian noise added to x, y (regression: to the target)
  std::uint64_t seed = 1;
  int classes = 3;                // blobs only
  std::vector<AddedPoint> added;  // points added by hand, appended as the last rows
};

// Generated 2-D sets: columns x, y, label (integer classes). Same seed, same table,
// natively and in wasm (drawn with nnplay::Rng only).
Table generate_circles(const GeneratedOptions& o = {});    // inner disc vs outer ring
Table generate_spirals(const GeneratedOptions& o = {});    // two interleaved spirals
Table generate_blobs(const GeneratedOptions& o = {});      // o.classes Gaussian clusters
Table generate_moons(const GeneratedOptions& o = {});      // two interleaving half circles
Table generate_linear(const GeneratedOptions& o = {});     // split by a line
Table generate_quadrants(const GeneratedOptions& o = {});  // exclusive or: same sign of x and y or not
// Generated 2-D regression sets: columns x, y (uniform over [-1, 1]²), target.
Table generate_plane(const GeneratedOptions& o = {});  // target = 0.6 x - 0.4 y
Table generate_gauss(const GeneratedOptions& o = {});  // six Gaussian bumps of both signs

struct BuiltinInfo {
  std::string name;  // the identifier the CLI and the page use
  std::string description;
  bool generated;   // accepts GeneratedOptions
  bool needs_file;  // loaded from a file: a CSV, or a folder of IDX files (see builtin_file)
};
const std::vector<BuiltinInfo>& builtin_datasets();

// A teaching table or a generated set by name ("xor", "circles", ...), with the points
// added by hand (generated sets only). Throws DataError for an unknown name, listing the
// known ones, and for a file-backed one ("iris", "mnist"): its file is read by
// load_builtin_or_file (the page fetches it and loads it as a CSV).
Table load_builtin(const std::string& name, const GeneratedOptions& options = {});
// Any built-in: load_builtin's, or a file-backed one read from `data_dir` (the repository
// root). In its own file (builtin_files.cpp), so that the WebAssembly module, which never
// reads files, does not carry the file reader.
Table load_builtin_or_file(const std::string& name, const GeneratedOptions& options, const std::string& data_dir);
// Relative path of a file-backed built-in: "data/iris.csv", "build/data/mnist.csv", or the
// folder of Fashion-MNIST's four IDX files, uncompressed: "build/data/fashion-mnist".
std::string builtin_file(const std::string& name);

}  // namespace nnplay
