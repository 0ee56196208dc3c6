#include "data/csv/tail_reader.hpp"

#if !defined(__EMSCRIPTEN__) || defined(__EMSCRIPTEN_PTHREADS__)
#define NNPLAY_TAIL_THREAD 1
#include <thread>
#endif

namespace nnplay {

#ifdef NNPLAY_TAIL_THREAD
struct TailReader::Thread {
  std::thread thread;
};
#else
struct TailReader::Thread {};
#endif

bool TailReader::available() {
#ifdef NNPLAY_TAIL_THREAD
  return true;
#else
  return false;
#endif
}

TailReader::TailReader(const char* begin, const char* end, PlainRecordFormat format, float* rows, std::size_t first_row,
                       std::size_t capacity)
    : begin_(begin), end_(end), format_(format), rows_(rows), first_row_(first_row), capacity_(capacity), stop_(begin) {
#ifdef NNPLAY_TAIL_THREAD
  thread_ = std::make_unique<Thread>();
  thread_->thread = std::thread([this] { run(); });  // std::system_error when no thread can start
#else
  run();
#endif
}

TailReader::~TailReader() { join(); }

void TailReader::join() {
#ifdef NNPLAY_TAIL_THREAD
  if (thread_ && thread_->thread.joinable()) thread_->thread.join();
#endif
}

void TailReader::run() {
  const char* p = begin_;
  std::size_t row = first_row_;
  while (p < end_ && row < capacity_) {
    const char* next = read_plain_record(p, end_, format_, rows_ + row * format_.columns);
    if (next == nullptr) break;
    p = next;
    ++row;
  }
  records_ = row - first_row_;
  stop_ = p;
}

}  // namespace nnplay
