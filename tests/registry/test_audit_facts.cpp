#include "answers_fixture.hpp"
#include "registry/agreement_import.hpp"
#include "registry/audit.hpp"
#include "registry/audit_facts.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>

using namespace entente;
using namespace entente::test;

namespace {

KeptAuditState kept_state(Store& store) {
  return read_kept_audit_facts(store, [](const KeptAuditFacts&, bool) {});
}

std::vector<Id> stale_ids(Store& store) {
  return kept_state(store).stale;
}

std::vector<KeptAuditFacts> all_kept(Store& store) {
  std::vector<KeptAuditFacts> out;
  read_kept_audit_facts(store, [&](const KeptAuditFacts& k, bool) { out.push_back(k); });
  return out;
}

// Each entry of the whole audit (read from the records) as its outline.
std::vector<std::pair<Id, AuditOutline>> outlines(Store& store, const std::string& as_of, int years,
                                                  bool all) {
  AuditOptions o;
  o.as_of = as_of;
  o.review_years = years;
  o.include_closed = all;
  std::vector<std::pair<Id, AuditOutline>> out;
  for (const auto& e : run_audit(store, o).entries) {
    AuditOutline outline{true, e.status, {}};
    for (const auto& r : e.reasons)
      outline.reasons.emplace_back(r.rule, r.since);
    out.emplace_back(e.agreement.id, std::move(outline));
  }
  return out;
}

// The same from the kept facts alone, for the agreements whose facts hold at as_of.
std::vector<std::pair<Id, AuditOutline>> kept_outlines(Store& store, const std::string& as_of, int years,
                                                       bool all) {
  std::vector<std::pair<Id, AuditOutline>> out;
  for (const auto& k : all_kept(store)) {
    REQUIRE(k.horizon <= as_of);
    auto o = outline_at(k.facts, as_of, years, all);
    if (o.listed) out.emplace_back(k.agreement, std::move(o));
  }
  return out;
}

// What the kept facts say, at every date after the records, equals what the
// records say, for the review ages and the --all flag.
void check_kept_facts_hold(Store& store) {
  refresh_audit_facts(store);
  auto kept = kept_state(store);
  REQUIRE(kept.complete);
  REQUIRE(kept.stale.empty());
  for (const char* as_of : {"2024-06-30", "2025-01-01", "2028-12-31", "2031-03-01", "2040-12-31"}) {
    for (int years : {0, 3, 10, 30}) {
      for (bool all : {false, true}) {
        INFO("as of " << as_of << ", review age " << years << ", all " << all);
        auto from_records = outlines(store, as_of, years, all);
        auto from_kept = kept_outlines(store, as_of, years, all);
        std::sort(from_records.begin(), from_records.end(),
                  [](const auto& x, const auto& y) { return x.first < y.first; });
        REQUIRE(from_kept.size() == from_records.size());
        for (std::size_t i = 0; i < from_kept.size(); ++i) {
          CHECK(from_kept[i].first == from_records[i].first);
          CHECK(from_kept[i].second.status == from_records[i].second.status);
          CHECK(from_kept[i].second.reasons == from_records[i].second.reasons);
        }
      }
    }
  }
}

} // namespace

TEST_CASE("audit facts: kept facts say what the records say, at every later date") {
  AnswersRegistry r;
  // Dates the rules compare with as_of, beyond the fixture's own.
  Agreement expiring = by_hand("agreement", "Entente qui expire", {"shanghai"}, "2012-05");
  expiring.expires = "2027";
  expiring.review = "2026-02-28";
  r.store->create_agreement(expiring);
  Agreement leap = by_hand("mou", "Protocole signé un 29 février", {"qingdao"}, "2016-02-29");
  r.store->create_agreement(leap);
  check_kept_facts_hold(*r.store);
}

TEST_CASE("audit facts: every change to what the rules read marks the agreement stale") {
  AnswersRegistry r;
  Store& s = *r.store;
  refresh_audit_facts(s);
  REQUIRE(stale_ids(s).empty());

  SECTION("an agreement's dates; an agreement it renews") {
    Agreement renewal = by_hand("agreement", "Entente renouvelée", {"shanghai"}, "2023-04-10");
    Id renewed_by = s.create_agreement(renewal);
    CHECK(stale_ids(s) == std::vector<Id>{renewed_by});
    refresh_audit_facts(s);
    s.add_relation({"renews", renewed_by, r.shanghai_2011, ""});
    CHECK(stale_ids(s) == std::vector<Id>{r.shanghai_2011, renewed_by});
    refresh_audit_facts(s);
    // Moving the renewal's signing date moves the renewal of Shanghai's agreement.
    Agreement later = s.get_agreement(renewed_by);
    later.signed_date = "2024-01-15";
    s.update_agreement(later);
    CHECK(stale_ids(s) == std::vector<Id>{r.shanghai_2011, renewed_by});
    refresh_audit_facts(s);
    // A title is not read by the rules.
    later.title = "Entente renouvelée avec Shanghai";
    s.update_agreement(later);
    CHECK(stale_ids(s).empty());
  }
  SECTION("events") {
    AgreementEvent ended;
    ended.type = "terminated";
    ended.date = "2022-03-01";
    ended.source_kind = "hand";
    s.add_event(r.shandong_2008, ended);
    CHECK(stale_ids(s) == std::vector<Id>{r.shandong_2008});
  }
  SECTION("links added and removed by hand") {
    MissionLink plan;
    plan.mission_id = r.mission_2019;
    plan.agreement_id = r.bavaria_1989;
    plan.relation = "plans_update";
    plan.evidence = "Actualiser l'entente.";
    Id link = s.add_link(plan);
    CHECK(stale_ids(s) == std::vector<Id>{r.bavaria_1989});
    refresh_audit_facts(s);
    s.remove_link(link);
    CHECK(stale_ids(s) == std::vector<Id>{r.bavaria_1989});
  }
  SECTION("a report ingested again with other dates") {
    auto in = AnswersRegistry::renewal_2020();
    in.document.sha256 += " (edited)";
    in.mission.start_date = "2021-02-01";
    in.mission.end_date = "2021-02-03";
    REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
    auto stale = stale_ids(s);
    CHECK(std::find(stale.begin(), stale.end(), r.shandong_2008) != stale.end());
  }
  SECTION("a new date for a mission whose link was made by hand") {
    // The hand link survives ingesting the report again; only the mission's date changes.
    MissionLink plan;
    plan.mission_id = r.mission_2019;
    plan.agreement_id = r.bavaria_1989;
    plan.relation = "plans_update";
    s.add_link(plan);
    refresh_audit_facts(s);
    auto in = AnswersRegistry::qingdao_yantai_2019();
    in.document.sha256 += " (edited)";
    in.mission.start_date = "2019-08-01";
    REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
    auto stale = stale_ids(s);
    CHECK(std::find(stale.begin(), stale.end(), r.bavaria_1989) != stale.end());
  }
  SECTION("a deleted agreement") {
    // Its kept facts go with it; nothing else read its dates.
    s.delete_agreement(r.bavaria_1989);
    CHECK(kept_state(s).complete);
    for (const auto& k : all_kept(s))
      CHECK(k.agreement != r.bavaria_1989);
  }
  check_kept_facts_hold(s);
}

TEST_CASE("audit facts: an agreement without kept facts or a stale mark is never trusted") {
  AnswersRegistry r;
  refresh_audit_facts(*r.store);
  CHECK(kept_state(*r.store).complete);
  // As if something had written without the triggers.
  r.store->db().exec("DELETE FROM audit_facts WHERE agreement_id = " + std::to_string(r.bavaria_1989));
  CHECK_FALSE(kept_state(*r.store).complete);
  AuditOptions o;
  o.as_of = "2024-06-30";
  auto whole = run_audit(*r.store, o);
  o.limit = 100;
  auto page = run_audit(*r.store, o);
  REQUIRE(page.entries.size() == whole.entries.size());
  for (std::size_t i = 0; i < page.entries.size(); ++i)
    CHECK(page.entries[i].agreement.id == whole.entries[i].agreement.id);
}

TEST_CASE("audit facts: an import that keeps the file's ids marks the agreements under those ids") {
  // Import renumbers a new agreement to the id the file gives it.
  AnswersRegistry r;
  TempDir out;
  const std::string file = out.str() + "/agreements.json";
  {
    std::ofstream f(file);
    f << R"json({"agreements": [{"id": 900, "kind": "agreement", "title": "Entente avec la Bavière (2001)",
                "partners": ["bavaria"], "signed": "2001-03-01", "events": []}]})json";
  }
  import_agreements(*r.store, file);
  CHECK(r.store->find_agreement(900));
  auto stale = stale_ids(*r.store);
  CHECK(std::find(stale.begin(), stale.end(), 900) != stale.end());
  refresh_audit_facts(*r.store);
  CHECK(kept_state(*r.store).complete);
  CHECK(audit_facts_out_of_date(*r.store).empty());
}

TEST_CASE("audit facts: a registry from before them starts with every agreement stale") {
  TempDir dir;
  std::vector<Id> ids;
  {
    Store s(dir.str(), Access::Write);
    ids.push_back(s.create_agreement(by_hand("agreement", "Entente A", {"shanghai"}, "2001")));
    ids.push_back(s.create_agreement(by_hand("mou", "Protocole B", {"qingdao"}, "2015-06")));
    // Back to schema version 4, as an older entente left it (without the
    // match keys of version 6 or the index of version 7 either).
    s.db().exec("DROP TABLE audit_facts; DROP TABLE audit_stale; DROP TABLE agreement_match_keys; "
                "DROP INDEX documents_sha256; PRAGMA user_version = 4");
    for (const char* t :
         {"audit_agreements_ai", "audit_agreements_au", "audit_agreement_events_ai",
          "audit_agreement_events_au", "audit_agreement_events_ad", "audit_agreement_relations_ai",
          "audit_agreement_relations_au", "audit_agreement_relations_ad", "audit_mission_agreements_ai",
          "audit_mission_agreements_au", "audit_mission_agreements_ad", "audit_missions_au",
          "match_keys_agreements_ai", "match_keys_agreements_au", "match_keys_agreements_ad",
          "match_keys_partners_ai", "match_keys_partners_au", "match_keys_partners_ad"})
      s.db().exec(std::string("DROP TRIGGER ") + t);
  }
  Store s(dir.str(), Access::Write);
  CHECK(stale_ids(s) == ids);
  CHECK(refresh_audit_facts(s) == 2);
  CHECK(all_kept(s).size() == 2);
}

// Schema 9: amendments became updates in the rules (they close a planned
// update and restart the review age), so facts kept before are computed again.
TEST_CASE("audit facts: a registry of schema 8 computes every agreement's facts again") {
  TempDir dir;
  std::vector<Id> ids;
  {
    Store s(dir.str(), Access::Write);
    ids.push_back(s.create_agreement(by_hand("agreement", "Entente A", {"shanghai"}, "2001")));
    ids.push_back(s.create_agreement(by_hand("mou", "Protocole B", {"qingdao"}, "2015-06")));
    refresh_audit_facts(s);
    REQUIRE(stale_ids(s).empty());
    s.db().exec("PRAGMA user_version = 8");
  }
  Store s(dir.str(), Access::Write);
  CHECK(stale_ids(s) == ids);
  CHECK(refresh_audit_facts(s) == 2);
}

// Schema 11: an end dated by a year counts from its last day in the kept
// facts' horizon too, so agreements with one are computed again.
TEST_CASE("audit facts: a registry of schema 10 computes again the facts of ends dated by a year") {
  TempDir dir;
  Id year_end = 0;
  {
    Store s(dir.str(), Access::Write);
    year_end = s.create_agreement(ending_mou("Protocole à terme annoncé", "2025"));
    s.create_agreement(ending_mou("Protocole à date", "2025-03-01"));
    s.create_agreement(by_hand("agreement", "Entente A", {"shanghai"}, "2001"));
    refresh_audit_facts(s);
    REQUIRE(stale_ids(s).empty());
    s.db().exec("PRAGMA user_version = 10");
  }
  Store s(dir.str(), Access::Write);
  CHECK(stale_ids(s) == std::vector<Id>{year_end});
  CHECK(refresh_audit_facts(s) == 1);
  CHECK(audit_facts_out_of_date(s).empty());
}

TEST_CASE("audit facts: the kept text reads back as the facts it was written from") {
  AuditFacts f;
  f.life = "in_force";
  f.expires_by = "2027-12-31";
  f.renewed_after_expiry = true;
  f.base_by = "2012-05-31";
  f.review_by = "2026-02-28";
  f.closed_plan = true;
  for (auto pending : {std::vector<std::string>{}, std::vector<std::string>{"0000-00-00"},
                       std::vector<std::string>{"2017-09-02", "2019-05-14"}}) {
    f.pending = pending;
    auto back = audit_facts_from_text(audit_facts_text(f));
    CHECK(audit_facts_text(back) == audit_facts_text(f));
    CHECK(back.pending == pending);
    CHECK(back.renewed_after_expiry);
    CHECK_FALSE(back.renewed_after_review);
  }
  CHECK(audit_facts_text(f) == "in_force;;2027-12-31;1;2012-05-31;2026-02-28;0;1;2017-09-02,2019-05-14");
  CHECK_THROWS_AS(audit_facts_from_text("in_force;2027"), std::invalid_argument);
  CHECK_THROWS_AS(audit_facts_from_text("in_force;;2027-12-31;yes;;;0;0;"), std::invalid_argument);
}

TEST_CASE("audit facts: kept facts that do not match the records are found and computed again") {
  AnswersRegistry r;
  Store& s = *r.store;
  refresh_audit_facts(s);
  CHECK(audit_facts_out_of_date(s).empty());
  // As if something had written around the triggers.
  s.db().exec("UPDATE audit_facts SET facts = 'terminated;;;0;;;0;0;' WHERE agreement_id = " +
              std::to_string(r.shanghai_2011));
  s.db().exec("DELETE FROM audit_facts WHERE agreement_id = " + std::to_string(r.bavaria_1989));
  std::map<Id, bool> wrong; // agreement, missing
  std::vector<Id> ids;
  for (const auto& w : audit_facts_out_of_date(s)) {
    wrong[w.agreement] = w.missing;
    ids.push_back(w.agreement);
  }
  CHECK(wrong == std::map<Id, bool>{{r.shanghai_2011, false}, {r.bavaria_1989, true}});
  CHECK(recompute_audit_facts(s, ids) == 2);
  CHECK(audit_facts_out_of_date(s).empty());
  check_kept_facts_hold(s);
}
