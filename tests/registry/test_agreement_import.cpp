#include "../support.hpp"
#include "registry/agreement_import.hpp"
#include "registry/status.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>

using namespace entente;
using entente::test::TempDir;
using entente::test::write_file;

namespace {

std::string problems_of(const ImportReport& r) {
  std::string out;
  for (const auto& p : r.problems)
    out += p.message + "\n";
  return out;
}

const Agreement* by_title(const std::vector<Agreement>& all, std::string_view title) {
  auto it = std::find_if(all.begin(), all.end(), [&](const Agreement& a) { return a.title == title; });
  return it == all.end() ? nullptr : &*it;
}

std::string dataset(const char* name) {
  return std::string(ENTENTE_SOURCE_DIR) + "/../shared/datasets/" + name;
}

} // namespace

TEST_CASE("import: the DESIGN columns in any order, with good and bad rows") {
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  auto csv = dir.path() / "a.csv";
  write_file(csv, "Notes,TITLE,kind,partners,domains,signed,status,expires,Colour\n"
                  "n1,Accord Québec–Shandong,agreement,Shandong,,2008-08,en vigueur,,red\n"
                  "n2,Unknown partner row,mou,Atlantis,,2009,,,\n"
                  "n3,Bad date row,agreement,China,,2009-13-45,,,\n"
                  ",,agreement,China,,2010,,,\n"
                  "n5,Bad kind row,treaty,China,,2010,,,\n"
                  "n6,\"Two partners, one MOU\",MOU,Chine; Shanghai,,2011-09-02,expired,2016,\n");
  auto r = import_agreements(store, csv.string());
  INFO(problems_of(r));
  CHECK(r.rows == 6);
  CHECK(r.added == 2);
  CHECK(r.skipped == 4);
  REQUIRE(r.problems.size() == 4);
  CHECK(r.problems[0].message.starts_with("line 3: unknown partner 'Atlantis'"));
  CHECK(r.problems[1].message.starts_with("line 4: "));
  CHECK(r.problems[1].message.find("2009-13-45") != std::string::npos);
  CHECK(r.problems[2].message.starts_with("line 5: no title"));
  CHECK(r.problems[3].message.starts_with("line 6: kind 'treaty'"));
  CHECK(r.unknown_columns == std::vector<std::string>{"Colour"});

  auto all = store.list_agreements();
  REQUIRE(all.size() == 2);
  const Agreement* sd = by_title(all, "Accord Québec–Shandong");
  REQUIRE(sd);
  CHECK(sd->partners == std::vector<std::string>{"shandong"});
  CHECK(sd->notes == "n1");
  CHECK(sd->origin == "import");
  REQUIRE(sd->events.size() == 1);
  CHECK(sd->events[0].type == "in_force");
  CHECK(sd->events[0].source_kind == "registry");
  CHECK(derive_status(*sd, "2020-01-01") == "in_force");
  const Agreement* mou = by_title(all, "Two partners, one MOU");
  REQUIRE(mou);
  CHECK(mou->kind == "mou");
  CHECK(mou->partners == std::vector<std::string>{"china", "shanghai"});
  CHECK(derive_status(*mou, "2020-01-01") == "expired");

  SECTION("importing the same file again adds nothing") {
    auto again = import_agreements(store, csv.string());
    CHECK(again.added == 0);
    CHECK(again.unchanged == 2);
    CHECK(again.skipped == 4);
    CHECK(store.list_agreements().size() == 2);
  }
  SECTION("a changed row updates its agreement") {
    write_file(csv,
               "title,kind,partners,signed,notes\nAccord Québec–Shandong,agreement,Shandong,2008-08,new\n");
    auto again = import_agreements(store, csv.string());
    CHECK(again.updated == 1);
    CHECK(by_title(store.list_agreements(), "Accord Québec–Shandong")->notes == "new");
  }
}

TEST_CASE("import: a file that cannot be read at all is an error") {
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  CHECK_THROWS_AS(import_agreements(store, dir.str() + "/missing.csv"), ImportError);
  write_file(dir.path() / "q.csv", "title\n\"open\n");
  CHECK_THROWS_AS(import_agreements(store, (dir.path() / "q.csv").string()), ImportError);
  write_file(dir.path() / "nt.csv", "name,kind\nx,mou\n");
  CHECK_THROWS_WITH(import_agreements(store, (dir.path() / "nt.csv").string()),
                    Catch::Contains("no title column"));
  write_file(dir.path() / "bad.json", "{\"agreements\": 3}");
  CHECK_THROWS_AS(import_agreements(store, (dir.path() / "bad.json").string()), ImportError);
  CHECK(store.list_agreements().empty());
}

TEST_CASE("import: partners come from the title when there is no partners column") {
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  auto csv = dir.path() / "t.csv";
  write_file(
      csv,
      "title;signed\n"
      "Agreement Between Canada And China For Cooperation In The Peaceful Uses Of Nuclear Energy;1994\n");
  auto r = import_agreements(store, csv.string());
  CHECK(r.added == 1);
  CHECK(r.partners_from_titles == 1);
  auto a = store.list_agreements().at(0);
  CHECK(a.partners == std::vector<std::string>{"canada", "china"});
  auto st = store.db().prepare("SELECT DISTINCT origin FROM agreement_partners");
  REQUIRE(st.step());
  CHECK(st.text(0) == "extracted");
}

TEST_CASE("import: mapping strings and files") {
  auto m =
      parse_mapping("Treaty Name=title,Signature Date=signed:dmy,Membership=partners:,,Type=kind:Memorandum "
                    "of Understanding>mou:*>agreement,End=expires:dmy:none=01.01.2699");
  REQUIRE(m.size() == 5);
  CHECK(m[0].source == "Treaty Name");
  CHECK(m[0].target == "title");
  CHECK(m[1].date_order == 'd');
  CHECK(m[2].target == "partners");
  CHECK(m[2].separator == ',');
  CHECK(m[3].values.at(0).first == "memorandum of understanding");
  CHECK(m[3].fallback == "agreement");
  CHECK(m[4].none_values == std::vector<std::string>{"01.01.2699"});
  CHECK_THROWS_WITH(parse_mapping("X=colour"), Catch::Contains("not a column entente knows"));
  CHECK_THROWS_WITH(parse_mapping("X=title:weird"), Catch::Contains("unknown option 'weird'"));

  TempDir dir;
  write_file(dir.path() / "map.txt", "# GPTAD layout\n"
                                     "Common.Name = title\n"
                                     "Membership = partners:,\n"
                                     "Date.of.Signature = signed:mdy\n"
                                     "\n"
                                     "Articles, etc. = notes\n");
  auto f = load_mapping_file((dir.path() / "map.txt").string());
  REQUIRE(f.size() == 4);
  CHECK(f[1].separator == ',');
  CHECK(f[2].date_order == 'm');
  CHECK(f[3].source == "Articles, etc.");
  write_file(dir.path() / "bad.txt", "A = title\nB\n");
  CHECK_THROWS_WITH(load_mapping_file((dir.path() / "bad.txt").string()), Catch::Contains("bad.txt: line 2"));

  Store store(dir.str() + "/home", Access::Write);
  write_file(dir.path() / "g.csv", "Common.Name,Membership,Date.of.Signature,End,In.force.status\n"
                                   "Canada - Chile,\"Canada, Chile\",12/05/1996,31.12.9999,in force\n"
                                   "Bad,\"Canada, Chile\",13/45/1996,N/A,in force\n");
  ImportOptions opt;
  opt.mapping =
      parse_mapping("Common.Name=title,Membership=partners:,,Date.of.Signature=signed:mdy,End=expires:"
                    "dmy,In.force.status=status");
  auto r = import_agreements(store, (dir.path() / "g.csv").string(), opt);
  INFO(problems_of(r));
  CHECK(r.added == 1);
  CHECK(r.skipped == 1);
  auto a = store.list_agreements().at(0);
  CHECK(a.signed_date == "1996-12-05");
  CHECK(a.expires.empty());
  CHECK(a.partners == std::vector<std::string>{"canada", "chile"});

  ImportOptions wrong;
  wrong.mapping = parse_mapping("Nope=title");
  CHECK_THROWS_WITH(import_agreements(store, (dir.path() / "g.csv").string(), wrong),
                    Catch::Contains("does not have"));
}

TEST_CASE("import: the bundled sample loads cleanly") {
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  auto r = import_agreements(store, std::string(ENTENTE_SOURCE_DIR) + "/data/agreements.csv");
  INFO(problems_of(r));
  CHECK(r.problems.empty());
  CHECK(r.added == 8);
  CHECK(r.unknown_columns.empty());
  auto all = store.list_agreements();
  REQUIRE(all.size() == 8);
  std::map<std::string, int> statuses;
  for (const auto& a : all) {
    ++statuses[derive_status(a, "2024-01-01")];
    for (const auto& e : a.events)
      CHECK(e.source_kind == "press_release");
  }
  CHECK(statuses["in_force"] == 2); // the two S&T agreements renewed in 2011
  CHECK(statuses["signed"] == 6);
  auto plan =
      std::find_if(all.begin(), all.end(), [](const Agreement& a) { return a.signed_date == "2013-10-20"; });
  REQUIRE(plan != all.end());
  REQUIRE(plan->relations.size() == 1);
  CHECK(plan->relations[0].type == "implements");
  CHECK(store.get_agreement(plan->relations[0].to).signed_date == "2011-09-02");
  auto again = import_agreements(store, std::string(ENTENTE_SOURCE_DIR) + "/data/agreements.csv");
  CHECK(again.unchanged == 8);
}

namespace {

ImportReport load_dataset(const char* name, const char* mapping, std::size_t expected_rows) {
  std::string path = dataset(name);
  if (!std::filesystem::exists(path)) {
    WARN(path << " is absent; skipping");
    return {};
  }
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  ImportOptions opt;
  opt.mapping = parse_mapping(mapping);
  auto t0 = std::chrono::steady_clock::now();
  auto r = import_agreements(store, path, opt);
  auto ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - t0).count();
  WARN(name << ": " << r.rows << " rows, " << r.added << " added, " << r.updated << " updated, "
            << r.unchanged << " unchanged (same row twice), " << r.skipped << " skipped, "
            << r.partners_from_titles << " with partners from titles, in " << ms << " ms");
  CHECK(r.rows == expected_rows);
  CHECK(r.added + r.updated + r.unchanged + r.skipped == r.rows);
  CHECK(r.skipped == r.problems.size());
  for (const auto& p : r.problems)
    CHECK(p.message.starts_with("line "));
  CHECK(store.list_agreements().size() == r.added);
  return r;
}

} // namespace

TEST_CASE("import: IEADB, every row loads or is reported", "[dataset]") {
  auto r =
      load_dataset("manytreaties_IEADB_treaties.csv",
                   "IEA# (click for add'l info)=ref,Treaty Name=title,Signature Date=signed:none=2699-01-01,"
                   "Date IEA entered into force=in_force:none=2699-01-01,"
                   "Agreement Type (level 2)=kind:Memorandum of Understanding>mou:*>agreement",
                   5728);
  if (r.rows) {
    CHECK(r.added + r.skipped == 5728); // refs are unique: no row matches another
    CHECK(r.partners_from_titles > 1000);
  }
}

TEST_CASE("import: GPTAD and HUGGO with their date layouts", "[dataset]") {
  load_dataset("manytreaties_GPTAD.csv",
               "Common.Name=title,Membership=partners:,,Type=kind:*>agreement,Date.of.Signature=signed:mdy,"
               "Date.of.Entry.into.Force=in_force:mdy,In.force.status=status",
               352);
  load_dataset(
      "manytreaties_HUGGO_hlt_reconciled.csv",
      "manyID=ref,Title=title,Signature=signed:dmy,Force=in_force:dmy,End=expires:dmy,Type=kind:*>agreement",
      229); // SOURCES.md says 228; the file holds 229 records
}
