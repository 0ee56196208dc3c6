#pragma once
// Large numeric buffers (a parsed table's numbers, a data set's matrices) are written
// once, front to back, right after they are allocated. On Linux each 4 KiB page then
// costs a page fault on first touch, which for a 200 MB table takes longer than parsing
// it; asking for transparent huge pages on the buffer's own range cuts the faults 512-fold.
// A hint about memory the caller owns (no allocator or process-wide setting changes);
// a no-op elsewhere (wasm, other systems) and for small buffers.
#include <cstddef>

namespace nnplay {

// Call before the buffer is first written.
void advise_huge_pages(void* data, std::size_t bytes) noexcept;

}  // namespace nnplay
