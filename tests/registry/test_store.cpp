#include "registry/store.hpp"

#include "../support.hpp"
#include "answers_fixture.hpp"
#include "registry/schema.hpp"
#include "registry/status.hpp"

#include <catch2/catch.hpp>
#include <set>

using namespace entente;

namespace {

Agreement sample(const char* title, const char* partner, const char* signed_date) {
  Agreement a;
  a.title = title;
  a.partners = {partner};
  a.signed_date = signed_date;
  return a;
}

std::size_t count(Store& s, const char* table) {
  auto st = s.db().prepare(std::string("SELECT count(*) FROM ") + table);
  st.step();
  return static_cast<std::size_t>(st.int64(0));
}

} // namespace

TEST_CASE("store: an empty home gets the current schema, a reader needs an existing registry") {
  test::TempDir dir;
  CHECK_THROWS_AS(Store(dir.str() + "/none", Access::Read), MissingRegistryError);
  {
    Store s(dir.str(), Access::Write);
    CHECK(schema_version(s.db()) == current_schema_version());
    CHECK(s.writable());
  }
  Store reader(dir.str(), Access::Read);
  CHECK_FALSE(reader.writable());
  CHECK(reader.list_agreements().empty());
}

TEST_CASE(
    "store: agreements are validated, stored with partners, domains and events, and queued for the index") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  sql::Transaction tx(s.db());
  Agreement a = sample("Entente Québec–Shandong", "province du Shandong", "2008-08");
  a.domains = {"santé"};
  a.ref = "2008-12";
  Id id = s.create_agreement(a);
  tx.commit();
  Agreement got = s.get_agreement(id);
  CHECK(got.partners == std::vector<std::string>{"shandong"});
  CHECK(got.domains == std::vector<std::string>{"health"});
  CHECK(got.ref == "2008-12");
  CHECK(s.agreement_id_from("2008-12") == id);
  CHECK(s.agreement_id_from(std::to_string(id)) == id);
  CHECK(s.outbox_size() > 0);

  CHECK_THROWS_AS(s.create_agreement(sample("", "china", "2008")), ValidationError);
  CHECK_THROWS_AS(s.create_agreement(sample("X", "atlantis", "2008")), ValidationError);
  CHECK_THROWS_AS(s.create_agreement(sample("X", "china", "2008-13")), ValidationError);
  Agreement dup = sample("Y", "china", "2009");
  dup.ref = "2008-12";
  CHECK_THROWS_AS(s.create_agreement(dup), ValidationError);
  Agreement bad_kind = sample("Z", "china", "2009");
  bad_kind.kind = "treaty";
  CHECK_THROWS_AS(s.create_agreement(bad_kind), ValidationError);
  CHECK(count(s, "agreements") == 1);
  try {
    s.create_agreement(sample("X", "Shandogn", "2008"));
    FAIL("an unknown partner must be refused");
  } catch (const ValidationError& e) {
    CHECK_THAT(e.what(), Catch::Contains("did you mean") && Catch::Contains("shandong"));
  }
}

TEST_CASE("store: a hand edit marks the agreement edited and replaces partners") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id id = s.create_agreement(sample("Entente", "shandong", "2008"));
  Agreement a = s.get_agreement(id);
  a.partners = {"qingdao", "jinan"};
  a.title = "Entente Qingdao–Jinan";
  s.update_agreement(a);
  Agreement got = s.get_agreement(id);
  CHECK(got.edited);
  CHECK(got.title == "Entente Qingdao–Jinan");
  CHECK(got.partners == std::vector<std::string>{"qingdao", "jinan"});
}

TEST_CASE("store: relations read both ways, and renewal is recorded as an event on the older agreement") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id old_id = s.create_agreement(sample("Entente 2006", "shandong", "2006"));
  Id new_id = s.create_agreement(sample("Entente 2011", "shandong", "2011-08-31"));
  s.add_relation({"renews", new_id, old_id, "renouvelée à Jinan"});
  Agreement old_a = s.get_agreement(old_id);
  Agreement new_a = s.get_agreement(new_id);
  REQUIRE(old_a.relations.size() == 1);
  REQUIRE(new_a.relations.size() == 1);
  CHECK(old_a.relations[0].from == new_id);
  REQUIRE(old_a.events.size() == 1);
  CHECK(old_a.events[0].type == "renewed");
  CHECK(old_a.events[0].date == "2011-08-31");
  CHECK(derive_status(old_a, "2011-09-01") == "in_force");
  CHECK(derive_status(old_a, "2010-01-01") == "signed");
  CHECK_THROWS_AS(s.add_relation({"renews", new_id, new_id, ""}), ValidationError);
  CHECK_THROWS_AS(s.add_relation({"replaces", new_id, old_id, ""}), ValidationError);
  s.remove_relation({"renews", new_id, old_id, ""});
  CHECK(s.get_agreement(old_id).events.empty());
  CHECK_THROWS_AS(s.remove_relation({"renews", new_id, old_id, ""}), NotFoundError);
}

TEST_CASE("store: a mission is stored with its links, re-storing the same path replaces extraction but keeps "
          "hand work") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id held = s.create_agreement(sample("Entente Québec–Shandong (2008)", "shandong", "2008-08"));

  MissionInput in;
  in.document = {0, "reports/a.txt", "sha-1", 100, "txt", "utf-8", "", "line one\nline two\n"};
  in.mission.title = "Mission";
  in.mission.start_date = "2017-09-02";
  in.mission.places = {{"Qingdao", "qingdao", 3}};
  in.mission.partners = {"qingdao", "shandong", "china"};
  in.mission.recommendations = {{0, "Actualiser l'entente de 2008", 9, 9, {"shandong"}, {}}};
  ExtractedAgreement plan;
  plan.draft = sample("l'entente signée en 2008 avec la province du Shandong", "shandong", "2008");
  plan.relation = "plans_update";
  plan.evidence = "il a été proposé d'actualiser l'entente signée en 2008 avec la province du Shandong";
  plan.line = 7;
  plan.line_end = 8;
  ExtractedAgreement mou;
  mou.draft = sample("Protocole d'entente : technologies médicales", "china", "2017");
  mou.draft.kind = "mou";
  mou.draft.domains = {"medical-technologies"};
  mou.relation = "produced";
  mou.evidence = "la signature d'un protocole d'entente en technologies médicales";
  mou.line = 5;
  in.agreements = {plan, mou};
  in.recommendation_agreements = {{0}};

  CHECK(s.store_mission(in) == StoreOutcome::Added);
  CHECK(s.store_mission(in) == StoreOutcome::Unchanged);
  auto missions = s.list_missions();
  REQUIRE(missions.size() == 1);
  Mission m = missions[0];
  REQUIRE(m.links.size() == 2);
  // The plan matched the agreement already held; the MOU is new and signed by the mission.
  CHECK(m.links[1].agreement_id == held);
  CHECK(m.links[1].relation == "plans_update");
  Id mou_id = m.links[0].agreement_id;
  Agreement mou_a = s.get_agreement(mou_id);
  CHECK(mou_a.origin == "extracted");
  REQUIRE(mou_a.events.size() == 1);
  CHECK(mou_a.events[0].type == "signed");
  CHECK(mou_a.events[0].date == "2017-09-02");
  CHECK(m.recommendations[0].agreements == std::vector<Id>{held});

  // A person corrects: edits the MOU, removes the plan link, adds a link by hand.
  mou_a.title = "Protocole Québec–Chine sur les technologies médicales";
  s.update_agreement(mou_a);
  s.remove_link(m.links[1].id);
  Id extra = s.create_agreement(sample("Entente Québec–Qingdao", "qingdao", "2015"));
  MissionLink hand;
  hand.mission_id = m.id;
  hand.agreement_id = extra;
  hand.relation = "references";
  hand.evidence = "mentionnée en réunion";
  s.add_link(hand);

  // The report changes: its extraction is replaced, the corrections stay.
  in.document.sha256 = "sha-2";
  in.document.text = "line one\nline two changed\n";
  CHECK(s.store_mission(in) == StoreOutcome::Updated);
  missions = s.list_missions();
  REQUIRE(missions.size() == 1);
  m = missions[0];
  CHECK(m.id == missions[0].id);
  std::vector<std::pair<Id, std::string>> links;
  for (const auto& l : m.links)
    links.emplace_back(l.agreement_id, l.relation);
  CHECK(std::count(links.begin(), links.end(), std::make_pair(held, std::string("plans_update"))) == 0);
  CHECK(std::count(links.begin(), links.end(), std::make_pair(extra, std::string("references"))) == 1);
  CHECK(std::count(links.begin(), links.end(), std::make_pair(mou_id, std::string("produced"))) == 1);
  CHECK(s.get_agreement(mou_id).title == "Protocole Québec–Chine sur les technologies médicales");
  CHECK(count(s, "agreements") == 3);
  CHECK(count(s, "missions") == 1);
  CHECK(count(s, "documents") == 1);
}

TEST_CASE("store: report texts are stored deflated, and plain texts of older registries still read") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  MissionInput in;
  std::string text;
  for (int i = 0; i < 100; ++i)
    text += "Ligne " + std::to_string(i) + " : visite de l'hôpital de Qingdao.\n";
  in.document = {0, "reports/z.txt", "sha-z", 100, "txt", "utf-8", "", text};
  in.mission.title = "Mission";
  REQUIRE(s.store_mission(in) == StoreOutcome::Added);
  auto st = s.db().prepare("SELECT typeof(text), length(text) FROM documents WHERE path = 'reports/z.txt'");
  REQUIRE(st.step());
  CHECK(st.text(0) == "blob");
  CHECK(static_cast<std::size_t>(st.int64(1)) < text.size() / 4);
  CHECK(s.document_by_path("reports/z.txt")->text == text);
  Id mission = *s.mission_id_for_path("reports/z.txt");
  CHECK(s.document_for_mission(mission)->text == text);
  CHECK(s.stored_sha256("reports/z.txt") == std::optional<std::string>("sha-z"));
  CHECK_FALSE(s.stored_sha256("reports/none.txt"));
  // A row written by schema 2 holds the text as TEXT.
  s.db().prepare("UPDATE documents SET text = 'ancien texte' WHERE path = 'reports/z.txt'").run();
  CHECK(s.document_by_path("reports/z.txt")->text == "ancien texte");
}

TEST_CASE("store: extracted agreements nobody else knows go when their report stops naming them") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  MissionInput in;
  in.document = {0, "r.txt", "a", 1, "txt", "utf-8", "", "x\n"};
  in.mission.start_date = "2019-05-14";
  ExtractedAgreement ex;
  ex.draft = sample("Entente Québec–Bavière", "bavaria", "2019");
  ex.relation = "produced";
  in.agreements = {ex};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 1);
  in.document.sha256 = "b";
  in.agreements.clear();
  s.store_mission(in);
  CHECK(count(s, "agreements") == 0);
  CHECK(count(s, "agreement_events") == 0);
}

TEST_CASE("store: the outbox is cleared up to a sequence number and refilled by enqueue_all") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  s.create_agreement(sample("A", "china", "2001"));
  s.create_agreement(sample("B", "china", "2002"));
  auto pending = s.outbox(100);
  REQUIRE_FALSE(pending.empty());
  CHECK(pending.front().kind == "agreement");
  s.clear_outbox(pending.back().seq);
  CHECK(s.outbox_size() == 0);
  s.enqueue_all();
  CHECK(s.outbox_size() == 2);
}

TEST_CASE("store: a second writer waits a bounded time and names the holder") {
  test::TempDir dir;
  Store first(dir.str(), Access::Write);
  try {
    Store second(dir.str(), Access::Write, std::chrono::milliseconds(200));
    FAIL("the second writer must not get the lock");
  } catch (const RegistryBusyError& e) {
    CHECK_THAT(e.what(), Catch::Contains("pid"));
  }
  // Readers never wait for writers.
  Store reader(dir.str(), Access::Read);
  CHECK(reader.list_missions().empty());
}

TEST_CASE("store: user partners and aliases are kept in the registry") {
  test::TempDir dir;
  {
    Store s(dir.str(), Access::Write);
    Partner p;
    p.name = "CHU de Québec";
    p.kind = "institution";
    p.parent = "Québec City";
    s.add_partner(p);
    s.add_alias("shandong", "Terre de Confucius");
    CHECK_THROWS_AS(s.add_partner(p), ValidationError);
    CHECK_THROWS_AS(s.add_alias("china", "Terre de Confucius"), ValidationError);
  }
  Store s(dir.str(), Access::Read);
  CHECK(s.require_partner("chu de quebec") == "chu-de-quebec");
  CHECK(s.gazetteer().ancestors("chu-de-quebec").front() == "quebec");
  CHECK(s.require_partner("Terre de Confucius") == "shandong");
}

TEST_CASE("store: a mission's report path is read without its text") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  MissionInput in;
  in.document = {0, "reports/p.txt", "sha-p", 10, "txt", "utf-8", "", "texte\n"};
  in.mission.title = "Mission";
  REQUIRE(s.store_mission(in) == StoreOutcome::Added);
  Id id = *s.mission_id_for_path("reports/p.txt");
  CHECK(s.source_of_mission(id) == std::optional<std::string>("reports/p.txt"));
  CHECK_FALSE(s.source_of_mission(id + 1));
  // A changed text under the same path updates the same document row.
  in.document.sha256 = "sha-q";
  in.document.text = "autre texte\n";
  CHECK(s.store_mission(in) == StoreOutcome::Updated);
  CHECK(s.document_for_mission(id)->text == "autre texte\n");
  CHECK(count(s, "documents") == 1);
}

TEST_CASE(
    "store: a report's bytes held under another path are found, and a registry from before gets the index") {
  test::TempDir dir;
  {
    Store s(dir.str(), Access::Write);
    MissionInput in;
    in.document = {0, "reports/a.txt", "sha-1", 100, "txt", "utf-8", "", "line one\n"};
    in.mission.title = "Mission";
    REQUIRE(s.store_mission(in) == StoreOutcome::Added);
    auto held = s.content_held_elsewhere("sha-1", "copies/a.txt");
    REQUIRE(held);
    CHECK(held->path == "reports/a.txt");
    CHECK(held->mission == *s.mission_id_for_path("reports/a.txt"));
    // Its own path is no other path, and other bytes are not held.
    CHECK_FALSE(s.content_held_elsewhere("sha-1", "reports/a.txt"));
    CHECK_FALSE(s.content_held_elsewhere("sha-2", "copies/a.txt"));
    s.db().exec("DROP INDEX documents_sha256; PRAGMA user_version = 6");
  }
  Store s(dir.str(), Access::Write);
  CHECK(schema_version(s.db()) == current_schema_version());
  auto st =
      s.db().prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'documents_sha256'");
  REQUIRE(st.step());
  CHECK(st.int64(0) == 1);
  CHECK(s.content_held_elsewhere("sha-1", "copies/a.txt"));
}

// An agreement signed on the day its sentence gives (indexer/ingest.cpp) had
// its "signed" event on the mission's first day (a review, session 12).
TEST_CASE("store: a signature's event takes the day the extraction gives, else the mission's first day") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto store_signing = [&](const char* path, const char* day, const char* partner) {
    MissionInput in;
    in.document = {0, path, path, 100, "txt", "utf-8", "", "text\n"};
    in.mission.title = "Mission";
    in.mission.start_date = "2019-11-21";
    in.mission.end_date = "2019-11-24";
    ExtractedAgreement e;
    e.draft = sample(("Entente " + std::string(path)).c_str(), partner, day);
    e.relation = "produced";
    e.evidence = "Une entente a été signée.";
    in.agreements = {e};
    REQUIRE(s.store_mission(in) == StoreOutcome::Added);
    return s.get_agreement(s.list_agreements().back().id);
  };
  auto dated = store_signing("a.txt", "2019-11-23", "qingdao");
  REQUIRE(dated.events.size() == 1);
  CHECK(dated.events[0].date == "2019-11-23");
  auto undated = store_signing("b.txt", "2019", "jinan");
  REQUIRE(undated.events.size() == 1);
  CHECK(undated.events[0].date == "2019-11-21");
}

// A letter of agreement signed with Qingdao in 2019 became the work plan
// signed with Qingdao the same year (trial, session 13).
TEST_CASE("store: an extracted agreement is not matched to one of another sort of instrument") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id plan = s.create_agreement(sample("Programme de travail Québec–Qingdao (2019)", "qingdao", "2019"));
  Id plain = s.create_agreement(sample("Entente Québec–Jinan (2019)", "jinan", "2019"));
  MissionInput in;
  in.document = {0, "a.txt", "a", 100, "txt", "utf-8", "", "text\n"};
  in.mission.title = "Mission";
  in.mission.start_date = "2019-06-10";
  ExtractedAgreement letter;
  letter.draft = sample("Lettre d'entente Québec–Qingdao : recherche océanographique", "qingdao", "2019");
  letter.relation = "produced";
  letter.evidence = "Une lettre d'entente a été signée à Qingdao.";
  ExtractedAgreement work;
  work.draft = sample("Work plan Québec–Qingdao", "qingdao", "2019");
  work.relation = "references";
  work.evidence = "The 2019 work plan with Qingdao.";
  ExtractedAgreement named;
  named.draft = sample("Lettre d'entente Québec–Jinan", "jinan", "2019");
  named.relation = "references";
  named.evidence = "La lettre d'entente de 2019 avec Jinan.";
  in.agreements = {letter, work, named};
  REQUIRE(s.store_mission(in) == StoreOutcome::Added);
  auto m = s.list_missions().front();
  REQUIRE(m.links.size() == 3);
  std::set<Id> linked;
  for (const auto& l : m.links)
    linked.insert(l.agreement_id);
  CHECK(linked.count(plan) == 1);  // the work plan, named in English
  CHECK(linked.count(plain) == 1); // a plain "Entente" may be any sort
  CHECK(count(s, "agreements") == 3);
}

TEST_CASE("store: a renewal for a term of years dates its expiry, and takes the day the report gives") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id held = s.create_agreement(sample("Entente Québec–Wallonie (2008)", "wallonia", "2008"));
  MissionInput in;
  in.document = {0, "a.txt", "a", 100, "txt", "utf-8", "", "text\n"};
  in.mission.title = "Mission";
  in.mission.start_date = "2018-04-01";
  in.mission.end_date = "2018-04-04";
  ExtractedAgreement renewal;
  renewal.draft = sample("Entente Québec–Wallonie (2008)", "wallonia", "2008");
  renewal.relation = "renewed";
  renewal.evidence = "renouvelée pour cinq ans le 3 avril 2018";
  renewal.event_date = "2018-04-03";
  renewal.term_years = 5;
  in.agreements = {renewal};
  REQUIRE(s.store_mission(in) == StoreOutcome::Added);
  auto a = s.get_agreement(held);
  std::vector<std::pair<std::string, std::string>> events;
  for (const auto& e : a.events)
    events.emplace_back(e.type, e.date);
  CHECK(events == std::vector<std::pair<std::string, std::string>>{{"renewed", "2018-04-03"},
                                                                   {"expired", "2023-04-03"}});
  CHECK(derive_status(a, "2020-01-01") == "in_force");
  CHECK(derive_status(a, "2024-01-01") == "expired");
}

// Four cities took a qualified slug (data/gazetteer.tsv, session 13); what a
// registry recorded under the old one follows it, a user's own partner stays.
TEST_CASE("store: a registry from before gets the renamed city slugs") {
  test::TempDir dir;
  Id agreement = 0;
  {
    Store s(dir.str(), Access::Write);
    agreement = s.create_agreement(sample("Entente Québec–Vienne (2008)", "vienna", "2008"));
    s.db().exec("INSERT INTO user_partners(slug, name, kind) VALUES('canton', 'Canton de Vaud', 'region')");
    s.db().exec(
        ("UPDATE agreement_partners SET partner = 'vienne' WHERE agreement_id = " + std::to_string(agreement))
            .c_str());
    s.db().exec(("INSERT INTO agreement_partners(agreement_id, partner, position) VALUES(" +
                 std::to_string(agreement) + ", 'canton', 1)")
                    .c_str());
    s.db().exec("PRAGMA user_version = 7");
  }
  Store s(dir.str(), Access::Write);
  CHECK(schema_version(s.db()) == current_schema_version());
  auto a = s.get_agreement(agreement);
  CHECK(a.partners == std::vector<std::string>{"vienne-auvergne-rhone-alpes", "canton"});
}

// Session 15: a plain "entente" the report names by its own domain is not
// the work plan signed with the same partner the same year.
TEST_CASE("store: a plain agreement named by its domain is not a work plan of the same year") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Agreement environment = sample("Entente Québec–Bavière : environnement", "bavaria", "2019");
  environment.domains = {"environment-climate"};
  Id plain = s.create_agreement(environment);
  MissionInput in;
  in.document = {0, "a.txt", "a", 100, "txt", "utf-8", "", "text\n"};
  in.mission.start_date = "2019-05-03";
  ExtractedAgreement work;
  work.draft = sample("Plan de travail Québec–Bavière", "bavaria", "2019");
  work.relation = "produced";
  in.agreements = {work};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 2);
  CHECK(s.list_missions().front().links.front().agreement_id != plain);
  // An "accord de coopération" is of the sort of any plain agreement.
  in.document = {0, "b.txt", "b", 100, "txt", "utf-8", "", "text\n"};
  ExtractedAgreement accord;
  accord.draft = sample("Accord de coopération Québec–Bavière (2019)", "bavaria", "2019");
  accord.relation = "references";
  in.agreements = {accord};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 2);
}

// Session 15: "une nouvelle entente, qui remplace l'entente de 2005".
TEST_CASE("store: a relation a report gives goes with its mission, unless a person made it theirs") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto store_report = [&](const char* path, const char* sha) {
    MissionInput in;
    in.document = {0, path, sha, 100, "txt", "utf-8", "", "text\n"};
    in.mission.start_date = "2019-05-03";
    ExtractedAgreement newer;
    newer.draft = sample("Entente Québec–Bavière : environnement", "bavaria", "2019");
    newer.relation = "produced";
    ExtractedAgreement older;
    older.draft = sample("Entente Québec–Bavière : environnement (2005)", "bavaria", "2005");
    older.relation = "references";
    in.agreements = {newer, older};
    in.relations = {{0, "supersedes", 1, "Une nouvelle entente, qui remplace l'entente de 2005.", 8}};
    s.store_mission(in);
  };
  store_report("a.txt", "a");
  REQUIRE(count(s, "agreement_relations") == 1);
  Agreement newer = s.get_agreement(1);
  REQUIRE(newer.relations.size() == 1);
  CHECK(newer.relations[0].type == "supersedes");
  CHECK(newer.relations[0].to == 2);
  CHECK(newer.relations[0].mission_id == 1);
  CHECK(newer.relations[0].line == 8);
  // Stored again, it is not doubled; its report removed, it goes, and so do
  // the agreements only that report named.
  store_report("a.txt", "b");
  CHECK(count(s, "agreement_relations") == 1);
  s.remove_mission(1);
  CHECK(count(s, "agreement_relations") == 0);
  CHECK(count(s, "agreements") == 0);

  // Entered again by a person, it is theirs, and stays when the report goes.
  store_report("b.txt", "c");
  const Id mission = s.list_missions().front().id;
  const Agreement again = s.get_agreement(s.list_missions().front().links.front().agreement_id);
  REQUIRE(again.relations.size() == 1);
  s.add_relation({"supersedes", again.relations[0].from, again.relations[0].to, "", 0, 0});
  CHECK(s.get_agreement(again.relations[0].from).relations[0].mission_id == 0);
  s.remove_mission(mission);
  CHECK(count(s, "agreement_relations") == 1);
  CHECK(count(s, "agreements") == 2);
}

// Schema 10 built agreement_relations anew, with the mission that gave each
// relation: a relation a person entered before stays, theirs.
TEST_CASE("store: a registry of schema 9 keeps its relations, as a person's") {
  test::TempDir dir;
  Id older = 0, newer = 0;
  {
    Store s(dir.str(), Access::Write);
    older = s.create_agreement(sample("Entente Québec–Bavière (2005)", "bavaria", "2005"));
    newer = s.create_agreement(sample("Entente Québec–Bavière (2019)", "bavaria", "2019"));
    // The table as schema 9 had it, triggers and all.
    s.db().exec("DROP TABLE agreement_relations");
    s.db().exec("PRAGMA legacy_alter_table = ON");
    s.db().exec(
        "CREATE TABLE agreement_relations(from_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE "
        "CASCADE, type TEXT NOT NULL, to_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE, "
        "evidence TEXT NOT NULL DEFAULT '', PRIMARY KEY(from_id, type, to_id))");
    s.db().exec("PRAGMA legacy_alter_table = OFF");
    s.db().exec(("INSERT INTO agreement_relations VALUES(" + std::to_string(newer) + ", 'supersedes', " +
                 std::to_string(older) + ", 'by hand')")
                    .c_str());
    s.db().exec("PRAGMA user_version = 9");
  }
  Store s(dir.str(), Access::Write);
  CHECK(schema_version(s.db()) == current_schema_version());
  auto a = s.get_agreement(newer);
  REQUIRE(a.relations.size() == 1);
  CHECK(a.relations[0].to == older);
  CHECK(a.relations[0].evidence == "by hand");
  CHECK(a.relations[0].mission_id == 0);
  // The triggers of other tables that name it still run.
  Agreement edited = s.get_agreement(older);
  edited.signed_date = "2006";
  s.update_agreement(edited);
  CHECK(s.get_agreement(older).signed_date == "2006");
}

// Trial 18: "le Programme de travail 2025-2027 de l'Entente de coopération
// Québec–Shandong" named without its year the 2019 agreement, and became a
// second record beside it.
TEST_CASE("store: an agreement named without its year is the partner's one of the same name") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  s.create_agreement(sample("Entente Québec–Shandong", "shandong", "2008"));
  Id named = s.create_agreement(sample("Entente de coopération Québec–Shandong", "shandong", "2019"));
  MissionInput in;
  in.document = {0, "a.txt", "a", 100, "txt", "utf-8", "", "text\n"};
  in.mission.start_date = "2024-10-14";
  ExtractedAgreement undated;
  undated.draft = sample("Entente de coopération Québec–Shandong", "shandong", "");
  undated.relation = "references";
  in.agreements = {undated};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 2);
  CHECK(s.list_missions().front().links.front().agreement_id == named);
  // Two of that name: which one is not known, so a record of its own.
  s.create_agreement(sample("Entente de coopération Québec–Shandong (2021)", "shandong", "2021"));
  in.document = {0, "b.txt", "b", 100, "txt", "utf-8", "", "text\n"};
  CHECK(s.store_mission(in) == StoreOutcome::Added);
  CHECK(count(s, "agreements") == 4);
}

// Trial 20: "le suivi des ententes avec le Vermont et le Maine" made an
// "Entente Québec–Maine" beside the Maine MOU the same report renewed.
TEST_CASE("store: a plain agreement named without year or name is the partner's only MOU") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Agreement mou = sample("Protocole d'entente Québec–Maine : sécurité (2017)", "maine", "2017");
  mou.kind = "mou";
  Id held = s.create_agreement(mou);
  MissionInput in;
  in.document = {0, "a.txt", "a", 100, "txt", "utf-8", "", "text\n"};
  in.mission.start_date = "2022-09-12";
  ExtractedAgreement plain;
  plain.draft = sample("Entente Québec–Maine", "maine", "");
  plain.relation = "references";
  in.agreements = {plain};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 1);
  CHECK(s.list_missions().front().links.front().agreement_id == held);
  // A cooperation agreement is of its own sort.
  in.document = {0, "b.txt", "b", 100, "txt", "utf-8", "", "text\n"};
  plain.draft = sample("Entente de coopération Québec–Maine", "maine", "");
  in.agreements = {plain};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 2);
}

// Session 17 review: the province's agreement is no match for one named with
// a single city, and a plain agreement is no MOU when the partner has plain
// agreements of its own.
TEST_CASE("store: looser matches only where they cannot pick the wrong one") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  s.create_agreement(sample("Entente Québec–Shandong (2008)", "shandong", "2008"));
  Agreement mou = sample("Protocole d'entente Québec–Bavière : énergie", "bavaria", "2019");
  mou.kind = "mou";
  Id hydrogen = s.create_agreement(mou);
  s.create_agreement(sample("Entente Québec–Bavière (2008)", "bavaria", "2008"));
  s.create_agreement(sample("Entente Québec–Bavière (2014)", "bavaria", "2014"));
  MissionInput in;
  in.document = {0, "a.txt", "a", 100, "txt", "utf-8", "", "text\n"};
  in.mission.start_date = "2019-05-12";
  ExtractedAgreement qingdao;
  qingdao.draft = sample("Entente Québec–Qingdao (2008)", "qingdao", "2008");
  qingdao.relation = "references";
  qingdao.evidence =
      "l'entente de 2008 entre le Québec et la ville de Qingdao en matière de sciences de la mer";
  ExtractedAgreement plain;
  plain.draft = sample("Entente Québec–Bavière", "bavaria", "");
  plain.relation = "references";
  in.agreements = {qingdao, plain};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 6);
  // (The list is held: a range over a member of a temporary outlives it.)
  const auto missions = s.list_missions();
  for (const auto& l : missions.front().links)
    CHECK(l.agreement_id != hydrogen);
  // A city named as where the agreement's work goes on: the province's.
  in.document = {0, "b.txt", "b", 100, "txt", "utf-8", "", "text\n"};
  ExtractedAgreement jinan;
  jinan.draft = sample("Entente Québec–Jinan (2008)", "jinan", "2008");
  jinan.relation = "references";
  jinan.evidence = "Sous l'entente de 2008, deux projets sont en cours à Jinan.";
  in.agreements = {jinan};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 6);
  // Trial 24: another city's government named in the sentence ("la
  // municipalité de Qingdao") says nothing of Jinan's.
  in.document = {0, "c.txt", "c", 100, "txt", "utf-8", "", "text\n"};
  jinan.evidence =
      "Elles reposent sur l'entente signée à Jinan en 2008, ainsi que sur le protocole conclu la même "
      "année avec la municipalité de Qingdao.";
  in.agreements = {jinan};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 6);
}

// Trial 21: the same across reports, the MOU stored first.
TEST_CASE("store: a dated plain agreement is the partner's MOU of that year and domain") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Agreement mou = sample("Protocole d'entente Québec–Nuevo León : éducation (2011)", "nuevo-leon", "2011");
  mou.kind = "mou";
  mou.domains = {"education"};
  Id held = s.create_agreement(mou);
  MissionInput in;
  in.document = {0, "a.txt", "a", 100, "txt", "utf-8", "", "text\n"};
  in.mission.start_date = "2016-04-10";
  ExtractedAgreement plain;
  plain.draft = sample("Entente Québec–Nuevo León : éducation (2011)", "nuevo-leon", "2011");
  plain.draft.domains = {"education"};
  plain.relation = "references";
  in.agreements = {plain};
  s.store_mission(in);
  CHECK(count(s, "agreements") == 1);
  CHECK(s.list_missions().front().links.front().agreement_id == held);
}

// Trial 30: the same ten reports loaded newest first gave another registry:
// a 2019 report's "l'Entente de coopération Québec–Jalisco" (no year) was
// the agreement signed in 2025, loaded before it, and an agreement first
// named "the 2006 agreement" kept the year alone when its signing report came.
TEST_CASE("store: a report names no agreement signed after its mission, and its signing gives the day") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto store = [&](const char* path, const char* start, ExtractedAgreement ex) {
    return test::link_of_stored(s, path, start, std::move(ex));
  };
  const Id newer = store("2025.txt", "2025-05-14",
                         test::mention("agreement", "Entente de coopération Québec–Jalisco", {"jalisco"},
                                       "2025-05-14", "produced", "La nouvelle entente a été signée.", 10));
  const Id named_before =
      store("2019.txt", "2019-10-21",
            test::mention("agreement", "Entente de coopération Québec–Jalisco", {"jalisco"}, "", "references",
                          "Dans le cadre de l'entente de coopération...", 12));
  CHECK(named_before != newer);
  // Loaded after, a report of 2030 finds the 2025 one.
  const Id later = store("2030.txt", "2030-01-10",
                         test::mention("agreement", "Entente Québec–Jalisco", {"jalisco"}, "2025",
                                       "references", "L'entente de 2025 demeure en vigueur.", 8));
  CHECK(later == newer);

  // "The 2006 agreement" first, then the report of its signing: its day.
  const Id by_year = store("2018.txt", "2018-04-10",
                           test::mention("agreement", "Entente Québec–Bavière (2006)", {"bavaria"}, "2006",
                                         "references", "The 2006 agreement remains the framework.", 5));
  const Id signed_one =
      store("2006.txt", "2006-05-14",
            test::mention("agreement", "Entente de coopération Québec–Bavière", {"bavaria"}, "2006-05-16",
                          "produced", "L'entente a été signée le 16 mai.", 20));
  CHECK(signed_one == by_year);
  CHECK(s.get_agreement(by_year).signed_date == "2006-05-16");
  // A date a person set stays.
  Agreement edited = s.get_agreement(by_year);
  edited.signed_date = "2006-05";
  s.update_agreement(edited);
  store("2006b.txt", "2006-05-14",
        test::mention("agreement", "Entente de coopération Québec–Bavière", {"bavaria"}, "2006-05-16",
                      "produced", "L'entente a été signée le 16 mai.", 20));
  CHECK(s.get_agreement(by_year).signed_date == "2006-05");
}

// Review of session 23: an agreement named by a year to come before its
// signing is the one signed after; an imported year stays.
TEST_CASE("store: a year to come still names the agreement, and a date an import set stays") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto store = [&](const char* path, const char* start, ExtractedAgreement ex) {
    return test::link_of_stored(s, path, start, std::move(ex));
  };
  const Id signed_in_june =
      store("june.txt", "2020-06-15",
            test::mention("agreement", "Entente Québec–Bavière : énergie", {"bavaria"}, "2020-06-15",
                          "produced", "Le premier ministre a signé l'entente.", 5));
  const Id announced =
      store("march.txt", "2020-03-02",
            test::mention("agreement", "Entente Québec–Bavière (2020)", {"bavaria"}, "2020", "references",
                          "The 2020 agreement, which the premiers will sign in June.", 7));
  CHECK(announced == signed_in_june);

  Agreement imported = test::by_hand("agreement", "Entente Québec–Shandong : science", {"shandong"}, "2006");
  imported.origin = "import";
  const Id curated = s.create_agreement(imported);
  store("2006.txt", "2006-09-25",
        test::mention("agreement", "Entente Québec–Shandong : science", {"shandong"}, "2006-09-27",
                      "produced", "Le ministre a signé une entente.", 9));
  CHECK(s.get_agreement(curated).signed_date == "2006");
}

// Session 24: a person corrected an agreement's partner, then removed the
// link a report made to it; once the report changed, its draft no longer
// matched the corrected record and came back as a new one, linked.
TEST_CASE("store: a link removed from a corrected agreement stays removed, for that relation only") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto in = test::mission_input("r.txt", "Mission en Bavière", "2019-05-14", "2019-05-16", {}, {});
  in.agreements = {test::mention("agreement", "Entente Québec–Bavière (2019)", {"bavaria"}, "2019",
                                 "produced", "L'entente a été signée.", 10),
                   test::mention("agreement", "Entente Québec–Bavière (2019)", {"bavaria"}, "2019",
                                 "plans_update", "Elle sera mise à jour en 2021.", 20)};
  REQUIRE(s.store_mission(in) == StoreOutcome::Added);
  const Id mission = s.list_missions().at(0).id;
  auto links = s.get_mission(mission).links;
  REQUIRE(links.size() == 2);
  const Id agreement = links[0].agreement_id;
  Agreement corrected = s.get_agreement(agreement);
  corrected.partners = {"munich"};
  s.update_agreement(corrected);
  for (const auto& l : links) {
    if (l.relation == "plans_update") s.remove_link(l.id);
  }

  in.document.sha256 = "changed";
  REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
  links = s.get_mission(mission).links;
  REQUIRE(links.size() == 1);
  CHECK(links[0].agreement_id == agreement);
  CHECK(links[0].relation == "produced");
  CHECK(count(s, "agreements") == 1);

  // Its last link removed too, no link of the report names it any more.
  s.remove_link(links[0].id);
  in.document.sha256 = "changed again";
  REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
  CHECK(s.get_mission(mission).links.empty());
  CHECK(count(s, "agreements") == 1);
}

// An agreement deleted from a registry made before mentions were kept
// (schema 11): what its report called it is taken to be its present name.
TEST_CASE("store: an agreement deleted after the schema 12 step stays deleted when its report changes") {
  test::TempDir dir;
  auto in = test::mission_input("r.txt", "Mission en Bavière", "2019-05-14", "2019-05-16", {}, {});
  in.agreements = {test::mention("agreement", "Entente Québec–Bavière (2019)", {"bavaria"}, "2019",
                                 "produced", "L'entente a été signée.", 10),
                   test::mention("mou", "Protocole d'entente Québec–Bavière : santé", {"bavaria"}, "2019",
                                 "produced", "L'entente a été signée.", 10)};
  Id agreement = 0;
  {
    Store s(dir.str(), Access::Write);
    REQUIRE(s.store_mission(in) == StoreOutcome::Added);
    agreement = s.get_mission(s.list_missions().at(0).id).links.at(0).agreement_id;
    s.db().exec("DROP TABLE link_mentions; DROP TABLE rejected_mentions; PRAGMA user_version = 11");
  }
  Store s(dir.str(), Access::Write);
  REQUIRE(schema_version(s.db()) == current_schema_version());
  REQUIRE(count(s, "link_mentions") == 0);
  s.delete_agreement(agreement);
  in.document.sha256 = "changed";
  REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
  // The other agreement of the same sentence keeps its link.
  auto links = s.get_mission(s.list_missions().at(0).id).links;
  REQUIRE(links.size() == 1);
  CHECK(s.get_agreement(links[0].agreement_id).kind == "mou");
  CHECK(count(s, "agreements") == 1);
  CHECK(count(s, "link_mentions") == 1);
}

// Trial 31: a report's signing day corrected in the file (18 → 19
// November) left the agreement's date at the 18th beside an event of the 19th.
TEST_CASE("store: a signing day the changed report corrects replaces the one it gave before") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto in = test::mission_input("inde.txt", "Mission en Inde", "2025-11-17", "2025-11-21", {}, {});
  auto signing = test::mention("mou", "Protocole d'entente Québec–Maharashtra", {"maharashtra"}, "2025-11-18",
                               "produced", "On November 18, 2025, the MOU was signed.", 12);
  in.agreements = {signing};
  REQUIRE(s.store_mission(in) == StoreOutcome::Added);
  const Id id = s.get_mission(s.list_missions().at(0).id).links.at(0).agreement_id;
  CHECK(s.get_agreement(id).signed_date == "2025-11-18");
  in.agreements[0].draft.signed_date = "2025-11-19";
  in.agreements[0].evidence = "On November 19, 2025, the MOU was signed.";
  in.document.sha256 = "changed";
  REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
  CHECK(s.get_mission(s.list_missions().at(0).id).links.at(0).agreement_id == id);
  CHECK(s.get_agreement(id).signed_date == "2025-11-19");

  // A day another report still gives stays.
  auto other = test::mission_input("autre.txt", "Autre mission", "2025-11-17", "2025-11-21", {}, {});
  other.agreements = {signing};
  other.agreements[0].draft.signed_date = "2025-11-19";
  REQUIRE(s.store_mission(other) == StoreOutcome::Added);
  in.agreements[0].draft.signed_date = "2025-11-20";
  in.document.sha256 = "changed again";
  REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
  CHECK(s.get_agreement(id).signed_date == "2025-11-19");
}

// Review 32: a deleted agreement came back once the report's dates were
// corrected, its mention having kept the signing day the mission's first
// day gave it.
TEST_CASE("store: a deletion holds when the report's dates change") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  auto in = test::mission_input("r.txt", "Mission en Bavière", "2023-05-14", "2023-05-18", {}, {});
  in.agreements = {test::mention("agreement", "Entente Québec–Bavière : intelligence artificielle",
                                 {"bavaria"}, "2023-05-14", "produced", "Une entente a été signée.", 10)};
  REQUIRE(s.store_mission(in) == StoreOutcome::Added);
  s.delete_agreement(s.get_mission(s.list_missions().at(0).id).links.at(0).agreement_id);
  in.mission.start_date = "2023-05-15";
  in.agreements[0].draft.signed_date = "2023-05-15";
  in.document.sha256 = "dates corrected";
  REQUIRE(s.store_mission(in) == StoreOutcome::Updated);
  CHECK(count(s, "agreements") == 0);
}

TEST_CASE("store: merging a duplicate moves its events and relations, not twice, and never two related records") {
  test::TempDir dir;
  Store s(dir.str(), Access::Write);
  Id kept = s.create_agreement(sample("Entente Québec–Bavière (2010)", "bavaria", "2010"));
  Agreement dup_fields = sample("Entente Québec–Munich (2010)", "munich", "2010");
  dup_fields.ref = "2010-07";
  Id dup = s.create_agreement(dup_fields);
  Id older = s.create_agreement(sample("Entente Québec–Bavière (2004)", "bavaria", "2004"));
  s.add_relation({"renews", dup, older, ""});
  s.add_relation({"amends", kept, dup, ""});
  auto event = [](const char* type, const char* date) {
    AgreementEvent e;
    e.type = type;
    e.date = date;
    e.source_kind = "hand";
    return e;
  };
  s.add_event(kept, event("in_force", "2010-09"));
  s.add_event(dup, event("in_force", "2010-09"));
  s.add_event(dup, event("expired", "2020-09"));

  CHECK_THROWS_AS(s.merge_agreements(kept, kept), ValidationError);
  // Two records one of which amends the other are two agreements (review 34).
  CHECK_THROWS_AS(s.merge_agreements(dup, kept), ValidationError);
  s.remove_relation({"amends", kept, dup, ""});
  auto moved = s.merge_agreements(dup, kept);
  CHECK(moved.events == 1);
  CHECK(moved.relations == 1);
  CHECK_FALSE(s.find_agreement(dup));
  Agreement got = s.get_agreement(kept);
  CHECK(got.ref == "2010-07");
  CHECK(got.edited);
  CHECK(got.partners == std::vector<std::string>{"bavaria"});
  CHECK(got.title == "Entente Québec–Bavière (2010)");
  REQUIRE(got.relations.size() == 1);
  CHECK(got.relations[0].from == kept);
  CHECK(got.relations[0].to == older);
  std::vector<std::string> events;
  for (const auto& e : got.events)
    events.push_back(e.type + " " + e.date);
  std::sort(events.begin(), events.end());
  CHECK(events == std::vector<std::string>{"expired 2020-09", "in_force 2010-09"});
  // The renewal the duplicate recorded on the older agreement is the kept one's.
  const auto older_events = s.get_agreement(older).events;
  REQUIRE(older_events.size() == 1);
  CHECK(older_events[0].source == "agreement:" + std::to_string(kept));
}
