#include "data/split.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/rng.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

constexpr std::uint64_t kSplitStream = 0x53504c4954;  // "SPLIT"

void check_fractions(double validation, double test) {
  const auto fraction = [](const char* split, double value) {
    return DataError(Message("split.fraction").with("split", Message(split)).with("value", std::to_string(value)));
  };
  if (!(validation >= 0 && validation < 1)) throw fraction("data.split_validation", validation);
  if (!(test >= 0 && test < 1)) throw fraction("data.split_test", test);
  if (validation + test >= 1)
    throw DataError(Message("split.nothing_left")
                        .with("validation", std::to_string(validation))
                        .with("test", std::to_string(test)));
}

// Fisher-Yates with the project's generator, identical natively and in wasm.
void shuffle(std::vector<std::size_t>& v, Rng& rng) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[static_cast<std::size_t>(rng.below(i))]);
}

// How many of each group go to a split of `fraction`, totalling round(n * fraction),
// never taking a group's last `keep` available examples.
std::vector<std::size_t> allocate(const std::vector<std::size_t>& sizes, const std::vector<std::size_t>& available,
                                  std::size_t n, double fraction, std::size_t keep) {
  const std::size_t total = static_cast<std::size_t>(std::llround(static_cast<double>(n) * fraction));
  std::vector<std::size_t> take(sizes.size(), 0);
  std::size_t taken = 0;
  for (std::size_t c = 0; c < sizes.size(); ++c) {
    const std::size_t room = available[c] > keep ? available[c] - keep : 0;
    take[c] = std::min(room, static_cast<std::size_t>(std::floor(static_cast<double>(sizes[c]) * fraction)));
    taken += take[c];
  }
  while (taken < total) {
    std::size_t best = sizes.size();
    double best_loss = -1;
    for (std::size_t c = 0; c < sizes.size(); ++c) {
      const std::size_t room = available[c] > keep ? available[c] - keep : 0;
      const double loss = static_cast<double>(sizes[c]) * fraction - static_cast<double>(take[c]);
      if (take[c] < room && loss > best_loss) {
        best = c;
        best_loss = loss;
      }
    }
    if (best == sizes.size()) break;
    ++take[best];
    ++taken;
  }
  return take;
}

std::string percent(double f) { return std::to_string(static_cast<int>(std::lround(f * 100))) + "%"; }

SplitIndices split_groups(std::vector<std::vector<std::size_t>> groups, std::size_t n, double validation_fraction,
                          double test_fraction, std::uint64_t seed) {
  check_fractions(validation_fraction, test_fraction);
  Rng rng(seed, kSplitStream);
  std::vector<std::size_t> sizes, available;
  for (auto& g : groups) {
    shuffle(g, rng);
    sizes.push_back(g.size());
  }
  available = sizes;
  const auto val = allocate(sizes, available, n, validation_fraction, 1);
  for (std::size_t c = 0; c < groups.size(); ++c) available[c] -= val[c];
  const auto test = allocate(sizes, available, n, test_fraction, 1);

  SplitIndices s;
  for (std::size_t c = 0; c < groups.size(); ++c) {
    const auto& g = groups[c];
    s.validation.insert(s.validation.end(), g.begin(), g.begin() + static_cast<std::ptrdiff_t>(val[c]));
    s.test.insert(s.test.end(), g.begin() + static_cast<std::ptrdiff_t>(val[c]),
                  g.begin() + static_cast<std::ptrdiff_t>(val[c] + test[c]));
    s.train.insert(s.train.end(), g.begin() + static_cast<std::ptrdiff_t>(val[c] + test[c]), g.end());
  }
  const auto needs = [&](const char* what, double fraction, std::size_t got) {
    if (fraction > 0 && got == 0) {
      const bool one = n == 1, stratified = groups.size() > 1;
      const char* code = stratified ? (one ? "data.split_too_few_stratified_one" : "data.split_too_few_stratified")
                                    : (one ? "data.split_too_few_one" : "data.split_too_few");
      throw DataError(Message(code).with("count", n).with("split", Message(what)).with("fraction", percent(fraction)));
    }
  };
  needs("data.split_validation", validation_fraction, s.validation.size());
  needs("data.split_test", test_fraction, s.test.size());
  std::sort(s.train.begin(), s.train.end());
  std::sort(s.validation.begin(), s.validation.end());
  std::sort(s.test.begin(), s.test.end());
  return s;
}

}  // namespace

SplitIndices stratified_split(const std::vector<int>& labels, int classes, double validation_fraction,
                              double test_fraction, std::uint64_t seed) {
  std::vector<std::vector<std::size_t>> groups(static_cast<std::size_t>(std::max(classes, 0)));
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] < 0 || labels[i] >= classes)
      throw DataError("label " + std::to_string(labels[i]) + " of example " + std::to_string(i) + " is outside [0, " +
                      std::to_string(classes) + ")");
    groups[static_cast<std::size_t>(labels[i])].push_back(i);
  }
  return split_groups(std::move(groups), labels.size(), validation_fraction, test_fraction, seed);
}

SplitIndices random_split(std::size_t n, double validation_fraction, double test_fraction, std::uint64_t seed) {
  std::vector<std::vector<std::size_t>> groups(1);
  for (std::size_t i = 0; i < n; ++i) groups[0].push_back(i);
  return split_groups(std::move(groups), n, validation_fraction, test_fraction, seed);
}

SplitIndices split_rows(const DatasetPlan& plan, const DatasetOptions& options) {
  // The data's own test rows (plan.rows ascending: the last ones) stay the test set; the
  // fractions split the rest.
  const auto own_test = std::lower_bound(plan.rows.begin(), plan.rows.end(), plan.first_test_row);
  const auto rest = static_cast<std::size_t>(own_test - plan.rows.begin());
  const double test_fraction = rest < plan.rows.size() ? 0.0 : options.test_fraction;
  SplitIndices s =
      plan.task == Task::classification
          ? stratified_split(
                std::vector<int>(plan.labels.begin(), plan.labels.begin() + static_cast<std::ptrdiff_t>(rest)),
                static_cast<int>(plan.class_names.size()), options.validation_fraction, test_fraction, options.seed)
          : random_split(rest, options.validation_fraction, test_fraction, options.seed);
  for (std::size_t i = rest; i < plan.rows.size(); ++i) s.test.push_back(i);
  return s;
}

}  // namespace nnplay
