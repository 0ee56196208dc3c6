// IDX files (MNIST's format) read as a table: a label column, then the pixels row by row;
// every way a file can be wrong said with its code.
#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "data/data_error.hpp"
#include "data/idx.hpp"

using nnplay::DataError;
using nnplay::read_idx;

namespace {

// An IDX file: the magic (type, dimensions), the sizes big-endian, then the bytes.
std::string idx(unsigned char type, const std::vector<std::uint32_t>& sizes, const std::vector<unsigned char>& values) {
  std::string out = {0, 0, static_cast<char>(type), static_cast<char>(sizes.size())};
  for (std::uint32_t s : sizes)
    for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((s >> shift) & 0xff));
  out.append(values.begin(), values.end());
  return out;
}

// Three 2 × 3 pictures, their pixels 10·k + i, and labels 7, 0, 7.
std::string pictures() {
  std::vector<unsigned char> v;
  for (int k = 0; k < 3; ++k)
    for (int i = 0; i < 6; ++i) v.push_back(static_cast<unsigned char>(10 * k + i));
  return idx(0x08, {3, 2, 3}, v);
}
std::string labels() { return idx(0x08, {3}, {7, 0, 7}); }

std::string code_of(const std::string& images, const std::string& tags, const std::string& test_images = "",
                    const std::string& test_tags = "") {
  try {
    read_idx({images, tags, test_images, test_tags});
  } catch (const DataError& e) {
    CHECK(nnplay::english(e.message()) == e.what());
    return e.message().code;
  }
  return "no error";
}

}  // namespace

TEST_CASE("idx: pictures and labels become a label column and pixel columns, row by row", "[idx]") {
  const nnplay::Table t = read_idx({pictures(), labels()}, {"pictures", std::size_t{1} << 20, 2});
  REQUIRE(t.rows == 3);
  REQUIRE(t.column_count() == 7);
  CHECK(t.name == "pictures");
  CHECK(t.columns[0].name == "label");
  CHECK(t.columns[1].name == "pixel0");
  CHECK(t.columns[6].name == "pixel5");
  CHECK(t.in_bytes());  // as in the files: a quarter of floats
  CHECK(t.number(0, 0) == 7);
  CHECK(t.number(1, 0) == 0);
  CHECK(t.number(2, 1) == 20);
  CHECK(t.number(2, 6) == 25);
  CHECK(t.number(1, 4) == 13);
  CHECK(t.preview.size() == 2);
  CHECK(t.preview[1] == std::vector<std::string>{"0", "10", "11", "12", "13", "14", "15"});
  CHECK(t.columns[0].distinct == 2);
  CHECK(t.file_row(2) == 3);
  CHECK(t.test_rows == 0);
}

TEST_CASE("idx: test files are appended as the table's last rows, its own test set", "[idx]") {
  const std::string images = pictures(), tags = labels();
  const std::string test_images = idx(0x08, {2, 2, 3}, {1, 2, 3, 4, 5, 6, 9, 9, 9, 9, 9, 9});
  const std::string test_tags = idx(0x08, {2}, {3, 0});
  const nnplay::Table t = read_idx({images, tags, test_images, test_tags});
  REQUIRE(t.rows == 5);
  CHECK(t.test_rows == 2);
  CHECK(t.number(3, 0) == 3);
  CHECK(t.number(3, 1) == 1);
  CHECK(t.number(4, 6) == 9);
  CHECK(t.file_row(4) == 2);  // the picture's number in its own file
  CHECK(code_of(images, tags, idx(0x08, {1, 3, 2}, {1, 2, 3, 4, 5, 6}), idx(0x08, {1}, {1})) ==
        "idx.test_picture_size");
  CHECK(code_of(images, tags, test_images, idx(0x08, {3}, {1, 2, 3})) == "idx.counts");
  CHECK(code_of(images, tags, test_images, "") == "idx.not_idx");
  try {
    read_idx({images, tags, labels(), test_tags});
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK_THAT(e.what(), Catch::Contains("the test pictures file has the wrong number of dimensions"));
  }
}

TEST_CASE("idx: a wrong file is refused with what is wrong", "[idx]") {
  CHECK(code_of(std::string("\x1f\x8b\x08\x00", 4), labels()) == "idx.gzip");
  CHECK(code_of("label,pixel0\n1,2\n", labels()) == "idx.not_idx");
  CHECK(code_of(idx(0x0D, {3, 2, 3}, std::vector<unsigned char>(72)), labels()) == "idx.not_bytes");
  CHECK(code_of(labels(), pictures()) == "idx.dims_pictures");  // the two files swapped
  CHECK(code_of(pictures(), pictures()) == "idx.dims_labels");
  CHECK(code_of(pictures().substr(0, 10), labels()) == "idx.short_header");
  CHECK(code_of(pictures().substr(0, 30), labels()) == "idx.size");
  CHECK(code_of(pictures() + "x", labels()) == "idx.size");
  CHECK(code_of(pictures(), idx(0x08, {2}, {1, 2})) == "idx.counts");
  CHECK(code_of(idx(0x08, {0, 28, 28}, {}), idx(0x08, {0}, {})) == "idx.empty");
  CHECK(code_of(idx(0x08, {1, 300, 300}, std::vector<unsigned char>(90000)), idx(0x08, {1}, {1})) ==
        "idx.picture_size");
  try {
    read_idx({pictures(), labels()}, {"", 100, 10});
    FAIL("no error");
  } catch (const DataError& e) {
    CHECK(e.message().code == "idx.over_memory_budget");
    CHECK_THAT(e.what(), Catch::Contains("3 pictures of 2 × 3 pixels need about"));
  }
}
