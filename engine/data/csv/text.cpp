#include "data/csv/text.hpp"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

namespace nnplay {
namespace {

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(const char* data, std::size_t size, const char* token) {
  std::size_t i = 0;
  for (; token[i] != '\0'; ++i)
    if (i >= size || lower(data[i]) != token[i]) return false;
  return i == size;
}

// Windows-1252 0x80..0x9f; 0 where the code page leaves the byte undefined (then Latin-1).
constexpr unsigned short kCp1252[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                        0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Length of the valid UTF-8 sequence at s[i], or 0.
std::size_t utf8_sequence(const std::string& s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned cp;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    cp = c & 0x07;
  } else
    return 0;
  if (i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

bool is_missing_token(const char* data, std::size_t size) {
  while (size > 0 && (*data == ' ' || *data == '\t')) {
    ++data;
    --size;
  }
  while (size > 0 && (data[size - 1] == ' ' || data[size - 1] == '\t')) --size;
  if (size == 0) return true;
  if (size > 4) return false;
  return equals_lower(data, size, "na") || equals_lower(data, size, "n/a") || equals_lower(data, size, "#n/a") ||
         equals_lower(data, size, "nan") || equals_lower(data, size, "null") || equals_lower(data, size, "?");
}

std::string trimmed(const char* data, std::size_t size, char delimiter) {
  const auto blank = [&](char c) { return c == ' ' || (c == '\t' && delimiter != '\t'); };
  while (size > 0 && blank(*data)) {
    ++data;
    --size;
  }
  while (size > 0 && blank(data[size - 1])) --size;
  return std::string(data, size);
}

std::string to_valid_utf8(std::string s) {
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = utf8_sequence(s, i);
    if (n == 0) break;
    i += n;
  }
  if (i == s.size()) return s;
  std::string out = s.substr(0, i);
  while (i < s.size()) {
    const std::size_t n = utf8_sequence(s, i);
    if (n > 0) {
      out.append(s, i, n);
      i += n;
      continue;
    }
    const unsigned char c = static_cast<unsigned char>(s[i++]);
    const unsigned cp = (c >= 0x80 && c < 0xA0 && kCp1252[c - 0x80] != 0) ? kCp1252[c - 0x80] : c;
    append_utf8(out, cp);
  }
  return out;
}

std::vector<std::string> make_unique_names(std::vector<std::string> names) {
  std::set<std::string> taken;
  std::map<std::string, int> next_suffix;  // so a thousand "x" columns take linear time
  for (std::size_t i = 0; i < names.size(); ++i)
    if (names[i].empty()) names[i] = "column " + std::to_string(i + 1);
  for (auto& name : names) {
    if (taken.insert(name).second) continue;
    int& k = next_suffix.emplace(name, 2).first->second;
    for (;; ++k) {
      std::string candidate = name + " (" + std::to_string(k) + ")";
      if (taken.insert(candidate).second) {
        name = std::move(candidate);
        break;
      }
    }
  }
  return names;
}

}  // namespace nnplay
