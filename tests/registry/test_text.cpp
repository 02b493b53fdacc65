#include "registry/text.hpp"

#include <catch2/catch.hpp>

using namespace entente;

TEST_CASE("fold lowers and strips accents") {
  CHECK(fold("Santé") == "sante");
  CHECK(fold("SANTÉ PUBLIQUE") == "sante publique");
  CHECK(fold("Université") == fold("universite"));
  CHECK(fold("Baden-Württemberg") == "baden-wurttemberg");
  CHECK(fold("l’agriculture") == "l'agriculture");
  CHECK(fold("ﬁnancement") == "financement");
  CHECK(fold("sante\xCC\x81") == "sante"); // NFD accent
  CHECK(fold("cœur") == "coeur");
  CHECK(fold("Pékin") == "pekin");
}

TEST_CASE("slugify makes the canonical partner slugs") {
  CHECK(slugify("Île-de-France") == "ile-de-france");
  CHECK(slugify("Baden-Württemberg") == "baden-wurttemberg");
  CHECK(slugify("  New York  State ") == "new-york-state");
  CHECK(slugify("Brussels-Capital Region") == "brussels-capital-region");
  CHECK(slugify("Côte d’Ivoire") == "cote-d-ivoire");
}

TEST_CASE("fold_words splits on apostrophes and punctuation") {
  auto w = fold_words("L’Entente de coopération Québec-Shandong (2008)");
  REQUIRE(w.size() == 7);
  CHECK(w[0] == "l");
  CHECK(w[1] == "entente");
  CHECK(w[4] == "quebec");
  CHECK(w[6] == "2008");
}

TEST_CASE("trim and squeeze handle non-breaking spaces") {
  CHECK(trim("\xC2\xA0 abc \t") == "abc");
  CHECK(squeeze_spaces("a \xC2\xA0  b\n c") == "a b c");
  CHECK(split_list("a; b;;c ;", ';') == std::vector<std::string>{"a", "b", "c"});
}

TEST_CASE("utf8 validation and edit distance") {
  CHECK(is_valid_utf8("santé"));
  CHECK_FALSE(is_valid_utf8("sant\xE9"));
  CHECK(edit_distance("shandong", "Shangdong") == 1);
  CHECK(edit_distance("Québec", "quebec") == 0);
}
