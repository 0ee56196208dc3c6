#pragma once
// What training a network on a data set holds in memory, estimated from the shapes alone,
// so that a configuration that would not fit is refused with the numbers before anything
// is allocated (in the browser a failed allocation of that size takes the tab with it).
#include <cstddef>
#include <string>

#include "core/message.hpp"
#include "data/dataset.hpp"
#include "train/config.hpp"

namespace nnplay {

// Bytes, as doubles: the products of large shapes overflow no integer this way.
struct MemoryEstimate {
  double data = 0;          // the data set's matrices: features and targets of every split
  double weights = 0;       // W and b of every layer
  double gradients = 0;     // dW and db, the same size
  double optimizer = 0;     // the optimizer's state: none (sgd), one or two copies (adam)
  double workspaces = 0;    // each layer's Z, A and gradient (+ dropout mask) per batch column
  double batch = 0;         // the shuffled mini-batch copies of x and y
  double targets = 0;       // encoded targets of every split and predictions over a split
  double best_weights = 0;  // early stopping's copy of the best weights
  const char* optimizer_name = "sgd";
  Eigen::Index batch_columns = 0;  // the columns the workspaces hold

  double total() const;
  // "data 188.0 MB, weights 1.1 GB, gradients 1.1 GB, adam state 2.2 GB, ..." (parts > 0).
  MessageArg parts() const;
};

// The budget training may use: 1.5 GB in WebAssembly (whose heap ends at 2 GB; see
// bindings/CMakeLists.txt), 8 GB natively.
std::size_t default_memory_budget();

// The estimate for training `config` on `data`, whose output layer is `output`.
MemoryEstimate estimate_training_memory(const TrainingConfig& config, const Dataset& data, const LayerSpec& output);

// Throws MessageError (train.memory) when the estimate is over the budget, e.g. "training this
// network needs about 3.2 GB (weights 1.1 GB, ...); the limit is 1.5 GB: use fewer units
// or layers, or a smaller batch".
void check_memory(const MemoryEstimate& estimate, std::size_t budget);

}  // namespace nnplay
