#pragma once
// Shared by the data-layer tests: the message of the DataError an expression throws, a
// table's column names.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "data/data_error.hpp"
#include "data/table.hpp"

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

inline std::vector<std::string> column_names(const nnplay::Table& t) {
  std::vector<std::string> out;
  for (const auto& c : t.columns) out.push_back(c.name);
  return out;
}

}  // namespace nnplay_test
