#include "data/idx.hpp"

#include <cstdint>
#include <cstring>
#include <vector>

#include "core/number_format.hpp"
#include "data/data_error.hpp"

namespace nnplay {
namespace {

constexpr unsigned char kUnsignedBytes = 0x08;
// Pictures larger than this many pixels are refused: 256 × 256.
constexpr std::uint64_t kMaxPixels = 65536;

// The message code naming an IDX value type, or nullptr for a byte that is none.
const char* type_name(unsigned char type) {
  switch (type) {
    case 0x08: return "idx.type_u8";
    case 0x09: return "idx.type_i8";
    case 0x0B: return "idx.type_i16";
    case 0x0C: return "idx.type_i32";
    case 0x0D: return "idx.type_f32";
    case 0x0E: return "idx.type_f64";
    default: return nullptr;
  }
}

std::uint32_t big_endian(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

// An IDX file's sizes, checked: unsigned bytes, `dims` dimensions, as many bytes as they
// announce. `file` names it in messages ("the pictures file", "the labels file").
std::vector<std::uint64_t> header(std::string_view bytes, std::size_t dims, const char* file) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  if (bytes.size() >= 2 && p[0] == 0x1f && p[1] == 0x8b)
    throw DataError(Message("idx.gzip").with("file", Message(file)));
  if (bytes.size() < 4 || p[0] != 0 || p[1] != 0 || type_name(p[2]) == nullptr || p[3] == 0)
    throw DataError(Message("idx.not_idx").with("file", Message(file)));
  if (p[2] != kUnsignedBytes)
    throw DataError(Message("idx.not_bytes").with("file", Message(file)).with("type", Message(type_name(p[2]))));
  if (p[3] != dims)
    throw DataError(
        Message(dims == 3 ? "idx.dims_pictures" : "idx.dims_labels").with("file", Message(file)).with("dims", p[3]));
  if (bytes.size() < 4 + 4 * dims) throw DataError(Message("idx.short_header").with("file", Message(file)));
  std::vector<std::uint64_t> sizes(dims);
  std::uint64_t values = 1;
  for (std::size_t d = 0; d < dims; ++d) {
    sizes[d] = big_endian(p + 4 + 4 * d);
    values *= sizes[d];
  }
  const std::uint64_t expected = 4 + 4 * dims + values;
  if (bytes.size() != expected)
    throw DataError(
        Message("idx.size").with("file", Message(file)).with("bytes", bytes.size()).with("expected", expected));
  return sizes;
}

// A pair of files, checked: as many pictures as labels, of a size that can be read.
struct Pair {
  std::uint64_t count, rows, columns;
  const unsigned char *pixels, *labels;
};

Pair read_pair(std::string_view images, std::string_view labels, const char* pictures_file, const char* labels_file) {
  const std::vector<std::uint64_t> picture = header(images, 3, pictures_file);
  const std::vector<std::uint64_t> label = header(labels, 1, labels_file);
  const std::uint64_t count = picture[0];
  if (count != label[0]) throw DataError(Message("idx.counts").with("pictures", count).with("labels", label[0]));
  if (count == 0) throw DataError(Message("idx.empty").with("file", Message(pictures_file)));
  const std::uint64_t pixels = picture[1] * picture[2];
  if (pixels == 0 || pixels > kMaxPixels)
    throw DataError(
        Message("idx.picture_size").with("rows", picture[1]).with("columns", picture[2]).with("limit", kMaxPixels));
  return {count, picture[1], picture[2], reinterpret_cast<const unsigned char*>(images.data()) + 16,
          reinterpret_cast<const unsigned char*>(labels.data()) + 8};
}

}  // namespace

Table read_idx(const IdxFiles& files, const IdxOptions& options) {
  const bool with_test = !files.test_images.empty() || !files.test_labels.empty();
  std::vector<Pair> parts{read_pair(files.images, files.labels, "idx.pictures_file", "idx.labels_file")};
  if (with_test) {
    parts.push_back(read_pair(files.test_images, files.test_labels, "idx.test_pictures_file", "idx.test_labels_file"));
    if (parts[1].rows != parts[0].rows || parts[1].columns != parts[0].columns)
      throw DataError(Message("idx.test_picture_size")
                          .with("rows", parts[1].rows)
                          .with("columns", parts[1].columns)
                          .with("train_rows", parts[0].rows)
                          .with("train_columns", parts[0].columns));
  }
  std::uint64_t count = 0;
  for (const Pair& part : parts) count += part.count;
  const std::uint64_t pixels = parts[0].rows * parts[0].columns;
  const double need = 2.0 * static_cast<double>(count) * static_cast<double>(pixels + 1) * sizeof(float);
  if (need > static_cast<double>(options.memory_budget))
    throw DataError(Message("idx.over_memory_budget")
                        .with("count", count)
                        .with("rows", parts[0].rows)
                        .with("columns", parts[0].columns)
                        .with("need", format_bytes(need))
                        .with("budget", format_bytes(static_cast<double>(options.memory_budget))));

  Table t;
  t.name = options.name;
  const std::size_t columns = static_cast<std::size_t>(pixels) + 1;
  t.columns.resize(columns);
  t.columns[0].name = "label";
  for (std::size_t i = 1; i < columns; ++i) t.columns[i].name = "pixel" + std::to_string(i - 1);
  t.rows = static_cast<std::size_t>(count);
  t.test_rows = with_test ? static_cast<std::size_t>(parts[1].count) : 0;
  t.bytes.resize(static_cast<Eigen::Index>(columns), static_cast<Eigen::Index>(count));  // bytes, as in the files
  t.file_rows.resize(t.rows);
  std::uint8_t* row = t.bytes.data();
  std::size_t r = 0;
  for (const Pair& part : parts) {
    for (std::size_t i = 0; i < part.count; ++i, ++r, row += columns) {
      row[0] = part.labels[i];
      std::memcpy(row + 1, part.pixels + i * (columns - 1), columns - 1);
      t.file_rows[r] = static_cast<std::int64_t>(i) + 1;  // the picture's number in its file
    }
  }
  const std::size_t shown = std::min(t.rows, options.preview_rows);
  for (std::size_t p = 0; p < shown; ++p) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < columns; ++c) cells.push_back(t.text(p, c));
    t.preview.push_back(std::move(cells));
  }
  t.csv.bytes = files.images.size() + files.labels.size() + files.test_images.size() + files.test_labels.size();
  infer_column_types(t);
  return t;
}

}  // namespace nnplay
