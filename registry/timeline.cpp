#include "registry/timeline.hpp"

#include "registry/agreement_query.hpp"
#include "registry/dates.hpp"
#include "registry/planned_updates.hpp"
#include "registry/status.hpp"

#include <algorithm>
#include <set>

namespace entente {
namespace {

// The signing as precisely as the records know it: a signed event that
// agrees with the recorded signing date may give the day ("2017" -> "2017-09-02").
std::string signing_date(const Agreement& a) {
  std::string best = a.signed_date;
  for (const auto& e : a.events) {
    if (e.type != "signed" || e.date.empty()) continue;
    if (best.empty() || (e.date.size() > best.size() && e.date.rfind(best, 0) == 0)) best = e.date;
  }
  return best;
}

int type_order(const std::string& type) {
  static const char* order[] = {"mission", "signed",     "in_force", "planned_update", "amended",
                                "renewed", "superseded", "expired",  "terminated"};
  for (int i = 0; i < static_cast<int>(std::size(order)); ++i) {
    if (type == order[i]) return i;
  }
  return 99;
}

} // namespace

Timeline build_timeline(Store& store, const std::string& slug, const std::string& as_of) {
  Timeline t;
  t.partner = slug;
  t.includes = partner_scope(store.gazetteer(), slug);
  t.as_of = as_of.empty() ? today() : as_of;
  const Scope scope(t.includes.begin(), t.includes.end());
  Snapshot snap(store, t.includes);
  auto happened = [&](const std::string& d) { return !d.empty() && date_floor(d) <= t.as_of; };

  std::set<Id> in_scope;
  for (const auto& a : snap.agreements()) {
    if (!touches(a.partners, scope)) continue;
    std::string signed_on = signing_date(a);
    if (!signed_on.empty() && date_floor(signed_on) > t.as_of) continue;
    in_scope.insert(a.id);
    t.lanes.push_back({a.id, a.kind, a.title, a.partners, signed_on, derive_status(a, t.as_of)});
    if (happened(signed_on)) {
      TimelineEntry e{signed_on, "signed", a.id, std::nullopt, a.title, {}, std::nullopt, {}, {}, {}};
      for (const auto& ev : a.events) {
        if (ev.type == "signed" && !ev.evidence.empty()) {
          e.evidence = ev.evidence;
          e.mission_id = ev.mission_id;
          e.line = ev.line;
          if (ev.source_kind == "mission_report") e.source = ev.source;
          break;
        }
      }
      t.entries.push_back(std::move(e));
    }
    for (const auto& ev : a.events) {
      if (ev.type == "signed" || !happened(ev.date)) continue;
      TimelineEntry e{ev.date, ev.type, a.id, ev.mission_id, a.title, {}, ev.line, ev.evidence, {}, {}};
      if (ev.source_kind == "mission_report") e.source = ev.source;
      t.entries.push_back(std::move(e));
    }
  }

  for (const auto& m : snap.missions()) {
    std::string when = mission_date(m);
    if (!happened(when)) continue;
    bool concerns = touches(m.partners, scope);
    for (const auto& l : m.links)
      concerns |= in_scope.count(l.agreement_id) > 0;
    if (!concerns) continue;
    t.entries.push_back({when, "mission", std::nullopt, m.id, m.title, m.source, std::nullopt, {}, {}, {}});
    for (const auto& l : m.links) {
      if (l.relation != "plans_update" || !in_scope.count(l.agreement_id)) continue;
      const Agreement* a = snap.agreement(l.agreement_id);
      TimelineEntry e{when,     "planned_update", a->id,      m.id, a->title,
                      m.source, std::nullopt,     l.evidence, {},   {}};
      if (l.line) e.line = l.line;
      if (auto c = closure_after(snap, *a, when, t.as_of, m.id)) {
        e.until = c->date;
        e.closed_how = c->how;
      }
      t.entries.push_back(std::move(e));
    }
  }

  std::stable_sort(t.lanes.begin(), t.lanes.end(), [](const TimelineLane& x, const TimelineLane& y) {
    if (x.signed_date.empty() != y.signed_date.empty()) return y.signed_date.empty();
    if (date_floor(x.signed_date) != date_floor(y.signed_date))
      return date_floor(x.signed_date) < date_floor(y.signed_date);
    return x.agreement_id < y.agreement_id;
  });
  std::stable_sort(t.entries.begin(), t.entries.end(), [](const TimelineEntry& x, const TimelineEntry& y) {
    if (date_floor(x.date) != date_floor(y.date)) return date_floor(x.date) < date_floor(y.date);
    return type_order(x.type) < type_order(y.type);
  });
  return t;
}

} // namespace entente
