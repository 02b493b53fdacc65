#include "search_fixture.hpp"

#include "indexer/search_error.hpp"

#include <catch2/catch.hpp>

using namespace entente;
using namespace entente::test;
using indexer::SearchRequest;

TEST_CASE("words are found whatever their accents and case", "[search]") {
  SearchFixture f;
  const Ids health = {"mission:1", "agreement:1"};
  CHECK(f.ids("sante") == health);
  CHECK(f.ids("santé") == health);
  CHECK(f.ids("SANTÉ") == health);
  CHECK(f.ids("Sante\xCC\x81") == health); // NFD
  CHECK(f.ids("hopital") == Ids{"mission:1"});
  CHECK(f.ids("HÔPITAL") == Ids{"mission:1"});
}

TEST_CASE("stemming works both ways in French and English", "[search]") {
  SearchFixture f;
  // "technologie medicale" finds "technologies médicales"; and the reverse.
  auto singular = f.ids("technologie medicale");
  CHECK(singular.count("mou:4"));
  CHECK(singular.count("mission:1"));
  auto plural = f.ids("technologies médicales");
  CHECK(plural.count("mou:4"));
  CHECK(f.ids("universite") == Ids{"mission:1"}); // "universités"
  CHECK(f.ids("universités") == Ids{"mission:1"});
  CHECK(f.ids("protocole") == Ids{"mission:1", "mou:3", "mou:4"});
  // English documents with the English stemmer.
  CHECK(f.ids("hospital") == Ids{"mission:3"});
  CHECK(f.ids("companies") == Ids{"mission:3"});
  CHECK(f.ids("company") == Ids{"mission:3"});
  CHECK(f.ids("discuss") == Ids{"mission:3"});
}

TEST_CASE("French elisions expose the word after the apostrophe", "[search]") {
  SearchFixture f;
  CHECK(f.ids("agriculture") == Ids{"mission:2"});
  CHECK(f.ids("l'agriculture") == Ids{"mission:2"});
  CHECK(f.ids("l’agriculture durable") == Ids{"mission:2"});
  CHECK(f.ids("éducation") == Ids{"agreement:1"});
  CHECK(f.ids("agroalimentaire") == Ids{"mission:2"});
}

TEST_CASE("quoted phrases keep word order and are stemmed", "[search]") {
  SearchFixture f;
  CHECK(f.ids("\"technologies médicales\"") == Ids{"mission:1", "mou:4"});
  CHECK(f.ids("\"technologie medicale\"") == Ids{"mission:1", "mou:4"});
  CHECK(f.ids("\"prevention et controle\"") == Ids{"mission:1"}); // mou:3 says "prévention et le contrôle"
  CHECK(f.ids("\"controle et prevention\"").empty());
  CHECK(f.ids("\"medical technology\"") == Ids{"mission:3"});
  // Words of different fields do not make a phrase.
  CHECK(f.ids("\"jinan universites\"").empty());
}

TEST_CASE("numbers are words too, alone and in phrases", "[search]") {
  SearchFixture f;
  // The term generator stems only words that start with a letter, the query
  // parser stems everything: "2008" must meet "2008" all the same.
  CHECK(f.ids("2008") == Ids{"agreement:1", "agreement:5", "mission:1"});
  CHECK(f.ids("\"the 2008 agreement\"") == Ids{"agreement:5"});
}

TEST_CASE("phrases with function words: the others keep their order and span", "[search]") {
  SearchFixture f;
  // Function words have no positions in the index (positionless_words.hpp).
  CHECK(f.ids("\"entente de cooperation\"") == Ids{"agreement:1", "mission:1", "mission:2"});
  CHECK(f.ids("\"cooperation de entente\"").empty());
  CHECK(f.ids("\"l'entente de 2008\"") == Ids{"agreement:1", "mission:1"});
  CHECK(f.ids("\"entente 2008\"").empty()); // the span of the phrase still counts
  CHECK(f.ids("\"the delegation visited\"") == Ids{"mission:3"});
  CHECK(f.ids("title:\"protocole d'entente sur les technologies\"") == Ids{"mou:4"});
  // Looser than the exact phrase: the remaining words may stand closer.
  CHECK(f.ids("\"prevention et le controle\"") == Ids{"mission:1", "mou:3"});
  // Only function words: each must be there, anywhere.
  CHECK(f.ids("\"de la\"").count("mission:1"));
  CHECK(f.ids("\"the of\"") == Ids{"mission:3"}); // "The delegation", "Ministry of Economy"
  // Alone, a function word is still a word of the index.
  CHECK(f.ids("les").count("mission:1"));
  // Inside other operators too.
  CHECK(f.ids("\"hopital municipal de qingdao\"") == Ids{"mission:1"});
  CHECK(f.ids("\"hopital municipal de qingdao\" -\"ministere de la sante\"").empty());
  CHECK(f.ids("hopital OR \"signature de l'entente\"") == Ids{"mission:1", "mission:2"});
}

TEST_CASE("boolean operators, parentheses and exclusion", "[search]") {
  SearchFixture f;
  CHECK(f.ids("sante OR aerospace") == Ids{"mission:1", "agreement:1", "mission:3", "agreement:5"});
  CHECK(f.ids("sante AND qingdao") == Ids{"mission:1"});
  CHECK(f.ids("sante qingdao") == Ids{"mission:1"}); // AND is the default
  CHECK(f.ids("sante NOT qingdao") == Ids{"agreement:1"});
  CHECK(f.ids("sante -qingdao") == Ids{"agreement:1"});
  CHECK(f.ids("(aerospace OR agriculture) mission") == Ids{"mission:2", "mission:3"});
  // A query made only of exclusions means "everything but".
  CHECK(f.ids("NOT entente").count("mission:3"));
  CHECK(f.ids("-entente") == f.ids("NOT entente"));
  CHECK_FALSE(f.ids("-entente").count("agreement:1"));
  // Lower-case "and"/"or" are words, not operators.
  CHECK(f.ids("sante or aerospace").empty());
  // NOT in one language's reading must not leak through the other's stems.
  // ("maladies" stems to "malad" in French but "maladi" in English.)
  CHECK(f.ids("protocole NOT maladies") == Ids{"mou:4"});
  CHECK(f.ids("protocole NOT qingdao") == Ids{"mou:4"});
}

TEST_CASE("a trailing star matches word prefixes", "[search]") {
  SearchFixture f;
  CHECK(f.ids("agri*") == Ids{"mission:2"});
  CHECK(f.ids("technolog*") == Ids{"mission:1", "mission:3", "mou:4"});
  CHECK(f.ids("techno* partner:jinan") == Ids{"mission:1", "mou:4"});
  // The index keeps stems only: a prefix longer than a word's stem still finds
  // it ("technologies" is stemmed "technolog"), and prefixes work in fields.
  CHECK(f.ids("technologi*") == Ids{"mission:1", "mission:3", "mou:4"});
  CHECK(f.ids("technologies*") == Ids{"mission:1", "mission:3", "mou:4"});
  CHECK(f.ids("title:protoco*") == Ids{"mou:3", "mou:4"});
  CHECK(f.ids("person:barr*") == Ids{"mission:1"});
  CHECK(f.ids("kind:mission -agri*") == Ids{"mission:1", "mission:3"});
  // A whole word with a star: its stem is shorter ("cooperation" -> cooper) or
  // spelled otherwise, and still found; a prefix never widens to a shorter stem
  // ("partenaires*" is not "part*").
  CHECK(f.ids("cooperation*") == f.ids("cooperation"));
  CHECK(f.ids("delegation*") == Ids{"mission:3"});
  // (A prefix searches words only: "entente*" is not "entente", which also
  // searches what names an agreement, as "accord" does.)
  CHECK(f.ids("protocole*") == f.ids("protocole"));
  CHECK(f.ids("universites*") == Ids{"mission:1"});
  CHECK(f.ids("agri*,") == Ids{"mission:2"}); // punctuation after the star
  CHECK(f.ids("zzz*").empty());
  // After an elided article the star still makes a prefix ("l'agri*").
  CHECK(f.ids("l'agri*") == Ids{"mission:2"});
  CHECK(f.ids("-l'agri* kind:mission") == Ids{"mission:1", "mission:3"});
}

TEST_CASE("partner: expands to everything inside the partner", "[search][fields]") {
  SearchFixture f;
  const Ids shandong = {"mission:1", "agreement:1", "mou:3", "mou:4"};
  CHECK(f.ids("partner:shandong") == shandong);
  CHECK(f.ids("partner:Shandong") == shandong);
  CHECK(f.ids("partner:\"province du Shandong\"") == shandong);
  CHECK(f.ids("partner:chine") ==
        Ids{"mission:1", "mission:2", "agreement:1", "agreement:2", "mou:3", "mou:4"}); // two levels up
  CHECK(f.ids("partner:qingdao") == Ids{"mission:1", "mou:3"});
  CHECK(f.ids("partner:Bavière") == Ids{"mission:3", "agreement:5"});
  CHECK(f.ids("partner:germany") == Ids{"mission:3", "agreement:5"});
  // Two partners: both must hold.
  CHECK(f.ids("partner:shandong partner:shanghai") == Ids{"mission:1"});
  CHECK(f.ids("partner:shandong OR partner:bavaria").size() == 6);
  CHECK(f.ids("partner:china NOT partner:shandong") == Ids{"mission:2", "agreement:2"});
  CHECK(f.ids("partner:shandong maladies") == Ids{"mission:1", "mou:3"});
}

TEST_CASE("place: matches only the places actually named", "[search][fields]") {
  SearchFixture f;
  CHECK(f.ids("place:qingdao") == Ids{"mission:1"});
  CHECK(f.ids("place:shanghai") == Ids{"mission:1", "mission:2"});
  CHECK(f.ids("place:shandong").empty());
}

TEST_CASE("domain:, kind:, ministry:, person:, title:", "[search][fields]") {
  SearchFixture f;
  CHECK(f.ids("domain:\"technologies médicales\"") == Ids{"mission:1", "mission:3", "mou:4"});
  CHECK(f.ids("domain:health") == Ids{"mission:1", "agreement:1", "agreement:2", "mou:3"});
  CHECK(f.ids("domain:santé domain:trade") == Ids{"agreement:2"});
  CHECK(f.ids("kind:mission").size() == 3);
  CHECK(f.ids("kind:mou") == Ids{"mou:3", "mou:4"});
  CHECK(f.ids("kind:accord").size() == 3);
  CHECK(f.ids("kind:agreement kind:mou").size() == 5); // a single-valued field: either
  CHECK(f.ids("ministry:sante") == Ids{"mission:1"});
  CHECK(f.ids("ministry:économie").count("mission:2")); // and "Economy" through the English stemmer
  CHECK(f.ids("person:barrette") == Ids{"mission:1"});
  CHECK(f.ids("person:\"Gaetan Barrette\"") == Ids{"mission:1"});
  CHECK(f.ids("person:smith") == Ids{"mission:3"});
  CHECK(f.ids("title:protocole") == Ids{"mou:3", "mou:4"});
  CHECK(f.ids("title:\"technologies medicales\"") == Ids{"mou:4"});
  CHECK(f.ids("kind:mission partner:china year:2017 sante") == Ids{"mission:1"});
}

TEST_CASE("year: single years and ranges with open ends", "[search][fields]") {
  SearchFixture f;
  CHECK(f.ids("year:2008") == Ids{"agreement:1", "agreement:5"});
  CHECK(f.ids("year:2008..2011") == Ids{"agreement:1", "agreement:5", "mission:2", "agreement:2"});
  CHECK(f.ids("year:2015..") == Ids{"mission:1", "mission:3", "mou:3", "mou:4"});
  CHECK(f.ids("year:..2010") == Ids{"agreement:1", "agreement:5"});
  CHECK(f.ids("year:2008 year:2011").size() == 4);
  CHECK(f.ids("year:2012..2014").empty());
  CHECK(f.ids("partner:shandong year:2017") == Ids{"mission:1", "mou:3", "mou:4"});
}

TEST_CASE("date: days, months, years and ranges overlapping a document's span", "[search][fields]") {
  SearchFixture f;
  CHECK(f.ids("date:2017-09") == Ids{"mission:1", "mou:3", "mou:4"});
  CHECK(f.ids("date:2017-09-01..2017-09-30") == Ids{"mission:1", "mou:3", "mou:4"});
  CHECK(f.ids("date:2017-09-05") == Ids{"mission:1", "mou:3"}); // inside the mission's week
  CHECK(f.ids("date:2015-06-03") == Ids{"mission:3"});
  CHECK(f.ids("date:..2011-05-10") == Ids{"agreement:1", "agreement:5", "mission:2"});
  CHECK(f.ids("date:2017-09-06..") == Ids{"mission:1", "mou:4"});
  CHECK(f.ids("date:2008") == Ids{"agreement:1", "agreement:5"});
  // A document known only by its year may fall in any of its months.
  CHECK(f.ids("date:2008-03").count("agreement:5"));
}

TEST_CASE("facets count the whole match set, multi-valued fields included", "[search][facets]") {
  SearchFixture f;
  auto r = f.run("partner:shandong", 1);
  CHECK(r.total == 4);
  CHECK(r.hits.size() == 1);
  CHECK(r.partner_facets["shandong"] == 4);
  CHECK(r.partner_facets["china"] == 4);
  CHECK(r.partner_facets["qingdao"] == 2);
  CHECK(r.partner_facets["jinan"] == 2);
  CHECK(r.partner_facets["shanghai"] == 1);
  CHECK(r.partner_facets.count("bavaria") == 0);
  CHECK(r.domain_facets["health"] == 3);
  CHECK(r.domain_facets["medical-technologies"] == 2);
  CHECK(r.year_facets == std::map<std::string, std::size_t>{{"2008", 1}, {"2017", 3}});

  SearchRequest req;
  req.query = "partner:shandong";
  req.facets = false;
  auto nf = indexer::search(f.index, req, f.resolver);
  CHECK(nf.total == 4);
  CHECK(nf.partner_facets.empty());
}

TEST_CASE("paging is stable and date sort puts the newest first", "[search]") {
  SearchFixture f;
  auto all = f.run("partner:china OR partner:germany", 100);
  REQUIRE(all.total == 8);
  std::vector<std::string> pages;
  for (std::size_t offset = 0; offset < 8; offset += 3) {
    SearchRequest r;
    r.query = "partner:china OR partner:germany";
    r.limit = 3;
    r.offset = offset;
    for (const auto& h : indexer::search(f.index, r, f.resolver).hits)
      pages.push_back(h.kind + std::to_string(h.id));
    CHECK(indexer::search(f.index, r, f.resolver).total == 8);
  }
  std::vector<std::string> whole;
  for (const auto& h : all.hits)
    whole.push_back(h.kind + std::to_string(h.id));
  CHECK(pages == whole);

  auto dated = f.run("partner:china OR partner:germany", 100, "date");
  REQUIRE(dated.hits.size() == 8);
  for (std::size_t i = 1; i < dated.hits.size(); ++i) {
    CHECK(dated.hits[i - 1].start_date.substr(0, 4) >= dated.hits[i].start_date.substr(0, 4));
  }
  CHECK(dated.hits.front().kind == "mou");
  CHECK(dated.hits.front().id == 4);

  // Relevance ranks heavier sections and more matches higher.
  auto ranked = f.run("protocole entente");
  REQUIRE(ranked.hits.size() >= 2);
  CHECK(ranked.hits.front().score >= ranked.hits.back().score);
}

TEST_CASE("hits carry the stored fields and a highlighted snippet", "[search][snippet]") {
  SearchFixture f;
  auto r = f.run("hopital qingdao");
  REQUIRE(r.hits.size() == 1);
  const auto& h = r.hits.front();
  CHECK(h.kind == "mission");
  CHECK(h.id == 1);
  CHECK(h.source == "reports/2017-09_sante_chine.txt");
  CHECK(h.start_date == "2017-09-02");
  CHECK(h.end_date == "2017-09-09");
  CHECK(h.partners == std::vector<std::string>{"qingdao", "jinan", "shandong", "shanghai", "china"});
  CHECK(h.domains == std::vector<std::string>{"health", "medical-technologies"});
  CHECK(h.snippet.find("L’<b>hôpital</b>") != std::string::npos);
  CHECK(h.snippet.find("<b>Qingdao</b>") != std::string::npos);

  indexer::SearchRequest req;
  req.query = "sante";
  auto term = indexer::search(f.index, req, f.resolver, "\x1b[1m", "\x1b[0m");
  bool any = false;
  for (const auto& hit : term.hits)
    any = any || hit.snippet.find("\x1b[1msanté\x1b[0m") != std::string::npos;
  CHECK(any);
  CHECK(f.run("hospitals").hits.at(0).snippet.find("<b>hospitals</b>") != std::string::npos);
  CHECK(f.run("agri*").hits.at(0).snippet.find("<b>agriculture</b>") != std::string::npos);
  CHECK_FALSE(f.run("sante").parsed.empty());
}

TEST_CASE("a word in no document gets a spelling suggestion", "[search][spelling]") {
  SearchFixture f;
  auto r = f.run("hopitl qingdao");
  CHECK(r.total == 0);
  REQUIRE(r.suggestions.size() == 1);
  CHECK(r.suggestions[0] == "hopital qingdao");
  CHECK(f.run("hopital").suggestions.empty());
  CHECK(f.run("agriculturre").suggestions == std::vector<std::string>{"agriculture"});
  // Prefixes are suggested back as typed, not in the parser's internal form.
  CHECK(f.run("agri* hopitl").suggestions == std::vector<std::string>{"agri* hopital"});
  CHECK(f.run("title:protoc* hopitl").suggestions == std::vector<std::string>{"title:protoc* hopital"});
}

TEST_CASE("an empty index answers with nothing, not an error", "[search]") {
  TempDir dir;
  FakeResolver resolver;
  auto index = indexer::SearchIndex::open_writable(dir.str() + "/x", std::chrono::milliseconds(0));
  CHECK(index.doc_count() == 0);
  CHECK(index.all_ids().empty());
  indexer::SearchRequest r;
  r.query = "sante partner:shandong year:2008..2017";
  auto res = indexer::search(index, r, resolver);
  CHECK(res.total == 0);
  CHECK(res.hits.empty());
  CHECK(res.suggestions.empty());
  r.query = "partner:nowhere";
  CHECK_THROWS_AS(indexer::search(index, r, resolver), indexer::QueryError);
}

namespace {

// Agreements whose text holds "alpha" in all, "beta" in every third, so that
// "alpha beta" matches many documents whose weights differ.
indexer::SearchIndex many_documents_index(const std::string& path, int n) {
  auto idx = indexer::SearchIndex::open_writable(path, std::chrono::milliseconds(0));
  idx.begin_transaction();
  for (int i = 1; i <= n; ++i) {
    indexer::SearchDocument d;
    d.kind = "agreement";
    d.id = i;
    d.title = "Entente " + std::to_string(i);
    d.language = "fr";
    std::string body = "alpha";
    for (int k = 0; k < i % 7; ++k)
      body += " gamma delta";
    if (i % 3 == 0) body += " alpha beta";
    d.fields = {{"other", body}};
    d.display_text = body;
    if (i % 2 == 0) d.partners = {"china"};
    if (i % 5 == 0) d.partners.push_back("shanghai");
    idx.replace(d);
  }
  idx.commit_transaction();
  return idx;
}

// A page of five, without facets, counting exactly up to `up_to` matches.
SearchRequest without_facets(const std::string& query, std::size_t up_to,
                             const std::string& sort = "relevance") {
  SearchRequest r;
  r.query = query;
  r.limit = 5;
  r.facets = false;
  r.exact_total_up_to = up_to;
  r.sort = sort;
  return r;
}

std::vector<std::string> hit_ids(const indexer::SearchResult& r) {
  std::vector<std::string> out;
  for (const auto& h : r.hits)
    out.push_back(h.kind + std::to_string(h.id));
  return out;
}

} // namespace

TEST_CASE("without facets the total is exact up to a bound, beyond it a labelled estimate", "[search]") {
  TempDir dir;
  FakeResolver resolver;
  const int n = 3000;
  auto index = many_documents_index(dir.str() + "/xapian", n);
  const std::map<std::string, std::size_t> truth = {
      {"alpha", n}, {"alpha beta", n / 3}, {"\"alpha beta\"", n / 3}};
  bool saw_estimate = false;
  for (const auto& [query, count] : truth) {
    CAPTURE(query);
    SearchRequest exact = without_facets(query, 0);
    auto all = indexer::search(index, exact, resolver);
    CHECK(all.total_exact);
    CHECK(all.total == count);

    SearchRequest bounded = without_facets(query, 10);
    auto some = indexer::search(index, bounded, resolver);
    // The page does not depend on how many matches were counted.
    CHECK(hit_ids(some) == hit_ids(all));
    if (some.total_exact) {
      CHECK(some.total == count);
    } else {
      saw_estimate = true;
      CHECK(some.total_min <= count);
      CHECK(some.total_max >= count);
      CHECK(some.total_min <= some.total);
      CHECK(some.total <= some.total_max);
    }

    // A bound above the number of matches counts them all; so do facets.
    SearchRequest wide = without_facets(query, count + 1);
    auto counted = indexer::search(index, wide, resolver);
    CHECK(counted.total_exact);
    CHECK(counted.total == count);
    SearchRequest faceted = bounded;
    faceted.facets = true;
    auto with_facets = indexer::search(index, faceted, resolver);
    CHECK(with_facets.total_exact);
    CHECK(with_facets.total == count);
  }
  // Otherwise the bound would never have been exercised.
  CHECK(saw_estimate);

  // Sorting by date and queries made only of filters visit every match
  // anyway, so their totals stay exact whatever the bound.
  const std::map<std::string, std::pair<std::string, std::size_t>> visited_anyway = {
      {"kind:agreement", {"relevance", n}},
      {"partner:china partner:shanghai", {"relevance", n / 10}},
      {"kind:agreement partner:china", {"relevance", n / 2}},
      {"alpha beta", {"date", n / 3}},
      {"\"alpha beta\"", {"date", n / 3}}};
  for (const auto& [query, expect] : visited_anyway) {
    CAPTURE(query);
    auto res = indexer::search(index, without_facets(query, 10, expect.first), resolver);
    CHECK(res.total_exact);
    CHECK(res.total == expect.second);
  }
}
