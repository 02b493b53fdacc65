#include "indexer/ingest.hpp"

#include "indexer/report_parser.hpp"
#include "indexer/text_reader.hpp"
#include "reference_data.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <string>

using entente::indexer::sha256_hex;

// Registries store each report's fingerprint and skip a file whose
// fingerprint they already hold: a hash that changed with its library would
// make every re-ingest redo every report. FIPS 180-2 test vectors.
TEST_CASE("sha256_hex gives the standard SHA-256 of its bytes", "[ingest]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  const std::string million(1'000'000, 'a');
  CHECK(sha256_hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  // Bytes are hashed as they are, NUL and high bytes included.
  CHECK(sha256_hex(std::string("\0\xff", 2)) ==
        "06eb7d6a69ee19e5fbdf749018d3d2abfa04bcbd1365db312eb86dc7169389b8");
}

namespace {

// What a mission of 3-7 March 2019 to Munich gives the registry for a report
// whose results hold the one item `item`.
entente::MissionInput ingest_item(const std::string& item, const std::string& dates = "du 3 au 7 mars 2019") {
  using namespace entente::indexer;
  SourceText text;
  text.format = "txt";
  text.encoding = "utf-8";
  text.lines = {"RAPPORT DE MISSION",
                "",
                "Lieux : Munich (Allemagne)",
                "Dates de la mission : " + dates,
                "",
                "RÉSULTATS OBTENUS",
                "",
                "- " + item};
  auto parsed =
      parse_report(text, ParseContext{entente::test::bundled_gazetteer(), entente::test::bundled_taxonomy()});
  return to_mission_input(parsed, text, "r.txt", "sha", 1);
}

// The signing date given to what a mission of 3-7 March 2019 signed, as the
// sentence `item` words it.
std::string signed_date_of(const std::string& item, const std::string& dates = "du 3 au 7 mars 2019") {
  auto in = ingest_item(item, dates);
  REQUIRE(in.agreements.size() == 1);
  REQUIRE(in.agreements[0].relation == "produced");
  return in.agreements[0].draft.signed_date;
}

} // namespace

// A trial with reports written for it (session 12): every signature was
// dated by the mission's first day, whatever day the sentence gave.
TEST_CASE("a signature is dated by the day its sentence gives, within the mission", "[ingest]") {
  CHECK(signed_date_of("Une entente avec la Bavière a été signée le 5 mars 2019.") == "2019-03-05");
  CHECK(signed_date_of("An agreement with Bavaria was signed on March 6, 2019.") == "2019-03-06");
  // The usual wording gives no year: the mission's.
  CHECK(signed_date_of("Une entente avec la Bavière a été signée le 4 mars à Munich.") == "2019-03-04");
  CHECK(signed_date_of("An agreement with Bavaria was signed on March 6 in Munich.") == "2019-03-06");
  CHECK(signed_date_of("Une entente avec la Bavière a été signée durant la mission, du 3 au 7 mars.") ==
        "2019-03-03");
  // Another day in the sentence: no guess.
  CHECK(signed_date_of(
            "Après la rencontre du 4 mars avec le ministre, une entente avec la Bavière a été signée "
            "le 6 mars.") == "2019-03-03");
  // Across the new year, the day takes the year that puts it in the mission.
  CHECK(signed_date_of("Une entente avec la Bavière a été signée le 2 janvier.",
                       "du 30 décembre 2019 au 3 janvier 2020") == "2020-01-02");
  // No day, or a day outside the mission: the mission's first day.
  CHECK(signed_date_of("Une entente avec la Bavière a été signée.") == "2019-03-03");
  CHECK(signed_date_of("Une entente avec la Bavière a été signée le 25 mars 2019.") == "2019-03-03");
  // Trial 16: the day told in the sentence before, in its paragraph.
  CHECK(
      signed_date_of("Le 5 mars, la ministre a été reçue par le ministre-président. Lors de cette cérémonie, "
                     "une entente avec la Bavière a été signée.") == "2019-03-05");
  CHECK(signed_date_of("Wednesday, March 6 – Munich. The Minister and the Bavarian State Minister signed an "
                       "agreement with Bavaria.") == "2019-03-06");
}

// The trial of session 13: a renewal "signé à Bruxelles le 3 avril 2018"
// was dated by the mission's first day, and its five-year term was lost.
TEST_CASE("a renewal is dated by the day its sentence gives, and keeps its term", "[ingest]") {
  using namespace entente::indexer;
  SourceText text;
  text.format = "txt";
  text.encoding = "utf-8";
  text.lines = {
      "RAPPORT DE MISSION",
      "",
      "Lieux : Bruxelles (Belgique)",
      "Dates de la mission : du 1er au 4 avril 2018",
      "",
      "RÉSULTATS OBTENUS",
      "",
      "- L’Entente de 2008 avec la Wallonie a été renouvelée pour une période de cinq ans, par échange "
      "de lettres signé à Bruxelles le 3 avril 2018."};
  auto parsed =
      parse_report(text, ParseContext{entente::test::bundled_gazetteer(), entente::test::bundled_taxonomy()});
  auto in = to_mission_input(parsed, text, "r.txt", "sha", 1);
  REQUIRE(in.agreements.size() == 1);
  CHECK(in.agreements[0].relation == "renewed");
  CHECK(in.agreements[0].draft.signed_date == "2008");
  CHECK(in.agreements[0].event_date == "2018-04-03");
  CHECK(in.agreements[0].term_years == 5);
}

// Trial 14: "a été résiliée en 2020", "n'est plus en vigueur" were read as
// mere references. An end without its date is known as of the mission.
TEST_CASE("an end the report states is kept with its date or the mission's", "[ingest]") {
  using namespace entente::indexer;
  SourceText text;
  text.format = "txt";
  text.encoding = "utf-8";
  text.lines = {"RAPPORT DE MISSION",
                "",
                "Lieux : Munich (Allemagne)",
                "Dates de la mission : du 3 au 7 mars 2019",
                "",
                "CONTEXTE",
                "",
                "L'entente de 1998 avec la Bavière n'est plus en vigueur.",
                "L'entente de 2005 avec la Bavière sur la culture a été résiliée en 2017.",
                "L'entente de 2011 avec la Bavière sur l'éducation n'a jamais été résiliée."};
  auto parsed =
      parse_report(text, ParseContext{entente::test::bundled_gazetteer(), entente::test::bundled_taxonomy()});
  auto in = to_mission_input(parsed, text, "r.txt", "sha", 1);
  REQUIRE(in.agreements.size() == 3);
  std::map<std::string, std::string> ends;
  for (const auto& a : in.agreements)
    ends[a.draft.signed_date] = a.stated.empty() ? "none" : a.stated[0].type + " " + a.stated[0].date;
  CHECK(ends["1998"] == "expired 2019-03-03");
  CHECK(ends["2005"] == "terminated 2017");
  CHECK(ends["2011"] == "none");
  for (const auto& a : in.agreements) {
    for (const auto& e : a.stated)
      CHECK(e.evidence == text.lines[static_cast<std::size_t>(e.line.value_or(1) - 1)]);
  }
}

namespace {

// What ingest makes of a report of a mission of 5-11 June 1999 to Louisiana,
// written as `lines` after its header.
entente::MissionInput louisiana_input(const std::vector<std::string>& lines) {
  using namespace entente::indexer;
  SourceText text;
  text.format = "txt";
  text.encoding = "utf-8";
  text.lines = {"RAPPORT DE MISSION", "", "Lieux : Baton Rouge, Lafayette (Louisiane)",
                "Dates de la mission : du 5 au 11 juin 1999", ""};
  text.lines.insert(text.lines.end(), lines.begin(), lines.end());
  auto parsed =
      parse_report(text, ParseContext{entente::test::bundled_gazetteer(), entente::test::bundled_taxonomy()});
  return to_mission_input(parsed, text, "r.txt", "sha", 1);
}

// The event dates of what that mission signed or renewed.
std::vector<std::string> event_dates_of(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& a : louisiana_input(lines).agreements)
    out.push_back(a.relation + " " + a.event_date);
  return out;
}

// "type:date" of the ends its report states.
std::vector<std::string> stated_ends_of(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const auto& a : louisiana_input(lines).agreements)
    for (const auto& e : a.stated)
      out.push_back(e.type + ":" + e.date);
  return out;
}

} // namespace

// Trial 23: seven signings were dated by the mission's first day when a day
// heading ("Lundi 7 juin — Baton Rouge") or "Lors de la même cérémonie" said
// which day.
TEST_CASE("a signing is dated by the day heading above it or the ceremony told before", "[ingest]") {
  CHECK(event_dates_of({"DÉROULEMENT", "", "Lundi 7 juin — Baton Rouge", "",
                        "Au Capitole, la ministre et le gouverneur de la Louisiane ont signé l'Entente de "
                        "coopération culturelle entre le Québec et la Louisiane."}) ==
        std::vector<std::string>{"produced 1999-06-07"});
  CHECK(
      event_dates_of({"DÉROULEMENT", "",
                      "Le 9 juin 1999, la ministre et le gouverneur de la Louisiane ont signé une entente de "
                      "coopération culturelle.",
                      "",
                      "Lors de la même cérémonie, les deux ministres ont renouvelé le protocole d'entente de "
                      "1984 avec la Louisiane sur l'éducation."}) ==
      std::vector<std::string>{"produced 1999-06-09", "renewed 1999-06-09"});
  // Trial 31: "A letter of intent ... was also signed" after the MOU of July 2
  // took the mission's first day.
  CHECK(event_dates_of({"DÉROULEMENT", "",
                        "On June 9, 1999, the Minister and the Governor of Louisiana signed a Memorandum of "
                        "Understanding on culture. A letter of intent on research was also signed with the "
                        "Louisiana Board of Regents."}) ==
        std::vector<std::string>{"produced 1999-06-09", "produced 1999-06-09"});
  // A heading without a day: the mission's first.
  CHECK(event_dates_of({"DÉROULEMENT", "", "Baton Rouge", "",
                        "La ministre et le gouverneur de la Louisiane ont signé une entente culturelle."}) ==
        std::vector<std::string>{"produced "});
}

// A memo titled only by its kind ("NOTE", "NOTE AU MINISTRE") is named by
// where and when the mission went, like a "Rapport de mission".
TEST_CASE("a memo titled by its kind alone is named by its places and month", "[ingest]") {
  using namespace entente::indexer;
  SourceText text;
  text.format = "txt";
  text.encoding = "utf-8";
  text.lines = {"NOTE",
                "",
                "DESTINATAIRE : Madame la Ministre",
                "Lieux : Jinan (Chine)",
                "Dates de la mission : du 3 au 7 mars 2019",
                "",
                "La mission a eu lieu."};
  auto parsed =
      parse_report(text, ParseContext{entente::test::bundled_gazetteer(), entente::test::bundled_taxonomy()});
  auto in = to_mission_input(parsed, text, "r.txt", "sha", 1);
  CHECK(in.mission.title == "Mission : Jinan (mars 2019)");
}

// Trial 28: a press release's label and a directorate's name were the titles.
TEST_CASE("a press release's label or a directorate's name alone is no title", "[ingest]") {
  using namespace entente::indexer;
  // (Trial 35: nor a banner, "REPORT ON AN OFFICIAL MISSION OUTSIDE CANADA".)
  for (const char* label :
       {"COMMUNIQUÉ DE PRESSE", "Direction Amériques", "REPORT ON AN OFFICIAL MISSION OUTSIDE CANADA"}) {
    CAPTURE(label);
    SourceText text;
    text.format = "txt";
    text.encoding = "utf-8";
    text.lines = {label,
                  "",
                  "Lieux : Jinan (Chine)",
                  "Dates de la mission : du 3 au 7 mars 2019",
                  "",
                  "La mission a eu lieu."};
    auto parsed = parse_report(
        text, ParseContext{entente::test::bundled_gazetteer(), entente::test::bundled_taxonomy()});
    auto in = to_mission_input(parsed, text, "r.txt", "sha", 1);
    CHECK(in.mission.title == "Mission : Jinan (mars 2019)");
  }
}

// Trial 23: the executive summary's "a permis de signer un protocole" stood
// for the signing, and its paragraph's "Le 16 novembre 2021, ... ont signé"
// was merged away with its day.
TEST_CASE("a signing told in a summary and then with its day is dated and cited by the day", "[ingest]") {
  CHECK(event_dates_of(
            {"SOMMAIRE", "",
             "La mission a permis de signer une entente de coopération culturelle avec la Louisiane.", "",
             "DÉROULEMENT", "",
             "Le 9 juin 1999, la ministre et le gouverneur de la Louisiane ont signé l'Entente de "
             "coopération culturelle."}) == std::vector<std::string>{"produced 1999-06-09"});
}

TEST_CASE("a signing item under a day heading is dated by it", "[ingest]") {
  CHECK(event_dates_of({"DÉROULEMENT DE LA MISSION", "", "Mercredi 9 juin, Lafayette", "",
                        "- Audience auprès du gouverneur de la Louisiane.",
                        "- Signature, au Capitole de l'État, de l'Entente de coopération culturelle entre le "
                        "gouvernement du Québec et la Louisiane, par la ministre et le gouverneur."}) ==
        std::vector<std::string>{"produced 1999-06-09"});
}

// Trial 24: "Le lendemain, la ministre ... ont signé" under "Mardi 7 juin"
// was dated by the mission's first day.
TEST_CASE("a signing the day after the day told is dated by that day plus one", "[ingest]") {
  CHECK(event_dates_of({"DÉROULEMENT", "", "Lundi 7 juin — Baton Rouge", "",
                        "Le lendemain, la ministre et le gouverneur de la Louisiane ont signé une entente de "
                        "coopération culturelle."}) == std::vector<std::string>{"produced 1999-06-08"});
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le 7 juin, la ministre a rencontré le gouverneur. Deux jours plus tard, la ministre et le "
             "gouverneur de la Louisiane ont signé une entente de coopération culturelle."}) ==
        std::vector<std::string>{"produced 1999-06-09"});
  // Told in the paragraph of the signing before it.
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le 7 juin, la ministre et le gouverneur de la Louisiane ont signé une entente de "
             "coopération culturelle.",
             "",
             "Le lendemain, la ministre et le maire de Lafayette ont signé un protocole d'entente sur "
             "l'éducation."}) == std::vector<std::string>{"produced 1999-06-07", "produced 1999-06-08"});
  // Past the mission's last day: no guess.
  CHECK(event_dates_of(
            {"DÉROULEMENT", "", "Vendredi 11 juin — Lafayette", "",
             "Trois jours plus tard, la ministre et le gouverneur de la Louisiane ont signé une entente "
             "de coopération culturelle."}) == std::vector<std::string>{"produced "});
}

// Trial 25: "On the second day" was dated by the mission's first day.
TEST_CASE("a signing on the nth day of the mission is dated by that day", "[ingest]") {
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le deuxième jour de la mission, la ministre et le gouverneur de la Louisiane ont signé "
             "une entente de coopération culturelle."}) == std::vector<std::string>{"produced 1999-06-06"});
  CHECK(event_dates_of({"DÉROULEMENT", "", "Jour 3 — Lafayette", "",
                        "La ministre et le maire de Lafayette ont signé un protocole d'entente sur "
                        "l'éducation."}) == std::vector<std::string>{"produced 1999-06-07"});
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le dernier jour, la ministre et le gouverneur de la Louisiane ont signé une entente de "
             "coopération culturelle."}) == std::vector<std::string>{"produced 1999-06-11"});
  // Past the mission's last day, or not at the sentence's head: no guess.
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le dixième jour, la ministre et le gouverneur de la Louisiane ont signé une entente de "
             "coopération culturelle."}) == std::vector<std::string>{"produced "});
  CHECK(event_dates_of({"DÉROULEMENT", "",
                        "La ministre et le gouverneur de la Louisiane ont signé une entente de coopération "
                        "culturelle, qui entrera en vigueur le premier jour du mois suivant."}) ==
        std::vector<std::string>{"produced "});
}

// Trial 28: "On the final day of the mission, ..." and "a été signé le
// deuxième jour" were dated by the mission's first day.
TEST_CASE("a signing on the nth day told after the verb or with 'the' is dated by that day", "[ingest]") {
  CHECK(
      event_dates_of({"DÉROULEMENT", "",
                      "On the final day of the mission, the Minister and the Governor of Louisiana signed a "
                      "cultural cooperation agreement."}) == std::vector<std::string>{"produced 1999-06-11"});
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "L'entente de coopération culturelle avec la Louisiane a été signée le deuxième jour."}) ==
        std::vector<std::string>{"produced 1999-06-06"});
}

// Trial 25: the day of a diary heading run into the sentence, told again.
TEST_CASE("a diary's day run into a sentence that dates it again dates the signing", "[ingest]") {
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Mardi 8 juin, Lafayette : le 8 juin 1999, la ministre et le gouverneur de la Louisiane "
             "ont signé une entente de coopération culturelle."}) ==
        std::vector<std::string>{"produced 1999-06-08"});
}

// Trial 26: "3.2 Le 10 mars 2004, ... ont procédé au renouvellement ..., soit
// jusqu'au 31 mars 2009": two days, so the renewal took the mission's first.
TEST_CASE("the day a numbered sentence opens on dates what it tells, whatever days follow", "[ingest]") {
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "3.2 Le 8 juin 1999, la ministre et le gouverneur de la Louisiane ont signé une entente de "
             "coopération culturelle, valable jusqu'au 31 mars 2004."}) ==
        std::vector<std::string>{"produced 1999-06-08"});
  // Not opening on it: the one of its days within the mission (trial 28's
  // "| 07/02/2024 | Signé durant la mission | 07/02/2029 |").
  CHECK(
      event_dates_of({"DÉROULEMENT", "",
                      "La ministre et le gouverneur de la Louisiane ont signé le 8 juin 1999 une entente de "
                      "coopération culturelle, valable jusqu'au 31 mars 2004."}) ==
      std::vector<std::string>{"produced 1999-06-08"});
  CHECK(event_dates_of(
            {"RÉSULTATS", "",
             "| Entente de coopération culturelle | Louisiane | 08/06/1999 | Signée durant la mission | "
             "08/06/2004 |"}) == std::vector<std::string>{"produced 1999-06-08"});
  // Two days within it: none known.
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "La ministre et le gouverneur de la Louisiane, reçus le 6 juin 1999, ont signé le 8 juin "
             "1999 une entente de coopération culturelle."}) == std::vector<std::string>{"produced "});
}

// Trial 26: "the expired 2010 MOU" beside "which expired in 2020" gave it a
// second end, on the mission's first day.
TEST_CASE("an end the report dates elsewhere is not dated again by the mission", "[ingest]") {
  CHECK(stated_ends_of(
            {"DÉROULEMENT", "",
             "The Minister noted that the 1990 MOU with Louisiana on culture, which expired in 1995, was "
             "never renewed.",
             "", "RECOMMENDATIONS", "",
             "- Negotiate with Louisiana a successor to the expired 1990 MOU on culture."}) ==
        std::vector<std::string>{"expired:1995"});
  // A year, and the day in that year: the day.
  CHECK(
      stated_ends_of({"DÉROULEMENT", "",
                      "The Minister noted that the 1990 MOU with Louisiana on culture expired in 1995.", "",
                      "RECOMMENDATIONS", "",
                      "- Renew the 1990 MOU with Louisiana on culture, which expired on March 31, 1995."}) ==
      std::vector<std::string>{"expired:1995-03-31"});
}

// Trial 27: "On 7 September ... signed an MOU. The MOU on culture was
// renewed." dated the renewal by the other signing's day.
TEST_CASE("a day told before another instrument's signing does not date the next one", "[ingest]") {
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le 7 juin, la ministre et le gouverneur de la Louisiane ont signé une entente de "
             "coopération culturelle. Le protocole d'entente de 1984 avec la Louisiane sur l'éducation a "
             "été renouvelé."}) == std::vector<std::string>{"produced 1999-06-07", "renewed "});
  // Going on from it: that day.
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le 7 juin, la ministre et le gouverneur de la Louisiane ont signé une entente de "
             "coopération culturelle. À cette occasion, le protocole d'entente de 1984 avec la Louisiane "
             "sur l'éducation a été renouvelé."}) ==
        std::vector<std::string>{"produced 1999-06-07", "renewed 1999-06-07"});
}

// Session 18 review: relative days and ceremonies only from the sentence's
// head, and not across another day told between.
TEST_CASE("session 18 review: a relative day is read only where it opens the sentence", "[ingest]") {
  CHECK(event_dates_of(
            {"DÉROULEMENT", "",
             "Le 7 juin, la ministre a rencontré le gouverneur. Ils ont signé une entente de coopération "
             "culturelle avec la Louisiane, avant le départ de la délégation pour Lafayette le "
             "lendemain."}) == std::vector<std::string>{"produced 1999-06-07"});
  CHECK(event_dates_of(
            {"DÉROULEMENT", "", "Lundi 7 juin — Baton Rouge", "",
             "Le 7 juin, la ministre et le gouverneur de la Louisiane ont signé une entente culturelle.", "",
             "Mercredi 9 juin — Lafayette", "",
             "La ministre a participé au forum. À cette occasion, elle et le maire de Lafayette ont signé "
             "un protocole d'entente sur l'éducation."}) ==
        std::vector<std::string>{"produced 1999-06-07", "produced 1999-06-09"});
}

namespace {

// The signing date recorded for the one agreement a mission of 3-7 March
// 2019 names in `item`, whatever its relation.
std::string recorded_signed_date(const std::string& item) {
  auto in = ingest_item(item);
  REQUIRE(in.agreements.size() == 1);
  return in.agreements[0].draft.signed_date;
}

} // namespace

// Trial 34: "signée le 17 octobre 2008", "signed in Chicago on June 3, 2016":
// an agreement signed before the mission kept only its year.
TEST_CASE("an agreement signed before the mission keeps the day its sentence gives", "[ingest]") {
  CHECK(recorded_signed_date(
            "Les parties ont fait le point sur l'entente avec la Bavière, signée le 17 octobre "
            "2008.") == "2008-10-17");
  CHECK(recorded_signed_date("The two sides reviewed the Memorandum of Understanding between Québec and "
                             "Bavaria, signed in Munich on June 3, 2016.") == "2016-06-03");
  CHECK(recorded_signed_date("L'entente de 2008 avec la Bavière, signée le 17 octobre 2008, doit être "
                             "actualisée.") == "2008-10-17");
  // A year alone stays a year; a day of another year is not the signing's.
  CHECK(recorded_signed_date("L'entente avec la Bavière, signée en 2008, a été évoquée.") == "2008");
  CHECK(recorded_signed_date("L'entente de 2008 avec la Bavière a été évoquée le 5 mars 2019.") == "2008");
  // Trial 35: nine days of earlier signings were cut to their years.
  CHECK(recorded_signed_date(
            "L'Accord de coopération entre le Québec et la Bavière, signé le 22 novembre 1989, "
            "demeure le cadre de nos relations.") == "1989-11-22");
  CHECK(recorded_signed_date("L'Accord de coopération avec la Bavière a été signé le 22 novembre 1989.") ==
        "1989-11-22");
  CHECK(recorded_signed_date("L'entente avec la Bavière, conclue le 8 juin 1999, sera révisée.") ==
        "1999-06-08");
  CHECK(recorded_signed_date("Le programme de travail avec la Bavière, adopté le 14 juin 2017, est échu.") ==
        "2017-06-14");
  CHECK(recorded_signed_date("The MOU with Bavaria, signed on 2013-03-21, should be updated.") ==
        "2013-03-21");
  CHECK(recorded_signed_date("L'entente avec la Bavière, signée le 12/05/2011, est échue.") == "2011-05-12");
  CHECK(recorded_signed_date("The MOU with Bavaria was signed on 21 March 2013.") == "2013-03-21");
  CHECK(
      recorded_signed_date("La déclaration conjointe avec la Bavière, signée à Munich le 12/05/2011 pour une "
                           "période de trois ans, est arrivée à échéance.") == "2011-05-12");
  // After a long name (review 37: the year was lost).
  CHECK(recorded_signed_date(
            "Le protocole d'entente MAPAQ–Bavière en matière de pêches et d'aquaculture, signé le "
            "2014-06-12, arrivera à échéance le 2019-06-12.") == "2014-06-12");
  // Not a day told of something else.
  CHECK(recorded_signed_date("The MOU with Bavaria was signed in 2013, and the exhibition opened on 21 March "
                             "2015.") == "2013");
}
