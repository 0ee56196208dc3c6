#include "data/added_points.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "core/number_format.hpp"
#include "data/data_error.hpp"

namespace nnplay {

namespace {

constexpr double kMaxCoordinate = 1000;

Message point_name(std::size_t i) { return Message("points.name").with("number", i + 1); }

}  // namespace

Table with_added_points(const Table& table, const std::vector<AddedPoint>& points, int classes) {
  if (points.size() > kMaxAddedPoints)
    throw DataError(Message("points.too_many").with("count", points.size()).with("limit", kMaxAddedPoints));
  if (table.column_count() != 3) throw DataError(Message("points.generated_only"));
  for (std::size_t i = 0; i < points.size(); ++i) {
    const AddedPoint& p = points[i];
    if (!(std::isfinite(p.x) && std::isfinite(p.y) && std::abs(p.x) <= kMaxCoordinate &&
          std::abs(p.y) <= kMaxCoordinate))
      throw DataError(Message("points.bad_position")
                          .with("point", point_name(i))
                          .with("x", format_number(p.x))
                          .with("y", format_number(p.y)));
    if (classes > 0 && !(p.target >= 0 && p.target < classes && std::floor(p.target) == p.target))
      throw DataError(Message("points.bad_class")
                          .with("point", point_name(i))
                          .with("last", classes - 1)
                          .with("value", format_number(p.target)));
    if (classes == 0 && !(std::isfinite(p.target) && std::abs(p.target) <= 1e6))
      throw DataError(Message("points.bad_value").with("point", point_name(i)).with("value", format_number(p.target)));
  }
  // The numbers are columns x rows, column-major: a row's three numbers are contiguous.
  if (table.in_bytes()) throw std::logic_error("add_points: a generated table's numbers are floats");
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
