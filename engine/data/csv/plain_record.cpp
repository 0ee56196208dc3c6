#include "data/csv/plain_record.hpp"

#include <cstdint>
#include <cstring>

namespace nnplay {
namespace {

inline int count_trailing_zeros(std::uint64_t x) {  // x != 0
#if defined(__GNUC__) || defined(__clang__)
  return __builtin_ctzll(x);
#else
  int n = 0;
  for (; (x & 1) == 0; x >>= 1) ++n;
  return n;
#endif
}

}  // namespace

const char* read_plain_record(const char* p, const char* end, const PlainRecordFormat& format, float* out) {
  static constexpr double kPow10[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9};
  const auto digit = [](char c) { return static_cast<unsigned>(c - '0') < 10u; };
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  // Single digits with their delimiters ("0,0,7,0,"), as image files are mostly made of,
  // go four fields to eight bytes. Only for the usual delimiters, which no number contains.
  const bool pairs =
      format.delimiter == ';' || format.delimiter == '\t' || (format.delimiter == ',' && !format.decimal_comma);
  const std::uint64_t pair_pattern =
      (0x30ull | (static_cast<std::uint64_t>(static_cast<unsigned char>(format.delimiter)) << 8)) *
      0x0001000100010001ull;
#endif
  for (std::size_t j = 0; j < format.columns; ++j) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (pairs && j + 4 < format.columns && end - p >= 8) {  // four fields, none of them the last
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      const std::uint64_t x = word ^ pair_pattern;  // digits -> 0..9 in even bytes, delimiters -> 0 in odd ones
      const std::uint64_t digits = x & 0x00FF00FF00FF00FFull, delimiters = x & 0xFF00FF00FF00FF00ull;
      // High bit of each byte that is wrong (carries only go to later bytes, or are masked out).
      const std::uint64_t bad = (((digits + 0x0076007600760076ull) | digits) & 0x0080008000800080ull) |
                                (((delimiters + 0x7F007F007F007F00ull) | delimiters) & 0x8000800080008000ull);
      const int good = bad == 0 ? 4 : count_trailing_zeros(bad) >> 4;  // leading good fields
      if (good > 0) {
        // All four written (they are inside the row); the ones past `good` are read again.
        out[j] = static_cast<float>(digits & 0xFF);
        out[j + 1] = static_cast<float>((digits >> 16) & 0xFF);
        out[j + 2] = static_cast<float>((digits >> 32) & 0xFF);
        out[j + 3] = static_cast<float>((digits >> 48) & 0xFF);
        p += 2 * good;
        j += static_cast<std::size_t>(good) - 1;
        continue;
      }
    }
    // Unsigned integers of up to 7 digits ending at the delimiter (or the line end in
    // the last column), the bulk of numeric files, take eight bytes at once: no branch
    // depends on the number's length. Anything else goes on to the general loop below.
    if (end - p >= 8) {
      std::uint64_t word;
      std::memcpy(&word, p, 8);
      const std::uint64_t x = word ^ 0x3030303030303030ull;  // digits -> 0..9
      // High bit of each byte that is not a digit (carries only go to later bytes,
      // which cannot hide the first one).
      const std::uint64_t other = ((x + 0x7676767676767676ull) | x) & 0x8080808080808080ull;
      if (other != 0) {
        const int n = count_trailing_zeros(other) >> 3;  // leading digits
        const char stop = p[n];
        const bool last = j + 1 == format.columns;
        if (n > 0 && (last ? (stop == '\n' || stop == '\r') : stop == format.delimiter)) {
          std::uint64_t v = x << (64 - 8 * n);  // the digits, right-aligned in 8 (leading zeros)
          v = (v * 10 + (v >> 8)) & 0x00FF00FF00FF00FFull;
          v = (v * 100 + (v >> 16)) & 0x0000FFFF0000FFFFull;
          v = (v * 10000 + (v >> 32)) & 0xFFFFFFFFull;
          out[j] = static_cast<float>(static_cast<std::uint32_t>(v));
          p += n + 1;
          if (!last) continue;
          if (stop == '\n') return p;
          return (p < end && *p == '\n') ? p + 1 : p;
        }
      }
    }
#endif
    // A field reads at most 1 + 10 + 1 + 10 bytes before giving up, and its terminator
    // one more: with that many bytes left the loops need no end checks.
    const bool roomy = end - p > 24;
    const bool negative = (roomy || p < end) && *p == '-';
    p += negative;
    std::uint32_t mantissa = 0;
    int digits = 0, fraction = 0;
    if (roomy) {
      for (; digits < 10 && digit(*p); ++p, ++digits) mantissa = mantissa * 10 + static_cast<std::uint32_t>(*p - '0');
      if (*p == '.' || (format.decimal_comma && *p == ','))
        for (++p; digits < 10 && digit(*p); ++p, ++digits, ++fraction)
          mantissa = mantissa * 10 + static_cast<std::uint32_t>(*p - '0');
    } else {
      for (; p < end && digits < 10 && digit(*p); ++p, ++digits)
        mantissa = mantissa * 10 + static_cast<std::uint32_t>(*p - '0');
      if (p < end && (*p == '.' || (format.decimal_comma && *p == ',')))
        for (++p; p < end && digits < 10 && digit(*p); ++p, ++digits, ++fraction)
          mantissa = mantissa * 10 + static_cast<std::uint32_t>(*p - '0');
    }
    if (digits == 0 || digits > 9) return nullptr;
    // Exact like parse_number's fast path: an integer below 2^53 over a power of ten.
    const double v = static_cast<double>(mantissa) / kPow10[fraction];
    out[j] = static_cast<float>(negative ? -v : v);
    if (j + 1 < format.columns) {
      if (p == end || *p != format.delimiter) return nullptr;
      ++p;
    } else {
      if (p == end) return p;
      if (*p == '\n') return p + 1;
      if (*p == '\r') return (p + 1 < end && p[1] == '\n') ? p + 2 : p + 1;
      return nullptr;
    }
  }
  return nullptr;
}

}  // namespace nnplay
