#pragma once
// The JSON shapes of DESIGN.md, in one place so that every verb prints a
// record the same way.
#include "registry/agreement_export.hpp" // agreement_json, shared with export
#include "registry/model.hpp"
#include "registry/store.hpp"

#include <nlohmann/json.hpp>

#include <string>

namespace entente::cli {

// The DESIGN.md mission object, with its linked agreements summarised.
nlohmann::json mission_json(Store& store, const Mission& m);
// {"slug","name","name_fr","kind","parents","aliases"}
nlohmann::json partner_json(const Gazetteer& g, const Partner& p);

// The report an agreement was first extracted from (lowest mission id), or null.
nlohmann::json first_source(Store& store, Id agreement);

} // namespace entente::cli
