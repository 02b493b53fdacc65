// The rules of indexer/query_grammar.cpp, through whole searches: each
// construct that Xapian's parser would have read with its operators as words
// (or leaked on) is refused with the fix, and what it does accept keeps its
// meaning.
#include "search_fixture.hpp"

#include "indexer/query_impl.hpp"
#include "indexer/search_error.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace entente;
using namespace entente::test;
using Catch::Matchers::Contains;

TEST_CASE("NEAR and ADJ next to other words are read as proximity", "[query_grammar]") {
  SearchFixture f;
  // Xapian's grammar refuses a word touching a NEAR/ADJ chain ("c a ADJ b"),
  // so before the chains were bracketed these searched for the word "adj".
  CHECK_FALSE(f.ids("protocole technologies ADJ medicales").empty());
  CHECK(f.ids("protocole technologies ADJ medicales") == f.ids("protocole \"technologies medicales\""));
  CHECK(f.ids("technologies ADJ medicales jinan") == f.ids("\"technologies medicales\" jinan"));
  CHECK(f.ids("delegation NEAR hospitals NEAR technology") == Ids{"mission:3"});
  CHECK(f.ids("public hospitals NEAR technology") == Ids{"mission:3"});
  CHECK(f.ids("public hospitals NEAR/1 cooperation").empty());
  // As `entente search --help` says: NEAR/2 is within two words.
  CHECK(f.ids("delegation NEAR/2 hospitals") == Ids{"mission:3"});
  CHECK(f.ids("delegation NEAR/1 hospitals").empty());
  CHECK(f.ids("hospitals ADJ/2 delegation").empty());
}

// Place names are often hyphenated (Saint-Malo, Île-de-France), and Xapian's
// grammar takes no phrase next to NEAR or ADJ: they were refused.
TEST_CASE("a hyphenated name or a phrase next to NEAR or ADJ is found with its words together",
          "[query_grammar]") {
  SearchFixture f;
  // Mission 1: "Actualiser l'entente de coopération Québec-Shandong de 2008".
  CHECK(f.ids("quebec-shandong NEAR actualiser") == Ids{"mission:1"});
  CHECK(f.ids("Québec-Shandong NEAR cooperation") == Ids{"mission:1"});
  CHECK(f.ids("actualiser ADJ quebec-shandong") == Ids{"mission:1"});
  CHECK(f.ids("quebec-shandong ADJ actualiser").empty());
  // The distance counts from the name's edge, as from its first word alone.
  CHECK_FALSE(f.ids("actualiser NEAR/5 quebec").empty());
  CHECK(f.ids("actualiser NEAR/4 quebec").empty());
  for (int n = 1; n <= 6; ++n) {
    CAPTURE(n);
    CHECK(f.ids(fmt::format("actualiser NEAR/{} quebec-shandong", n)) ==
          f.ids(fmt::format("actualiser NEAR/{} quebec", n)));
  }
  // Its words must stand together, in order: both words are near, but not as
  // this name.
  CHECK(f.ids("shandong NEAR quebec NEAR actualiser") == Ids{"mission:1"});
  CHECK(f.ids("shandong-quebec NEAR actualiser").empty());
  // A name in the middle of a chain, and a quoted phrase.
  CHECK(f.ids("actualiser NEAR quebec-shandong NEAR/4 cooperation") == Ids{"mission:1"});
  CHECK(f.ids("\"technologies medicales\" NEAR/8 protocoles") == f.ids("technologies NEAR/8 protocoles"));
  CHECK_FALSE(f.ids("\"technologies medicales\" NEAR/8 protocoles").empty());
  CHECK(f.ids("\"quebec shandong\" NEAR actualiser") == Ids{"mission:1"});
  CHECK(f.ids("\"shandong quebec\" NEAR actualiser").empty());
}

TEST_CASE("what NEAR and ADJ cannot join is refused with the fix", "[query_grammar]") {
  SearchFixture f;
  CHECK_THAT(f.error_of("(sante chine) ADJ accord"), Contains("a parenthesis cannot stand next to ADJ"));
  CHECK_THAT(f.error_of("sante NEAR/3 chine ADJ/2 accord"),
             Contains("NEAR/3 and ADJ/2 cannot be chained") && Contains("AND"));
  CHECK_THAT(f.error_of("-technologies ADJ medicales"),
             Contains("a sign (-technologies) cannot stand next to ADJ") && Contains("-(sante ADJ chine)"));
  CHECK_THAT(f.error_of("-quebec-shandong NEAR actualiser"),
             Contains("a sign (-quebec-shandong) cannot stand next to NEAR"));
  CHECK_THAT(f.error_of("title:protocole NEAR entente"), Contains("a field (title:protocole)"));
  CHECK_THAT(f.error_of("sante ADJ NOT chine"), Contains("NOT cannot stand next to ADJ"));
  // fuzz_query: "m NEAR/3\x0es N" was taken for an operator; Xapian reads
  // NEAR/0 and NEAR/3x as words and wraps NEAR/4294967296 around to 0.
  for (const char* q : {"sante NEAR/3\x0es chine", "sante NEAR/0 chine", "sante ADJ/x chine",
                        "sante NEAR/ chine", "sante NEAR/4294967296 chine", "sante NEAR/1001 chine"}) {
    CAPTURE(q);
    CHECK_THAT(f.error_of(q), Contains("a distance in words from 1 to 1000"));
  }
  CHECK(f.error_of("sante NEAR/1000 chine") == "(no error)");
  // The messages name the user's own words (review of c36ff43).
  CHECK_THAT(f.error_of("qingdao AND (-chine)"), Contains("(WORDS -chine), or write NOT chine"));
  CHECK_THAT(f.error_of("sante AND -chine qingdao"),
             Contains("drop the AND") && Contains(": -chine qingdao"));
  CHECK_THAT(f.error_of("sante AND -(chine jinan) qingdao"), Contains("-(chine jinan) qingdao"));
  // A signed pair is fine.
  CHECK(f.ids("-(technologies ADJ medicales)") == f.ids("NOT \"technologies medicales\""));
  CHECK(f.ids("sante +(technologies ADJ medicales)") == f.ids("sante \"technologies medicales\""));
}

TEST_CASE("a - that excludes from nothing is refused with the fix", "[query_grammar]") {
  SearchFixture f;
  // Each of these was read with its operators and brackets as words: "(-sante) chine"
  // searched sante AND chine.
  CHECK_THAT(f.error_of("(-qingdao) sante"), Contains("-qingdao has nothing to be excluded from"));
  CHECK_THAT(f.error_of("-qingdao OR sante"), Contains("NOT qingdao"));
  CHECK_THAT(f.error_of("sante (-qingdao -jinan)"), Contains("-qingdao has nothing"));
  CHECK_THAT(f.error_of("sante OR -qingdao"), Contains("write OR NOT qingdao"));
  CHECK_THAT(f.error_of("sante XOR -qingdao"), Contains("write XOR NOT qingdao"));
  CHECK_THAT(f.error_of("NOT -qingdao"), Contains("write NOT qingdao"));
  CHECK_THAT(f.error_of("sante NOT -qingdao"), Contains("the - repeats the NOT"));
  CHECK_THAT(f.error_of("sante AND -qingdao entente"), Contains("drop the AND"));
  CHECK_THAT(f.error_of("sante AND -(qingdao) entente"), Contains("drop the AND"));
}

TEST_CASE("a - keeps its meaning where Xapian takes it", "[query_grammar]") {
  SearchFixture f;
  const Ids without_qingdao = f.ids("sante AND NOT qingdao");
  REQUIRE_FALSE(without_qingdao.empty());
  CHECK(f.ids("sante AND -qingdao") == without_qingdao);
  CHECK(f.ids("sante -qingdao") == without_qingdao);
  CHECK(f.ids("(sante -qingdao)") == without_qingdao);
  CHECK(f.ids("(-qingdao sante)") == without_qingdao);
  CHECK(f.ids("sante OR NOT qingdao").size() > without_qingdao.size());
  // The whole query excluding: everything else.
  CHECK(f.ids("-qingdao -jinan") == f.ids("NOT qingdao NOT jinan"));
  CHECK(f.ids("-(qingdao jinan)") == f.ids("NOT (qingdao jinan)"));
  CHECK(f.ids("sante -(qingdao jinan)") == f.ids("sante NOT (qingdao jinan)"));
  CHECK(f.ids("-(qingdao jinan)").size() > f.ids("-qingdao -jinan").size());
}

TEST_CASE("a chunk with no word in it is not an operand", "[query_grammar]") {
  SearchFixture f;
  // fuzz_query (CI, stop 13): "t* \xff ADJ s" put the prefix next to ADJ
  // after all, and leaked.
  CHECK_THAT(f.error_of(std::string("t* \xff ADJ s\0t", 12)),
             Contains("a prefix (t*) cannot stand next to ADJ"));
  CHECK_THAT(f.error_of("sante ADJ , agri*"), Contains("a prefix (agri*) cannot stand next to ADJ"));
  CHECK_THAT(f.error_of("sante AND \xff"), Contains("AND needs a term after it"));
  CHECK(f.ids("sante , \xff") == f.ids("sante"));
}

TEST_CASE("a second parse by Xapian's parser is detected", "[query_grammar]") {
  auto retried = [](const std::string& q) {
    Xapian::QueryParser qp;
    qp.set_stemmer(Xapian::Stem("french"));
    qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
    auto query = qp.parse_query(q, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT);
    return indexer::parser_retried(qp, query);
  };
  CHECK_FALSE(retried("sante chine"));
  CHECK_FALSE(retried("sante sante \"sante publique\" title:sante"));
  CHECK_FALSE(retried("(sante ADJ chine) accord OR NOT qingdao"));
  CHECK(retried("(sante chine) ADJ accord"));
  CHECK(retried("accord sante ADJ chine"));
  CHECK(retried("sante (-chine)"));
}

TEST_CASE("phrases may be quoted in curly quotes or guillemets", "[query_grammar]") {
  SearchFixture f;
  const Ids phrase = f.ids("\"technologies medicales\" jinan");
  REQUIRE_FALSE(phrase.empty());
  CHECK(f.ids("\u201Ctechnologies medicales\u201D jinan") == phrase);
  CHECK(f.ids("\u00AB technologies m\u00E9dicales \u00BB jinan") == phrase);
  CHECK(f.ids("title:\u00ABprotocole d'entente\u00BB") == f.ids("title:\"protocole d'entente\""));
  CHECK(f.ids("\u201Etechnologies medicales\u201C jinan") == phrase);
  // Counted in characters, with the quote that closes this one.
  CHECK_THAT(f.error_of("Qu\u00E9bec \u00ABsante"), Contains("character 8: add a closing \u00BB"));
  // A quote closes only its own kind: quotes inside a phrase are part of it
  // (review of c36ff43: the outer phrase was lost).
  const Ids whole = f.ids("\"protocole d'entente sur les technologies\"");
  REQUIRE_FALSE(whole.empty());
  CHECK(f.ids("\"protocole d'entente \u00ABsur les\u00BB technologies\"") == whole);
  CHECK(f.ids("\u00ABprotocole d'entente \"sur les\" technologies\u00BB") == whole);
}

TEST_CASE("syntax made by folding or hidden inside a word is only a space", "[query_grammar]") {
  SearchFixture f;
  // fuzz_query: "\0-a" reached Xapian as "-a", a sign the scan never saw.
  CHECK(f.ids(std::string("\0-qingdao", 9)) == f.ids("qingdao"));
  CHECK(f.ids("sante,-qingdao") == f.ids("\"sante qingdao\""));
  // fuzz_query: "-\xe3H a" kept a sign that touched no word.
  CHECK(f.ids("-,qingdao sante") == f.ids("sante -qingdao"));
  CHECK(f.ids("-\xe3qingdao sante") == f.ids("sante -qingdao"));
  // fuzz_query: "e\x16-\xff" (Xapian excludes the next word even past a space).
  CHECK(f.ids("sante\x16-\xff qingdao") == f.ids("sante qingdao"));
  CHECK(f.ids("sante,- qingdao") == f.ids("sante qingdao"));
  // fuzz_query: "-\xb5e:.h* K": the prefix after an elision-like split began with ".".
  CHECK(f.ids("-\xb5"
              "e:.sant* qingdao") == f.ids("qingdao -sant*"));
  CHECK(f.ids("Qu\u00E9bec-Shandong") == Ids{"mission:1"}); // a hyphen between words stays
  // Fullwidth brackets, colon and plus fold to ASCII syntax.
  CHECK(f.ids("sante\uFF08qingdao\uFF09") == f.ids("\"sante qingdao\""));
  CHECK(f.ids("title\uFF1Aprotocole") == f.ids("\"title protocole\""));
  CHECK(f.ids("\uFF0Bqingdao") == f.ids("qingdao"));
}

TEST_CASE("an elided article or a trailing comma does not keep a word from NEAR", "[query_grammar]") {
  SearchFixture f;
  // Review of c36ff43: "l'accord NEAR Shandong" was refused as a phrase.
  CHECK(f.ids("l'entente NEAR shandong") == f.ids("entente NEAR shandong"));
  CHECK_FALSE(f.ids("l'entente NEAR shandong").empty());
  CHECK(f.ids("l\u2019entente, NEAR shandong.") == f.ids("entente NEAR shandong"));
  CHECK(f.ids("l'entente NEAR Qu\u00E9bec-Shandong") == Ids{"mission:1"});
}

TEST_CASE("NOT excludes the next item only, as users read it", "[query_grammar]") {
  SearchFixture f;
  // Xapian's NOT takes everything up to the next operator: "sante NOT chine
  // qingdao" was sante AND_NOT (chine AND qingdao) (review of c36ff43).
  CHECK(f.ids("sante NOT qingdao jinan") == f.ids("sante jinan -qingdao"));
  CHECK(f.ids("sante NOT qingdao -jinan") == f.ids("sante -qingdao -jinan"));
  CHECK(f.ids("NOT year:2017 partner:shandong") == f.ids("partner:shandong -year:2017"));
  CHECK(f.ids("NOT year:2017 partner:shandong") == Ids{"agreement:1"});
  CHECK(f.ids("NOT (qingdao jinan) sante") == f.ids("sante -(qingdao jinan)"));
  CHECK(f.ids("sante AND NOT technologies ADJ medicales protocole") ==
        f.ids("sante protocole -(technologies ADJ medicales)"));
  // Followed by an operator, NOT already ends there.
  CHECK(f.ids("sante NOT qingdao OR aerospace") == f.ids("(sante -qingdao) OR aerospace"));
}
