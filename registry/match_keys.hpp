#pragma once
// The keys an ingest matches an extracted agreement by: each of its partners
// with its kind and signing year, one row each in `agreement_match_keys`
// (schema version 6). Store::match_agreement reads a partner's agreements of
// one kind and year from this table alone. Before it, the match read every
// agreement of the partner and kind at random pages of the registry: at
// 100,000 reports that was most of the ingest thread's time.
//
// Consistency: the table is derived from `agreements` and
// `agreement_partners`, and triggers keep it so in the writer's transaction.
// Each trigger recomputes the keys of the agreement ids its row names (old
// and new), so the keys of an id are those its current rows give, whatever
// order a statement changes rows in (an import renumbers ids). One edit from
// outside entente escapes them: a REPLACE that deletes another agreement
// with foreign keys off (SQLite fires no delete trigger for it unless
// recursive_triggers is on) leaves that agreement's keys behind.
// `entente check` compares the table with the rows and `--fix` recomputes.
#include "registry/model.hpp"
#include "registry/sqlite.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace entente {

// The SQL for the signing year of a date column, as date_year() reads it:
// the first four characters as an integer (a leading '-' allowed), else 0.
// Schema version 6's triggers are written with it: a change needs a new
// schema version that writes the triggers again and recomputes the keys.
std::string signed_year_sql(std::string_view column);

// The keys the rows give, as (partner, kind, year, agreement_id), from
// `agreements a JOIN agreement_partners p`: a caller may add a WHERE clause.
std::string match_keys_select_sql();

// The agreement ids whose kept keys differ from what their rows give.
std::vector<Id> match_keys_out_of_date(sql::Database& db);

// What an extraction called an agreement: its draft's kind, title and
// partners, which the same sentence gives again when its report is
// ingested again. Kept with each extracted link (schema version 12), it
// finds again the agreement a person corrected since (whose keys no longer
// match the draft), and names the mentions a person rejected.
std::string mention_key(const Agreement& draft);

// Recomputes the keys of these agreements; returns how many there were.
std::size_t recompute_match_keys(sql::Database& db, const std::vector<Id>& agreements);

} // namespace entente
