#include "cli/records_json.hpp"

#include "registry/dates.hpp"

#include <fmt/format.h>

namespace entente::cli {

using nlohmann::json;

namespace {

json null_if_empty(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}

} // namespace

json first_source(Store& store, Id agreement) {
  auto links = store.links_of_agreement(agreement);
  Id best = 0;
  for (const auto& l : links) {
    if (best == 0 || l.mission_id < best) best = l.mission_id;
  }
  if (best == 0) return nullptr;
  auto source = store.source_of_mission(best);
  return source ? json(*source) : json(nullptr);
}

json mission_json(Store& store, const Mission& m) {
  json delegation = json::array();
  for (const auto& d : m.delegation) {
    delegation.push_back(
        {{"honorific", d.honorific}, {"name", d.name}, {"title", d.title}, {"line", d.line}});
  }
  json places = json::array();
  for (const auto& p : m.places) {
    places.push_back({{"text", p.text}, {"partner", null_if_empty(p.partner)}, {"line", p.line}});
  }
  json agreements = json::array();
  for (const auto& l : m.links) {
    auto a = store.find_agreement(l.agreement_id);
    if (!a) continue;
    agreements.push_back({{"id", a->id},
                          {"link_id", l.id},
                          {"kind", a->kind},
                          {"title", a->title},
                          {"partners", a->partners},
                          {"year", a->signed_date.empty() ? json(nullptr) : json(date_year(a->signed_date))},
                          {"relation", l.relation},
                          {"evidence", l.evidence},
                          {"line", l.line},
                          {"line_end", l.line_end},
                          {"origin", l.origin}});
  }
  json recommendations = json::array();
  for (const auto& r : m.recommendations) {
    recommendations.push_back({{"text", r.text},
                               {"partners", r.partners},
                               {"agreements", r.agreements},
                               {"line", r.line},
                               {"line_end", r.line_end}});
  }
  json sections = json::array();
  for (const auto& s : m.sections) {
    sections.push_back(
        {{"kind", s.kind}, {"heading", s.heading}, {"line", s.line}, {"line_end", s.line_end}});
  }
  return {{"id", m.id},
          {"title", m.title},
          {"source", null_if_empty(m.source)},
          {"ministry", null_if_empty(m.ministry)},
          {"language", m.language},
          {"start_date", null_if_empty(m.start_date)},
          {"end_date", null_if_empty(m.end_date)},
          {"places", places},
          {"partners", m.partners},
          {"domains", m.domains},
          {"delegation", delegation},
          {"author", null_if_empty(m.author)},
          {"report_date", null_if_empty(m.report_date)},
          {"filed_by", null_if_empty(m.filed_by)},
          {"filed_date", null_if_empty(m.filed_date)},
          {"sections", sections},
          {"agreements", agreements},
          {"recommendations", recommendations}};
}

json partner_json(const Gazetteer& g, const Partner& p) {
  return {{"slug", p.slug},
          {"name", p.name},
          {"name_fr", p.name_fr},
          {"kind", p.kind},
          {"code", null_if_empty(p.code)},
          {"population", p.population ? json(p.population) : json(nullptr)},
          {"origin", p.origin},
          {"parents", g.ancestors(p.slug)},
          {"aliases", p.aliases}};
}

} // namespace entente::cli
