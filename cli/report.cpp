#include "report.hpp"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

namespace nnplay::cli {
namespace {

// NaN (a figure that does not apply) is null in JSON.
nlohmann::json number_or_null(double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); }

// An epoch's figures under the module's names (bindings/README.md).
nlohmann::ordered_json metrics_json(const EpochMetrics& m) {
  return {{"epoch", m.epoch},
          {"train_loss", number_or_null(m.train_loss)},
          {"train_accuracy", number_or_null(m.train_accuracy)},
          {"train_r2", number_or_null(m.train_r2)},
          {"train_rmse", number_or_null(m.train_rmse)},
          {"validation_loss", number_or_null(m.validation_loss)},
          {"validation_accuracy", number_or_null(m.validation_accuracy)},
          {"validation_r2", number_or_null(m.validation_r2)},
          {"validation_rmse", number_or_null(m.validation_rmse)},
          {"learning_rate", m.learning_rate},
          {"seconds", m.seconds}};
}

}  // namespace

void Report::epoch(const EpochMetrics& m) {
  const bool classification = task_ == Task::classification;
  if (json_) {
    std::fprintf(out_, "%s\n", metrics_json(m).dump().c_str());
    return;
  }
  const char* metric = classification ? "accuracy" : "r2";
  if (!header_printed_) {
    std::fprintf(out_, "%6s  %11s  %11s  %11s  %11s  %10s  %8s\n", "epoch", "train_loss",
                 (std::string("train_") + metric).c_str(), "val_loss", (std::string("val_") + metric).c_str(), "lr",
                 "seconds");
    header_printed_ = true;
  }
  const double train = classification ? m.train_accuracy : m.train_r2;
  const double val = classification ? m.validation_accuracy : m.validation_r2;
  std::fprintf(out_, "%6d  %11.4f  %11.4f  %11.4f  %11.4f  %10.4g  %8.3f\n", m.epoch, m.train_loss, train,
               m.validation_loss, val, m.learning_rate, m.seconds);
}

void Report::note(const std::string& text) {
  if (json_)
    std::fprintf(out_, "%s\n", nlohmann::json({{"note", text}}).dump().c_str());
  else
    std::fprintf(out_, "note: %s\n", text.c_str());
}

void Report::stop_reason(const std::string& reason) {
  if (json_)
    std::fprintf(out_, "%s\n", nlohmann::json({{"stop_reason", reason}}).dump().c_str());
  else
    std::fprintf(out_, "stopped: %s\n", reason.c_str());
}

void Report::confusion(const ConfusionMatrix& counts, const std::vector<std::string>& class_names, const char* split) {
  if (json_) {
    std::fprintf(
        out_, "%s\n",
        nlohmann::json({{"confusion_matrix", counts}, {"class_names", class_names}, {"split", split}}).dump().c_str());
    return;
  }
  std::size_t width = 9;  // "predicted"
  for (const std::string& name : class_names) width = std::max(width, name.size());
  for (const auto& row : counts)
    for (long c : row) width = std::max(width, std::to_string(c).size());
  const int w = static_cast<int>(std::min<std::size_t>(width, 24));
  std::fprintf(out_, "\nconfusion matrix (%s rows; rows: actual, columns: predicted)\n%*s", split, w, "");
  for (const std::string& name : class_names) std::fprintf(out_, "  %*.*s", w, w, name.c_str());
  std::fprintf(out_, "\n");
  for (std::size_t i = 0; i < counts.size(); ++i) {
    std::fprintf(out_, "%*.*s", w, w, class_names[i].c_str());
    for (long c : counts[i]) std::fprintf(out_, "  %*ld", w, c);
    std::fprintf(out_, "\n");
  }
}

void Report::test(const Trainer::Evaluation& e, std::size_t rows) {
  const bool classification = task_ == Task::classification;
  if (json_) {
    nlohmann::ordered_json t = {{"rows", rows}, {"loss", number_or_null(e.loss)}};
    if (classification) {
      t["accuracy"] = number_or_null(e.accuracy);
    } else {
      t["r2"] = number_or_null(e.r2);
      t["rmse"] = number_or_null(e.rmse);
    }
    std::fprintf(out_, "%s\n", nlohmann::ordered_json({{"test", t}}).dump().c_str());
    return;
  }
  if (classification)
    std::fprintf(out_, "test: rows=%zu loss=%.4f accuracy=%.4f\n", rows, e.loss, e.accuracy);
  else
    std::fprintf(out_, "test: rows=%zu loss=%.4f r2=%.4f rmse=%.6g\n", rows, e.loss, e.r2, e.rmse);
}

void Report::final_line(const EpochMetrics& m, int epochs) {
  if (json_) {  // one JSON object a line throughout
    auto final = metrics_json(m);
    final["epochs_trained"] = epochs;
    std::fprintf(out_, "%s\n", nlohmann::ordered_json({{"final", final}}).dump().c_str());
    return;
  }
  std::fprintf(out_, "final: epochs=%d ", epochs);
  if (m.epoch != epochs) std::fprintf(out_, "weights_of_epoch=%d ", m.epoch);
  if (task_ == Task::classification)
    std::fprintf(out_, "train_loss=%.4f train_accuracy=%.4f val_loss=%.4f val_accuracy=%.4f\n", m.train_loss,
                 m.train_accuracy, m.validation_loss, m.validation_accuracy);
  else
    std::fprintf(out_, "train_loss=%.4f train_r2=%.4f val_loss=%.4f val_r2=%.4f val_rmse=%.6g\n", m.train_loss,
                 m.train_r2, m.validation_loss, m.validation_r2, m.validation_rmse);
}

}  // namespace nnplay::cli
