// The module's functions that need no playground: the built-in data sets, and the
// allocator's counts for the leak and memory tests.
#include <malloc.h>

#include "data/builtin_datasets.hpp"
#include "playground.hpp"

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

double heap_in_use() {
  const struct mallinfo info = mallinfo();
  return static_cast<double>(info.uordblks);
}

double heap_peak() {
  const struct mallinfo info = mallinfo();
  return static_cast<double>(info.usmblks);  // dlmalloc: the most memory it has held at once
}

}  // namespace nnplay::bindings
