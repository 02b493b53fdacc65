#include "registry/agreement_query.hpp"

#include "registry/dates.hpp"
#include "registry/status.hpp"

#include <algorithm>
#include <unordered_set>

namespace entente {

std::vector<std::string> partner_scope(const Gazetteer& gazetteer, const std::string& slug) {
  std::vector<std::string> scope{slug};
  // Busan, Seoul, Prague, Mexico City: a city that ISO 3166-2 lists as a
  // first-level division of its own, under the same name (the gazetteer
  // names those divisions "busan-city", "prague-city"), is one government;
  // its agreements are the division's. (Not São Paulo, Valparaíso, Zurich or
  // Geneva, cities in a state, region or canton of their name.)
  const Partner* p = gazetteer.find(slug);
  if (p != nullptr && p->kind == "city" && p->parent.ends_with("-city")) {
    const auto same_name = gazetteer.namesakes(slug);
    if (std::find(same_name.begin(), same_name.end(), p->parent) != same_name.end())
      scope.push_back(p->parent);
  }
  auto inside = gazetteer.descendants(scope.back());
  scope.insert(scope.end(), inside.begin(), inside.end());
  return scope;
}

bool touches(const std::vector<std::string>& slugs, const Scope& scope) {
  return std::any_of(slugs.begin(), slugs.end(), [&](const std::string& p) { return scope.count(p) > 0; });
}

std::vector<Agreement> query_agreements(Store& store, const AgreementQuery& q) {
  Scope scope;
  if (!q.partner.empty()) {
    for (auto& s : partner_scope(store.gazetteer(), q.partner))
      scope.insert(std::move(s));
  }
  std::string as_of = q.as_of.empty() ? today() : q.as_of;
  std::vector<Agreement> out;
  for (auto& a : store.list_agreements()) {
    if (!q.kind.empty() && a.kind != q.kind) continue;
    if (!scope.empty() && !touches(a.partners, scope)) continue;
    if (!q.domain.empty() && std::find(a.domains.begin(), a.domains.end(), q.domain) == a.domains.end())
      continue;
    if (q.year_from != 0 || q.year_to != 9999) {
      int y = date_year(a.signed_date);
      if (y == 0 || y < q.year_from || y > q.year_to) continue;
    }
    std::string status = derive_status(a, as_of);
    if (!q.as_of.empty() && status == "not_yet_signed") continue;
    if (!q.status.empty()) {
      bool ok = q.status == "live" ? is_live_status(status) : status == q.status;
      if (!ok) continue;
    }
    out.push_back(std::move(a));
  }
  return out;
}

} // namespace entente
