#pragma once
// What nnplay-train prints: the epoch table or JSON lines, the confusion matrix, the
// final summary line.
#include <cstdio>
#include <string>

#include "train/metrics.hpp"
#include "train/trainer.hpp"

namespace nnplay::cli {

class Report {
 public:
  Report(std::FILE* out, bool json, Task task) : out_(out), json_(json), task_(task) {}

  // A sentence about the data or the settings, before the epochs: "note: ..." or {"note": ...}.
  void note(const std::string& text);
  void epoch(const EpochMetrics& m);
  void stop_reason(const std::string& reason);
  // Counts of the validation split (or the training split when there is none).
  void confusion(const ConfusionMatrix& counts, const std::vector<std::string>& class_names, const char* split);
  // The test rows' score, once training is over: "test: rows=10000 loss=0.3521 accuracy=0.8790".
  void test(const Trainer::Evaluation& e, std::size_t rows);
  // "final: epochs=50 train_loss=0.1234 train_accuracy=0.9812 val_loss=0.1500 val_accuracy=0.9722",
  // the figures of the model kept (m); after early stopping that is an earlier epoch than
  // the `epochs` trained, and the line says which ("weights_of_epoch=12").
  void final_line(const EpochMetrics& m, int epochs);

 private:
  std::FILE* out_;
  bool json_;
  Task task_;
  bool header_printed_ = false;
};

}  // namespace nnplay::cli
