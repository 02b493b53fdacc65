#pragma once
// Job 2 of DESIGN.md: which agreements need updating at a date, and why.
// Every reason carries its proof (the mission and its sentence, or the date
// rule that fired) so an auditor can check it without opening the registry.
#include "registry/planned_updates.hpp"
#include "registry/store.hpp"

#include <optional>
#include <string>
#include <vector>

namespace entente {

struct AuditOptions {
  std::string as_of;           // YYYY-MM-DD; empty means today()
  int review_years = 10;       // review_age fires strictly after this many years
  bool include_closed = false; // also list agreements whose planned update was closed
};

struct AuditReason {
  std::string rule;   // planned_update_pending | review_age | expired | review_due
  std::string detail; // one sentence a person reads
  std::optional<Id> mission_id;
  std::string source; // report path, empty when the rule rests on dates alone
  std::string evidence;
  std::optional<int> line;
  std::string since; // YYYY-MM-DD from which it needs attention (orders by urgency)
};

struct AuditEntry {
  Agreement agreement;
  std::string status; // derived status at as_of, or "closed" for a closed planned update
  std::vector<AuditReason> reasons;
  std::optional<Closure> closed_by; // set when status is "closed"
  // For a closed entry, the mission whose plan was closed.
  std::optional<Id> closed_plan_mission;
};

struct AuditReport {
  std::string as_of;
  int review_years = 10;
  // Agreements needing attention, most urgent (longest overdue) first;
  // closed ones (with include_closed) after them.
  std::vector<AuditEntry> entries;
  std::size_t needing_update() const;
};

// Throws ValidationError for a negative review age or a malformed as_of.
AuditReport run_audit(Store& store, const AuditOptions& options);
AuditReport run_audit(const Snapshot& snapshot, const AuditOptions& options);

} // namespace entente
