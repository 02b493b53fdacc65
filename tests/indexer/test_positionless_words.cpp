#include "indexer/positionless_words.hpp"

#include "indexer/search_text.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

TEST_CASE("function words are positionless in their own language only", "[index]") {
  for (const char* w : {"de", "la", "les", "des", "et", "l", "d", "qu", "avec", "pour"})
    CHECK(is_positionless_stem("fr", stem_word("fr", w)));
  for (const char* w : {"the", "of", "and", "with", "was"})
    CHECK(is_positionless_stem("en", stem_word("en", w)));
  for (const char* w : {"cooperation", "sante", "entente", "quebec", "shandong", "2008", "protocole"})
    CHECK_FALSE(is_positionless_stem("fr", stem_word("fr", w)));
  for (const char* w : {"cooperation", "health", "agreement", "munich"})
    CHECK_FALSE(is_positionless_stem("en", stem_word("en", w)));
  // Function words that a content word folds to are left out of the lists.
  for (const char* w : {"est", "mais", "ne", "sur", "son", "ton"})
    CHECK_FALSE(is_positionless_stem("fr", stem_word("fr", w)));
  for (const char* w : {"it", "will"})
    CHECK_FALSE(is_positionless_stem("en", stem_word("en", w)));
  // "the" is a word like any other in a French report, "de" in an English one.
  CHECK_FALSE(is_positionless_stem("fr", "the"));
  CHECK_FALSE(is_positionless_stem("en", "de"));
}

TEST_CASE("stem_of_term skips the Z and any field prefix", "[index]") {
  CHECK(stem_of_term("Zcooper") == "cooper");
  CHECK(stem_of_term("ZSsant") == "sant");
  CHECK(stem_of_term("ZXMminist") == "minist");
  CHECK(stem_of_term("Z2008") == "2008");
  CHECK(stem_of_term("Z") == "");
}
