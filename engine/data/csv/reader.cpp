#include "data/csv/reader.hpp"

#include <cstring>

namespace nnplay {

CsvReader::CsvReader(const char* begin, const char* end, char delimiter, std::int64_t first_row)
    : p_(begin), end_(end), delimiter_(delimiter), row_(first_row) {
  std::memset(stop_, 0, sizeof stop_);
  stop_[static_cast<unsigned char>(delimiter)] = true;
  stop_[static_cast<unsigned char>('\n')] = true;
  stop_[static_cast<unsigned char>('\r')] = true;
  buffer_.reserve(256);  // so data() is never null, even for an empty quoted field
}

void CsvReader::count_line_breaks(const char* from, const char* to) {
  for (const char* q = from; q < to; ++q) {
    if (*q == '\n') {
      ++row_;
    } else if (*q == '\r') {
      if (q + 1 == to || q[1] != '\n') ++row_;  // a CRLF pair counts once, at its LF
    }
  }
}

// At an opening quote: copies the field's content, unescaping "" pairs, into buffer_.
// Text after the closing quote up to the delimiter is kept too (lenient, like spreadsheets).
void CsvReader::read_quoted(std::vector<CsvField>& fields) {
  const std::int64_t open_row = row_;
  const std::size_t offset = buffer_.size();
  ++p_;
  for (;;) {
    const char* quote = static_cast<const char*>(std::memchr(p_, '"', static_cast<std::size_t>(end_ - p_)));
    if (quote == nullptr) {
      count_line_breaks(p_, end_);
      buffer_.insert(buffer_.end(), p_, end_);
      p_ = end_;
      unterminated_ = true;
      quote_row_ = open_row;
      quote_field_ = fields.size();
      break;
    }
    count_line_breaks(p_, quote);
    buffer_.insert(buffer_.end(), p_, quote);
    p_ = quote + 1;
    if (p_ < end_ && *p_ == '"') {
      buffer_.push_back('"');
      ++p_;
      continue;
    }
    const char* s = p_;
    while (p_ < end_ && !stop_[static_cast<unsigned char>(*p_)]) ++p_;
    buffer_.insert(buffer_.end(), s, p_);
    break;
  }
  from_buffer_.emplace_back(static_cast<std::uint32_t>(fields.size()), offset);
  fields.push_back({nullptr, static_cast<std::uint32_t>(buffer_.size() - offset), true});
}

bool CsvReader::next(std::vector<CsvField>& fields) {
  for (;;) {
    fields.clear();
    buffer_.clear();
    from_buffer_.clear();
    if (p_ >= end_) return false;
    record_row_ = row_;

    // A line of spaces only is blank (unless spaces are the delimiter's business).
    const char* q = p_;
    while (q < end_ && (*q == ' ' || (*q == '\t' && delimiter_ != '\t'))) ++q;
    if (q == end_ || *q == '\n' || *q == '\r') {
      p_ = q;
      if (p_ < end_) {
        if (*p_ == '\r' && p_ + 1 < end_ && p_[1] == '\n') ++p_;
        ++p_;
        ++row_;
      }
      continue;
    }

    bool any_content = false;
    for (;;) {
      if (*p_ == '"') {
        read_quoted(fields);
        any_content = true;
      } else {
        const char* s = p_;
        while (p_ < end_ && !stop_[static_cast<unsigned char>(*p_)]) ++p_;
        fields.push_back({s, static_cast<std::uint32_t>(p_ - s), false});
        any_content |= p_ != s;
      }
      if (p_ < end_ && *p_ == delimiter_) {
        ++p_;
        if (p_ == end_) {  // a delimiter just before the end: one more empty field
          fields.push_back({p_, 0, false});
          break;
        }
        continue;
      }
      if (p_ < end_) {  // line break
        if (*p_ == '\r' && p_ + 1 < end_ && p_[1] == '\n') ++p_;
        ++p_;
        ++row_;
      }
      break;
    }
    if (!any_content && !unterminated_) continue;  // ",,,," rows that spreadsheets leave

    const char* base = buffer_.data();
    for (const auto& f : from_buffer_) fields[f.first].data = base + f.second;
    return true;
  }
}

}  // namespace nnplay
