#pragma once
// Playground.decisionGrid: a network over a grid of the plane its two numeric inputs span.
#include <emscripten/val.h>

#include "data/dataset.hpp"
#include "data/preprocessing.hpp"
#include "nn/network.hpp"

namespace nnplay::bindings {

struct GridRequest {
  double x_min, x_max, y_min, y_max;  // the plane, in the data's units
  int resolution;                     // cells per side, 2 to 256
  int max_units;                      // unit maps per layer, 0 to 4096
};

// {resolution, values, classes, units, inputs} as documented in nnplay.mjs. Throws
// std::invalid_argument for a bad request or data that does not span a plane, and when
// the unit maps would take more than 256 MB.
emscripten::val plane_grid(Network& network, const Preprocessing& preprocessing, Task task, const GridRequest& request);

}  // namespace nnplay::bindings
