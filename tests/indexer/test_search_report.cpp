#include "search_fixture.hpp"

#include <catch2/catch.hpp>

using namespace entente;
using namespace entente::test;

// The shipped example report, indexed whole, as the sync code would before
// the parser splits it into sections.
TEST_CASE("the example report is found by its French words", "[search][report]") {
  TempDir dir;
  FakeResolver resolver;
  auto text = read_file(source_path("data/reports/2017-09_sante_chine_shanghai_qingdao_jinan_beijing.txt"));
  REQUIRE_FALSE(text.empty());
  indexer::SearchDocument d;
  d.kind = "mission";
  d.id = 7;
  d.title = "Mission en Chine 2017";
  d.language = "fr";
  d.fields = {{"general", text}};
  d.display_text = text;
  d.partners = {"qingdao", "shandong", "china"};
  d.date = "2017-09";
  auto index = indexer::SearchIndex::open_writable(dir.str() + "/x", std::chrono::milliseconds(0));
  index.replace(d);
  index.commit();

  auto search = [&](const std::string& q) {
    indexer::SearchRequest r;
    r.query = q;
    return indexer::search(index, r, resolver, "[", "]");
  };
  for (const char* q : {"technologie medicale", "\"technologies médicales\"", "education superieure", "sante",
                        "prevention maladies", "partner:shandong year:2017", "date:2017-09-15"}) {
    INFO(q);
    CHECK(search(q).total == 1);
  }
  auto r = search("technologies medicales");
  REQUIRE(r.hits.size() == 1);
  CHECK(r.hits[0].snippet.find("[technologies] [médicales]") != std::string::npos);
  CHECK(search("education superieure").hits[0].snippet.find("l’[éducation] [supérieure]") !=
        std::string::npos);
}
