#include "indexer/instrument_terms.hpp"

#include "registry/text.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

namespace {

// The sorts of instrument `text` names, in order, each with its wider sorts.
std::vector<std::string> sorts_in(const std::string& text) {
  const FoldedText f(text);
  std::vector<std::string> out;
  for (const auto& hit : find_instrument_terms(f, text)) {
    std::string s;
    for (const auto& sort : instrument_concepts(*hit.term))
      s += (s.empty() ? "" : "+") + sort;
    out.push_back(s);
  }
  return out;
}

using Strings = std::vector<std::string>;

} // namespace

// "MOU" in a query finds "protocole d'entente", and "agreement" an
// "entente-cadre": each name is indexed under its sort and the wider one.
TEST_CASE("names of instruments give their sorts, the longest name first") {
  CHECK(sorts_in("Un protocole d'entente et deux MOU.") ==
        Strings{"memorandumofunderstanding+mou", "memorandumofunderstanding+mou"});
  CHECK(sorts_in("une entente-cadre, une entente de coopération et une entente") ==
        Strings{"frameworkagreement+agreement", "cooperationagreement+agreement", "agreement"});
  // A work plan and a work programme are one sort under two names: "work
  // plan" found no "programme de travail" (trial 35).
  CHECK(sorts_in("the work plan and the memorandum of cooperation") ==
        Strings{"workplan+workprogramme", "memorandumofcooperation+mou"});
  // The British and American spellings of "programme de travail" (trial 17).
  CHECK(sorts_in("the work programme, two work programs") ==
        Strings{"workprogramme+workplan", "workprogramme+workplan"});
  // Letters exchanged on a day are an exchange of letters (trial 35); not
  // letters ministers exchanged on a subject.
  CHECK(sorts_in("Letters were exchanged on 15 May 2025 between the Office and Bòrd na Gàidhlig.") ==
        Strings{"exchangeofletters"});
  CHECK(sorts_in("Des lettres ont été échangées le 15 mai 2025 entre l'Office et Bòrd na Gàidhlig.") ==
        Strings{"exchangeofletters"});
  CHECK(sorts_in("Québec and Scotland exchanged letters on May 15, 2025 on language planning.") ==
        Strings{"exchangeofletters"});
  CHECK(sorts_in("The two ministers exchanged letters about the visit.").empty());
  // Review 37: letters about a matter, or of people, are no instrument.
  CHECK(sorts_in("Letters were exchanged on March 12, 2024 between the two ministers regarding the forum.")
            .empty());
  CHECK(sorts_in("Des lettres ont été échangées le 12 mars 2024 au sujet de la composition des délégations.")
            .empty());
  CHECK(sorts_in("Students from Québec and Boston exchanged letters on March 12, 2024 as part of a twinning.")
            .empty());
  CHECK(sorts_in(
            "Letters were exchanged on March 12, 2024 between the Minister and the Secretary confirming the "
            "renewal of the MOU.") == Strings{"memorandumofunderstanding+mou"});
  CHECK(
      sorts_in("Letters were exchanged on March 12, 2024 to mark the anniversary of the twinning.").empty());
  // Between heads of government, to set up a cooperation, they are one.
  CHECK(sorts_in(
            "Des lettres ont été échangées le 3 mai 2019 entre les deux premiers ministres pour établir la "
            "coopération en intelligence artificielle.") == Strings{"exchangeofletters"});
  // "mou" the French adjective, and "d'accord", are no instruments.
  CHECK(sorts_in("un sol mou; nous sommes d'accord").empty());
}

// Trials 19-23: "Le protocole avec le CODOFIL devra être renouvelé", "mettre
// à jour le protocole microélectronique" named no instrument.
TEST_CASE("a bare protocole is an MOU after an article but not the diplomatic or a research one") {
  CHECK(sorts_in("Le protocole avec le CODOFIL devra être renouvelé.") ==
        Strings{"memorandumofunderstanding+mou"});
  CHECK(sorts_in("Il faudra mettre à jour le protocole microélectronique en 2024.") ==
        Strings{"memorandumofunderstanding+mou"});
  CHECK(sorts_in("les deux protocoles de 2012 et le bilan du protocole") ==
        Strings{"memorandumofunderstanding+mou", "memorandumofunderstanding+mou"});
  CHECK(sorts_in("Le chef du protocole nous a accueillis; des questions de protocole.").empty());
  // Trial 36: "Ce protocole remplace la déclaration commune de 2008", the
  // one the sentence before signed.
  CHECK(sorts_in("Ce protocole remplace la déclaration commune Québec–Pays basque du 3 juin 2008.") ==
        Strings{"memorandumofunderstanding+mou", "jointdeclaration"});
  CHECK(sorts_in("un protocole de recherche, le protocole sanitaire, le protocole de Kyoto").empty());
  // Session 18 review: the diplomatic protocol, a visit's, a study's.
  for (const char* s :
       {"La délégation a été accueillie par le directeur du protocole de la province du Shandong.",
        "Le protocole de la visite prévoyait une rencontre avec le maire de Qingdao.",
        "Selon le protocole chinois, les cadeaux officiels ont été échangés.",
        "La cheffe du protocole de la municipalité de Shanghai a présenté le programme.",
        "Les échanges ont porté sur le protocole de l'étude clinique menée avec l'hôpital.",
        "Le protocole de Carthagène sur la biosécurité a été évoqué.",
        "Le ministre a rappelé l'importance du protocole lors des rencontres avec les autorités.",
        "Les partenaires ont présenté leur protocole de dépistage du cancer du sein."}) {
    CAPTURE(s);
    CHECK(sorts_in(s).empty());
  }
}

TEST_CASE("a query word or phrase that is a name searches its sort") {
  CHECK(query_instrument_concept("mou") == "mou");
  CHECK(query_instrument_concept("mous") == "mou");
  CHECK(query_instrument_concept("protocole d entente") == "memorandumofunderstanding");
  CHECK(query_instrument_concept("memorandum of understanding") == "memorandumofunderstanding");
  CHECK(query_instrument_concept("entente") == "agreement");
  CHECK(query_instrument_concept("entente cadre") == "frameworkagreement");
  CHECK(query_instrument_concept("plan de travail") == "workplan");
  CHECK(query_instrument_concept("work plan") == "workplan");
  CHECK(query_instrument_concept("work programme") == "workprogramme");
  CHECK_FALSE(query_instrument_concept("protocole"));
  CHECK_FALSE(query_instrument_concept("sante"));
  // A snippet highlights the words of every name of the sort, not "de".
  auto words = instrument_concept_words("workplan");
  CHECK(std::find(words.begin(), words.end(), "plan") != words.end());
  CHECK(std::find(words.begin(), words.end(), "work") != words.end());
  CHECK(std::find(words.begin(), words.end(), "de") == words.end());
  // Not words that would light up everywhere: "cooperation" of "memorandum
  // of cooperation", "entente" of "protocole d'entente" (its own sort's name).
  auto mou = instrument_concept_words("mou");
  CHECK(std::find(mou.begin(), mou.end(), "memorandum") != mou.end());
  CHECK(std::find(mou.begin(), mou.end(), "cooperation") == mou.end());
  CHECK(std::find(mou.begin(), mou.end(), "entente") == mou.end());
  auto agreement = instrument_concept_words("agreement");
  CHECK(std::find(agreement.begin(), agreement.end(), "entente") != agreement.end());
}
