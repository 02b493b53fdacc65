// Agreements between universities, hospitals or companies, which a minister
// often witnesses, are not the government's (trial 16).
#include "indexer/signing_parties.hpp"
#include "registry/text.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace entente;
using namespace entente::indexer;

namespace {
// Whether the first "agreement"/"entente"/"accord" of the sentence was made
// between institutions.
bool institutional(const char* sentence) {
  const std::string f = fold(sentence);
  for (const char* term : {"agreement", "entente", "accord"}) {
    if (auto at = f.find(term); at != std::string::npos)
      return made_between_institutions(f, at, at + std::string(term).size());
  }
  FAIL("no agreement named in: " << sentence);
  return false;
}
} // namespace

TEST_CASE("an agreement between institutions or companies is not the government's") {
  for (const char* s : {
           "At Friedrich-Alexander-Universität Erlangen-Nürnberg, the Minister witnessed the signing of a "
           "student and researcher exchange agreement between that university and the Université de "
           "Sherbrooke.",
           "In Nuremberg, a Québec drone manufacturer and a Bavarian engineering firm signed a joint "
           "development "
           "agreement.",
           "The Minister attended a research day at which the Centre hospitalier de l'Université de Montréal "
           "and "
           "a Boston teaching hospital signed a research partnership agreement on neurosciences.",
           "En marge de cette signature, l'entreprise québécoise Logistik Nord et un distributeur de Qingdao "
           "ont "
           "conclu une entente de distribution exclusive.",
           "La ministre a assisté à la signature d'un accord de partenariat entre cette université et "
           "l'Université du Québec à Montréal.",
           "Une entente interuniversitaire a été renouvelée.",
           // Review 35: the authorities of a university, a research agency.
           "Les autorités de l'Université Laval et de l'Université Jiaotong de Shanghai ont signé une "
           "entente "
           "d'échanges étudiants.",
           "The Université de Montréal and the National Research Agency signed an agreement on joint calls.",
           "An agreement between McGill University and the Port Authority of Antwerp.",
           "La ministre a aussi assisté à la signature d'une entente de partenariat entre l'Université "
           "d'État "
           "d'Haïti et l'Université Laval.",
           "En marge de la visite, le recteur de l'Université Laval et le président de l'Université du "
           "Shandong "
           "ont renouvelé l'accord d'échanges étudiants qui lie les deux établissements depuis 2004.",
       }) {
    CAPTURE(s);
    CHECK(institutional(s));
  }
}

TEST_CASE("an agreement a government signs stays the government's") {
  for (const char* s : {
           "Le Québec et la Bavière ont signé une entente sur la recherche universitaire.",
           "Une entente entre le ministère de l'Éducation et l'Université du Shandong a été signée.",
           "Rabat et Québec ont signé un protocole d'entente en formation professionnelle.",
           "The Minister and the Governor signed an agreement on university research.",
           "L'entente de 2008 prévoit des échanges entre universités.",
           // The review of session 15.
           "La ministre a signé une entente entre le Québec et la Bavière sur la mobilité des étudiants des "
           "universités.",
           "Les ministres ont signé une entente entre le Québec et la Bavière en présence des recteurs "
           "d'universités.",
           "La ministre a signé une entente avec la Bavière qui prévoit des échanges entre l'Université "
           "Laval et "
           "l'Université de Munich.",
           "The Minister signed an agreement with Bavaria to support exchanges between Laval University and "
           "the "
           "University of Munich.",
           "La délégation a visité l'Institut Max Planck et signé une entente de coopération avec la "
           "Bavière.",
           // Trial 32: a public authority is the foreign government's side.
           "The 2011 agreement between the Institut des sciences de la mer de Rimouski (ISMER) and the "
           "Seychelles Fishing Authority.",
           "L'entente entre l'Université du Québec à Rimouski et l'Autorité des pêches des Seychelles.",
       }) {
    CAPTURE(s);
    CHECK_FALSE(institutional(s));
  }
}
