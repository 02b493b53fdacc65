// `entente partners` and `entente domains`: the reference data, and the
// partners and aliases users add.
#include "cli/common.hpp"
#include "cli/records_json.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <iostream>

namespace entente::cli {
namespace {

void show_partner(const std::string& name) {
  // Reference data does not need a registry; user additions do when one exists.
  std::unique_ptr<Store> store;
  try {
    store = open_read();
  } catch (const MissingRegistryError&) {
  }
  std::unique_ptr<Gazetteer> bundled;
  const Gazetteer* g = nullptr;
  if (store) {
    g = &store->gazetteer();
  } else {
    bundled = std::make_unique<Gazetteer>(Gazetteer::load_tsv(Store::data_dir() + "/gazetteer.tsv"));
    g = bundled.get();
  }
  auto match = g->resolve(name);
  if (!match) {
    auto near = g->suggest(name, 5);
    throw ValidationError(
        fmt::format("unknown partner '{}'{}", name,
                    near.empty() ? "" : fmt::format("; did you mean: {}?", join(near, ", "))));
  }
  const Partner* p = g->find(match->slug);
  auto j = partner_json(*g, *p);
  j["matched"] = match->matched;
  j["reason"] = match->reason;
  j["alternatives"] = match->alternatives;
  if (options().json) {
    print_json(j);
    return;
  }
  std::cout << fmt::format("{} ({})\n", p->name, p->slug);
  if (!p->name_fr.empty() && p->name_fr != p->name)
    std::cout << fmt::format("  French name: {}\n", p->name_fr);
  std::cout << fmt::format("  kind: {}{}\n", p->kind,
                           p->code.empty() ? "" : fmt::format(", code {}", p->code));
  auto parents = g->ancestors(p->slug);
  if (!parents.empty()) std::cout << fmt::format("  inside: {}\n", join(parents, " > "));
  if (!p->aliases.empty()) std::cout << fmt::format("  aliases: {}\n", join(p->aliases, "; "));
  if (!match->reason.empty()) std::cout << fmt::format("  why: {}\n", match->reason);
  if (!match->alternatives.empty()) {
    std::cout << fmt::format("  also named so: {}\n", join(match->alternatives, ", "));
  }
}

} // namespace

void register_partners(CLI::App& app) {
  auto* cmd = app.add_subcommand("partners", "Partners: show one, list those in use, add your own");
  cmd->require_subcommand(0, 1);
  add_json_flag(cmd);

  auto name = std::make_shared<std::string>();
  auto* show = cmd->add_subcommand("show", "Show a partner by slug, name or alias, and why it was chosen");
  show->add_option("NAME", *name, "Slug, name or alias in French or English")->required();
  add_json_flag(show);
  show->callback([name] { show_partner(*name); });

  auto np = std::make_shared<Partner>();
  auto* add = cmd->add_subcommand("add", "Add a partner of your own (an institution, a region...)");
  add->add_option("--name", np->name, "English (or usual) name")->required();
  add->add_option("--name-fr", np->name_fr, "French name");
  add->add_option("--slug", np->slug, "Slug; made from the name when omitted");
  add->add_option("--kind", np->kind, "institution, organisation, city, region, subdivision or country")
      ->default_val("institution")
      ->check(CLI::IsMember({"institution", "organisation", "city", "region", "subdivision", "country"}));
  add->add_option("--parent", np->parent, "The partner it is inside (slug, name or alias)");
  add->add_option("--alias", np->aliases, "Another name (repeat)");
  add_json_flag(add);
  add->callback([np] {
    auto store = open_write();
    store->add_partner(*np);
    std::string slug = np->slug.empty() ? slugify(np->name) : np->slug;
    const Partner* stored = store->gazetteer().find(slug);
    if (options().json) {
      print_json(partner_json(store->gazetteer(), *stored));
    } else {
      std::cout << fmt::format("added partner {} ({})\n", stored->name, stored->slug);
    }
  });

  auto alias = std::make_shared<std::pair<std::string, std::string>>();
  auto* al = cmd->add_subcommand("alias", "Give a partner another name that matching will recognise");
  al->add_option("PARTNER", alias->first, "Slug, name or alias")->required();
  al->add_option("ALIAS", alias->second, "The new name")->required();
  al->callback([alias] {
    auto store = open_write();
    store->add_alias(alias->first, alias->second);
    std::cout << fmt::format("'{}' now names {}\n", alias->second, store->require_partner(alias->first));
  });

  cmd->callback([cmd] {
    if (!cmd->get_subcommands().empty()) return;
    // Partners in use: those named by agreements or missions, with counts.
    auto store = open_read();
    std::map<std::string, std::pair<int, int>> used;
    for (const auto& a : store->list_agreements()) {
      for (const auto& s : a.partners)
        used[s].first++;
    }
    for (const auto& m : store->list_missions()) {
      for (const auto& s : m.partners)
        used[s].second++;
    }
    const Gazetteer& g = store->gazetteer();
    if (options().json) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& [slug, counts] : used) {
        const Partner* p = g.find(slug);
        nlohmann::json j = p ? partner_json(g, *p) : nlohmann::json{{"slug", slug}};
        j["agreements"] = counts.first;
        j["missions"] = counts.second;
        list.push_back(j);
      }
      print_json({{"partners", list}});
      return;
    }
    Table table({"SLUG", "NAME", "KIND", "INSIDE", "AGREEMENTS", "MISSIONS"});
    for (const auto& [slug, counts] : used) {
      const Partner* p = g.find(slug);
      table.add({slug, p ? p->name : "(unknown)", p ? p->kind : "", p ? join(g.ancestors(slug), " > ") : "",
                 std::to_string(counts.first), std::to_string(counts.second)});
    }
    if (table.empty()) {
      std::cout << "No partner is used yet. `entente partners show NAME` looks one up.\n";
    } else {
      table.print(std::cout);
    }
  });
}

void register_domains(CLI::App& app) {
  auto* cmd = app.add_subcommand("domains", "List the domain taxonomy");
  add_json_flag(cmd);
  cmd->callback([] {
    Taxonomy t = Taxonomy::load_tsv(Store::data_dir() + "/domains.tsv");
    if (options().json) {
      nlohmann::json list = nlohmann::json::array();
      for (const auto& d : t.domains()) {
        list.push_back({{"slug", d.slug},
                        {"label_en", d.label_en},
                        {"label_fr", d.label_fr},
                        {"parent", d.parent.empty() ? nlohmann::json(nullptr) : nlohmann::json(d.parent)},
                        {"synonyms", d.synonyms}});
      }
      print_json({{"domains", list}});
      return;
    }
    Table table({"SLUG", "ENGLISH", "FRENCH", "PARENT"});
    for (const auto& d : t.domains())
      table.add({d.slug, d.label_en, d.label_fr, d.parent});
    table.print(std::cout);
  });
}

} // namespace entente::cli
