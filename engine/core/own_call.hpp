#pragma once
// For the hot loops of work done once per load (column statistics, fitting, encoding).
// In the browser, a function runs as V8's baseline code until its optimized code is ready,
// and a call that has started keeps the code it started with: a loop over all the rows
// inside one call runs as baseline code to its end on a first load. Its body made a
// function of its own, called per row, gets the optimized code after a few calls. The
// module's link keeps such a function apart (bindings/CMakeLists.txt: Binaryen would
// inline it into its one caller again).
#define NNPLAY_OWN_CALL __attribute__((noinline))
