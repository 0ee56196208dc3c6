#pragma once
// The fast path of CSV parsing: a record made only of plain numbers ("0", "255",
// "-1.25"), read in one pass with no field splitting. A separate function, called once
// per record: V8 then moves it to optimized code during the first (long) parse, where
// one long-running function would stay in baseline code.
#include <cstddef>

namespace nnplay {

struct PlainRecordFormat {
  char delimiter;
  bool decimal_comma;
  std::size_t columns;
};

// Reads one record of `format.columns` numbers starting at p (the text ends at `end`)
// into out. Returns the start of the next record, or nullptr when this record needs the
// general reader (quotes, text, missing values, exponents, ragged rows...).
const char* read_plain_record(const char* p, const char* end, const PlainRecordFormat& format, float* out);

}  // namespace nnplay
