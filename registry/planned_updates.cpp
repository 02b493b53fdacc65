#include "registry/planned_updates.hpp"

#include "registry/dates.hpp"

#include <algorithm>

namespace entente {

Snapshot::Snapshot(Store& store, Detail detail) {
  switch (detail) {
  case Detail::Full:
    agreements_ = store.list_agreements();
    missions_ = store.list_missions();
    break;
  case Detail::LinksOnly:
    agreements_ = store.list_agreements();
    missions_ = store.list_missions_with_links();
    break;
  case Detail::Rules:
    agreements_ = store.agreements_for_rules();
    missions_ = store.missions_for_rules();
    break;
  }
  build_indexes();
}

Snapshot::Snapshot(Store& store, const Around& around, Detail detail) {
  auto ids = store.records_around(around.agreements);
  if (detail == Detail::Rules) {
    agreements_ = store.agreements_for_rules(ids.agreements);
    missions_ = store.missions_for_rules(around.agreements);
  } else {
    agreements_ = store.agreements_by_ids(ids.agreements);
    missions_ = store.missions_by_ids(ids.missions, true);
  }
  build_indexes();
}

Snapshot::Snapshot(Store& store, const std::vector<std::string>& partners) {
  auto ids = store.records_touching(partners);
  agreements_ = store.agreements_by_ids(ids.agreements);
  missions_ = store.missions_by_ids(ids.missions);
  build_indexes();
}

void Snapshot::build_indexes() {
  agreement_index_.reserve(agreements_.size());
  mission_index_.reserve(missions_.size());
  for (std::size_t i = 0; i < agreements_.size(); ++i)
    agreement_index_[agreements_[i].id] = i;
  for (std::size_t i = 0; i < missions_.size(); ++i)
    mission_index_[missions_[i].id] = i;
  for (const auto& m : missions_) {
    for (const auto& l : m.links)
      links_[l.agreement_id].push_back({&m, &l});
  }
  // In mission order (start date, then id), then in the order of the report;
  // the rules' read leaves its missions unsorted, which sorts far less here.
  for (auto& [agreement, refs] : links_) {
    std::sort(refs.begin(), refs.end(), [](const LinkRef& x, const LinkRef& y) {
      const Mission& a = *x.mission;
      const Mission& b = *y.mission;
      if (a.start_date != b.start_date) return a.start_date < b.start_date;
      if (a.id != b.id) return a.id < b.id;
      return x.link->line != y.link->line ? x.link->line < y.link->line : x.link->id < y.link->id;
    });
  }
}

const std::vector<Snapshot::LinkRef>& Snapshot::links_to(Id agreement) const {
  static const std::vector<LinkRef> none;
  auto it = links_.find(agreement);
  return it == links_.end() ? none : it->second;
}

const Agreement* Snapshot::agreement(Id id) const {
  auto it = agreement_index_.find(id);
  return it == agreement_index_.end() ? nullptr : &agreements_[it->second];
}

const Mission* Snapshot::mission(Id id) const {
  auto it = mission_index_.find(id);
  return it == mission_index_.end() ? nullptr : &missions_[it->second];
}

std::string mission_date(const Mission& m) {
  for (const std::string* d : {&m.start_date, &m.report_date, &m.filed_date}) {
    if (!d->empty()) return date_floor(*d);
  }
  return {};
}

namespace {

bool after_and_by(std::string_view date, std::string_view after, std::string_view as_of) {
  if (date.empty()) return false;
  return date_ceiling(date) > after && date_floor(date) <= as_of;
}

// Candidates are compared by the first day they may have happened; at the
// same date a record with a report behind it is the better proof.
bool better(const Closure& a, const Closure& b) {
  auto da = date_floor(a.date);
  auto db = date_floor(b.date);
  if (da != db) return da < db;
  return a.mission_id.has_value() && !b.mission_id.has_value();
}

} // namespace

std::optional<Closure> closure_after(const Snapshot& snap, const Agreement& a, std::string_view after,
                                     std::string_view as_of, std::optional<Id> planning_mission) {
  std::optional<Closure> best;
  auto offer = [&](Closure c) {
    if (!best || better(c, *best)) best = std::move(c);
  };
  for (const auto& e : a.events) {
    // An amendment updates the agreement too: "un avenant à l'entente a été signé".
    if (e.type != "renewed" && e.type != "amended" && e.type != "superseded" && e.type != "terminated")
      continue;
    if (planning_mission && e.mission_id == planning_mission) continue;
    if (!after_and_by(e.date, after, as_of)) continue;
    Closure c{e.type, e.date, e.mission_id, {}, e.evidence, std::nullopt, e.line};
    if (e.mission_id) {
      if (const Mission* m = snap.mission(*e.mission_id)) c.source = m->source;
    }
    // add_relation records its event with the source "agreement:<id>".
    if (e.source.rfind("agreement:", 0) == 0) {
      try {
        c.by_agreement = std::stoll(e.source.substr(10));
      } catch (const std::exception&) {
      }
    } else if (c.source.empty() && e.source_kind == "mission_report") {
      c.source = e.source;
    }
    offer(std::move(c));
  }
  for (const auto& r : a.relations) {
    if (r.to != a.id || (r.type != "renews" && r.type != "amends" && r.type != "supersedes")) continue;
    const Agreement* from = snap.agreement(r.from);
    if (!from || !after_and_by(from->signed_date, after, as_of)) continue;
    std::string evidence = r.evidence.empty() ? from->title : r.evidence;
    offer({r.type == "renews"   ? "renewed"
           : r.type == "amends" ? "amended"
                                : "superseded",
           from->signed_date,
           std::nullopt,
           {},
           evidence,
           r.from,
           std::nullopt});
  }
  for (const auto& [m, l] : snap.links_to(a.id)) {
    if (l->relation != "renewed" || (planning_mission && m->id == *planning_mission)) continue;
    std::string when = mission_date(*m);
    if (when.empty() || when <= after || when > as_of) continue;
    offer({"renewed", when, m->id, m->source, l->evidence, std::nullopt, l->line});
  }
  return best;
}

std::string last_signed_renewed_or_amended(const Snapshot& snap, const Agreement& a, std::string_view as_of) {
  std::string best;
  auto offer = [&](const std::string& d) {
    if (d.empty() || date_floor(d) > as_of) return;
    if (best.empty() || date_ceiling(d) > date_ceiling(best)) best = d;
  };
  offer(a.signed_date);
  for (const auto& e : a.events) {
    if (e.type == "signed" || e.type == "renewed" || e.type == "amended") offer(e.date);
  }
  for (const auto& r : a.relations) {
    if (r.to == a.id && (r.type == "renews" || r.type == "amends")) {
      if (const Agreement* from = snap.agreement(r.from)) offer(from->signed_date);
    }
  }
  for (const auto& [m, l] : snap.links_to(a.id)) {
    if (l->relation == "renewed") offer(mission_date(*m));
  }
  return best;
}

} // namespace entente
