// End-to-end: `entente ingest` (issue 4).
#include "e2e.hpp"

#include <fstream>

using namespace entente::e2e;
using entente::test::read_file;
using entente::test::write_file;

namespace {

json link_to(const json& mission, long long agreement) {
  for (const auto& a : mission["agreements"]) {
    if (a["id"] == agreement) return a;
  }
  return nullptr;
}

} // namespace

TEST_CASE("the example report: the mission through show mission --json, field by field", "[e2e][ingest]") {
  Registry reg;
  auto ing = reg.json_of({"ingest", "--json", example_report()});
  REQUIRE(ing["added"] == 1);
  REQUIRE(ing["files"].size() == 1);
  long long id = ing["files"][0]["mission_id"];

  auto m = reg.json_of({"show", "mission", std::to_string(id), "--json"});
  require_keys(m, {"id", "title", "source", "ministry", "start_date", "end_date", "places", "partners",
                   "domains", "delegation", "author", "report_date", "agreements", "recommendations"});
  CHECK(m["id"] == id);
  CHECK(m["source"] == example_report());
  CHECK(m["title"] == "Mission : Shanghai, Qingdao, Jinan et Beijing (septembre 2017)");
  CHECK(m["ministry"] == "Ministère de la Santé et des Services sociaux");
  CHECK(m["start_date"] == "2017-09-02");
  CHECK(m["end_date"] == "2017-09-10");
  REQUIRE(m["places"].size() == 4);
  Strings places, place_partners;
  for (const auto& p : m["places"]) {
    places.push_back(p["text"]);
    place_partners.push_back(p["partner"]);
  }
  CHECK(places == Strings{"Shanghai", "Qingdao", "Jinan", "Beijing"});
  CHECK(place_partners == Strings{"shanghai", "qingdao", "jinan", "beijing"});
  // Every place resolved upward, and the partners of the linked agreements.
  CHECK(m["partners"] == Strings{"shanghai", "china", "qingdao", "shandong", "jinan", "beijing"});
  CHECK(m["domains"] == Strings{"health", "social-services", "medical-technologies", "disease-prevention"});

  REQUIRE(m["delegation"].size() == 4);
  const auto& d = m["delegation"];
  for (const auto& p : d)
    require_keys(p, {"honorific", "name", "title"});
  CHECK(d[0]["honorific"] == "Dr");
  CHECK(d[0]["name"] == "Gaétan Barrette");
  CHECK(d[0]["title"] == "ministre de la Santé et des Services sociaux");
  CHECK(d[1]["honorific"] == "M.");
  CHECK(d[1]["name"] == "Daniel Desharnais");
  CHECK(d[1]["title"] == "directeur du cabinet du ministre");
  CHECK(d[2]["honorific"] == "Dr");
  CHECK(d[2]["name"] == "Michel A. Bureau");
  CHECK(d[2]["title"] == "sous-ministre associé des services de santé et de la médecine universitaire");
  CHECK(d[3]["honorific"] == "Mme");
  CHECK(d[3]["name"] == "Valérie Fontaine");
  CHECK(d[3]["title"] == "directrice des affaires intergouvernementales et de la coopération internationale");

  CHECK(m["author"] == "Direction des affaires intergouvernementales et de la coopération internationale");
  CHECK(m["report_date"] == "2017-09-22");
  CHECK(m["filed_by"] == "Luc Castonguay");
  CHECK(m["filed_date"] == "2017-10-11");

  const std::string update_evidence =
      "À cet effet, il a été proposé d’actualiser deux ententes de coopération existantes, soit celle signée "
      "en "
      "2011 avec la municipalité de Shanghai et celle signée en 2008 avec la province du Shandong;";
  const std::string mou_evidence =
      "d’officialiser deux importants partenariats entre le Québec et la Chine par la signature de deux "
      "protocoles "
      "d’entente dans les domaines de la prévention et du contrôle des maladies ainsi que des technologies "
      "médicales.";
  REQUIRE(m["agreements"].size() == 4);
  const auto& a = m["agreements"];
  for (const auto& x : a)
    require_keys(x, {"id", "kind", "title", "partners", "year", "relation", "evidence", "line"});
  CHECK(a[0]["kind"] == "agreement");
  CHECK(a[0]["title"] == "Entente de coopération Québec–Shanghai (2011)");
  CHECK(a[0]["partners"] == Strings{"shanghai"});
  CHECK(a[0]["year"] == 2011);
  CHECK(a[0]["relation"] == "plans_update");
  CHECK(a[0]["evidence"] == update_evidence);
  CHECK(a[0]["line"] == 71);
  CHECK(a[1]["kind"] == "agreement");
  CHECK(a[1]["title"] == "Entente de coopération Québec–Shandong (2008)");
  CHECK(a[1]["partners"] == Strings{"shandong"});
  CHECK(a[1]["year"] == 2008);
  CHECK(a[1]["relation"] == "plans_update");
  CHECK(a[1]["evidence"] == update_evidence);
  CHECK(a[1]["line"] == 71);
  CHECK(a[2]["kind"] == "mou");
  CHECK(a[2]["title"] == "Protocole d'entente Québec–Chine : prévention et contrôle des maladies");
  CHECK(a[3]["kind"] == "mou");
  CHECK(a[3]["title"] == "Protocole d'entente Québec–Chine : technologies médicales");
  for (int i : {2, 3}) {
    CHECK(a[i]["partners"] == Strings{"china"});
    CHECK(a[i]["year"] == 2017);
    CHECK(a[i]["relation"] == "produced");
    CHECK(a[i]["evidence"] == mou_evidence);
    CHECK(a[i]["line"] == 79);
  }
  // The MOUs' domains are on their agreement records.
  CHECK(reg.json_of({"show", "mou", std::to_string(a[2]["id"].get<long long>()), "--json"})["domains"] ==
        Strings{"disease-prevention"});
  CHECK(reg.json_of({"show", "mou", std::to_string(a[3]["id"].get<long long>()), "--json"})["domains"] ==
        Strings{"medical-technologies"});

  REQUIRE(m["recommendations"].size() == 2);
  const auto& r = m["recommendations"];
  for (const auto& x : r)
    require_keys(x, {"text", "partners", "line"});
  CHECK(r[0]["text"] ==
        "Poursuivre les échanges et développer une offre concertée pour le Québec dans le domaine "
        "de la santé afin de promouvoir l’expertise québécoise");
  CHECK(r[0]["line"] == 87);
  CHECK(r[0]["partners"].empty());
  CHECK(
      r[1]["text"] ==
      "Entreprendre des démarches avec le ministère des Relations internationales et de la Francophonie afin "
      "d’actualiser les ententes signées avec la municipalité de Shanghai (2011) et la province du Shandong "
      "(2008)");
  CHECK(r[1]["line"] == 91);
  CHECK(r[1]["partners"] == Strings{"shanghai", "shandong"});

  // `missions --json` prints the same object.
  auto list = reg.json_of({"missions", "--json"});
  REQUIRE(list["missions"].size() == 1);
  CHECK(list["missions"][0] == m);
}

TEST_CASE("ingest of the test reports folder: summary, per-file errors, exit 1", "[e2e][ingest]") {
  Registry reg;
  auto r = reg.run({"ingest", entente::test::test_data("reports")});
  CHECK(r.exit_code == 1);
  CHECK(contains(r.out, "13 added, 0 updated, 0 unchanged, 2 failed"));
  CHECK(contains(r.err, "truncated.pdf"));
  CHECK(contains(r.err, "encrypted.pdf"));
  CHECK(contains(r.err, "truncated"));
  CHECK(contains(r.err, "encrypted"));
  // The non-report file of the folder (a Python script) is not taken for one.
  CHECK(!contains(r.out + r.err, "make_fixtures.py"));
  auto list = reg.json_of({"missions", "--json"});
  CHECK(list["total"] == 13);
  // Encodings converted: the Latin-1 and Windows-1252 reports read right.
  bool latin1 = false, cp1252 = false;
  for (const auto& m : list["missions"]) {
    std::string src = m["source"];
    if (contains(src, "mexique_latin1")) {
      latin1 = true;
      CHECK(m["partners"] == Strings{"mexico-city", "mexico", "guadalajara", "jalisco"});
    }
    if (contains(src, "baviere_cp1252")) {
      cp1252 = true;
      CHECK(m["title"] == "Mission : Munich et Nuremberg (mai 2019)");
      REQUIRE(m["delegation"].size() == 3);
      CHECK(m["delegation"][2]["name"] == "Sophie Côté");
    }
  }
  CHECK(latin1);
  CHECK(cp1252);

  // The same again: unchanged, still failing for the two PDFs, nothing added.
  auto again = reg.run({"ingest", "--json", entente::test::test_data("reports")});
  CHECK(again.exit_code == 1);
  auto j = json::parse(again.out);
  CHECK(j["added"] == 0);
  CHECK(j["updated"] == 0);
  CHECK(j["unchanged"] == 13);
  CHECK(j["failed"] == 2);
  int failed = 0;
  for (const auto& f : j["files"]) {
    if (f["status"] == "failed") {
      ++failed;
      CHECK(f["error"].is_string());
    }
  }
  CHECK(failed == 2);
  CHECK(reg.json_of({"missions", "--json"})["total"] == 13);
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);
}

TEST_CASE("bad files one by one, the others go on", "[e2e][ingest]") {
  Registry reg;
  auto dir = reg.dir() / "in";
  write_file(dir / "empty.txt", "");
  std::string noise;
  unsigned x = 12345;
  for (int i = 0; i < 4000; ++i) {
    x = x * 1103515245u + 12345u;
    noise.push_back(static_cast<char>((x >> 16) & 0xff));
  }
  write_file(dir / "binary.txt", noise);
  write_file(dir / "notes.docx", std::string("PK\x03\x04\x14\x00\x06\x00", 8) + "word/document.xml");
  std::filesystem::copy_file(example_report(), dir / "good.txt");
  auto r = reg.run({"ingest", "--json", dir.string()});
  CHECK(r.exit_code == 1);
  auto j = json::parse(r.out);
  CHECK(j["added"] == 1);
  CHECK(j["failed"] == 2); // empty.txt and binary.txt; notes.docx is not a report and is passed over
  for (const auto& f : j["files"]) {
    if (f["status"] == "failed") CHECK(!f["error"].get<std::string>().empty());
  }
  CHECK(reg.json_of({"missions", "--json"})["total"] == 1);
  // Named explicitly, a Word file is reported for what it is.
  auto docx = reg.run({"ingest", (dir / "notes.docx").string()});
  CHECK(docx.exit_code == 1);
  CHECK(contains(docx.err, "notes.docx"));
  CHECK(contains(docx.err, "Word"));
  // A path that does not exist is reported too.
  auto missing = reg.run({"ingest", (dir / "nope.txt").string()});
  CHECK(missing.exit_code == 1);
  CHECK(contains(missing.err, "nope.txt"));
}

TEST_CASE("re-ingest: unchanged, then a changed file updates with nothing duplicated", "[e2e][ingest]") {
  Registry reg;
  auto path = (reg.dir() / "rapport.txt").string();
  std::filesystem::copy_file(example_report(), path);
  REQUIRE(reg.run({"ingest", path}).exit_code == 0);
  auto before_agreements = reg.json_of({"agreements", "--json"});
  auto same = reg.run({"ingest", path});
  CHECK(same.exit_code == 0);
  CHECK(contains(same.out, "0 added, 0 updated, 1 unchanged, 0 failed"));

  // Change a sentence and the end date.
  std::string text = read_file(path);
  auto pos = text.find("Huit");
  REQUIRE(pos != std::string::npos);
  text.replace(pos, 4, "Neuf");
  pos = text.find("au 10 septembre 2017");
  REQUIRE(pos != std::string::npos);
  text.replace(pos, 20, "au 11 septembre 2017");
  write_file(path, text);
  auto upd = reg.run({"ingest", "--json", path});
  CHECK(upd.exit_code == 0);
  auto j = json::parse(upd.out);
  CHECK(j["updated"] == 1);
  CHECK(j["added"] == 0);

  auto missions = reg.json_of({"missions", "--json"});
  REQUIRE(missions["total"] == 1);
  CHECK(missions["missions"][0]["id"] == 1);
  CHECK(missions["missions"][0]["end_date"] == "2017-09-11");
  CHECK(missions["missions"][0]["agreements"].size() == 4);
  auto after_agreements = reg.json_of({"agreements", "--json"});
  CHECK(after_agreements["total"] == 4);
  // Agreements keep their ids (DESIGN: stable ids).
  Strings before_ids, after_ids;
  for (const auto& a : before_agreements["agreements"])
    before_ids.push_back(a["title"].get<std::string>() + "#" + std::to_string(a["id"].get<long long>()));
  for (const auto& a : after_agreements["agreements"])
    after_ids.push_back(a["title"].get<std::string>() + "#" + std::to_string(a["id"].get<long long>()));
  CHECK(before_ids == after_ids);
  // The index follows: the new word is found, the old one no longer in this mission.
  CHECK(reg.json_of({"search", "--json", "kind:mission", "neuf"})["total"] == 1);
  CHECK(reg.json_of({"search", "--json", "kind:mission", "huit"})["total"] == 0);
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);
}

// DESIGN: "Same content again: unchanged." The same file named by another
// path ("../a/rapport.txt", from another folder) or a copy of it became a second
// mission, and every answer about it came twice.
TEST_CASE("re-ingest: the same content under another path is unchanged, not a second mission",
          "[e2e][ingest]") {
  Registry reg;
  std::filesystem::create_directories(reg.dir() / "a");
  std::filesystem::create_directories(reg.dir() / "b");
  auto path = (reg.dir() / "a" / "rapport.txt").string();
  std::filesystem::copy_file(example_report(), path);
  std::filesystem::copy_file(example_report(), reg.dir() / "b" / "copie.txt");
  REQUIRE(reg.run({"ingest", path}).exit_code == 0);
  const auto commitments = reg.json_of({"commitments", "--json", "shandong"});

  auto again = reg.run(
      {"ingest", (reg.dir() / "a" / ".." / "a" / "rapport.txt").string(), (reg.dir() / "b").string()});
  CHECK(again.exit_code == 0);
  CHECK(contains(again.out, "0 added, 0 updated, 2 unchanged, 0 failed"));
  auto j = reg.json_of({"ingest", "--json", (reg.dir() / "b" / "copie.txt").string()});
  REQUIRE(j["files"].size() == 1);
  CHECK(j["files"][0]["status"] == "unchanged");
  CHECK(j["files"][0]["mission_id"] == 1);
  CHECK_THAT(j["files"][0]["notes"].dump(), Catch::Contains("same content as " + path));
  CHECK(reg.json_of({"missions", "--json"})["total"] == 1);
  CHECK(reg.json_of({"commitments", "--json", "shandong"}) == commitments);

  // A report the registry holds, changed into a copy of another: its own
  // mission is updated (a review found it skipped as unchanged).
  auto other = (reg.dir() / "a" / "autre.txt").string();
  std::filesystem::copy_file(report("2017-10_shandong_protocoles.txt"), other);
  REQUIRE(reg.json_of({"ingest", "--json", other})["added"] == 1);
  std::filesystem::copy_file(path, other, std::filesystem::copy_options::overwrite_existing);
  auto changed = reg.json_of({"ingest", "--json", other});
  CHECK(changed["updated"] == 1);
  CHECK(changed["files"][0]["mission_id"] == 2);
}

TEST_CASE("hand edits and hand links survive re-ingesting a changed file", "[e2e][ingest]") {
  Registry reg;
  auto path = (reg.dir() / "rapport.txt").string();
  std::filesystem::copy_file(example_report(), path);
  REQUIRE(reg.run({"ingest", path}).exit_code == 0);
  long long shanghai = agreement_titled(reg, "Entente de coopération Québec–Shanghai (2011)");
  long long shandong = agreement_titled(reg, "Entente de coopération Québec–Shandong (2008)");

  // A person corrects the Shandong agreement, removes the Shanghai link and adds one of their own.
  REQUIRE(reg.run({"agreements", "edit", std::to_string(shandong), "--title",
                   "Entente sur le développement des liens d'amitié Québec–Shandong", "--signed", "2008-08"})
              .exit_code == 0);
  auto m = reg.json_of({"show", "mission", "1", "--json"});
  auto sh_link = link_to(m, shanghai);
  REQUIRE(!sh_link.is_null());
  REQUIRE(reg.run({"missions", "unlink", std::to_string(sh_link["link_id"].get<long long>())}).exit_code ==
          0);
  auto hand = reg.json_of({"agreements", "add", "--title", "Plan de travail Québec–Shanghai 2013",
                           "--partner", "shanghai", "--json"});
  long long hand_id = hand["id"];
  REQUIRE(reg.run({"missions", "link", "1", std::to_string(hand_id), "--relation", "references", "--evidence",
                   "ajouté à la main"})
              .exit_code == 0);

  // The report changes; it is ingested again.
  std::string text = read_file(path);
  text += "\nNote ajoutée après coup.\n";
  write_file(path, text);
  auto upd = reg.run({"ingest", path});
  REQUIRE(upd.exit_code == 0);
  CHECK(contains(upd.out, "1 updated"));

  m = reg.json_of({"show", "mission", "1", "--json"});
  // The hand edit won.
  auto sd = reg.json_of({"show", "agreement", std::to_string(shandong), "--json"});
  CHECK(sd["title"] == "Entente sur le développement des liens d'amitié Québec–Shandong");
  CHECK(sd["signed"] == "2008-08");
  CHECK(!link_to(m, shandong).is_null());
  // The hand link stayed.
  auto hl = link_to(m, hand_id);
  REQUIRE(!hl.is_null());
  CHECK(hl["relation"] == "references");
  CHECK(hl["evidence"] == "ajouté à la main");
  // The removed link stayed removed: no link to the Shanghai 2011 agreement, under any id.
  for (const auto& a : m["agreements"]) {
    INFO(a.dump());
    CHECK(a["title"] != "Entente de coopération Québec–Shanghai (2011)");
  }
  CHECK(m["agreements"].size() == 4); // Shandong, 2 MOUs, the hand link
  // Nothing duplicated.
  auto all = reg.json_of({"agreements", "--json"});
  std::multiset<std::string> titles;
  for (const auto& a : all["agreements"])
    titles.insert(a["title"]);
  for (const auto& t : titles)
    CHECK(titles.count(t) == 1);
  CHECK(reg.json_of({"missions", "--json"})["total"] == 1);
}

// Trial 31: an edited report ingested again through a relative path from
// another folder became a second mission beside the first.
TEST_CASE("a changed report reached by another path to the same file replaces its mission", "[e2e][ingest]") {
  Registry reg;
  std::filesystem::create_directories(reg.dir() / "a" / "sub");
  auto path = reg.dir() / "a" / "rapport.txt";
  std::filesystem::copy_file(example_report(), path);
  std::filesystem::create_directory_symlink(reg.dir() / "a", reg.dir() / "lien");
  // From the folder of the report, by its bare name.
  auto from = [&](const std::filesystem::path& dir, const std::string& given) {
    return entente::test::run({"/bin/sh", "-c", "cd \"$1\" && exec \"$2\" --db \"$3\" ingest --json \"$4\"",
                               "sh", dir.string(), ENTENTE_BIN, reg.db(), given},
                              {kToday});
  };
  auto first = from(reg.dir() / "a", "rapport.txt");
  INFO(first.err);
  REQUIRE(first.exit_code == 0);
  REQUIRE(json::parse(first.out)["added"] == 1);

  write_file(path, read_file(path) + "\nNote ajoutée après coup.\n");
  auto second = from(reg.dir() / "a" / "sub", "../rapport.txt");
  INFO(second.err);
  REQUIRE(second.exit_code == 0);
  auto j = json::parse(second.out);
  CHECK(j["updated"] == 1);
  CHECK(j["files"][0]["mission_id"] == 1);
  // Through a link to its folder too; unchanged now.
  auto third = reg.json_of({"ingest", "--json", (reg.dir() / "lien" / "rapport.txt").string()});
  CHECK(third["unchanged"] == 1);
  write_file(path, read_file(path) + "Une autre note.\n");
  CHECK(reg.json_of({"ingest", "--json", (reg.dir() / "lien" / "rapport.txt").string()})["updated"] == 1);
  // Through a link to the file itself too (review 32).
  std::filesystem::create_symlink(path, reg.dir() / "alias.txt");
  write_file(path, read_file(path) + "Une troisième note.\n");
  CHECK(reg.json_of({"ingest", "--json", (reg.dir() / "alias.txt").string()})["updated"] == 1);

  auto missions = reg.json_of({"missions", "--json"});
  CHECK(missions["total"] == 1);
  // The report keeps the path it was first given.
  CHECK(missions["missions"][0]["source"] == "rapport.txt");
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 4);

  // Another file that a relative path of the same spelling named elsewhere is
  // a report of its own, stored under its own file's path.
  std::filesystem::create_directories(reg.dir() / "b");
  std::filesystem::copy_file(report("2019-09_qingdao_yantai_formfeeds.txt"), reg.dir() / "b" / "rapport.txt");
  auto other = from(reg.dir() / "b", "rapport.txt");
  INFO(other.err);
  REQUIRE(other.exit_code == 0);
  CHECK(json::parse(other.out)["added"] == 1);
  missions = reg.json_of({"missions", "--json"});
  CHECK(missions["total"] == 2);
}

// Session 24: a deleted agreement came back, and one whose partner and date a
// person corrected was made again beside the corrected one, when its report
// was ingested again after a change.
TEST_CASE("a deleted agreement stays deleted and a corrected one keeps its links when its report changes",
          "[e2e][ingest]") {
  Registry reg;
  auto path = (reg.dir() / "rapport.txt").string();
  std::filesystem::copy_file(example_report(), path);
  REQUIRE(reg.run({"ingest", path}).exit_code == 0);
  long long shanghai = agreement_titled(reg, "Entente de coopération Québec–Shanghai (2011)");
  long long shandong = agreement_titled(reg, "Entente de coopération Québec–Shandong (2008)");
  const auto before = reg.json_of({"agreements", "--json"})["total"].get<long long>();

  REQUIRE(reg.run({"agreements", "delete", std::to_string(shanghai)}).exit_code == 0);
  // The partner, kind and date a person corrects are those the report's sentence gave.
  REQUIRE(reg.run({"agreements", "edit", std::to_string(shandong), "--partner", "jinan", "--kind", "mou",
                   "--signed", "2009-05"})
              .exit_code == 0);

  write_file(path, read_file(path) + "\nNote ajoutée après coup.\n");
  auto upd = reg.run({"ingest", path});
  REQUIRE(upd.exit_code == 0);
  CHECK(contains(upd.out, "1 updated"));

  auto all = reg.json_of({"agreements", "--json"});
  CHECK(all["total"] == before - 1);
  for (const auto& a : all["agreements"]) {
    INFO(a.dump());
    CHECK(a["title"] != "Entente de coopération Québec–Shanghai (2011)");
  }
  auto sd = reg.json_of({"show", "agreement", std::to_string(shandong), "--json"});
  CHECK(sd["partners"] == Strings{"jinan"});
  CHECK(sd["kind"] == "mou");
  auto m = reg.json_of({"show", "mission", "1", "--json"});
  CHECK(!link_to(m, shandong).is_null());
  CHECK(m["agreements"].size() == 3); // Shandong and the two MOUs

  // Deleting a second time, once the report changed again, holds as well.
  write_file(path, read_file(path) + "Une autre note.\n");
  REQUIRE(reg.run({"ingest", path}).exit_code == 0);
  CHECK(reg.json_of({"agreements", "--json"})["total"] == before - 1);
}

// Deleting a duplicate record rejected the report's mention with no way to
// keep its links on the other record: a merge moves them, and they stay
// there when the report is ingested again.
TEST_CASE("a duplicate record merged into another leaves its links there, also after its report changes",
          "[e2e][ingest]") {
  Registry reg;
  const auto a = (reg.dir() / "a.txt").string(), b = (reg.dir() / "b.txt").string();
  write_file(a, "RAPPORT DE MISSION\n\nLieux : Munich (Allemagne)\nDates : 3 au 6 mars 2024\n\nRÉSULTATS\n\n"
                "L'entente de 2010 avec la Bavière en matière d'environnement reste la base de nos travaux.\n");
  write_file(b, "RAPPORT DE MISSION\n\nLieux : Munich (Allemagne)\nDates : 3 au 6 mai 2025\n\nRÉSULTATS\n\n"
                "Le protocole d'entente de 2010 avec la Bavière en matière d'environnement devra être mis à "
                "jour.\n\nRECOMMANDATIONS\n\n- Actualiser le protocole d'entente de 2010 avec la Bavière.\n");
  REQUIRE(reg.run({"ingest", a, b}).exit_code == 0);
  auto all = reg.json_of({"agreements", "--json"});
  REQUIRE(all["total"] == 2);
  long long kept = 0, duplicate = 0;
  for (const auto& x : all["agreements"])
    (x["kind"] == "agreement" ? kept : duplicate) = x["id"].get<long long>();
  REQUIRE(kept != 0);
  REQUIRE(duplicate != 0);

  auto self = reg.run({"agreements", "merge", std::to_string(kept), "--into", std::to_string(kept)});
  CHECK(self.exit_code != 0);
  CHECK(contains(self.err, "itself"));

  auto merged =
      reg.run({"agreements", "merge", std::to_string(duplicate), "--into", std::to_string(kept), "--json"});
  INFO(merged.err);
  REQUIRE(merged.exit_code == 0);
  auto j = json::parse(merged.out);
  CHECK(j["links"] == 1);
  CHECK(j["recommendations"] == 1);
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 1);
  CHECK(!link_to(reg.json_of({"show", "mission", "2", "--json"}), kept).is_null());
  CHECK(reg.run({"search", "kind:mou"}).out.find("No match") != std::string::npos);

  write_file(b, read_file(b) + "\nNote ajoutée après coup.\n");
  REQUIRE(reg.run({"ingest", b}).exit_code == 0);
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 1);
  CHECK(!link_to(reg.json_of({"show", "mission", "2", "--json"}), kept).is_null());
  auto audit = reg.json_of({"audit", "--json"});
  REQUIRE(audit["agreements"].size() == 1);
  CHECK(audit["agreements"][0]["id"] == kept);
  CHECK(reg.run({"check"}).exit_code == 0);
}

TEST_CASE("ingest --dry-run --json prints the extraction and stores nothing", "[e2e][ingest]") {
  Registry reg;
  auto r = reg.run(
      {"ingest", "--dry-run", "--json", example_report(), report("2019-09_qingdao_yantai_formfeeds.txt")});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto j = json::parse(r.out);
  CHECK(j["dry_run"] == true);
  REQUIRE(j["reports"].size() == 2);
  const auto& first = j["reports"][0];
  CHECK(first["source"] == example_report());
  CHECK(first["mission"]["start_date"] == "2017-09-02");
  CHECK(first["mission"]["delegation"].size() == 4);
  CHECK(first["agreements"].size() == 4);
  const auto& second = j["reports"][1];
  CHECK(second["mission"]["partners"] == Strings{"qingdao", "shandong", "china", "yantai"});
  REQUIRE(second["agreements"].size() == 2);
  CHECK(second["agreements"][0]["relation"] == "plans_update");
  CHECK(second["agreements"][0]["partners"] == Strings{"yantai"});
  // What a report says happened to an agreement besides its link: none here.
  for (const auto& a : second["agreements"])
    CHECK(a["events"] == json::array());
  // Nor does either say one agreement replaces or implements another.
  CHECK(first["relations"] == json::array());
  CHECK(second["relations"] == json::array());
  // No registry was created.
  CHECK(!std::filesystem::exists(reg.db()));
  CHECK(reg.run({"missions"}).exit_code == 1);

  // On an existing registry: still nothing stored.
  REQUIRE(reg.run({"agreements", "add", "--title", "x"}).exit_code == 0);
  REQUIRE(reg.run({"ingest", "--dry-run", "--json", example_report()}).exit_code == 0);
  CHECK(reg.json_of({"missions", "--json"})["total"] == 0);
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 1);
  CHECK(reg.json_of({"search", "--json", "Barrette"})["total"] == 0);

  // A broken file in a dry run is reported and exits 1.
  auto bad = reg.run({"ingest", "--dry-run", "--json", report("truncated.pdf")});
  CHECK(bad.exit_code == 1);
  auto bj = json::parse(bad.out);
  REQUIRE(bj["failed"].size() == 1);
  CHECK(contains(bj["failed"][0]["path"].get<std::string>(), "truncated.pdf"));
}

TEST_CASE("the PDF of the example gives the same mission as its text", "[e2e][ingest]") {
  Registry reg;
  REQUIRE(
      reg.run({"ingest", report("2017-09_sante_chine.pdf"), report("2017-09_sante_chine.txt")}).exit_code ==
      0);
  auto list = reg.json_of({"missions", "--json"});
  REQUIRE(list["missions"].size() == 2);
  const auto& p = list["missions"][0];
  const auto& t = list["missions"][1];
  for (const char* k :
       {"title", "ministry", "start_date", "end_date", "partners", "domains", "author", "report_date"}) {
    INFO(k);
    CHECK(p[k] == t[k]);
  }
  REQUIRE(p["agreements"].size() == t["agreements"].size());
  for (std::size_t i = 0; i < p["agreements"].size(); ++i) {
    // One agreement record for both reports.
    CHECK(p["agreements"][i]["id"] == t["agreements"][i]["id"]);
    CHECK(p["agreements"][i]["evidence"] == t["agreements"][i]["evidence"]);
  }
  CHECK(reg.json_of({"agreements", "--json"})["total"] == 4);
}

TEST_CASE("without the PDF reader module, a PDF fails with a clear message and text files still ingest",
          "[e2e][ingest]") {
  Registry reg;
  auto r = reg.run({"ingest", "--dry-run", "--json", report("2017-09_sante_chine.pdf"), example_report()},
                   {"ENTENTE_PDF_MODULE=/nonexistent/entente_pdf.so"});
  auto j = json::parse(r.out);
  REQUIRE(j["failed"].size() == 1);
  CHECK(contains(j["failed"][0]["path"].get<std::string>(), "2017-09_sante_chine.pdf"));
  CHECK(contains(j["failed"][0]["error"].get<std::string>(), "ENTENTE_PDF_MODULE"));
  CHECK(j["reports"].size() == 1);
}

TEST_CASE("a PDF is read through the module found next to the executable", "[e2e][ingest]") {
  Registry reg;
  auto j = reg.json_of({"ingest", "--dry-run", "--json", report("2017-09_sante_chine.pdf")});
  CHECK(j["failed"].size() == 0);
  REQUIRE(j["reports"].size() == 1);
  CHECK(j["reports"][0]["format"] == "pdf");
}

TEST_CASE("a bulk load draws a text dictionary between batches, compact draws afresh and stores every text",
          "[e2e][ingest]") {
  Registry reg;
  const auto folder = reg.dir() / "reports";
  std::filesystem::create_directories(folder);
  const std::string text = read_file(example_report());
  for (int i = 0; i < 45; ++i) {
    char name[32];
    std::snprintf(name, sizeof name, "mission_%02d.txt", i);
    write_file(folder / name, text + "\nNote " + std::to_string(i) + ".\n");
  }
  // Batches of 20: the first two go in without a dictionary, the third with
  // the one ingest draws from them.
  auto r = reg.run({"ingest", "-q", "--batch", "20", folder.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  auto c = reg.json_of({"compact", "--json"});
  CHECK(c["texts"] == 45);
  CHECK(c["text_dictionary"].get<int>() > 0);
  CHECK(c["new_text_dictionary"] == true); // compact draws afresh from what the registry holds now
  CHECK(c["texts_recompressed"] == 45);
  CHECK(c["damaged_texts"].empty());
  // Texts stored either way read back: snippets and re-extraction come from them.
  auto s = reg.json_of({"search", "--json", "--limit", "50", "Note"});
  CHECK(s["total"] == 45);
  CHECK(reg.json_of({"reindex", "--json"})["reindexed"].get<int>() > 45);
  CHECK(reg.json_of({"check", "--json"})["ok"] == true);
}

// The ends and amendments a report states (session 14) are shown by a dry
// run, with their sentence; a date the sentence does not give is null.
TEST_CASE("ingest --dry-run --json shows the events a report states", "[e2e][ingest]") {
  Registry reg;
  const auto path = reg.dir() / "2019-11_ends.txt";
  entente::test::write_file(path,
                            "Rapport de mission\n\nLieux : Jinan (Chine)\nDates : du 4 au 8 novembre 2019\n\n"
                            "Contexte\n\nL'entente de 2008 avec le Shandong est échue depuis 2016.\n"
                            "Un avenant à l'entente de 2010 avec Jinan a été signé le 5 novembre 2019.\n");
  auto j = reg.json_of({"ingest", "--dry-run", "--json", path.string()});
  REQUIRE(j["reports"][0]["agreements"].size() == 2);
  std::set<std::string> events;
  for (const auto& a : j["reports"][0]["agreements"]) {
    for (const auto& e : a["events"])
      events.insert(e["type"].get<std::string>() + " " +
                    (e["date"].is_null() ? "null" : e["date"].get<std::string>()) + " " +
                    std::to_string(e["line"].get<int>()));
  }
  CHECK(events == std::set<std::string>{"expired 2016 8", "amended null 9"});
}

// Session 15: a relation between two agreements of a report, as indices into
// its agreements.
TEST_CASE("ingest --dry-run --json shows that one agreement replaces another", "[e2e][ingest]") {
  Registry reg;
  const auto path = reg.dir() / "2019-05_baviere.txt";
  write_file(path,
             "Rapport de mission\n\nLieux : Munich (Allemagne)\nDates de la mission : 3 au 6 mai 2019\n\n"
             "Résultats\n\nLa ministre a signé une nouvelle entente avec la Bavière, qui remplace celle de "
             "2005.\n");
  auto j = reg.json_of({"ingest", "--dry-run", "--json", path.string()});
  const auto& report = j["reports"][0];
  REQUIRE(report["agreements"].size() == 2);
  REQUIRE(report["relations"].size() == 1);
  const auto& r = report["relations"][0];
  CHECK(r["type"] == "supersedes");
  CHECK(report["agreements"][r["from"].get<std::size_t>()]["relation"] == "produced");
  CHECK(report["agreements"][r["to"].get<std::size_t>()]["year"] == "2005");
  CHECK(report["agreements"][r["to"].get<std::size_t>()]["events"][0]["type"] == "superseded");
  CHECK(r["line"] == 8);
}
