// `entente missions`: list missions with filters; link and unlink a mission
// and an agreement by hand; remove a mission.
#include "cli/common.hpp"
#include "cli/records_json.hpp"
#include "registry/agreement_query.hpp"
#include "registry/dates.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iostream>
#include <unordered_set>

namespace entente::cli {
namespace {

struct ListArgs {
  std::string partner, year, domain;
  std::size_t limit = 0, offset = 0;
};

void list(const ListArgs& args) {
  auto store = open_read();
  std::unordered_set<std::string> scope;
  if (!args.partner.empty()) {
    for (auto& s : partner_scope(store->gazetteer(), store->require_partner(args.partner)))
      scope.insert(s);
  }
  std::string domain = args.domain.empty() ? "" : store->require_domain(args.domain);
  YearRange years;
  if (!args.year.empty()) years = parse_year_range(args.year);
  std::vector<Mission> found;
  for (auto& m : store->list_missions()) {
    if (!scope.empty() && std::none_of(m.partners.begin(), m.partners.end(),
                                       [&](const std::string& p) { return scope.count(p) > 0; })) {
      continue;
    }
    if (!domain.empty() && std::find(m.domains.begin(), m.domains.end(), domain) == m.domains.end()) continue;
    if (!args.year.empty() && !years.contains(date_year(m.start_date))) continue;
    found.push_back(std::move(m));
  }
  std::size_t begin = std::min(args.offset, found.size());
  std::size_t end = args.limit ? std::min(found.size(), begin + args.limit) : found.size();
  if (options().json) {
    print_json_with_list({{"total", found.size()}}, "missions", end - begin,
                         [&](std::size_t i) { return mission_json(*store, found[begin + i]); });
    return;
  }
  if (found.empty()) {
    std::cout << "No mission matches.\n";
    return;
  }
  Table table({"ID", "START", "END", "PLACES", "AGREEMENTS", "SOURCE"}, {0, 0, 0, 40, 0, 60});
  for (std::size_t i = begin; i < end; ++i) {
    const auto& m = found[i];
    std::vector<std::string> places;
    for (const auto& p : m.places)
      places.push_back(p.text);
    table.add({std::to_string(m.id), m.start_date, m.end_date, join(places, ", "),
               std::to_string(m.links.size()), m.source});
  }
  table.print(std::cout);
  std::cout << fmt::format("{} of {} mission(s)\n", end - begin, found.size());
}

} // namespace

void register_missions(CLI::App& app) {
  auto* cmd = app.add_subcommand("missions", "List missions; link them to agreements by hand; remove one");
  auto args = std::make_shared<ListArgs>();
  cmd->add_option("--partner", args->partner, "Only missions concerning this partner or a place inside it");
  cmd->add_option("--year", args->year, "Mission year or range: 2017, 2015..2018");
  cmd->add_option("--domain", args->domain, "Only in this domain");
  cmd->add_option("--limit", args->limit, "Print at most N")->check(non_negative());
  cmd->add_option("--offset", args->offset, "Skip the first N")->check(non_negative());
  add_json_flag(cmd);
  cmd->require_subcommand(0, 1);

  struct LinkArgs {
    Id mission = 0;
    std::string agreement, relation, evidence;
    int line = 0;
  };
  auto la = std::make_shared<LinkArgs>();
  auto* link = cmd->add_subcommand("link", "Link a mission to an agreement (the link survives re-ingesting)");
  link->add_option("MISSION", la->mission, "Mission id")->required();
  link->add_option("AGREEMENT", la->agreement, "Agreement id or reference number")->required();
  link->add_option("--relation", la->relation, "produced, references, plans_update or renewed")
      ->required()
      ->check(CLI::IsMember({"produced", "references", "plans_update", "renewed"}));
  link->add_option("--evidence", la->evidence, "The sentence of the report that proves it");
  link->add_option("--line", la->line, "Line of that sentence in the report");
  add_json_flag(link);
  link->callback([la] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    MissionLink l;
    l.mission_id = la->mission;
    l.agreement_id = store->agreement_id_from(la->agreement);
    l.relation = la->relation;
    l.evidence = la->evidence;
    l.line = la->line;
    Id id = store->add_link(l);
    tx.commit();
    sync_index(*store);
    if (options().json) {
      print_json({{"link_id", id},
                  {"mission_id", l.mission_id},
                  {"agreement_id", l.agreement_id},
                  {"relation", l.relation}});
    } else {
      std::cout << fmt::format("linked mission {} to agreement {} ({}), link {}\n", l.mission_id,
                               l.agreement_id, l.relation, id);
    }
  });

  auto link_id = std::make_shared<Id>(0);
  auto* unlink =
      cmd->add_subcommand("unlink", "Remove a link; it stays removed when the report is re-ingested");
  unlink->add_option("LINK", *link_id, "Link id (see `entente show mission ID`)")->required();
  unlink->callback([link_id] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    store->remove_link(*link_id);
    tx.commit();
    sync_index(*store);
    std::cout << fmt::format("removed link {}\n", *link_id);
  });

  auto remove_id = std::make_shared<Id>(0);
  auto* remove = cmd->add_subcommand(
      "remove", "Take a mission out: its report, links, events and the agreements only it named");
  remove->add_option("MISSION", *remove_id, "Mission id (see `entente missions`)")->required();
  remove->footer("Agreements another report names, or that someone edited or related by hand, stay.\n"
                 "Ingesting the report's file again adds the mission back.");
  remove->callback([remove_id] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    auto removed = store->remove_mission(*remove_id);
    tx.commit();
    sync_index(*store);
    if (options().json) {
      print_json(
          {{"mission_id", *remove_id},
           {"source", removed.source.empty() ? nlohmann::json(nullptr) : nlohmann::json(removed.source)},
           {"agreements_removed", removed.agreements_removed}});
      return;
    }
    std::cout << fmt::format("removed mission {}{}; {} agreement(s) only it named removed too\n", *remove_id,
                             removed.source.empty() ? "" : " (" + removed.source + ")",
                             removed.agreements_removed);
  });

  cmd->callback([cmd, args] {
    if (!cmd->get_subcommands().empty()) return;
    list(*args);
  });
}

} // namespace entente::cli
