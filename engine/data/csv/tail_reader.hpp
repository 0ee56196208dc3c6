#pragma once
// Natively, the second half of a large CSV is read by a second thread while the parser
// reads the first half. A TailReader starts at a line start and reads plain records
// (plain_record.hpp) into the table's rows from `first_row` on, until a record needs
// the general reader, the text ends or the rows run out. The parser stops its own half
// before that row; it keeps the tail's rows only if its half ended exactly at the tail's
// first line with exactly `first_row` rows (every line one record), and otherwise reads
// on from where it is, writing over them. The two threads never write the same row.
#include <cstddef>
#include <memory>

#include "data/csv/plain_record.hpp"

namespace nnplay {

class TailReader {
 public:
  // Whether this build can start a thread (not a wasm build without pthreads).
  static bool available();

  // `rows` is the table's buffer of `capacity` rows of format.columns numbers.
  TailReader(const char* begin, const char* end, PlainRecordFormat format, float* rows, std::size_t first_row,
             std::size_t capacity);
  ~TailReader();  // waits for the thread
  TailReader(const TailReader&) = delete;
  TailReader& operator=(const TailReader&) = delete;

  // Waits for the thread; then records() and stop() tell how far it got.
  void join();
  std::size_t records() const { return records_; }
  const char* stop() const { return stop_; }  // the first byte it did not read

 private:
  void run();

  const char* begin_;
  const char* end_;
  PlainRecordFormat format_;
  float* rows_;
  std::size_t first_row_;
  std::size_t capacity_;
  std::size_t records_ = 0;
  const char* stop_;
  struct Thread;
  std::unique_ptr<Thread> thread_;
};

}  // namespace nnplay
