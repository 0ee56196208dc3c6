// The module's functions that need no playground: the built-in data sets, the limits,
// and the allocator's counts for the leak and memory tests.
#include <malloc.h>

#include "data/builtin_datasets.hpp"
#include "data/csv/csv_options.hpp"
#include "playground.hpp"
#include "train/config.hpp"
#include "train/memory_estimate.hpp"

namespace nnplay::bindings {

val builtin_list() {
  val out = val::array();
  for (const BuiltinInfo& b : builtin_datasets()) {
    val o = val::object();
    o.set("name", b.name);
    o.set("description", b.description);
    o.set("generated", b.generated);
    o.set("file", b.needs_file ? val(builtin_file(b.name)) : val::null());
    out.call<void>("push", o);
  }
  return out;
}

val limits() {
  val o = val::object();
  o.set("max_text_bytes", static_cast<double>(CsvOptions{}.max_bytes));
  o.set("memory_budget", static_cast<double>(default_memory_budget()));
  o.set("max_units", kMaxUnits);
  o.set("max_hidden_layers", kMaxHiddenLayers);
  o.set("max_epochs", kMaxEpochs);
  o.set("max_predict_values", kMaxPredictValues);
  return o;
}

double heap_in_use() {
  const struct mallinfo info = mallinfo();
  return static_cast<double>(info.uordblks);
}

double heap_peak() {
  const struct mallinfo info = mallinfo();
  return static_cast<double>(info.usmblks);  // dlmalloc: the most memory it has held at once
}

}  // namespace nnplay::bindings
