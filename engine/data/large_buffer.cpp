#include "data/large_buffer.hpp"

#include <cstdint>

#if defined(__linux__) && !defined(__EMSCRIPTEN__)
#include <sys/mman.h>
#endif

namespace nnplay {

void advise_huge_pages(void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && !defined(__EMSCRIPTEN__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;  // x86-64 and arm64 (4 KiB base pages)
  constexpr std::size_t kMinBytes = std::size_t{8} << 20;    // smaller buffers fault little
  if (data == nullptr || bytes < kMinBytes) return;
  // Only the whole huge pages inside the buffer: the hint never reaches memory that is not ours.
  const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
  const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
  if (end > begin)
    (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // a hint: failure is fine
#else
  (void)data;
  (void)bytes;
#endif
}

}  // namespace nnplay
