#pragma once
// What an optimizer updates: the network hands over its parameters as slots (W and b of
// every layer), each `size` values with their gradient beside them. The optimizer keeps
// its state (velocities, moments) by slot index, so it needs nothing else of the network.
#include "core/tensor.hpp"

namespace nnplay {

struct ParamSlot {
  Scalar* value;
  const Scalar* grad;
  Eigen::Index size;
};

}  // namespace nnplay
