// A file that breaks the include rules on purpose: the check must name it.
#include "data/table.hpp"
#include "train/trainer.hpp"
