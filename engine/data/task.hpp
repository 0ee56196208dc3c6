#pragma once
// What a data set asks of a network: a class for each row, or numbers.
namespace nnplay {

enum class Task { classification, regression };

}  // namespace nnplay
