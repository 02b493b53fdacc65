// `entente check` and `entente reindex`: integrity of the registry and
// its agreement with the search index.
#include "cli/common.hpp"
#include "indexer/index_sync.hpp"
#include "indexer/search_index.hpp"
#include "registry/audit_facts.hpp"
#include "registry/match_keys.hpp"

#include <fmt/format.h>

#include <fcntl.h>
#include <stdio.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <set>

namespace entente::cli {
namespace {

namespace fs = std::filesystem;

// check and reindex write (they heal or rebuild the index) but must not
// create a registry where there is none: that is a mistake to report.
std::unique_ptr<Store> open_existing_for_write() {
  try {
    Store probe(registry_home(), Access::Read); // throws MissingRegistryError with how to create one
  } catch (const OutdatedSchemaError&) {
    // It exists: an older layout, or a first write killed before its schema
    // was created. The writer below migrates it.
  }
  return std::make_unique<Store>(registry_home(), Access::Write);
}

std::size_t rebuild(Store& store) {
  std::string live = index_path(store.home());
  std::string fresh = live + ".new";
  restore_interrupted_index_swap(store.home());
  // Leftovers of an interrupted reindex; the live index is complete without them.
  fs::remove_all(fresh);
  fs::remove_all(live + ".old");
  indexer::SyncStats stats;
  {
    auto index = indexer::SearchIndex::open_writable(fresh, default_lock_wait());
    stats = indexer::rebuild_index(store, index, /*clear_covered=*/false);
    index.mark_schema_current();
    index.commit();
  }
  // Tests simulate a crash with the fresh index complete but not yet live.
  if (const char* fp = std::getenv("ENTENTE_FAILPOINT"); fp && std::strcmp(fp, "reindex_before_swap") == 0) {
    std::_Exit(86);
  }
  // One atomic exchange, so that no moment exists without a live index; a
  // kill after it leaves at most the old index at `fresh`, removed next time.
  // Readers that opened the old index keep reading it until they finish.
  if (!fs::exists(live)) {
    fs::rename(fresh, live);
  } else if (::renameat2(AT_FDCWD, fresh.c_str(), AT_FDCWD, live.c_str(), RENAME_EXCHANGE) != 0) {
    // Filesystems without RENAME_EXCHANGE: two renames; the moment between
    // them is repaired by restore_interrupted_index_swap at the next open.
    std::string old = live + ".old";
    fs::remove_all(old);
    fs::rename(live, old);
    fs::rename(fresh, live);
    fresh = old;
  }
  fs::remove_all(fresh);
  // Only now is the live index the one that covers the pending entries.
  store.clear_outbox(stats.covered_seq);
  return stats.replaced;
}

void check(bool fix) {
  nlohmann::json problems = nlohmann::json::array();
  auto store = open_existing_for_write();
  std::size_t pending = store->outbox_size();
  std::size_t healed = sync_index(*store);

  {
    auto st = store->db().prepare("PRAGMA integrity_check");
    while (st.step()) {
      if (st.text(0) != "ok") problems.push_back({{"check", "sqlite_integrity"}, {"detail", st.text(0)}});
    }
  }
  {
    auto st = store->db().prepare("PRAGMA foreign_key_check");
    while (st.step()) {
      problems.push_back(
          {{"check", "foreign_key"},
           {"detail", fmt::format("{} row {} points to a missing {}", st.text(0), st.int64(1), st.text(2))}});
    }
  }
  const Gazetteer& g = store->gazetteer();
  const Taxonomy& t = store->taxonomy();
  for (const char* table : {"agreement_partners", "mission_partners", "recommendation_partners"}) {
    auto st = store->db().prepare(fmt::format("SELECT DISTINCT partner FROM {}", table));
    while (st.step()) {
      if (!g.find(st.text(0))) {
        problems.push_back(
            {{"check", "unknown_partner"},
             {"detail", fmt::format("{} names partner '{}' that the gazetteer no longer has; add it "
                                    "with `entente partners add`",
                                    table, st.text(0))}});
      }
    }
  }
  for (const char* table : {"agreement_domains", "mission_domains"}) {
    auto st = store->db().prepare(fmt::format("SELECT DISTINCT domain FROM {}", table));
    while (st.step()) {
      if (!t.find(st.text(0))) {
        problems.push_back({{"check", "unknown_domain"},
                            {"detail", fmt::format("{} names domain '{}' that the taxonomy does not have",
                                                   table, st.text(0))}});
      }
    }
  }

  std::set<std::pair<std::string, Id>> expected;
  {
    auto st = store->db().prepare("SELECT id FROM missions");
    while (st.step())
      expected.emplace("mission", st.int64(0));
    auto sa = store->db().prepare("SELECT id, kind FROM agreements");
    while (sa.step())
      expected.emplace(sa.text(1), sa.int64(0));
  }
  std::set<std::pair<std::string, Id>> indexed;
  bool index_ok = true;
  try {
    auto index = indexer::SearchIndex::open_readonly(index_path(store->home()));
    for (auto& id : index.all_ids())
      indexed.insert(id);
  } catch (const std::exception& e) {
    if (!expected.empty()) {
      problems.push_back(
          {{"check", "index"}, {"detail", fmt::format("cannot read the search index: {}", e.what())}});
      index_ok = false;
    }
  }
  std::size_t missing = 0;
  std::size_t extra = 0;
  if (index_ok) {
    for (const auto& e : expected) {
      if (!indexed.count(e)) {
        ++missing;
        if (missing <= 20) {
          problems.push_back(
              {{"check", "index_missing"},
               {"detail", fmt::format("{} {} is not in the search index", e.first, e.second)}});
        }
      }
    }
    for (const auto& e : indexed) {
      if (!expected.count(e)) {
        ++extra;
        if (extra <= 20) {
          problems.push_back(
              {{"check", "index_extra"},
               {"detail",
                fmt::format("the search index holds {} {} that the registry does not", e.first, e.second)}});
        }
      }
    }
  }
  // The audit's facts kept at write time must say what the records say.
  std::vector<Id> audit_wrong;
  for (const auto& wrong : audit_facts_out_of_date(*store)) {
    audit_wrong.push_back(wrong.agreement);
    if (audit_wrong.size() > 20) continue;
    problems.push_back(
        {{"check", "audit_facts"},
         {"detail", wrong.missing
                        ? fmt::format("agreement {} has no kept audit facts and is not marked for "
                                      "computing them",
                                      wrong.agreement)
                        : fmt::format("the audit's kept facts of agreement {} do not match its records",
                                      wrong.agreement)}});
  }
  // The match keys an ingest reads must be those the agreements give.
  const std::vector<Id> keys_wrong = match_keys_out_of_date(store->db());
  for (std::size_t i = 0; i < keys_wrong.size() && i < 20; ++i) {
    problems.push_back(
        {{"check", "match_keys"},
         {"detail",
          fmt::format("the match keys of agreement {} do not match its kind, signing date and partners",
                      keys_wrong[i])}});
  }
  // Every report text must read back: it is the evidence behind every answer.
  const auto unreadable = store->unreadable_texts();
  for (std::size_t i = 0; i < unreadable.size() && i < 20; ++i) {
    const auto& u = unreadable[i];
    problems.push_back({{"check", "report_text"},
                        {"detail", fmt::format("the stored text of {} (document {}) cannot be read: {}",
                                               u.path, u.document, u.reason)}});
  }
  std::size_t rebuilt = 0;
  bool index_problem = !index_ok || missing || extra;
  if (fix && index_problem) rebuilt = rebuild(*store);
  std::size_t audit_fixed = fix && !audit_wrong.empty() ? recompute_audit_facts(*store, audit_wrong) : 0;
  std::size_t keys_fixed = fix && !keys_wrong.empty() ? recompute_match_keys(store->db(), keys_wrong) : 0;
  // A text cannot be mended here: its file must be read again. --fix makes
  // the next ingest of the path store it afresh instead of skipping it as
  // unchanged; the problem stands until then.
  if (fix && !unreadable.empty()) {
    std::vector<Id> documents;
    for (const auto& u : unreadable)
      documents.push_back(u.document);
    store->forget_document_hashes(documents);
  }

  // With --fix, what was repaired no longer counts against the registry.
  bool ok = std::all_of(problems.begin(), problems.end(), [&](const auto& p) {
    const auto kind = p["check"].template get<std::string>();
    if (kind.rfind("index", 0) == 0) return rebuilt > 0;
    if (kind == "match_keys") return keys_fixed > 0;
    return kind == "audit_facts" && audit_fixed > 0;
  });
  nlohmann::json report = {{"ok", ok},
                           {"registry", store->home()},
                           {"records", expected.size()},
                           {"indexed", indexed.size()},
                           {"pending_healed", pending ? healed : 0},
                           {"missing_from_index", missing},
                           {"extra_in_index", extra},
                           {"reindexed", rebuilt},
                           {"audit_facts_out_of_date", audit_wrong.size()},
                           {"audit_facts_recomputed", audit_fixed},
                           {"match_keys_out_of_date", keys_wrong.size()},
                           {"match_keys_recomputed", keys_fixed},
                           {"unreadable_texts", unreadable.size()},
                           {"problems", problems}};
  if (options().json) {
    print_json(report);
  } else {
    if (pending)
      std::cout << fmt::format("healed: replayed {} index update(s) left by an interrupted write\n", healed);
    for (const auto& p : problems) {
      std::cout << fmt::format("problem [{}]: {}\n", p["check"].get<std::string>(),
                               p["detail"].get<std::string>());
    }
    if (missing > 20 || extra > 20)
      std::cout << fmt::format("({} missing and {} extra in all)\n", missing, extra);
    if (audit_wrong.size() > 20)
      std::cout << fmt::format("({} agreements with out-of-date audit facts in all)\n", audit_wrong.size());
    if (keys_wrong.size() > 20)
      std::cout << fmt::format("({} agreements with out-of-date match keys in all)\n", keys_wrong.size());
    if (unreadable.size() > 20)
      std::cout << fmt::format("({} unreadable report texts in all)\n", unreadable.size());
    if (rebuilt) std::cout << fmt::format("fixed: rebuilt the search index ({} documents)\n", rebuilt);
    if (audit_fixed)
      std::cout << fmt::format("fixed: recomputed the audit's kept facts of {} agreement(s)\n", audit_fixed);
    if (keys_fixed)
      std::cout << fmt::format("fixed: recomputed the match keys of {} agreement(s)\n", keys_fixed);
    if (ok) {
      std::cout << fmt::format(
          "ok: {} records, registry, report texts, search index, audit facts and match keys agree\n",
          expected.size());
    } else if (index_problem && !fix) {
      std::cout << "Run `entente check --fix` or `entente reindex` to rebuild the search index.\n";
    } else if ((!audit_wrong.empty() || !keys_wrong.empty()) && !fix) {
      std::cout << "Run `entente check --fix` to recompute the registry's derived data.\n";
    }
    if (!unreadable.empty()) {
      std::cout << (fix ? "Ingest the files named above again: each will be stored afresh.\n"
                        : "Run `entente check --fix`, then ingest the files named above again.\n");
    }
  }
  if (!ok) throw WorkFailed();
}

} // namespace

void register_maintenance(CLI::App& app) {
  auto* check_cmd = app.add_subcommand(
      "check",
      "Check the registry (SQLite integrity, foreign keys, references) and that the search index and the "
      "audit's kept facts match it");
  auto fix = std::make_shared<bool>(false);
  check_cmd->add_flag("--fix", *fix,
                      "Rebuild the search index, recompute the audit's kept facts, when they do not match");
  add_json_flag(check_cmd);
  check_cmd->callback([fix] { check(*fix); });

  auto* reindex = app.add_subcommand("reindex", "Rebuild the search index from the registry");
  add_json_flag(reindex);
  reindex->callback([] {
    auto store = open_existing_for_write();
    std::size_t n = rebuild(*store);
    if (options().json) {
      print_json({{"reindexed", n}});
    } else {
      std::cout << fmt::format("reindexed {} documents\n", n);
    }
  });
}

} // namespace entente::cli
