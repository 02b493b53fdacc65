#include "indexer/phrase_rewrite.hpp"

#include <catch2/catch.hpp>
#include <xapian.h>

using entente::indexer::without_positionless_words;

namespace {
std::string rewritten(const std::string& text, const char* stemmer = "french", const char* language = "fr") {
  Xapian::QueryParser qp;
  qp.set_stemmer(Xapian::Stem(stemmer));
  qp.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  qp.set_default_op(Xapian::Query::OP_AND);
  qp.add_prefix("title", "S");
  auto q = qp.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT | Xapian::QueryParser::FLAG_PURE_NOT);
  return without_positionless_words(q, language).get_description();
}
} // namespace

TEST_CASE("a phrase drops its function words and keeps its span", "[query]") {
  CHECK(rewritten("\"accord de cooperation\"") == "Query((Zaccord@1 PHRASE 3 Zcooper@3))");
  CHECK(rewritten("\"prevention et le controle\"") == "Query((Zprevent@1 PHRASE 4 Zcontrol@4))");
  CHECK(rewritten("title:\"accord de cooperation\"") == "Query((ZSaccord@1 PHRASE 3 ZScooper@3))");
  // One content word left: that word; none: all of them, anywhere.
  CHECK(rewritten("\"de la sante\"") == "Query(Zsant@3)");
  CHECK(rewritten("\"de la\"") == "Query((Zde@1 AND Zla@2))");
  // English function words in the English reading only.
  CHECK(rewritten("\"the delegation visited\"", "english", "en") == "Query((Zdeleg@2 PHRASE 3 Zvisit@3))");
  CHECK(rewritten("\"the delegation visited\"") == "Query((Zthe@1 PHRASE 3 Zdeleg@2 PHRASE 3 Zvisited@3))");
}

TEST_CASE("phrases are rewritten wherever they sit, the rest is untouched", "[query]") {
  // A negated phrase excludes as loosely as a phrase finds (positionless_words.hpp).
  CHECK(rewritten("sante -\"de la sante\"") == "Query((Zsant@1 AND_NOT Zsant@4))");
  CHECK(rewritten("hopital OR \"accord de cooperation\"") ==
        "Query((Zhopital@1 OR (Zaccord@2 PHRASE 3 Zcooper@4)))");
  CHECK(rewritten("accord NEAR/3 de NEAR/3 cooperation") == "Query((Zaccord@1 NEAR 5 Zcooper@3))");
  CHECK(rewritten("\"sante publique\" de") == "Query(((Zsant@1 PHRASE 2 Zpubliqu@2) AND Zde@3))");
  CHECK(rewritten("accord cooperation") == "Query((Zaccord@1 AND Zcooper@2))");
}

TEST_CASE("a phrase over more than single terms still loses its function words", "[query]") {
  // Several prefixes for one field would give each word an OR of terms.
  std::vector<Xapian::Query> words = {
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("ZSaccord"), Xapian::Query("ZXMaccord")),
      Xapian::Query("Zde"), Xapian::Query("Zcooper")};
  Xapian::Query phrase(Xapian::Query::OP_PHRASE, words.begin(), words.end(), 3);
  CHECK(without_positionless_words(phrase, "fr").get_description() ==
        "Query(((ZSaccord OR ZXMaccord) PHRASE 3 Zcooper))");
  // Without a window of its own, a phrase spans its words.
  Xapian::Query unwindowed(Xapian::Query::OP_PHRASE, words.begin(), words.end());
  CHECK(without_positionless_words(unwindowed, "fr").get_description() ==
        "Query(((ZSaccord OR ZXMaccord) PHRASE 3 Zcooper))");
}
