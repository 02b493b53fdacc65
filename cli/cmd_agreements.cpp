// `entente agreements`: list with filters, and the curation verbs (add,
// edit, event, status, relate, renew, supersede, merge, delete).
#include "cli/common.hpp"
#include "cli/records_json.hpp"
#include "registry/agreement_query.hpp"
#include "registry/dates.hpp"
#include "registry/status.hpp"
#include "registry/text.hpp"

#include <fmt/format.h>

#include <iostream>

namespace entente::cli {
namespace {

struct ListArgs {
  std::string partner, year, domain, status, kind, as_of;
  std::size_t limit = 0, offset = 0;
};

struct EditArgs {
  std::optional<std::string> title, kind, ref, signed_date, expires, review, notes;
  std::vector<std::string> partners, domains;
  std::string source_kind = "hand", source, evidence;
};

void add_edit_options(CLI::App* cmd, EditArgs& a) {
  cmd->add_option("--title", a.title, "Title as it should appear in lists");
  cmd->add_option("--kind", a.kind, "agreement or mou")->check(CLI::IsMember({"agreement", "mou"}));
  cmd->add_option("--ref", a.ref, "Official reference number (Quebec's registry: YYYY-NN)");
  cmd->add_option("--partner", a.partners, "Partner slug, name or alias (repeat for several)");
  cmd->add_option("--domain", a.domains, "Domain slug or label (repeat for several)");
  cmd->add_option("--signed", a.signed_date, "Signing date: YYYY, YYYY-MM or YYYY-MM-DD");
  cmd->add_option("--expires", a.expires, "Expiry date");
  cmd->add_option("--review", a.review, "Date by which it should be reviewed");
  cmd->add_option("--notes", a.notes, "Free notes");
}

void apply(const EditArgs& args, Agreement& a) {
  if (args.title) a.title = *args.title;
  if (args.kind) a.kind = *args.kind;
  if (args.ref) a.ref = *args.ref;
  if (!args.partners.empty()) a.partners = args.partners;
  if (!args.domains.empty()) a.domains = args.domains;
  if (args.signed_date) a.signed_date = *args.signed_date;
  if (args.expires) a.expires = *args.expires;
  if (args.review) a.review = *args.review;
  if (args.notes) a.notes = *args.notes;
}

void list(const ListArgs& args) {
  auto store = open_read();
  AgreementQuery q;
  if (!args.partner.empty()) q.partner = store->require_partner(args.partner);
  if (!args.domain.empty()) q.domain = store->require_domain(args.domain);
  if (!args.year.empty()) {
    auto r = parse_year_range(args.year);
    q.year_from = r.from;
    q.year_to = r.to;
  }
  q.kind = args.kind;
  q.status = args.status;
  if (!args.as_of.empty()) q.as_of = parse_as_of(args.as_of);
  std::string as_of = q.as_of.empty() ? today() : q.as_of;
  auto found = query_agreements(*store, q);
  std::size_t begin = std::min(args.offset, found.size());
  std::size_t end = args.limit ? std::min(found.size(), begin + args.limit) : found.size();
  if (options().json) {
    print_json_with_list({{"as_of", as_of}, {"total", found.size()}}, "agreements", end - begin,
                         [&](std::size_t i) {
                           auto j = agreement_json(found[begin + i], as_of);
                           j["source"] = first_source(*store, found[begin + i].id);
                           return j;
                         });
    return;
  }
  if (found.empty()) {
    std::cout << "No agreement matches.\n";
    return;
  }
  Table table({"ID", "REF", "KIND", "SIGNED", "STATUS", "PARTNERS", "TITLE"}, {0, 0, 0, 0, 0, 28, 70});
  for (std::size_t i = begin; i < end; ++i) {
    const auto& a = found[i];
    table.add({std::to_string(a.id), a.ref, a.kind, a.signed_date, derive_status(a, as_of),
               join(a.partners, ", "), a.title});
  }
  table.print(std::cout);
  std::cout << fmt::format("{} of {} agreement(s){}\n", end - begin, found.size(),
                           q.as_of.empty() ? "" : fmt::format(", status as of {}", as_of));
}

void print_written(Store& store, Id id, const char* verb) {
  auto a = store.get_agreement(id);
  if (options().json) {
    print_json(agreement_json(a, today()));
  } else {
    std::cout << fmt::format("{} {} {}: {} [{}]\n", verb, a.kind, a.id, a.title, derive_status(a, today()));
  }
}

} // namespace

void register_agreements(CLI::App& app) {
  auto* cmd = app.add_subcommand("agreements", "List agreements and MOUs, and curate them by hand");
  auto args = std::make_shared<ListArgs>();
  cmd->add_option("--partner", args->partner,
                  "Only with this partner or a partner inside it (slug, name, alias)");
  cmd->add_option("--year", args->year, "Signing year or range: 2008, 2008..2017, 2015..");
  cmd->add_option("--domain", args->domain, "Only in this domain (slug or label)");
  cmd->add_option("--status", args->status, "Derived status at --as-of")
      ->check(
          CLI::IsMember({"unknown", "signed", "in_force", "expired", "terminated", "superseded", "live"}));
  cmd->add_option("--kind", args->kind, "agreement or mou")->check(CLI::IsMember({"agreement", "mou"}));
  cmd->add_option("--as-of", args->as_of, "Evaluate status on this date and leave out later signings");
  cmd->add_option("--limit", args->limit, "Print at most N")->check(non_negative());
  cmd->add_option("--offset", args->offset, "Skip the first N")->check(non_negative());
  add_json_flag(cmd);
  cmd->require_subcommand(0, 1);

  auto edit = std::make_shared<EditArgs>();
  auto* add = cmd->add_subcommand("add", "Add an agreement or MOU by hand");
  add_edit_options(add, *edit);
  add->add_option("--source-kind", edit->source_kind, "Where the facts come from")
      ->check(CLI::IsMember({"mission_report", "signed_text", "registry", "press_release", "hand"}));
  add->add_option("--source", edit->source, "Reference of the source (URL, file, registry entry)");
  add->add_option("--evidence", edit->evidence, "The sentence that proves the signing");
  add_json_flag(add);
  add->callback([edit] {
    if (!edit->title) throw UsageError("agreements add needs --title");
    Agreement a;
    a.kind = "agreement";
    apply(*edit, a);
    a.origin = "hand";
    if (!a.signed_date.empty() && (edit->source_kind != "hand" || !edit->evidence.empty())) {
      // The signing, with where it is known from.
      AgreementEvent e;
      e.type = "signed";
      e.date = a.signed_date;
      e.source_kind = edit->source_kind;
      e.source = edit->source;
      e.evidence = edit->evidence;
      a.events.push_back(e);
    }
    auto store = open_write();
    sql::Transaction tx(store->db());
    Id id = store->create_agreement(a);
    tx.commit();
    sync_index(*store);
    print_written(*store, id, "added");
  });

  auto edit_id = std::make_shared<std::string>();
  auto edit2 = std::make_shared<EditArgs>();
  auto* ed = cmd->add_subcommand("edit", "Change fields of an agreement; the change survives re-extraction");
  ed->add_option("ID", *edit_id, "Agreement id or reference number")->required();
  add_edit_options(ed, *edit2);
  add_json_flag(ed);
  ed->callback([edit_id, edit2] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    Agreement a = store->get_agreement(store->agreement_id_from(*edit_id));
    apply(*edit2, a);
    store->update_agreement(a, true);
    tx.commit();
    sync_index(*store);
    print_written(*store, a.id, "updated");
  });

  struct EventArgs {
    std::string id, type, date, evidence, source_kind = "hand", source;
  };
  auto ev = std::make_shared<EventArgs>();
  auto* event = cmd->add_subcommand("event", "Record a dated event in an agreement's life");
  event->add_option("ID", ev->id, "Agreement id or reference number")->required();
  event->add_option("TYPE", ev->type, "signed, in_force, renewed, amended, superseded, expired, terminated")
      ->required()
      ->check(
          CLI::IsMember({"signed", "in_force", "renewed", "amended", "superseded", "expired", "terminated"}));
  event->add_option("--date", ev->date, "When: YYYY, YYYY-MM or YYYY-MM-DD");
  event->add_option("--evidence", ev->evidence, "The sentence that proves it");
  event
      ->add_option("--source-kind", ev->source_kind,
                   "mission_report, signed_text, registry, press_release, hand")
      ->check(CLI::IsMember({"mission_report", "signed_text", "registry", "press_release", "hand"}));
  event->add_option("--source", ev->source, "Reference of the source");
  add_json_flag(event);
  event->callback([ev] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    Id id = store->agreement_id_from(ev->id);
    AgreementEvent e;
    e.type = ev->type;
    e.date = ev->date;
    e.evidence = ev->evidence;
    e.source_kind = ev->source_kind;
    e.source = ev->source;
    store->add_event(id, e);
    tx.commit();
    sync_index(*store);
    print_written(*store, id, "recorded event on");
  });

  struct RelateArgs {
    std::string from, type, to, evidence;
    bool remove = false;
  };
  auto rel = std::make_shared<RelateArgs>();
  auto* relate =
      cmd->add_subcommand("relate", "Relate two agreements: FROM renews|amends|supersedes|implements TO");
  relate->add_option("FROM", rel->from, "The newer agreement (id or ref)")->required();
  relate->add_option("TYPE", rel->type, "renews, amends, supersedes or implements")
      ->required()
      ->check(CLI::IsMember({"renews", "amends", "supersedes", "implements"}));
  relate->add_option("TO", rel->to, "The agreement it acts on (id or ref)")->required();
  relate->add_option("--evidence", rel->evidence, "Why (a sentence or a reference)");
  relate->add_flag("--remove", rel->remove, "Remove this relation instead");
  add_json_flag(relate);
  relate->callback([rel] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    AgreementRelation r{rel->type, store->agreement_id_from(rel->from), store->agreement_id_from(rel->to),
                        rel->evidence};
    bool remove = rel->remove;
    if (remove) {
      store->remove_relation(r);
    } else {
      store->add_relation(r);
    }
    tx.commit();
    sync_index(*store);
    if (options().json) {
      print_json({{"from", r.from}, {"type", r.type}, {"to", r.to}, {"removed", remove}});
    } else {
      std::cout << fmt::format("{} agreement {} {} agreement {}\n", remove ? "removed:" : "recorded:", r.from,
                               r.type, r.to);
    }
  });

  // Shortcuts for the two relations that close a planned update.
  for (const char* which : {"renew", "supersede"}) {
    auto ids = std::make_shared<std::pair<std::string, std::string>>();
    auto evidence = std::make_shared<std::string>();
    std::string verb = which;
    auto* sc = cmd->add_subcommand(
        verb, verb == "renew" ? "Mark OLD as renewed by the agreement NEW (closes its planned updates)"
                              : "Mark OLD as superseded by the agreement NEW");
    sc->add_option("OLD", ids->first, "The agreement renewed or replaced")->required();
    sc->add_option("--by", ids->second, "The new agreement (id or ref)")->required();
    sc->add_option("--evidence", *evidence, "Why (a sentence or a reference)");
    add_json_flag(sc);
    sc->callback([ids, evidence, verb] {
      auto store = open_write();
      sql::Transaction tx(store->db());
      AgreementRelation r{verb == "renew" ? "renews" : "supersedes", store->agreement_id_from(ids->second),
                          store->agreement_id_from(ids->first), *evidence};
      store->add_relation(r);
      tx.commit();
      sync_index(*store);
      print_written(*store, r.to, verb == "renew" ? "renewed" : "superseded");
    });
  }

  auto merge_ids = std::make_shared<std::pair<std::string, std::string>>();
  auto* merge = cmd->add_subcommand(
      "merge", "Merge a duplicate record into the one to keep: its links, events, recommendations and "
               "relations move, and the reports that named it name the kept one when ingested again");
  merge->add_option("DUPLICATE", merge_ids->first, "The record to fold in and delete (id or ref)")->required();
  merge->add_option("--into", merge_ids->second, "The record to keep, with its title, partners and dates (id or "
                                                  "ref)")
      ->required();
  add_json_flag(merge);
  merge->callback([merge_ids] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    const Id from = store->agreement_id_from(merge_ids->first);
    const Id into = store->agreement_id_from(merge_ids->second);
    const auto moved = store->merge_agreements(from, into);
    tx.commit();
    sync_index(*store);
    if (options().json) {
      print_json({{"merged", from},
                  {"into", into},
                  {"links", moved.links},
                  {"events", moved.events},
                  {"recommendations", moved.recommendations},
                  {"relations", moved.relations}});
    } else {
      std::cout << fmt::format("merged agreement {} into agreement {}: {} link(s), {} event(s), {} "
                               "recommendation(s), {} relation(s) moved; agreement {} deleted\n",
                               from, into, moved.links, moved.events, moved.recommendations, moved.relations,
                               from);
    }
  });

  auto del_id = std::make_shared<std::string>();
  auto* del = cmd->add_subcommand(
      "delete", "Delete an agreement and its links; the reports that named it will not make it again (a "
                "duplicate of another record: use `agreements merge`, which keeps the links)");
  del->add_option("ID", *del_id, "Agreement id or reference number")->required();
  del->callback([del_id] {
    auto store = open_write();
    sql::Transaction tx(store->db());
    Id id = store->agreement_id_from(*del_id);
    store->delete_agreement(id);
    tx.commit();
    sync_index(*store);
    std::cout << fmt::format("deleted agreement {}\n", id);
  });

  cmd->callback([cmd, args] {
    if (!cmd->get_subcommands().empty()) return;
    list(*args);
  });
}

} // namespace entente::cli
