#pragma once
// A seeded generator of the project's own (xoshiro256**, seeded by splitmix64),
// so the same seed draws the same numbers natively and in WebAssembly.
#include <cstdint>

namespace nnplay {

class Rng {
 public:
  // `stream` separates independent uses of one seed (weights, shuffling, dropout...).
  explicit Rng(std::uint64_t seed = 0, std::uint64_t stream = 0);

  std::uint64_t next_u64();
  // Uniform in [0, 1) with 24 random bits: exact in float and identical everywhere.
  float uniform_float();
  // Uniform in [0, 1) with 53 random bits.
  double uniform();
  // Uniform integer in [0, n), without modulo bias.
  std::uint64_t below(std::uint64_t n);
  // Standard normal by Box-Muller in double precision (one value per call).
  double normal();

 private:
  std::uint64_t s_[4];
};

}  // namespace nnplay
