#include "registry/audit_facts.hpp"

#include "registry/dates.hpp"
#include "registry/sqlite.hpp"
#include "registry/status.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <set>
#include <stdexcept>

namespace entente {
namespace {

// An as_of after every date a registry can hold: what the records say once all has happened.
constexpr const char* kEndOfTime = "9999-12-31";

// Agreements computed per read of their records when refreshing.
constexpr std::size_t kRefreshSlice = 1000;

std::string day_before(const std::string& ymd) {
  using namespace std::chrono;
  int y = date_year(ymd);
  unsigned m = static_cast<unsigned>(std::stoi(ymd.substr(5, 2)));
  unsigned d = static_cast<unsigned>(std::stoi(ymd.substr(8, 2)));
  year_month_day prev{sys_days{year{y} / month{m} / day{d}} - days{1}};
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(prev.year()),
                     static_cast<unsigned>(prev.month()), static_cast<unsigned>(prev.day()));
}

// A renewal on or after `from` (a full date), up to as_of.
bool renewed_since(const Snapshot& snap, const Agreement& a, const std::string& from,
                   const std::string& as_of) {
  auto c = closure_after(snap, a, day_before(from), as_of);
  return c && c->how == "renewed";
}

std::string ceiling_or_empty(const std::string& partial) {
  return partial.empty() ? std::string() : date_ceiling(partial);
}

// The latest day among the records that the facts test against as_of: every
// one of them has happened by an as_of on or after it. Undated records count
// as having happened at any date, as the rules read them.
std::string horizon_of(const Snapshot& snap, const Agreement& a) {
  std::string latest = "0000-00-00";
  auto offer = [&](const std::string& partial) {
    if (!partial.empty()) latest = std::max(latest, date_floor(partial));
  };
  offer(a.signed_date);
  for (const auto& e : a.events) {
    // The status counts an end from its last day ("expires in 2025": on 31
    // December): until then the kept facts, which see it happened, would not hold.
    if (e.type == "expired" && !e.date.empty())
      latest = std::max(latest, date_ceiling(e.date));
    else
      offer(e.date);
  }
  for (const auto& r : a.relations) {
    if (r.to != a.id) continue;
    if (const Agreement* from = snap.agreement(r.from)) offer(from->signed_date);
  }
  for (const auto& [m, l] : snap.links_to(a.id)) {
    if (l->relation == "plans_update" || l->relation == "renewed") offer(mission_date(*m));
  }
  return latest;
}

std::vector<Id> stale_agreements(sql::Database& db) {
  std::vector<Id> out;
  auto st = db.prepare("SELECT agreement_id FROM audit_stale ORDER BY agreement_id");
  while (st.step())
    out.push_back(st.int64(0));
  return out;
}

} // namespace

std::vector<PlannedUpdate> planned_updates_of(const Snapshot& snap, const Agreement& a,
                                              const std::string& as_of) {
  std::vector<PlannedUpdate> plans;
  for (const auto& [m, l] : snap.links_to(a.id)) {
    if (l->relation != "plans_update") continue;
    std::string when = mission_date(*m);
    if (!when.empty() && when > as_of) continue;
    // An undated plan is closed by any dated record: it cannot be shown to be later.
    plans.push_back({m, l, when, closure_after(snap, a, when.empty() ? "0000-00-00" : when, as_of, m->id)});
  }
  return plans;
}

const AgreementEvent* last_expired_event(const Agreement& a, const std::string& as_of) {
  const AgreementEvent* ev = nullptr;
  for (const auto& e : a.events) {
    if (e.type == "expired" && (e.date.empty() || date_ceiling(e.date) <= as_of)) ev = &e;
  }
  return ev;
}

AuditFacts audit_facts(const Snapshot& snap, const Agreement& a, const std::vector<PlannedUpdate>& plans,
                       const std::string& as_of) {
  AuditFacts f;
  // The expiry date is judged apart (a renewal after it lifts it), so the
  // life of the agreement is read without it.
  f.life = derive_status_from_events(a, as_of);
  if (f.life == "not_yet_signed") return f;
  if (f.life == "expired") {
    const AgreementEvent* ev = last_expired_event(a, as_of);
    f.expired_since = ev && !ev->date.empty() ? date_ceiling(ev->date) : "0000-00-00";
  }
  f.expires_by = ceiling_or_empty(a.expires);
  // A told end ahead of as_of counts from the first day on which the records,
  // read as the status reads them, call the agreement expired.
  std::vector<std::string> ahead;
  for (const auto& e : a.events) {
    if (e.type == "expired" && !e.date.empty() && date_ceiling(e.date) > as_of)
      ahead.push_back(date_ceiling(e.date));
  }
  std::sort(ahead.begin(), ahead.end());
  for (const auto& when : ahead) {
    if (derive_status_from_events(a, when) == "expired") {
      f.ends_next = when;
      break;
    }
  }
  if (!a.expires.empty()) f.renewed_after_expiry = renewed_since(snap, a, date_floor(a.expires), as_of);
  f.base_by = ceiling_or_empty(last_signed_renewed_or_amended(snap, a, as_of));
  f.review_by = ceiling_or_empty(a.review);
  if (!a.review.empty()) f.renewed_after_review = renewed_since(snap, a, date_floor(a.review), as_of);
  for (const auto& p : plans) {
    if (p.closure) {
      f.closed_plan = true;
    } else {
      f.pending.push_back(p.date.empty() ? "0000-00-00" : p.date);
    }
  }
  return f;
}

AuditOutline outline_at(const AuditFacts& f, const std::string& as_of, int review_years, bool include_closed,
                        std::string_view expiring_by) {
  AuditOutline o;
  outline_into(o, f, as_of, review_years, include_closed, expiring_by);
  return o;
}

void outline_into(AuditOutline& o, const AuditFacts& f, const std::string& as_of, int review_years,
                  bool include_closed, std::string_view expiring_by) {
  o.listed = false;
  o.status.clear();
  o.reasons.clear();
  if (f.life == "not_yet_signed") return;
  const bool live = is_live_status(f.life);
  const bool past_expiry = !f.expires_by.empty() && f.expires_by < as_of;
  o.status = live && past_expiry ? "expired" : f.life;
  // A plan to renew an agreement that has run out is still to do: both are
  // said, each with what proves it.
  auto pending = [&] {
    for (const auto& since : f.pending)
      o.reasons.emplace_back("planned_update_pending", since);
  };
  if (f.life == "expired") {
    // Recorded as expired by an event, with no renewal since.
    o.reasons.emplace_back("expired", f.expired_since);
    pending();
  } else if (live || f.life == "unknown") {
    if (past_expiry && !f.renewed_after_expiry) {
      o.reasons.emplace_back("expired", f.expires_by);
      pending();
    } else {
      pending();
      if (!expiring_by.empty()) {
        // The nearer of the expiry date (not yet past here) and a told end.
        std::string_view ends = f.ends_next;
        if (!f.expires_by.empty() && f.expires_by >= as_of && (ends.empty() || f.expires_by < ends))
          ends = f.expires_by;
        if (!ends.empty() && ends <= expiring_by) o.reasons.emplace_back("expires_soon", std::string(ends));
      }
      if (!f.base_by.empty()) {
        // A partial date counts from its last day: only an agreement
        // certainly older than the review age is flagged.
        std::string due = add_years(f.base_by, review_years);
        if (due < as_of) o.reasons.emplace_back("review_age", std::move(due));
      }
      if (!f.review_by.empty() && f.review_by < as_of && !f.renewed_after_review) {
        o.reasons.emplace_back("review_due", f.review_by);
      }
    }
  }
  if (!o.reasons.empty()) {
    o.listed = true;
  } else if (include_closed && f.closed_plan) {
    o.listed = true;
    o.status = "closed";
  }
}

std::string audit_facts_text(const AuditFacts& f) {
  std::string out;
  out.reserve(64);
  for (const std::string* field : {&f.life, &f.expired_since, &f.expires_by}) {
    out += *field;
    out += ';';
  }
  out += f.renewed_after_expiry ? "1;" : "0;";
  out += f.base_by;
  out += ';';
  out += f.review_by;
  out += ';';
  out += f.renewed_after_review ? "1;" : "0;";
  out += f.closed_plan ? "1;" : "0;";
  for (std::size_t i = 0; i < f.pending.size(); ++i) {
    if (i) out += ',';
    out += f.pending[i];
  }
  return out;
}

AuditFacts audit_facts_from_text(std::string_view text) {
  AuditFacts f;
  read_audit_facts_text(text, f);
  return f;
}

void read_audit_facts_text(std::string_view text, AuditFacts& f) {
  std::string_view rest = text;
  auto next = [&](char sep) {
    std::size_t at = rest.find(sep);
    if (at == std::string_view::npos) {
      if (sep == ',')
        at = rest.size();
      else
        throw std::invalid_argument(
            fmt::format("kept audit facts \"{}\" are not in the expected format", text));
    }
    std::string_view field = rest.substr(0, at);
    rest = at < rest.size() ? rest.substr(at + 1) : std::string_view();
    return field;
  };
  auto flag = [&] {
    std::string_view value = next(';');
    if (value != "0" && value != "1") {
      throw std::invalid_argument(
          fmt::format("kept audit facts \"{}\" have a flag that is not 0 or 1", text));
    }
    return value == "1";
  };
  f.life = next(';');
  f.expired_since = next(';');
  f.expires_by = next(';');
  f.renewed_after_expiry = flag();
  f.base_by = next(';');
  f.review_by = next(';');
  f.renewed_after_review = flag();
  f.closed_plan = flag();
  f.pending.clear();
  while (!rest.empty())
    f.pending.emplace_back(next(','));
}

KeptAuditFacts kept_audit_facts(const Snapshot& snap, const Agreement& a) {
  return {a.id, horizon_of(snap, a),
          audit_facts(snap, a, planned_updates_of(snap, a, kEndOfTime), kEndOfTime)};
}

std::size_t refresh_audit_facts(Store& store) {
  auto& db = store.db();
  const std::vector<Id> stale = stale_agreements(db);
  if (stale.empty()) return 0;
  sql::Savepoint sp(db, "refresh_audit_facts");
  auto put = db.prepare("INSERT OR REPLACE INTO audit_facts(agreement_id, horizon, facts) VALUES(?,?,?)");
  std::size_t written = 0;
  // A slice at a time, each read with the rules' share of its records only
  // (no texts, no proof: the facts need neither): a bulk load marks every
  // agreement, and reading them all at once grew an ingest's memory with the
  // registry.
  for (std::size_t at = 0; at < stale.size(); at += kRefreshSlice) {
    const std::vector<Id> slice(stale.begin() + static_cast<std::ptrdiff_t>(at),
                                stale.begin() +
                                    static_cast<std::ptrdiff_t>(std::min(stale.size(), at + kRefreshSlice)));
    Snapshot snap(store, Snapshot::Around{slice}, Snapshot::Detail::Rules);
    const std::set<Id> wanted(slice.begin(), slice.end());
    for (const auto& a : snap.agreements()) {
      if (wanted.count(a.id) == 0) continue;
      KeptAuditFacts k = kept_audit_facts(snap, a);
      put.bind(1, k.agreement).bind(2, k.horizon).bind(3, audit_facts_text(k.facts)).run();
      ++written;
    }
  }
  // A deleted agreement's facts went with it (ON DELETE CASCADE); its mark goes now.
  db.prepare("DELETE FROM audit_stale WHERE agreement_id IN (SELECT value FROM json_each(?1))")
      .bind(1, nlohmann::json(stale).dump())
      .run();
  sp.release();
  return written;
}

KeptAuditState read_kept_audit_facts(Store& store,
                                     const std::function<void(const KeptAuditFacts&, bool stale)>& each) {
  auto& db = store.db();
  KeptAuditState out;
  out.stale = stale_agreements(db);
  auto st = db.prepare("SELECT agreement_id, horizon, facts FROM audit_facts ORDER BY agreement_id");
  KeptAuditFacts k;
  while (st.step()) {
    k.agreement = st.int64(0);
    k.horizon = st.text_view(1);
    read_audit_facts_text(st.text_view(2), k.facts);
    ++out.rows;
    each(k, std::binary_search(out.stale.begin(), out.stale.end(), k.agreement));
  }
  // Kept facts go with their agreement (ON DELETE CASCADE), so the agreements
  // without them are the difference, and each must be marked stale.
  auto count =
      db.prepare("SELECT (SELECT count(*) FROM agreements), (SELECT count(*) FROM agreements WHERE id IN "
                 "(SELECT agreement_id FROM audit_stale) AND id NOT IN (SELECT agreement_id FROM "
                 "audit_facts))");
  count.step();
  out.complete = count.int64(0) - static_cast<std::int64_t>(out.rows) == count.int64(1);
  return out;
}

std::vector<KeptAuditFacts> kept_audit_facts_of(Store& store, const std::vector<Id>& agreements) {
  auto st = store.db().prepare("SELECT agreement_id, horizon, facts FROM audit_facts WHERE agreement_id IN "
                               "(SELECT value FROM json_each(?1)) ORDER BY agreement_id");
  st.bind(1, nlohmann::json(agreements).dump());
  std::vector<KeptAuditFacts> out;
  while (st.step())
    out.push_back({st.int64(0), st.text(1), audit_facts_from_text(st.text_view(2))});
  return out;
}

std::vector<OutOfDateAuditFacts> audit_facts_out_of_date(Store& store) {
  std::map<Id, std::pair<std::string, std::string>> kept; // horizon, facts text
  {
    auto st = store.db().prepare("SELECT agreement_id, horizon, facts FROM audit_facts");
    while (st.step())
      kept.emplace(st.int64(0), std::make_pair(st.text(1), st.text(2)));
  }
  const std::vector<Id> stale = stale_agreements(store.db());
  Snapshot snap(store, Snapshot::Detail::Rules);
  std::vector<OutOfDateAuditFacts> out;
  for (const auto& a : snap.agreements()) {
    if (std::binary_search(stale.begin(), stale.end(), a.id)) continue;
    auto it = kept.find(a.id);
    if (it == kept.end()) {
      out.push_back({a.id, true});
      continue;
    }
    KeptAuditFacts now = kept_audit_facts(snap, a);
    if (now.horizon != it->second.first || audit_facts_text(now.facts) != it->second.second)
      out.push_back({a.id, false});
  }
  return out;
}

std::size_t recompute_audit_facts(Store& store, const std::vector<Id>& agreements) {
  {
    sql::Savepoint sp(store.db(), "mark_audit_facts_stale");
    auto mark = store.db().prepare("INSERT OR IGNORE INTO audit_stale VALUES(?)");
    for (Id id : agreements)
      mark.bind(1, id).run();
    sp.release();
  }
  return refresh_audit_facts(store);
}

} // namespace entente
