#include "indexer/agreement_lists.hpp"
#include "indexer/report_parser.hpp"
#include "reference_data.hpp"
#include "registry/text.hpp"

#include <catch2/catch.hpp>

using namespace entente;
using namespace entente::indexer;

namespace {

// Each agreement a report of a mission of 21-24 November 2019 to Qingdao
// finds in `sentence`: "partners:year:signed day:domains", then ":type=date"
// for each event it states, parted by " | ".
std::string listed(const std::string& sentence) {
  std::string got;
  for (const auto& a :
       test::parse_text_lines({"RAPPORT DE MISSION", "", "Lieux : Qingdao (Chine)",
                               "Dates de la mission : 21 au 24 novembre 2019", "", "CONTEXTE", "", sentence})
           .agreements) {
    got += (got.empty() ? "" : " | ") + join(a.partners, ",") + ":" + a.year + ":" + a.signed_day + ":" +
           join(a.domains, ",");
    for (const auto& e : a.stated)
      got += ":" + e.type + "=" + e.date;
  }
  return got;
}

} // namespace

// Review 38: "l'Entente en éducation et l'Entente en gouvernance numérique
// avec la France, signées respectivement le 8 juin 1999 et le 12 octobre
// 2017" was one agreement of 1999; the first, named with no partner, was lost.
TEST_CASE("what is said after the last of a list of agreements is said of each") {
  CHECK(listed("La délégation a fait le point sur l'Entente en éducation et sur l'Entente en gouvernance "
               "numérique avec la France, signées respectivement le 8 juin 1999 et le 12 octobre 2017.") ==
        "france:1999:1999-06-08:education | france:2017:2017-10-12:government-relations,digital");
  CHECK(listed("La délégation a fait le point sur l'Entente en éducation et sur l'Entente en santé avec la "
               "France.") == "france:::education | france:::health");
  CHECK(listed("We reviewed the education agreement and the digital governance agreement with France, signed "
               "in 1999 and 2017 respectively.") ==
        "france:1999::education | france:2017::digital,government-relations");
  CHECK(listed("Les ententes avec la Bavière et avec la Saxe, signées respectivement en 1989 et en 2001, ont "
               "été évoquées.") == "bavaria:1989:: | saxony:2001::");
  CHECK(listed("The culture agreement and the education MOU with France expired on March 31, 2019 and June "
               "30, 2021 respectively.") ==
        "france:::culture:expired=2019-03-31 | france:::education:expired=2021-06-30");
  // A partner named between them is the first one's own; one named before
  // them all is no list's.
  CHECK(listed("L'entente avec la Bavière et le protocole avec la Saxe ont été évoqués.") ==
        "bavaria::: | saxony:::");
  // Review 39: only the verb right before the word, and the dates right
  // after it (or the verb and dates right before "respectively").
  CHECK(listed("L'Entente en culture et l'Entente en éducation avec la France, signées en 1999, ont été "
               "renouvelées respectivement en 2009 et en 2019.") ==
        "france:::culture:renewed=2009 | france:1999::education:renewed=2019");
  CHECK(
      listed("L'Entente en culture et l'Entente en éducation avec la France ont financé respectivement 12 et "
             "20 projets en 2012 et 2013.") == "france:::culture | france:2012::education");
  // Review 40: with where between, the dates are still shared out; what
  // they hold ("dont les comités") is not what was renewed.
  CHECK(
      listed("L'Entente en culture et l'Entente en éducation avec la France, signées à Paris respectivement "
             "en 1999 et en 2017, ont été évoquées.") == "france:1999::culture | france:2017::education");
  CHECK(listed("L'Entente en culture et l'Entente en éducation avec la France, dont les comités ont été "
               "renouvelés respectivement en 2020 et en 2022, ont été évoquées.") ==
        "france:::culture | france:::education");
  // Without "respectivement", one year is both's.
  CHECK(listed("L'Entente en culture et l'Entente en éducation avec la France ont été signées en 1999.") ==
        "france:1999::culture | france:1999::education");
}
