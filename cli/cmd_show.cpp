// `entente show agreement|mission|partner ID`: one record in full, with
// the evidence behind it.
#include "cli/common.hpp"
#include "cli/records_json.hpp"
#include "registry/dates.hpp"
#include "registry/status.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <iostream>

namespace entente::cli {
namespace {

void show_agreement(const std::string& key, const std::string& as_of_arg) {
  auto store = open_read();
  std::string as_of = as_of_arg.empty() ? today() : parse_as_of(as_of_arg);
  Agreement a = store->get_agreement(store->agreement_id_from(key));
  auto links = store->links_of_agreement(a.id);
  if (options().json) {
    auto j = agreement_json(a, as_of);
    j["as_of"] = as_of;
    j["source"] = first_source(*store, a.id);
    nlohmann::json missions = nlohmann::json::array();
    for (const auto& l : links) {
      auto source = store->source_of_mission(l.mission_id);
      missions.push_back({{"link_id", l.id},
                          {"mission_id", l.mission_id},
                          {"relation", l.relation},
                          {"evidence", l.evidence},
                          {"line", l.line},
                          {"origin", l.origin},
                          {"source", source ? nlohmann::json(*source) : nlohmann::json(nullptr)}});
    }
    j["missions"] = missions;
    print_json(j);
    return;
  }
  std::cout << fmt::format("{} {}: {}\n", a.kind == "mou" ? "MOU" : "Agreement", a.id, a.title);
  if (!a.ref.empty()) std::cout << fmt::format("  reference: {}\n", a.ref);
  std::cout << fmt::format("  partners: {}\n", a.partners.empty() ? "(none)" : join(a.partners, ", "));
  if (!a.domains.empty()) std::cout << fmt::format("  domains: {}\n", join(a.domains, ", "));
  std::cout << fmt::format("  signed: {}\n", a.signed_date.empty() ? "unknown" : a.signed_date);
  if (!a.expires.empty()) std::cout << fmt::format("  expires: {}\n", a.expires);
  if (!a.review.empty()) std::cout << fmt::format("  review by: {}\n", a.review);
  std::cout << fmt::format("  status on {}: {}\n", as_of, derive_status(a, as_of));
  std::cout << fmt::format("  origin: {}{}\n", a.origin, a.edited ? " (edited by hand)" : "");
  if (!a.notes.empty()) std::cout << fmt::format("  notes: {}\n", a.notes);
  if (!a.events.empty()) {
    std::cout << "  events:\n";
    for (const auto& e : a.events) {
      std::cout << fmt::format("    {} {} ({}{}){}\n", e.date.empty() ? "????" : e.date, e.type,
                               e.source_kind, e.source.empty() ? "" : ": " + e.source,
                               e.evidence.empty() ? "" : fmt::format("\n      \"{}\"", e.evidence));
    }
  }
  for (const auto& r : a.relations) {
    if (r.from == a.id) {
      std::cout << fmt::format("  {} agreement {}", r.type, r.to);
    } else {
      std::cout << fmt::format("  {} by agreement {}",
                               r.type == "renews"       ? "renewed"
                               : r.type == "supersedes" ? "superseded"
                               : r.type == "amends"     ? "amended"
                                                        : "implemented",
                               r.from);
    }
    // One a report gave says which and where.
    if (r.mission_id != 0)
      std::cout << fmt::format(" (mission {}, {}:{})", r.mission_id,
                               store->source_of_mission(r.mission_id).value_or(""), r.line);
    std::cout << (r.evidence.empty() ? std::string("\n") : fmt::format("\n      \"{}\"\n", r.evidence));
  }
  if (!links.empty()) {
    std::cout << "  missions:\n";
    for (const auto& l : links) {
      auto source = store->source_of_mission(l.mission_id);
      std::cout << fmt::format("    mission {} {} (link {}, {}:{})\n      \"{}\"\n", l.mission_id, l.relation,
                               l.id, source.value_or(""), l.line, l.evidence);
    }
  }
}

void show_mission(Id id) {
  auto store = open_read();
  Mission m = store->get_mission(id);
  if (options().json) {
    print_json(mission_json(*store, m));
    return;
  }
  std::cout << fmt::format("Mission {}: {}\n", m.id, m.title.empty() ? m.source : m.title);
  std::cout << fmt::format("  source: {}\n", m.source);
  if (!m.ministry.empty()) std::cout << fmt::format("  ministry: {}\n", m.ministry);
  std::cout << fmt::format("  dates: {} to {}\n", m.start_date.empty() ? "?" : m.start_date,
                           m.end_date.empty() ? "?" : m.end_date);
  std::vector<std::string> places;
  for (const auto& p : m.places)
    places.push_back(p.partner.empty() ? p.text : fmt::format("{} ({})", p.text, p.partner));
  if (!places.empty()) std::cout << fmt::format("  places: {}\n", join(places, ", "));
  if (!m.partners.empty()) std::cout << fmt::format("  partners: {}\n", join(m.partners, ", "));
  if (!m.domains.empty()) std::cout << fmt::format("  domains: {}\n", join(m.domains, ", "));
  if (!m.delegation.empty()) {
    std::cout << "  delegation:\n";
    for (const auto& d : m.delegation) {
      std::cout << fmt::format("    {}{}{}\n", d.honorific.empty() ? "" : d.honorific + " ", d.name,
                               d.title.empty() ? "" : ", " + d.title);
    }
  }
  if (!m.links.empty()) {
    std::cout << "  agreements:\n";
    for (const auto& l : m.links) {
      auto a = store->find_agreement(l.agreement_id);
      std::cout << fmt::format("    [{}] {} {}: {} (line {}, link {}{})\n      \"{}\"\n", l.relation,
                               a ? a->kind : "?", l.agreement_id, a ? a->title : "", l.line, l.id,
                               l.origin == "hand" ? ", by hand" : "", l.evidence);
    }
  }
  if (!m.recommendations.empty()) {
    std::cout << "  recommendations:\n";
    for (const auto& r : m.recommendations)
      std::cout << fmt::format("    - {} (line {})\n", r.text, r.line);
  }
  if (!m.author.empty())
    std::cout << fmt::format("  written by: {}{}\n", m.author,
                             m.report_date.empty() ? "" : ", " + m.report_date);
  if (!m.filed_by.empty())
    std::cout << fmt::format("  filed by: {}{}\n", m.filed_by,
                             m.filed_date.empty() ? "" : ", " + m.filed_date);
}

} // namespace

void register_show(CLI::App& app) {
  auto* cmd =
      app.add_subcommand("show", "Show one record in full: agreement ID|REF, mission ID, partner NAME");
  auto kind = std::make_shared<std::string>();
  auto id = std::make_shared<std::string>();
  auto as_of = std::make_shared<std::string>();
  cmd->add_option("KIND", *kind, "agreement, mou, mission or partner")
      ->required()
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (value == "agreement" || value == "mou" || value == "mission" || value == "partner") return {};
            // "show 23": the id without what it is.
            if (!value.empty() &&
                std::all_of(value.begin(), value.end(), [](unsigned char c) { return std::isdigit(c) != 0; }))
              return fmt::format("{0} is an id; say what it is first: `entente show agreement {0}` or "
                                 "`entente show mission {0}`",
                                 value);
            return fmt::format("'{}' is not one of agreement, mou, mission, partner", value);
          },
          "agreement|mou|mission|partner"));
  cmd->add_option("ID", *id, "Id, reference number, or partner name")->required();
  cmd->add_option("--as-of", *as_of, "Status on this date (agreements)");
  add_json_flag(cmd);
  cmd->callback([kind, id, as_of] {
    if (*kind == "agreement" || *kind == "mou") {
      show_agreement(*id, *as_of);
    } else if (*kind == "mission") {
      if (id->empty() || id->find_first_not_of("0123456789") != std::string::npos) {
        throw UsageError(fmt::format("a mission id is a number, not '{}'", *id));
      }
      show_mission(std::stoll(*id));
    } else {
      auto store = open_read();
      std::string slug = store->require_partner(*id);
      const Partner* p = store->gazetteer().find(slug);
      if (options().json) {
        print_json(partner_json(store->gazetteer(), *p));
      } else {
        std::cout << fmt::format("{} ({}), {}; inside: {}\n", p->name, p->slug, p->kind,
                                 join(store->gazetteer().ancestors(slug), " > "));
      }
    }
  });
}

} // namespace entente::cli
