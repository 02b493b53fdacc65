// End-to-end: the two questions, commitments and audit, and the timeline
// (issue 6), on a registry loaded from the example and the test reports.
#include "e2e.hpp"

#include <set>
#include <sstream>

using namespace entente::e2e;
using entente::test::read_file;

namespace {

const std::string kExample = "2017-09_sante_chine_shanghai_qingdao_jinan_beijing.txt";

std::string base(const json& source) {
  if (!source.is_string()) return "(none)";
  std::string s = source;
  return s.substr(s.find_last_of('/') + 1);
}

// "type agreement_title relation base(source):line" for every item.
std::multiset<std::string> items_of(const json& c) {
  std::multiset<std::string> out;
  for (const auto& i : c["items"]) {
    out.insert(i["type"].get<std::string>() + " | " + i["title"].get<std::string>() + " | " +
               (i["relation"].is_string() ? i["relation"].get<std::string>() : "-") + " | " +
               base(i["source"]) + ":" +
               (i["line"].is_number() ? std::to_string(i["line"].get<int>()) : "-"));
  }
  return out;
}

// id -> list of rules, for the audit at AS_OF.
std::map<std::string, Strings> audit_at(const Registry& reg, const std::string& as_of, Strings extra = {}) {
  Strings args = {"audit", "--json", "--as-of", as_of};
  args.insert(args.end(), extra.begin(), extra.end());
  auto j = reg.json_of(args);
  CHECK(j["as_of"] == as_of);
  std::map<std::string, Strings> out;
  for (const auto& a : j["agreements"]) {
    Strings rules;
    for (const auto& r : a["reasons"])
      rules.push_back(r["rule"]);
    std::sort(rules.begin(), rules.end());
    out[a["title"].get<std::string>()] = rules;
  }
  return out;
}

// A minimal CSV reader (quotes, doubled quotes, newlines inside quotes).
std::vector<Strings> parse_csv(const std::string& text) {
  std::vector<Strings> rows;
  Strings row;
  std::string cell;
  bool quoted = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      row.push_back(cell);
      cell.clear();
    } else if (c == '\n') {
      row.push_back(cell);
      cell.clear();
      rows.push_back(row);
      row.clear();
    } else if (c != '\r') {
      cell += c;
    }
  }
  REQUIRE(!quoted);
  if (!cell.empty() || !row.empty()) {
    row.push_back(cell);
    rows.push_back(row);
  }
  return rows;
}

const std::string kShanghai = "Entente de coopération Québec–Shanghai (2011)";
const std::string kShandong = "Entente de coopération Québec–Shandong (2008)";
const std::string kYantai = "Plan de travail Québec–Yantai (2016)";
const std::string kQingdao = "Entente Québec–Qingdao (2014)";
const std::string kMouSup = "Protocole d'entente Québec–Shandong : enseignement supérieur";
const std::string kMouCulture = "Protocole d'entente Québec–Shandong : culture";
const std::string kMassachusetts = "Accord de coopération Québec–Massachusetts (2012)";
const std::string kIdf = "Cooperation agreement Québec–Île-de-France (2015)";
const std::string kVietnam = "Protocole d'entente Québec–Viêt Nam : enseignement supérieur (2013)";
const std::string kWallonia = "Entente de coopération Québec–Wallonie : recherche (1999)";
const std::string kMexico2011 = "Cooperation agreement Québec–Mexico (2011)";

} // namespace

TEST_CASE("commitments shandong: the JSON shape and exactly the expected items", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  auto c = reg.json_of({"commitments", "shandong", "--json"});
  require_keys(c, {"partner", "includes", "items"});
  CHECK(c["partner"] == "shandong");
  for (const char* inside : {"shandong", "jinan", "qingdao", "yantai"})
    CHECK(has(c["includes"], inside));
  CHECK(!has(c["includes"], "china"));
  CHECK(!has(c["includes"], "shanghai"));
  for (const auto& i : c["items"]) {
    require_keys(i, {"type", "agreement_id", "kind", "title", "partners", "year", "relation", "mission_id",
                     "source", "line", "evidence"});
    CHECK((i["type"] == "agreement" || i["type"] == "mou" || i["type"] == "planned_update" ||
           i["type"] == "recommendation"));
    // Every piece of evidence from a report names its mission and line.
    if (i["source"].is_string()) {
      CHECK(i["mission_id"].is_number());
      CHECK(i["line"].is_number());
      CHECK(!i["evidence"].get<std::string>().empty());
    }
  }

  auto items = items_of(c);
  auto expect = [&](const std::string& item) {
    INFO(item);
    CHECK(items.count(item) == 1);
  };
  // The MOUs signed at Jinan, each with its sentence.
  expect("mou | " + kMouSup + " | produced | 2017-10_shandong_protocoles.txt:10");
  expect("mou | " + kMouCulture + " | produced | 2017-10_shandong_protocoles.txt:10");
  // The agreement with Qingdao, named only by a report on a mission to Qingdao and Yantai.
  expect("agreement | " + kQingdao + " | references | 2019-09_qingdao_yantai_formfeeds.txt:14");
  // Planned updates: the 2008 Shandong agreement by two reports, the Yantai work plan by the city-only
  // report.
  expect("planned_update | " + kShandong + " | plans_update | " + kExample + ":71");
  expect("planned_update | " + kShandong + " | plans_update | 2017-10_shandong_protocoles.txt:11");
  expect("planned_update | " + kYantai + " | plans_update | 2019-09_qingdao_yantai_formfeeds.txt:12");
  // Recommendations of the missions that concern Shandong or a city in it.
  std::multiset<std::string> recs;
  for (const auto& i : c["items"]) {
    if (i["type"] == "recommendation")
      recs.insert(base(i["source"]) + ":" + std::to_string(i["line"].get<int>()));
  }
  CHECK(recs.count(kExample + ":91") == 1); // names the Shandong agreement
  CHECK(recs.count("2019-09_qingdao_yantai_formfeeds.txt:18") == 1);
  CHECK(recs.count("2019-09_qingdao_yantai_formfeeds.txt:19") == 1);
  // Nothing from elsewhere.
  for (const auto& i : c["items"]) {
    INFO(i.dump());
    CHECK(i["title"] != kShanghai);
    CHECK(base(i["source"]).find("baviere") == std::string::npos);
    CHECK(base(i["source"]).find("mexique") == std::string::npos);
  }
  // The year is the signing year of the agreement concerned.
  for (const auto& i : c["items"]) {
    if (i["title"] == kShandong) CHECK(i["year"] == 2008);
    if (i["title"] == kYantai) CHECK(i["year"] == 2016);
    if (i["title"] == kMouSup) CHECK(i["year"] == 2017);
  }
  // The planned update's evidence is the report's sentence.
  for (const auto& i : c["items"]) {
    if (i["type"] == "planned_update" && base(i["source"]) == "2019-09_qingdao_yantai_formfeeds.txt") {
      CHECK(i["evidence"] ==
            "Il a été convenu de réviser le plan de travail conclu avec la ville de Yantai en "
            "2016, qui arrive à échéance.");
      CHECK(i["partners"] == Strings{"yantai"});
    }
  }

  // Names and aliases in either language give the same answer.
  CHECK(reg.json_of({"commitments", "province du Shandong", "--json"})["items"] == c["items"]);
  CHECK(reg.json_of({"commitments", "Shandong", "--json"})["items"] == c["items"]);
  // The terminal form groups them.
  auto text = reg.run({"commitments", "shandong"});
  CHECK(text.exit_code == 0);
  CHECK(contains(text.out, "Agreements and MOUs"));
  CHECK(contains(text.out, "Planned updates still open"));
  CHECK(contains(text.out, "Recommendations"));
  // Each agreement is named by one sentence here: the count alone.
  std::size_t cited = 0;
  for (const auto& i : c["items"])
    cited += i["type"] == "agreement" || i["type"] == "mou" ? 1 : 0;
  CHECK(contains(text.out, "Agreements and MOUs (" + std::to_string(cited) + ")\n"));
  // The places inside Shandong that its items are with, not the hundred it
  // holds (trial 23: "109 partners inside it" told a user nothing).
  std::set<std::string> named;
  for (const auto& i : c["items"])
    for (const auto& p : i["partners"])
      if (p != "shandong") named.insert(p.get<std::string>());
  REQUIRE(!named.empty());
  CHECK(contains(text.out, "; here: "));
  if (named.count("jinan")) CHECK(contains(text.out.substr(0, text.out.find('\n')), "Jinan"));
}

// Trial 17: "Agreements and MOUs (9)" for six agreements, three of them named
// by two reports each.
TEST_CASE("commitments: the count is of agreements, not of the sentences naming them", "[e2e][answers]") {
  Registry reg;
  const std::string body = "Contexte\n\nL'Entente de coopération entre le Québec et la province du Shandong, "
                           "signée en 2008, demeure en vigueur.\n";
  entente::test::write_file(reg.dir() / "a.txt", "Rapport de mission en Chine\n\nLieux : Jinan (Chine)\n"
                                                 "Dates : du 4 au 8 novembre 2019\n\n" +
                                                     body);
  entente::test::write_file(reg.dir() / "b.txt", "Rapport de mission en Chine\n\nLieux : Jinan (Chine)\n"
                                                 "Dates : du 2 au 6 mai 2022\n\n" +
                                                     body);
  REQUIRE(
      reg.run({"ingest", "-q", (reg.dir() / "a.txt").string(), (reg.dir() / "b.txt").string()}).exit_code ==
      0);
  auto text = reg.run({"commitments", "shandong"});
  CHECK(contains(text.out, "Agreements and MOUs (1, cited 2 times)\n"));
}

TEST_CASE("commitments of a city hold only what concerns that city", "[e2e][answers]") {
  // A recommendation that names only Qingdao ("Inviter une délégation de
  // Qingdao au Québec en 2020") is not Yantai's, though its mission went to both.
  Registry reg;
  load_reports(reg);
  auto yantai = reg.json_of({"commitments", "yantai", "--json"});
  CHECK(!yantai["items"].empty());
  for (const auto& i : yantai["items"]) {
    INFO(i.dump());
    CHECK(has(i["partners"], "yantai"));
  }
}

TEST_CASE("commitments: an agreement entered by hand gives one item with a null source", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  auto added = reg.json_of({"agreements", "add", "--title", "Entente Québec–Weifang", "--partner", "Weifang",
                            "--signed", "2018-04-02", "--json"});
  auto c = reg.json_of({"commitments", "shandong", "--json"});
  int n = 0;
  for (const auto& i : c["items"]) {
    if (i["agreement_id"] == added["id"]) {
      ++n;
      CHECK(i["type"] == "agreement");
      CHECK(i["source"].is_null());
      CHECK(i["year"] == 2018);
    }
  }
  CHECK(n == 1);
  // China holds everything of Shandong and more.
  auto china = reg.json_of({"commitments", "china", "--json"});
  CHECK(china["items"].size() > c["items"].size());
  // --since narrows by date of the evidence.
  auto since = reg.json_of({"commitments", "shandong", "--since", "2019", "--json"});
  for (const auto& i : since["items"]) {
    if (i["source"].is_string()) CHECK(base(i["source"]) == "2019-09_qingdao_yantai_formfeeds.txt");
  }
  CHECK(since["items"].size() < c["items"].size());
}

TEST_CASE("commitments and audit --csv parse, one row per item or reason", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  auto j = reg.json_of({"commitments", "shandong", "--json"});
  auto csv = reg.run({"commitments", "shandong", "--csv"});
  REQUIRE(csv.exit_code == 0);
  auto rows = parse_csv(csv.out);
  REQUIRE(rows.size() == j["items"].size() + 1);
  const Strings& head = rows[0];
  for (const char* col : {"type", "agreement_id", "kind", "title", "partners", "year", "relation",
                          "mission_id", "source", "line", "evidence"}) {
    CHECK(has(head, col));
  }
  for (const auto& r : rows)
    CHECK(r.size() == head.size());
  // Rows follow the JSON items.
  auto col = [&](const char* name) { return std::find(head.begin(), head.end(), name) - head.begin(); };
  for (std::size_t i = 1; i < rows.size(); ++i) {
    CHECK(rows[i][col("type")] == j["items"][i - 1]["type"]);
    CHECK(rows[i][col("title")] == j["items"][i - 1]["title"]);
  }

  auto audit = reg.json_of({"audit", "--json", "--as-of", "2024-06-30"});
  auto acsv = reg.run({"audit", "--csv", "--as-of", "2024-06-30"});
  REQUIRE(acsv.exit_code == 0);
  auto arows = parse_csv(acsv.out);
  std::size_t reasons = 0;
  for (const auto& a : audit["agreements"])
    reasons += a["reasons"].size();
  REQUIRE(arows.size() == reasons + 1);
  for (const char* c : {"id", "kind", "title", "partners", "signed_year", "status", "rule", "mission_id",
                        "source", "evidence"}) {
    CHECK(has(arows[0], c));
  }
  for (const auto& r : arows)
    CHECK(r.size() == arows[0].size());
}

TEST_CASE("audit: the JSON shape and the agreements listed at several dates", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  auto j = reg.json_of({"audit", "--json", "--as-of", "2024-06-30"});
  require_keys(j, {"as_of", "agreements"});
  for (const auto& a : j["agreements"]) {
    require_keys(a, {"id", "kind", "title", "partners", "signed_year", "status", "reasons"});
    REQUIRE(!a["reasons"].empty());
    for (const auto& r : a["reasons"]) {
      require_keys(r, {"rule", "detail", "mission_id", "source", "evidence"});
      if (r["rule"] == "planned_update_pending") {
        CHECK(r["mission_id"].is_number());
        CHECK(r["source"].is_string());
        CHECK(!r["evidence"].get<std::string>().empty());
      }
    }
  }

  using Rules = std::map<std::string, Strings>;
  const Strings pending = {"planned_update_pending"};
  const Strings pending2 = {"planned_update_pending", "planned_update_pending"};
  // End of 2016: only the Boston report (December 2016) has planned an update; Wallonia's 1999 agreement is
  // old.
  CHECK(audit_at(reg, "2016-12-31") == Rules{{kMassachusetts, pending}, {kWallonia, {"review_age"}}});
  // Before the Boston mission, its planned update does not exist yet.
  CHECK(audit_at(reg, "2016-12-29") == Rules{{kWallonia, {"review_age"}}});
  // End of 2017: the example plans the Shanghai and Shandong updates; the Jinan report the Shandong one
  // again.
  CHECK(audit_at(reg, "2017-12-31") == Rules{{kMassachusetts, pending},
                                             {kShanghai, pending},
                                             {kShandong, pending2},
                                             {kWallonia, {"review_age"}}});
  // End of 2018: the Paris report adds Île-de-France; Mexico's 2014 work plan was renewed, not listed.
  CHECK(audit_at(reg, "2018-12-31") == Rules{{kMassachusetts, pending},
                                             {kShanghai, pending},
                                             {kShandong, pending2},
                                             {kIdf, pending},
                                             {kWallonia, {"review_age"}}});
  // End of 2019: Yantai and Vietnam join; the 2008 Shandong agreement passes its review age.
  CHECK(audit_at(reg, "2019-12-31") ==
        Rules{{kMassachusetts, pending},
              {kShanghai, pending},
              {kShandong, {"planned_update_pending", "planned_update_pending", "review_age"}},
              {kIdf, pending},
              {kYantai, pending},
              {kVietnam, pending},
              // The March 2019 Wallonia report: "souhaitent actualiser cette entente l'an prochain".
              {kWallonia, {"planned_update_pending", "review_age"}}});
  auto mid2024 = audit_at(reg, "2024-06-30");
  CHECK(mid2024.size() == 8);
  CHECK(mid2024[kMexico2011] == Strings{"review_age"});
  CHECK(mid2024.count("Entente de coopération Québec–Bavière (2009)") == 0);         // renewed in 2019
  CHECK(mid2024.count("Work plan Québec–Mexico: trade and investment (2014)") == 0); // renewed in 2018
  // Oldest pending first.
  CHECK(j["agreements"][0]["title"] == kMassachusetts);
  // --fail-if-any for scripts.
  CHECK(reg.run({"audit", "--fail-if-any", "--as-of", "2024-06-30"}).exit_code == 1);
  CHECK(reg.run({"audit", "--fail-if-any", "--as-of", "1990"}).exit_code == 0);
}

TEST_CASE("audit: --limit and --offset page the list in its order, the counts stay whole", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  auto whole = reg.json_of({"audit", "--json", "--as-of", "2024-06-30"});
  const auto& list = whole["agreements"];
  REQUIRE(list.size() == 8);
  CHECK(whole["total"] == 8);
  auto page = reg.json_of({"audit", "--json", "--as-of", "2024-06-30", "--limit", "3", "--offset", "2"});
  REQUIRE(page["agreements"].size() == 3);
  for (std::size_t i = 0; i < 3; ++i)
    CHECK(page["agreements"][i] == list[i + 2]);
  CHECK(page["total"] == 8);
  CHECK(page["needing_update"] == whole["needing_update"]);
  auto past = reg.json_of({"audit", "--json", "--as-of", "2024-06-30", "--offset", "8"});
  CHECK(past["agreements"].empty());
  auto text = reg.run({"audit", "--as-of", "2024-06-30", "--limit", "3"});
  CHECK(text.exit_code == 0);
  CHECK(contains(text.out, "8 agreement(s) need updating"));
  CHECK(contains(text.out, "Listed 1 to 3 of 8; --offset 3 for the next ones"));
  CHECK(contains(reg.run({"audit", "--as-of", "2024-06-30", "--offset", "9"}).out, "past the 8"));
  auto csv = reg.run({"audit", "--csv", "--as-of", "2024-06-30", "--limit", "1"});
  CHECK(csv.out.find(std::string(list[0]["title"])) != std::string::npos);
  CHECK(csv.out.find(std::string(list[1]["title"])) == std::string::npos);
  CHECK(reg.run({"audit", "--limit", "-1"}).exit_code == 2);
}

namespace {

// Every write command keeps the audit's facts (registry/audit_facts.hpp), from
// which a page is ranked: each page of one must be the whole list's entry.
void check_pages_of_one(const Registry& reg, const std::string& as_of) {
  auto whole = reg.json_of({"audit", "--json", "--all", "--as-of", as_of});
  const auto& list = whole["agreements"];
  for (std::size_t i = 0; i <= list.size(); ++i) {
    auto page = reg.json_of(
        {"audit", "--json", "--all", "--as-of", as_of, "--limit", "1", "--offset", std::to_string(i)});
    INFO("as of " << as_of << ", entry " << i);
    CHECK(page["total"] == whole["total"]);
    if (i < list.size()) {
      REQUIRE(page["agreements"].size() == 1);
      CHECK(page["agreements"][0] == list[i]);
    } else {
      CHECK(page["agreements"].empty());
    }
  }
}

} // namespace

TEST_CASE("audit: pages ranked from the kept facts, after loading and after a hand edit", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  for (const char* as_of : {"2016-06-30", "2018-12-31", "2024-06-30", "2040-01-01"})
    check_pages_of_one(reg, as_of);
  long long old_id = agreement_titled(reg, kShandong);
  auto added = reg.json_of({"agreements", "add", "--title", "Entente renouvelée", "--partner", "shandong",
                            "--signed", "2021-03-01", "--json"});
  REQUIRE(reg.run({"agreements", "renew", std::to_string(old_id), "--by",
                   std::to_string(added["id"].get<long long>())})
              .exit_code == 0);
  check_pages_of_one(reg, "2024-06-30");
  CHECK(reg.json_of({"check", "--json"})["audit_facts_out_of_date"] == 0);
}

TEST_CASE("audit: a renewal recorded by hand closes the planned update, --all says what closed it",
          "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  long long old_id = agreement_titled(reg, kShandong);
  auto added = reg.json_of({"agreements", "add", "--title", "Entente de coopération Québec–Shandong (2020)",
                            "--partner", "shandong", "--signed", "2020-05-01", "--json"});
  long long new_id = added["id"];
  REQUIRE(reg.run({"agreements", "renew", std::to_string(old_id), "--by", std::to_string(new_id),
                   "--evidence", "Renouvelée en mai 2020."})
              .exit_code == 0);

  auto now = audit_at(reg, "2024-06-30");
  CHECK(now.count(kShandong) == 0);
  CHECK(now.count(kShanghai) == 1); // the other update of the same sentence stays pending
  // Before the renewal, it was pending.
  CHECK(audit_at(reg, "2019-06-30").count(kShandong) == 1);

  auto all = reg.json_of({"audit", "--json", "--all", "--as-of", "2024-06-30"});
  bool found = false;
  for (const auto& a : all["agreements"]) {
    if (a["id"] != old_id) continue;
    found = true;
    CHECK(a["status"] == "closed");
    require_keys(a["closed_by"], {"mission_id", "source", "date", "evidence"});
    CHECK(a["closed_by"]["date"] == "2020-05-01");
    CHECK(a["closed_by"]["evidence"] == "Renouvelée en mai 2020.");
    CHECK(a["closed_by"]["mission_id"].is_null());
    CHECK(a["closed_by"]["agreement_id"] == new_id);
  }
  CHECK(found);
  auto text = reg.run({"audit", "--all", "--as-of", "2024-06-30"});
  CHECK(contains(text.out, "closed"));
  // Commitments show the planned update as closed.
  auto c = reg.json_of({"commitments", "shandong", "--json"});
  for (const auto& i : c["items"]) {
    if (i["type"] == "planned_update" && i["agreement_id"] == old_id) {
      CHECK(i["status"] == "closed");
      CHECK(i["closed_by"].is_object());
    }
  }
  // The new agreement is recent: it needs nothing.
  CHECK(now.count("Entente de coopération Québec–Shandong (2020)") == 0);
}

TEST_CASE("audit: the review-age rule at its boundary", "[e2e][answers]") {
  Registry reg;
  REQUIRE(reg.run({"agreements", "add", "--title", "Accord limite", "--partner", "bavaria", "--signed",
                   "2010-06-15"})
              .exit_code == 0);
  CHECK(audit_at(reg, "2020-06-14", {"--review-years", "10"}).empty());
  CHECK(audit_at(reg, "2020-06-15", {"--review-years", "10"}).empty());
  CHECK(audit_at(reg, "2020-06-16", {"--review-years", "10"}) ==
        std::map<std::string, Strings>{{"Accord limite", {"review_age"}}});
  CHECK(audit_at(reg, "2020-06-16", {"--review-years", "11"}).empty());
  CHECK(audit_at(reg, "2016-06-16", {"--review-years", "5"}).size() == 1);
  // Default is 10 years.
  CHECK(audit_at(reg, "2020-06-16").size() == 1);
  // A renewal restarts the clock.
  REQUIRE(reg.run({"agreements", "event", "1", "renewed", "--date", "2018-01-01"}).exit_code == 0);
  CHECK(audit_at(reg, "2024-06-30").empty());
  CHECK(audit_at(reg, "2028-01-02").size() == 1);
  // An expiry date that has passed.
  REQUIRE(reg.run({"agreements", "add", "--title", "Accord à échéance", "--partner", "wallonia", "--signed",
                   "2020-01-01", "--expires", "2023-01-01"})
              .exit_code == 0);
  auto exp = audit_at(reg, "2024-06-30");
  REQUIRE(exp.count("Accord à échéance") == 1);
  CHECK(exp["Accord à échéance"] == Strings{"expired"});
  CHECK(audit_at(reg, "2022-12-31").count("Accord à échéance") == 0);
}

TEST_CASE("unknown partners exit 1 with suggestions", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  for (const Strings& args : std::vector<Strings>{
           {"commitments", "Shandongg"}, {"commitments", "Shandongg", "--json"}, {"timeline", "Shandongg"}}) {
    auto r = reg.run(args);
    INFO(Registry::join(args) << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK(contains(r.err, "unknown partner"));
    CHECK(contains(r.err, "shandong"));
    CHECK(r.out.empty());
  }
}

TEST_CASE("timeline shandong --svg is well-formed XML with one lane per agreement", "[e2e][answers]") {
  Registry reg;
  load_reports(reg);
  auto svg = reg.dir() / "shandong.svg";
  auto r = reg.run({"timeline", "shandong", "--svg", svg.string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "2017-10-16"));
  std::string xml = read_file(svg);
  REQUIRE(!xml.empty());

  // Well-formed: every tag closed in order, attributes quoted, entities known.
  std::vector<std::string> stack;
  std::size_t lanes = 0, root = 0;
  std::size_t i = 0;
  bool ok = true;
  std::string problem;
  while (ok && (i = xml.find('<', i)) != std::string::npos) {
    if (xml.compare(i, 4, "<!--") == 0) {
      i = xml.find("-->", i);
      ok = i != std::string::npos;
      continue;
    }
    if (xml.compare(i, 2, "<?") == 0) {
      i = xml.find("?>", i);
      continue;
    }
    auto end = xml.find('>', i);
    if (end == std::string::npos) {
      ok = false;
      problem = "unterminated tag";
      break;
    }
    std::string tag = xml.substr(i + 1, end - i - 1);
    if (tag.rfind("!", 0) == 0) { // doctype or CDATA
      i = end;
      continue;
    }
    // Quotes balance inside the tag.
    if (std::count(tag.begin(), tag.end(), '"') % 2 != 0) {
      ok = false;
      problem = "unbalanced quotes in <" + tag + ">";
      break;
    }
    if (tag[0] == '/') {
      std::string name = tag.substr(1);
      if (stack.empty() || stack.back() != name) {
        ok = false;
        problem = "</" + name + "> closes " + (stack.empty() ? "nothing" : stack.back());
        break;
      }
      stack.pop_back();
    } else {
      std::string name = tag.substr(0, tag.find_first_of(" \t\n/"));
      if (stack.empty()) ++root;
      if (contains(tag, "class=\"lane\"")) ++lanes;
      if (tag.back() != '/') stack.push_back(name);
    }
    i = end + 1;
  }
  INFO(problem);
  CHECK(ok);
  CHECK(stack.empty());
  CHECK(root == 1);
  CHECK(xml.find("<svg") != std::string::npos);
  CHECK(contains(xml, "xmlns=\"http://www.w3.org/2000/svg\""));
  // No raw ampersand outside an entity.
  for (std::size_t a = xml.find('&'); a != std::string::npos; a = xml.find('&', a + 1)) {
    auto semi = xml.find(';', a);
    INFO(xml.substr(a, 12));
    CHECK((semi != std::string::npos && semi - a <= 8));
  }
  // One lane per agreement or MOU with Shandong or a place inside it.
  auto list = reg.json_of({"agreements", "--partner", "shandong", "--json"});
  CHECK(list["total"] == 5);
  CHECK(lanes == list["total"].get<std::size_t>());
  // Agreement titles with an apostrophe are escaped or safe.
  CHECK(contains(xml, "Yantai"));
}

TEST_CASE("timeline svg also parses with a real XML parser", "[e2e][answers]") {
  // xmllint (libxml2-utils) when present; otherwise python3's ElementTree.
  Registry reg;
  load_reports(reg);
  auto svg = reg.dir() / "t.svg";
  REQUIRE(reg.run({"timeline", "Shandong", "--svg", svg.string()}).exit_code == 0);
  RunResult r;
  if (std::filesystem::exists("/usr/bin/xmllint")) {
    r = entente::test::run({"/usr/bin/xmllint", "--noout", svg.string()});
  } else if (std::filesystem::exists("/usr/bin/python3")) {
    r = entente::test::run({"/usr/bin/python3", "-c",
                            "import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])", svg.string()});
  } else {
    WARN("no XML parser on this machine; the hand-written check above stands");
    return;
  }
  INFO(r.err);
  CHECK(r.exit_code == 0);
}

// Trial 14: reports that say an agreement lapsed or was ended ("est échu
// depuis 2019", "a été résiliée en 2020", "expired in 2020") left the audit
// asking for a review of it, with no sentence to show.
TEST_CASE("audit: ends a report states are events with their sentence", "[e2e][answers]") {
  Registry reg;
  const auto path = reg.dir() / "2019-11_chine_fins.txt";
  entente::test::write_file(path,
                            "Rapport de mission en Chine\n\n"
                            "Lieux : Jinan et Qingdao (Chine)\n"
                            "Dates : du 4 au 8 novembre 2019\n\n"
                            "Contexte\n\n"
                            "L'Entente de coopération entre le Québec et la province du Shandong, signée en "
                            "2008, est échue depuis 2016.\n"
                            "Le protocole d'entente de 2012 avec Qingdao dans le domaine de la santé a été "
                            "résilié en 2018 à la demande de la partie chinoise.\n"
                            "L'entente de 2010 avec Jinan en éducation n'a pas expiré.\n\n"
                            "Recommandations\n\n"
                            "1. Renouveler l'entente de 2008 avec le Shandong.\n");
  REQUIRE(reg.run({"ingest", "-q", path.string()}).exit_code == 0);

  std::map<std::string, std::string> status;
  const auto agreements = reg.json_of({"agreements", "--json"});
  for (const auto& a : agreements["agreements"])
    status[a["title"].get<std::string>()] = a["status"].get<std::string>();
  CHECK(status["Entente Québec–Shandong (2008)"] == "expired");
  CHECK(status["Protocole d'entente Québec–Qingdao : santé (2012)"] == "terminated");
  CHECK(status["Entente Québec–Jinan : éducation (2010)"] == "signed");

  // The expired agreement is listed with the sentence that says so, and
  // with the plan to renew it; the terminated one needs nothing.
  auto audit = reg.json_of({"audit", "--json", "--as-of", "2024-06-30"});
  std::map<std::string, json> listed;
  for (const auto& a : audit["agreements"])
    listed[a["title"].get<std::string>()] = a;
  REQUIRE(listed.count("Entente Québec–Shandong (2008)") == 1);
  const auto& reasons = listed["Entente Québec–Shandong (2008)"]["reasons"];
  REQUIRE(reasons.size() == 2);
  CHECK(reasons[0]["rule"] == "expired");
  CHECK(reasons[0]["line"] == 8);
  CHECK(contains(reasons[0]["evidence"].get<std::string>(), "est échue depuis 2016"));
  CHECK(reasons[1]["rule"] == "planned_update_pending");
  CHECK(listed.count("Protocole d'entente Québec–Qingdao : santé (2012)") == 0);
  // Before the end it states, the agreement was not yet expired.
  auto earlier = audit_at(reg, "2015-06-30");
  CHECK(earlier.count("Entente Québec–Shandong (2008)") == 0);
}

TEST_CASE("audit --expiring-within: an end a report tells ahead, with its sentence", "[e2e][answers]") {
  Registry reg;
  const auto path = reg.dir() / "2024-06_chine_echeances.txt";
  entente::test::write_file(path,
                            "Rapport de mission en Chine\n\n"
                            "Lieux : Jinan (Chine)\n"
                            "Dates : du 4 au 8 juin 2024\n\n"
                            "Contexte\n\n"
                            "Le protocole d'entente de 2021 avec Jinan en éducation arrive à échéance en "
                            "mars 2025.\n");
  REQUIRE(reg.run({"ingest", "-q", path.string()}).exit_code == 0);
  // Off unless asked: the audit's default answer does not move.
  CHECK(reg.json_of({"audit", "--json", "--as-of", "2024-06-30"})["agreements"].empty());
  CHECK(reg.json_of({"audit", "--json", "--as-of", "2024-06-30", "--expiring-within", "6"})["agreements"]
            .empty());
  auto j = reg.json_of({"audit", "--json", "--as-of", "2024-06-30", "--expiring-within", "12"});
  CHECK(j["expiring_within_months"] == 12);
  REQUIRE(j["agreements"].size() == 1);
  const auto& reason = j["agreements"][0]["reasons"].at(0);
  CHECK(reason["rule"] == "expires_soon");
  CHECK(reason["since"] == "2025-03-31");
  CHECK(reason["line"] == 8);
  CHECK(contains(reason["evidence"].get<std::string>(), "arrive à échéance en mars 2025"));
  auto text = reg.run({"audit", "--as-of", "2024-06-30", "--expiring-within", "12"});
  CHECK(contains(text.out, "expiring by 2025-06-30): 1 agreement(s) need updating"));
  // Past that end it is expired, and says so without being asked.
  auto after = reg.json_of({"audit", "--json", "--as-of", "2025-04"});
  REQUIRE(after["agreements"].size() == 1);
  CHECK(after["agreements"][0]["reasons"][0]["rule"] == "expired");
  CHECK(reg.run({"audit", "--expiring-within", "-1"}).exit_code == 2);
}

// Trial 15: a report that signs an amendment to an MOU and recommends
// reviewing it closed its own plan: the amendment is dated a day after the
// mission's first. What the mission did does not close what it asks for.
TEST_CASE("audit: what a mission did does not close the update it plans", "[e2e][answers]") {
  Registry reg;
  const auto path = reg.dir() / "2016-09_new_york.txt";
  entente::test::write_file(
      path, "Mission report\n\n"
            "Places visited: Albany (New York State)\n"
            "Mission dates: September 19-21, 2016\n\n"
            "CONTEXT\n\n"
            "Québec and New York State have cooperated since the Memorandum of Understanding on "
            "Emergency Management signed in Albany in 2011.\n\n"
            "PROCEEDINGS\n\n"
            "On September 20, 2016, the Minister signed Amendment No. 1 to the MOU.\n\n"
            "RECOMMENDATIONS\n\n"
            "- The agreement should be fully reviewed and updated before it expires at the end of "
            "2021.\n");
  REQUIRE(reg.run({"ingest", "-q", path.string()}).exit_code == 0);
  auto rules = audit_at(reg, "2019-06-30");
  REQUIRE(rules.size() == 1);
  CHECK(rules.begin()->second == Strings{"planned_update_pending"});
  auto later = audit_at(reg, "2022-06-30");
  REQUIRE(later.size() == 1);
  CHECK(later.begin()->second == Strings{"expired", "planned_update_pending"});
}

// Session 15: "une nouvelle entente, qui remplace l'entente de 2005" left the
// 2005 agreement in the audit with the plan to update it that an earlier
// mission made; the work plan "qui met en œuvre l'entente signée en 2012"
// made that agreement one the mission adopted.
TEST_CASE("audit: an agreement a report says was replaced needs no update", "[e2e][answers]") {
  Registry reg;
  const auto planned = reg.dir() / "2017-05_baviere.txt";
  entente::test::write_file(planned,
                            "Rapport de mission\n\n"
                            "Lieux : Munich (Allemagne)\n"
                            "Dates de la mission : 3 au 6 mai 2017\n\n"
                            "Résultats\n\n"
                            "La ministre et le ministre-président de la Bavière ont convenu de mettre à "
                            "jour l'Entente Québec-Bavière de 2005 sur l'environnement.\n");
  REQUIRE(reg.run({"ingest", "-q", planned.string()}).exit_code == 0);
  REQUIRE(audit_at(reg, "2018-06-30").size() == 1);

  const auto replaced = reg.dir() / "2019-05_baviere.txt";
  entente::test::write_file(
      replaced,
      "Rapport de mission\n\n"
      "Lieux : Munich (Allemagne)\n"
      "Dates de la mission : 3 au 6 mai 2019\n\n"
      "Résultats\n\n"
      "Le 4 mai 2019, la ministre et le ministre-président de la Bavière ont signé une nouvelle "
      "entente sur l'environnement, qui remplace l'entente de 2005.\n"
      "Un plan de travail, qui met en œuvre l'entente signée en 2012 avec la Bavière sur l'énergie, "
      "a été adopté.\n");
  REQUIRE(reg.run({"ingest", "-q", replaced.string()}).exit_code == 0);

  std::map<std::string, std::pair<std::string, std::string>> found; // title -> signed, status
  const auto agreements = reg.json_of({"agreements", "--json"});
  for (const auto& a : agreements["agreements"])
    found[a["title"].get<std::string>()] = {a["signed"].is_null() ? "" : a["signed"].get<std::string>(),
                                            a["status"].get<std::string>()};
  CHECK(found["Entente Québec–Bavière : environnement et changements climatiques (2005)"].second ==
        "superseded");
  CHECK(found["Entente Québec–Bavière : énergie (2012)"] ==
        std::pair<std::string, std::string>{"2012", "signed"});
  CHECK(found.size() == 4); // and the new agreement and the work plan

  // The plan of 2017 is closed by the replacement, dated by its day.
  CHECK(audit_at(reg, "2020-06-30").empty());
  auto shown = reg.json_of({"show", "agreement", "1", "--json"});
  bool superseded = false;
  for (const auto& e : shown["events"]) {
    if (e["type"] == "superseded") {
      superseded = true;
      CHECK(e["date"] == "2019-05-04");
      CHECK(contains(e["evidence"].get<std::string>(), "qui remplace l'entente de 2005"));
    }
  }
  CHECK(superseded);
  // Navigable both ways, with the mission and line that say so.
  REQUIRE(shown["relations"].size() == 1);
  const auto& relation = shown["relations"][0];
  CHECK(relation["type"] == "supersedes");
  CHECK(relation["to"] == 1);
  CHECK(relation["mission_id"] == 2);
  CHECK(relation["line"] == 8);
  auto newer = reg.json_of({"show", "agreement", std::to_string(relation["from"].get<int>()), "--json"});
  REQUIRE(newer["relations"].size() == 1);
  CHECK(newer["relations"][0] == relation);

  // The report taken out, the 2005 agreement needs its update again.
  REQUIRE(reg.run({"missions", "remove", "2"}).exit_code == 0);
  CHECK(reg.json_of({"show", "agreement", "1", "--json"})["relations"].empty());
  CHECK(audit_at(reg, "2020-06-30").size() == 1);
}

// Trial 31: `commitments washington` answered for Washington, Pennsylvania
// (the slug "washington"), printed "Nothing recorded." and no word of
// Washington State.
TEST_CASE("commitments names the partners of the same name when nothing is recorded", "[e2e][answers]") {
  Registry reg;
  REQUIRE(reg.run({"agreements", "add", "--title", "Protocole Québec–Washington", "--partner",
                   "washington-state"})
              .exit_code == 0);
  auto r = reg.run({"commitments", "washington"});
  INFO(r.out << r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "Nothing recorded."));
  CHECK(contains(r.out, "`entente commitments washington-state`"));
  CHECK(contains(reg.run({"commitments", "washington-state"}).out, "Protocole Québec–Washington"));
}

TEST_CASE("commitments of a city with nothing recorded answers for the namesake holding it",
          "[e2e][answers]") {
  // "oaxaca" is the slug of Oaxaca de Juárez; the state that holds it has
  // the same name and the agreement.
  Registry reg;
  REQUIRE(reg.run({"agreements", "add", "--title", "Entente Québec–Oaxaca", "--partner", "oaxaca-state"})
              .exit_code == 0);
  auto text = reg.run({"commitments", "oaxaca"});
  INFO(text.out << text.err);
  REQUIRE(text.exit_code == 0);
  CHECK(contains(text.out, "has nothing recorded; answering for oaxaca-state"));
  CHECK(contains(text.out, "Entente Québec–Oaxaca"));
  auto j = reg.json_of({"commitments", "oaxaca", "--json"});
  CHECK(j["partner"] == "oaxaca-state");
  CHECK(j["asked_for"] == "oaxaca");
  CHECK(j["items"].size() == 1);
  // A city with something of its own keeps its answer.
  REQUIRE(reg.run({"agreements", "add", "--title", "Jumelage Québec–ville d'Oaxaca", "--partner", "oaxaca"})
              .exit_code == 0);
  auto city = reg.json_of({"commitments", "oaxaca", "--json"});
  CHECK(city["partner"] == "oaxaca");
  CHECK(!city.contains("asked_for"));
  // Nor when a filter leaves the city nothing (review 41).
  auto open = reg.json_of({"commitments", "oaxaca", "--status", "open", "--json"});
  CHECK(open["partner"] == "oaxaca");
  CHECK(!open.contains("asked_for"));
}
