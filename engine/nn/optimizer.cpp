#include "nn/optimizer.hpp"

#include "core/number_format.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

#include "core/enum_names.hpp"

namespace nnplay {
namespace {

// Adam's three updates in one pass, element by element with the arithmetic (and so the
// rounding) of the Eigen expressions in step()'s comment. A plain loop over restrict
// pointers, which compilers vectorize, wasm SIMD included; Eigen's three expressions
// made three passes, not vectorized in the wasm build.
void adam_update(Scalar* __restrict w, const Scalar* __restrict g, Scalar* __restrict m, Scalar* __restrict v,
                 Eigen::Index size, const OptimizerConfig& c, Scalar rate, Scalar scale) {
  const Scalar b1 = c.beta1, b2 = c.beta2, eps = c.epsilon;
  const Scalar one_minus_b1 = 1 - b1, one_minus_b2 = 1 - b2;
  for (Eigen::Index i = 0; i < size; ++i) {
    const Scalar gi = g[i];
    const Scalar mi = b1 * m[i] + one_minus_b1 * gi;
    const Scalar vi = b2 * v[i] + one_minus_b2 * (gi * gi);
    m[i] = mi;
    v[i] = vi;
    w[i] = w[i] - rate * mi / (std::sqrt(vi * scale) + eps);
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
    first_.push_back(velocity ? Array::Zero(slot.size) : Array());
    second_.push_back(squares ? Array::Zero(slot.size) : Array());
  }
}

void Optimizer::step(const std::vector<ParamSlot>& slots, Scalar lr) {
  if (slots.size() != first_.size()) throw std::logic_error("optimizer: parameter slots changed");
  ++steps_;
  const OptimizerConfig& c = config_;
  // Adam's bias corrections 1 - beta^t, in double so that late steps stay exact.
  // Folded into a step size and a scale, so the update divides once per value.
  const double correction1 = 1.0 - std::pow(static_cast<double>(c.beta1), steps_);
  const double correction2 = 1.0 - std::pow(static_cast<double>(c.beta2), steps_);
  const Scalar adam_rate = static_cast<Scalar>(lr / correction1);
  const Scalar adam_scale = static_cast<Scalar>(1.0 / correction2);

  for (std::size_t s = 0; s < slots.size(); ++s) {
    Eigen::Map<Array> w(slots[s].value, slots[s].size);
    Eigen::Map<const Array> g(slots[s].grad, slots[s].size);
    Array& v = first_[s];
    Array& G = second_[s];
    switch (c.kind) {
      case OptimizerKind::sgd:  // W = W - lr dW
        w -= lr * g;
        break;
      case OptimizerKind::momentum:  // v = mu v - lr dW; W = W + v
        v = c.momentum * v - lr * g;
        w += v;
        break;
      case OptimizerKind::nesterov:  // v' = mu v - lr dW; W = W - mu v + (1 + mu) v'
        w -= c.momentum * v;
        v = c.momentum * v - lr * g;
        w += (1 + c.momentum) * v;
        break;
      case OptimizerKind::adagrad:  // G = G + dW^2; W = W - lr dW / (sqrt(G) + eps)
        G += g.square();
        w -= lr * g / (safe_sqrt(G) + c.epsilon);
        break;
      case OptimizerKind::rmsprop:  // S = rho S + (1 - rho) dW^2; W = W - lr dW / (sqrt(S) + eps)
        G = c.rho * G + (1 - c.rho) * g.square();
        w -= lr * g / (safe_sqrt(G) + c.epsilon);
        break;
      case OptimizerKind::adam:  // m, v moments; W = W - lr m^ / (sqrt(v^) + eps):
        // v = beta1 v + (1 - beta1) g;  G = beta2 G + (1 - beta2) g^2;
        // w -= adam_rate v / (sqrt(G adam_scale) + eps)
        adam_update(w.data(), g.data(), v.data(), G.data(), slots[s].size, c, adam_rate, adam_scale);
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
