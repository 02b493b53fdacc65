#pragma once
// Writing every agreement and MOU as CSV or JSON, so that import takes back
// exactly what export wrote: export, import into an empty registry, export
// again gives the same bytes (ids included).
//
// CSV columns: id, ref, title, kind, partners, domains, signed, status,
// expires, review, notes, events, relations, origin. Lists are joined with "; ";
// `status` is derived at today's date and is informative (import rebuilds
// status from `events`).
//
// `events` holds every event joined with " | ":
//     type@date[source_kind;source;mission=ID;line=N]: evidence
// where `@date` is absent for an undated event, the bracket parts after
// source_kind are absent when empty, and `: evidence` is absent when empty.
// Inside source and evidence, `\` `|` `;` `]` are escaped with `\`.
// `relations` holds the relations that start at this agreement:
//     type:id[: evidence]   joined with " | " (same escaping).
//
// JSON: {"agreements": [{"id", "ref", "kind", "title", "partners",
// "domains", "signed", "status", "expires", "review", "notes", "origin",
// "events": [{"type", "date", "evidence", "source_kind", "source",
// "mission_id", "line"}], "relations": [{"type", "from", "to", "evidence",
// "mission_id", "line"}]}]} (relations in both directions, as the
// agreement's record shows them; mission_id and line for one a report gave);
// absent ref and dates are null.
#include "registry/store.hpp"

#include <nlohmann/json.hpp>

#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

enum class ExportFormat { Csv, Json };

// "csv" or "json"; ValidationError otherwise.
ExportFormat export_format_from(std::string_view name);

struct ExportOptions {
  char delimiter = ','; // ';' for spreadsheets in French locales
  bool bom = false;     // a UTF-8 BOM, which Excel needs to see accents right
  std::string as_of;    // status date; empty: today()
};

// Writes every agreement in id order. Reads only (no transaction needed).
void export_agreements(Store& store, std::ostream& out, ExportFormat format,
                       const ExportOptions& options = {});

// One agreement as the JSON object above; shared with `agreements --json`.
nlohmann::json agreement_json(const Agreement& agreement, std::string_view as_of);

// The `events` and `relations` cell encodings, and their inverses (which
// throw ValidationError with the offending piece).
std::string encode_events(const std::vector<AgreementEvent>& events);
std::vector<AgreementEvent> decode_events(std::string_view cell);
// Only the relations whose `from` is `self` are written.
std::string encode_relations(const std::vector<AgreementRelation>& relations, Id self);
std::vector<AgreementRelation> decode_relations(std::string_view cell, Id self);

} // namespace entente
