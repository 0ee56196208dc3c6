#include "nn/optimizer.hpp"

#include "core/number_format.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/enum_names.hpp"

namespace nnplay {
namespace {

// Adam's moments that shrink towards zero are set to zero before their arithmetic goes
// subnormal, which runs many times slower on x86 (and WebAssembly cannot turn it off). A
// parameter whose gradient stops (a ReLU unit that died) keeps a first moment that shrinks
// by β₁ each step: a few hundred steps later rate·m (rate = α/(1 − β₁ᵗ), up to 10α) and
// β₁·m would be subnormal, on every step after, for every such parameter. So m is zero
// below 1e-30, and v, whose square root is the step's scale, only below the smallest
// normal float. What a zeroed m would have moved its weight by, rate·m/(√v̂ + ε), is at most
// rate·1e-30/1.1e-19 = rate·1e-11 while v is normal, and rate·1e-30/ε once v is zero too:
// below a float's resolution for any weight but one within 1e-18 of zero, for ε above 1e-19.
constexpr Scalar kNegligibleFirstMoment = Scalar(1e-30);
inline Scalar first_moment(Scalar m) { return std::abs(m) < kNegligibleFirstMoment ? Scalar{0} : m; }
inline Scalar second_moment(Scalar v) { return v < std::numeric_limits<Scalar>::min() ? Scalar{0} : v; }

// Adam for one parameter array, fused. The textbook lines, t the update count:
//   m = β₁·m + (1 − β₁)·dW
//   v = β₂·v + (1 − β₂)·dW²
//   m̂ = m / (1 − β₁ᵗ)
//   v̂ = v / (1 − β₂ᵗ)
//   W = W − α·m̂ / (√v̂ + ε)
// The bias corrections are folded into rate = α/(1 − β₁ᵗ) and v_scale = 1/(1 − β₂ᵗ), so
// the last line becomes W = W − rate·m / (√(v·v_scale) + ε): one pass, one division per
// value (tests/engine/nn/optimizer_test.cpp checks it against the lines above), with the
// moments zeroed as above. A plain loop over restrict pointers, which compilers
// vectorize, wasm SIMD included.
void adam_update(Scalar* __restrict W, const Scalar* __restrict dW, Scalar* __restrict m, Scalar* __restrict v,
                 Eigen::Index size, const OptimizerConfig& c, Scalar rate, Scalar v_scale) {
  const Scalar b1 = c.beta1, b2 = c.beta2, eps = c.epsilon;
  const Scalar one_minus_b1 = 1 - b1, one_minus_b2 = 1 - b2;
  for (Eigen::Index i = 0; i < size; ++i) {
    const Scalar g = dW[i];
    const Scalar mi = first_moment(b1 * m[i] + one_minus_b1 * g);
    const Scalar vi = second_moment(b2 * v[i] + one_minus_b2 * (g * g));
    m[i] = mi;
    v[i] = vi;
    W[i] = W[i] - rate * mi / (std::sqrt(vi * v_scale) + eps);
  }
}

// sqrt of a squared-gradient sum, vectorized and without a floating-point fault. Eigen's
// fast float sqrt (EIGEN_FAST_MATH) computes x * rsqrt(x): for an exact zero, which the
// sums hold for every parameter without a gradient yet (dead ReLU units), that is 0 * inf,
// an invalid operation that floating-point traps catch; denormals are flushed to zero.
// Raising the sums to the smallest normal float first avoids both and moves the root by
// at most 1.1e-19, far below epsilon. (std::sqrt is exact but not vectorized: 4 times
// slower on this step.)
template <class Expr>
auto safe_sqrt(const Expr& a) {
  return a.max(std::numeric_limits<Scalar>::min()).sqrt();
}

}  // namespace

int state_arrays(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::sgd: return 0;
    case OptimizerKind::momentum:
    case OptimizerKind::nesterov:
    case OptimizerKind::adagrad:
    case OptimizerKind::rmsprop: return 1;
    case OptimizerKind::adam: return 2;
  }
  return 2;
}

// Only the state the rule uses is sized (the others stay empty): Adam's two moments
// double the memory of the weights, plain SGD needs nothing.
Optimizer::Optimizer(const OptimizerConfig& config, const std::vector<ParamSlot>& slots) : config_(config) {
  const bool velocity = config.kind == OptimizerKind::momentum || config.kind == OptimizerKind::nesterov ||
                        config.kind == OptimizerKind::adam;
  const bool squares = config.kind == OptimizerKind::adagrad || config.kind == OptimizerKind::rmsprop ||
                       config.kind == OptimizerKind::adam;
  for (const ParamSlot& slot : slots) {
    velocity_or_m_.push_back(velocity ? Array::Zero(slot.size) : Array());
    squares_or_v_.push_back(squares ? Array::Zero(slot.size) : Array());
  }
}

void Optimizer::step(const std::vector<ParamSlot>& slots, Scalar lr) {
  if (slots.size() != velocity_or_m_.size()) throw std::logic_error("optimizer: parameter slots changed");
  ++steps_;
  const OptimizerConfig& c = config_;
  // Adam's bias corrections 1 - β^t, in double so that late steps stay exact, folded
  // into a step size and a scale of v (see adam_update).
  const double correction1 = 1.0 - std::pow(static_cast<double>(c.beta1), steps_);
  const double correction2 = 1.0 - std::pow(static_cast<double>(c.beta2), steps_);
  const Scalar adam_rate = static_cast<Scalar>(lr / correction1);
  const Scalar adam_v_scale = static_cast<Scalar>(1.0 / correction2);

  for (std::size_t s = 0; s < slots.size(); ++s) {
    Eigen::Map<Array> W(slots[s].value, slots[s].size);
    Eigen::Map<const Array> dW(slots[s].grad, slots[s].size);
    switch (c.kind) {
      case OptimizerKind::sgd:  // W = W - α·dW
        W -= lr * dW;
        break;
      case OptimizerKind::momentum: {  // v = μ·v - α·dW;  W = W + v
        Array& v = velocity_or_m_[s];
        v = c.momentum * v - lr * dW;
        W += v;
        break;
      }
      case OptimizerKind::nesterov: {  // v' = μ·v - α·dW;  W = W - μ·v + (1 + μ)·v'
        Array& v = velocity_or_m_[s];
        W -= c.momentum * v;
        v = c.momentum * v - lr * dW;
        W += (1 + c.momentum) * v;
        break;
      }
      case OptimizerKind::adagrad: {  // G = G + dW²;  W = W - α·dW / (√G + ε)
        Array& G = squares_or_v_[s];
        G += dW.square();
        W -= lr * dW / (safe_sqrt(G) + c.epsilon);
        break;
      }
      case OptimizerKind::rmsprop: {  // S = ρ·S + (1 - ρ)·dW²;  W = W - α·dW / (√S + ε)
        Array& S = squares_or_v_[s];
        S = c.rho * S + (1 - c.rho) * dW.square();
        W -= lr * dW / (safe_sqrt(S) + c.epsilon);
        break;
      }
      case OptimizerKind::adam:  // m, v, m̂, v̂: see adam_update
        adam_update(W.data(), dW.data(), velocity_or_m_[s].data(), squares_or_v_[s].data(), slots[s].size, c, adam_rate,
                    adam_v_scale);
        break;
    }
  }
}

double Optimizer::learning_rate_at(int epoch) const {
  // The configured float values read as the decimals the user typed (0.01, not 0.0099999998).
  const double lr = shortest_decimal(config_.learning_rate);
  const double decay = shortest_decimal(config_.decay);
  switch (config_.schedule) {
    case Schedule::constant: return lr;
    case Schedule::step: return lr * std::pow(decay, epoch / config_.decay_epochs);
    case Schedule::inverse: return lr / (1.0 + decay * epoch);
  }
  return lr;
}

const char* name_of(OptimizerKind kind) {
  switch (kind) {
    case OptimizerKind::sgd: return "sgd";
    case OptimizerKind::momentum: return "momentum";
    case OptimizerKind::nesterov: return "nesterov";
    case OptimizerKind::adagrad: return "adagrad";
    case OptimizerKind::rmsprop: return "rmsprop";
    case OptimizerKind::adam: return "adam";
  }
  return "?";
}

OptimizerKind optimizer_from_name(const std::string& name, const std::string& field) {
  return enum_from_name(name, field,
                        std::array{OptimizerKind::sgd, OptimizerKind::momentum, OptimizerKind::nesterov,
                                   OptimizerKind::adagrad, OptimizerKind::rmsprop, OptimizerKind::adam});
}

const char* name_of(Schedule schedule) {
  switch (schedule) {
    case Schedule::constant: return "constant";
    case Schedule::step: return "step";
    case Schedule::inverse: return "inverse";
  }
  return "?";
}

Schedule schedule_from_name(const std::string& name, const std::string& field) {
  return enum_from_name(name, field, std::array{Schedule::constant, Schedule::step, Schedule::inverse});
}

}  // namespace nnplay
