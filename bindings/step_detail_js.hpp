#pragma once
// One training step's numbers (engine/train/step_detail.hpp) as a plain JS object:
//   {epoch, batch, batches_per_epoch, update, batch_rows, rows: Int32Array, cost,
//    learning_rate, epoch_ended, metrics: EpochMetrics | null, Y: matrix,
//    layers: [{inputs, units, activation, keep_prob, A_prev, Z, A, D, dA, dZ, dW, db,
//              W_before, W_after, b_before, b_after}]}
// where a matrix is {rows, cols, values: Float32Array column-major (values[i + j*rows])},
// and D, dA are null when the layer has no dropout / is the output layer.
#include <emscripten/val.h>

#include <optional>

#include "nn/network.hpp"
#include "train/metrics.hpp"
#include "train/step_detail.hpp"

namespace nnplay::bindings {

emscripten::val step_detail_to_js(const StepDetail& detail, const std::optional<EpochMetrics>& metrics,
                                  const Network& network);

}  // namespace nnplay::bindings
