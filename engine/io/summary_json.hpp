#pragma once
// A data set's summary as JSON: what loadCsv, loadBuiltin and inspectCsv return.
#include <nlohmann/json_fwd.hpp>

#include "data/summary.hpp"

namespace nnplay {

nlohmann::json summary_to_json(const DatasetSummary& s);

}  // namespace nnplay
