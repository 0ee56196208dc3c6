// The native contestant of bench/compare.mjs: the MNIST-shaped 784-128-64-10 network
// trained from a CSV through the same data layer and configuration JSON the wasm
// Playground uses, timed the way the page's worker runs it (one epoch per call,
// metrics on the training rows included), plus one 10,000-row forward pass through the
// prediction path (raw rows read, encoded and predicted a chunk at a time by predict_raw,
// as Playground::predict does).
//
//   build/native/bench/mnist_bench --csv FILE --data JSON --sgd JSON --adam JSON
//
// Then reads commands on stdin, one per line, answers one JSON line each:
//   warmup N   -> trains N epochs with each optimizer, runs N forward passes
//   round      -> {"sgd_s": ..., "adam_s": ..., "forward_s": ..., "sgd_loss": ..., "adam_loss": ...}
//   sgd N, adam N, forward N -> {"seconds": total} (for profiling one part alone)
//   quit
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <memory>
#include <string>

#include "data/build.hpp"
#include "data/csv/read_csv.hpp"
#include "data/preprocessing.hpp"
#include "io/config_json.hpp"
#include "io/data_options.hpp"
#include "train/predict_raw.hpp"
#include "train/trainer.hpp"

using namespace nnplay;

namespace {

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int main(int argc, char** argv) {
  std::string csv_path, data_json = "{}", sgd_json, adam_json;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--csv"))
      csv_path = argv[i + 1];
    else if (!std::strcmp(argv[i], "--data"))
      data_json = argv[i + 1];
    else if (!std::strcmp(argv[i], "--sgd"))
      sgd_json = argv[i + 1];
    else if (!std::strcmp(argv[i], "--adam"))
      adam_json = argv[i + 1];
  }
  if (csv_path.empty() || sgd_json.empty() || adam_json.empty()) {
    std::fprintf(stderr, "usage: mnist_bench --csv FILE --data JSON --sgd JSON --adam JSON\n");
    return 2;
  }
  try {
    const DataOptions options = data_options_from_json(nlohmann::json::parse(data_json));
    const Table table = read_csv_file(csv_path, options.csv);
    // The raw pixel columns, features x rows, for the forward pass (what predict() gets).
    auto data = std::make_shared<const Dataset>(build_dataset(table, options.dataset).dataset);
    const auto inputs = static_cast<Eigen::Index>(data->preprocessing.inputs.size());
    const auto rows = static_cast<Eigen::Index>(table.rows);
    Eigen::MatrixXf raw(inputs, rows);
    // Column 0 is the label; the pixels follow in the input order.
    for (Eigen::Index r = 0; r < rows; ++r)
      for (Eigen::Index c = 0; c < inputs; ++c)
        raw(c, r) = table.number(static_cast<std::size_t>(r), static_cast<std::size_t>(c + 1));

    Trainer sgd(config_from_json(nlohmann::json::parse(sgd_json)), data);
    Trainer adam(config_from_json(nlohmann::json::parse(adam_json)), data);
    auto epoch = [](Trainer& t) {
      const auto start = std::chrono::steady_clock::now();
      const auto m = t.train(1);
      if (m.size() != 1) throw std::runtime_error("training stopped: " + t.stop_reason());
      return seconds_since(start);
    };
    double checksum = 0;
    auto forward = [&] {
      const auto start = std::chrono::steady_clock::now();
      const auto read = [&](Eigen::Index first, Eigen::Index n, Scalar* x) {
        std::copy_n(raw.col(first).data(), n * inputs, x);
      };
      const Matrix out = predict_raw(sgd.network(), data->preprocessing, rows, read);
      const double s = seconds_since(start);
      checksum += out(0, 0);
      return s;
    };

    std::printf("{\"ready\": true, \"inputs\": %ld, \"train_rows\": %ld, \"rows\": %ld}\n", static_cast<long>(inputs),
                static_cast<long>(data->train.size()), static_cast<long>(rows));
    std::fflush(stdout);
    std::string line;
    while (std::getline(std::cin, line)) {
      if (line.rfind("warmup", 0) == 0) {
        const int n = std::max(0, std::atoi(line.c_str() + 6));
        for (int i = 0; i < n; ++i) {
          epoch(sgd);
          epoch(adam);
          forward();
        }
        std::printf("{\"warm\": %d}\n", n);
      } else if (line == "round") {
        const double s = epoch(sgd), a = epoch(adam), f = forward();
        std::printf(
            "{\"sgd_s\": %.6f, \"adam_s\": %.6f, \"forward_s\": %.6f, \"sgd_loss\": %.5f, \"adam_loss\": %.5f}\n", s, a,
            f, sgd.history().back().train_loss, adam.history().back().train_loss);
      } else if (line.rfind("sgd ", 0) == 0 || line.rfind("adam ", 0) == 0 || line.rfind("forward ", 0) == 0) {
        // For profiling one part alone: "sgd N", "adam N", "forward N".
        const int n = std::max(0, std::atoi(line.c_str() + line.find(' ')));
        double s = 0;
        for (int i = 0; i < n; ++i) s += line[0] == 's' ? epoch(sgd) : line[0] == 'a' ? epoch(adam) : forward();
        std::printf("{\"seconds\": %.6f}\n", s);
      } else if (line == "quit") {
        break;
      } else {
        std::printf("{\"error\": \"unknown command\"}\n");
      }
      std::fflush(stdout);
    }
    if (checksum == 12345.678) std::puts("");
  } catch (const std::exception& e) {
    std::printf("{\"error\": \"%s\"}\n", e.what());
    return 1;
  }
  return 0;
}
