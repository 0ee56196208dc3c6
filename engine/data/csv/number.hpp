#pragma once
// Decimal text -> float without std::from_chars (absent for floating point in the
// libc++ Emscripten 3.1.6 ships) and without the locale: a fast exact path for the
// common short numbers, strtod on a validated bounded copy for the rest.
#include <cstddef>

namespace nnplay {

enum class NumberParse { ok, not_a_number, out_of_range };

// Parses [begin, end) as a whole: optional surrounding spaces, optional sign, digits with
// one decimal separator, optional exponent. `decimal_comma` also accepts ',' as the
// separator. Infinity, NaN, hex and thousands separators are not numbers here; values
// beyond float range are out_of_range. Writes `out` only on ok.
NumberParse parse_number(const char* begin, const char* end, bool decimal_comma, float& out);

}  // namespace nnplay
