#include "data/added_points.hpp"

#include <cmath>
#include <string>

#include "core/number_format.hpp"
#include "data/data_error.hpp"

namespace nnplay {

namespace {

constexpr double kMaxCoordinate = 1000;

std::string point_name(std::size_t i) { return "added point " + std::to_string(i + 1); }

}  // namespace

Table with_added_points(const Table& table, const std::vector<AddedPoint>& points, int classes) {
  if (points.size() > kMaxAddedPoints)
    throw DataError(std::to_string(points.size()) + " added points; at most " + std::to_string(kMaxAddedPoints) +
                    " can be added by hand");
  if (table.column_count() != 3) throw DataError("points can be added to a generated 2-D data set only");
  for (std::size_t i = 0; i < points.size(); ++i) {
    const AddedPoint& p = points[i];
    if (!(std::isfinite(p.x) && std::isfinite(p.y) && std::abs(p.x) <= kMaxCoordinate &&
          std::abs(p.y) <= kMaxCoordinate))
      throw DataError(point_name(i) + ": x and y must be numbers between -1000 and 1000, got " + format_number(p.x) +
                      ", " + format_number(p.y));
    if (classes > 0 && !(p.target >= 0 && p.target < classes && std::floor(p.target) == p.target))
      throw DataError(point_name(i) + ": its class must be a whole number from 0 to " + std::to_string(classes - 1) +
                      ", got " + format_number(p.target));
    if (classes == 0 && !(std::isfinite(p.target) && std::abs(p.target) <= 1e6))
      throw DataError(point_name(i) + ": its value must be a number between -1000000 and 1000000, got " +
                      format_number(p.target));
  }
  // The numbers are columns x rows, column-major: a row's three numbers are contiguous.
  const float* data = table.numbers.data();
  std::vector<float> values(data, data + table.rows * 3);
  for (const AddedPoint& p : points) {
    values.push_back(static_cast<float>(p.x));
    values.push_back(static_cast<float>(p.y));
    values.push_back(static_cast<float>(p.target));
  }
  std::vector<std::string> names;
  for (const Column& c : table.columns) names.push_back(c.name);
  return make_numeric_table(table.name, std::move(names), std::move(values));
}

}  // namespace nnplay
