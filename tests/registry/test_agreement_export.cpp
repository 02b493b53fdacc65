#include "../support.hpp"
#include "registry/agreement_export.hpp"
#include "registry/agreement_import.hpp"

#include <catch2/catch.hpp>

#include <sstream>

using namespace entente;
using entente::test::TempDir;
using entente::test::write_file;

namespace {

std::string export_string(Store& store, ExportFormat format, char delimiter = ',') {
  std::ostringstream out;
  ExportOptions opt;
  opt.as_of = "2024-06-30";
  opt.delimiter = delimiter;
  export_agreements(store, out, format, opt);
  return out.str();
}

// A registry with what is hard to carry through a spreadsheet: gaps in the
// ids, separators and formulas in free text, line breaks, every kind of
// event, relations both ways.
void fill(Store& store) {
  sql::Transaction tx(store.db());
  Agreement a;
  a.kind = "agreement";
  a.title = "Entente Québec–Shandong; \"amitié\", échanges";
  a.ref = "2008-12";
  a.partners = {"shandong"};
  a.domains = {"education", "culture"};
  a.signed_date = "2008-08";
  a.notes = "=HYPERLINK(\"http://x\")\nsecond line | with a pipe; and ] bracket \\ backslash";
  AgreementEvent e;
  e.type = "signed";
  e.date = "2008-08";
  e.source_kind = "press_release";
  e.source = "mrif.gouv.qc.ca; actualité [6663]";
  e.evidence = "Signée à Jinan | le gouverneur; ] \\";
  a.events.push_back(e);
  Id first = store.create_agreement(a);

  Agreement gone;
  gone.title = "Deleted later";
  Id gap = store.create_agreement(gone);

  Agreement b;
  b.kind = "mou";
  b.title = "-5 degrees MOU";
  b.partners = {"china", "shanghai"};
  b.signed_date = "2011-09-02";
  b.expires = "2016";
  b.review = "2015-01";
  AgreementEvent undated;
  undated.type = "in_force";
  undated.source_kind = "registry";
  b.events.push_back(undated);
  AgreementEvent lined;
  lined.type = "expired";
  lined.date = "2016-12-31";
  lined.source_kind = "mission_report";
  lined.line = 42;
  b.events.push_back(lined);
  Id second = store.create_agreement(b);

  Agreement c;
  c.title = "Renewal";
  c.partners = {"shandong"};
  c.signed_date = "2011-08-31";
  Id third = store.create_agreement(c);
  store.add_relation({"renews", third, first, "renewed at Jinan: 2011"});
  store.add_relation({"implements", second, first, ""});
  store.delete_agreement(gap);
  tx.commit();
}

} // namespace

TEST_CASE("export: events and relations cells decode to what was encoded") {
  AgreementEvent a{0, "renewed", "2011-08-31", "a | b; c ] d \\ e", "press_release", "src;[x]", 7, 12};
  AgreementEvent b{0, "in_force", "", "", "registry", "", std::nullopt, std::nullopt};
  AgreementEvent c{0, "signed", "2006", "", "hand", "", std::nullopt, 3};
  auto cell = encode_events({a, b, c});
  CHECK(cell.find("in_force[registry]") != std::string::npos);
  auto back = decode_events(cell);
  REQUIRE(back.size() == 3);
  CHECK(back[0].evidence == a.evidence);
  CHECK(back[0].source == a.source);
  CHECK(back[0].mission_id == 7);
  CHECK(back[0].line == 12);
  CHECK(back[1].date.empty());
  CHECK(back[1].evidence.empty());
  CHECK(back[2].source.empty());
  CHECK(back[2].line == 3);
  CHECK(encode_events(back) == cell);
  CHECK_THROWS_AS(decode_events("signed@2008"), ValidationError);

  std::vector<AgreementRelation> rels = {{"implements", 8, 7, "plan: 2013 | x"}, {"renews", 3, 8, ""}};
  auto rcell = encode_relations(rels, 8);
  CHECK(rcell == "implements:7: plan: 2013 \\| x");
  auto rback = decode_relations(rcell, 8);
  REQUIRE(rback.size() == 1);
  CHECK(rback[0].to == 7);
  CHECK(rback[0].evidence == "plan: 2013 | x");
  CHECK_THROWS_AS(decode_relations("implements", 1), ValidationError);
}

TEST_CASE("export: the CSV has the DESIGN columns and neutralised formulas") {
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  fill(store);
  std::string csv = export_string(store, ExportFormat::Csv);
  CHECK(csv.starts_with(
      "id,ref,title,kind,partners,domains,signed,status,expires,review,notes,events,relations,origin\n"));
  CHECK(csv.find("\"'=HYPERLINK") != std::string::npos);
  CHECK(csv.find("'-5 degrees MOU") != std::string::npos);
  CHECK(csv.find("\n1,2008-12,") != std::string::npos);
  CHECK(csv.find("\n3,,-5") == std::string::npos);
  CHECK(csv.find("renews:1: renewed at Jinan: 2011") != std::string::npos);
}

TEST_CASE("export: round trips into an empty registry are exact") {
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  fill(store);
  std::string csv = export_string(store, ExportFormat::Csv);
  std::string json = export_string(store, ExportFormat::Json);
  std::string semi = export_string(store, ExportFormat::Csv, ';');

  auto round = [&](const std::string& name, const std::string& content, ExportFormat format) {
    TempDir other;
    write_file(other.path() / name, content);
    Store fresh(other.str() + "/home", Access::Write);
    auto r = import_agreements(fresh, (other.path() / name).string());
    INFO(name);
    for (const auto& p : r.problems)
      INFO(p.message);
    CHECK(r.problems.empty());
    CHECK(r.added == 3);
    CHECK(r.unknown_columns.empty());
    std::string again = export_string(fresh, format, content == semi ? ';' : ',');
    CHECK(again == content);
    // Import of the same file into that registry changes nothing.
    auto twice = import_agreements(fresh, (other.path() / name).string());
    CHECK(twice.unchanged == 3);
    CHECK(export_string(fresh, format, content == semi ? ';' : ',') == content);
    return export_string(fresh, ExportFormat::Json);
  };
  CHECK(round("a.csv", csv, ExportFormat::Csv) == json);
  CHECK(round("a.json", json, ExportFormat::Json) == json);
  CHECK(round("semi.csv", semi, ExportFormat::Csv) == json);
}

TEST_CASE("export: the bundled sample round trips too") {
  TempDir dir;
  Store store(dir.str() + "/home", Access::Write);
  import_agreements(store, std::string(ENTENTE_SOURCE_DIR) + "/data/agreements.csv");
  std::string csv = export_string(store, ExportFormat::Csv);
  write_file(dir.path() / "x.csv", csv);
  Store fresh(dir.str() + "/fresh", Access::Write);
  auto r = import_agreements(fresh, (dir.path() / "x.csv").string());
  CHECK(r.added == 8);
  CHECK(export_string(fresh, ExportFormat::Csv) == csv);
  CHECK(export_string(fresh, ExportFormat::Json) == export_string(store, ExportFormat::Json));
}

TEST_CASE("export: unknown format names are refused") {
  CHECK(export_format_from("CSV") == ExportFormat::Csv);
  CHECK(export_format_from("json") == ExportFormat::Json);
  CHECK_THROWS_AS(export_format_from("xlsx"), ValidationError);
}
