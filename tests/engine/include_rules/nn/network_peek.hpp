#pragma once
// A file that breaks the include rules on purpose: the check must name it.
#include "data/dataset.hpp"
#include "nn/layer.hpp"
