#pragma once
// Points a learner adds by hand to a generated 2-D data set (a click on the plane): kept
// with the set's options, so the same options give the same table, in the page's link too.
#include <cstddef>
#include <vector>

#include "data/table.hpp"

namespace nnplay {

struct AddedPoint {
  double x = 0, y = 0;
  double target = 0;  // a class index for a classification set, the value for a regression set
};

constexpr std::size_t kMaxAddedPoints = 1000;

// The table with the points appended as its last rows (columns x, y and the target).
// classes: the set's number of classes (the target must be a whole number from 0 to
// classes - 1), or 0 for a regression set (any number). Throws DataError naming the
// point and what is wrong with it.
Table with_added_points(const Table& table, const std::vector<AddedPoint>& points, int classes);

}  // namespace nnplay
