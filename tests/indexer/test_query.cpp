#include "search_fixture.hpp"

#include "indexer/search_error.hpp"

#include <catch2/catch.hpp>

using namespace entente;
using namespace entente::test;
using Catch::Matchers::Contains;

TEST_CASE("malformed years and dates say how to write them", "[query]") {
  SearchFixture f;
  CHECK_THAT(f.error_of("year:20x8"), Contains("year:20x8 is not a year") && Contains("year:2008..2017"));
  CHECK_THAT(f.error_of("year:2008-2017"), Contains("write year:2008..2017"));
  CHECK_THAT(f.error_of("year:2017..2008"), Contains("ends before it starts") && Contains("year:2008..2017"));
  CHECK_THAT(f.error_of("year:.."), Contains("no bounds"));
  CHECK_THAT(f.error_of("year:08"), Contains("four digits"));
  CHECK_THAT(f.error_of("date:2017/09/01"), Contains("is not a date") && Contains("YYYY-MM-DD"));
  CHECK_THAT(f.error_of("date:2017-13"), Contains("is not a date"));
  CHECK_THAT(f.error_of("date:2017-09-30..2017-09-01"), Contains("date:2017-09-01..2017-09-30"));
}

TEST_CASE("unknown fields, partners, domains and kinds are named with the fix", "[query]") {
  SearchFixture f;
  auto field = f.error_of("sante foo:bar");
  CHECK_THAT(field, Contains("unknown field \"foo:\"") && Contains("partner:") && Contains("year:"));
  auto partner = f.error_of("partner:shandon");
  CHECK_THAT(partner, Contains("unknown partner \"shandon\"") && Contains("did you mean shandong"));
  CHECK_THAT(f.error_of("partner:\"province du Shandon\""), Contains("province du shandong"));
  CHECK_THAT(f.error_of("place:atlantis"), Contains("unknown partner \"atlantis\" in place:"));
  CHECK_THAT(f.error_of("domain:helth"), Contains("unknown domain \"helth\"") && Contains("health"));
  CHECK_THAT(f.error_of("kind:treaty"), Contains("kind:mission, kind:agreement or kind:mou"));
  CHECK_THAT(f.error_of("partner:"), Contains("partner: needs a value"));
  CHECK_THAT(f.error_of("year: 2008"), Contains("year: needs a value"));
}

TEST_CASE("quotes, parentheses and operators must be complete", "[query]") {
  SearchFixture f;
  CHECK_THAT(f.error_of("\"sante publique"), Contains("unclosed quote") && Contains("sante publique"));
  CHECK_THAT(f.error_of("partner:\"province du"), Contains("unclosed quote"));
  CHECK_THAT(f.error_of("(sante OR hopital"), Contains("unclosed '('"));
  CHECK_THAT(f.error_of("sante)"), Contains("unmatched ')'"));
  CHECK_THAT(f.error_of("sante AND"), Contains("AND needs a term after it"));
  CHECK_THAT(f.error_of("OR sante"), Contains("OR needs a term before it"));
  CHECK_THAT(f.error_of("sante OR OR hopital"), Contains("OR needs a term"));
  CHECK_THAT(f.error_of("*"), Contains("*"));
}

TEST_CASE("empty queries are refused with a hint", "[query]") {
  SearchFixture f;
  CHECK_THAT(f.error_of(""), Contains("empty query"));
  CHECK_THAT(f.error_of("   "), Contains("empty query"));
  CHECK_THAT(f.error_of("()"), Contains("empty parentheses"));
  CHECK_THAT(f.error_of("sante OR ()"), Contains("empty parentheses"));
  indexer::SearchRequest r;
  r.query = "sante";
  r.sort = "newest";
  CHECK_THROWS_WITH(indexer::search(f.index, r, f.resolver), Contains("relevance or date"));
}

TEST_CASE("queries that look odd but are fine", "[query]") {
  SearchFixture f;
  CHECK_NOTHROW(f.run("10:30 sante")); // a time is not a field
  CHECK_NOTHROW(f.run("sante AND NOT qingdao"));
  CHECK(f.ids("sante AND NOT qingdao") == Ids{"agreement:1"});
  CHECK_NOTHROW(f.run("Québec-Shandong"));
  CHECK(f.ids("Québec-Shandong") == Ids{"mission:1"});
  CHECK(f.ids("PARTNER:shandong").size() == 4);
  // `search --help` shows this text: it names every field the parser knows.
  for (const auto& field : indexer::query_fields())
    CHECK_THAT(indexer::query_syntax_help(), Catch::Contains(field + ":"));
  CHECK(indexer::query_fields().size() == 9);
}

// Found by fuzz_query: a field written inside a phrase reached Xapian's
// parser, which ran the field's processor there; its error leaked parser
// state (LeakSanitizer) and refused a phrase that is only words.
TEST_CASE("a field written inside quotes is only words", "[query]") {
  SearchFixture f;
  CHECK_NOTHROW(f.run("\"partner:nowhere sante\""));
  CHECK_NOTHROW(f.run("sante \"partner:nowhere\""));
  CHECK_NOTHROW(f.run("title:\"year:20x8\""));
  CHECK(f.ids("\"domain:nothing\"").empty());
  // The fuzzer's input: broken UTF-8 in one phrase, a field in the next.
  CHECK_NOTHROW(f.run("\"\xDD\"\"partner:\""));
  CHECK_NOTHROW(f.run("y\xFF\xFF\"\"\"\"\"\xDE\xDD\xDD\xC5~\"\"partner:\xE1\x8F\x8D\x96h\"\"\"\"\"\xDE\x9A"));
  CHECK_THAT(f.error_of("\"\" \"--\""), Contains("nothing to search for"));
  CHECK_THAT(f.error_of("title:\"::\""), Contains("title: needs words"));
  CHECK(f.ids("title:\"sante:publique\"") == f.ids("title:\"sante publique\""));
}

TEST_CASE("a prefix next to NEAR or ADJ is refused with the fix", "[query]") {
  SearchFixture f;
  // fuzz_query: "h* ADJ m\xe3\xe3\xe3te" made libxapian's parser leak.
  CHECK_THAT(f.error_of("h* ADJ m\xe3\xe3\xe3te"), Contains("a prefix (h*) cannot stand next to ADJ"));
  CHECK_THAT(f.error_of("sante NEAR/3 agri*"), Contains("a prefix (agri*) cannot stand next to NEAR/3"));
  CHECK_THAT(f.error_of("title:protoc* NEAR entente"), Contains("title:protoc*"));
  CHECK(f.error_of("technologies NEAR medicales") == "(no error)");
  CHECK(f.error_of("agri* sante") == "(no error)");
}
