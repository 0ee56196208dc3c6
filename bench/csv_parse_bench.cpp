// CSV parse throughput and peak memory on a MNIST-shaped file: label + 784 integer
// pixel columns, 60,000 rows (about 110 MB).
//   csv_parse_bench [file.csv]   (default: a generated file with MNIST's statistics)
//   csv_parse_bench --write out.csv   writes the generated file (for csv_parse_chromium.mjs)
// Reports MB/s of parse (text -> Table) and of parse + build (-> Dataset), wall clock and
// CPU time: the first run in the fresh process (the figure for a user loading a file
// once), then the best of three warm runs; and the peak resident memory (VmHWM) against
// the bound: 2 x the final float data + the file. Linux only (reads /proc); the engine itself is not.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <sstream>
#include <sys/resource.h>
#include <string>
#include <utility>

#include "csv.hpp"
#include "dataset_builder.hpp"
#include "rng.hpp"

namespace {

// Generated like MNIST: about 19% of pixels non-zero, spread over 1..255.
std::string make_mnist_like_csv(int rows) {
  nnplay::Rng rng(2024, 7);
  std::string text = "label";
  for (int i = 0; i < 784; ++i) text += ",pixel" + std::to_string(i);
  text += '\n';
  text.reserve(static_cast<std::size_t>(rows) * 1900);
  char buf[8];
  for (int r = 0; r < rows; ++r) {
    text += static_cast<char>('0' + rng.below(10));
    for (int i = 0; i < 784; ++i) {
      text += ',';
      if (rng.uniform() < 0.19) {
        const int n = std::snprintf(buf, sizeof buf, "%d", 1 + static_cast<int>(rng.below(255)));
        text.append(buf, static_cast<std::size_t>(n));
      } else {
        text += '0';
      }
    }
    text += '\n';
  }
  return text;
}

// Peak resident set (VmHWM) and current (VmRSS) in bytes, from /proc/self/status.
long long proc_status_bytes(const char* key) {
  std::ifstream in("/proc/self/status");
  std::string line;
  while (std::getline(in, line))
    if (line.rfind(key, 0) == 0) return std::stoll(line.substr(std::string(key).size())) * 1024;
  return -1;
}

void reset_peak() { std::ofstream("/proc/self/clear_refs") << "5"; }

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

long minor_faults() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_minflt;
}

double cpu_seconds() { return static_cast<double>(std::clock()) / CLOCKS_PER_SEC; }

std::string load_text(int argc, char** argv) {
  if (argc <= 1) return make_mnist_like_csv(60000);
  std::ifstream in(argv[1], std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot open %s\n", argv[1]);
    std::exit(1);
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

nnplay::DatasetOptions mnist_options() {
  nnplay::DatasetOptions options;
  options.target_index = 0;                // the label column
  options.drop_constant_columns = false;  // keep all 784 pixels, as the MNIST network expects
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc == 3 && std::string(argv[1]) == "--write") {
    const std::string generated = make_mnist_like_csv(60000);
    std::ofstream out(argv[2], std::ios::binary);
    out.write(generated.data(), static_cast<std::streamsize>(generated.size()));
    if (!out) {
      std::fprintf(stderr, "cannot write %s\n", argv[2]);
      return 1;
    }
    std::printf("wrote %s, %.1f MB\n", argv[2], static_cast<double>(generated.size()) / 1e6);
    return 0;
  }
  std::string text = load_text(argc, argv);
  const double mb = static_cast<double>(text.size()) / 1e6;
  const std::size_t file_bytes = text.size();
  std::printf("file: %s, %.1f MB\n", argc > 1 ? argv[1] : "generated MNIST-shaped CSV", mb);
  std::ifstream loadavg("/proc/loadavg");
  std::string load;
  std::getline(loadavg, load);
  std::printf("load average while running: %s\n", load.c_str());

  // The first run is what a user loading a file gets: a fresh process, one parse, one
  // build (the memory pages are new to the process). Memory is measured in it too: parse,
  // release the text (as read_csv_file does), build the data set. The baseline is the
  // process without the text, so the peak counts the file's bytes too.
  const long long baseline = proc_status_bytes("VmRSS:") - static_cast<long long>(file_bytes);
  reset_peak();
  double final_bytes = 0, peak_parse = 0, peak = 0, first_parse = 0, first_total = 0, first_parse_cpu = 0,
         first_total_cpu = 0;
  long faults_parse = 0, faults_total = 0;
  {
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpu_seconds();
    const long f0 = minor_faults();
    nnplay::Table table = nnplay::parse_csv(text);
    first_parse = seconds_since(t0);
    first_parse_cpu = cpu_seconds() - c0;
    faults_parse = minor_faults() - f0;
    peak_parse = static_cast<double>(proc_status_bytes("VmHWM:") - baseline);
    std::string().swap(text);
    const auto t1 = std::chrono::steady_clock::now();
    const double c1 = cpu_seconds();
    const nnplay::Dataset dataset = nnplay::build_dataset(std::move(table), mnist_options()).dataset;
    first_total = first_parse + seconds_since(t1);
    first_total_cpu = first_parse_cpu + cpu_seconds() - c1;
    faults_total = minor_faults() - f0;
    peak = static_cast<double>(proc_status_bytes("VmHWM:") - baseline);
    final_bytes = static_cast<double>(dataset.train.x.size() + dataset.validation.x.size() + dataset.test.x.size()) *
                  sizeof(nnplay::Scalar);
    std::printf("table: %zu rows x %zu columns -> %d features, %ld train, %ld validation\n", table.rows,
                table.column_count(), dataset.feature_count(), static_cast<long>(dataset.train.size()),
                static_cast<long>(dataset.validation.size()));
  }
  const double bound = 2 * final_bytes + static_cast<double>(file_bytes);
  std::printf("peak memory (file text + table + data set): %.1f MB while parsing, %.1f MB overall; bound 2 x %.1f MB + %.1f MB = %.1f MB: %s\n",
              peak_parse / 1e6, peak / 1e6, final_bytes / 1e6, static_cast<double>(file_bytes) / 1e6, bound / 1e6,
              peak <= bound ? "within" : "OVER");
  std::printf("first run, fresh process (a user loading the file once); page faults: %ld parsing, %ld overall\n",
              faults_parse, faults_total);
  std::printf("parse (text -> Table):              %6.1f MB/s wall (%.3f s), %6.1f MB/s CPU (%.3f s)\n", mb / first_parse,
              first_parse, mb / first_parse_cpu, first_parse_cpu);
  std::printf("parse + build (text -> Dataset x):  %6.1f MB/s wall (%.3f s), %6.1f MB/s CPU (%.3f s)\n", mb / first_total,
              first_total, mb / first_total_cpu, first_total_cpu);

  // Warm runs: best of three in the same process, wall clock and process CPU time (the
  // latter is less disturbed by other processes on a shared machine). Freed memory may be
  // reused here, so these can be faster than the first run.
  text = load_text(argc, argv);
  std::printf("warm runs, best of 3 in the same process:\n");
  double parse_wall = 1e9, parse_cpu = 1e9, total_wall = 1e9, total_cpu = 1e9;
  for (int i = 0; i < 3; ++i) {
    const auto t0 = std::chrono::steady_clock::now();
    const double c0 = cpu_seconds();
    nnplay::Table table = nnplay::parse_csv(text);
    parse_wall = std::min(parse_wall, seconds_since(t0));
    parse_cpu = std::min(parse_cpu, cpu_seconds() - c0);
    const nnplay::Dataset dataset = nnplay::build_dataset(std::move(table), mnist_options()).dataset;
    total_wall = std::min(total_wall, seconds_since(t0));
    total_cpu = std::min(total_cpu, cpu_seconds() - c0);
  }
  std::printf("parse (text -> Table):              %6.1f MB/s wall (%.3f s), %6.1f MB/s CPU (%.3f s)\n", mb / parse_wall,
              parse_wall, mb / parse_cpu, parse_cpu);
  std::printf("parse + build (text -> Dataset x):  %6.1f MB/s wall (%.3f s), %6.1f MB/s CPU (%.3f s)\n", mb / total_wall,
              total_wall, mb / total_cpu, total_cpu);
  return 0;
}
