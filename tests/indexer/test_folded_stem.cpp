#include "indexer/folded_stem.hpp"

#include "indexer/search_text.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

// The trial of session 13: `renouvelée` did not find "renouvelé", nor
// `signé` "signée", because folded feminine participles stemmed apart.
TEST_CASE("folded French participles stem alike in both genders and numbers") {
  auto fr = make_stem("french");
  for (const auto& group :
       std::vector<std::vector<std::string>>{{"signe", "signee", "signees", "signes"},
                                             {"renouvele", "renouvelee", "renouvelees", "renouveles"},
                                             {"prolonge", "prolongee", "prolongees"},
                                             {"annee", "annees"},
                                             {"idee", "idees"}}) {
    CAPTURE(group.front());
    for (const auto& w : group)
      CHECK(fr(w) == fr(group.front()));
  }
  // "portée" does not become "porte" (a door), nor "durée" "dure" (hard).
  CHECK(fr("portee") != fr("porte"));
  CHECK(fr("duree") != fr("dure"));
  // Short words and other endings are Snowball's.
  CHECK(fold_participle_ending("fee") == "fee");
  CHECK(fold_participle_ending("cooperation") == "cooperation");
  CHECK(make_stem("english")("renewed") == "renew");
  // Snippets and queries stem as the index does.
  CHECK(stem_word("fr", "renouvelee") == fr("renouvele"));
}
