// `entente commitments PARTNER`: job 1 of DESIGN.md, printed for a person
// (grouped, newest first, each with its quote and source:line), as JSON or as CSV.
#include "cli/common.hpp"
#include "registry/commitments.hpp"
#include "registry/csv.hpp"
#include "registry/dates.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <iostream>
#include <set>

namespace entente::cli {
namespace {

using nlohmann::json;

struct Args {
  std::string partner;
  int since = 0;
  std::string domain;
  std::string status = "all";
  std::string as_of;
  bool csv = false;
};

json text_or_null(const std::string& s) {
  return s.empty() ? json(nullptr) : json(s);
}
template <typename T> json opt(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json closure_json(const Closure& c) {
  return {{"how", c.how},
          {"date", text_or_null(c.date)},
          {"mission_id", opt(c.mission_id)},
          {"source", text_or_null(c.source)},
          {"evidence", c.evidence},
          {"agreement_id", opt(c.by_agreement)}};
}

json item_json(const CommitmentItem& i) {
  json j = {{"type", i.type},
            {"agreement_id", opt(i.agreement_id)},
            {"kind", text_or_null(i.kind)},
            {"title", i.title},
            {"partners", i.partners},
            {"year", i.year ? json(i.year) : json(nullptr)},
            {"relation", text_or_null(i.relation)},
            {"mission_id", opt(i.mission_id)},
            {"source", text_or_null(i.source)},
            {"line", opt(i.line)},
            {"evidence", i.evidence},
            {"status", text_or_null(i.status)},
            {"agreement_status", text_or_null(i.agreement_status)},
            {"domains", i.domains},
            {"date", text_or_null(i.date)}};
  if (i.type == "planned_update") j["closed_by"] = i.closed_by ? closure_json(*i.closed_by) : json(nullptr);
  if (i.type == "recommendation") j["agreement_ids"] = i.agreement_ids;
  return j;
}

std::string where(const CommitmentItem& i) {
  if (i.source.empty()) return "from its registry record (no report gives its signing)";
  std::string at = i.line ? fmt::format("{}:{}", i.source, *i.line) : i.source;
  return fmt::format("{} (mission {}{})", at, i.mission_id.value_or(0), i.date.empty() ? "" : ", " + i.date);
}

void print_item(const CommitmentItem& i) {
  std::string head;
  if (i.type == "recommendation") {
    head = i.agreement_id ? fmt::format("about {} {}: {}", i.kind, *i.agreement_id, i.title) : i.title;
  } else {
    std::string year = i.year ? fmt::format("{} ", i.year) : std::string();
    std::string state = i.type == "planned_update" ? i.status : i.agreement_status;
    head = fmt::format("{}{} {} [{}] {}", year, i.kind == "mou" ? "MOU" : "agreement",
                       i.agreement_id.value_or(0), state, i.title);
    if (i.type != "planned_update" && !i.relation.empty()) head += fmt::format(" ({})", i.relation);
  }
  std::cout << "  • " << squeeze_spaces(head) << '\n';
  if (!i.partners.empty()) std::cout << "      partners: " << join(i.partners, ", ") << '\n';
  if (!i.evidence.empty()) std::cout << "      « " << squeeze_spaces(i.evidence) << " »\n";
  std::cout << "      " << where(i) << '\n';
  if (i.type == "planned_update" && i.closed_by) {
    const Closure& c = *i.closed_by;
    std::string by = c.source.empty()
                         ? (c.by_agreement ? fmt::format("agreement {}", *c.by_agreement) : "a hand edit")
                         : fmt::format("{} (mission {})", c.source, c.mission_id.value_or(0));
    std::cout << fmt::format("      closed: {} {} by {}\n", c.how, c.date, by);
  }
}

// The partner holding `slug` that `phrase` also names (Oaxaca, the state, for
// the city of Oaxaca), if any.
std::optional<std::string> namesake_holder(const Gazetteer& gazetteer, const std::string& phrase,
                                           const std::string& slug) {
  auto match = gazetteer.resolve(phrase);
  if (!match) return std::nullopt;
  const auto up = gazetteer.ancestors(slug);
  for (const auto& other : match->alternatives)
    if (std::find(up.begin(), up.end(), other) != up.end()) return other;
  return std::nullopt;
}

void run(const Args& args) {
  auto store = open_read();
  CommitmentQuery q;
  q.partner = store->require_partner(args.partner);
  if (!args.domain.empty()) q.domain = store->require_domain(args.domain);
  q.since = args.since;
  q.open_only = args.status == "open";
  if (!args.as_of.empty()) q.as_of = parse_as_of(args.as_of);
  auto c = find_commitments(*store, q);
  // "oaxaca" is the slug of Oaxaca de Juárez and a name of the state holding
  // it: a city with nothing recorded gives way to its namesake holder, whose
  // answer includes the city's, rather than a dead end.
  std::string asked_for;
  // (Only when nothing at all is recorded: not when the filters left nothing.)
  const bool unfiltered =
      args.status == "all" && args.domain.empty() && args.since == 0 && args.as_of.empty();
  if (c.items.empty() && unfiltered) {
    if (auto holder = namesake_holder(store->gazetteer(), args.partner, q.partner)) {
      CommitmentQuery wider = q;
      wider.partner = *holder;
      if (auto answer = find_commitments(*store, wider); !answer.items.empty()) {
        asked_for = q.partner;
        c = std::move(answer);
      }
    }
  }

  if (options().json) {
    json head = {{"partner", c.partner}, {"includes", c.includes}, {"as_of", c.as_of}};
    if (!asked_for.empty()) head["asked_for"] = asked_for;
    print_json_with_list(std::move(head), "items", c.items.size(),
                         [&](std::size_t i) { return item_json(c.items[i]); });
    return;
  }
  if (args.csv) {
    write_csv_row(std::cout, {"type", "agreement_id", "kind", "title", "partners", "year", "relation",
                              "mission_id", "source", "line", "evidence", "status", "domains", "date"});
    auto num = [](const auto& v) { return v ? std::to_string(*v) : std::string(); };
    for (const auto& i : c.items) {
      write_csv_row(std::cout,
                    {i.type, num(i.agreement_id), i.kind, i.title, join(i.partners, ";"),
                     i.year ? std::to_string(i.year) : "", i.relation, num(i.mission_id), i.source,
                     num(i.line), squeeze_spaces(i.evidence), i.status, join(i.domains, ";"), i.date});
    }
    return;
  }
  const Partner* p = store->gazetteer().find(c.partner);
  if (!asked_for.empty()) {
    const Partner* asked = store->gazetteer().find(asked_for);
    std::cout << fmt::format("{} ({}, {}) has nothing recorded; answering for {}, which holds it and shares "
                             "its name.\n",
                             asked ? asked->name : asked_for, asked_for, asked ? asked->kind : "partner",
                             c.partner);
  }
  // The places inside it that the answer's agreements and plans are with
  // ("Jinan, Qingdao"): the hundred-odd the partner holds say nothing alone.
  std::vector<std::string> named_inside;
  for (const auto& i : c.items) {
    for (const auto& slug : i.partners) {
      if (slug == c.partner || std::find(c.includes.begin(), c.includes.end(), slug) == c.includes.end())
        continue;
      const Partner* inside = store->gazetteer().find(slug);
      const std::string name = inside ? inside->name : slug;
      if (std::find(named_inside.begin(), named_inside.end(), name) == named_inside.end())
        named_inside.push_back(name);
    }
  }
  std::cout << fmt::format(
      "Commitments with {} ({}{}{}), as of {}\n", p ? p->name : c.partner, c.partner,
      c.includes.size() > 1 ? fmt::format(" and {} partners inside it", c.includes.size() - 1)
                            : std::string(),
      named_inside.empty() ? std::string() : "; here: " + join(named_inside, ", "), c.as_of);
  if (c.items.empty()) {
    std::cout << "\nNothing recorded.\n";
    // ("washington" is the slug of a town in Pennsylvania; Washington State
    // is another partner of that name.)
    if (auto match = store->gazetteer().resolve(args.partner); match && !match->alternatives.empty()) {
      std::vector<std::string> others;
      for (const auto& slug : match->alternatives) {
        const Partner* o = store->gazetteer().find(slug);
        const auto up = store->gazetteer().ancestors(slug);
        others.push_back(
            fmt::format("{} ({}{})", slug, o ? o->kind : "partner", up.empty() ? "" : " in " + up.front()));
      }
      std::cout << fmt::format("Other partners are named so: {}; `entente commitments {}` answers for the "
                               "first.\n",
                               join(others, ", "), match->alternatives.front());
    }
    return;
  }
  struct Group {
    const char* heading;
    bool (*member)(const CommitmentItem&);
  };
  const Group groups[] = {
      {"Agreements and MOUs",
       [](const CommitmentItem& i) { return i.type == "agreement" || i.type == "mou"; }},
      {"Planned updates still open",
       [](const CommitmentItem& i) { return i.type == "planned_update" && i.status == "open"; }},
      {"Planned updates since closed",
       [](const CommitmentItem& i) { return i.type == "planned_update" && i.status == "closed"; }},
      {"Recommendations and follow-ups", [](const CommitmentItem& i) { return i.type == "recommendation"; }},
  };
  for (const auto& g : groups) {
    std::size_t n = std::count_if(c.items.begin(), c.items.end(), g.member);
    if (n == 0) continue;
    // An agreement named by several reports is listed once per sentence:
    // the count says how many agreements that is.
    std::set<Id> agreements;
    for (const auto& i : c.items) {
      if (g.member(i) && i.agreement_id) agreements.insert(*i.agreement_id);
    }
    const bool listed_as_agreements = &g == &groups[0];
    if (listed_as_agreements && agreements.size() < n)
      std::cout << fmt::format("\n{} ({}, cited {} times)\n", g.heading, agreements.size(), n);
    else
      std::cout << fmt::format("\n{} ({})\n", g.heading, n);
    for (const auto& i : c.items) {
      if (g.member(i)) print_item(i);
    }
  }
}

} // namespace

void register_commitments(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "commitments", "Everything committed to with a partner and the partners inside it: agreements, "
                     "MOUs, planned updates and recommendations, each with its evidence");
  auto args = std::make_shared<Args>();
  cmd->add_option("partner", args->partner, "Partner slug, name or alias (either language)")->required();
  cmd->add_option("--since", args->since, "Only evidence dated in this year or later")
      ->check(CLI::Range(1000, 9999));
  cmd->add_option("--domain", args->domain, "Only in this domain or one inside it (slug or label)");
  cmd->add_option("--status", args->status,
                  "open: hide planned updates already closed and agreements no longer in force")
      ->check(CLI::IsMember({"open", "all"}));
  cmd->add_option("--as-of", args->as_of, "Judge statuses on this date (default today)");
  auto* csv = cmd->add_flag("--csv", args->csv, "Print CSV (one row per item)");
  add_json_flag(cmd);
  csv->excludes(cmd->get_option("--json"));
  cmd->callback([args] { run(*args); });
}

} // namespace entente::cli
