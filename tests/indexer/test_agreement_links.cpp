// How an agreement stands to the one named before it in a sentence, read
// from the fold()ed words between them.
#include "indexer/agreement_links.hpp"
#include "registry/text.hpp"

#include <catch2/catch.hpp>

using namespace entente;
using namespace entente::indexer;

namespace {
AgreementLink link_of(const char* lead) {
  return link_before(fold(lead));
}
} // namespace

TEST_CASE("words that replace an agreement link it to the one before") {
  for (const char* lead : {", qui remplace l'", " remplace le ", ", remplaçant l'", " en remplacement de l'",
                           ", qui succède à l'", ", which replaces the ", " replacing the ",
                           " supersedes the ", " signed in place of the ", ", qui a remplacé l'"}) {
    CAPTURE(lead);
    CHECK(link_of(lead) == AgreementLink::replaces);
  }
  for (const char* lead : {" a été remplacée par une nouvelle ", " was superseded by a new ",
                           " has been replaced by the ", " est remplacé par l'"}) {
    CAPTURE(lead);
    CHECK(link_of(lead) == AgreementLink::replaced_by);
  }
  for (const char* lead :
       {", qui met en œuvre l'", " signé dans le cadre de l'", " conclu en vertu de l'", " en vertu d'une ",
        " under the ", " implementing the ", " prévu par l'", " in the framework of the "}) {
    CAPTURE(lead);
    CHECK(link_of(lead) == AgreementLink::works_under);
  }
}

TEST_CASE("a replacement denied or away from the name links nothing") {
  for (const char* lead :
       {" ne remplace pas l'", " does not replace the ", " pourrait être remplacée par une ",
        " could be replaced by the ", " remplace les échanges informels et complète l'", " et l'", ", ",
        " dans le cadre de la mission, l'"}) {
    CAPTURE(lead);
    CHECK(link_of(lead) == AgreementLink::none);
  }
}

// Trial 16: "une nouvelle entente ... remplacera celle de 2009" leaves the
// 2009 agreement to update.
TEST_CASE("a replacement to come leaves the older agreement to update") {
  for (const char* lead : {" remplacera l'", " will replace the ", ", destiné à remplacer l'",
                           " devrait remplacer la ", " is expected to replace the "}) {
    CAPTURE(lead);
    CHECK(link_of(lead) == AgreementLink::will_replace);
  }
}

TEST_CASE("a pronoun after a replacement names the replaced agreement by its year") {
  auto year_of = [](const char* clause) {
    auto r = replaced_by_pronoun(fold(clause));
    return r ? r->year : std::string("-");
  };
  CHECK(year_of(" avec Qingdao, qui remplace celle de 2008, a été signée.") == "2008");
  CHECK(year_of(", qui a remplacé celui signé en 2010,") == "2010");
  CHECK(year_of(" replacing the one signed in 2012") == "2012");
  CHECK(year_of(" which replaces the 2012 one") == "2012");
  auto later = replaced_by_pronoun(fold(", destiné à remplacer celui de 2014, n'a pas pu être signé"));
  REQUIRE(later);
  CHECK(later->year == "2014");
  CHECK(later->to_come);
  CHECK(replaced_by_pronoun(fold(" qui remplacera celle de 2009"))->to_come);
  CHECK_FALSE(replaced_by_pronoun(fold(" qui remplace celle de 2009"))->to_come);
  CHECK(year_of(" qui ne remplace pas celle de 2008") == "-");
  CHECK(year_of(" replacing the one that expired in 2019") == "-");
}
