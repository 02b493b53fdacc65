#pragma once
#include "registry/sqlite.hpp"

namespace entente {

// The schema version this program writes. Older registries are migrated
// forward at open; a newer one is refused with a message.
int current_schema_version();

// Creates or migrates the schema inside one transaction.
void migrate(sql::Database& db);

// Version stored in the file (0 for an empty file).
int schema_version(sql::Database& db);

} // namespace entente
