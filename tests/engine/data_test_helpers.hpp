#pragma once
// Shared by the data-layer tests: the message of the DataError an expression throws.
#include <catch2/catch.hpp>
#include <string>

#include "data/data_error.hpp"

namespace nnplay_test {

template <class F>
std::string data_error_of(F&& f) {
  try {
    f();
  } catch (const nnplay::DataError& e) {
    return e.what();
  } catch (const std::exception& e) {
    FAIL("expected a DataError, got another exception: " << e.what());
  }
  FAIL("expected a DataError, nothing was thrown");
  return {};
}

}  // namespace nnplay_test
