#pragma once
// Numbers as spreadsheets write them, for the values parse_number refuses: thousands
// separators ("45,000", "1.234,5" in a decimal-comma file, "1 234"), a currency sign
// ("$12.50", "12,50 €", "-$5", "($5)"), a percent sign ("3.2%" reads 0.032). Also the
// values that are numbers no float holds: infinities, values beyond float range, and
// the error values spreadsheets write in cells ("#DIV/0!").
#include <cstddef>
#include <string>

#include "data/csv/number.hpp"

namespace nnplay {

// The separators of a column's numbers. `decimal_comma`: ',' is the decimal separator
// ('.' too, unless '.' groups thousands). `group`: ',' or '.' between groups of three
// digits, 0 for neither; spaces (also non-breaking) and apostrophes group digits too.
struct NumberSeparators {
  bool decimal_comma = false;
  char group = ',';
};

// What a value had besides its digits.
struct NumberDecorations {
  std::string group;         // the thousands separator, "" when none
  std::string currency;      // the currency sign, "" when none
  bool percent = false;      // "3.2%": the value read is 0.032
  bool parentheses = false;  // "(5)": the value read is -5
};

// Parses [begin, end) as a whole: surrounding spaces, then a sign or parentheses, a
// currency sign before or after, a percent sign after, and digits with thousands
// separators (each group after one exactly three digits) and a decimal separator, or an
// exponent without thousands separators. out_of_range for values beyond float range.
// Writes `out` only on ok, `seen` on ok and out_of_range.
NumberParse parse_decorated_number(const char* begin, const char* end, NumberSeparators separators, float& out,
                                   NumberDecorations& seen);

// A value that is a number no float holds; none for any other.
enum class SpecialNumber { none, infinite, out_of_range, spreadsheet_error };
SpecialNumber special_number(const char* begin, const char* end, NumberSeparators separators);
// The same without parsing digits: infinite or spreadsheet_error ("inf", "#DIV/0!"), else none.
SpecialNumber special_token(const char* begin, const char* end);

// What a '.' in a value of a decimal-comma file is: none (no '.', or not a number),
// groups (surely thousands: "1.234.567", "1.234,5"), maybe_groups ("45.000": thousands,
// unless the file writes decimal points), decimal ("5.1", "0.250", "1234.5").
enum class DotUse { none, groups, maybe_groups, decimal };
DotUse dot_use(const char* begin, const char* end);

}  // namespace nnplay
