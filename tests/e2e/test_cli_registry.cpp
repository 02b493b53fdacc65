// End-to-end: the registry and its curation verbs (issue 2).
#include "e2e.hpp"

#include <sqlite3.h>
#include <xapian.h>

using namespace entente::e2e;
using entente::test::read_file;
using entente::test::source_path;
using entente::test::write_file;

namespace {

json agreement_by_id(const json& list, long long id) {
  for (const auto& a : list["agreements"]) {
    if (a["id"] == id) return a;
  }
  return nullptr;
}

Strings ids(const json& list) {
  Strings out;
  for (const auto& a : list["agreements"])
    out.push_back(std::to_string(a["id"].get<long long>()));
  return out;
}

} // namespace

TEST_CASE("agreements add, edit, event and list as JSON, key by key", "[e2e][registry]") {
  Registry reg;
  auto added = reg.json_of({"agreements", "add", "--title", "Entente Québec–Bavière", "--partner", "Bavière",
                            "--domain", "santé", "--signed", "2009-05-12", "--ref", "2009-07", "--json"});
  CHECK(added["id"] == 1);
  CHECK(added["title"] == "Entente Québec–Bavière");
  CHECK(added["partners"] == Strings{"bavaria"}); // the French name resolves to the slug
  CHECK(added["domains"] == Strings{"health"});   // so does the French label
  CHECK(added["ref"] == "2009-07");
  CHECK(added["kind"] == "agreement");

  auto ev = reg.run({"agreements", "event", "2009-07", "in_force", "--date", "2009-06-01", "--evidence",
                     "Entrée en vigueur le 1er juin 2009."});
  INFO(ev.err);
  REQUIRE(ev.exit_code == 0);

  auto edited = reg.json_of({"agreements", "edit", "1", "--title", "Entente de coopération Québec–Bavière",
                             "--kind", "mou", "--notes", "corrigée à la main", "--json"});
  CHECK(edited["title"] == "Entente de coopération Québec–Bavière");
  CHECK(edited["kind"] == "mou");
  CHECK(edited["partners"] == Strings{"bavaria"}); // untouched fields stay

  auto list = reg.json_of({"agreements", "--json"});
  REQUIRE(list["agreements"].size() == 1);
  const auto& a = list["agreements"][0];
  require_keys(a, {"id", "ref", "kind", "title", "partners", "domains", "signed", "status", "events"});
  CHECK(a["id"] == 1);
  CHECK(a["ref"] == "2009-07");
  CHECK(a["kind"] == "mou");
  CHECK(a["signed"] == "2009-05-12");
  CHECK(a["status"] == "in_force");
  CHECK(a["notes"] == "corrigée à la main");
  REQUIRE(a["events"].size() == 1);
  CHECK(a["events"][0]["type"] == "in_force");
  CHECK(a["events"][0]["date"] == "2009-06-01");
  CHECK(a["events"][0]["evidence"] == "Entrée en vigueur le 1er juin 2009.");
  CHECK(a["events"][0]["source_kind"] == "hand");

  // The table on a pipe names the record too.
  auto table = reg.run({"agreements"});
  CHECK(table.exit_code == 0);
  CHECK(contains(table.out, "Entente de coopération Québec–Bavière"));
  CHECK(contains(table.out, "1 of 1 agreement(s)"));
}

TEST_CASE("agreements: status derived at --as-of, and the list filters", "[e2e][registry]") {
  Registry reg;
  REQUIRE(reg.run({"agreements", "add", "--title", "Accord Bavière santé", "--partner", "bavaria", "--domain",
                   "health", "--signed", "2009-05-12"})
              .exit_code == 0);
  REQUIRE(reg.run({"agreements", "add", "--title", "Accord Shandong culture", "--partner", "shandong",
                   "--domain", "culture", "--signed", "2015", "--kind", "mou"})
              .exit_code == 0);
  REQUIRE(reg.run({"agreements", "add", "--title", "Accord Qingdao", "--partner", "Qingdao", "--signed",
                   "2019-03"})
              .exit_code == 0);
  REQUIRE(reg.run({"agreements", "event", "1", "in_force", "--date", "2009-06-01"}).exit_code == 0);
  REQUIRE(reg.run({"agreements", "event", "1", "expired", "--date", "2019-06-01"}).exit_code == 0);

  auto at = [&](const std::string& date) {
    auto j = reg.json_of({"agreements", "--as-of", date, "--json"});
    return agreement_by_id(j, 1);
  };
  CHECK(at("2009-05-20")["status"] == "signed");
  CHECK(at("2010")["status"] == "in_force");
  CHECK(at("2019-05-31")["status"] == "in_force");
  CHECK(at("2019-06-01")["status"] == "expired");
  CHECK(at("2008").is_null()); // not yet signed on that day: left out

  // --as-of leaves out later signings.
  CHECK(ids(reg.json_of({"agreements", "--as-of", "2016", "--json"})) == Strings{"1", "2"});
  // --partner covers everything inside the partner: Qingdao is in Shandong, in China.
  CHECK(ids(reg.json_of({"agreements", "--partner", "shandong", "--json"})) == Strings{"2", "3"});
  CHECK(ids(reg.json_of({"agreements", "--partner", "Chine", "--json"})) == Strings{"2", "3"});
  CHECK(ids(reg.json_of({"agreements", "--partner", "germany", "--json"})) == Strings{"1"});
  CHECK(ids(reg.json_of({"agreements", "--year", "2015", "--json"})) == Strings{"2"});
  CHECK(ids(reg.json_of({"agreements", "--year", "2015..", "--json"})) == Strings{"2", "3"});
  CHECK(ids(reg.json_of({"agreements", "--year", "..2015", "--json"})) == Strings{"1", "2"});
  CHECK(ids(reg.json_of({"agreements", "--domain", "culture", "--json"})) == Strings{"2"});
  CHECK(ids(reg.json_of({"agreements", "--status", "expired", "--as-of", "2024-06-30", "--json"})) ==
        Strings{"1"});
  CHECK(ids(reg.json_of({"agreements", "--status", "in_force", "--as-of", "2012", "--json"})) ==
        Strings{"1"});
  CHECK(ids(reg.json_of({"agreements", "--kind", "mou", "--json"})) == Strings{"2"});
  CHECK(ids(reg.json_of({"agreements", "--partner", "shandong", "--year", "2019", "--json"})) ==
        Strings{"3"});
  // --limit and --offset page the list; total counts all matches.
  auto page = reg.json_of({"agreements", "--limit", "1", "--offset", "1", "--json"});
  CHECK(ids(page) == Strings{"2"});
  CHECK(page["total"] == 3);

  // An unknown partner or domain is a failure with a suggestion, not an empty list.
  auto bad = reg.run({"agreements", "--partner", "Shandongg"});
  CHECK(bad.exit_code == 1);
  CHECK(contains(bad.err, "unknown partner"));
  CHECK(contains(bad.err, "shandong"));
  CHECK(reg.run({"agreements", "--domain", "nosuchdomain"}).exit_code == 1);
}

TEST_CASE("relations navigable both ways, renew and supersede shortcuts, show agreement", "[e2e][registry]") {
  Registry reg;
  for (const char* t : {"Entente Québec–Shanghai 2011", "Plan de travail Québec–Shanghai 2013",
                        "Entente Québec–Shanghai 2021", "Entente Québec–Shanghai 2024"}) {
    REQUIRE(reg.run({"agreements", "add", "--title", t, "--partner", "shanghai"}).exit_code == 0);
  }
  REQUIRE(reg.run({"agreements", "edit", "1", "--signed", "2011-09-02"}).exit_code == 0);
  REQUIRE(reg.run({"agreements", "edit", "3", "--signed", "2021-05-01"}).exit_code == 0);
  REQUIRE(reg.run({"agreements", "edit", "4", "--signed", "2024-01-10"}).exit_code == 0);
  auto rel =
      reg.json_of({"agreements", "relate", "2", "implements", "1", "--evidence", "met en œuvre", "--json"});
  CHECK(rel["from"] == 2);
  CHECK(rel["type"] == "implements");
  CHECK(rel["to"] == 1);
  REQUIRE(reg.run({"agreements", "renew", "1", "--by", "3", "--evidence", "renouvelée en 2021"}).exit_code ==
          0);
  REQUIRE(reg.run({"agreements", "supersede", "3", "--by", "4"}).exit_code == 0);

  auto one = reg.json_of({"show", "agreement", "1", "--json"});
  std::set<std::string> seen;
  for (const auto& r : one["relations"]) {
    seen.insert(std::to_string(r["from"].get<long long>()) + " " + r["type"].get<std::string>() + " " +
                std::to_string(r["to"].get<long long>()));
  }
  CHECK(seen == std::set<std::string>{"2 implements 1", "3 renews 1"});
  // The other end sees the same relation.
  auto three = reg.json_of({"show", "agreement", "3", "--json"});
  seen.clear();
  for (const auto& r : three["relations"]) {
    seen.insert(std::to_string(r["from"].get<long long>()) + " " + r["type"].get<std::string>() + " " +
                std::to_string(r["to"].get<long long>()));
  }
  CHECK(seen == std::set<std::string>{"3 renews 1", "4 supersedes 3"});
  CHECK(reg.json_of({"show", "agreement", "3", "--as-of", "2024-06-30", "--json"})["status"] == "superseded");
  CHECK(reg.json_of({"show", "agreement", "3", "--as-of", "2022", "--json"})["status"] != "superseded");
  // The renewal is an event of the renewed agreement, dated by the renewing one.
  bool renewed = false;
  for (const auto& e : one["events"])
    renewed |= e["type"] == "renewed" && e["date"] == "2021-05-01";
  CHECK(renewed);
  CHECK(one["source"].is_null());

  // The terminal form names both directions.
  auto text = reg.run({"show", "agreement", "1"});
  CHECK(contains(text.out, "renewed by agreement 3"));
  CHECK(contains(text.out, "implemented by agreement 2"));

  // Removing a relation.
  REQUIRE(reg.run({"agreements", "relate", "2", "implements", "1", "--remove"}).exit_code == 0);
  CHECK(reg.json_of({"show", "agreement", "2", "--json"})["relations"].empty());

  // Delete, then the id is gone.
  REQUIRE(reg.run({"agreements", "delete", "2"}).exit_code == 0);
  auto gone = reg.run({"show", "agreement", "2"});
  CHECK(gone.exit_code == 1);
  CHECK(!gone.err.empty());

  // Trial 29: "show 23" said only that 23 is no kind.
  auto bare = reg.run({"show", "3"});
  CHECK(bare.exit_code != 0);
  CHECK(contains(bare.err, "entente show agreement 3"));
}

TEST_CASE("missions link and unlink by hand, shown on both records", "[e2e][registry]") {
  Registry reg;
  REQUIRE(reg.run({"ingest", example_report()}).exit_code == 0);
  auto hand = reg.json_of({"agreements", "add", "--title", "Entente Québec–Jinan", "--partner", "Jinan",
                           "--signed", "2016", "--json"});
  long long hid = hand["id"];
  auto linked = reg.json_of({"missions", "link", "1", std::to_string(hid), "--relation", "references",
                             "--evidence", "Jinan a été visitée.", "--line", "9", "--json"});
  CHECK(linked["mission_id"] == 1);
  CHECK(linked["agreement_id"] == hid);
  CHECK(linked["relation"] == "references");
  long long link_id = linked["link_id"];

  auto m = reg.json_of({"show", "mission", "1", "--json"});
  bool found = false;
  for (const auto& a : m["agreements"]) {
    if (a["id"] == hid) {
      found = true;
      CHECK(a["relation"] == "references");
      CHECK(a["evidence"] == "Jinan a été visitée.");
      CHECK(a["line"] == 9);
    }
  }
  CHECK(found);
  auto shown = reg.json_of({"show", "agreement", std::to_string(hid), "--json"});
  REQUIRE(shown["missions"].size() == 1);
  CHECK(shown["missions"][0]["mission_id"] == 1);
  CHECK(shown["missions"][0]["source"] == example_report());
  // Linked to a report: that report is now its source.
  CHECK(shown["source"] == example_report());
  // The mission list on a partner finds it.
  CHECK(reg.json_of({"missions", "--partner", "jinan", "--json"})["total"] == 1);
  CHECK(reg.json_of({"missions", "--partner", "bavaria", "--json"})["total"] == 0);
  CHECK(reg.json_of({"missions", "--year", "2017", "--json"})["total"] == 1);
  CHECK(reg.json_of({"missions", "--year", "2018..", "--json"})["total"] == 0);
  CHECK(reg.json_of({"missions", "--domain", "health", "--json"})["total"] == 1);

  REQUIRE(reg.run({"missions", "unlink", std::to_string(link_id)}).exit_code == 0);
  m = reg.json_of({"show", "mission", "1", "--json"});
  for (const auto& a : m["agreements"])
    CHECK(a["id"] != hid);
  CHECK(reg.run({"missions", "unlink", std::to_string(link_id)}).exit_code == 1); // already gone
  CHECK(reg.run({"missions", "link", "99", "1", "--relation", "references"}).exit_code == 1);
  CHECK(reg.run({"missions", "link", "1", "1", "--relation", "likes"}).exit_code == 2);
}

// A report ingested by mistake (the wrong file, a draft) could not be taken
// out again: its mission, its links and the agreements only it named stayed.
TEST_CASE("missions remove takes a report out with what only it named", "[e2e][registry]") {
  Registry reg;
  load_reports(reg);
  const auto paris = report("2018-04_paris_english.txt");
  const long long id = mission_of(reg, paris);
  const auto before = reg.json_of({"agreements", "--json"})["total"].get<long long>();
  // An agreement it shares with another report stays, one only it named goes.
  std::set<long long> its_agreements;
  auto shown = reg.json_of({"show", "mission", std::to_string(id), "--json"});
  for (const auto& a : shown["agreements"])
    its_agreements.insert(a["id"].get<long long>());
  REQUIRE(its_agreements.size() >= 2);
  // A link a person removed keeps its agreement, after the mission too.
  const auto unlinked = shown["agreements"][0];
  REQUIRE(reg.run({"missions", "unlink", std::to_string(unlinked["link_id"].get<long long>())}).exit_code ==
          0);

  auto removed = reg.json_of({"missions", "remove", std::to_string(id), "--json"});
  CHECK(removed["mission_id"] == id);
  CHECK(removed["source"] == paris);
  const auto gone = removed["agreements_removed"].get<long long>();
  CHECK(gone >= 1);
  CHECK(reg.json_of({"agreements", "--json"})["total"].get<long long>() == before - gone);
  CHECK(reg.run({"show", "mission", std::to_string(id)}).exit_code == 1);
  CHECK(reg.run({"show", "agreement", std::to_string(unlinked["id"].get<long long>())}).exit_code == 0);
  CHECK(reg.json_of({"missions", "--json"})["total"] == 11);
  // Nothing of it is found any more, and the registry is whole.
  auto hits = reg.json_of({"search", "--json", "kind:mission", "lyon"});
  for (const auto& h : hits["hits"])
    CHECK(h["source"] != paris);
  auto check = reg.run({"check"});
  INFO(check.out << check.err);
  CHECK(check.exit_code == 0);
  // Ingesting the file again brings it back; a missing mission is an error.
  CHECK(reg.run({"missions", "remove", std::to_string(id)}).exit_code == 1);
  auto again = reg.run({"ingest", paris});
  CHECK(contains(again.out, "1 added"));
}

TEST_CASE("partners show, add and alias", "[e2e][registry]") {
  Registry reg;
  auto q = reg.json_of({"partners", "show", "Qingdao", "--json"});
  require_keys(q, {"slug", "name", "name_fr", "kind", "parents", "aliases"});
  CHECK(q["slug"] == "qingdao");
  CHECK(q["parents"] == Strings{"shandong", "china"});
  auto s = reg.json_of({"partners", "show", "province du Shandong", "--json"});
  CHECK(s["slug"] == "shandong");
  CHECK(s["parents"] == Strings{"china"});
  CHECK(reg.json_of({"partners", "show", "Bavière", "--json"})["slug"] == "bavaria");
  CHECK(reg.json_of({"partners", "show", "Pékin", "--json"})["slug"] == "beijing");
  CHECK(reg.json_of({"partners", "show", "Baden-Württemberg", "--json"})["slug"] == "baden-wurttemberg");
  auto unknown = reg.run({"partners", "show", "Shandongg"});
  CHECK(unknown.exit_code == 1);
  CHECK(contains(unknown.err, "shandong"));

  auto added = reg.json_of({"partners", "add", "--name", "Shandong University", "--parent", "Jinan",
                            "--alias", "Université du Shandong", "--json"});
  CHECK(added["slug"] == "shandong-university");
  CHECK(added["parents"] == Strings{"jinan", "shandong", "china"});
  REQUIRE(reg.run({"partners", "alias", "shandong-university", "SDU"}).exit_code == 0);
  auto by_alias = reg.json_of({"partners", "show", "SDU", "--json"});
  CHECK(by_alias["slug"] == "shandong-university");
  CHECK(has(by_alias["aliases"], "SDU"));
  // A user partner is usable at once, and inside its parents.
  REQUIRE(reg.run({"agreements", "add", "--title", "Accord SDU", "--partner", "Université du Shandong"})
              .exit_code == 0);
  CHECK(reg.json_of({"agreements", "--partner", "shandong", "--json"})["total"] == 1);
}

TEST_CASE("export then import into an empty registry gives the same registry", "[e2e][registry]") {
  Registry a;
  REQUIRE(a.run({"import", source_path("data/agreements.csv")}).exit_code == 0);
  REQUIRE(a.run({"agreements", "add",        "--title",   "Accord, avec \"guillemets\"; et point-virgule",
                 "--partner",  "bavaria",    "--partner", "baden-wurttemberg",
                 "--domain",   "health",     "--domain",  "culture",
                 "--signed",   "2012-03",    "--ref",     "2012-04",
                 "--expires",  "2022-03-01", "--notes",   "ligne 1\nligne 2"})
              .exit_code == 0);
  REQUIRE(a.run({"agreements", "renew", "2", "--by", "9", "--evidence", "renouvelée"}).exit_code == 0);
  REQUIRE(a.run({"agreements", "event", "9", "terminated", "--date", "2023-01-01", "--source-kind",
                 "registry", "--source", "registre 2023"})
              .exit_code == 0);

  for (std::string format : {"json", "csv"}) {
    DYNAMIC_SECTION("format " << format) {
      auto file = (a.dir() / ("out." + format)).string();
      auto exp = a.run({"export", "--format", format, "-o", file});
      INFO(exp.err);
      REQUIRE(exp.exit_code == 0);
      Registry b;
      auto imp = b.run({"import", file});
      INFO(imp.err);
      REQUIRE(imp.exit_code == 0);
      CHECK(contains(imp.out, "9 added"));
      auto again = b.run({"export", "--format", format});
      REQUIRE(again.exit_code == 0);
      CHECK(again.out == read_file(file));
      // The lists agree too, status and events included.
      CHECK(b.json_of({"agreements", "--json"}) == a.json_of({"agreements", "--json"}));
    }
  }
}

TEST_CASE("export then import of an ingested registry keeps every agreement", "[e2e][registry]") {
  Registry a;
  load_reports(a);
  auto file = (a.dir() / "out.json").string();
  REQUIRE(a.run({"export", "--format", "json", "-o", file}).exit_code == 0);
  Registry b;
  REQUIRE(b.run({"import", file}).exit_code == 0);
  auto la = a.json_of({"agreements", "--json"});
  auto lb = b.json_of({"agreements", "--json"});
  REQUIRE(la["agreements"].size() == lb["agreements"].size());
  for (std::size_t i = 0; i < la["agreements"].size(); ++i) {
    const auto& x = la["agreements"][i];
    const auto& y = lb["agreements"][i];
    for (const char* k : {"id", "ref", "kind", "title", "partners", "domains", "signed", "status"}) {
      INFO(x["title"] << " " << k);
      CHECK(x[k] == y[k]);
    }
    CHECK(x["events"].size() == y["events"].size());
  }
}

TEST_CASE("import: bad rows reported by line, good rows in, unknown columns reported", "[e2e][registry]") {
  Registry reg;
  auto csv = reg.dir() / "bad.csv";
  write_file(csv, "title,kind,partners,signed,colour\n"
                  "Good one,agreement,Bavaria,2009,red\n"
                  "Bad partner,agreement,Atlantis Republic,2010,blue\n"
                  "Bad date,mou,Shandong,2010-13-45,green\n"
                  "Good two,mou,Shandong;Jinan,2011-05,white\n");
  auto r = reg.run({"import", csv.string()});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.err, "line 3"));
  CHECK(contains(r.err, "Atlantis Republic"));
  CHECK(contains(r.err, "line 4"));
  CHECK(contains(r.err, "2010-13-45"));
  CHECK(contains(r.err, "colour"));
  CHECK(!contains(r.err, "line 2"));
  CHECK(!contains(r.err, "line 5"));
  auto list = reg.json_of({"agreements", "--json"});
  Strings titles;
  for (const auto& a : list["agreements"])
    titles.push_back(a["title"]);
  CHECK(titles == Strings{"Good one", "Good two"});
  CHECK(list["agreements"][1]["partners"] == Strings{"shandong", "jinan"});
  CHECK(list["agreements"][1]["kind"] == "mou");

  // The JSON report says the same; the good rows are now unchanged.
  auto j = reg.run({"import", csv.string(), "--json"});
  CHECK(j.exit_code == 1);
  auto doc = json::parse(j.out);
  CHECK(doc["unknown_columns"] == Strings{"colour"});
  REQUIRE(doc["problems"].size() == 2);
  CHECK(doc["problems"][0]["line"] == 3);
  CHECK(doc["problems"][1]["line"] == 4);
  CHECK(doc["skipped"] == 2);
  CHECK(doc["unchanged"] == 2);
  CHECK(doc["added"] == 0);
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 2);

  // --dry-run checks and stores nothing.
  auto dry = reg.dir() / "dry.csv";
  write_file(dry, "title,partners,signed\nDry accord,Wallonie,2001\n");
  auto d = reg.run({"import", dry.string(), "--dry-run"});
  CHECK(d.exit_code == 0);
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 2);
}

TEST_CASE("import --map loads another layout", "[e2e][registry]") {
  Registry reg;
  auto csv = reg.dir() / "treaties.csv";
  write_file(csv, "Treaty Name,Signature Date,Who,Remarks\n"
                  "Accord Québec–Wallonie,2012-03-04,Wallonie,x\n"
                  "Accord Québec–Catalogne,1996,Catalonia,y\n");
  auto r = reg.run({"import", csv.string(), "--map", "Treaty Name=title,Signature Date=signed,Who=partners"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(contains(r.err, "Remarks")); // still reported as unknown
  auto list = reg.json_of({"agreements", "--json"});
  REQUIRE(list["agreements"].size() == 2);
  CHECK(list["agreements"][0]["title"] == "Accord Québec–Wallonie");
  CHECK(list["agreements"][0]["signed"] == "2012-03-04");
  CHECK(list["agreements"][0]["partners"] == Strings{"wallonia"});
  CHECK(list["agreements"][1]["partners"] == Strings{"catalonia"});

  // A mapping file does the same.
  Registry other;
  auto map = other.dir() / "map.txt";
  write_file(map, "Treaty Name = title\nSignature Date = signed\nWho = partners\n");
  auto r2 = other.run({"import", csv.string(), "--map-file", map.string()});
  CHECK(r2.exit_code == 0);
  CHECK(other.json_of({"agreements", "--json"})["total"] == 2);
  // A malformed mapping is a usage error.
  CHECK(other.run({"import", csv.string(), "--map", "Treaty Name=nonsense"}).exit_code == 2);
}

namespace {

// Runs one SQL statement on the registry's database behind entente's back,
// as a person with the sqlite3 shell would; returns its first value as text.
std::string edit_registry(const Registry& reg, const char* sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open((reg.dir() / "registry" / "registry.db").c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK);
  std::string first;
  const int rc = sqlite3_step(st);
  if (rc == SQLITE_ROW && sqlite3_column_text(st, 0))
    first = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
  sqlite3_finalize(st);
  sqlite3_close(db);
  REQUIRE((rc == SQLITE_ROW || rc == SQLITE_DONE));
  return first;
}

} // namespace

TEST_CASE("check and reindex", "[e2e][registry]") {
  Registry reg;
  load_reports(reg);
  auto c = reg.json_of({"check", "--json"});
  CHECK(c["ok"] == true);
  CHECK(c["problems"].empty());
  CHECK(c["missing_from_index"] == 0);
  CHECK(c["extra_in_index"] == 0);
  CHECK(c["records"] == c["indexed"]);
  CHECK(c["audit_facts_out_of_date"] == 0);
  auto n = reg.json_of({"reindex", "--json"});
  CHECK(n["reindexed"] == c["records"]);
  auto after = reg.run({"check"});
  CHECK(after.exit_code == 0);
  CHECK(contains(after.out, "ok:"));
  CHECK(reg.json_of({"search", "--json", "Barrette"})["total"].get<int>() >= 1);

  // Match keys damaged behind entente's back are reported, then recomputed.
  edit_registry(reg, "DELETE FROM agreement_match_keys WHERE agreement_id = "
                     "(SELECT min(agreement_id) FROM agreement_match_keys)");
  auto keys = reg.run({"check", "--json"});
  CHECK(keys.exit_code == 1);
  CHECK(json::parse(keys.out)["match_keys_out_of_date"] == 1);
  CHECK(json::parse(keys.out)["problems"][0]["check"] == "match_keys");
  auto keys_fixed = reg.run({"check", "--fix"});
  CHECK(keys_fixed.exit_code == 0);
  CHECK(contains(keys_fixed.out, "fixed: recomputed the match keys of 1 agreement(s)"));
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);

  // A report text damaged on disk is named; --fix lets the next ingest of
  // its file store it afresh, and then the registry is whole again.
  const std::string damaged_path = edit_registry(reg, "SELECT path FROM documents ORDER BY id LIMIT 1");
  edit_registry(reg, "UPDATE documents SET text = substr(text, 1, length(text) - 7) WHERE id = "
                     "(SELECT min(id) FROM documents)");
  auto texts = reg.run({"check", "--json"});
  CHECK(texts.exit_code == 1);
  CHECK(json::parse(texts.out)["unreadable_texts"] == 1);
  CHECK(json::parse(texts.out)["problems"][0]["check"] == "report_text");
  CHECK(contains(json::parse(texts.out)["problems"][0]["detail"].get<std::string>(), damaged_path));
  auto marked = reg.run({"check", "--fix"});
  CHECK(marked.exit_code == 1);
  CHECK(contains(marked.out, "Ingest the files named above again"));
  auto again = reg.run({"ingest", "-q", damaged_path});
  CHECK(contains(again.out, "0 added, 1 updated, 0 unchanged, 0 failed"));
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);

  // An index that lost its documents is reported, then fixed.
  std::filesystem::remove_all(reg.dir() / "registry" / "index");
  auto broken = reg.run({"check", "--json"});
  CHECK(broken.exit_code == 1);
  CHECK(json::parse(broken.out)["ok"] == false);
  auto fixed = reg.run({"check", "--fix", "--json"});
  CHECK(fixed.exit_code == 0);
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);
}

namespace {
std::uintmax_t bytes_on_disk(const std::filesystem::path& dir) {
  std::uintmax_t total = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file()) total += e.file_size();
  }
  return total;
}
} // namespace

TEST_CASE("compact reports the size it leaves on disk, and keeps every answer", "[e2e][registry]") {
  Registry reg;
  load_reports(reg);
  const auto before_search = reg.json_of({"search", "--json", "protocole"});
  auto c = reg.json_of({"compact", "--json"});
  // VACUUM rewrites the whole file through the WAL; a figure taken before the
  // WAL is folded back counted the registry twice.
  CHECK(c["bytes_after"].get<std::uintmax_t>() == bytes_on_disk(reg.dir() / "registry"));
  CHECK(c["bytes_after"].get<std::uintmax_t>() <= c["bytes_before"].get<std::uintmax_t>());
  // Twelve reports are too few to draw a text dictionary from.
  CHECK(c["texts"] == 12);
  CHECK(c["text_dictionary"] == 0);
  CHECK(c["new_text_dictionary"] == false);
  CHECK(reg.json_of({"search", "--json", "protocole"}) == before_search);
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);
}

TEST_CASE("crash between the SQLite commit and the index: the next command heals", "[e2e][registry]") {
  Registry reg;
  REQUIRE(reg.run({"agreements", "add", "--title", "Zebra accord", "--partner", "bavaria"}).exit_code == 0);
  auto crash = reg.run(
      {"agreements", "add", "--title", "Xylophone entente", "--partner", "bavaria", "--signed", "2011"},
      {"ENTENTE_FAILPOINT=before_index_sync"});
  REQUIRE(crash.exit_code == 86);
  auto c = reg.json_of({"check", "--json"});
  CHECK(c["ok"] == true);
  CHECK(c["pending_healed"] == 1);
  CHECK(c["records"] == 2);
  CHECK(c["indexed"] == 2);
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 2); // SQLite has it
  auto s = reg.json_of({"search", "--json", "xylophone"});
  REQUIRE(s["total"] == 1);
  CHECK(s["hits"][0]["id"] == 2);

  // Same with an ingest, healed by a search (a read verb).
  auto crash2 = reg.run({"ingest", example_report()}, {"ENTENTE_FAILPOINT=before_index_sync"});
  REQUIRE(crash2.exit_code == 86);
  auto s2 = reg.json_of({"search", "--json", "kind:mission", "Barrette"});
  CHECK(s2["total"] == 1);
  // The healing search folds what it wrote into the database: a WAL left
  // behind is read whole by every later command that opens the registry
  // first (SQLite rebuilds its WAL index from it), 100 MB after a large heal.
  const auto wal = reg.dir() / "registry" / "registry.db-wal";
  CHECK((!std::filesystem::exists(wal) || std::filesystem::file_size(wal) == 0));
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);
}

TEST_CASE("an index written with an older layout is rebuilt by the next write, and stamped",
          "[e2e][registry]") {
  Registry reg;
  REQUIRE(reg.run({"agreements", "add", "--title", "Zebra accord", "--partner", "bavaria"}).exit_code == 0);
  const std::string ix = (reg.dir() / "registry" / "index").string();
  const std::string old_layout = "entente-search/0 an older layout";
  {
    Xapian::WritableDatabase w(ix, Xapian::DB_OPEN);
    w.set_metadata("index.schema", old_layout);
    w.commit();
  }
  // A reader answers from it, and says it is outdated.
  auto read = reg.run({"search", "zebra"});
  CHECK(read.exit_code == 0);
  CHECK(read.err.find("built by an older entente") != std::string::npos);
  REQUIRE(reg.run({"agreements", "add", "--title", "Xylophone entente", "--partner", "bavaria"}).exit_code ==
          0);
  CHECK(reg.run({"search", "zebra"}).err.empty());
  {
    // Stamped under the key the index reads, or every later write would rebuild it all again.
    Xapian::Database db(ix);
    auto stamp = db.get_metadata("index.schema");
    CHECK(stamp != old_layout);
    CHECK(stamp.rfind("entente-search/", 0) == 0);
  }
  CHECK(reg.json_of({"search", "--json", "zebra"})["total"] == 1);
  CHECK(reg.json_of({"search", "--json", "xylophone"})["total"] == 1);

  // An ingest too: its index follower writes documents of the current layout,
  // so an index of an older one is rebuilt and stamped before it starts.
  {
    Xapian::WritableDatabase w(ix, Xapian::DB_OPEN);
    w.set_metadata("index.schema", old_layout);
    w.commit();
  }
  REQUIRE(reg.run({"ingest", example_report()}).exit_code == 0);
  {
    Xapian::Database db(ix);
    CHECK(db.get_metadata("index.schema") != old_layout);
    CHECK(db.get_metadata("index.schema").rfind("entente-search/", 0) == 0);
  }
  CHECK(reg.json_of({"search", "--json", "kind:mission", "Barrette"})["total"] == 1);
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);
}

TEST_CASE("a read verb on a missing registry says how to create one", "[e2e][registry]") {
  Registry reg;
  for (const Strings& args : std::vector<Strings>{{"agreements"},
                                                  {"missions", "--json"},
                                                  {"search", "sante"},
                                                  {"commitments", "shandong"},
                                                  {"audit"},
                                                  {"show", "mission", "1"},
                                                  {"export"},
                                                  {"timeline", "shandong"},
                                                  {"check"},
                                                  {"reindex"}}) {
    auto r = reg.run(args);
    INFO(Registry::join(args) << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(contains(r.err, "no registry"));
    CHECK(contains(r.err, "entente ingest"));
    CHECK(r.out.empty());
  }
  // None of them created it.
  CHECK(!std::filesystem::exists(reg.db()));
  // ENTENTE_DB is honoured as well as --db.
  auto env = entente::test::run({ENTENTE_BIN, "agreements"}, {"ENTENTE_DB=" + reg.db()});
  CHECK(env.exit_code == 1);
  CHECK(contains(env.err, reg.db()));
}

TEST_CASE("usage errors exit 2 with a message", "[e2e][registry]") {
  Registry reg;
  REQUIRE(reg.run({"agreements", "add", "--title", "x"}).exit_code == 0);
  for (const Strings& args : std::vector<Strings>{{},
                                                  {"nosuchverb"},
                                                  {"agreements", "--status", "weird"},
                                                  {"agreements", "--year", "20x5"},
                                                  {"agreements", "--as-of", "yesterday"},
                                                  {"agreements", "add"},
                                                  {"agreements", "add", "--title", "y", "--kind", "treaty"},
                                                  {"agreements", "relate", "1", "eats", "1"},
                                                  {"agreements", "event", "1", "exploded"},
                                                  {"search"},
                                                  {"search", "--sort", "alphabet", "x"},
                                                  {"show", "thing", "1"},
                                                  {"show", "mission", "abc"},
                                                  {"export", "--format", "xml"},
                                                  {"audit", "--review-years", "-1"},
                                                  {"commitments"},
                                                  {"commitments", "shandong", "--csv", "--json"},
                                                  {"missions", "--limit", "many"}}) {
    auto r = reg.run(args);
    INFO("entente " << Registry::join(args) << "\nstdout: " << r.out << "\nstderr: " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(!r.err.empty());
  }
  auto help = reg.run({"--help"});
  CHECK(help.exit_code == 0);
  CHECK(contains(help.out, "ingest"));
}

// A run that names its command builds only that command's options (cli/main.cpp):
// every command the full help lists must still be reachable by name, with
// --db before or after it, and a misspelt one still gets the full list.
TEST_CASE("every listed command answers --help by its name", "[e2e][registry]") {
  Registry reg;
  auto help = reg.run({"--help"});
  REQUIRE(help.exit_code == 0);
  auto at = help.out.find("Subcommands:");
  REQUIRE(at != std::string::npos);
  std::istringstream lines(help.out.substr(at));
  std::string line;
  std::getline(lines, line);
  std::vector<std::string> commands;
  while (std::getline(lines, line)) {
    std::istringstream words(line);
    std::string name;
    if (line.rfind("  ", 0) == 0 && words >> name) commands.push_back(name);
  }
  CHECK(commands.size() == 15);
  for (const auto& name : commands) {
    auto r = reg.run({name, "--help"});
    INFO("entente " << name << " --help\n" << r.err);
    CHECK(r.exit_code == 0);
    // The command's own help, not the list of commands.
    CHECK(contains(r.out, " " + name + " [OPTIONS]"));
  }
  auto after = entente::test::run({ENTENTE_BIN, "search", "--db", reg.db(), "--help"});
  CHECK(after.exit_code == 0);
  CHECK(contains(after.out, "Query language"));
  auto typo = reg.run({"serch", "sante"});
  CHECK(typo.exit_code == 2);
  CHECK(contains(typo.err, "serch"));
  CHECK(reg.run({}).exit_code == 2);
  auto equals = entente::test::run({ENTENTE_BIN, "--db=" + reg.db(), "audit", "--help"});
  CHECK(equals.exit_code == 0);
  CHECK(contains(equals.out, "--review-years"));
  CHECK(entente::test::run({ENTENTE_BIN, "--db"}).exit_code == 2);
}

TEST_CASE("a negative --limit or --offset is a usage error", "[e2e][registry]") {
  entente::test::TempDir dir;
  for (const char* verb : {"missions", "agreements", "search"}) {
    std::vector<std::string> args{ENTENTE_BIN, "--db", dir.str(), verb};
    if (std::string(verb) == "search") args.push_back("sante");
    args.insert(args.end(), {"--limit", "-1"});
    auto r = entente::test::run(args);
    INFO(verb << ": " << r.err);
    CHECK(r.exit_code == 2);
  }
}

// Long lists are written one item at a time; the bytes must be those of the
// whole document dumped at once, empty lists included.
TEST_CASE("JSON lists written item by item are the document nlohmann would write", "[e2e][registry]") {
  Registry reg;
  REQUIRE(reg.run({"ingest", "-q", example_report()}).exit_code == 0);
  for (const Strings& args :
       {Strings{"audit", "--json", "--all"}, Strings{"audit", "--json", "--as-of", "1990"},
        Strings{"agreements", "--json"}, Strings{"agreements", "--json", "--limit", "1", "--offset", "1"},
        Strings{"agreements", "--json", "--partner", "japan"}, Strings{"missions", "--json"},
        Strings{"missions", "--json", "--year", "1999"}, Strings{"commitments", "shandong", "--json"},
        Strings{"commitments", "shandong", "--json", "--since", "2099"}}) {
    auto r = reg.run(args);
    INFO(Registry::join(args) << "\n" << r.err);
    REQUIRE(r.exit_code == 0);
    json j;
    REQUIRE_NOTHROW(j = json::parse(r.out));
    CHECK(r.out == j.dump(2) + "\n");
  }
}
