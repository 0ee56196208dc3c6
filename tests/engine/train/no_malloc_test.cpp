// The hot loop allocates nothing: after a warm-up step, a full training step of the
// MNIST-shaped 784-128-64-10 network with batch 64 makes no heap allocation.
//
// Two independent witnesses:
//  1. Eigen's own check: EIGEN_RUNTIME_NO_MALLOC is defined for the whole engine, and
//     Eigen::internal::set_is_malloc_allowed(false) makes eigen_assert fire on any Eigen
//     allocation. eigen_assert is compiled out under NDEBUG, though, and the engine library
//     is built in Release: its copies of Eigen's allocator do not check. This file
//     re-enables eigen_assert (as a throwing check, so that a test can observe it) for the
//     Eigen code compiled here only.
//  2. Counters that do not depend on the build type: this file replaces the global
//     operator new (every std::vector, std::string...) and, on glibc, interposes malloc,
//     calloc and realloc (Eigen's aligned_malloc calls malloc). The engine's allocations
//     go through these whichever way it was compiled.
// Each witness is shown to fire on a deliberate allocation, so a zero is not vacuous.
//
// Where the whole build has assertions on (scripts/sanitize.sh), the engine's copies of
// Eigen's inline allocator check with the standard assert, which aborts, and the linker
// may keep one of those for this file too: the deliberate allocation then cannot be
// observed as an exception, and that one check is skipped (the counters remain).
#ifndef NDEBUG
#define NNPLAY_TEST_ENGINE_ASSERTS 1
#endif
#undef NDEBUG
#include <stdexcept>
#include <string>

namespace nnplay_test {
struct EigenAssertion : std::logic_error {
  using std::logic_error::logic_error;
};
}  // namespace nnplay_test
#define eigen_assert(x)                                \
  do {                                                 \
    if (!(x)) throw ::nnplay_test::EigenAssertion(#x); \
  } while (false)

#include <cstdlib>
#include <new>

#include "nn/gemm.hpp"
#include "nn/network.hpp"
#include "nn/optimizer.hpp"
#include "test_common.hpp"
#include "train/trainer.hpp"

// ---- allocation counters ---------------------------------------------------------

namespace {
bool g_counting = false;
long g_operator_new = 0;  // calls of the global operator new / new[]
long g_malloc = 0;        // calls of malloc / calloc / realloc (operator new included)
}  // namespace

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NNPLAY_TEST_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define NNPLAY_TEST_ASAN 1
#endif

#if defined(__GLIBC__) && !defined(NNPLAY_TEST_ASAN)
#define NNPLAY_TEST_COUNTS_MALLOC 1
// glibc lets a program replace malloc; these forward to glibc's own implementation, so
// its free() still releases the memory.
extern "C" {
void* __libc_malloc(std::size_t size);
void* __libc_calloc(std::size_t count, std::size_t size);
void* __libc_realloc(void* pointer, std::size_t size);
void* malloc(std::size_t size) noexcept {
  if (g_counting) ++g_malloc;
  return __libc_malloc(size);
}
void* calloc(std::size_t count, std::size_t size) noexcept {
  if (g_counting) ++g_malloc;
  return __libc_calloc(count, size);
}
void* realloc(void* pointer, std::size_t size) noexcept {
  if (g_counting) ++g_malloc;
  return __libc_realloc(pointer, size);
}
}
#endif

void* operator new(std::size_t size) {
  if (g_counting) ++g_operator_new;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
  if (g_counting) ++g_operator_new;
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
// The nothrow forms too: every form a program does not replace keeps the runtime's own,
// and AddressSanitizer's nothrow new paired with the delete above is a mismatch it reports.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
  if (g_counting) ++g_operator_new;
  return std::malloc(size ? size : 1);
}
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept {
  if (g_counting) ++g_operator_new;
  return std::malloc(size ? size : 1);
}
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

using namespace nnplay;

namespace {

struct Counts {
  long operator_new, malloc;
};

// Runs `f` with both counters on and Eigen's allocations forbidden. Nothing inside may
// use Catch's assertion macros (they allocate).
template <class F>
Counts count_allocations(F&& f) {
  struct Restore {
    ~Restore() {
      g_counting = false;
      Eigen::internal::set_is_malloc_allowed(true);
    }
  } restore;
  g_operator_new = g_malloc = 0;
  Eigen::internal::set_is_malloc_allowed(false);
  g_counting = true;
  f();
  g_counting = false;
  Eigen::internal::set_is_malloc_allowed(true);
  return {g_operator_new, g_malloc};
}

// Keeps the optimizer from eliding an allocation whose result is otherwise unused.
void escape(void* p) { asm volatile("" : : "g"(p) : "memory"); }

Matrix uniform_matrix(Eigen::Index rows, Eigen::Index cols, std::uint64_t seed) {
  Rng rng(seed, 5);
  Matrix m(rows, cols);
  for (Eigen::Index j = 0; j < cols; ++j)
    for (Eigen::Index i = 0; i < rows; ++i) m(i, j) = rng.uniform_float();
  return m;
}

Matrix one_hot(int classes, Eigen::Index n, std::uint64_t seed) {
  Rng rng(seed, 6);
  Matrix y = Matrix::Zero(classes, n);
  for (Eigen::Index j = 0; j < n; ++j) y(static_cast<Eigen::Index>(rng.below(classes)), j) = 1;
  return y;
}

// The MNIST-shaped network and one batch of random data.
struct Mnistish {
  Network net;
  Matrix X = uniform_matrix(784, 64, 1);
  Matrix Y = one_hot(10, 64, 2);

  explicit Mnistish(Scalar keep_prob)
      : net(784,
            {{128, Activation::relu, keep_prob}, {64, Activation::relu, keep_prob}, {10, Activation::softmax, 1}}) {
    Rng rng(3, 1);
    net.initialize(Init::he, rng);
  }
};

}  // namespace

TEST_CASE("no malloc: a warmed-up training step of the 784-128-64-10 network allocates nothing", "[alloc]") {
  const OptimizerKind kind = GENERATE(OptimizerKind::sgd, OptimizerKind::momentum, OptimizerKind::nesterov,
                                      OptimizerKind::adagrad, OptimizerKind::rmsprop, OptimizerKind::adam);
  const Scalar keep = GENERATE(Scalar(1), Scalar(0.8));
  CAPTURE(name_of(kind), keep);

  Mnistish m(keep);
  const std::vector<ParamSlot> slots = m.net.parameter_slots();
  OptimizerConfig oc;
  oc.kind = kind;
  Optimizer optimizer(oc, slots);
  Rng dropout(4, 3);
  double loss = 0;

  // What Trainer::run_batch does for one mini-batch, then what evaluation does.
  auto step = [&](Eigen::Index n) {
    const auto X = m.X.leftCols(n);
    const auto Y = m.Y.leftCols(n);
    m.net.forward(X, &dropout);
    m.net.backward(X, Y, Loss::categorical_cross_entropy, {Scalar(1e-5), Scalar(1e-4)});
    optimizer.step(slots, Scalar(0.001));
    m.net.forward(X);
    loss += m.net.loss_sum(Y, Loss::categorical_cross_entropy) + m.net.penalty_cost(1e-5, 1e-4);
  };
  step(64);  // warm-up: the workspaces grow to the batch size here

  const Counts full = count_allocations([&] { step(64); });
  CHECK(full.operator_new == 0);
  CHECK(full.malloc == 0);
  // An epoch's last, smaller mini-batch reuses the same workspaces.
  const Counts partial = count_allocations([&] { step(40); });
  CHECK(partial.operator_new == 0);
  CHECK(partial.malloc == 0);
  CHECK(std::isfinite(loss));
#ifndef NNPLAY_TEST_COUNTS_MALLOC
  WARN("malloc is not counted in this build (no glibc, or AddressSanitizer): only operator new and Eigen's check");
#endif
}

TEST_CASE("no malloc: the allocation checks fire on deliberate allocations", "[alloc]") {
  Mnistish m(1);
#ifndef NNPLAY_TEST_ENGINE_ASSERTS
  SECTION("Eigen's check, active in this file, throws on a heap-allocated temporary") {
    bool threw = false;
    count_allocations([&] {
      try {
        Matrix temporary = m.X * Scalar(2);  // a new 784 x 64 matrix: Eigen allocates
        escape(temporary.data());
      } catch (const nnplay_test::EigenAssertion&) {
        threw = true;
      }
    });
    CHECK(threw);
  }
#endif
#ifdef NNPLAY_TEST_COUNTS_MALLOC
  SECTION("the malloc counter sees an Eigen allocation made inside the engine library") {
    // Network::predict returns a new Matrix, allocated by code compiled in the engine
    // (with NDEBUG, so Eigen's check there is silent).
    const Counts c = count_allocations([&] {
      Matrix out = m.net.predict(m.X);
      escape(out.data());
    });
    CHECK(c.malloc >= 1);
  }
#endif
  SECTION("the operator new counter sees a std::vector allocated inside the engine library") {
    const Counts c = count_allocations([&] {
      std::vector<ParamSlot> slots = m.net.parameter_slots();
      escape(slots.data());
    });
    CHECK(c.operator_new >= 1);
  }
}

TEST_CASE("no malloc: a trainer's mini-batches allocate nothing beyond the epoch's own bookkeeping",
          "[alloc][trainer]") {
  // Two trainers on the same 64 rows, one with 2 mini-batches an epoch and one with 8.
  // After a warm-up epoch, their second epochs do the same per-epoch work (evaluation,
  // the history entry), so any difference in allocations comes from the extra 6 batches.
  const Matrix x = uniform_matrix(20, 64, 7);
  std::vector<int> labels(64);
  for (int j = 0; j < 64; ++j) labels[j] = j % 3;
  auto data = test::classification_data(x, labels, 3);
  TrainingConfig c;
  c.hidden_layers = {{16, Activation::relu, Scalar(0.9)}, {8, Activation::tanh, 1}};
  c.optimizer.kind = OptimizerKind::adam;
  c.l1 = Scalar(0.01);  // both penalties: their gradients go into dW in place
  c.l2 = Scalar(0.01);

  c.batch_size = 32;
  Trainer two(c, data);
  c.batch_size = 8;
  Trainer eight(c, data);
  two.train_epoch();
  eight.train_epoch();
  const Counts a = count_allocations([&] { two.train_epoch(); });
  const Counts b = count_allocations([&] { eight.train_epoch(); });
  CAPTURE(a.operator_new, b.operator_new, a.malloc, b.malloc);
  CHECK(b.operator_new == a.operator_new);
  CHECK(b.malloc == a.malloc);
}

TEST_CASE("no malloc: the matrix product kernel reuses its workspace", "[alloc][gemm]") {
  // The layer products of the MNIST-shaped network, through the kernel the wasm build
  // uses (its portable instantiation here): after one round, another allocates nothing.
  const Matrix W = uniform_matrix(128, 784, 8), X = uniform_matrix(784, 64, 9), dZ = uniform_matrix(128, 64, 10);
  Matrix Z(128, 64), dW(128, 784), dX(784, 64);
  GemmWorkspace ws;
  auto products = [&](Eigen::Index n) {
    gemm(128, n, 784, {W.data(), 1, 128}, {X.data(), 1, 784}, Z.data(), 128, ws);
    gemm(128, 784, n, {dZ.data(), 1, 128}, {X.data(), 784, 1}, dW.data(), 128, ws);
    gemm(784, n, 128, {W.data(), 128, 1}, {dZ.data(), 1, 128}, dX.data(), 784, ws);
  };
  products(64);
  const Counts again = count_allocations([&] { products(64); });
  const Counts tail = count_allocations([&] { products(37); });
  CHECK(again.operator_new + again.malloc + tail.operator_new + tail.malloc == 0);
}
