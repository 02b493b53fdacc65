#include "registry/audit.hpp"

#include "registry/audit_facts.hpp"
#include "registry/dates.hpp"
#include "registry/sqlite.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

namespace entente {
namespace {

// More agreements than this read from their records (stale kept facts, or
// records dated after as_of) make the rules' read of everything the cheaper.
constexpr std::size_t kMostReadFromRecords = 2000;

std::string full_as_of(const std::string& as_of) {
  if (as_of.empty()) return today();
  auto d = parse_partial_date(as_of);
  if (!d) throw ValidationError(fmt::format("'{}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", as_of));
  // "as of 2018" means at the end of 2018, when everything dated 2018 has happened.
  return date_ceiling(*d);
}

AuditReason pending_reason(const PlannedUpdate& p) {
  AuditReason r;
  r.rule = "planned_update_pending";
  std::string when = p.date.empty() ? "an undated mission" : fmt::format("the mission of {}", p.date);
  r.detail = fmt::format("{} planned to update it (mission {}); no later record shows it renewed, amended, "
                         "superseded or terminated",
                         when, p.mission->id);
  r.mission_id = p.mission->id;
  r.source = p.mission->source;
  r.evidence = p.link->evidence;
  if (p.link->line) r.line = p.link->line;
  r.since = p.date.empty() ? "0000-00-00" : p.date;
  return r;
}

// The last day a live agreement may end on to be listed as expiring soon ("" when off).
std::string expiring_by_of(const AuditOptions& options, const std::string& as_of) {
  return options.expiring_within_months > 0 ? add_months(as_of, options.expiring_within_months)
                                            : std::string();
}

AuditReason date_reason(std::string rule, std::string detail, std::string since) {
  AuditReason r;
  r.rule = std::move(rule);
  r.detail = std::move(detail);
  r.since = std::move(since);
  return r;
}

// The event's sentence, and the report and line it came from.
void proved_by(AuditReason& r, const AgreementEvent& ev, const Snapshot& snap) {
  r.evidence = ev.evidence;
  r.mission_id = ev.mission_id;
  if (ev.mission_id) {
    if (const Mission* m = snap.mission(*ev.mission_id)) r.source = m->source;
  }
  r.line = ev.line;
}

// The outline's reasons with what proves each: the plan's mission and
// sentence, the event, or the dates the rule compared.
AuditVerdict proven(const Snapshot& snap, const Agreement& a, const std::vector<PlannedUpdate>& plans,
                    const AuditFacts& facts, const AuditOutline& outline, const std::string& as_of,
                    int review_years) {
  AuditVerdict v;
  v.status = outline.status;
  auto open_plan = plans.begin();
  for (const auto& [rule, since] : outline.reasons) {
    if (rule == "planned_update_pending") {
      // The outline lists the open plans in order: the next open one is this one.
      while (open_plan != plans.end() && open_plan->closure)
        ++open_plan;
      if (open_plan == plans.end()) throw std::logic_error("audit: a pending reason without its plan");
      v.reasons.push_back(pending_reason(*open_plan++));
    } else if (rule == "expired" && facts.life == "expired") {
      const AgreementEvent* ev = last_expired_event(a, as_of);
      AuditReason r = date_reason(rule,
                                  ev && !ev->date.empty()
                                      ? fmt::format("recorded as expired on {}; no renewal since", ev->date)
                                      : std::string("recorded as expired; no renewal since"),
                                  since);
      if (ev) proved_by(r, *ev, snap);
      v.reasons.push_back(std::move(r));
    } else if (rule == "expired") {
      v.reasons.push_back(
          date_reason(rule, fmt::format("expired on {}; no renewal since", a.expires), since));
    } else if (rule == "review_age") {
      std::string base = last_signed_renewed_or_amended(snap, a, as_of);
      const bool amended =
          std::any_of(a.events.begin(), a.events.end(),
                      [&](const AgreementEvent& e) { return e.type == "amended" && e.date == base; }) ||
          std::any_of(a.relations.begin(), a.relations.end(), [&](const AgreementRelation& r) {
            const Agreement* from = r.to == a.id && r.type == "amends" ? snap.agreement(r.from) : nullptr;
            return from != nullptr && from->signed_date == base;
          });
      v.reasons.push_back(date_reason(rule,
                                      fmt::format("{} {}, more than {} years before {}",
                                                  base == a.signed_date ? "signed"
                                                  : amended             ? "last amended"
                                                                        : "last renewed",
                                                  base, review_years, as_of),
                                      since));
    } else if (rule == "expires_soon") {
      // A told end when it is the nearer, else the expiry date.
      const AgreementEvent* told = nullptr;
      if (since == facts.ends_next) {
        for (const auto& e : a.events) {
          if (e.type == "expired" && !e.date.empty() && date_ceiling(e.date) == since) told = &e;
        }
      }
      if (told) {
        AuditReason r = date_reason(rule, fmt::format("recorded to end in {}", told->date), since);
        proved_by(r, *told, snap);
        v.reasons.push_back(std::move(r));
      } else {
        v.reasons.push_back(date_reason(rule, fmt::format("expires on {}", a.expires), since));
      }
    } else {
      v.reasons.push_back(
          date_reason(rule, fmt::format("review was due by {}; no renewal since", a.review), since));
    }
  }
  if (v.status == "closed") {
    // The latest closed plan says what closed the agreement's last planned update.
    const PlannedUpdate* last = nullptr;
    for (const auto& p : plans) {
      if (p.closure && (!last || p.date >= last->date)) last = &p;
    }
    if (!last) throw std::logic_error("audit: a closed entry without its closed plan");
    v.closed_by = last->closure;
    v.closed_plan_mission = last->mission->id;
  }
  return v;
}

// Where an entry stands in the list: what needs work before what was closed,
// pending plans before dates, the longest overdue first.
struct Urgency {
  bool open = false;
  bool pending = false;
  std::string since;
  Id id = 0;
};

Urgency urgency_of(Id id, const AuditOutline& o) {
  Urgency u;
  u.id = id;
  u.open = !o.reasons.empty();
  u.pending = std::any_of(o.reasons.begin(), o.reasons.end(),
                          [](const auto& r) { return r.first == "planned_update_pending"; });
  u.since = "9999-99-99";
  for (const auto& [rule, since] : o.reasons) {
    if (!u.pending || rule == "planned_update_pending") u.since = std::min(u.since, since);
  }
  return u;
}

bool more_urgent(const Urgency& x, const Urgency& y) {
  if (x.open != y.open) return x.open;
  if (x.pending != y.pending) return x.pending;
  if (x.since != y.since) return x.since < y.since;
  return x.id < y.id; // one entry per agreement: the order is total
}

// An agreement the audit lists, judged from its records.
struct Judged {
  const Agreement* agreement;
  AuditOutline outline;
  Urgency urgency;
  AuditVerdict verdict; // with_proof only
};

// The listed agreements of the snapshot (those in `only`, when given), in no order.
std::vector<Judged> judge(const Snapshot& snap, const AuditOptions& options, const std::string& as_of,
                          const std::set<Id>* only, bool with_proof) {
  std::vector<Judged> out;
  const std::string expiring_by = expiring_by_of(options, as_of);
  for (const auto& a : snap.agreements()) {
    if (only && only->count(a.id) == 0) continue;
    auto plans = planned_updates_of(snap, a, as_of);
    AuditFacts facts = audit_facts(snap, a, plans, as_of);
    AuditOutline outline =
        outline_at(facts, as_of, options.review_years, options.include_closed, expiring_by);
    if (!outline.listed) continue;
    Judged j{&a, std::move(outline), {}, {}};
    j.urgency = urgency_of(a.id, j.outline);
    if (with_proof) j.verdict = proven(snap, a, plans, facts, j.outline, as_of, options.review_years);
    out.push_back(std::move(j));
  }
  return out;
}

// The place of each judged agreement in the list, most urgent first.
std::vector<std::size_t> urgency_order(const std::vector<Judged>& judged) {
  std::vector<std::size_t> order(judged.size());
  for (std::size_t i = 0; i < order.size(); ++i)
    order[i] = i;
  std::sort(order.begin(), order.end(),
            [&](std::size_t x, std::size_t y) { return more_urgent(judged[x].urgency, judged[y].urgency); });
  return order;
}

AuditEntry entry_of(Judged& j) {
  AuditEntry e;
  static_cast<AuditVerdict&>(e) = std::move(j.verdict);
  e.agreement = *j.agreement;
  return e;
}

AuditReport start_report(const AuditOptions& options) {
  if (options.review_years < 0) {
    throw ValidationError(
        fmt::format("a review age of {} years makes no sense; give 0 or more", options.review_years));
  }
  AuditReport report;
  report.as_of = full_as_of(options.as_of);
  report.review_years = options.review_years;
  if (options.expiring_within_months < 0) {
    throw ValidationError(
        fmt::format("--expiring-within {} makes no sense; give a number of months, 0 or more",
                    options.expiring_within_months));
  }
  report.expiring_within_months = options.expiring_within_months;
  report.expiring_by = expiring_by_of(options, report.as_of);
  return report;
}

// Where a page of `limit` entries (0: all) from `offset` ends, without
// overflowing on a limit as large as a user can type.
std::size_t page_end(std::size_t offset, std::size_t limit) {
  const std::size_t most = std::numeric_limits<std::size_t>::max();
  return limit == 0 || limit > most - offset ? most : offset + limit;
}

bool needs_work(const AuditOutline& o) {
  return !o.reasons.empty();
}

// The list ranked without proof: each listed agreement's urgency and outline.
struct Ranking {
  std::vector<Urgency> order;         // most urgent first, at least up to the page's end
  std::vector<AuditOutline> outlines; // parallel to order
  std::size_t total = 0, needing_update = 0;
};

void count_into(Ranking& r, const AuditOutline& o) {
  ++r.total;
  if (needs_work(o)) ++r.needing_update;
}

// A listed agreement before the page is chosen: its urgency, and where its
// outline is when it was read from its records (kept facts are outlined
// again for the page only, so that ranking keeps no more than the order).
struct Candidate {
  static constexpr std::size_t kKept = std::numeric_limits<std::size_t>::max();
  Urgency urgency;
  std::size_t read = kKept; // index in the outlines read from records
};

// Sorts the first `upto` places of the ranking (the rest stays unordered).
void order_upto(Store& store, std::vector<Candidate>& items, std::vector<AuditOutline>& read,
                std::size_t upto, const AuditOptions& options, const std::string& as_of, Ranking& r) {
  upto = std::min(upto, items.size());
  auto by = [](const Candidate& x, const Candidate& y) { return more_urgent(x.urgency, y.urgency); };
  std::partial_sort(items.begin(), items.begin() + static_cast<std::ptrdiff_t>(upto), items.end(), by);
  std::vector<Id> kept_ids;
  for (std::size_t i = 0; i < upto; ++i) {
    if (items[i].read == Candidate::kKept) kept_ids.push_back(items[i].urgency.id);
  }
  std::map<Id, AuditFacts> kept;
  if (!kept_ids.empty()) {
    for (auto& k : kept_audit_facts_of(store, kept_ids))
      kept.emplace(k.agreement, std::move(k.facts));
  }
  for (std::size_t i = 0; i < upto; ++i) {
    Candidate& c = items[i];
    if (c.read == Candidate::kKept) {
      auto it = kept.find(c.urgency.id);
      if (it == kept.end()) throw std::logic_error("audit: kept facts gone within one read");
      r.outlines.push_back(outline_at(it->second, as_of, options.review_years, options.include_closed,
                                      expiring_by_of(options, as_of)));
    } else {
      r.outlines.push_back(std::move(read[c.read]));
    }
    r.order.push_back(std::move(c.urgency));
  }
}

// The ranking from the facts kept at write time, for the agreements whose
// kept facts hold at as_of, and from the records for the others (stale, or
// with records after as_of). Nothing when too many need their records: the
// rules' read of everything is then the cheaper.
std::optional<Ranking> rank_from_kept_facts(Store& store, const AuditOptions& options,
                                            const std::string& as_of, std::size_t upto) {
  Ranking r;
  std::vector<Candidate> items;
  std::vector<Id> from_records;
  AuditOutline o;
  const std::string expiring_by = expiring_by_of(options, as_of);
  auto state = read_kept_audit_facts(store, [&](const KeptAuditFacts& k, bool stale) {
    if (stale) return;
    if (k.horizon > as_of) {
      from_records.push_back(k.agreement);
      return;
    }
    outline_into(o, k.facts, as_of, options.review_years, options.include_closed, expiring_by);
    if (!o.listed) return;
    count_into(r, o);
    items.push_back({urgency_of(k.agreement, o)});
  });
  if (!state.complete) return std::nullopt;
  from_records.insert(from_records.end(), state.stale.begin(), state.stale.end());
  if (from_records.size() > kMostReadFromRecords) return std::nullopt;
  std::vector<AuditOutline> read;
  if (!from_records.empty()) {
    std::sort(from_records.begin(), from_records.end());
    const std::set<Id> only(from_records.begin(), from_records.end());
    Snapshot snap(store, Snapshot::Around{from_records}, Snapshot::Detail::Rules);
    for (auto& j : judge(snap, options, as_of, &only, false)) {
      count_into(r, j.outline);
      items.push_back({std::move(j.urgency), read.size()});
      read.push_back(std::move(j.outline));
    }
  }
  order_upto(store, items, read, upto, options, as_of, r);
  return r;
}

Ranking rank_from_rules(Store& store, const AuditOptions& options, const std::string& as_of,
                        std::size_t upto) {
  Snapshot snap(store, Snapshot::Detail::Rules);
  Ranking r;
  std::vector<Candidate> items;
  std::vector<AuditOutline> read;
  for (auto& j : judge(snap, options, as_of, nullptr, false)) {
    count_into(r, j.outline);
    items.push_back({std::move(j.urgency), read.size()});
    read.push_back(std::move(j.outline));
  }
  order_upto(store, items, read, upto, options, as_of, r);
  return r;
}

} // namespace

AuditReport run_audit(const Snapshot& snap, const AuditOptions& options) {
  AuditReport report = start_report(options);
  auto judged = judge(snap, options, report.as_of, nullptr, true);
  auto order = urgency_order(judged);
  report.total = judged.size();
  report.needing_update = static_cast<std::size_t>(
      std::count_if(judged.begin(), judged.end(), [](const Judged& j) { return needs_work(j.outline); }));
  report.offset = std::min(options.offset, order.size());
  std::size_t end = std::min(order.size(), page_end(report.offset, options.limit));
  report.entries.reserve(end - report.offset);
  for (std::size_t i = report.offset; i < end; ++i)
    report.entries.push_back(entry_of(judged[order[i]]));
  return report;
}

AuditReport run_audit(Store& store, const AuditOptions& options) {
  AuditReport report = start_report(options);
  // Every read below sees one state of the registry, whatever a writer commits meanwhile.
  sql::Savepoint one_state(store.db(), "audit");
  if (options.limit == 0) {
    Snapshot snap(store, Snapshot::Detail::LinksOnly);
    report = run_audit(snap, options);
    one_state.release();
    return report;
  }
  const std::size_t upto = page_end(options.offset, options.limit);
  std::optional<Ranking> ranking = rank_from_kept_facts(store, options, report.as_of, upto);
  if (!ranking) ranking = rank_from_rules(store, options, report.as_of, upto);
  report.total = ranking->total;
  report.needing_update = ranking->needing_update;
  report.offset = std::min(options.offset, ranking->order.size());
  const std::size_t end = std::min(ranking->order.size(), upto);
  if (report.offset == end) {
    one_state.release();
    return report;
  }
  // The page is read in full, with the proof of every reason.
  std::vector<Id> page;
  for (std::size_t i = report.offset; i < end; ++i)
    page.push_back(ranking->order[i].id);
  Snapshot proof(store, Snapshot::Around{page});
  const std::set<Id> only(page.begin(), page.end());
  auto judged = judge(proof, options, report.as_of, &only, true);
  auto order = urgency_order(judged);
  // The same rules on the same state: a difference is a bug in what one of the reads leaves out.
  for (std::size_t i = 0; i < page.size(); ++i) {
    if (order.size() != page.size() || judged[order[i]].agreement->id != page[i] ||
        judged[order[i]].outline.status != ranking->outlines[report.offset + i].status ||
        judged[order[i]].outline.reasons != ranking->outlines[report.offset + i].reasons) {
      throw std::logic_error(fmt::format(
          "the audit's ranking and its page disagree about agreement {}; please report this with the "
          "registry; `entente audit` without --limit lists the whole audit",
          page[i]));
    }
  }
  for (std::size_t i : order)
    report.entries.push_back(entry_of(judged[i]));
  one_state.release();
  return report;
}

} // namespace entente
