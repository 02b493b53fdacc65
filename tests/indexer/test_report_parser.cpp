#include "indexer/french_dates.hpp"
#include "indexer/report_parser.hpp"
#include "indexer/report_text.hpp"
#include "indexer/text_reader.hpp"
#include "reference_data.hpp"
#include "registry/text.hpp"
#include "tests/support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace entente;
using namespace entente::indexer;
using entente::test::source_path;
using entente::test::test_data;

namespace {

constexpr auto& gazetteer = test::bundled_gazetteer;
constexpr auto& taxonomy = test::bundled_taxonomy;

ParsedReport parse(const std::string& name) {
  return parse_report(read_document(test_data("reports/" + name)), ParseContext{gazetteer(), taxonomy()});
}

using Strings = std::vector<std::string>;

std::string range(const std::optional<DateRange>& r) {
  return r ? r->start + ".." + r->end : "none";
}

bool has_warning(const ParsedReport& r, const std::string& w) {
  return std::find(r.warnings.begin(), r.warnings.end(), w) != r.warnings.end();
}

} // namespace

TEST_CASE("dates in the forms reports use") {
  CHECK(range(find_date_range("2 au 10 septembre 2017")) == "2017-09-02..2017-09-10");
  CHECK(range(find_date_range("du 28 octobre au 3 novembre 2018")) == "2018-10-28..2018-11-03");
  CHECK(range(find_date_range("14-18 mai 2019")) == "2019-05-14..2019-05-18");
  CHECK(range(find_date_range("1er au 5 avril 2022")) == "2022-04-01..2022-04-05");
  CHECK(range(find_date_range("30 décembre 2016 au 3 janvier 2017")) == "2016-12-30..2017-01-03");
  CHECK(range(find_date_range("le 22 septembre 2017")) == "2017-09-22..2017-09-22");
  CHECK(range(find_date_range("September 2-10, 2017")) == "2017-09-02..2017-09-10");
  CHECK(range(find_date_range("2–10 September 2017")) == "2017-09-02..2017-09-10");
  CHECK(range(find_date_range("from September 28 to October 3, 2018")) == "2018-09-28..2018-10-03");
  CHECK(range(find_date_range("du lundi 2 au mercredi 4 mars 2020")) == "2020-03-02..2020-03-04");
  CHECK(range(find_date_range("2019-11-04 au 2019-11-08")) == "2019-11-04..2019-11-08");
  CHECK(range(find_date_range("22/09/2017")) == "2017-09-22..2017-09-22");
  // Trial 31: the first day was lost.
  CHECK(range(find_date_range("Dates : 10-14/03/2025")) == "2025-03-10..2025-03-14");
  CHECK(range(find_date_range("12-16/05/2025")) == "2025-05-12..2025-05-16");
  // Review 32: not a number before a date.
  CHECK(range(find_date_range("Version 2 - 14/03/2025")) == "2025-03-14..2025-03-14");
  CHECK(range(find_date_range("Rapport no 7-14/03/2025")) == "2025-03-14..2025-03-14");
  CHECK(range(find_date_range("Dates : 10/03-14/03/2025")) == "2025-03-14..2025-03-14");
  // Review 33.
  CHECK(range(find_date_range("Rapport No. 7-14/03/2025")) == "2025-03-14..2025-03-14");
  CHECK(range(find_date_range("Dossier / Réf. 3-14/03/2025")) == "2025-03-14..2025-03-14");
  CHECK(range(find_date_range("Version no. 2-14/03/2025")) == "2025-03-14..2025-03-14");
  CHECK(range(find_date_range("Mission en Bavière (10-14/03/2025)")) == "2025-03-10..2025-03-14");
  CHECK(range(find_date_range("Septembre 2017")) == "2017-09..2017-09");
  CHECK(range(find_date_range("31 février 2019")) ==
        "2019-02..2019-02"); // the day is impossible, the month stands
  CHECK(range(find_date_range("le 3 mai")) == "none");
  CHECK(range(find_date_range("aucune date")) == "none");
  // A trial with reports written for it (session 12). The first day after the
  // last of its month: it was read as the second date alone.
  CHECK(range(find_date_range("du 31 au 2 avril 2019")) == "2019-03-31..2019-04-02");
  CHECK(range(find_date_range("du 30 au 3 janvier 2020")) == "2019-12-30..2020-01-03");
  // Numbers read day first (Québec), unless only month first makes sense: a
  // mission of two days rather than of two months, or a 13th month.
  CHECK(range(find_date_range("Dates: 3/7/2019 - 3/9/2019")) == "2019-03-07..2019-03-09");
  CHECK(range(find_date_range("03/03/2019 au 06/03/2019")) == "2019-03-03..2019-03-06");
  CHECK(range(find_date_range("1/9/2019 - 3/9/2019")) == "2019-09-01..2019-09-03");
  CHECK(range(find_date_range("3/25/2019")) == "2019-03-25..2019-03-25");
  // The days written after the month and year, without the year (trial, session 13).
  CHECK(range(find_date_range("Mission en Chine, novembre 2019 (du 4 au 8 novembre)")) ==
        "2019-11-04..2019-11-08");
  CHECK(range(find_date_range("novembre 2019, puis du 4 au 8 décembre")) == "2019-11..2019-11");
  // A signature line's date rather than a name.
  for (const char* dated :
       {"le 28 mai 2012", "October 2, 2024.", "février 2015", "en mars 2015", "25 July 2014"})
    CHECK(starts_with_date(dated));
  for (const char* named :
       {"Louise Bélanger, le 28 mai 2012", "commitments were obtained", "au ministre en mai"})
    CHECK_FALSE(starts_with_date(named));
}

TEST_CASE("lines are re-joined and de-hyphenated with their line numbers") {
  JoinedText j = join_lines({"la coopéra-", "", "tion Québec-", "Shandong et le sous-", "ministre."}, 1, 5);
  CHECK(j.text == "la coopération Québec-Shandong et le sous-ministre.");
  CHECK(j.line_at(0) == 1);
  CHECK(j.line_at(j.text.find("Shandong")) == 4);
  auto s = split_sentences(join_lines({"Dr Michel A. Bureau est venu. M. Roy aussi.", "Fin."}, 1, 2));
  REQUIRE(s.size() == 3);
  CHECK(s[0].text == "Dr Michel A. Bureau est venu.");
  CHECK(s[1].text == "M. Roy aussi.");
  CHECK(s[2].line == 2);
  // Trial 35: a footnote's mark after the period ends the sentence with it;
  // the next sentence's MOU took the city the first was signed in.
  auto marked = split_sentences(
      join_lines({"An MOU was signed in Boston on April 15, 2016.[1] The 2016 MOU was complemented by a work "
                  "plan.\u00b2 It ended."},
                 1, 1));
  REQUIRE(marked.size() == 3);
  CHECK(marked[0].text == "An MOU was signed in Boston on April 15, 2016.[1]");
  CHECK(marked[1].text == "The 2016 MOU was complemented by a work plan.\u00b2");
  // Review of session 23: "Lakes–St." is an abbreviation after a dash.
  CHECK(split_sentences(
            join_lines({"The Great Lakes–St. Lawrence River Basin Agreement was not discussed."}, 1, 1))
            .size() == 1);
}

TEST_CASE("the example report: every field") {
  auto r = parse("2017-09_sante_chine.txt");
  const Mission& m = r.mission;
  CHECK(m.title == "RAPPORT DE MISSION D’UN DÉPLACEMENT À L’EXTÉRIEUR DU CANADA");
  CHECK(m.ministry == "Ministère de la Santé et des Services sociaux");
  CHECK(m.language == "fr");
  CHECK(m.start_date == "2017-09-02");
  CHECK(m.end_date == "2017-09-10");
  REQUIRE(m.places.size() == 4);
  CHECK(m.places[0].text == "Shanghai");
  CHECK(m.places[0].partner == "shanghai");
  CHECK(m.places[1].partner == "qingdao");
  CHECK(m.places[2].partner == "jinan");
  CHECK(m.places[3].text == "Beijing");
  CHECK(m.places[3].partner == "beijing");
  CHECK(m.places[3].line == 9);
  CHECK(gazetteer().ancestors("qingdao") == Strings{"shandong", "china"});
  CHECK(m.partners == Strings{"shanghai", "china", "qingdao", "shandong", "jinan", "beijing"});
  CHECK(m.domains == Strings{"health", "social-services", "medical-technologies", "disease-prevention"});
  REQUIRE(m.delegation.size() == 4);
  CHECK(m.delegation[0].honorific == "Dr");
  CHECK(m.delegation[0].name == "Gaétan Barrette");
  CHECK(m.delegation[0].title == "ministre de la Santé et des Services sociaux");
  CHECK(m.delegation[0].line == 17);
  CHECK(m.delegation[1].honorific == "M.");
  CHECK(m.delegation[1].name == "Daniel Desharnais");
  CHECK(m.delegation[1].title == "directeur du cabinet du ministre");
  CHECK(m.delegation[2].honorific == "Dr");
  CHECK(m.delegation[2].name == "Michel A. Bureau");
  CHECK(m.delegation[2].title ==
        "sous-ministre associé des services de santé et de la médecine universitaire");
  CHECK(m.delegation[3].honorific == "Mme");
  CHECK(m.delegation[3].name == "Valérie Fontaine");
  CHECK(m.delegation[3].title ==
        "directrice des affaires intergouvernementales et de la coopération internationale");
  CHECK(m.delegation[3].line == 23);
  CHECK(m.author == "Direction des affaires intergouvernementales et de la coopération internationale");
  CHECK(m.report_date == "2017-09-22");
  CHECK(m.filed_by == "Luc Castonguay");
  CHECK(m.filed_date == "2017-10-11");

  REQUIRE(m.sections.size() == 6);
  Strings kinds;
  for (const auto& s : m.sections)
    kinds.push_back(s.kind);
  CHECK(kinds == Strings{"general", "delegation", "context", "objectives", "results", "recommendations"});
  CHECK(m.sections[2].heading == "CONTEXTE");
  CHECK(m.sections[2].line == 31);
  CHECK(m.sections[2].line_end == 43);
  CHECK(m.sections[4].heading == "RÉSULTATS OBTENUS");
  CHECK(m.sections[5].heading == "RECOMMANDATIONS ET SUIVIS");
  CHECK(m.sections[5].line == 85);
  CHECK(m.sections[5].line_end == 95);

  REQUIRE(r.agreements.size() == 4);
  const std::string update_evidence =
      "À cet effet, il a été proposé d’actualiser deux ententes de coopération existantes, soit celle signée "
      "en "
      "2011 avec la municipalité de Shanghai et celle signée en 2008 avec la province du Shandong;";
  const auto& shanghai = r.agreements[0];
  CHECK(shanghai.kind == "agreement");
  CHECK(shanghai.relation == "plans_update");
  CHECK(shanghai.partners == Strings{"shanghai"});
  CHECK(shanghai.year == "2011");
  CHECK(shanghai.domains.empty());
  CHECK(shanghai.title == "Entente de coopération Québec–Shanghai (2011)");
  CHECK(shanghai.evidence == update_evidence);
  CHECK(shanghai.line == 71);
  CHECK(shanghai.line_end == 75);
  const auto& shandong = r.agreements[1];
  CHECK(shandong.kind == "agreement");
  CHECK(shandong.relation == "plans_update");
  CHECK(shandong.partners == Strings{"shandong"});
  CHECK(shandong.year == "2008");
  CHECK(shandong.title == "Entente de coopération Québec–Shandong (2008)");
  CHECK(shandong.evidence == update_evidence);
  CHECK(shandong.line == 71);
  CHECK(shandong.line_end == 75);
  const std::string mou_evidence =
      "d’officialiser deux importants partenariats entre le Québec et la Chine par la signature de deux "
      "protocoles "
      "d’entente dans les domaines de la prévention et du contrôle des maladies ainsi que des technologies "
      "médicales.";
  for (std::size_t i : {2u, 3u}) {
    CHECK(r.agreements[i].kind == "mou");
    CHECK(r.agreements[i].relation == "produced");
    CHECK(r.agreements[i].partners == Strings{"china"});
    CHECK(r.agreements[i].year == "2017");
    CHECK(r.agreements[i].evidence == mou_evidence);
    CHECK(r.agreements[i].line == 79);
    CHECK(r.agreements[i].line_end == 83);
  }
  CHECK(r.agreements[2].domains == Strings{"disease-prevention"});
  CHECK(r.agreements[2].title == "Protocole d'entente Québec–Chine : prévention et contrôle des maladies");
  CHECK(r.agreements[3].domains == Strings{"medical-technologies"});
  CHECK(r.agreements[3].title == "Protocole d'entente Québec–Chine : technologies médicales");

  REQUIRE(m.recommendations.size() == 2);
  CHECK(m.recommendations[0].text ==
        "Poursuivre les échanges et développer une offre concertée pour le Québec dans "
        "le domaine de la santé afin de promouvoir l’expertise québécoise");
  CHECK(m.recommendations[0].line == 87);
  CHECK(m.recommendations[0].line_end == 89);
  CHECK(m.recommendations[0].partners.empty());
  CHECK(
      m.recommendations[1].text ==
      "Entreprendre des démarches avec le ministère des Relations internationales et de la Francophonie afin "
      "d’actualiser les ententes signées avec la municipalité de Shanghai (2011) et la province du Shandong "
      "(2008)");
  CHECK(m.recommendations[1].line == 91);
  CHECK(m.recommendations[1].line_end == 95);
  CHECK(m.recommendations[1].partners == Strings{"shanghai", "shandong"});
  REQUIRE(r.recommendation_agreements.size() == 2);
  CHECK(r.recommendation_agreements[0].empty());
  CHECK(r.recommendation_agreements[1] == std::vector<std::size_t>{0, 1});
  CHECK(r.warnings.empty());
}

TEST_CASE("the example as a PDF gives the same key facts") {
  auto t = parse("2017-09_sante_chine.txt");
  auto p = parse("2017-09_sante_chine.pdf");
  CHECK(p.mission.title == t.mission.title);
  CHECK(p.mission.start_date == "2017-09-02");
  CHECK(p.mission.end_date == "2017-09-10");
  CHECK(p.mission.partners == t.mission.partners);
  CHECK(p.mission.delegation.size() == 4);
  CHECK(p.mission.author == t.mission.author);
  CHECK(p.mission.filed_by == "Luc Castonguay");
  CHECK(p.mission.filed_date == "2017-10-11");
  REQUIRE(p.agreements.size() == t.agreements.size());
  for (std::size_t i = 0; i < p.agreements.size(); ++i) {
    CHECK(p.agreements[i].title == t.agreements[i].title);
    CHECK(p.agreements[i].relation == t.agreements[i].relation);
    CHECK(p.agreements[i].evidence == t.agreements[i].evidence);
  }
  CHECK(p.recommendation_agreements == t.recommendation_agreements);
}

TEST_CASE("Bavaria, Windows-1252 with CRLF: a renewed agreement") {
  auto r = parse("2019-05_baviere_cp1252_crlf.txt");
  const Mission& m = r.mission;
  CHECK(m.title == "RAPPORT DE MISSION EN BAVIÈRE");
  CHECK(m.ministry == "Ministère des Relations internationales et de la Francophonie");
  CHECK(m.start_date == "2019-05-14");
  CHECK(m.end_date == "2019-05-18");
  REQUIRE(m.places.size() == 2);
  CHECK(m.places[0].partner == "munich");
  CHECK(m.places[1].text == "Nuremberg");
  CHECK(m.partners.at(0) == "munich");
  CHECK(m.partners.at(1) == "bavaria");
  CHECK(m.partners.at(2) == "germany");
  REQUIRE(m.delegation.size() == 3);
  CHECK(m.delegation[2].name == "Sophie Côté");
  CHECK(m.delegation[2].title == "directrice Europe");
  Strings kinds;
  for (const auto& s : m.sections)
    kinds.push_back(s.kind);
  CHECK(kinds == Strings{"delegation", "context", "objectives", "results", "recommendations"});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].relation == "renewed");
  CHECK(r.agreements[0].partners == Strings{"bavaria"});
  CHECK(r.agreements[0].year == "2009");
  CHECK(r.agreements[0].title == "Entente de coopération Québec–Bavière (2009)");
  CHECK(r.agreements[0].line == 20);
  CHECK(r.agreements[0].line_end == 21);
  REQUIRE(m.recommendations.size() == 1);
  CHECK(m.recommendations[0].partners == Strings{"bavaria"});
  CHECK(m.author == "Direction Europe");
  CHECK(m.report_date == "2019-06-03");
}

TEST_CASE("Mexico, ISO-8859-1: an agreement produced, a city named like its country") {
  auto r = parse("2018-11_mexique_latin1.txt");
  const Mission& m = r.mission;
  CHECK(m.start_date == "2018-10-28");
  CHECK(m.end_date == "2018-11-03");
  REQUIRE(m.places.size() == 2);
  CHECK(m.places[0].partner == "mexico-city");
  CHECK(m.places[1].partner == "guadalajara");
  CHECK(m.partners == Strings{"mexico-city", "mexico", "guadalajara", "jalisco"});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].kind == "agreement");
  CHECK(r.agreements[0].relation == "produced");
  CHECK(r.agreements[0].partners == Strings{"jalisco"});
  CHECK(r.agreements[0].year == "2018");
  CHECK(r.agreements[0].domains == Strings{"health"});
  CHECK(r.agreements[0].evidence ==
        "Lors de cette mission, la ministre a signé une entente de coopération avec "
        "l'État de Jalisco en matière de santé publique.");
  REQUIRE(r.recommendation_agreements.size() == 1);
  CHECK(r.recommendation_agreements[0] == std::vector<std::size_t>{0});
}

TEST_CASE("cities only (Qingdao, Yantai), form feeds, running headers, hyphenated words") {
  auto r = parse("2019-09_qingdao_yantai_formfeeds.txt");
  const Mission& m = r.mission;
  CHECK(m.title == "RAPPORT DE MISSION EN CHINE");
  CHECK(m.partners == Strings{"qingdao", "shandong", "china", "yantai"});
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[0].relation == "plans_update");
  CHECK(r.agreements[0].partners == Strings{"yantai"});
  CHECK(r.agreements[0].year == "2016");
  CHECK(r.agreements[0].title == "Plan de travail Québec–Yantai (2016)");
  CHECK(r.agreements[0].evidence ==
        "Il a été convenu de réviser le plan de travail conclu avec la ville de Yantai en "
        "2016, qui arrive à échéance.");
  CHECK(r.agreements[1].relation == "references");
  CHECK(r.agreements[1].partners == Strings{"qingdao"});
  CHECK(r.agreements[1].year == "2014");
  REQUIRE(m.recommendations.size() == 2);
  CHECK(m.recommendations[0].partners == Strings{"yantai"});
  CHECK(m.sections.at(0).kind == "objectives");
  CHECK(has_warning(r, "no delegation found"));
}

TEST_CASE("an English report") {
  auto r = parse("2018-04_paris_english.txt");
  const Mission& m = r.mission;
  CHECK(m.language == "en");
  CHECK(m.title == "MISSION REPORT Official visit to France");
  CHECK(m.ministry == "Ministry of International Relations and La Francophonie");
  CHECK(m.start_date == "2018-04-09");
  CHECK(m.end_date == "2018-04-13");
  REQUIRE(m.places.size() == 2); // "France" qualifies Paris and Lyon
  CHECK(m.places[0].partner == "paris");
  CHECK(m.places[1].partner == "lyon");
  REQUIRE(m.delegation.size() == 3);
  CHECK(m.delegation[0].honorific == "Hon.");
  CHECK(m.delegation[0].name == "Christine St-Pierre");
  CHECK(m.delegation[1].honorific == "Mr.");
  CHECK(m.author == "Europe Directorate");
  CHECK(m.report_date == "2018-04-30");
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[0].relation == "plans_update"); // merged with the background mention
  CHECK(r.agreements[0].partners == Strings{"ile-de-france"});
  CHECK(r.agreements[0].year == "2015");
  CHECK(r.agreements[1].kind == "mou");
  CHECK(r.agreements[1].relation == "produced");
  CHECK(r.agreements[1].domains == Strings{"higher-education"});
  CHECK(r.agreements[1].title == "Memorandum of understanding Québec–Île-de-France: higher education");
  CHECK(r.recommendation_agreements.at(0) == std::vector<std::size_t>{0});
}

TEST_CASE("no agreement at all, only generic talk about agreements") {
  auto r = parse("2022-04_catalogne_sans_entente.txt");
  CHECK(r.agreements.empty());
  CHECK(r.mission.start_date == "2022-04-01");
  CHECK(r.mission.end_date == "2022-04-05");
  REQUIRE(r.mission.places.size() == 1);
  CHECK(r.mission.places[0].text == "Barcelone");
  CHECK(std::find(r.mission.partners.begin(), r.mission.partners.end(), "spain") != r.mission.partners.end());
  CHECK(r.mission.ministry ==
        "Ministère de l'Environnement et de la Lutte contre les changements climatiques");
  REQUIRE(r.mission.recommendations.size() == 1);
  CHECK(r.mission.recommendations[0].partners == Strings{"catalonia"});
  CHECK(r.recommendation_agreements[0].empty());
}

TEST_CASE("a report with no recognisable sections") {
  auto r = parse("2019-03_wallonie_sans_sections.txt");
  CHECK(has_warning(r, "no recognisable sections"));
  CHECK(r.mission.title == "Compte rendu de la visite en Wallonie");
  CHECK(r.mission.start_date == "2019-03-14");
  CHECK(r.mission.end_date == "2019-03-14");
  CHECK(r.mission.partners == Strings{"wallonia", "belgium"});
  REQUIRE(r.agreements.size() == 1);
  // "souhaitent actualiser cette entente l'an prochain": the 1999 agreement
  // named in the sentence before, to be updated.
  CHECK(r.agreements[0].relation == "plans_update");
  CHECK(r.agreements[0].partners == Strings{"wallonia"});
  CHECK(r.agreements[0].year == "1999");
  CHECK(r.agreements[0].line == 5);
  CHECK(r.agreements[0].line_end == 6);
  CHECK(r.mission.recommendations.empty());
}

TEST_CASE("years across the new year, UTF-8 BOM, other heading wordings, delegation without bullets") {
  auto r = parse("2016-12_boston_annees.txt");
  const Mission& m = r.mission;
  CHECK(m.start_date == "2016-12-30");
  CHECK(m.end_date == "2017-01-03");
  Strings kinds;
  for (const auto& s : m.sections)
    kinds.push_back(s.kind);
  CHECK(kinds == Strings{"delegation", "context", "objectives", "results", "recommendations"});
  REQUIRE(m.delegation.size() == 2);
  CHECK(m.delegation[1].honorific == "Me");
  CHECK(m.delegation[1].name == "Claire Dubois");
  CHECK(m.author == "Bureau du Québec à Boston");
  CHECK(m.report_date == "2017-01-10");
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].relation == "plans_update");
  CHECK(r.agreements[0].partners == Strings{"massachusetts"});
  CHECK(r.agreements[0].year == "2012");
  CHECK(r.agreements[0].title == "Accord de coopération Québec–Massachusetts (2012)");
  CHECK(r.recommendation_agreements.at(0) == std::vector<std::size_t>{0});
}

TEST_CASE("a joint declaration signed with a partner named as the subject") {
  auto r = parse("2023-11_japon_declaration.txt");
  CHECK(r.mission.ministry == "Ministère de l'Économie, de l'Innovation et de l'Énergie");
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].kind == "agreement");
  CHECK(r.agreements[0].relation == "produced");
  CHECK(r.agreements[0].year == "2023");
  CHECK(r.agreements[0].domains == Strings{"environment-climate"});
  CHECK(r.agreements[0].partners == Strings{r.mission.places.at(0).partner});
  CHECK(r.recommendation_agreements.at(0) == std::vector<std::size_t>{0});
}

TEST_CASE("numbered headings and items, ISO dates, an explicit ministry, an MOU to revise") {
  auto r = parse("2019-11_vietnam_numerote.txt");
  const Mission& m = r.mission;
  CHECK(m.ministry == "Ministère de l'Éducation et de l'Enseignement supérieur");
  CHECK(m.start_date == "2019-11-04");
  CHECK(m.end_date == "2019-11-08");
  Strings kinds;
  for (const auto& s : m.sections)
    kinds.push_back(s.kind);
  CHECK(kinds == Strings{"context", "objectives", "results", "recommendations"});
  REQUIRE(r.agreements.size() == 1); // "douze ententes interuniversitaires" names none
  CHECK(r.agreements[0].kind == "mou");
  CHECK(r.agreements[0].relation == "plans_update");
  CHECK(r.agreements[0].partners == Strings{"vietnam"});
  CHECK(r.agreements[0].year == "2013");
  REQUIRE(m.recommendations.size() == 2);
  CHECK(m.recommendations[0].line == 18);
  CHECK(m.recommendations[0].line_end == 19);
  CHECK(r.recommendation_agreements[0] == std::vector<std::size_t>{0});
}

TEST_CASE("English, CRLF: a work plan renewed, an agreement referenced") {
  auto r = parse("2018-06_mexique_english_renewed.txt");
  CHECK(r.mission.start_date == "2018-06-02");
  CHECK(r.mission.end_date == "2018-06-06");
  CHECK(r.mission.places.at(0).partner == "mexico-city");
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[0].relation == "renewed");
  CHECK(r.agreements[0].partners == Strings{"mexico"});
  CHECK(r.agreements[0].year == "2014");
  CHECK(r.agreements[0].domains == Strings{"trade-investment"});
  CHECK(r.agreements[1].relation == "references");
  CHECK(r.agreements[1].year == "2011");
  CHECK(r.mission.delegation.at(1).honorific == "Mrs.");
}

TEST_CASE("two MOUs signed, one per domain, and an agreement to update") {
  auto r = parse("2017-10_shandong_protocoles.txt");
  CHECK(r.mission.start_date == "2017-10-16");
  REQUIRE(r.agreements.size() == 3);
  CHECK(r.agreements[0].kind == "mou");
  CHECK(r.agreements[0].relation == "produced");
  CHECK(r.agreements[0].partners == Strings{"shandong"});
  CHECK(r.agreements[0].domains == Strings{"higher-education"});
  CHECK(r.agreements[1].domains == Strings{"culture"});
  CHECK(r.agreements[2].relation == "plans_update");
  CHECK(r.agreements[2].title == "Entente de coopération Québec–Shandong (2008)");
  CHECK(r.mission.partners == Strings{"jinan", "shandong", "china"});
}

namespace {

ParsedReport parse_lines(std::vector<std::string> lines) {
  return test::parse_text_lines(std::move(lines));
}

// `head`, then " type@date" for each end or change the report states of `a`.
std::string with_events(std::string head, const AgreementMention& a) {
  for (const auto& e : a.stated)
    head += " " + e.type + "@" + e.date;
  return head;
}

// The partners of the one agreement the report `lines` names.
Strings partners_of_one(std::vector<std::string> lines) {
  auto r = parse_lines(std::move(lines));
  REQUIRE(r.agreements.size() == 1);
  return r.agreements[0].partners;
}

// The partners of each agreement the report `lines` names, joined by commas.
Strings partners_of_each(std::vector<std::string> lines) {
  Strings out;
  for (const auto& a : parse_lines(std::move(lines)).agreements)
    out.push_back(join(a.partners, ","));
  return out;
}

} // namespace

// The signature block written without a colon was read as the last
// recommendation, and "Drafted October 2, 2024" as an author (trial, session 13).
TEST_CASE("a signature line without a colon closes the report: author and date, no recommendation") {
  auto r = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Jinan (Chine)", "Dates : 7 au 11 mai 2012", "",
                        "RECOMMANDATIONS", "", "- Renouveler l’entente de 2008 avec le Shandong.", "",
                        "Rédigé par Louise Bélanger, le 28 mai 2012"});
  CHECK(r.mission.recommendations.size() == 1);
  CHECK(r.mission.author == "Louise Bélanger");
  CHECK(r.mission.report_date == "2012-05-28");
  auto e = parse_lines({"MISSION REPORT", "", "Places: Qingdao (China)", "Dates: September 12-14, 2024", "",
                        "Recommendation", "", "That the Ministry renew the 2017 MOU with Qingdao.", "",
                        "Drafted October 2, 2024.", "", "Submitted 25 July 2024."});
  CHECK(e.mission.recommendations.size() == 1);
  CHECK(e.mission.author.empty());
  CHECK(e.mission.report_date == "2024-10-02");
  CHECK(e.mission.filed_by.empty());
  CHECK(e.mission.filed_date == "2024-07-25");
  // Trial 31: "Rapport préparé par ..." was read as a recommendation.
  auto p = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Rabat (Maroc)", "Dates : 24 au 28 février 2025",
                        "", "RECOMMANDATIONS", "", "  • Renouveler le programme de travail avec l'OFPPT.", "",
                        "Rapport préparé par Hugo Pelletier, le 14 mars 2025."});
  CHECK(p.mission.recommendations.size() == 1);
  CHECK(p.mission.author == "Hugo Pelletier");
  CHECK(p.mission.report_date == "2025-03-14");
}

// "Compte rendu de mission" over "Mission de promotion en Chine" put the
// mission in Mission, Texas (trial, session 13).
TEST_CASE("each title line starts afresh when places are read from the title") {
  auto r = parse_lines({"Ministère du Tourisme — Compte rendu de mission", "",
                        "Mission de promotion touristique en Chine, novembre 2019", "",
                        "La ministre a rencontré des voyagistes."});
  std::vector<std::string> places;
  for (const auto& p : r.mission.places)
    places.push_back(p.partner);
  CHECK(places == Strings{"china"});
}

// A report written as running prose lost its recommendation (trial, session 13).
TEST_CASE("without a recommendations section, the sentences that recommend and follow-up lines are them") {
  auto r =
      parse_lines({"Mission de la ministre en Catalogne", "",
                   "La ministre a rencontré le conseiller à la Culture de la Generalitat de Catalogne.", "",
                   "En conclusion, la mission a relancé les échanges. Il est recommandé que le ministère "
                   "entame la mise à jour de l’accord de 1996 avec la Catalogne.",
                   "", "Suivi : organiser une tournée de voyagistes en 2020."});
  REQUIRE(r.mission.recommendations.size() == 2);
  CHECK(r.mission.recommendations[0].text.rfind("Il est recommandé que le ministère", 0) == 0);
  CHECK(r.mission.recommendations[0].partners == Strings{"catalonia"});
  CHECK(r.mission.recommendations[1].text == "organiser une tournée de voyagistes en 2020");
  // With a section, only the section counts.
  auto s = parse_lines({"RAPPORT", "", "Il est recommandé de poursuivre.", "", "RECOMMANDATIONS", "",
                        "- Renouveler l’entente de 2008 avec le Shandong."});
  CHECK(s.mission.recommendations.size() == 1);
}

// A ministry named on the report's first lines was left out, and made the
// title (trial, session 13).
TEST_CASE("a heading line naming the ministry is the ministry, not the title") {
  auto r = parse_lines({"Ministère du Tourisme — Compte rendu de mission", "",
                        "Mission de promotion touristique en Chine, novembre 2019 (du 4 au 8 novembre)", "",
                        "La ministre a rencontré des voyagistes à Shanghai."});
  CHECK(r.mission.ministry == "Ministère du Tourisme");
  // (The kind of document, left after the ministry, is no part of it.)
  CHECK(r.mission.title.rfind("Mission de promotion", 0) == 0);
  CHECK(r.mission.start_date == "2019-11-04");
  auto e = parse_lines({"GOUVERNEMENT DU QUÉBEC", "Ministry of Finance and the Economy (MFE)", "",
                        "MISSION REPORT", "", "The Minister went to Munich on 7-9 July 2014."});
  CHECK(e.mission.ministry == "Ministry of Finance and the Economy");
  CHECK(e.mission.title == "MISSION REPORT");
}

// A review found the layout rules of session 13 swallowing content.
TEST_CASE("sentences that open like a signature line, and short recommendations, keep their place") {
  auto r = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Qingdao (Chine)", "Dates : 21 au 24 novembre 2019",
                        "", "RÉSULTATS", "",
                        "Préparée de longue date, la visite a permis de signer une entente avec Qingdao.", "",
                        "RECOMMANDATIONS", "", "Renouveler l’entente de 2008 avec le Shandong", "",
                        "Créer un comité mixte", "", "Organiser une mission en 2020.", "",
                        "Soumise au ministre en mai, la proposition devra être révisée."});
  CHECK(r.mission.author.empty());
  CHECK(r.mission.filed_by.empty());
  CHECK(r.agreements.size() == 2);
  CHECK(r.mission.recommendations.size() == 4);
  // Numbered items under a numbered section are items, with their next lines.
  auto n = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Qingdao (Chine)", "", "4. Recommandations", "",
                        "1. Renouveler l’entente de 2008 avec le Shandong",
                        "L’entente arrive à échéance en 2016 et devra être actualisée.",
                        "2. Créer un comité mixte"});
  CHECK(n.mission.recommendations.size() == 2);
  // In running prose, "La direction recommande" and "Le ministère recommande".
  auto p =
      parse_lines({"Compte rendu de la visite à Qingdao", "", "La ministre a rencontré le maire de Qingdao.",
                   "", "La délégation recommande de renouveler l’entente de 2008 avec Qingdao."});
  CHECK(p.mission.recommendations.size() == 1);
  // The date of "Rédigé février 2015, Louise Bélanger" is no author.
  auto a =
      parse_lines({"RAPPORT", "", "Lieux : Qingdao (Chine)", "", "Rédigé par Louise Bélanger, février 2015"});
  CHECK(a.mission.author == "Louise Bélanger");
  CHECK(a.mission.report_date == "2015-02");
}

// Trial 17: a memo dated after the trip it reports, the trip's days in its subject.
TEST_CASE("a memo's date line is when it was written when its subject gives the mission's days") {
  auto r = parse_lines(
      {"NOTE", "OBJET : Compte rendu de la mission économique à Qingdao (20 au 24 octobre 2013)",
       "DATE : Le 4 novembre 2013", "", "Le 22 octobre, le ministre a visité le port de Qingdao."});
  CHECK(r.mission.start_date == "2013-10-20");
  CHECK(r.mission.end_date == "2013-10-24");
  CHECK(r.mission.report_date == "2013-11-04");
  // A date line alone is the mission's day.
  auto alone = parse_lines({"NOTE", "OBJET : Mission économique à Qingdao", "DATE : Le 4 novembre 2013", "",
                            "Le ministre a visité le port de Qingdao."});
  CHECK(alone.mission.start_date == "2013-11-04");
  CHECK(alone.mission.report_date.empty());
}

// Trial 20: a briefing note's "DATE:" line hid its "Mission dates:" field,
// and the signing of 03/02/2020 fell outside the mission.
TEST_CASE("a field of mission dates wins over a memo's date line") {
  auto r = parse_lines({"BRIEFING NOTE", "SUBJECT: Outcomes of the mission to Rwanda", "DATE: 14/02/2020", "",
                        "Mission dates: February 1 to 7, 2020", "Places: Kigali (Rwanda)", "",
                        "The Minister met the Rwandan Minister of Education."});
  CHECK(r.mission.start_date == "2020-02-01");
  CHECK(r.mission.end_date == "2020-02-07");
  CHECK(r.mission.report_date == "2020-02-14");
}

// Trial 19: "3-05-2019 au 10-05-2019" was no date at all.
TEST_CASE("days written with dashes or dots between numbers are dates") {
  auto r = parse_lines({"Compte rendu de mission -- Jinan (Chine)",
                        "Dates de la mission : 3-05-2019 au 10-05-2019", "", "Rencontres."});
  CHECK(r.mission.start_date == "2019-05-03");
  CHECK(r.mission.end_date == "2019-05-10");
  auto dots = parse_lines(
      {"Compte rendu de mission -- Jinan (Chine)", "Période : 03.05.2019 - 10.05.2019", "", "Rencontres."});
  CHECK(dots.mission.start_date == "2019-05-03");
}

// Session 17 review: another meeting's dates do not replace a memo's day.
TEST_CASE("the dates of another meeting are not the mission's") {
  auto r = parse_lines({"NOTE", "OBJET : Mission à Munich", "DATE : 14 mai 2019", "",
                        "Dates de la prochaine commission mixte : 3 au 5 novembre 2020", "",
                        "La ministre a rencontré son homologue."});
  CHECK(r.mission.start_date == "2019-05-14");
}

// Session 17 review: a sentence wrapped after a few words, and a paragraph
// after a table, were cut or glued.
TEST_CASE("a wrapped first line is no heading and a table row does not run on") {
  auto wrapped =
      parse_lines({"RAPPORT", "Lieux : Munich (Allemagne)", "Dates de la mission : 12 au 15 mai 2019", "",
                   "La ministre a visité le port.", "Québec and Bavaria then signed the Joint",
                   "Declaration on Hydrogen during the visit."});
  REQUIRE(wrapped.agreements.size() == 1);
  CHECK(wrapped.agreements[0].evidence ==
        "Québec and Bavaria then signed the Joint Declaration on Hydrogen during the visit.");
  auto table = parse_lines(
      {"RAPPORT", "Lieux : Munich (Allemagne)", "Dates de la mission : 12 au 15 mai 2019", "",
       "| Entente | Signée |", "|---------|--------|", "| Entente sur la jeunesse | 2011 |", "",
       "Lors de la visite, la ministre a signé avec la Bavière un protocole d'entente sur l'hydrogène."});
  REQUIRE_FALSE(table.agreements.empty());
  CHECK(table.agreements.back().evidence ==
        "Lors de la visite, la ministre a signé avec la Bavière un protocole d'entente sur l'hydrogène.");
}

// Trial 22: "the Québec-Osaka Prefecture agreement" and, later, "the renewal
// of the Québec-Osaka agreement" made two agreements, the second with the city.
TEST_CASE("a city that bears its province's name is that province when the report names its agreement") {
  auto r = parse_lines(
      {"MISSION REPORT", "Places: Nagoya and Osaka (Japan)", "Mission dates: October 21 to 25, 2019", "",
       "The Québec-Osaka Prefecture agreement, signed in 2004 for ten years, expired in 2014.", "",
       "Recommendations", "",
       "1. Prepare, with MRIF, the renewal of the Québec-Osaka agreement for signature in 2020."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == std::vector<std::string>{"osaka-prefecture"});
  CHECK(r.agreements[0].year == "2004");
  // The city's own government named: the city's.
  auto city = parse_lines({"MISSION REPORT", "Places: Osaka (Japan)", "Mission dates: October 21 to 25, 2019",
                           "", "The Québec-Osaka Prefecture agreement, signed in 2004, remains in force.", "",
                           "Québec and the City of Osaka signed an agreement on tourism."});
  REQUIRE(city.agreements.size() == 2);
  CHECK(city.agreements[1].partners == std::vector<std::string>{"osaka"});
}

// Trial 22: the city where the signing took place, set apart by commas, was
// taken for the party: "Québec–Rabat", "Québec–Boston".
TEST_CASE("a city set apart as where a signing took place is not its party") {
  // (Left: "Le 12 mai 2004, à Rabat, la ministre et le directeur général de
  // l'ANAPEC ont signé" keeps Rabat; taking the mission's country instead
  // made "à Qingdao, la ministre et le directeur du Bureau de l'éducation"
  // China's, session 18 review.)
  auto boston =
      parse_lines({"MISSION REPORT", "Mission dates: June 11 to 14, 2012", "Places: Boston (Massachusetts)",
                   "", "- On June 12, 2012, in Boston, Investissement Québec and the Massachusetts",
                   "  Office of Business Development (MOBD) signed a Memorandum of Understanding on",
                   "  Investment Promotion and Business Development."});
  REQUIRE(boston.agreements.size() == 1);
  CHECK(boston.agreements[0].partners == std::vector<std::string>{"massachusetts"});
  // The mayor signs: the city's.
  auto mayor =
      parse_lines({"RAPPORT DE MISSION", "Dates : 10 au 18 mai 2004", "Lieux : Rabat (Maroc)", "",
                   "Le 12 mai 2004, à Rabat, la ministre et le maire ont signé une entente de jumelage."});
  REQUIRE(mayor.agreements.size() == 1);
  CHECK(mayor.agreements[0].partners == std::vector<std::string>{"rabat"});
}

// Trial 22: a summary table's "Signature d'une entente (voir 1)" made a
// second agreement, with the city of the row.
TEST_CASE("an agreement a table row points to elsewhere is the one told of there") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "Dates de la mission : 4 au 8 juin 2018", "Lieux : Paris (France)", "",
       "| Date       | Lieu  | Interlocuteur                 | Résultat                          |",
       "|------------|-------|-------------------------------|-----------------------------------|",
       "| 2018-06-05 | Paris | Agence régionale de santé IDF | Signature d'une entente (voir 1)  |", "",
       "1. Entente avec l'Île-de-France", "",
       "Le 5 juin 2018, la ministre et le directeur de l'Agence régionale de santé d'Île-de-France ont signé "
       "une entente de coopération en santé."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == std::vector<std::string>{"ile-de-france"});
  // Pointing nowhere: still one.
  auto alone =
      parse_lines({"RAPPORT DE MISSION", "Dates de la mission : 4 au 8 juin 2018", "Lieux : Paris (France)",
                   "", "La ministre a signé une entente avec la France (voir annexe)."});
  REQUIRE(alone.agreements.size() == 1);
  CHECK(alone.agreements[0].partners == std::vector<std::string>{"france"});
}

// Trial 23: "une présence commune aux salons MIGS (Montréal) et G-Star
// (Busan)" made an agreement with Busan out of the one just named.
TEST_CASE("a city in brackets after the name of a show or a firm is no party") {
  auto r =
      parse_lines({"RAPPORT DE MISSION", "Dates de la mission : 7 au 11 novembre 2016",
                   "Lieux : Séoul, Suwon (Corée du Sud)", "",
                   "Le 9 novembre, la ministre et le gouverneur de la province de Gyeonggi ont signé une "
                   "entente de coopération en culture numérique. Conclue pour trois ans, l'entente finance "
                   "des résidences et une présence commune aux salons MIGS (Montréal) et G-Star (Busan)."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == std::vector<std::string>{"gyeonggi-do"});
  // A city glossing its own name or a partner stays.
  auto jinan = parse_lines(
      {"RAPPORT DE MISSION", "Dates de la mission : 7 au 11 novembre 2016", "Lieux : Jinan (Chine)", "",
       "La ministre et le maire de Jinan (Shandong) ont signé une entente de jumelage."});
  REQUIRE(jinan.agreements.size() == 1);
  CHECK(jinan.agreements[0].partners == std::vector<std::string>{"jinan"});
}

// Trial 23: "Au plan fédéral, l'Accord-cadre ... il ne s'agit pas d'un
// instrument québécois." took away the agreement of the sentence before.
TEST_CASE("a sentence that denies Quebec's part in its own instrument leaves the one before alone") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "Dates de la mission : 20 au 24 octobre 2014", "Lieux : São Paulo (Brésil)", "",
       "Les Québécois qui travaillent au Brésil sont protégés par l'Entente en matière de "
       "sécurité sociale entre le Québec et la République fédérative du Brésil, signée en 2011.",
       "",
       "Au plan fédéral, l'Accord-cadre de coopération scientifique et technologique entre le "
       "Canada et le Brésil, conclu en 2008, finance des projets; il ne s'agit pas d'un "
       "instrument québécois."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].year == "2011");
}

// Bare "protocole" (session 18) found three phrasings that made records:
// "le protocole signé a Jinan" (the one signed), "Le protocole prévoit ...
// dès septembre 2004" (a start, not a year) and "caduc faute de
// renouvellement" (no plan).
TEST_CASE("a protocole named again by where it was signed or when its work starts is the one signed") {
  auto r = parse_lines(
      {"NOTE", "OBJET : Mission dans la province du Shandong (Jinan), du 15 au 19 octobre 2012", "",
       "Le jeudi 18 octobre, a Jinan, le sous-ministre et le directeur général du Département de "
       "l'agriculture du Shandong ont signé le Protocole d'entente de coopération agroalimentaire.",
       "", "Le protocole prévoit l'envoi de deux conseillers par année dès septembre 2013.", "",
       "RECOMMANDATIONS", "",
       "Il est recommandé :", "- de designer un répondant ministériel pour le protocole signé a Jinan;"});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == std::vector<std::string>{"shandong"});
  CHECK(r.agreements[0].year == "2012");
  auto lapsed = parse_lines({"RAPPORT DE MISSION", "Dates de la mission : 1 au 5 juin 2025",
                             "Lieux : Qingdao (Chine)", "",
                             "Le protocole sur les sciences de la mer conclu avec Qingdao en 2016 est caduc "
                             "depuis mai 2021, faute de renouvellement."});
  REQUIRE(lapsed.agreements.size() == 1);
  CHECK(lapsed.agreements[0].relation == "references");
}

// Trial 23: a follow-up table's deadline column gave "the protocole avec
// Zibo" the year 2025, and with it an agreement of its own.
TEST_CASE("a year alone in a table cell after the mission's is a deadline") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "Dates de la mission : 8 au 14 septembre 2024", "Lieux : Zibo (Chine)", "",
       "Le 12 septembre 2024, la ministre et le maire de Zibo ont signé un protocole d'entente sur "
       "les matériaux avancés.",
       "", "| No | Suivi                                             | Responsable | Échéance |",
       "|----|---------------------------------------------------|-------------|----------|",
       "| 5  | Créer le groupe de travail du protocole avec Zibo | MEIE        | 2025     |"});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].year == "2024");
}

// Trial 23: "Mission de la ministre ... dans" / "la province du Shandong
// (Chine)" / "Jinan, Zibo et Qingdao — du 8 au 14 septembre 2024": the
// wrapped title line ended the title, and the mission went only to China.
TEST_CASE("a title line wrapped in lower case goes on, and the lines after it are title") {
  auto r = parse_lines(
      {"Gouvernement du Québec", "Ministère des Relations internationales et de la Francophonie", "",
       "RAPPORT DE MISSION", "",
       "Mission de la ministre des Relations internationales et de la Francophonie dans",
       "la province du Shandong (Chine)", "Jinan, Zibo et Qingdao — du 8 au 14 septembre 2024", "",
       "CONTEXTE", "", "Le Shandong est le partenaire provincial le plus ancien du Québec en Chine."});
  std::vector<std::string> places;
  for (const auto& p : r.mission.places)
    places.push_back(p.partner);
  CHECK(places == std::vector<std::string>{"shandong", "china", "jinan", "zibo", "qingdao"});
  CHECK(r.mission.start_date == "2024-09-08");
  // A short first line and a prose line after it: no title goes on.
  auto prose =
      parse_lines({"Mission au Shandong", "la ministre a rencontré le gouverneur le 8 septembre 2024."});
  CHECK(prose.mission.title == "Mission au Shandong");
}

TEST_CASE("a memo's header line in capitals before its colon is no title") {
  auto r = parse_lines({"Ministère de l'Agriculture, des Pêcheries et de l'Alimentation", "",
                        "NOTE AU MINISTRE", "", "DESTINATAIRE :  M. François Gendron, ministre",
                        "EXPÉDITEUR :    Direction des marchés", "DATE :          Le 28 novembre 2012", "",
                        "La mission a eu lieu."});
  CHECK(r.mission.title == "NOTE AU MINISTRE");
  // A title with a colon stays one.
  auto title = parse_lines({"RAPPORT DE MISSION : SHANDONG (JINAN ET WEIFANG), CHINE",
                            "3 au 10 novembre 2013", "", "La mission a eu lieu."});
  CHECK(title.mission.title.starts_with("RAPPORT DE MISSION : SHANDONG (JINAN ET WEIFANG), CHINE"));
}

// Trial 24: "le bilan du protocole de Grenoble : il y aurait lieu de le
// renouveler" and "réviser le protocole avec Valparaíso ... pour y ajouter
// l'énergie" made MOUs of their own, without year, that took the plans.
TEST_CASE("an agreement named again by its partner or its city alone is the one the report holds") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "Dates de la mission : 19 au 23 octobre 1992", "Lieux : Lyon, Grenoble (France)",
       "",
       "Le 22 octobre 1992, à Grenoble, le ministre et le vice-président de la Région Rhône-Alpes "
       "ont signé le Protocole d'entente sur la coopération en recherche.",
       "", "RECOMMANDATIONS", "",
       "- Faire en 1995 le bilan du protocole de Grenoble : il y aurait lieu de le renouveler à "
       "son échéance, en y ajoutant un volet sur les biotechnologies;"});
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[0].partners == std::vector<std::string>{"auvergne-rhone-alpes"});
  CHECK(r.agreements[1].relation == "plans_update");
  CHECK(r.agreements[1].partners == r.agreements[0].partners);
  CHECK(r.agreements[1].year == "1992");
}

// Trial 21 under the rule above: "the Qingdao MOU, which was renewed in
// November 2019" is no MOU the mission signed with Shandong elsewhere.
TEST_CASE("a city's agreement is not the province's the report signed elsewhere") {
  auto r = parse_lines(
      {"MISSION SUMMARY", "Mission dates: September 15 to 20, 2025", "Places: Jinan (China)", "",
       "On September 18, the Deputy Minister and the Director General of the Shandong Provincial "
       "Department of Science and Technology signed a Memorandum of Understanding on Clean "
       "Technologies.",
       "",
       "Both sides noted that the Qingdao MOU, which was renewed in November 2019 for five years, "
       "lapsed in November 2024 without a formal renewal."});
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[1].partners == std::vector<std::string>{"qingdao"});
}

// Trial 24: letters of intent the report says were not signed came back
// through its recommendations as agreements to revisit.
TEST_CASE("an instrument the report says was not made is none when its recommendations name it again") {
  auto r = parse_lines(
      {"MISSION REPORT", "Mission dates: November 13 to 17, 2022", "Places: Haifa (Israel)", "",
       "A letter of intent with the Haifa Municipality on smart-city pilots was prepared but not "
       "signed; the Municipality's legal review is not complete.",
       "", "RECOMMENDATIONS", "", "4. Revisit the Haifa letter of intent once the Municipality is ready."});
  CHECK(r.agreements.empty());
  auto proposed =
      parse_lines({"MISSION REPORT", "Mission dates: September 22 to 26, 2014", "Places: Kyoto (Japan)", "",
                   "Kyoto City proposed a letter of intent on smart tourism. It was discussed but not "
                   "signed.",
                   "", "RECOMMENDATIONS", "",
                   "  - Keep Kyoto City's letter of intent on the agenda of the 2015 mission."});
  CHECK(proposed.agreements.empty());
  // Another instrument with that partner is still named.
  auto other =
      parse_lines({"MISSION REPORT", "Mission dates: November 13 to 17, 2022", "Places: Haifa (Israel)", "",
                   "A letter of intent with the Haifa Municipality was prepared but not signed.", "",
                   "RECOMMENDATIONS", "", "4. Revisit the 2015 Haifa MOU once the Municipality is ready."});
  CHECK(other.agreements.size() == 1);
}

// Trial 24: recommendations marked "--" or "o" ran together into one, and
// the plan of one item fell on the agreement another named.
TEST_CASE("items marked by a double dash or a typewriter's o are items of their own") {
  for (const char* marker : {"--", "o"}) {
    CAPTURE(marker);
    auto r = parse_lines({"RAPPORT DE MISSION", "Dates de la mission : 19 au 23 octobre 1992",
                          "Lieux : Lyon (France)", "", "RECOMMANDATIONS", "",
                          std::string(marker) + " Renouveler l'entente de 1979 avec la France;",
                          std::string(marker) + " Inviter une délégation de la Région Rhône-Alpes en 1993."});
    CHECK(r.mission.recommendations.size() == 2);
  }
  // "o" in a sentence is no marker.
  auto prose = parse_lines({"RAPPORT DE MISSION", "", "o la ministre a visité le port."});
  CHECK(prose.mission.recommendations.empty());
}

// Session 18 review: a city government's agreement stays apart from the
// province's, a term needs the agreement's own words, a wrapped paragraph
// is no title, and a signing to come in a list of next steps is none made.
TEST_CASE("session 18 review: cities, terms, titles and next steps") {
  auto city =
      parse_lines({"RAPPORT DE MISSION", "Dates de la mission : 2 au 10 septembre 2017",
                   "Lieux : Qingdao, Jinan (Chine)", "",
                   "Le 5 septembre 2017, à Qingdao, la ministre et le gouverneur du Shandong ont signé un "
                   "protocole d'entente en santé.",
                   "", "RECOMMANDATIONS", "",
                   "- Réviser le protocole d'entente avec la municipalité de Qingdao en matière de santé."});
  REQUIRE(city.agreements.size() == 2);
  CHECK(city.agreements[1].partners == std::vector<std::string>{"qingdao"});
  auto term = parse_lines(
      {"RAPPORT DE MISSION", "Dates de la mission : 2 au 10 septembre 2017", "Lieux : Jinan (Chine)", "",
       "Le 5 septembre 2017, à Jinan, la ministre et le gouverneur du Shandong ont signé un "
       "protocole d'entente en santé. La ministre a ensuite visité l'hôpital provincial. Elle y a "
       "rencontré des médecins qui étudieront au Québec pour deux ans."});
  REQUIRE(term.agreements.size() == 1);
  CHECK(term.agreements[0].term_years == 0);
  auto memo = parse_lines({"Mission de la ministre des Relations internationales et de la Francophonie dans",
                           "la province du Shandong et à Shanghai", "Du 2 au 10 septembre 2017", "",
                           "La ministre et le gouverneur du Shandong ont signé un protocole d'entente en",
                           "santé le 5 septembre 2017 à Jinan."});
  REQUIRE(memo.agreements.size() == 1);
  CHECK(memo.agreements[0].relation == "produced");
  auto next =
      parse_lines({"RAPPORT DE MISSION", "Dates de la mission : 2 au 10 septembre 2017",
                   "Lieux : Shanghai (Chine)", "", "Prochaines étapes :",
                   "- Signature, en 2018, de l'entente de coopération en éducation avec la municipalité de "
                   "Shanghai."});
  for (const auto& a : next.agreements)
    CHECK(a.relation != "produced");
}

// Trial 26: "May 14, Guangzhou: ...; signing of the 2025-2027 Work Plan" was a
// second work plan, with the city of the diary's day, beside the one the
// report says the Vice-Governor of Guangdong signed.
TEST_CASE("an agreement named only by the place of a diary's day is the one the report tells of") {
  auto r =
      parse_lines({"MISSION REPORT", "", "Places: Guangzhou and Shenzhen (Guangdong, China)",
                   "Dates: May 12-16, 2025", "", "SUMMARY", "",
                   "On May 14, 2025, the Minister and the Vice-Governor of Guangdong signed the 2025-2027 "
                   "Work Plan.",
                   "", "PROGRAM", "",
                   "May 14, Guangzhou: meeting with the Vice-Governor; signing of the 2025-2027 Work Plan, "
                   "which sets out 15 projects."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == std::vector<std::string>{"guangdong"});
  CHECK(r.agreements[0].relation == "produced");
  // Alone in the report: the place, then.
  auto alone = parse_lines({"MISSION REPORT", "", "Places: Guangzhou (Guangdong, China)",
                            "Dates: May 12-16, 2025", "", "PROGRAM", "",
                            "May 14, Guangzhou: meeting with the Mayor; signing of an MOU on education."});
  REQUIRE(alone.agreements.size() == 1);
  CHECK(alone.agreements[0].partners == std::vector<std::string>{"guangzhou"});
}

// Trial 26: "Pays visité : Mexique" then "Villes : Guadalajara (Jalisco) et
// Mexico" kept the country alone; "Ministre : Mme ..." named no one.
TEST_CASE("a country field then a cities field, and a minister's field") {
  auto r = parse_lines({"RAPPORT DE MISSION À L'EXTÉRIEUR DU CANADA", "",
                        "Ministre : Mme Monique Gagnon-Tremblay, ministre des Relations internationales",
                        "Pays visité : Mexique", "Villes : Guadalajara (Jalisco) et Mexico",
                        "Dates : 8 au 12 mars 2004", "", "1. CONTEXTE", "",
                        "La ministre a rencontré le gouverneur."});
  std::vector<std::string> places;
  for (const auto& p : r.mission.places)
    places.push_back(p.text + ":" + p.partner);
  CHECK(places == std::vector<std::string>{"Guadalajara:guadalajara", "Mexico:mexico-city"});
  REQUIRE(r.mission.delegation.size() == 1);
  CHECK(r.mission.delegation[0].name == "Monique Gagnon-Tremblay");
  CHECK(r.mission.ministry == "Ministère des Relations internationales");
  // "Bangalore" is Bengaluru.
  auto india =
      parse_lines({"MISSION REPORT", "", "Places: Mumbai and Bangalore (India)", "Dates: January 14-19, 2008",
                   "", "CONTEXT", "", "The Minister met the Chief Minister."});
  std::vector<std::string> cities;
  for (const auto& p : india.mission.places)
    cities.push_back(p.partner);
  CHECK(cities == std::vector<std::string>{"mumbai", "bengaluru"});
}

// Trial 26: a signing told in the day's account and again in the results,
// with more domains in the first, was two links and two signatures.
TEST_CASE("one signing told twice with different domains is one agreement") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Munich (Allemagne)", "Dates : du 12 au 17 octobre 1998", "",
       "DÉROULEMENT", "",
       "Le 14 octobre, le ministre et le ministre bavarois de l'Environnement ont signé l'Entente "
       "de coopération Québec–Bavière en matière d'environnement, qui prévoit des projets de "
       "recherche.",
       "", "RÉSULTATS", "",
       "- Signature de l'Entente de coopération Québec–Bavière en matière d'environnement (14 "
       "octobre 1998)."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].relation == "produced");
  // Two signings in different domains stay two.
  auto two =
      parse_lines({"RAPPORT DE MISSION", "", "Lieux : Munich (Allemagne)", "Dates : du 12 au 17 octobre 1998",
                   "", "RÉSULTATS", "",
                   "- Signature d'une entente de coopération avec la Bavière en matière d'environnement.",
                   "- Signature d'une entente de coopération avec la Bavière en matière de culture."});
  CHECK(two.agreements.size() == 2);
}

// Trial 35: a report whose header fields each sit behind a bullet ("• Lieux :
// Rabat", "• Dates : du 2 au 6 février 2024") had no dates, places nor
// head, and its signing "le 5 février 2024" was no longer the mission's.
TEST_CASE("header fields behind bullets are the report's fields") {
  auto r =
      parse_lines({"RAPPORT DE MISSION - MAROC", "", "• Lieux : Rabat et Casablanca (Maroc)",
                   "• Dates : du 2 au 6 février 2024",
                   "• Chef de délégation : M. François Lemieux, sous-ministre", "", "Résultats obtenus", "",
                   "• Signature, le 5 février 2024 à Rabat, d'un protocole d'entente avec le Maroc sur le "
                   "recrutement de travailleurs qualifiés;",
                   "• Dates : à confirmer avec la partie marocaine."});
  CHECK(r.mission.start_date == "2024-02-02");
  CHECK(r.mission.end_date == "2024-02-06");
  REQUIRE(r.mission.delegation.size() == 1);
  CHECK(r.mission.delegation[0].name == "François Lemieux");
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].relation == "produced");
  // Not bullets under a label of their own, nor places of interest (review 37).
  auto other = parse_lines({"RAPPORT DE MISSION - BELGIQUE", "", "• Lieux : Bruxelles (Belgique)",
                            "• Dates : du 2 au 6 février 2024", "• Lieux d'intérêt : Anvers, Gand", "",
                            "Rappel de la mission précédente :", "• Lieux : Liège et Namur (Belgique)",
                            "• Dates : du 3 au 6 mai 2019", "", "Résultats obtenus", "", "• Rencontres."});
  std::vector<std::string> places;
  for (const auto& p : other.mission.places)
    places.push_back(p.partner);
  CHECK(places == Strings{"brussels"});
  CHECK(other.mission.start_date == "2024-02-02");
  // Labels of four words with articles are fields; "Other cities" are not places (review 38).
  auto longer = parse_lines({"RAPPORT DE MISSION - JAPON", "", "• Lieux de la mission : Tokyo (Japon)",
                             "• Chef de la délégation : M. Paul Gagnon, sous-ministre",
                             "• Other cities: Nagoya", "", "Résultats obtenus", "", "• Rencontres."});
  places.clear();
  for (const auto& p : longer.mission.places)
    places.push_back(p.partner);
  CHECK(places == Strings{"tokyo"});
  REQUIRE(longer.mission.delegation.size() == 1);
  CHECK(longer.mission.delegation[0].name == "Paul Gagnon");
}

// Trial 35: in a mission to Rabat and Casablanca, "un avenant à l'Entente de
// coopération en formation professionnelle de 2012" and "Renouveler le
// protocole d'entente ..., signé en 2019" named no partner and nothing else
// in the report was theirs: both were lost.
TEST_CASE("an agreement named with its year and no partner, the report's only one so named, is the mission's "
          "country's") {
  auto r =
      parse_lines({"RAPPORT DE MISSION - MAROC", "", "Lieux : Rabat et Casablanca (Maroc)",
                   "Dates : du 2 au 6 février 2024", "", "Résultats obtenus", "",
                   "• Signature, le 4 février 2024, d'un avenant à l'Entente de coopération en formation "
                   "professionnelle de 2012, qui en prolonge la durée jusqu'au 31 décembre 2028;",
                   "", "Recommandations", "",
                   "• Renouveler le protocole d'entente sur la mobilité des jeunes professionnels, signé en "
                   "2019, qui prendra fin le 30 juin 2025;"});
  std::vector<std::string> got;
  for (const auto& a : r.agreements)
    got.push_back(a.kind + " " + a.year + " " + a.relation + " " + (a.partners.empty() ? "" : a.partners[0]));
  CHECK(got ==
        std::vector<std::string>{"agreement 2012 references morocco", "mou 2019 plans_update morocco"});
  // Not an agreement of the home federation or between home ministries (review 37).
  for (const char* item :
       {"• Les discussions ont porté sur l'Accord de libre-échange canadien de 2017.",
        "• Les discussions ont porté sur l'Accord économique et commercial global de 2017.",
        "• Rappel de l'Entente administrative de 2019 entre le MRIF et le ministère de l'Économie."}) {
    CAPTURE(item);
    auto home = parse_lines({"RAPPORT DE MISSION - MAROC", "", "Lieux : Rabat et Casablanca (Maroc)",
                             "Dates : du 2 au 6 février 2024", "", "Résultats obtenus", "", item});
    CHECK(home.agreements.empty());
  }
  // Not in a federation, whose states are the usual partners (review 37).
  auto federal = parse_lines({"MISSION REPORT", "", "Places: Boston and Providence (United States)",
                              "Dates: March 10-14, 2024", "", "RESULTS", "",
                              "- The 2016 Memorandum of Understanding on clean energy was reviewed."});
  CHECK(federal.agreements.empty());
  // Not when the mission went to two countries: whose it is, is unknown.
  auto two =
      parse_lines({"RAPPORT DE MISSION", "", "Lieux : Rabat (Maroc) et Tunis (Tunisie)",
                   "Dates : du 2 au 6 février 2024", "", "Recommandations", "",
                   "• Renouveler le protocole d'entente sur la mobilité des jeunes professionnels, signé "
                   "en 2019;"});
  CHECK(two.agreements.empty());
}

// Trial 35: the city an agreement was signed in was its partner: an MOU
// "signed in Boston" in a mission to Massachusetts was a second one with
// Boston, and one signed "à Rabat" with a national agency was Rabat's.
TEST_CASE("where an agreement was signed is not its partner when a national body or no one signed it") {
  CHECK(partners_of_one(
            {"REPORT ON THE MISSION TO MASSACHUSETTS", "", "Places: Boston and Cambridge (Massachusetts)",
             "Dates: September 8-10, 2024", "", "CONTEXT", "",
             "A Memorandum of Understanding on clean energy was signed in Boston on April 15, 2016."}) ==
        Strings{"massachusetts"});
  // In a mission to Boston alone, the state its paragraph names.
  CHECK(partners_of_one({"REPORT ON THE MISSION TO BOSTON", "",
                         "Destination: Boston, Massachusetts (United States)", "Dates: September 8-10, 2024",
                         "", "BACKGROUND", "",
                         "Québec and Massachusetts have cooperated on energy for a decade. A Memorandum of "
                         "Understanding on clean energy was signed in Boston on April 15, 2016."}) ==
        Strings{"massachusetts"});
  CHECK(partners_of_one(
            {"RAPPORT DE MISSION", "", "Lieux : Rabat et Casablanca (Maroc)",
             "Dates : du 2 au 6 février 2024", "", "RÉSULTATS", "",
             "- Signature, le 5 février 2024 à Rabat, d'un protocole d'entente entre le Ministère et "
             "l'Agence nationale de promotion de l'emploi et des compétences sur le recrutement."}) ==
        Strings{"morocco"});
  // The city's, when its own body signs beside a national one (review 37).
  CHECK(partners_of_one(
            {"RAPPORT DE MISSION", "", "Lieux : Rabat et Casablanca (Maroc)",
             "Dates : du 2 au 6 février 2024", "", "RÉSULTATS", "",
             "- Le 5 février 2024, à Casablanca, le Ministère a signé avec la Commune de Casablanca "
             "et l'Agence nationale de promotion de l'emploi un protocole d'entente tripartite."}) ==
        Strings{"casablanca"});
  // The city's own, when its mayor signs.
  CHECK(partners_of_one(
            {"REPORT ON THE MISSION TO MASSACHUSETTS", "", "Places: Boston and Cambridge (Massachusetts)",
             "Dates: September 8-10, 2024", "", "RESULTS", "",
             "An MOU on urban mobility was signed in Boston with the Mayor on September 9, 2024."}) ==
        Strings{"boston"});
}

// Trial 36: the city that hosted a signing was its partner: Sapporo for an
// MOU the governor of Hokkaido signed, Jinan for the 2008 agreement the
// report names Shandong's elsewhere, Port-au-Prince for the agreement with
// Haiti an exchange of letters extended there, Leipzig in a mission through
// Saxony.
TEST_CASE("the city a signing took place in gives way to the government that holds it") {
  CHECK(partners_of_one({"REPORT ON THE MISSION TO HOKKAIDO", "", "Places: Sapporo and Hakodate (Japan)",
                         "Dates: October 6-10, 2025", "", "RESULTS", "",
                         "On October 7, 2025, in Sapporo, the Minister and Governor Naomichi Suzuki signed a "
                         "Memorandum of Understanding on tourism."}) == Strings{"hokkaido"});
  CHECK(partners_of_one({"RAPPORT DE MISSION", "", "Lieux : Bordeaux et Limoges (France)",
                         "Dates : du 9 au 13 juin 2025", "", "RÉSULTATS", "",
                         "Le 12 juin 2025, à Bordeaux, la ministre et le président du Conseil régional ont "
                         "signé une lettre d'intention sur la forêt."}) == Strings{"nouvelle-aquitaine"});
  {
    auto r = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Jinan et Qingdao (Chine)",
                          "Dates : du 14 au 18 avril 2025", "", "CONTEXTE", "",
                          "L'entente sur les échanges signée à Jinan en août 2008 devra être révisée.", "",
                          "RECOMMANDATIONS", "", "- Réviser l'entente Québec–Shandong de 2008."});
    REQUIRE(r.agreements.size() == 1);
    CHECK(r.agreements[0].partners == Strings{"shandong"});
  }
  {
    auto r = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Port-au-Prince et Jacmel (Haïti)",
                          "Dates : du 15 au 18 mai 2023", "", "CONTEXTE", "",
                          "L'entente Québec–Haïti de 2010 porte sur l'éducation.", "", "RÉSULTATS", "",
                          "Le 16 mai 2023, à Port-au-Prince, un échange de lettres a prolongé l'entente de "
                          "2010 jusqu'au 31 décembre 2027."});
    REQUIRE(r.agreements.size() == 1);
    CHECK(r.agreements[0].partners == Strings{"haiti"});
    CHECK(r.agreements[0].relation == "renewed");
  }
  CHECK(partners_of_one({"RAPPORT DE MISSION", "", "Lieux : Dresde, Leipzig et Chemnitz (Allemagne)",
                         "Dates : du 22 au 26 septembre 2025", "", "RÉSULTATS", "",
                         "Une déclaration commune sur la microélectronique a été signée à Chemnitz le 25 "
                         "septembre 2025."}) == Strings{"saxony"});
  // Review 39: not a twinning of two cities, nor another government's
  // agreement of that year above the province.
  CHECK(partners_of_each(
            {"RAPPORT DE MISSION", "", "Lieux : Jinan et Qingdao (Chine)", "Dates : du 14 au 18 octobre 2024",
             "", "CONTEXTE", "",
             "L'entente Québec–Shandong de 2008 encadre la coopération. Par ailleurs, l'entente de "
             "jumelage signée à Qingdao en 2008 entre les deux villes reste active."}) ==
        Strings{"shandong", "qingdao"});
  CHECK(partners_of_each(
            {"RAPPORT DE MISSION", "", "Lieux : Pékin (Chine)", "Dates : du 14 au 18 octobre 2024", "",
             "CONTEXTE", "", "L'Entente Québec–Chine de 2008 porte sur l'éducation.",
             "L'entente signée à Jinan en 2008 devra être révisée."}) == Strings{"china", "jinan"});
  // Review 39 (trial 35's Catalonia report): the city the sentence before
  // was in, when an agency of the region signs.
  CHECK(partners_of_one(
            {"RAPPORT DE MISSION", "", "Lieux : Barcelone et Gérone (Espagne)",
             "Dates : du 17 au 21 mars 2025", "", "RÉSULTATS", "",
             "Le 19 mars 2025, à Gérone, la délégation a visité le parc scientifique. Un échange de "
             "lettres sur la mobilité des chercheurs a été conclu le même jour avec l'Agence de gestion "
             "des aides universitaires."}) == Strings{"catalonia"});
  // Review 40: the city's own, when its mayor was named the sentence before.
  CHECK(partners_of_one({"RAPPORT DE MISSION", "", "Lieux : Barcelone et Gérone (Espagne)",
                         "Dates : du 17 au 21 mars 2025", "", "RÉSULTATS", "",
                         "Le 19 mars 2025, à Gérone, la délégation a rencontré le maire. Un protocole de "
                         "coopération culturelle a été signé le même jour."}) == Strings{"girona"});
  // (A mayor signs for the city: "signed in Boston with the Mayor" above.)
}

// Trial 37: "À Liège, les directions des musées ont fait le bilan du
// protocole ... signé le 3 mars 2019, qui a remplacé le protocole ... de
// 2010" in a mission to the Wallonia-Brussels Federation gave both to Liège,
// and "the 2013 agreement" after a visit to the Suzuka Circuit, in a mission
// to Mie, to Suzuka.
TEST_CASE("a city only around an agreement gives way to the one government the mission went to") {
  CHECK(partners_of_each(
            {"NOTE À LA MINISTRE",
             "OBJET : Mission en Fédération Wallonie-Bruxelles (Belgique), 23 au 27 septembre 2024", "",
             "À Liège, les directions des musées ont fait le bilan du protocole sur le patrimoine "
             "et les musées signé le 3 mars 2019, qui a remplacé le protocole d'entente sur la "
             "muséologie de 2010."}) ==
        Strings{"wallonia-brussels-federation", "wallonia-brussels-federation"});
  CHECK(partners_of_one({"REPORT — QUÉBEC MISSION TO MIE PREFECTURE, JAPAN",
                         "Tsu, Yokkaichi and Suzuka, 2–5 June 2025", "",
                         "On 5 June the delegation visited the Suzuka Circuit.", "",
                         "The two sides agreed to amend the 2013 agreement to add a tourism component."}) ==
        Strings{"mie"});
  // The same when the cities lie in two regions and the community is named
  // as the party of the report's agreements only.
  CHECK(partners_of_each({"NOTE À LA MINISTRE", "OBJET : Mission en Belgique, 23 au 27 septembre 2024", "",
                          "Lieux visités : Bruxelles, Liège et Mons", "",
                          "Les relations reposent sur l'Accord de coopération avec la Fédération "
                          "Wallonie-Bruxelles, conclu le 7 mai 1982.",
                          "",
                          "À Liège, les directions des musées ont fait le bilan du protocole sur les musées "
                          "signé le 3 mars 2019."}) ==
        Strings{"wallonia-brussels-federation", "wallonia-brussels-federation"});
  // Review 41: a city-state (Berlin) holds no other city, and "Liège Airport"
  // is a body of the city.
  CHECK(partners_of_one({"MISSION REPORT", "", "Places: Berlin, Munich and Leipzig (Germany)",
                         "Dates: October 13-17, 2025", "", "BACKGROUND", "",
                         "In Munich, a memorandum of understanding on hydrogen was signed on October 14."}) ==
        Strings{"munich"});
  CHECK(partners_of_each(
            {"RAPPORT DE MISSION", "", "Lieux : Bruxelles et Liège (Belgique)",
             "Dates : du 13 au 17 octobre 2025", "", "CONTEXTE", "",
             "L'Accord de coopération entre le Québec et la Fédération Wallonie-Bruxelles a été "
             "évoqué. À Liège, la ministre a signé avec Liège Airport un protocole d'entente sur la "
             "logistique."}) == Strings{"wallonia-brussels-federation", "liege"});
  // A body of the city named around it may be the party: its city stays.
  CHECK(partners_of_one({"RAPPORT DE MISSION", "", "Lieux : Dresde, Leipzig et Chemnitz (Allemagne)",
                         "Dates : du 22 au 26 septembre 2024", "", "RÉSULTATS", "",
                         "Le 24 septembre 2024, à Leipzig, la ministre et le recteur de l'Université de "
                         "Leipzig ont signé une entente sur la mobilité étudiante."}) == Strings{"leipzig"});
}

// Trial 37: "la ministre a signé l'avenant no 1 à l'Entente sur le livre et
// la lecture conclue le 12 février 2016", in a mission to the
// Wallonia-Brussels Federation alone, was lost: it names no partner.
TEST_CASE("an agreement named without partner in a mission to one region is that region's") {
  auto r =
      parse_lines({"NOTE À LA MINISTRE",
                   "OBJET : Mission en Fédération Wallonie-Bruxelles (Belgique), 23 au 27 septembre 2024", "",
                   "Au cours de la cérémonie, la ministre a signé l'avenant no 1 à l'Entente sur le livre et "
                   "la lecture conclue le 12 février 2016.",
                   "", "RECOMMANDATIONS", "",
                   "- Mettre en œuvre le protocole d'entente sur l'éducation pour l'année 2025-2026."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == Strings{"wallonia-brussels-federation"});
  CHECK(r.agreements[0].year == "2016");
  REQUIRE(r.agreements[0].stated.size() == 1);
  CHECK(r.agreements[0].stated[0].type == "amended");
  CHECK(r.agreements[0].domains == Strings{"culture"});
}

// Trial 35: after "la Generalitat de Catalunya", "le conseiller ... de la
// Generalitat. À cette occasion, un protocole d'entente ... a été signé"
// went to Spain.
TEST_CASE("a government named in full, then by the head of its name alone, is the same partner") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Barcelone (Espagne)", "Dates : du 17 au 21 mars 2025", "",
       "CONTEXTE", "",
       "La coopération repose sur l'Entente de coopération entre le gouvernement du Québec et la "
       "Generalitat de Catalunya, signée en 1996.",
       "", "RÉSULTATS", "",
       "Le 18 mars, la ministre a rencontré le conseiller aux Entreprises de la Generalitat. À cette "
       "occasion, un protocole d'entente sur l'intelligence artificielle a été signé."});
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[1].kind == "mou");
  CHECK(r.agreements[1].partners == Strings{"catalonia"});
  // Not a word of any state: "chef de l'État" after "l'État de São Paulo" (review 38).
  auto state = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Brasilia (Brésil)", "Dates : du 17 au 21 mars 2025", "", "CONTEXTE",
       "", "La coopération avec l'État de São Paulo remonte à 2007.", "", "RÉSULTATS", "",
       "En présence du chef de l'État, un protocole d'entente sur la santé a été signé avec le "
       "Brésil le 18 mars 2025."});
  bool brazil = false;
  for (const auto& a : state.agreements)
    brazil |= a.partners == Strings{"brazil"};
  CHECK(brazil);
  // Not a head the report never gave in full.
  auto alone = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Madrid (Espagne)",
                            "Dates : du 17 au 21 mars 2025", "", "RÉSULTATS", "",
                            "Le 18 mars, la ministre a rencontré le conseiller de la Generalitat. À cette "
                            "occasion, un protocole d'entente sur l'intelligence artificielle a été signé."});
  REQUIRE(alone.agreements.size() == 1);
  CHECK(alone.agreements[0].partners != Strings{"catalonia"});
}

// Trial 35: "L'Entente en matière de gouvernance numérique, échue depuis le 12
// octobre 2022, devra être remplacée" went to the agreement on civil
// registry named after it, which has no domain.
TEST_CASE("an agreement named again without its year is the one with its domains") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Yaoundé (Cameroun)", "Dates : du 14 au 18 novembre 2022", "",
       "CONTEXTE", "",
       "Les relations reposent sur l'Entente en matière de gouvernance numérique avec le Cameroun, "
       "signée en 2017. Par ailleurs, l'Entente en matière d'état civil avec le Cameroun signée en "
       "2004 a été résiliée en 2021.",
       "", "RÉSULTATS", "",
       "L'Entente en matière de gouvernance numérique, échue depuis le 12 octobre 2022, devra être "
       "remplacée."});
  std::vector<std::string> got;
  for (const auto& a : r.agreements)
    got.push_back(with_events(a.year + " " + a.relation, a));
  CHECK(got == Strings{"2017 plans_update expired@2022-10-12", "2004 references terminated@2021"});
}

// Trial 35: "Prepared by: Direction des affaires internationales, MCC" over
// "June 2, 2025" left the report undated.
TEST_CASE("a date alone under who prepared the report dates it") {
  auto prepared = parse_lines({"MISSION REPORT", "", "Dates: May 12-16, 2025", "", "RECOMMENDATIONS", "",
                               "- Update the 2013 MOU with Scotland.", "",
                               "Prepared by: Direction des affaires internationales, MCC", "June 2, 2025"});
  CHECK(prepared.mission.report_date == "2025-06-02");
  CHECK(prepared.mission.recommendations.size() == 1);
}

// Trial 35: a memo's "La mission, dirigée par M. Luc Beaulieu, sous-ministre
// adjoint aux affaires bilatérales, s'est déroulée à Anvers" gave no head.
TEST_CASE("the head of a mission told in an aside of its first sentence") {
  auto r = parse_lines(
      {"NOTE À LA MINISTRE", "", "OBJET : Compte rendu de la mission en Flandre, du 28 au 31 octobre 2024",
       "", "Madame la Ministre,", "",
       "La mission, dirigée par M. Luc Beaulieu, sous-ministre adjoint aux affaires bilatérales, s'est",
       "déroulée à Anvers et à Gand du 28 au 31 octobre 2024."});
  REQUIRE(r.mission.delegation.size() == 1);
  CHECK(r.mission.delegation[0].name == "Luc Beaulieu");
  CHECK(r.mission.delegation[0].title == "sous-ministre adjoint aux affaires bilatérales");
  // Nor is the memo's close a recommendation.
  auto closed =
      parse_lines({"NOTE À LA MINISTRE", "", "OBJET : Mission en Flandre, du 28 au 31 octobre 2024", "",
                   "Recommandation", "", "Que le Ministère entreprenne la révision de l'Accord.", "",
                   "Veuillez agréer, Madame la Ministre, l'expression de nos sentiments distingués."});
  REQUIRE(closed.mission.recommendations.size() == 1);
  CHECK(closed.mission.recommendations[0].text.starts_with("Que le Ministère"));
  auto en = parse_lines(
      {"MEMO", "", "SUBJECT: Mission to Flanders, October 28-31, 2024", "",
       "The mission, led by Mr. Luc Beaulieu, Associate Deputy Minister, took place in Antwerp."});
  REQUIRE(en.mission.delegation.size() == 1);
  CHECK(en.mission.delegation[0].name == "Luc Beaulieu");
  CHECK(en.mission.delegation[0].title == "Associate Deputy Minister");
}

// Trial 35: the notes "[1] Memorandum ..., signed April 15, 2016, for a term
// of ten years." / "[2] Work plan ..." ran together as one sentence.
TEST_CASE("footnotes are one item each") {
  auto r = parse_lines(
      {"REPORT ON THE MISSION TO BOSTON", "", "Destination: Boston, Massachusetts (United States)",
       "Mission dates: 2024-09-08 to 2024-09-10", "", "NOTES", "",
       "[1] Memorandum of Understanding between the Gouvernement du Québec and the Commonwealth of",
       "Massachusetts concerning clean energy, signed April 15, 2016, for a term of ten years.",
       "[2] Work plan 2019-2023 on electric mobility with Massachusetts, adopted on 2019-02-11."});
  std::vector<std::string> got;
  for (const auto& a : r.agreements)
    got.push_back(with_events(a.kind + " " + a.year + " " + std::to_string(a.line), a));
  CHECK(got == Strings{"mou 2016 8 expired@2026-04-15", "agreement 2019 10"});
}

// Trial 26: the table's column of ends ("Échéance") was not read, so the
// work plan signed during the mission had no end.
TEST_CASE("a table's column of ends dates the end of its row's agreement") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Namur (Belgique)", "Dates de la mission : 20 au 24 novembre 2023",
       "", "TABLEAU DES ENTENTES", "", "| Instrument | Partenaire | Signature | Échéance | Situation |",
       "|---|---|---|---|---|",
       "| Programme de travail 2024-2026 | Wallonie-Bruxelles | 22 nov. 2023| 31 déc. 2026| Signé "
       "durant la mission |",
       "| Entente Québec–Flandre en matière d'innovation | Flandre | 2010 | — | En vigueur |"});
  REQUIRE(r.agreements.size() == 2);
  std::vector<std::string> ends;
  for (const auto& a : r.agreements) {
    std::string s = a.relation + ":";
    for (const auto& e : a.stated)
      s += e.type + "@" + e.date;
    ends.push_back(s);
  }
  CHECK(ends == std::vector<std::string>{"produced:expired@2026-12-31", "references:"});
  // "Wallonie-Bruxelles" is one partner, Belgium's French-speaking community.
  CHECK(r.agreements[0].partners == std::vector<std::string>{"wallonia-brussels-federation"});
}

// Trial 27: a table parted by " | " without pipes at its edges nor a rule
// under its header was read as one paragraph.
TEST_CASE("a table without a rule or edge pipes is a table") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Santiago (Chili)", "Dates de la mission : 7 au 11 octobre 2019", "",
       "TABLEAU", "", "Instrument | Partenaire | Date de signature | Échéance | Statut",
       "Entente en matière de sécurité sociale | Gouvernement du Chili | 21 février 1997 | Aucune | "
       "En vigueur",
       "Entente de coopération en agriculture | Ministère de l'Agriculture du Chili | 12 mai 2005 | 12 "
       "mai 2015 | Échue"});
  std::vector<std::string> got;
  for (const auto& a : r.agreements)
    got.push_back(with_events(a.year + " " + a.relation, a));
  CHECK(got == std::vector<std::string>{"1997 references", "2005 references expired@2015-05-12"});
  // The column of signings gives each its day (trial 34).
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[0].signed_day == "1997-02-21");
  CHECK(r.agreements[1].signed_day == "2005-05-12");
}

// Trial 34: an annex listing the agreements in columns of spaces was one
// sentence; the MOU a recommendation renews took the year of its deadline
// (2024) rather than its row's signing (2019), and its end was lost.
TEST_CASE("an annex of agreements in columns of spaces gives each row's agreement its signing and end") {
  // (Read as a file is, so that the reader finds the columns.)
  auto r = parse_report(
      read_text_bytes(
          "REPORT ON THE MISSION TO BAVARIA\n\nPlaces: Munich (Germany)\nDates: October 16-18, 2023\n\n"
          "RECOMMENDATIONS\n\n"
          "1. Renew the MOU on research cooperation in quantum science with Bavaria before March 21, "
          "2024.\n\n"
          "ANNEX A - AGREEMENTS CONCERNED BY THE MISSION\n\n"
          "No.  Title                                           Partner     Signed       Action\n"
          "1    Cooperation Agreement Québec–Bavaria            Bavaria     1989-05-29   In force; "
          "reference\n"
          "2    MOU on research cooperation in quantum science  Bavaria     2019-03-22   Expires 2024-03-21; "
          "renew\n"),
      ParseContext{test::bundled_gazetteer(), test::bundled_taxonomy()});
  std::vector<std::string> got;
  for (const auto& a : r.agreements)
    got.push_back(with_events(a.kind + " " + a.year + " " + a.signed_day, a));
  CHECK(got ==
        std::vector<std::string>{"mou 2019 2019-03-22 expired@2024-03-21", "agreement 1989 1989-05-29"});
}

// Trial 27: a title in capitals over 80 characters was no title; the dates
// line under a title went into it; "Saint-Louis" under "AU SÉNÉGAL" was the
// Seychelles'.
TEST_CASE("a long title in capitals, the dates under it, and a place named with its country") {
  auto r = parse_lines({"REPORT OF THE OFFICIAL VISIT OF THE MINISTERIAL DELEGATION TO THE STATE OF VERMONT",
                        "Burlington, Vermont (United States)", "October 18-20, 1993", "", "PURPOSE", "",
                        "The visit aimed at strengthening environmental cooperation."});
  CHECK(r.mission.title == "REPORT OF THE OFFICIAL VISIT OF THE MINISTERIAL DELEGATION TO THE STATE OF "
                           "VERMONT Burlington, Vermont "
                           "(United States)");
  CHECK(r.mission.start_date == "1993-10-18");
  auto s = parse_lines({"RAPPORT DE MISSION AU SÉNÉGAL", "Dakar et Saint-Louis, du 17 au 21 février 2003", "",
                        "CONTEXTE", "", "La ministre a rencontré ses homologues."});
  std::vector<std::string> places;
  for (const auto& p : s.mission.places)
    places.push_back(p.partner);
  CHECK(std::find(places.begin(), places.end(), "saint-louis-region") != places.end());
  CHECK(std::find(places.begin(), places.end(), "saint-louis") == places.end());
}

// Trial 27: "the Minister signed with the Scottish Cabinet Secretary ... a
// Memorandum" was no signing, so the day's "Signing of the Memorandum" and
// "the Minister renewed the MOU on Culture, first signed in 2012" took every
// place of the programme, Norway included, as partners: four records for two.
TEST_CASE("a summary's signing and renewal told again in a diary are one each, with the summary's partner") {
  auto r = parse_lines(
      {"MISSION REPORT", "", "Official mission of the Minister to Scotland (United Kingdom)",
       "Edinburgh, Glasgow and Aberdeen, 5 to 9 September 2022", "", "EXECUTIVE SUMMARY", "",
       "On 7 September 2022, in Edinburgh, the Minister signed with the Scottish Cabinet Secretary for Net "
       "Zero a "
       "Memorandum of Understanding on Green Hydrogen between the Government of Québec and the Scottish "
       "Government. The Québec–Scotland Memorandum of Understanding on Culture of 2012 was renewed for a "
       "further "
       "five years.",
       "", "PROGRAMME", "",
       "Wednesday 7 September — Edinburgh. Signing of the Memorandum of Understanding on Green "
       "Hydrogen.",
       "",
       "Thursday 8 September — Glasgow. By an exchange of letters, the Minister renewed the Memorandum of "
       "Understanding on Culture, first signed in 2012, until 8 September 2027.",
       "",
       "Friday 9 September — Aberdeen. The hosts described the Memorandum of Understanding that Scotland "
       "signed "
       "with Norway in 2021."});
  std::vector<std::string> got;
  for (const auto& a : r.agreements) {
    std::string s = a.relation + " " + a.year;
    for (const auto& p : a.partners)
      s += " " + p;
    got.push_back(s);
  }
  CHECK(got == std::vector<std::string>{"produced 2022 scotland", "renewed 2012 scotland"});
}

// Trial 27: "ANNEX — AGREEMENTS IN FORCE BETWEEN QUÉBEC AND KOREAN PARTNERS"
// was no heading, so the annex's list read as recommendations.
TEST_CASE("an annex, however long its heading, ends the recommendations") {
  auto r = parse_lines(
      {"MISSION REPORT", "", "Places: Suwon (Gyeonggi Province, South Korea)", "Dates: 12 to 16 May 2025", "",
       "RECOMMENDATIONS", "", "1. Hold the joint committee in 2026.", "",
       "ANNEX — AGREEMENTS IN FORCE BETWEEN QUÉBEC AND KOREAN PARTNERS (AS OF 16 MAY 2025)", "",
       "1. Memorandum of Understanding on Battery Materials between the Government of Québec and "
       "Gyeonggi Province — signed 2021 — expires 30 June 2026."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].relation == "references");
  // One recommendation, naming no agreement; the annex's line is none.
  REQUIRE(r.recommendation_agreements.size() == 1);
  CHECK(r.recommendation_agreements[0].empty());
}

// Trial 27: a delegation told in the report's first paragraph ("Mission de Mme
// ..., accompagnée de M. ..., et de Mme ...") was not read.
TEST_CASE("a delegation told in prose at the head of the report") {
  auto r =
      parse_lines({"RAPPORT DE MISSION AU SÉNÉGAL", "Dakar et Saint-Louis, du 17 au 21 février 2003", "",
                   "Mission de Mme Louise Dagenais-Fortier, ministre déléguée aux Relations internationales, "
                   "accompagnée de M. Pierre-Yves Ndiaye-Bouchard, conseiller politique, et de Mme Hélène "
                   "Gravel, directrice Afrique et Moyen-Orient.",
                   "", "CONTEXTE", "", "La ministre a rencontré ses homologues."});
  std::vector<std::string> got;
  for (const auto& m : r.mission.delegation)
    got.push_back(m.honorific + " " + m.name + " | " + m.title);
  CHECK(got == std::vector<std::string>{
                   "Mme Louise Dagenais-Fortier | ministre déléguée aux Relations internationales",
                   "M. Pierre-Yves Ndiaye-Bouchard | conseiller politique",
                   "Mme Hélène Gravel | directrice Afrique et Moyen-Orient"});
  auto memo =
      parse_lines({"NOTE AU MINISTRE", "", "OBJET : Mission au Brésil, du 11 au 16 mai 2009", "",
                   "Vous avez effectué, du 11 au 16 mai 2009, une mission à São Paulo. Vous étiez accompagné "
                   "de M. Louis-Philippe Ouellet, attaché politique, de Mme Johanne Villemure, directrice "
                   "Amérique latine, ainsi que d'une délégation de quatorze entreprises."});
  got.clear();
  for (const auto& m : memo.mission.delegation)
    got.push_back(m.honorific + " " + m.name + " | " + m.title);
  CHECK(got == std::vector<std::string>{"M. Louis-Philippe Ouellet | attaché politique",
                                        "Mme Johanne Villemure | directrice Amérique latine"});
}

// Trial 36: "Led by:", "Accompagné de :" and "Membres :" fields, and "La
// mission, dirigée par le sous-ministre M. ...", gave no one; a bullet of the
// results under a place heading was a member "Le 27/11/2025".
TEST_CASE("a delegation told by who led and who went with, in fields or prose") {
  auto members = [](const std::vector<std::string>& lines) {
    std::vector<std::string> got;
    for (const auto& m : parse_lines(lines).mission.delegation)
      got.push_back(m.honorific + " " + m.name + " | " + m.title);
    return got;
  };
  CHECK(members({"MISSION REPORT", "", "Places: Bengaluru (India)", "Dates: January 19-23, 2026",
                 "Led by: Ms. Christine Fréchette, Minister of Economy",
                 "Delegation: Ms. Émilie Gosselin, Director, South Asia", "", "RESULTS", "", "Meetings."}) ==
        std::vector<std::string>{"Ms. Christine Fréchette | Minister of Economy",
                                 "Ms. Émilie Gosselin | Director, South Asia"});
  CHECK(members({"RAPPORT DE MISSION", "", "Lieux : Jinan (Chine)", "Dates : du 14 au 18 avril 2025",
                 "Chef de délégation : M. Benoit Charette, ministre de l'Environnement",
                 "Accompagné de : Mme Sophie Tremblay-Lacasse, sous-ministre adjointe; M. Hugo Lavigne, "
                 "conseiller politique",
                 "", "RÉSULTATS", "", "Rencontres."}) ==
        std::vector<std::string>{"M. Benoit Charette | ministre de l'Environnement",
                                 "Mme Sophie Tremblay-Lacasse | sous-ministre adjointe",
                                 "M. Hugo Lavigne | conseiller politique"});
  CHECK(members({"RAPPORT DE MISSION", "", "Lieux : Oaxaca (Mexique)", "Dates : du 3 au 7 mars 2025", "",
                 "La mission, dirigée par le sous-ministre M. Jean-François Bédard, s'est déroulée à "
                 "Oaxaca."}) == std::vector<std::string>{"M. Jean-François Bédard | sous-ministre"});
  CHECK(
      members({"Rapport de mission : Espagne", "Madrid — 24 au 28 novembre 2025", "", "Délégation",
               "• Mme Martine Biron, ministre, cheffe de la délégation", "", "Vitoria-Gasteiz (26 novembre)",
               "• Le 27/11/2025, la ministre et le lehendakari ont signé un protocole d'entente."}) ==
      std::vector<std::string>{"Mme Martine Biron | ministre, cheffe de la délégation"});
}

// Trial 27: four people parted by semicolons in the delegation's paragraph
// were one person whose title swallowed the others.
TEST_CASE("a delegation paragraph parted by semicolons is one person each") {
  auto r =
      parse_lines({"MISSION REPORT", "", "Places: Suwon (Gyeonggi Province, South Korea)",
                   "Dates: 12 to 16 May 2025", "", "1. DELEGATION", "",
                   "Ms. Valérie Tanguay-Kim, Minister of International Relations; Mr. Jean-Sébastien Lord, "
                   "Deputy Minister; Ms. Julie Park-Bergeron, Director, Asia-Pacific.",
                   "", "2. OBJECTIVES", "", "Strengthen the partnership with Gyeonggi Province."});
  std::vector<std::string> got;
  for (const auto& m : r.mission.delegation)
    got.push_back(m.name + " | " + m.title);
  CHECK(got == std::vector<std::string>{"Valérie Tanguay-Kim | Minister of International Relations",
                                        "Jean-Sébastien Lord | Deputy Minister",
                                        "Julie Park-Bergeron | Director, Asia-Pacific"});
}

// Trial 27: "the agreement signed on 14 May 2025 in Québec City in 2026" in a
// recommendation was an agreement signed in 2026 with the whole country.
TEST_CASE("a signing dated by its own day is not dated again by a later year") {
  auto r = parse_lines(
      {"MISSION REPORT", "", "Places: Suwon (Gyeonggi Province, South Korea)", "Dates: 12 to 16 May 2025", "",
       "PROGRAM", "",
       "On 14 May 2025, in Suwon, the Minister and the Governor of Gyeonggi Province signed the "
       "Agreement on Economic Cooperation between the Government of Québec and Gyeonggi Province.",
       "", "RECOMMENDATIONS", "",
       "4.2 Hold the first meeting of the joint committee created by the agreement signed on 14 May "
       "2025 in Québec City in 2026."});
  for (const auto& a : r.agreements) {
    CAPTURE(a.evidence);
    CHECK(a.year != "2026");
  }
  CHECK(r.agreements.size() == 1);
}

// Trial 28: a press release dated the mission's last day, and a note to the
// minister dated after it, tell the mission's days in their first paragraph.
TEST_CASE("the mission's days told in prose beat a dateline or a note's date") {
  auto release = parse_lines(
      {"COMMUNIQUÉ DE PRESSE", "", "Mission de la ministre en Bavière", "",
       "MUNICH, le 17 mars 2023 - La ministre des Relations internationales conclut aujourd'hui une mission",
       "de quatre jours en Bavière (Allemagne), qui l'a menée à Munich et à Nuremberg du 14 au 17 mars 2023.",
       "", "Le 15 mars 2023, la ministre a rencontré le ministre-président."});
  CHECK(release.mission.start_date == "2023-03-14");
  CHECK(release.mission.end_date == "2023-03-17");
  auto note = parse_lines({"NOTE À LA MINISTRE", "", "DATE :         Le 4 décembre 2023",
                           "OBJET :        Bilan de la mission au Sénégal", "", "1. OBJET", "",
                           "La présente note vous informe des résultats de la mission que vous avez",
                           "effectuée au Sénégal du 20 au 23 novembre 2023 (Dakar et Saint-Louis)."});
  CHECK(note.mission.start_date == "2023-11-20");
  CHECK(note.mission.end_date == "2023-11-23");
  CHECK(note.mission.report_date == "2023-12-04");
  // A one-day mission keeps its day: the range after it is of something else.
  auto one_day =
      parse_lines({"COMPTE RENDU", "", "Le 17 mars 2023, la ministre s'est rendue à Munich pour une journée.",
                   "", "Le salon se tiendra du 20 au 24 mars 2023."});
  CHECK(one_day.mission.start_date == "2023-03-17");
  CHECK(one_day.mission.end_date == "2023-03-17");
}

// Trial 28: "Signing of the Clean Energy MOU at the State House", in a diary
// of a mission to Massachusetts and Vermont, named no one and was taken to
// be a second MOU, with the United States.
TEST_CASE("a signing told without its partner in a mission over two states is the one told with its state") {
  auto r = parse_lines(
      {"MISSION REPORT", "", "Places: Boston, Burlington (Vermont)", "Dates: May 8 to 11, 2023", "",
       "1. SUMMARY", "",
       "The key outcome is the Memorandum of Understanding on Clean Energy and Climate Cooperation between "
       "the Government of Québec and the Commonwealth of Massachusetts, signed in Boston on May 9, 2023.",
       "", "2. PROGRAM", "", "Tuesday, May 9 - Boston",
       "- Signing of the Clean Energy MOU at the State House."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == Strings{"massachusetts"});
  CHECK(r.agreements[0].relation == "produced");
}

// Review of session 21: a range told in the first paragraphs of another,
// earlier mission is not this one's days.
TEST_CASE("an earlier mission's days do not replace the day a report opens on") {
  auto r = parse_lines({"COMPTE RENDU", "",
                        "Le 12 mars 2019, la ministre a rencontré le ministre-président à Munich.", "",
                        "Cette rencontre fait suite à la mission du 3 au 7 septembre 2018 à Munich."});
  CHECK(r.mission.start_date == "2019-03-12");
}

// Trial 29: a memo dated after the trip, its days told only in the itinerary
// ("Day 1 - Monday 8 November 1999"), and a report whose days are only in
// its table of meetings, took the memo's day or one meeting's day.
TEST_CASE("the days of an itinerary or a table of meetings are the mission's") {
  auto memo = parse_lines(
      {"MANITOBA AGRICULTURE AND FOOD", "", "TO:      Deputy Minister", "DATE:    November 22, 1999",
       "RE:      Report on the agri-food mission to Argentina", "", "ITINERARY", "",
       "Day 1 - Monday 8 November 1999 - Buenos Aires", "    Briefing at the Canadian Embassy.", "",
       "Day 2 - Tuesday 9 November 1999 - Buenos Aires / Cordoba", "    Visit to INTA.", "",
       "Day 5 - Friday 12 November 1999 - Rosario (Santa Fe)", "    Departure from Rosario."});
  CHECK(memo.mission.start_date == "1999-11-08");
  CHECK(memo.mission.end_date == "1999-11-12");
  CHECK(memo.mission.report_date == "1999-11-22");
  // Where its days were spent, in the country it went to: Argentina's
  // Córdoba and Santa Fe, not Colombia's department.
  Strings places;
  for (const auto& p : memo.mission.places)
    places.push_back(p.partner);
  CHECK(std::find(places.begin(), places.end(), "cordoba-province") != places.end());
  CHECK(std::find(places.begin(), places.end(), "santa-fe-province") != places.end());
  CHECK(std::find(places.begin(), places.end(), "cordoba") == places.end());
  auto table = parse_lines({"COMPTE RENDU DE MISSION – VIETNAM", "", "1. Programme de la mission", "",
                            "  Date                 | Lieu              | Interlocuteur",
                            "  ---------------------|-------------------|----------------",
                            "  Lundi 18 nov. 2019   | Hanoï             | Ambassade du Canada",
                            "  Mardi 19 nov. 2019   | Hanoï             | Vice-ministre",
                            "  Vendredi 22 nov. 2019| Hô Chi Minh-Ville | Collège technique", "",
                            "2. Résultats", "", "Rencontre avec le MOET (19 novembre).", "",
                            "Le 20 novembre 2019, l'Université de Liège a signé une entente avec Hanoï.", "",
                            "Lundi 21 nov. 2019 – départ de Montréal"});
  CHECK(table.mission.start_date == "2019-11-18");
  CHECK(table.mission.end_date == "2019-11-22");
  Strings visited;
  for (const auto& p : table.mission.places)
    visited.push_back(p.partner);
  CHECK(std::find(visited.begin(), visited.end(), "ho-chi-minh-city") != visited.end());
  // Not a place a sentence names, nor where the delegation left from.
  CHECK(std::find(visited.begin(), visited.end(), "liege") == visited.end());
  CHECK(std::find(visited.begin(), visited.end(), "montreal") == visited.end());
  // Dates of past signings listed one per line are no itinerary.
  auto history =
      parse_lines({"COMPTE RENDU", "", "Dates de la mission : 3 au 6 juin 2019", "", "Historique", "",
                   "12 mars 2015 : signature de l'entente", "14 mars 2015 : signature du protocole"});
  CHECK(history.mission.start_date == "2019-06-03");
  CHECK(history.mission.end_date == "2019-06-06");
}

// Trial 34: a recommendation wrapped at "suivi de la" (a PDF's line) was cut
// there, "suivi" read as the heading of a follow-up section.
TEST_CASE("a wrapped line that opens on a heading's word in lower case goes on the sentence") {
  auto r = parse_lines({"RAPPORT DE MISSION EN CHINE", "Jinan, du 8 au 14 avril 2024", "", "RECOMMANDATIONS",
                        "", "- Confier au ministère de l'Agriculture, des Pêcheries et de l'Alimentation le",
                        "suivi de la", "  lettre d'intention conclue avec Weihai.",
                        "- Tenir la 6e réunion du Groupe de travail mixte à Québec en 2025."});
  REQUIRE(r.mission.recommendations.size() == 2);
  CHECK(r.mission.recommendations[0].text ==
        "Confier au ministère de l'Agriculture, des Pêcheries et de l'Alimentation le suivi de la lettre "
        "d'intention conclue avec Weihai");
  // Review 36: a heading in lower case after a blank line stays one.
  auto lower = parse_lines({"RAPPORT DE MISSION EN CHINE", "Jinan, du 8 au 14 avril 2024", "", "résultats",
                            "", "La ministre a rencontré le gouverneur.", "", "recommandations", "",
                            "- Créer un comité de suivi."});
  REQUIRE(lower.mission.recommendations.size() == 1);
  CHECK(lower.mission.delegation.empty());
}

// Trial 34: "Délégation dirigée par M. Gilles Boisvert, ministre ...,
// accompagné de :" above the list of the others: the head was lost.
TEST_CASE("the head named above a delegation's list is its first member") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION EN FRANCE", "", "Période : du 25 février au 2 mars 2019", "",
       "Délégation dirigée par M. Gilles Boisvert, ministre de l'Agriculture, des Pêcheries et de",
       "l'Alimentation, accompagné de :", "- Mme Chantal Ouellet, sous-ministre adjointe aux pêches;",
       "- M. François Giguère, directeur des relations internationales.", "", "OBJET DE LA MISSION", "",
       "Faire la promotion des produits québécois."});
  Strings names;
  for (const auto& m : r.mission.delegation)
    names.push_back(m.name);
  CHECK(names == Strings{"Gilles Boisvert", "Chantal Ouellet", "François Giguère"});
  REQUIRE_FALSE(r.mission.delegation.empty());
  CHECK(r.mission.delegation[0].title == "ministre de l'Agriculture, des Pêcheries et de l'Alimentation");
  // Review 36: a visitor named above the list is not its head.
  auto visitor =
      parse_lines({"RAPPORT DE MISSION EN BAVIÈRE", "", "Période : du 10 au 14 mars 2024", "",
                   "La mission faisait suite à la visite de M. Markus Söder, ministre-président de la "
                   "Bavière, au Québec en 2023. La délégation était composée de :",
                   "- M. Jean Tremblay, ministre;", "- Mme Julie Roy, conseillère.", "", "OBJET", "",
                   "Faire la promotion des produits québécois."});
  Strings listed;
  for (const auto& m : visitor.mission.delegation)
    listed.push_back(m.name);
  CHECK(listed == Strings{"Jean Tremblay", "Julie Roy"});
  // "HEAD OF DELEGATION", then "MEMBERS".
  auto members =
      parse_lines({"REPORT ON AN OFFICIAL MISSION", "", "Economic mission to Japan – Tokyo and Osaka",
                   "November 3 to 8, 2025", "", "HEAD OF DELEGATION",
                   "Ms. Nathalie Bergeron-Ouellet, Minister of Economy", "", "MEMBERS",
                   "Mr. Samuel Fortin, Press Secretary", "Ms. Akiko Tanaka-Roy, Director, Asia Trade Desk",
                   "", "BACKGROUND", "Japan is a trading partner."});
  Strings all;
  for (const auto& m : members.mission.delegation)
    all.push_back(m.name);
  CHECK(all == Strings{"Nathalie Bergeron-Ouellet", "Samuel Fortin", "Akiko Tanaka-Roy"});
  // The head named again first of the members: once.
  auto twice =
      parse_lines({"RAPPORT DE MISSION", "", "Période : du 3 au 8 mars 2025",
                   "Chef de la délégation : M. Rémi Castonguay-Ferland, ministre de l'Immigration", "",
                   "Membres de la délégation :", "M. Rémi Castonguay-Ferland, ministre",
                   "Mme Isabelle Thériault, sous-ministre", "", "CONTEXTE", "La France est un partenaire."});
  Strings once;
  for (const auto& m : twice.mission.delegation)
    once.push_back(m.name);
  CHECK(once == Strings{"Rémi Castonguay-Ferland", "Isabelle Thériault"});
}

// Trial 34: "REPORT ON AN OFFICIAL MISSION OUTSIDE CANADA" was glued to the
// title under it.
TEST_CASE("the kind of document over a title is not part of it") {
  auto r = parse_lines({"REPORT ON AN OFFICIAL MISSION OUTSIDE CANADA", "",
                        "Economic mission to Japan – Tokyo and Osaka", "November 3 to 8, 2025", "",
                        "BACKGROUND", "Japan is a trading partner."});
  CHECK(r.mission.title == "Economic mission to Japan – Tokyo and Osaka");
  // A banner over places alone stays: they are no title.
  auto places = parse_lines({"RAPPORT DE MISSION", "Jinan et Qingdao", "Du 3 au 8 novembre 2025", "",
                             "CONTEXTE", "La Chine est un partenaire."});
  CHECK(places.mission.title == "RAPPORT DE MISSION Jinan et Qingdao");
}

// Trial 34: a memo's signature under its recommendation was one more.
TEST_CASE("a memo's signature after its recommendation is its author") {
  auto r = parse_lines(
      {"NOTE À LA MINISTRE", "", "OBJET : Suivi de votre mission en Suisse (du 9 au 11 juin 2025)", "",
       "RECOMMANDATION", "",
       "Que vous autorisiez la Direction Europe à entreprendre les négociations de renouvellement.", "",
       "La directrice Europe,", "Émilie Vaillancourt"});
  REQUIRE(r.mission.recommendations.size() == 1);
  CHECK(r.mission.author == "Émilie Vaillancourt");
  // Review 36: a recommendation wrapped before a name is one.
  auto wrapped = parse_lines(
      {"NOTE À LA MINISTRE", "", "OBJET : Suivi de votre mission en Suisse (du 9 au 11 juin 2025)", "",
       "RECOMMANDATIONS", "", "1. Renouveler les ententes.",
       "2. La coordination du suivi sera confiée à notre attachée,", "Mme Julie Roy."});
  CHECK(wrapped.mission.recommendations.size() == 2);
  CHECK(wrapped.mission.author.empty());
}

// Trial 34: a closing sentence that dates the report was not read.
TEST_CASE("a closing sentence that says when the report was written dates it") {
  for (const auto& [closing, expected] : std::vector<std::pair<std::string, std::string>>{
           {"Rapport daté du 6 décembre 2024.", "2024-12-06"},
           {"Report submitted on December 7, 2024.", "2024-12-07"},
           {"Rapport déposé le 14 décembre 2024.", "2024-12-14"},
           {"This report was prepared on 9 December 2024.", "2024-12-09"},
           // Review 34: a dateline right after the body, with no signature.
           {"Québec, le 5 décembre 2024.", "2024-12-05"},
           // Not a meeting to come, nor long after.
           {"Rapport daté du 6 décembre 2025.", ""},
       }) {
    CAPTURE(closing);
    auto r =
        parse_lines({"RAPPORT DE MISSION AU SÉNÉGAL", "Dakar, du 17 au 23 novembre 2024", "", "RÉSULTATS", "",
                     "La ministre a rencontré son homologue et les deux parties ont fait le point",
                     "sur la coopération en éducation.", "", closing});
    CHECK(r.mission.report_date == expected);
  }
}

// Trial 34: the lines of a programme, one per day with no stop, ran into one
// sentence, and the signing at Rennes went to Saint-Malo, the next day's.
TEST_CASE("each day of a programme written a line a day is a sentence of its own") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION EN FRANCE", "", "Dates : du 25 février au 2 mars 2019", "", "ANNEXE – PROGRAMME",
       "", "Monday, February 25th, 2019 – Paris: opening of the Québec pavilion, SIA",
       "Friday, March 1st, 2019 – Rennes: signing ceremony, Declaration of Intent on agri-food research",
       "Saturday, March 2nd, 2019 – Saint-Malo: fish auction visit"});
  for (const auto& a : r.agreements) {
    CAPTURE(a.title);
    CHECK(std::find(a.partners.begin(), a.partners.end(), "saint-malo") == a.partners.end());
    CHECK(a.line == 8);
  }
}

// Trial 33: "a trade mission to Burlington" in a report on Vermont went to
// Burlington, Ontario; Montpelier, Vermont's capital, was not a place.
TEST_CASE("a city's name is the city of that name the mission went to") {
  auto r = parse_lines({"Mission report", "",
                        "Places: Boston (Massachusetts), Montpelier and Burlington (Vermont), United States",
                        "Dates: March 10-13, 2025", "", "Recommendations", "",
                        "- Organize a clean-technology trade mission to Burlington in 2026."});
  Strings places;
  for (const auto& p : r.mission.places)
    places.push_back(p.partner);
  CHECK(places == Strings{"boston", "montpelier", "burlington-vermont"});
  REQUIRE(r.mission.recommendations.size() == 1);
  CHECK(r.mission.recommendations[0].partners == Strings{"burlington-vermont"});
  // Review 35: not one the sentence places itself.
  auto placed = parse_lines({"Mission report", "", "Places: Portland and Augusta (Maine), United States",
                             "Dates: March 10-13, 2025", "", "Recommendations", "",
                             "- Organize a clean-technology mission to Portland, Oregon, in 2026."});
  REQUIRE(placed.mission.recommendations.size() == 1);
  const auto& partners = placed.mission.recommendations[0].partners;
  CHECK(std::find(partners.begin(), partners.end(), "portland-maine") == partners.end());
  // Nor a town abroad one letter from where the mission went.
  auto slip = parse_lines({"Rapport de mission", "", "Lieux : Montpellier et Toulouse (France)",
                           "Dates : du 10 au 14 mars 2024", "", "Recommandations", "",
                           "- Organiser en 2025 une mission à Montpelier sur les technologies médicales."});
  REQUIRE(slip.mission.recommendations.size() == 1);
  CHECK(slip.mission.recommendations[0].partners == Strings{"montpellier"});
  // Review 36: not a city of the mission's own country one letter away.
  auto china =
      parse_lines({"Rapport de mission", "", "Lieux : Nanjing (Chine)", "Dates : du 10 au 14 mars 2024", "",
                   "Recommandations", "", "- Organiser en 2025 une mission à Nanning sur l'éducation."});
  REQUIRE(china.mission.recommendations.size() == 1);
  CHECK(china.mission.recommendations[0].partners == Strings{"nanning"});
  // Nor a holder named elsewhere in the sentence ("New England").
  auto england =
      parse_lines({"Mission report", "", "Places: Boston and Cambridge (Massachusetts), United States",
                   "Dates: March 10-13, 2025", "", "Recommendations", "",
                   "- Host a New England clean-tech forum in Cambridge in 2026."});
  REQUIRE(england.mission.recommendations.size() == 1);
  CHECK(england.mission.recommendations[0].partners == Strings{"cambridge-massachusetts"});
}

// Trial 29: "the 1995 Manitoba-Córdoba MOU" in a report on Argentina was
// filed under Colombia's department of the same name.
TEST_CASE("of the places that share a name, an agreement's is the one in the mission's country") {
  auto r = parse_lines(
      {"Report on the agri-food mission to Argentina", "", "Places: Buenos Aires and Rosario (Argentina)",
       "Dates: 8-12 November 1999", "", "Recommendations", "",
       "That the Department lead the renegotiation of the 1995 MOU with Córdoba on agriculture."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == Strings{"cordoba-province"});
  // Unless the sentence names the other's country.
  auto glossed = parse_lines(
      {"Report on the agri-food mission to Argentina", "", "Places: Buenos Aires and Rosario (Argentina)",
       "Dates: 8-12 November 1999", "", "Recommendations", "",
       "That the Department renegotiate the 1995 MOU with Córdoba (Colombia) on agriculture."});
  REQUIRE(glossed.agreements.size() == 1);
  CHECK(glossed.agreements[0].partners == Strings{"cordoba"});
  // Review of session 22: a city is the one people know (London, not London,
  // Ohio, in a report on New York).
  auto city =
      parse_lines({"Rapport de mission à New York", "", "Lieux : New York (États-Unis)",
                   "Dates de la mission : 3 au 6 juin 2019", "", "Résultats", "",
                   "Le protocole d'entente signé avec Londres en 2016 sur les services financiers a été "
                   "évoqué."});
  REQUIRE(city.agreements.size() == 1);
  CHECK(city.agreements[0].partners == Strings{"london"});
}

// Trial 29: reports of other governments (Scotland, British Columbia,
// Manitoba) titled every agreement "Québec–...", put their own government
// among the places, and would have matched Québec's agreements with the
// same partner and year.
TEST_CASE("another government's letterhead makes its report that government's") {
  auto scot = parse_lines({"SCOTTISH GOVERNMENT", "Directorate for International Trade", "", "MISSION REPORT",
                           "", "Places: Jinan and Qingdao (Shandong, China)", "Dates: 14-18 October 2019", "",
                           "OUTCOMES", "",
                           "On 16 October 2019 the Minister signed a Memorandum of Understanding on agrifood "
                           "cooperation with Shandong."});
  REQUIRE(scot.agreements.size() == 1);
  CHECK(scot.agreements[0].title.starts_with("Memorandum of understanding Scotland–Shandong"));
  CHECK(scot.agreements[0].partners == Strings{"scotland", "shandong"});
  for (const auto& p : scot.mission.places)
    CHECK(p.partner != "scotland");
  auto bc = parse_lines({"PROVINCE OF BRITISH COLUMBIA", "Ministry of Jobs and Innovation", "",
                         "MISSION REPORT", "", "Dates: 20-24 March 2024", "", "OUTCOMES", "",
                         "On 21 March 2024 the Minister signed an MOU on ocean research with Busan.", "",
                         "The Port of Vancouver and the Busan Port Authority signed a sister-port agreement "
                         "in 2012, to which the Province is not a party."});
  REQUIRE(bc.agreements.size() == 1);
  CHECK(bc.agreements[0].title.starts_with("Memorandum of understanding British Columbia–Busan"));
  // Québec's own letterhead, and a destination named over the places field,
  // change nothing.
  auto quebec = parse_lines(
      {"Gouvernement du Québec", "Ministère des Relations internationales", "", "RAPPORT DE MISSION", "",
       "Lieux : Qingdao (Chine)", "Dates de la mission : 21 au 24 novembre 2019", "", "RÉSULTATS", "",
       "Le 22 novembre 2019, la ministre a signé une entente en santé avec le Shandong."});
  REQUIRE(quebec.agreements.size() == 1);
  CHECK(quebec.agreements[0].title.starts_with("Entente Québec–Shandong"));
  CHECK(quebec.agreements[0].partners == Strings{"shandong"});
  auto destination =
      parse_lines({"SHANDONG AGRICULTURE", "", "RAPPORT DE MISSION", "", "Lieux : Jinan (Shandong)",
                   "Dates de la mission : 21 au 24 novembre 2019", "", "RÉSULTATS", "",
                   "Le 22 novembre 2019, la ministre a signé une entente en agriculture avec le "
                   "Shandong."});
  REQUIRE(destination.agreements.size() == 1);
  CHECK(destination.agreements[0].partners == Strings{"shandong"});
}

// Trial 29: a report's "5. Propositions" were not read as what it asks for:
// "Renouveler en 2002 l'échange de lettres de 1998" was no planned update.
TEST_CASE("proposals are recommendations") {
  auto r =
      parse_lines({"RAPPORT DE MISSION", "", "Lieux : Qingdao (Chine)",
                   "Dates de la mission : 21 au 24 novembre 2019", "", "5. Propositions", "",
                   "5.1 Renouveler en 2020 l'entente de 2008 avec le Shandong, qui expire à la fin de 2019.",
                   "", "5.2 Relancer Qingdao au sujet du protocole d'entente de 2012."});
  REQUIRE(r.mission.recommendations.size() == 2);
  REQUIRE_FALSE(r.agreements.empty());
  CHECK(r.agreements[0].relation == "plans_update");
  CHECK(r.agreements[0].year == "2008");
}

// Trial 29: "o 1er octobre – Campinas : ..." under a signing ran into its
// evidence: a typewriter's "o" bullet before a day is a bullet.
TEST_CASE("a typewriter's bullet before a day is a bullet") {
  auto r = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Qingdao (Chine)",
                        "Dates de la mission : 21 au 24 novembre 2019", "", "PROGRAMME", "",
                        "Le 22 novembre, la ministre a signé une entente en santé avec Qingdao.",
                        "o  23 novembre – Jinan : visite d'un hôpital."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].evidence == "Le 22 novembre, la ministre a signé une entente en santé avec Qingdao.");
  CHECK(r.agreements[0].partners == Strings{"qingdao"});
}

// Trial 29: a directorate's name over the title, longer than a title line,
// ended the title before it began: no title, and the places it names lost.
TEST_CASE("a long directorate's name over the title does not end it") {
  auto r = parse_lines(
      {"MINISTÈRE DE LA SANTÉ ET DES SERVICES SOCIAUX",
       "Direction des affaires intergouvernementales et de la coopération internationale", "",
       "RAPPORT DE MISSION", "", "Mission ministérielle au Mexique (Mexico et Guadalajara, État de Jalisco)",
       "du 12 au 16 mars 2023", "", "1. CONTEXTE", "", "Le Québec et le Mexique coopèrent."});
  CHECK(r.mission.title.find("Mission ministérielle au Mexique") != std::string::npos);
  CHECK(r.mission.title.find("Direction") == std::string::npos);
  Strings places;
  for (const auto& p : r.mission.places)
    places.push_back(p.partner);
  CHECK(std::find(places.begin(), places.end(), "jalisco") != places.end());
  CHECK(r.mission.start_date == "2023-03-12");
}

// Trial 29: "C.2 Ministère de la Promotion de la Jeunesse (11 février)" over
// a paragraph was read as its first words, and opened the evidence.
TEST_CASE("a heading numbered by letter and number is a heading") {
  auto r = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Qingdao (Chine)",
                        "Dates de la mission : 21 au 24 novembre 2019", "", "SECTION C – DÉROULEMENT", "",
                        "C.2 Ministère de la Promotion de la Jeunesse (22 novembre)", "",
                        "Le 22 novembre 2019, la ministre a signé une entente en jeunesse avec Qingdao."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].evidence ==
        "Le 22 novembre 2019, la ministre a signé une entente en jeunesse avec Qingdao.");
}

// Review of session 22: a Québec report headed by its destination, a history
// or a list of deadlines, a heading that only starts like a proposal, and a
// sentence denying another government's part kept what the baseline read.
TEST_CASE("a destination over a report, dated lists and other heads change nothing") {
  auto check_one = [](const std::vector<std::string>& lines, const std::string& partner,
                      const std::string& relation) {
    auto r = parse_lines(lines);
    CAPTURE(lines.front());
    REQUIRE_FALSE(r.agreements.empty());
    CHECK(r.agreements[0].partners == Strings{partner});
    CHECK(r.agreements[0].relation == relation);
    CHECK(r.agreements[0].title.find("Québec") != std::string::npos);
    return r;
  };
  check_one({"État de Jalisco – Secrétariat de la Santé",
             "Rencontre de travail avec le Secrétaire de la Santé", "", "Date : 12 mars 2019", "",
             "Résultats", "", "Un protocole d'entente en santé a été signé avec l'État de Jalisco."},
            "jalisco", "produced");
  check_one({"Gouvernement de l'État de Jalisco", "Coopération en éducation", "", "Date : 12 mars 2019", "",
             "Résultats", "", "Une entente de coopération en éducation a été signée avec le Jalisco."},
            "jalisco", "produced");
  check_one({"STATE OF VERMONT", "Official Visit of the Minister", "", "Dates: May 3-6, 2019", "", "Results",
             "", "An agreement on energy was signed with the State of Vermont."},
            "vermont", "produced");
  check_one(
      {"Mission to Vermont", "Ministry of International Relations", "", "Dates: May 3-6, 2019",
       "Places: Montpelier, Burlington", "", "Results", "",
       "An MOU on energy efficiency was signed with the State of Vermont. The federal government is not a "
       "party to this MOU."},
      "vermont", "produced");
  auto history =
      check_one({"Mission ministérielle en Chine", "Ministère de la Santé et des Services sociaux", "",
                 "Lieux : Shanghai, Jinan", "", "Historique de la coopération", "",
                 "- 2 septembre 2008 : signature de l'entente d'amitié Québec–Shandong.",
                 "- 4 septembre 2008 : visite du gouverneur du Shandong à Québec.", "", "Résultats", "",
                 "Une entente de coopération en santé a été signée avec la province du Shandong."},
                "shandong", "produced");
  CHECK(history.mission.start_date.empty());
  auto heads =
      parse_lines({"Mission en Chine", "", "Dates : du 3 au 8 septembre 2017",
                   "Lieux : Shanghai, Qingdao, Jinan", "", "Propositions de la partie chinoise", "",
                   "La Commission de la santé du Shandong a présenté ses priorités.",
                   "Une entente de coopération en santé a été signée avec la province du Shandong le 5 "
                   "septembre."});
  REQUIRE(heads.agreements.size() == 1);
  CHECK(heads.agreements[0].relation == "produced");
  CHECK(heads.mission.recommendations.empty());
}

// Trial 29: the signature block under the last recommendation ("Signature :",
// the signer's name and title, "Québec, le 8 novembre 2010") was read as
// recommendations.
TEST_CASE("a signature block closes the recommendations") {
  auto r = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Qingdao (Chine)",
                        "Dates de la mission : 21 au 24 novembre 2019", "", "RECOMMANDATION", "",
                        "Il est recommandé de renouveler l'entente de 2008 avec le Shandong.", "",
                        "Signature :", "", "______________________", "Luc Bergeron",
                        "Coordonnateur des affaires internationales", "Québec, le 8 décembre 2019"});
  REQUIRE(r.mission.recommendations.size() == 1);
  CHECK(r.mission.recommendations[0].text ==
        "Il est recommandé de renouveler l'entente de 2008 avec le Shandong");
}

// Second review of session 22: a government under a ministry's name, a
// name with "Government" inside it, recommendations that open on
// "Signature", the governments of people met on an itinerary, and a
// foreign report's agreement with Québec.
TEST_CASE("the fixes of the first review keep ordinary reports as they were") {
  auto under_ministry = parse_lines(
      {"Ministère de l'Environnement et de la Lutte contre les changements climatiques",
       "Gouvernement de l'État de New York", "", "Date : 4 juin 2019", "", "Résultats", "",
       "Le Québec et l'État de New York ont signé un protocole d'entente sur l'adaptation aux changements "
       "climatiques."});
  REQUIRE(under_ministry.agreements.size() == 1);
  CHECK(under_ministry.agreements[0].partners == Strings{"new-york-state"});
  auto named = parse_lines({"Open Government Partnership Global Summit – Mexico", "",
                            "Dates: October 27-29, 2015", "", "Results", "",
                            "The Minister signed a memorandum of understanding on open data with Mexico."});
  REQUIRE(named.agreements.size() == 1);
  CHECK(named.agreements[0].partners == Strings{"mexico"});
  auto recs = parse_lines({"RAPPORT DE MISSION", "", "Dates : du 5 au 8 mars 2018", "", "Recommandations", "",
                           "Signature d'un nouveau programme de travail avec la Bavière en 2019.", "",
                           "Organiser une mission de retour des entreprises bavaroises au Québec."});
  CHECK(recs.mission.recommendations.size() == 2);
  auto met =
      parse_lines({"Mission économique en Allemagne", "", "Dates : du 5 au 8 mars 2018", "", "Programme",
                   "Lundi 5 mars 2018 : arrivée à Munich",
                   "Mardi 6 mars 2018 : Munich – rencontre avec le représentant du Land de Bade-Wurtemberg",
                   "Mercredi 7 mars 2018 : Berlin"});
  Strings places;
  for (const auto& p : met.mission.places)
    places.push_back(p.partner);
  CHECK(std::find(places.begin(), places.end(), "munich") != places.end());
  CHECK(std::find(places.begin(), places.end(), "baden-wurttemberg") == places.end());
  auto foreign =
      parse_lines({"Gouvernement de la Wallonie", "Service public de Wallonie", "",
                   "Mission ministérielle au Québec", "Dates : du 3 au 6 juin 2019", "", "Résultats", "",
                   "Le ministre-président a signé avec le gouvernement du Québec un programme de travail "
                   "en recherche."});
  auto proposals =
      parse_lines({"Mission en Chine", "", "Dates : du 3 au 8 septembre 2017", "", "Propositions et ententes",
                   "", "Une entente de coopération en santé a été signée avec la province du Shandong."});
  REQUIRE(proposals.agreements.size() == 1);
  CHECK(proposals.agreements[0].relation == "produced");
  REQUIRE(foreign.agreements.size() == 1);
  CHECK(foreign.agreements[0].partners == Strings{"wallonia"});
  CHECK(foreign.agreements[0].title.find("Québec–Wallonie") != std::string::npos);
}

// Trial 30: a delegation in a two-column table ("Nom | Titre") lost the
// minister (a row without a comma was no member) and ran the paragraph after
// the table into the last member's title.
TEST_CASE("a delegation in a table of two columns: each row a member, nothing after it joined") {
  auto r =
      parse_lines({"RAPPORT DE MISSION", "", "Lieux : Mumbai (Inde)",
                   "Dates de la mission : du 10 au 15 février 2025", "", "Composition de la délégation :", "",
                   "Nom | Titre", "M. Étienne Lafrenière | Ministre délégué à l’Économie",
                   "Mme Geneviève Ouellet-Nadeau | Sous-ministre adjointe, MEIE",
                   "M. Rohan Desrosiers | Conseiller économique, Délégation du Québec à Mumbai", "",
                   "La délégation était accompagnée de représentants de onze entreprises.", "", "2. CONTEXTE",
                   "", "Texte."});
  const auto& d = r.mission.delegation;
  REQUIRE(d.size() == 3);
  CHECK(d[0].honorific == "M.");
  CHECK(d[0].name == "Étienne Lafrenière");
  CHECK(d[0].title == "Ministre délégué à l’Économie");
  CHECK(d[1].name == "Geneviève Ouellet-Nadeau");
  CHECK(d[1].title == "Sous-ministre adjointe, MEIE");
  CHECK(d[2].name == "Rohan Desrosiers");
  CHECK(d[2].title == "Conseiller économique, Délégation du Québec à Mumbai");
  // One line with a bar is no table.
  auto one = parse_lines({"RAPPORT DE MISSION", "", "Lieux : Mumbai (Inde)",
                          "Dates de la mission : du 10 au 15 février 2025", "", "CONTEXTE", "",
                          "Le Québec | l'Inde : une relation suivie.", "La coopération s'est élargie."});
  CHECK(one.mission.delegation.empty());
}

// Trial 30: in a PDF made from Word, "Annexe : instruments de coopération"
// over the cells of a table did not end the recommendations, whose list then
// took "• • • •", "Année", "État", "2009"... as recommendations.
TEST_CASE("an annex named after a colon ends the recommendations, and bullets alone recommend nothing") {
  auto r = parse_lines({"RAPPORT DE MISSION",
                        "",
                        "Lieux : São Paulo (Brésil)",
                        "Dates de la mission : du 20 au 24 mai 2024",
                        "",
                        "RECOMMANDATIONS",
                        "",
                        "• • • •",
                        "",
                        "1. Renouveler l’entente de 2009 avec l’État de São Paulo.",
                        "",
                        "2. Appuyer la SODEC.",
                        "",
                        "Annexe : instruments de coopération",
                        "Instrument",
                        "",
                        "Année",
                        "",
                        "État",
                        "",
                        "Entente culturelle Québec–São Paulo",
                        "",
                        "2009",
                        "",
                        "En vigueur — à actualiser"});
  REQUIRE(r.mission.recommendations.size() == 2);
  CHECK(r.mission.recommendations[0].text == "Renouveler l’entente de 2009 avec l’État de São Paulo");
  CHECK(r.mission.recommendations[1].text == "Appuyer la SODEC");
  // A sentence after "Annexe :" is not a heading.
  auto sentence = parse_lines({"RAPPORT DE MISSION", "", "Lieux : São Paulo (Brésil)",
                               "Dates de la mission : du 20 au 24 mai 2024", "", "RECOMMANDATIONS", "",
                               "1. Appuyer la SODEC.", "",
                               "Annexe : voir la liste des ententes jointe au présent rapport.", "",
                               "2. Renouveler l’entente de 2009 avec l’État de São Paulo."});
  REQUIRE(sentence.mission.recommendations.size() == 2);
  CHECK(sentence.mission.recommendations[1].text == "Renouveler l’entente de 2009 avec l’État de São Paulo");
}

namespace {

ParsedReport parse_bytes(const std::string& bytes) {
  return parse_report(read_text_bytes(bytes), ParseContext{gazetteer(), taxonomy()});
}

} // namespace

// Trial 31, a mission to Morocco and Côte d'Ivoire: the itinerary's
// "Signature de l'entente" row and the results' sentence tell one signing;
// a work programme "conclu avec l'Office de la formation professionnelle"
// after a paragraph set in Rabat is Morocco's, and the recommendation to
// renew "le programme de travail ... pour 2025-2027" is about that one, not
// the agreement signed in 2025.
TEST_CASE(
    "an itinerary row and a sentence tell one signing, and a plan for the period to come renews its kind") {
  auto r = parse_bytes(
      "RAPPORT DE MISSION — MAROC ET CÔTE D'IVOIRE\n\n"
      "Dates de la mission : du 24 février au 2 mars 2025\n"
      "Villes visitées : Rabat et Casablanca (Maroc), Abidjan (Côte d'Ivoire)\n\n"
      "PROGRAMME\n\n"
      "  Date          Ville          Activité\n"
      "  24 février    Rabat          Rencontre avec le ministère de l'Inclusion économique et de l'Emploi\n"
      "  25 février    Rabat          Signature de l'entente sur la mobilité de la main-d'œuvre\n"
      "  26 février    Casablanca     Rencontre avec l'ANAPEC et l'OFPPT\n"
      "  28 février    Abidjan        Rencontre avec le ministère de l'Emploi\n\n"
      "RÉSULTATS\n\n"
      "Le 25 février 2025, à Rabat, la ministre et son homologue marocain ont signé une entente en matière\n"
      "de mobilité de la main-d'œuvre.\n\n"
      "Le programme de travail 2022-2024 conclu avec l'Office de la formation professionnelle et de la\n"
      "promotion du travail (OFPPT), échu le 31 décembre 2024, est à renouveler pour la période "
      "2025-2027.\n\n"
      "RECOMMANDATIONS\n\n"
      "  • Renouveler le programme de travail avec l'OFPPT pour 2025-2027;\n"
      "  • Relancer la partie ivoirienne au sujet de la déclaration d'intention en santé.\n");
  // (The programme's partner is a guess from the paragraph before, Rabat's:
  // an office named without its place was once taken for its country's,
  // which a review found wrong for a city's agencies.)
  std::vector<std::string> got;
  for (const auto& a : r.agreements)
    got.push_back(a.relation + " " + a.family + " " + a.year);
  CHECK(got == Strings{"produced  2025", "plans_update work plan 2022"});
  CHECK(r.agreements[0].partners == Strings{"morocco"});
  REQUIRE(r.recommendation_agreements.size() >= 1);
  CHECK(r.recommendation_agreements[0] == std::vector<std::size_t>{1});
}

// Trial 31: a memo's title was "NOTE DE SERVICE", its kind, and its dates
// "12-16/05/2025" were read as the last day alone.
TEST_CASE("a memo is titled by its subject") {
  auto r = parse_bytes("NOTE DE SERVICE\n\n"
                       "DESTINATAIRE : Monsieur le sous-ministre de la Santé et des Services sociaux\n"
                       "DATE : 2 juin 2025\n"
                       "OBJET : Compte rendu de la mission en Bavière (Munich et Erlangen), 12-16/05/2025\n\n"
                       "Monsieur le Sous-Ministre,\n\n"
                       "La présente fait état des résultats de la mission effectuée en Allemagne.\n");
  CHECK(r.mission.title == "Compte rendu de la mission en Bavière (Munich et Erlangen), 12-16/05/2025");
  CHECK(r.mission.start_date == "2025-05-12");
  CHECK(r.mission.end_date == "2025-05-16");
}

// Trial 31: "Itinéraire :" listed no places, and "la province de Córdoba" in
// a recommendation of a mission to Argentina was Colombia's namesake.
TEST_CASE("an itinerary field lists the places, and a recommendation's namesake is the mission country's") {
  auto r = parse_bytes("Rapport de mission — Argentine et Chili\n\n"
                       "Dates : 10-14/03/2025\n"
                       "Itinéraire : Córdoba et Buenos Aires (Argentine); Santiago et Valparaíso (Chili)\n\n"
                       "RECOMMANDATIONS\n\n"
                       "  - Lancer un premier appel de projets de mobilité avec la province de Córdoba.\n"
                       "  - Inviter la région de Valparaíso à Québec.\n");
  std::vector<std::string> places;
  for (const auto& p : r.mission.places)
    places.push_back(p.partner);
  CHECK(places == Strings{"cordoba-province", "buenos-aires-province", "santiago", "valparaiso-region"});
  REQUIRE(r.mission.recommendations.size() == 2);
  CHECK(r.mission.recommendations[0].partners == Strings{"cordoba-province"});
}

// Trial 31: "the working group created under the new MOU" was tied to the
// 2015 MOU with California named just before, not to the MOU the mission
// signed with Washington State.
TEST_CASE("the new MOU of a recommendation is the one the mission made") {
  auto r = parse_bytes("MINISTRY OF THE ENVIRONMENT\n\n"
                       "Mission report — California and Washington State, September 8–12, 2025\n\n"
                       "RESULTS\n\n"
                       "On September 11, the Minister and the Director of the Washington State Department of "
                       "Ecology signed a Memorandum of Understanding on carbon market cooperation.\n\n"
                       "The 2015 Québec–California Memorandum of Understanding on Zero-Emission Vehicles "
                       "expires in 2027 and should be revised before then.\n\n"
                       "RECOMMENDATIONS\n\n"
                       "  • Convene the Québec–Washington working group created under the new MOU.\n"
                       "  • Prepare a revised ZEV memorandum before the 2015 MOU expires in 2027.\n");
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[0].relation == "produced");
  REQUIRE(r.recommendation_agreements.size() == 2);
  CHECK(r.recommendation_agreements[0] == std::vector<std::size_t>{0});
  CHECK(r.recommendation_agreements[1] == std::vector<std::size_t>{1});
}

// Trial 31: "4.1 Mumbai (November 17–18)" over its paragraph, without a blank
// line, ran into its first sentence: the evidence began "Mumbai (November
// 17–18) On November 18", and the MOU signed with the Maharashtra
// Industrial Development Corporation went to Mumbai.
TEST_CASE("a numbered place and its days over a paragraph is a heading, not the paragraph's start") {
  auto r = parse_bytes("MINISTRY OF ECONOMY\n\n"
                       "Mission report — India (Mumbai, Pune), November 17–21, 2025\n\n"
                       "4. RESULTS\n\n"
                       "4.1 Mumbai (November 17–18)\n"
                       "On November 18, 2025, in Mumbai, the Minister and the Chief Executive Officer of the "
                       "Maharashtra Industrial Development Corporation (MIDC) signed a Memorandum of "
                       "Understanding on investment facilitation.\n\n"
                       "4.2 Pune (November 19)\n"
                       "In Pune, the Minister met officials.\n");
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == Strings{"maharashtra"});
  CHECK(r.agreements[0].evidence.rfind("On November 18, 2025", 0) == 0);
}

// Trial 31: "R1. Launch the first call ..." gave a recommendation "R1" and
// another with the text.
TEST_CASE("recommendations numbered R1, R2 are one each") {
  auto r = parse_bytes("Mission report — Japan (Kobe), June 30 – July 4, 2025\n\n"
                       "Recommendations\n\n"
                       "R1. Launch the first call for student mobility projects with Hyogo in fall 2025.\n"
                       "R2. Begin the revision of the 2014 Québec–Hyogo agreement before 2027.\n");
  REQUIRE(r.mission.recommendations.size() == 2);
  CHECK(r.mission.recommendations[0].text.rfind("Launch the first call", 0) == 0);
}

// Trial 31: a delegation field wrapped inside a name lost two members; a
// title wrapped inside a word kept "du- rable"; a member without an
// honorific ran on into the next heading and its paragraph.
TEST_CASE("a delegation keeps its members across wrapped lines and ends at a blank line") {
  auto field = parse_bytes("MISSION REPORT\nCalifornia (UNITED STATES)\nSeptember 8–12, 2025\n\n"
                           "Delegation: Mr. Benoit Charette-Lavoie, Minister; Ms. Geneviève Morin, Deputy "
                           "Minister; Mr. Alexandre\n"
                           "Dion, Director, Carbon Market; Ms. Sarah Chen, Policy Analyst.\n\n"
                           "PURPOSE\nTo consolidate the joint carbon market.\n");
  std::vector<std::string> names;
  for (const auto& d : field.mission.delegation)
    names.push_back(d.name);
  CHECK(names == Strings{"Benoit Charette-Lavoie", "Geneviève Morin", "Alexandre Dion", "Sarah Chen"});

  auto wrapped = parse_bytes("Rapport de mission en Wallonie, du 29 septembre au 3 octobre 2025\n\n"
                             "Délégation : M. Gilles Marceau, ministre des Transports et de la Mobilité du-\n"
                             "rable; Mme Claudine Roy, sous-ministre associée.\n\n"
                             "1. Contexte\n\nLa coopération est ancienne.\n");
  REQUIRE(wrapped.mission.delegation.size() == 2);
  CHECK(wrapped.mission.delegation[0].title == "ministre des Transports et de la Mobilité durable");

  auto listed = parse_bytes("Mission report — Japan (Kobe), June 30 – July 4, 2025\n\n"
                            "Delegation\n"
                            "  Ms. Julie Lévesque, Minister of Higher Education\n"
                            "  Ms. Mei Tanaka-Roy, Policy Advisor\n"
                            "  Rectors of four Québec universities\n\n"
                            "Summary\n"
                            "The mission aimed to deepen the relationship with Hyogo.\n");
  REQUIRE(listed.mission.delegation.size() == 3);
  CHECK(listed.mission.delegation[1].title == "Policy Advisor");
  CHECK(listed.mission.delegation[2].name == "Rectors of four Québec universities");
}

// Review 32 (the reports in tests/data/review32 were written to trip this
// session's rules; each of these was read right before them and wrong after,
// until fixed). They stay out of tests/data/reports, which the end-to-end
// tests ingest whole.
namespace {

ParsedReport parse_review(const std::string& name, const std::string& review = "review32") {
  return parse_report(read_document(test_data(review + "/" + name)), ParseContext{gazetteer(), taxonomy()});
}

} // namespace

TEST_CASE("a block of fields aligned by spaces and a list with two spaces after its marker are no tables") {
  auto fields = parse_review("fields_aligned.txt");
  CHECK(fields.mission.start_date == "2023-05-14");
  CHECK(fields.mission.end_date == "2023-05-18");
  REQUIRE(fields.mission.delegation.size() == 1);
  CHECK(fields.mission.delegation[0].name == "Martine Biron");
  auto bullets = parse_review("bullets_two_spaces.txt");
  CHECK(bullets.mission.delegation.size() == 3);
  REQUIRE(bullets.mission.recommendations.size() == 3);
  CHECK(bullets.mission.recommendations[0].text == "Réviser l'entente de 2018");
  CHECK(bullets.mission.recommendations[1].text.rfind("Signer", 0) == 0);
}

TEST_CASE("a second signing row with a city is the city's, not folded into the province's") {
  auto r = parse_review("second_signing_row.txt");
  std::vector<std::string> partners;
  for (const auto& a : r.agreements)
    partners.push_back(a.relation + " " + (a.partners.empty() ? "" : a.partners.front()));
  CHECK(partners == Strings{"produced shandong", "produced qingdao"});
}

TEST_CASE(
    "the cooperation agreement of a recommendation is the one the mission signed, not another country's") {
  auto r = parse_review("cooperation_agreement_recommendation.txt");
  REQUIRE(r.agreements.size() == 2);
  CHECK(r.agreements[1].partners == Strings{"morocco"});
  REQUIRE(r.recommendation_agreements.size() == 1);
  CHECK(r.recommendation_agreements[0] == std::vector<std::size_t>{1});
}

TEST_CASE("an agreed renewal of an agreement named without its partner renews the one the report named") {
  auto r = parse_review("agreed_renewal_named_before.txt");
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].relation == "renewed");
  CHECK(r.agreements[0].partners == Strings{"bavaria"});
  CHECK(r.agreements[0].year == "2018");
}

TEST_CASE("a roadmap is no itinerary: 'Feuille de route :' names no places") {
  auto r = parse_review("roadmap_label.txt");
  bool planned = false;
  for (const auto& a : r.agreements)
    planned |= a.relation == "plans_update" && a.partners == Strings{"bavaria"};
  CHECK(planned);
}

// Review 33 (tests/data/review33): what the fixes of review 32 and the
// session's other rules still got wrong.
TEST_CASE("a delegation field ends with its whole last member, and its list with a blank line or a heading") {
  auto field = parse_review("d8_en_field_then_sentence.txt", "review33");
  REQUIRE(field.mission.delegation.size() == 1);
  CHECK(field.mission.delegation[0].title == "Minister of International Relations");
  CHECK(std::any_of(field.agreements.begin(), field.agreements.end(),
                    [](const AgreementMention& a) { return a.relation == "produced"; }));
  auto wrapped = parse_review("d2_wrapped_comma.txt", "review33");
  REQUIRE(!wrapped.mission.delegation.empty());
  CHECK(wrapped.mission.delegation[0].title ==
        "ministre des Relations internationales et de la Francophonie, responsable de la région de la "
        "Capitale-Nationale");
  auto heading = parse_review("d12_heading_then_list.txt", "review33");
  for (const auto& d : heading.mission.delegation)
    CHECK(d.name != "Principales rencontres");
  auto hyphen = parse_review("d4_hyphen_field.txt", "review33");
  REQUIRE(hyphen.mission.delegation.size() >= 2);
  CHECK(hyphen.mission.delegation[1].title == "ministre-délégué à l'Économie");
}

TEST_CASE("an agreed renewal is of the agreement itself, with a new term") {
  auto relation_of_last = [](const std::string& name) {
    auto r = parse_review(name, "review33");
    return r.agreements.empty() ? std::string() : r.agreements.front().relation;
  };
  CHECK(relation_of_last("g1_prolonger_discussions.txt") != "renewed");
  CHECK(relation_of_last("g2_old_term_valid.txt") == "plans_update");
  CHECK(relation_of_last("g9_en_extend.txt") != "renewed");
  CHECK(relation_of_last("g3_prochaines_annees.txt") == "renewed");
}

TEST_CASE("a table of agreements by year and a list of agreements with their years stay what they were") {
  auto table = parse_review("t5_date_agreements.txt", "review33");
  std::vector<std::string> partners;
  for (const auto& a : table.agreements)
    partners.push_back(a.partners.empty() ? "" : a.partners.front());
  CHECK(std::find(partners.begin(), partners.end(), "qingdao") != partners.end());
  auto list = parse_review("h1_list_brackets.txt", "review33");
  CHECK(std::any_of(list.agreements.begin(), list.agreements.end(),
                    [](const AgreementMention& a) { return a.year == "2018"; }));
}

TEST_CASE("an end told after a clause with its own verb is another thing's") {
  auto r = parse_review("e1_project_ended.txt", "review33");
  for (const auto& a : r.agreements)
    CHECK(std::none_of(a.stated.begin(), a.stated.end(),
                       [](const AgreementEvent& e) { return e.type == "expired"; }));
}

TEST_CASE("an itinerary told in a sentence is no list of places, and a document's author line is a "
          "recommendation") {
  auto itinerary = parse_review("i2_itin_label.txt", "review33");
  CHECK(std::any_of(itinerary.agreements.begin(), itinerary.agreements.end(), [](const AgreementMention& a) {
    return a.relation == "produced" && a.partners == Strings{"nuremberg"};
  }));
  auto prepared = parse_review("s2_note_in_recs.txt", "review33");
  CHECK(
      std::any_of(prepared.mission.recommendations.begin(), prepared.mission.recommendations.end(),
                  [](const Recommendation& rec) { return rec.text.rfind("Document prepared by", 0) == 0; }));
}

// Belgium's French-speaking community signs its own agreements with Québec; its name is no
// pair of Wallonia and Brussels.
TEST_CASE("Wallonie-Bruxelles is one partner, the French-speaking community of Belgium") {
  auto r =
      parse_lines({"RAPPORT DE MISSION", "", "Lieux : Bruxelles (Belgique)", "Dates : 12 au 15 mai 2025", "",
                   "La Commission mixte permanente Québec–Wallonie-Bruxelles a adopté le programme de "
                   "travail 2025-2027.",
                   "Une entente en éducation a été signée avec Wallonie-Bruxelles International (WBI) le 14 "
                   "mai 2025.",
                   "L'entente de 1999 avec la Communauté française de Belgique devra être mise à jour.",
                   "Un protocole avec la Communauté flamande a aussi été évoqué."});
  REQUIRE(r.agreements.size() >= 3);
  for (std::size_t i = 0; i < 3; ++i)
    CHECK(r.agreements[i].partners == Strings{"wallonia-brussels-federation"});
  CHECK(r.agreements[2].relation == "plans_update");
  CHECK(r.agreements[2].year == "1999");
  CHECK(gazetteer().resolve_slug("Communauté flamande") == std::optional<std::string>("flanders"));
}

// Trial 32: "a participé au renouvellement" was a renewal still to do, and the
// renewal told again with its year, then listed in the results, made two
// more agreements with the mission's country.
TEST_CASE("a renewal the minister took part in, told again with its year and listed, is one renewal") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Liège, Gand et Bruxelles (Belgique)", "Dates : 13 au 18 mai 2019",
       "", "DÉROULEMENT", "",
       "Le 17 mai, la ministre a participé au renouvellement de l'entente entre l'Agence",
       "Québec-Wallonie-Bruxelles pour la jeunesse et le Bureau International Jeunesse. L'entente",
       "de 2014 a été renouvelée pour cinq ans.", "", "RÉSULTATS", "",
       "- Renouvellement de l'entente jeunesse (2014);", "- Rencontre avec le ministre-président."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].relation == "renewed");
  CHECK(r.agreements[0].partners == Strings{"wallonia-brussels-federation"});
  CHECK(r.agreements[0].year == "2014");
  CHECK(r.agreements[0].title == "Entente Québec–Fédération Wallonie-Bruxelles : jeunesse (2014)");
}

// Trial 32: a trip's two legs in one line gave the first leg's days only,
// and "(iii)" made no item of its own.
TEST_CASE("a trip's legs parted by a semicolon make its range, and (iii) is an item") {
  auto r = parse_bytes("REPORT ON THE MISSION TO RWANDA AND SEYCHELLES\n"
                       "(Kigali, 10-12 February 2020; Victoria, Mahé, 13-15 February 2020)\n\nSummary\n\n"
                       "The mission met ministers in both countries.\n\nFollow-up actions recommended\n\n"
                       " (i)   Establish a steering committee before the end of 2020.\n"
                       " (ii)  Draft a research protocol with the Fishing Authority.\n"
                       " (iii) Plan a review of the 2015 Québec–Rwanda agreement in 2024.\n");
  CHECK(r.mission.start_date == "2020-02-10");
  CHECK(r.mission.end_date == "2020-02-15");
  REQUIRE(r.mission.recommendations.size() == 3);
  CHECK(r.mission.recommendations[2].text.rfind("Plan a review", 0) == 0);
}

// Trial 32: a typewritten report of 1994. Its subject wrapped in capitals was
// cut, so the mission's place was the Paris of a member's title; an
// agreement's name in capitals wrapped onto the next line was a heading, so
// the city it was signed in was its partner; a member whose title holds
// "Delegation" was a heading; "ce protocole est desuet" was no agreement, so
// the update went to the new one after the semicolon.
TEST_CASE("a typewritten report of 1994 gives its subject, places, delegation, agreements and date") {
  auto r = parse_review("1994-11_mission_rhone-alpes.txt", "trial32");
  CHECK(r.mission.title == "MISSION DU MINISTRE DELEGUE A LA REGION RHONE-ALPES (LYON ET GRENOBLE)");
  CHECK(r.mission.ministry == "MINISTERE DES AFFAIRES INTERNATIONALES");
  std::vector<std::string> places;
  for (const auto& p : r.mission.places)
    places.push_back(p.partner);
  CHECK(places == Strings{"auvergne-rhone-alpes", "lyon", "grenoble"});
  REQUIRE(r.mission.delegation.size() == 4);
  CHECK(r.mission.delegation[3].name == "Gilles Paquin");
  CHECK(r.mission.report_date == "1994-11-21");
  std::vector<std::string> got;
  for (const auto& a : r.agreements)
    got.push_back(a.kind + " " + a.relation + " " + a.year + " " + (a.partners.empty() ? "" : a.partners[0]));
  CHECK(got == Strings{"agreement produced 1994 auvergne-rhone-alpes",
                       "mou plans_update 1987 auvergne-rhone-alpes"});
}

// Trial 32: following up "la lettre d'intention sur l'intelligence
// artificielle par une mission à Guadalajara" made a second letter of intent
// with the city beside the one signed with Jalisco.
TEST_CASE("a letter of intent named again by its subject, with a city of its partner, is the same one") {
  auto r = parse_lines(
      {"RAPPORT DE MISSION", "", "Lieux : Mexico et Guadalajara (Mexique)", "Dates : 19 au 23 septembre 2022",
       "", "DÉROULEMENT", "",
       "Le 21 septembre, la sous-ministre a signé avec le secrétaire à l'Innovation de Jalisco une lettre "
       "d'intention sur l'intelligence artificielle.",
       "", "RECOMMANDATIONS", "",
       "1. Donner suite à la lettre d'intention sur l'intelligence artificielle par une mission "
       "d'entreprises à "
       "Guadalajara en 2023."});
  REQUIRE(r.agreements.size() == 1);
  CHECK(r.agreements[0].partners == Strings{"jalisco"});
  REQUIRE(r.recommendation_agreements.size() == 1);
  CHECK(r.recommendation_agreements[0] == std::vector<std::size_t>{0});
}

// Trial 32: the capital of Seychelles was no partner (a city under 100,000),
// "QUÉBEC MINISTRY OF ..." and "Africa and Middle East Directorate" were part
// of the title.
TEST_CASE("a small national capital is a place, and a ministry and directorate in capitals are no title") {
  auto r =
      parse_bytes("QUÉBEC MINISTRY OF INTERNATIONAL RELATIONS AND LA FRANCOPHONIE\n"
                  "Africa and Middle East Directorate\n\nREPORT ON THE MISSION TO RWANDA AND SEYCHELLES\n\n"
                  "Places: Kigali (Rwanda) and Victoria (Seychelles)\nDates: February 10-15, 2020\n\n"
                  "The Minister met the Minister of Fisheries in Victoria.\n");
  CHECK(r.mission.title == "REPORT ON THE MISSION TO RWANDA AND SEYCHELLES");
  CHECK(r.mission.ministry == "MINISTRY OF INTERNATIONAL RELATIONS AND LA FRANCOPHONIE");
  std::vector<std::string> places;
  for (const auto& p : r.mission.places)
    places.push_back(p.partner);
  CHECK(places == Strings{"kigali", "victoria-la-riviere-anglaise"});
}

// Review 34: a reference to "alinéas i) et / ii)" wrapped was a list; a
// subject in capitals swallowed the heading under it; a later meeting's date
// was the report's; an annex's "Subject:" was the title; a clinical protocol
// "approuvé en 2018" was an MOU.
TEST_CASE(
    "wrapped clause letters, a heading under a subject, a later date, an annex's subject, another protocol") {
  auto roman = parse_review("r12_wrapped_roman.txt", "review34");
  REQUIRE(!roman.agreements.empty());
  CHECK(roman.agreements[0].line == 8);
  auto heading = parse_review("r13_objet_then_heading2.txt", "review34");
  CHECK(heading.mission.title == "MISSION DE LA MINISTRE EN BAVIÈRE");
  CHECK(parse_review("r17_dateline_fp.txt", "review34").mission.report_date.empty());
  CHECK(parse_review("r16_subject_body.txt", "review34").mission.title == "Mission report");
  for (const auto& a : parse_review("r14_bare_protocole.txt", "review34").agreements)
    CHECK(a.line != 14);
}

// Trial 33: a memo as a PDF gives each label on its line and its value after
// a blank line; its running header was the title, the month of an earlier
// mission named in its subject was the visit's, and a signature glued to a
// rule was a recommendation.
TEST_CASE("a memo whose PDF parts labels from values, with a running header and a glued rule") {
  auto r = parse_bytes(
      "NOTE D INFORMATION - Direction Asie-Pacifique\nConfidentiel\n\nNOTE D'INFORMATION\n"
      "DESTINATAIRE :\n\nMonsieur Étienne Morin, sous-ministre\n\nDATE :\n\nLe 12 novembre 2025\n\n"
      "OBJET :\n\nSuivi de la mission au Shandong de mai 2024 et visite d'une délégation de\n"
      "la ville de Weifang à Québec (20 au 22 octobre 2025)\n\n1. CONTEXTE\n\n"
      "Le 21 octobre 2025, à Québec, le sous-ministre et le vice-maire de Weifang ont signé un "
      "protocole d'entente sur l'agroalimentaire.\n\n2. RECOMMANDATION\n\n"
      "Il est recommandé de créer un comité de suivi avec Weifang.\n\n"
      "------------------------------------------Préparé par : Karim Benali, directeur\n");
  CHECK(r.mission.title.rfind("Suivi de la mission au Shandong", 0) == 0);
  CHECK(r.mission.start_date == "2025-10-20");
  CHECK(r.mission.end_date == "2025-10-22");
  CHECK(r.mission.author.rfind("Karim Benali", 0) == 0);
  for (const auto& rec : r.mission.recommendations)
    CHECK(rec.text.find("Préparé") == std::string::npos);
}

// Trial 37: "The mission was led by Ms. X .... She was accompanied by Mr. Y,
// Director; Ms. Z, ...; and Mr. W, ..." in the delegation's section gave only
// Ms. Z; "Mme Mathieu-Lefebvre, Isabelle — ministre" (surname first) was lost.
TEST_CASE("a delegation told as sentences or with the surname first gives every member") {
  auto r = parse_lines(
      {"REPORT — QUÉBEC MISSION TO MIE PREFECTURE, JAPAN", "Tsu, 2–5 June 2025", "", "Delegation", "",
       "The mission was led by Ms. Martine Biron, Minister of International Relations and La "
       "Francophonie. She was accompanied by Mr. Hiroshi Tanaka-Bouchard, Director, Asia-Pacific; "
       "Ms. Élise Roberge, Political Advisor; and Mr. Vincent Lafrance, Head of the Québec "
       "Government Office in Tokyo."});
  std::vector<std::string> names;
  for (const auto& m : r.mission.delegation)
    names.push_back(m.name);
  CHECK(names == Strings{"Martine Biron", "Hiroshi Tanaka-Bouchard", "Élise Roberge", "Vincent Lafrance"});
  REQUIRE(r.mission.delegation.size() == 4);
  CHECK(r.mission.delegation[1].title == "Director, Asia-Pacific");
  // (As read from its file: "  Mme Mathieu-Lefebvre, Isabelle — ministre ...".)
  auto fr = parse_review("delegation_surname_first.txt", "trial37");
  REQUIRE(fr.mission.delegation.size() == 2);
  CHECK(fr.mission.delegation[0].name == "Isabelle Mathieu-Lefebvre");
  CHECK(fr.mission.delegation[0].title == "ministre de la Culture et des Communications");
}
