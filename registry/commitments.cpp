#include "registry/commitments.hpp"

#include "registry/agreement_query.hpp"
#include "registry/dates.hpp"
#include "registry/status.hpp"

#include <algorithm>
#include <set>

namespace entente {
namespace {

Scope domain_scope(const Taxonomy& taxonomy, const std::string& slug) {
  Scope out{slug};
  for (auto& inside : taxonomy.domains_inside(slug))
    out.insert(std::move(inside));
  return out;
}

void describe_agreement(CommitmentItem& item, const Agreement& a, const std::string& as_of) {
  item.agreement_id = a.id;
  item.kind = a.kind;
  item.title = a.title;
  item.partners = a.partners;
  item.year = date_year(a.signed_date);
  item.domains = a.domains;
  item.agreement_status = derive_status(a, as_of);
}

// What proves an agreement nobody's report mentions: its signing record if
// one was entered, else any event with evidence. An event a report told
// ("remains in force until 2025", of an agreement the report's only link
// plans to update) cites that report.
void unlinked_evidence(CommitmentItem& item, const Agreement& a, const Snapshot& snap) {
  const AgreementEvent* best = nullptr;
  for (const auto& e : a.events) {
    if (e.evidence.empty()) continue;
    if (!best || (e.type == "signed" && best->type != "signed")) best = &e;
  }
  if (!best) return;
  item.evidence = best->evidence;
  if (best->line) item.line = best->line;
  if (best->mission_id) {
    if (const Mission* m = snap.mission(*best->mission_id); m != nullptr && !m->source.empty()) {
      item.relation = "references";
      item.mission_id = m->id;
      item.source = m->source;
      item.date = mission_date(*m);
    }
  }
}

int group_of(const CommitmentItem& i) {
  if (i.type == "planned_update") return i.status == "open" ? 1 : 2;
  if (i.type == "recommendation") return 3;
  return 0;
}

} // namespace

Commitments find_commitments(Store& store, const CommitmentQuery& q) {
  Commitments out;
  out.partner = q.partner;
  out.includes = partner_scope(store.gazetteer(), q.partner);
  out.as_of = q.as_of.empty() ? today() : q.as_of;
  const Scope scope(out.includes.begin(), out.includes.end());
  Scope domains;
  if (!q.domain.empty()) domains = domain_scope(store.taxonomy(), q.domain);
  Snapshot snap(store, out.includes);

  std::vector<CommitmentItem> items;
  for (const auto& a : snap.agreements()) {
    if (!touches(a.partners, scope)) continue;
    // An agreement whose reports only plan to update it is still something
    // we hold: it gets an item of its own from its record.
    bool established = false;
    const Mission* planned_by = nullptr;
    const MissionLink* plan = nullptr;
    for (const auto& [m, l] : snap.links_to(a.id)) {
      established |= l->relation != "plans_update";
      if (!plan) {
        planned_by = m;
        plan = l;
      }
      CommitmentItem item;
      describe_agreement(item, a, out.as_of);
      item.relation = l->relation;
      item.mission_id = m->id;
      item.source = m->source;
      if (l->line) item.line = l->line;
      item.evidence = l->evidence;
      item.date = mission_date(*m);
      if (l->relation == "plans_update") {
        item.type = "planned_update";
        item.closed_by =
            closure_after(snap, a, item.date.empty() ? "0000-00-00" : item.date, out.as_of, m->id);
        item.status = item.closed_by ? "closed" : "open";
      } else {
        item.type = a.kind;
        item.status = item.agreement_status;
      }
      items.push_back(std::move(item));
    }
    if (!established) {
      CommitmentItem item;
      describe_agreement(item, a, out.as_of);
      item.type = a.kind;
      item.status = item.agreement_status;
      item.date = a.signed_date;
      unlinked_evidence(item, a, snap);
      // Without a dated event to show, the first report that plans its
      // update proves it exists: it names it, in a sentence that plans
      // its update and says so.
      if (item.evidence.empty() && plan) {
        item.relation = plan->relation;
        item.mission_id = planned_by->id;
        item.source = planned_by->source;
        item.date = mission_date(*planned_by);
        if (plan->line) item.line = plan->line;
        item.evidence = plan->evidence;
      }
      items.push_back(std::move(item));
    }
  }

  const std::vector<std::string> holders = store.gazetteer().ancestors(q.partner);
  for (const auto& m : snap.missions()) {
    bool mission_in = touches(m.partners, scope);
    for (const auto& l : m.links) {
      if (const Agreement* a = snap.agreement(l.agreement_id); a && touches(a->partners, scope))
        mission_in = true;
    }
    for (const auto& r : m.recommendations) {
      const Agreement* named = nullptr;
      bool names_in_scope = false;
      for (Id id : r.agreements) {
        const Agreement* a = snap.agreement(id);
        if (!a) continue;
        bool in = touches(a->partners, scope);
        // The agreement in scope is the one this answer is about.
        if (!named || (in && !names_in_scope)) named = a;
        names_in_scope |= in;
      }
      // A recommendation that names its partners concerns those; one that
      // names none concerns the agreements it names, else whatever its
      // mission concerned. ("Renouveler le programme de travail avec
      // l'OFPPT" in a mission to Morocco and Côte d'Ivoire is Morocco's.)
      // (Or an agreement with a government that holds the partner asked
      // about: the Germany agreement of a mission to Munich concerns
      // Bavaria's answer too.)
      const bool names_holder = std::any_of(r.agreements.begin(), r.agreements.end(), [&](Id id) {
        const Agreement* a = snap.agreement(id);
        return a && std::any_of(a->partners.begin(), a->partners.end(), [&](const std::string& p) {
                 return std::find(holders.begin(), holders.end(), p) != holders.end();
               });
      });
      const bool concerns =
          names_in_scope || (!r.partners.empty() ? touches(r.partners, scope)
                                                 : (r.agreements.empty() || names_holder) && mission_in);
      if (!concerns) continue;
      CommitmentItem item;
      item.type = "recommendation";
      item.relation = "recommendation";
      if (named) {
        describe_agreement(item, *named, out.as_of);
        item.status = item.agreement_status;
      } else {
        item.title = m.title;
        item.partners = r.partners.empty() ? m.partners : r.partners;
        item.domains = m.domains;
      }
      item.agreement_ids = r.agreements;
      item.mission_id = m.id;
      item.source = m.source;
      if (r.line) item.line = r.line;
      item.evidence = r.text;
      item.date = mission_date(m);
      items.push_back(std::move(item));
    }
  }

  for (auto& item : items) {
    if (q.since != 0 && (item.date.empty() || date_year(item.date) < q.since)) continue;
    if (!domains.empty() && std::none_of(item.domains.begin(), item.domains.end(),
                                         [&](const std::string& d) { return domains.count(d); })) {
      continue;
    }
    if (q.open_only) {
      if (item.type == "planned_update" && item.status == "closed") continue;
      if ((item.type == "agreement" || item.type == "mou") &&
          (item.status == "expired" || item.status == "terminated" || item.status == "superseded")) {
        continue;
      }
    }
    out.items.push_back(std::move(item));
  }
  std::stable_sort(out.items.begin(), out.items.end(), [](const CommitmentItem& x, const CommitmentItem& y) {
    if (group_of(x) != group_of(y)) return group_of(x) < group_of(y);
    if (x.date != y.date) return x.date > y.date;
    if (x.mission_id != y.mission_id) return x.mission_id.value_or(0) > y.mission_id.value_or(0);
    if (x.line != y.line) return x.line.value_or(0) < y.line.value_or(0);
    return x.agreement_id.value_or(0) < y.agreement_id.value_or(0);
  });
  return out;
}

} // namespace entente
