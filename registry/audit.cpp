#include "registry/audit.hpp"

#include "registry/dates.hpp"
#include "registry/sqlite.hpp"
#include "registry/status.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <stdexcept>

namespace entente {
namespace {

std::string day_before(const std::string& ymd) {
  using namespace std::chrono;
  int y = date_year(ymd);
  unsigned m = static_cast<unsigned>(std::stoi(ymd.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(ymd.substr(8, 2)));
  year_month_day prev{sys_days{year{y} / month{m} / day{d}} - days{1}};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(prev.year()),
                     static_cast<unsigned>(prev.month()), static_cast<unsigned>(prev.day()));
}

std::string full_as_of(const std::string& as_of) {
  if (as_of.empty()) return today();
  auto d = parse_partial_date(as_of);
  if (!d) throw ValidationError(fmt::format("'{}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", as_of));
  // "as of 2018" means at the end of 2018, when everything dated 2018 has happened.
  return date_ceiling(*d);
}

// A renewal on or after `from` (a full date), up to as_of.
bool renewed_since(const Snapshot& snap, const Agreement& a, const std::string& from,
                   const std::string& as_of) {
  auto c = closure_after(snap, a, day_before(from), as_of);
  return c && c->how == "renewed";
}

struct Plan {
  const Mission* mission;
  const MissionLink* link;
  std::string date;
  std::optional<Closure> closure;
};

AuditReason pending_reason(const Plan& p) {
  AuditReason r;
  r.rule = "planned_update_pending";
  std::string when = p.date.empty() ? "an undated mission" : fmt::format("the mission of {}", p.date);
  r.detail =
      fmt::format("{} planned to update it (mission {}); no later record shows it renewed, superseded or "
                  "terminated",
                  when, p.mission->id);
  r.mission_id = p.mission->id;
  r.source = p.mission->source;
  r.evidence = p.link->evidence;
  if (p.link->line) r.line = p.link->line;
  r.since = p.date.empty() ? "0000-00-00" : p.date;
  return r;
}

bool has_rule(const AuditVerdict& e, std::string_view rule) {
  return std::any_of(e.reasons.begin(), e.reasons.end(),
                     [&](const AuditReason& r) { return r.rule == rule; });
}

std::string earliest_since(const AuditVerdict& e, bool pending_only) {
  std::string best = "9999-99-99";
  for (const auto& r : e.reasons) {
    if (pending_only && r.rule != "planned_update_pending") continue;
    best = std::min(best, r.since);
  }
  return best;
}

// An entry before its agreement is copied into it: only the entries of the
// page shown are, which spares copying (and moving) a large registry's every
// agreement.
struct Ranked {
  const Agreement* agreement;
  AuditVerdict verdict;
};

// The entries of these agreements of the snapshot (all when `only` is null),
// and the order of their urgency.
struct Evaluation {
  std::vector<Ranked> entries;
  std::vector<std::size_t> order; // most urgent first
};

Evaluation evaluate(const Snapshot& snap, const AuditOptions& options, const std::string& as_of,
                    const std::set<Id>* only) {
  std::vector<Ranked> entries;
  for (const auto& a : snap.agreements()) {
    if (only && only->count(a.id) == 0) continue;
    std::vector<Plan> plans;
    for (const auto& [m, l] : snap.links_to(a.id)) {
      if (l->relation != "plans_update") continue;
      std::string when = mission_date(*m);
      if (!when.empty() && when > as_of) continue;
      // An undated plan is closed by any dated record: it cannot be shown to be later.
      plans.push_back({m, l, when, closure_after(snap, a, when.empty() ? "0000-00-00" : when, as_of)});
    }

    // The expiry date is judged here (a renewal after it lifts it), so the
    // life of the agreement is read without it.
    std::string life = derive_status_from_events(a, as_of);
    if (life == "not_yet_signed") continue;

    AuditVerdict entry;
    entry.status = derive_status(a, as_of);

    if (life == "expired") {
      // Recorded as expired by an event, with no renewal since.
      const AgreementEvent* ev = nullptr;
      for (const auto& e : a.events) {
        if (e.type == "expired" && (e.date.empty() || date_floor(e.date) <= as_of)) ev = &e;
      }
      AuditReason r;
      r.rule = "expired";
      r.detail = ev && !ev->date.empty()
                     ? fmt::format("recorded as expired on {}; no renewal since", ev->date)
                     : std::string("recorded as expired; no renewal since");
      if (ev) {
        r.evidence = ev->evidence;
        r.mission_id = ev->mission_id;
        if (ev->mission_id) {
          if (const Mission* m = snap.mission(*ev->mission_id)) r.source = m->source;
        }
        r.line = ev->line;
        r.since = ev->date.empty() ? "0000-00-00" : date_ceiling(ev->date);
      } else {
        r.since = "0000-00-00";
      }
      entry.reasons.push_back(std::move(r));
    } else if (is_live_status(life) || life == "unknown") {
      if (!a.expires.empty() && date_ceiling(a.expires) < as_of &&
          !renewed_since(snap, a, date_floor(a.expires), as_of)) {
        entry.reasons.push_back({"expired",
                                 fmt::format("expired on {}; no renewal since", a.expires),
                                 std::nullopt,
                                 {},
                                 {},
                                 std::nullopt,
                                 date_ceiling(a.expires)});
      } else {
        for (const auto& p : plans) {
          if (!p.closure) entry.reasons.push_back(pending_reason(p));
        }
        std::string base = last_signed_or_renewed(snap, a, as_of);
        if (!base.empty()) {
          // A partial date counts from its last day: only an agreement
          // certainly older than the review age is flagged.
          std::string due = add_years(date_ceiling(base), options.review_years);
          if (due < as_of) {
            bool renewed = base != a.signed_date;
            entry.reasons.push_back(
                {"review_age",
                 fmt::format("{} {}, more than {} years before {}", renewed ? "last renewed" : "signed", base,
                             options.review_years, as_of),
                 std::nullopt,
                 {},
                 {},
                 std::nullopt,
                 due});
          }
        }
        if (!a.review.empty() && date_ceiling(a.review) < as_of &&
            !renewed_since(snap, a, date_floor(a.review), as_of)) {
          entry.reasons.push_back({"review_due",
                                   fmt::format("review was due by {}; no renewal since", a.review),
                                   std::nullopt,
                                   {},
                                   {},
                                   std::nullopt,
                                   date_ceiling(a.review)});
        }
      }
    }

    if (entry.reasons.empty()) {
      if (!options.include_closed) continue;
      // The latest closed plan says what closed the agreement's last planned update.
      const Plan* last = nullptr;
      for (const auto& p : plans) {
        if (p.closure && (!last || p.date >= last->date)) last = &p;
      }
      if (!last) continue;
      entry.status = "closed";
      entry.closed_by = last->closure;
      entry.closed_plan_mission = last->mission->id;
    }
    entries.push_back({&a, std::move(entry)});
  }

  // Each entry's urgency is computed once: the comparator used to rebuild it
  // on every comparison, which dominated an audit of 100,000 agreements.
  struct Urgency {
    bool open;
    bool pending;
    std::string since;
    Id id;
    std::size_t at; // where the entry is in entries
  };
  std::vector<Urgency> keys;
  keys.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i].verdict;
    bool pending = has_rule(e, "planned_update_pending");
    keys.push_back({!e.reasons.empty(), pending, earliest_since(e, pending), entries[i].agreement->id, i});
  }
  std::sort(keys.begin(), keys.end(), [](const Urgency& x, const Urgency& y) {
    if (x.open != y.open) return x.open;
    if (x.pending != y.pending) return x.pending;
    if (x.since != y.since) return x.since < y.since;
    return x.id < y.id; // one entry per agreement: the order is total
  });
  Evaluation out{std::move(entries), {}};
  out.order.reserve(keys.size());
  for (const auto& k : keys)
    out.order.push_back(k.at);
  return out;
}

AuditReport start_report(const AuditOptions& options) {
  if (options.review_years < 0) {
    throw ValidationError(
        fmt::format("a review age of {} years makes no sense; give 0 or more", options.review_years));
  }
  AuditReport report;
  report.as_of = full_as_of(options.as_of);
  report.review_years = options.review_years;
  return report;
}

AuditEntry entry_of(Ranked& r) {
  AuditEntry e;
  static_cast<AuditVerdict&>(e) = std::move(r.verdict);
  e.agreement = *r.agreement;
  return e;
}

// Keeps the page of the whole ordered list, and the whole list's counts.
void keep_page(AuditReport& report, Evaluation all, const AuditOptions& options) {
  const std::size_t n = all.order.size();
  report.total = n;
  report.needing_update = static_cast<std::size_t>(std::count_if(
      all.entries.begin(), all.entries.end(), [](const Ranked& r) { return !r.verdict.reasons.empty(); }));
  report.offset = std::min(options.offset, n);
  std::size_t end = options.limit ? std::min(n, report.offset + options.limit) : n;
  report.entries.clear();
  report.entries.reserve(end - report.offset);
  for (std::size_t i = report.offset; i < end; ++i)
    report.entries.push_back(entry_of(all.entries[all.order[i]]));
}

// What the page's full read must agree on with the rules' read that ranked it.
bool same_verdict(const AuditEntry& ranked, const Ranked& read) {
  if (ranked.agreement.id != read.agreement->id || ranked.status != read.verdict.status ||
      ranked.reasons.size() != read.verdict.reasons.size())
    return false;
  for (std::size_t i = 0; i < ranked.reasons.size(); ++i) {
    const AuditReason& r = read.verdict.reasons[i];
    if (ranked.reasons[i].rule != r.rule || ranked.reasons[i].since != r.since) return false;
  }
  return true;
}

} // namespace

AuditReport run_audit(const Snapshot& snap, const AuditOptions& options) {
  AuditReport report = start_report(options);
  keep_page(report, evaluate(snap, options, report.as_of, nullptr), options);
  return report;
}

AuditReport run_audit(Store& store, const AuditOptions& options) {
  AuditReport report = start_report(options);
  // Both reads below see one state of the registry, whatever a writer commits meanwhile.
  sql::Savepoint one_state(store.db(), "audit");
  if (options.limit == 0) {
    Snapshot snap(store, Snapshot::Detail::LinksOnly);
    keep_page(report, evaluate(snap, options, report.as_of, nullptr), options);
    one_state.release();
    return report;
  }
  {
    Snapshot rules(store, Snapshot::Detail::Rules);
    keep_page(report, evaluate(rules, options, report.as_of, nullptr), options);
  }
  if (report.entries.empty()) {
    one_state.release();
    return report;
  }
  std::vector<Id> page;
  for (const auto& e : report.entries)
    page.push_back(e.agreement.id);
  Snapshot proof(store, Snapshot::Around{page});
  const std::set<Id> only(page.begin(), page.end());
  auto read = evaluate(proof, options, report.as_of, &only);
  // The same rules on the same state: a difference is a bug in what one of the reads leaves out.
  for (std::size_t i = 0; i < report.entries.size(); ++i) {
    if (read.order.size() != report.entries.size() ||
        !same_verdict(report.entries[i], read.entries[read.order[i]])) {
      throw std::logic_error(fmt::format(
          "the audit's ranking and its page disagree about agreement {}; please report this with the "
          "registry; `entente audit` without --limit lists the whole audit",
          report.entries[i].agreement.id));
    }
  }
  for (std::size_t i = 0; i < read.order.size(); ++i)
    report.entries[i] = entry_of(read.entries[read.order[i]]);
  one_state.release();
  return report;
}

} // namespace entente
