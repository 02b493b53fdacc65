#include "indexer/stated_end.hpp"

#include "registry/text.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

namespace {

// The end stated for the first occurrence of `term` in `sentence`, its clause
// running to the end of the sentence.
std::optional<StatedEnd> end_of(const std::string& sentence, const std::string& term) {
  const std::string folded = entente::fold(sentence);
  const std::size_t at = folded.find(term);
  REQUIRE(at != std::string::npos);
  return find_stated_end(folded, at, at + term.size(), folded.size());
}

std::string describe(const std::optional<StatedEnd>& e) {
  return e ? e->type + " " + e->date : std::string("none");
}

} // namespace

// Trial 14: a report that says an agreement lapsed or was ended left the
// audit asking to review it, with no sentence to show.
TEST_CASE("ends a report states are found with their dates") {
  struct Case {
    const char* sentence;
    const char* term;
    const char* expected;
  };
  for (const auto& c : std::vector<Case>{
           {"L'entente de 2008 avec le Shandong est échue depuis 2019.", "entente", "expired 2019"},
           {"L'entente de coopération a été résiliée en 2020 à la demande de la Bavière.", "entente",
            "terminated 2020"},
           {"Cette entente n'est plus en vigueur.", "entente", "expired "},
           {"L'entente avec la Catalogne a expiré le 31 décembre 2019.", "entente", "expired 2019-12-31"},
           {"Le protocole d'entente de 2012, arrivé à échéance en 2017, n'a pas été renouvelé.",
            "protocole d'entente", "expired 2017"},
           {"The 2009 MOU with Bavaria expired in 2014.", "mou", "expired 2014"},
           {"The agreement was terminated in March 2018 by mutual consent.", "agreement",
            "terminated 2018-03"},
           {"The MOU has lapsed.", "mou", "expired "},
           // Trial 17: an annex line sets the end off by a dash.
           {"Lettre d'intention Québec–Guadalajara en matière culturelle (2009) – échue en 2014.",
            "lettre d'intention", "expired 2014"},
           {"Lettre d'intention Québec–Guadalajara (2009) : échue en 2014.", "lettre d'intention",
            "expired 2014"},
           {"The agreement is no longer in force since 2016.", "agreement", "expired 2016"},
           {"L'entente, qui expirera en 2025, devra être renouvelée.", "entente", "expired 2025"},
           {"The agreement, valid until 2030, covers research.", "agreement", "expired 2030"},
           {"Le Québec a résilié l'entente de 2005 en 2015.", "entente", "terminated 2015"},
           {"Ontario terminated the 2010 MOU with Jalisco.", "mou", "terminated "},
           {"L'entente-cadre, devenue caduque, sera remplacée.", "entente-cadre", "expired "},
           {"Le protocole d'entente de 2012 avec Qingdao dans le domaine de la santé a été résilié en 2018 à "
            "la demande de la partie chinoise.",
            "protocole d'entente", "terminated 2018"},
           {"L'Entente de coopération entre le Québec et la province du Shandong, signée en 2008, est échue "
            "depuis 2016.",
            "entente de cooperation", "expired 2016"},
           {"L'entente, qui a été signée en 2008 à Jinan, a expiré en 2019.", "entente", "expired 2019"},
           // The review of session 14: asides, "s'", "à" and nouns after "depuis".
           {"L'entente de 2008 avec le Shandong, qui a expiré en 2018, a été évoquée.", "entente",
            "expired 2018"},
           {"The 2010 MOU with the State of Bavaria, which expired in 2018, was discussed.", "mou",
            "expired 2018"},
           {"Il s'agit de l'entente de 2008 avec le Shandong, échue depuis 2016.", "entente", "expired 2016"},
           {"Quebec's MOU with Bavaria expired in 2019.", "mou", "expired 2019"},
           {"L'entente de coopération à Paris a expiré en 2019.", "entente de cooperation", "expired 2019"},
           {"Depuis l'expiration de l'entente en 2016, les échanges ont ralenti.", "entente", "expired 2016"},
           // Trial 34: coordinated with its signing; after a long name; an ISO day.
           {"l'Entente de coopération entre le Québec et le canton de Vaud, signée le 5 mai 2015 et échue le "
            "4 "
            "mai 2025 : à renouveler en priorité;",
            "entente de cooperation", "expired 2025-05-04"},
           {"Le protocole d'entente de 2014 avec le ministère de l'Éducation nationale de Côte d'Ivoire sur "
            "la "
            "formation professionnelle est arrivé à échéance en juin 2024; les deux parties ont convenu de "
            "le "
            "renouveler.",
            "protocole d'entente", "expired 2024-06"},
           {"Le protocole d'entente MAPAQ–Région Bretagne en matière de pêches et d'aquaculture, signé le "
            "2014-06-12, arrivera à échéance le 2019-06-12.",
            "protocole d'entente", "expired 2019-06-12"},
           // Trial 34: a long name with its parties; the day the termination
           // takes effect, told after it.
           {"Le protocole d'entente de 2012 entre le ministère de l'Immigration du Québec et l'Agence "
            "nationale "
            "pour l'emploi et le travail indépendant (ANETI) de Tunisie a été résilié d'un commun accord; il "
            "prendra fin le 30 juin 2025.",
            "protocole d'entente", "terminated 2025-06-30"},
           {"The 2012 MOU was terminated by mutual consent; it will end on June 30, 2025.", "mou",
            "terminated 2025-06-30"},
           // Review 36: a lapse with a word before its day.
           {"The 2019 MOU with Bavaria will lapse automatically on March 31, 2025, unless it is renewed.",
            "mou", "expired 2025-03-31"},
           {"Unless renewed, the 2019 MOU with Bavaria will lapse March 31, 2025.", "mou",
            "expired 2025-03-31"},
           // Trial 32: an end to come by lapse, with its date.
           {"The 2016 aerospace MOU will be allowed to lapse when it expires on March 31, 2024.", "mou",
            "expired 2024-03-31"},
           {"The 2016 MOU will lapse on March 31, 2024.", "mou", "expired 2024-03-31"},
           {"Québec–Aichi aerospace MOU (2016) to lapse on March 31, 2024;", "mou", "expired 2024-03-31"},
           {"Both parties agreed that the 2016 aerospace MOU will not be renewed: it will be allowed to "
            "lapse "
            "when it expires on March 31, 2024.",
            "mou", "expired 2024-03-31"},
           {"L'entente de 2008 ne sera pas renouvelée : elle prendra fin le 31 mars 2024.", "entente",
            "expired 2024-03-31"},
           // Trial 36: denounced by the partner, it ends on the day the notice
           // gives, not on the notice's.
           {"Le protocole d'entente de 2016 avec l'État du Yucatán, dénoncé par le Yucatán par lettre du 30 "
            "novembre 2024, prendra fin le 30 mai 2025.",
            "protocole", "terminated 2025-05-30"},
           {"Le protocole de 2016 a été dénoncé par le Yucatán par une note du 30 novembre 2024.",
            "protocole", "terminated 2024-11-30"},
       }) {
    CAPTURE(c.sentence);
    CHECK(describe(end_of(c.sentence, c.term)) == c.expected);
  }
}

TEST_CASE("negations conditions plans and other subjects are not ends") {
  struct Case {
    const char* sentence;
    const char* term;
  };
  for (const auto& c : std::vector<Case>{
           {"L'entente de 2008 n'a pas expiré.", "entente"},
           // (Denounced by critics: decried, not ended.)
           {"Le protocole a été dénoncé par les syndicats le 3 mai comme inéquitable.", "protocole"},
           {"Le protocole a été dénoncé par les syndicats par lettre ouverte du 3 mai 2024.", "protocole"},
           {"Le protocole, dénoncé par l'opposition par lettre au ministre, demeure en vigueur.",
            "protocole"},
           {"The MOU has not expired yet.", "mou"},
           {"L'entente n'a jamais été résiliée.", "entente"},
           {"Si l'entente expire, les projets s'arrêteront.", "entente"},
           {"L'entente devra être résiliée d'ici 2025.", "entente"},
           {"The agreement should be terminated.", "agreement"},
           {"L'entente expire bientôt.", "entente"},
           {"The agreement expires soon.", "agreement"},
           // The clause's end is another subject's, ten words on.
           {"L'entente de 2008 a permis de lancer un vaste programme de bourses d'études et de stages "
            "qui a pris fin en 2015.",
            "entente"},
           {"Le protocole prévoit une clause de résiliation.", "protocole"},
           {"L'entente a été signée en 2019.", "entente"},
           {"The MOU was renewed for five years.", "mou"},
           // The review of session 14: an expiry named as a noun is not one
           // that happened; adjectives of other nouns are not the agreement's.
           {"Une évaluation sera réalisée six mois avant l'expiration de l'entente.", "entente"},
           {"Upon expiry of the agreement, the parties may renew it.", "agreement"},
           {"L'entente prévoit le remboursement des créances échues.", "entente"},
           {"The MOU provides for terminated employees to be rehired.", "mou"},
           {"The MOU funds a programme: it will expire in 2025.", "mou"},
           // Review 35: what lapses is something else, or is not let lapse.
           {"Unspent funds under the 2019 MOU with Bavaria will lapse on March 31, 2024, at the end of the "
            "fiscal year.",
            "mou"},
           {"The working group created by the MOU will lapse on March 31, 2024.", "mou"},
           {"We did not want cooperation under the MOU to lapse after the 2025 elections.", "mou"},
           {"Québec would never allow the 2019 MOU with Bavaria to lapse in 2026.", "mou"},
           // Review 36: a part of it ended.
           {"Le protocole de 2012 entre le Québec et la Bavière dont le volet hydrogène a pris fin en 2020 "
            "demeure en vigueur.",
            "protocole"},
           // Review 36: a project's end, after the parties and a verb.
           {"The 2012 MOU between Québec and Bavaria remains the reference framework and the pilot project "
            "it "
            "funded ended in 2020.",
            "mou"},
           {"The MOU will lapse if no project starts.", "mou"},
       }) {
    CAPTURE(c.sentence);
    CHECK(describe(end_of(c.sentence, c.term)) == "none");
  }
}

// Trial 29: "Un programme de travail 2010-2013, adopté en 2009 en application
// de cet accord, expire en décembre 2013" ended the framework agreement
// the report had just said was still in force.
TEST_CASE("an end told of the subject is not the end of an agreement named in an aside") {
  CHECK(describe(
            end_of("Un programme de travail 2010-2013, adopté en 2009 en application de cet accord, expire "
                   "en décembre 2013.",
                   "accord")) == "none");
  CHECK(describe(end_of("The work plan, adopted under the agreement, expires in December 2013.",
                        "agreement")) == "none");
  // A sentence opening on an adverbial keeps the end of the agreement it names.
  CHECK(describe(
            end_of("Lors de la rencontre, les parties ont discuté de l'entente de 2012 avec le Shandong, qui "
                   "arrive à échéance en décembre 2018.",
                   "entente")) == "expired 2018-12");
  // An aside after the agreement still speaks of it.
  CHECK(describe(end_of("Le mandat prévu par l'entente, échue en 2016, a été repris.", "entente")) ==
        "expired 2016");
}

// Trial 31: two work programmes' ends went unread, so the audit still had
// them signed: an aside after a long name, and a relative clause after the
// programme's period and the rest of its name.
TEST_CASE("an end told after a work programme's whole name is its end") {
  CHECK(describe(
            end_of("Le programme de travail 2022-2024 conclu avec l'Office de la formation professionnelle "
                   "et de la promotion du travail (OFPPT), échu le 31 décembre 2024, est à renouveler.",
                   "programme de travail")) == "expired 2024-12-31");
  CHECK(describe(end_of("Le programme de travail 2023-2025 en transport de la commission mixte, qui vient à "
                        "échéance à la fin de 2025, est à reconduire.",
                        "programme de travail")) == "expired 2025");
  // Not another noun's: the programme the agreement finances ended.
  CHECK(
      describe(end_of("L'entente finance un programme de formation des infirmières de la région, qui a pris "
                      "fin en 2019.",
                      "entente")) == "none");
}
