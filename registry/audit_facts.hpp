#pragma once
// What the audit's rules decide about one agreement, split in two: the facts
// its records give at a date (AuditFacts), then the verdict those facts give
// for a review age (outline_at). The audit reads both from the records; the
// facts are also kept at write time, so that ranking a large registry reads
// one small row per agreement instead of every record.
//
// Why kept facts are exact: once every record of an agreement has happened
// (as_of on or after its horizon, the latest date among them), its facts no
// longer depend on as_of; the dates that still do (expiry, review, review
// age) are kept as thresholds that outline_at compares with as_of.
//
// Consistency: triggers (schema version 5) put every agreement whose rule
// inputs change into audit_stale, and refresh_audit_facts() computes those
// rows again after a write. A reader never trusts a stale row, nor one whose
// horizon is after its as_of: it reads those agreements' records, so a
// refresh that did not run costs time, never a wrong answer.
#include "registry/planned_updates.hpp"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace entente {

// A mission's plan to update an agreement, and the record that closed it.
struct PlannedUpdate {
  const Mission* mission;
  const MissionLink* link;
  std::string date; // the mission's date, empty when unknown
  std::optional<Closure> closure;
};

// The plans made by missions dated on or before as_of (or undated), in link order.
std::vector<PlannedUpdate> planned_updates_of(const Snapshot& snap, const Agreement& a,
                                              const std::string& as_of);

// The last event recording the agreement as expired, on or before as_of.
const AgreementEvent* last_expired_event(const Agreement& a, const std::string& as_of);

struct AuditFacts {
  std::string life;          // derive_status_from_events: the status without its expiry date
  std::string expired_since; // when life is "expired": from when (its event's last day)
  std::string expires_by;    // last day of the expiry date, "" when none
  bool renewed_after_expiry = false;
  std::string base_by; // last day of the last signing or renewal, "" when unknown
  std::string review_by;
  bool renewed_after_review = false;
  std::vector<std::string> pending; // since when each open planned update waits, in link order
  bool closed_plan = false;         // some planned update was closed by a later record
  // The first day after as_of on which the records make the agreement expired
  // (an end a report told ahead: "l'entente arrive à échéance en 2027"), ""
  // when none. Never kept: kept facts are computed past every record, where
  // no end lies ahead; an agreement with a record after as_of is read from
  // its records.
  std::string ends_next;
};

AuditFacts audit_facts(const Snapshot& snap, const Agreement& a, const std::vector<PlannedUpdate>& plans,
                       const std::string& as_of);

// The verdict: whether the audit lists the agreement, its status and its
// reasons as (rule, since), in the order the audit shows them.
struct AuditOutline {
  bool listed = false;
  std::string status;
  std::vector<std::pair<std::string, std::string>> reasons;
};

// With `expiring_by` (a date after as_of), a live agreement whose expiry
// date or told end falls on or before it gets the reason expires_soon.
AuditOutline outline_at(const AuditFacts& facts, const std::string& as_of, int review_years,
                        bool include_closed, std::string_view expiring_by = {});
// The same into `out`, whose storage is reused: ranking a large registry
// outlines every agreement and keeps only what orders them.
void outline_into(AuditOutline& out, const AuditFacts& facts, const std::string& as_of, int review_years,
                  bool include_closed, std::string_view expiring_by = {});

// --- kept at write time ---

// The text kept in audit_facts.facts: the fields of AuditFacts in their
// order, separated by ';', flags as 0 or 1, the pending dates separated by ','.
std::string audit_facts_text(const AuditFacts& facts);
// Throws std::invalid_argument when a field is missing or a flag is not 0 or 1.
AuditFacts audit_facts_from_text(std::string_view text);
// The same into `out`, whose storage is reused.
void read_audit_facts_text(std::string_view text, AuditFacts& out);

struct KeptAuditFacts {
  Id agreement = 0;
  std::string horizon; // the facts hold for an as_of on or after this day
  AuditFacts facts;
};

// The facts once every record has happened, and from when that is.
KeptAuditFacts kept_audit_facts(const Snapshot& snap, const Agreement& a);

// Computes again the facts of the agreements marked stale, in one
// transaction; returns how many rows it wrote (a deleted agreement's mark
// just goes). Needs a writable store outside a transaction or inside one it
// may join.
std::size_t refresh_audit_facts(Store& store);

struct KeptAuditState {
  std::vector<Id> stale; // agreements whose kept facts must not be used, in order
  std::size_t rows = 0;  // kept facts read
  // Every agreement has kept facts or is stale. False only if something
  // wrote around the triggers (then the kept facts are not used).
  bool complete = false;
};
// Reads the stale marks, then gives every kept row to `each` in agreement
// order (one object, reused: an audit of a large registry keeps what orders
// the rows, not the rows), saying whether it is stale.
KeptAuditState read_kept_audit_facts(Store& store,
                                     const std::function<void(const KeptAuditFacts&, bool stale)>& each);
// For `entente check`: the agreements whose kept facts, not marked stale,
// differ from what their records say now (`missing`: that have neither kept
// facts nor a stale mark). None unless something wrote around the triggers.
struct OutOfDateAuditFacts {
  Id agreement = 0;
  bool missing = false;
};
std::vector<OutOfDateAuditFacts> audit_facts_out_of_date(Store& store);
// Marks these agreements stale and computes their facts again; returns how
// many were written.
std::size_t recompute_audit_facts(Store& store, const std::vector<Id>& agreements);

// The kept facts of these agreements (those that have some), in agreement order.
std::vector<KeptAuditFacts> kept_audit_facts_of(Store& store, const std::vector<Id>& agreements);

} // namespace entente
