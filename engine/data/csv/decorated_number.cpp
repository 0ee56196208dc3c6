#include "data/csv/decorated_number.hpp"

#include <algorithm>
#include <cstring>

namespace nnplay {
namespace {

bool is_digit(char c) { return static_cast<unsigned>(c - '0') < 10u; }

bool starts_with(const char* b, const char* e, const char* s) {
  const std::size_t n = std::strlen(s);
  return static_cast<std::size_t>(e - b) >= n && std::memcmp(b, s, n) == 0;
}
bool ends_with(const char* b, const char* e, const char* s) {
  const std::size_t n = std::strlen(s);
  return static_cast<std::size_t>(e - b) >= n && std::memcmp(e - n, s, n) == 0;
}

// Spaces inside a spreadsheet's number: U+00A0 no-break, U+2009 thin, U+202F narrow no-break.
const char* const kWideSpaces[] = {"\xC2\xA0", "\xE2\x80\x89", "\xE2\x80\xAF"};

// Bytes of the space at p (a tab only when `tab`), or 0.
std::size_t space_at(const char* p, const char* e, bool tab) {
  if (p >= e) return 0;
  if (*p == ' ' || (tab && *p == '\t')) return 1;
  for (const char* s : kWideSpaces)
    if (starts_with(p, e, s)) return std::strlen(s);
  return 0;
}
std::size_t space_before(const char* b, const char* e) {
  if (e <= b) return 0;
  if (e[-1] == ' ' || e[-1] == '\t') return 1;
  for (const char* s : kWideSpaces)
    if (ends_with(b, e, s)) return std::strlen(s);
  return 0;
}
void trim(const char*& b, const char*& e) {
  for (std::size_t n; (n = space_at(b, e, true)) > 0;) b += n;
  for (std::size_t n; (n = space_before(b, e)) > 0;) e -= n;
}

// Signs and codes, each before the signs it ends with ("US$" before "$").
const char* const kCurrencies[] = {"US$", "R$",  "A$",  "C$",  "NZ$", "HK$", "S$",  "MX$", "$",   "€",
                                   "£",   "¥",   "￥",  "₹",   "₩",   "₽", "₺",   "₪",   "₫",   "₱",
                                   "₴",   "₦",   "元",  "円",  "USD", "EUR", "GBP", "JPY", "CNY", "CHF",
                                   "CAD", "AUD", "INR", "SEK", "NOK", "DKK", "PLN", "BRL", "kr",  "zł"};

// Whether a currency sign starts (ends) with a byte: most values are settled by one look.
struct CurrencyBytes {
  bool first[256] = {}, last[256] = {};
  CurrencyBytes() {
    for (const char* c : kCurrencies) {
      first[static_cast<unsigned char>(c[0])] = true;
      last[static_cast<unsigned char>(c[std::strlen(c) - 1])] = true;
    }
  }
};
const CurrencyBytes kCurrencyBytes;

const char* currency_prefix(const char* b, const char* e) {
  if (b == e || !kCurrencyBytes.first[static_cast<unsigned char>(*b)]) return nullptr;
  for (const char* c : kCurrencies)
    if (starts_with(b, e, c)) return c;
  return nullptr;
}
const char* currency_suffix(const char* b, const char* e) {
  if (b == e || !kCurrencyBytes.last[static_cast<unsigned char>(e[-1])]) return nullptr;
  for (const char* c : kCurrencies)
    if (ends_with(b, e, c)) return c;
  return nullptr;
}

// Bytes of the thousands separator at p, or 0.
std::size_t group_separator_at(const char* p, const char* e, NumberSeparators separators) {
  if (separators.group != 0 && *p == separators.group) return 1;
  if (*p == '\'') return 1;
  if (starts_with(p, e, "\xE2\x80\x99")) return 3;  // ’, as Swiss spreadsheets write it
  return space_at(p, e, false);
}

bool is_decimal_separator(char c, NumberSeparators separators) {
  return (c == '.' && separators.group != '.') || (c == ',' && separators.decimal_comma);
}

bool equals_upper(const char* b, const char* e, const char* upper) {
  const std::size_t n = std::strlen(upper);
  if (static_cast<std::size_t>(e - b) != n) return false;
  for (std::size_t i = 0; i < n; ++i) {
    const char c = b[i] >= 'a' && b[i] <= 'z' ? static_cast<char>(b[i] - 'a' + 'A') : b[i];
    if (c != upper[i]) return false;
  }
  return true;
}

}  // namespace

NumberParse parse_decorated_number(const char* begin, const char* end, NumberSeparators separators, float& out,
                                   NumberDecorations& seen) {
  NumberDecorations d;
  const char* b = begin;
  const char* e = end;
  trim(b, e);
  if (e - b >= 2 && *b == '(' && e[-1] == ')') {
    d.parentheses = true;
    ++b;
    --e;
    trim(b, e);
  }
  bool sign = false, negative = false;
  const auto take_sign = [&] {  // false on a second sign
    std::size_t n = 0;
    if (b < e && (*b == '-' || *b == '+')) n = 1;
    if (starts_with(b, e, "\xE2\x88\x92")) n = 3;  // − U+2212
    if (n == 0) return true;
    if (sign || d.parentheses) return false;
    sign = true;
    negative = *b != '+';
    b += n;
    trim(b, e);
    return true;
  };
  if (!take_sign()) return NumberParse::not_a_number;
  if (const char* c = currency_prefix(b, e)) {
    d.currency = c;
    b += std::strlen(c);
    trim(b, e);
    if (!take_sign()) return NumberParse::not_a_number;
  }
  if (b < e && e[-1] == '%') {
    d.percent = true;
    --e;
    trim(b, e);
  } else if (const char* c = currency_suffix(b, e)) {
    if (!d.currency.empty()) return NumberParse::not_a_number;
    d.currency = c;
    e -= std::strlen(c);
    trim(b, e);
  }

  if (b == e || !(is_digit(*b) || is_decimal_separator(*b, separators))) return NumberParse::not_a_number;
  // The digits as parse_number reads them: "-1234.5", thousands separators removed.
  std::string clean;
  if (negative || d.parentheses) clean += '-';
  const char* p = b;
  std::size_t group_digits = 0;  // digits since the start or the last thousands separator
  while (p < e) {
    if (is_digit(*p)) {
      clean += *p++;
      ++group_digits;
      continue;
    }
    const std::size_t n = group_separator_at(p, e, separators);
    if (n == 0) break;
    // The first group is 1 to 3 digits, not a leading 0; every later one exactly 3.
    const bool first = d.group.empty();
    if (first ? (group_digits == 0 || group_digits > 3 || *b == '0') : group_digits != 3)
      return NumberParse::not_a_number;
    const std::string separator(p, n);
    if (!first && separator != d.group) return NumberParse::not_a_number;
    d.group = separator;
    p += n;
    group_digits = 0;
    if (p == e || !is_digit(*p)) return NumberParse::not_a_number;
  }
  if (!d.group.empty() && group_digits != 3) return NumberParse::not_a_number;
  bool any_digit = clean.size() > (negative || d.parentheses ? 1u : 0u);
  if (p < e && is_decimal_separator(*p, separators)) {
    clean += '.';
    for (++p; p < e && is_digit(*p); ++p) {
      clean += *p;
      any_digit = true;
    }
  }
  if (!any_digit) return NumberParse::not_a_number;
  if (p < e && (*p == 'e' || *p == 'E') && d.group.empty() && !d.percent) {
    clean += *p++;
    if (p < e && (*p == '-' || *p == '+')) clean += *p++;
    if (p == e || !is_digit(*p)) return NumberParse::not_a_number;
    while (p < e && is_digit(*p)) clean += *p++;
  }
  if (p != e) return NumberParse::not_a_number;
  if (d.percent) clean += "e-2";  // exact: the decimal is scaled, then rounded once to float
  float value;
  const NumberParse result = parse_number(clean.data(), clean.data() + clean.size(), false, value);
  if (result == NumberParse::not_a_number) return result;
  if (result == NumberParse::ok) out = value;
  seen = std::move(d);
  return result;
}

SpecialNumber special_token(const char* begin, const char* end) {
  const char* b = begin;
  const char* e = end;
  trim(b, e);
  if (b < e && *b == '#') {
    for (const char* error : {"#DIV/0!", "#VALUE!", "#REF!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!",
                              "#FIELD!", "#GETTING_DATA", "#ERROR!"})
      if (equals_upper(b, e, error)) return SpecialNumber::spreadsheet_error;
    return SpecialNumber::none;
  }
  const char* word = b + (b < e && (*b == '-' || *b == '+'));
  if (equals_upper(word, e, "INF") || equals_upper(word, e, "INFINITY") || equals_upper(word, e, "∞"))
    return SpecialNumber::infinite;
  return SpecialNumber::none;
}

SpecialNumber special_number(const char* begin, const char* end, NumberSeparators separators) {
  const SpecialNumber token = special_token(begin, end);
  if (token != SpecialNumber::none) return token;
  float v;
  NumberDecorations d;
  if (parse_number(begin, end, separators.decimal_comma, v) == NumberParse::out_of_range ||
      parse_decorated_number(begin, end, separators, v, d) == NumberParse::out_of_range)
    return SpecialNumber::out_of_range;
  return SpecialNumber::none;
}

DotUse dot_use(const char* begin, const char* end) {
  if (std::memchr(begin, '.', static_cast<std::size_t>(end - begin)) == nullptr) return DotUse::none;
  float v;
  NumberDecorations d;
  if (parse_decorated_number(begin, end, {true, '.'}, v, d) != NumberParse::not_a_number && d.group == ".") {
    const bool decimal_comma = std::memchr(begin, ',', static_cast<std::size_t>(end - begin)) != nullptr;
    return decimal_comma || std::count(begin, end, '.') > 1 ? DotUse::groups : DotUse::maybe_groups;
  }
  if (parse_decorated_number(begin, end, {true, 0}, v, d) != NumberParse::not_a_number) return DotUse::decimal;
  return DotUse::none;
}

}  // namespace nnplay
