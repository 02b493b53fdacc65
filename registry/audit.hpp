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
  // Also list live agreements whose expiry date, or an end a report told,
  // falls within this many months after as_of (rule expires_soon); 0: off.
  int expiring_within_months = 0;
  // A page of the list, in its order: skip `offset` entries, keep at most
  // `limit` (0: all). The counts of AuditReport stay the whole audit's.
  std::size_t limit = 0;
  std::size_t offset = 0;
};

struct AuditReason {
  std::string rule;   // planned_update_pending | review_age | expired | review_due | expires_soon
  std::string detail; // one sentence a person reads
  std::optional<Id> mission_id;
  std::string source; // report path, empty when the rule rests on dates alone
  std::string evidence;
  std::optional<int> line;
  std::string since; // YYYY-MM-DD from which it needs attention (orders by urgency)
};

// What the rules say about one agreement.
struct AuditVerdict {
  std::string status; // derived status at as_of, or "closed" for a closed planned update
  std::vector<AuditReason> reasons;
  std::optional<Closure> closed_by; // set when status is "closed"
  // For a closed entry, the mission whose plan was closed.
  std::optional<Id> closed_plan_mission;
};

struct AuditEntry : AuditVerdict {
  Agreement agreement;
};

struct AuditReport {
  std::string as_of;
  int review_years = 10;
  int expiring_within_months = 0;
  std::string expiring_by; // as_of plus expiring_within_months, "" when off
  // Agreements needing attention, most urgent (longest overdue) first;
  // closed ones (with include_closed) after them. Only the page asked for.
  std::vector<AuditEntry> entries;
  std::size_t offset = 0;         // where the page starts in the whole list
  std::size_t total = 0;          // entries of the whole list
  std::size_t needing_update = 0; // entries of the whole list with a reason
};

// Throws ValidationError for a negative review age or a malformed as_of.
// With a limit, the list is ranked from the facts kept at write time
// (registry/audit_facts.hpp; from the rules' share of the registry,
// Snapshot::Detail::Rules, when too many of them are stale) and only the page
// is read in full, so that a page of a large registry costs a fraction of the
// whole list.
AuditReport run_audit(Store& store, const AuditOptions& options);
AuditReport run_audit(const Snapshot& snapshot, const AuditOptions& options);

} // namespace entente
