#include "indexer/pdf_reader.hpp"
#include "indexer/text_reader.hpp"
#include "tests/support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <functional>

using namespace entente::indexer;
using entente::test::TempDir;
using entente::test::test_data;
using entente::test::write_file;

namespace {

bool has_note(const SourceText& t, const std::string& prefix) {
  return std::any_of(t.notes.begin(), t.notes.end(),
                     [&](const std::string& n) { return n.rfind(prefix, 0) == 0; });
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const ReadError& e) {
    return e.what();
  }
  return "";
}

} // namespace

TEST_CASE("plain UTF-8 keeps lines and numbering") {
  auto t = read_text_bytes("Lieux : Jinan\n\nDates : 2 au 10 septembre 2017\n");
  CHECK(t.format == "txt");
  CHECK(t.encoding == "utf-8");
  REQUIRE(t.lines.size() == 3);
  CHECK(t.lines[0] == "Lieux : Jinan");
  CHECK(t.lines[1].empty());
  CHECK(t.lines[2] == "Dates : 2 au 10 septembre 2017");
  CHECK(t.notes.empty());
}

TEST_CASE("a UTF-8 byte order mark is dropped and named") {
  auto t = read_text_bytes("\xEF\xBB\xBF"
                           "Québec\n");
  CHECK(t.encoding == "utf-8-bom");
  REQUIRE(t.lines.size() == 1);
  CHECK(t.lines[0] == "Québec");
}

TEST_CASE("Windows-1252 is detected and converted") {
  // ’ is 0x92 and « » are 0xAB 0xBB in Windows-1252.
  auto t = read_text_bytes("L\x92\xE9t\xE9 \xAB sant\xE9 \xBB\r\n"
                           "Deuxi\xE8me ligne\r\n");
  CHECK(t.encoding == "windows-1252");
  CHECK(has_note(t, "converted from windows-1252"));
  CHECK(has_note(t, "CRLF"));
  REQUIRE(t.lines.size() == 2);
  CHECK(t.lines[0] == "L’été « santé »");
  CHECK(t.lines[1] == "Deuxième ligne");
}

TEST_CASE("ISO-8859-1 without Windows-only bytes is named as such") {
  auto t = read_text_bytes("Qu\xE9"
                           "bec et Bavi\xE8re\n");
  CHECK(t.encoding == "iso-8859-1");
  CHECK(has_note(t, "converted from iso-8859-1"));
  REQUIRE(t.lines.size() == 1);
  CHECK(t.lines[0] == "Québec et Bavière");
}

TEST_CASE("UTF-16 with a byte order mark is converted") {
  std::string bytes = "\xFF\xFE";
  for (char c : std::string("Jinan\r\nQingdao\r\n")) {
    bytes.push_back(c);
    bytes.push_back('\0');
  }
  auto t = read_text_bytes(bytes);
  CHECK(t.encoding == "utf-16le");
  REQUIRE(t.lines.size() == 2);
  CHECK(t.lines[1] == "Qingdao");
}

TEST_CASE("CR-only and mixed line endings count as lines") {
  auto t = read_text_bytes("a\rb\r\nc\nd");
  REQUIRE(t.lines.size() == 4);
  CHECK(t.lines[3] == "d");
  CHECK(has_note(t, "CR line endings"));
}

TEST_CASE("odd spacing, NBSP, ligatures and NUL bytes are cleaned") {
  auto t = read_text_bytes(std::string("  Le\xC2\xA0\xC2\xA0"
                                       "financement \xEF\xAC\x81nal\t\tici  \n"
                                       "x\0y\n",
                                       38));
  REQUIRE(t.lines.size() == 2);
  CHECK(t.lines[0] == "Le financement final ici");
  CHECK(t.lines[1] == "xy");
  CHECK(has_note(t, "removed 1 NUL bytes"));
}

TEST_CASE("decomposed accents are composed") {
  auto t = read_text_bytes("Que\xCC\x81"
                           "bec\n");
  CHECK(t.lines[0] == "Québec");
}

TEST_CASE("form feeds: repeated headers, footers and page numbers are blanked, numbering kept") {
  std::string text = "Rapport de mission — Bavière 2019\n"
                     "Premier paragraphe.\n"
                     "Suite du texte.\n"
                     "Page 1 de 3\n"
                     "\fRapport de mission — Bavière 2019\n"
                     "Deuxième page.\n"
                     "- 2 -\n"
                     "\fRapport de mission — Bavière 2019\n"
                     "Troisième page.\n"
                     "3\n";
  auto t = read_text_bytes(text);
  REQUIRE(t.lines.size() == 10);
  CHECK(t.lines[0].empty());
  CHECK(t.lines[1] == "Premier paragraphe.");
  CHECK(t.lines[3].empty());
  CHECK(t.lines[4].empty());
  CHECK(t.lines[5] == "Deuxième page.");
  CHECK(t.lines[6].empty());
  CHECK(t.lines[7].empty());
  CHECK(t.lines[8] == "Troisième page.");
  CHECK(t.lines[9].empty());
  CHECK(has_note(t, "removed 3 repeated page header/footer lines"));
  CHECK(has_note(t, "removed 3 page numbers"));
}

// Trial 28: text copied out of a PDF, without form feeds; its running
// header, left after "Page 1 of 4", cut a sentence in two.
TEST_CASE("without form feeds, the page numbers part the pages and their running headers go") {
  std::string text = "MISSION REPORT\n"
                     "The Minister signed a Memorandum between the Gouvernement du\n"
                     "\n"
                     "                    Page 1 of 3\n"
                     "--------------------------------------------\n"
                     "MISSION REPORT - VIETNAM (SEPTEMBER 2023)      CONFIDENTIAL\n"
                     "\n"
                     "Québec and the Ministry of Education.\n"
                     "                    Page 2 of 3\n"
                     "--------------------------------------------\n"
                     "MISSION REPORT - VIETNAM (SEPTEMBER 2023)      CONFIDENTIAL\n"
                     "Recommendations.\n";
  auto t = read_text_bytes(text);
  REQUIRE(t.lines.size() == 12);
  CHECK(t.lines[0] == "MISSION REPORT");
  CHECK(t.lines[1] == "The Minister signed a Memorandum between the Gouvernement du");
  for (std::size_t i : {3, 4, 5, 8, 9, 10}) {
    CAPTURE(i);
    CHECK(t.lines[i].empty());
  }
  CHECK(t.lines[7] == "Québec and the Ministry of Education.");
  CHECK(t.lines[11] == "Recommendations.");
  CHECK(has_note(t, "removed 4 repeated page header/footer lines"));
}

// Review of session 21: with pages guessed from "Page 1 de 3" lines, a
// diary's day headings at the tops of pages and a bare year stay.
TEST_CASE("pages guessed from page numbers take only word-for-word repeats as furniture") {
  std::string text = "Jour 1 — 21 novembre\nVisite.\n2019\nPage 1 de 3\n"
                     "Jour 2 — 22 novembre\nSignature.\n2019\nPage 2 de 3\n"
                     "Jour 3 — 23 novembre\nRetour.\n";
  auto t = read_text_bytes(text);
  REQUIRE(t.lines.size() == 10);
  CHECK(t.lines[0] == "Jour 1 — 21 novembre");
  CHECK(t.lines[4] == "Jour 2 — 22 novembre");
  CHECK(t.lines[8] == "Jour 3 — 23 novembre");
  CHECK(t.lines[3].empty());
}

// Trial 29: "-- 4 --", the page marker of text pulled out of a PDF, closed
// a list of recommendations and was read as one.
TEST_CASE("a page number set between dashes is no text") {
  auto t = read_text_bytes("Suivi :\n  > Informer le ministère.\n\n-- 4 --\n\n-- 1 of 3 --\nFin.\n");
  REQUIRE(t.lines.size() == 7);
  CHECK(t.lines[1] == "> Informer le ministère.");
  CHECK(t.lines[3].empty());
  CHECK(t.lines[5].empty());
  CHECK(t.lines[6] == "Fin.");
  // A dash before a number alone may be a list's: it stays.
  CHECK(read_text_bytes("Étapes :\n- 4\nFin.\n").lines[1] == "- 4");
}

TEST_CASE("a line that repeats in the body is not a header") {
  auto t = read_text_bytes("Titre\nObjectifs\nTexte un.\n\fAutre\nObjectifs encore\nTexte deux.\n");
  CHECK(t.lines[1] == "Objectifs");
}

TEST_CASE("reading errors are clear") {
  CHECK(error_of([] { read_text_bytes(""); }) == "file is empty");
  CHECK(error_of([] { read_text_bytes(" \n\n\t\n"); }) == "file contains no text");
  std::string binary;
  for (int i = 0; i < 512; ++i)
    binary.push_back(static_cast<char>(i % 7));
  CHECK(error_of([&] { read_text_bytes(binary); }).find("looks binary") != std::string::npos);
  CHECK(error_of([] { read_text_bytes(std::string("PK\x03\x04rest", 8)); }).find("ZIP") != std::string::npos);
  ReadLimits small;
  small.max_bytes = 10;
  CHECK(error_of([&] { read_text_bytes("0123456789ABC", small); }).find("too large") != std::string::npos);
}

TEST_CASE("read_document checks the file type and size before reading") {
  TempDir dir;
  write_file(dir.path() / "r.docx", "x");
  CHECK(error_of([&] { read_document(dir.path() / "r.docx"); }).find("unsupported file type '.docx'") !=
        std::string::npos);
  CHECK(error_of([&] { read_document(dir.path() / "missing.txt"); }) == "file not found");
  write_file(dir.path() / "big.txt", std::string(2048, 'a'));
  ReadLimits small;
  small.max_bytes = 1024;
  CHECK(error_of([&] { read_document(dir.path() / "big.txt", small); }).find("too large") !=
        std::string::npos);
  write_file(dir.path() / "empty.txt", "");
  CHECK(error_of([&] { read_document(dir.path() / "empty.txt"); }) == "file is empty");
  write_file(dir.path() / "ok.TXT", "Bonjour\n");
  CHECK(read_document(dir.path() / "ok.TXT").lines.at(0) == "Bonjour");
}

TEST_CASE("the example report reads line for line") {
  auto t = read_document(test_data("reports/2017-09_sante_chine.txt"));
  CHECK(t.encoding == "utf-8");
  REQUIRE(t.lines.size() == 111);
  CHECK(t.lines[0] == "RAPPORT DE MISSION");
  CHECK(t.lines[8] == "Lieux : Shanghai, Qingdao, Jinan et Beijing");
  CHECK(t.lines[52] ==
        "- développer les collaborations dans le domaine médical et « institutionnaliser » les échanges "
        "avec la");
}

TEST_CASE("a PDF reads through poppler, running headers removed") {
  auto t = read_document(test_data("reports/2017-09_sante_chine.pdf"));
  CHECK(t.format == "pdf");
  CHECK(has_note(t, "2 PDF pages"));
  CHECK(std::find(t.lines.begin(), t.lines.end(), "Lieux : Shanghai, Qingdao, Jinan et Beijing") !=
        t.lines.end());
  CHECK(std::none_of(t.lines.begin(), t.lines.end(),
                     [](const std::string& l) { return l.find("Page 1 de 2") != std::string::npos; }));
  CHECK(std::none_of(t.lines.begin(), t.lines.end(), [](const std::string& l) {
    return l.find("Ministere de la Sante") != std::string::npos;
  }));
}

TEST_CASE("truncated, fake and encrypted PDFs are refused with a reason") {
  CHECK(error_of([] { read_document(test_data("reports/truncated.pdf")); }).find("truncated") !=
        std::string::npos);
  CHECK(error_of([] { read_pdf_bytes("hello"); }).find("not a PDF") != std::string::npos);
  CHECK(error_of([] { read_pdf_bytes("%PDF-1.4\ngarbage\n%%EOF\n"); }).find("cannot be opened") !=
        std::string::npos);
  CHECK(error_of([] { read_document(test_data("reports/encrypted.pdf")); }).find("encrypted") !=
        std::string::npos);
}

// Trial 19: runs of spaces collapse, and the columns of a table aligned by
// them ran together ("... (MSSS) 2019 -- en vigueur Protocole ...").
TEST_CASE("the columns of a table aligned by spaces keep their edges") {
  auto t = read_text_bytes("Bilan\n"
                           "  Entente                  Signée    État\n"
                           "  -----------------------  --------  ----------\n"
                           "  Entente en santé (MSSS)  2019      en vigueur\n"
                           "  Protocole (Weihai)       2025      nouveau\n"
                           "\n"
                           "Le ministre a signé.  Il est reparti.\n");
  REQUIRE(t.lines.size() == 7);
  CHECK(t.lines[1] == "Entente | Signée | État");
  CHECK(t.lines[3] == "Entente en santé (MSSS) | 2019 | en vigueur");
  CHECK(t.lines[4] == "Protocole (Weihai) | 2025 | nouveau");
  // Prose keeps one space, and a line of dashes under a title is no table.
  CHECK(t.lines[6] == "Le ministre a signé. Il est reparti.");
  auto titled = read_text_bytes("RÉSULTATS\n----------\nLe ministre  a signé.\n");
  CHECK(titled.lines[2] == "Le ministre a signé.");
}

// Trial 31: an itinerary laid out in columns of spaces, without a rule under
// its header, was read as one sentence of prose; its "Signature de
// l'entente" row took every city of the table as the agreement's partners.
TEST_CASE("columns aligned by spaces under a header of short names are a table, without a rule") {
  auto t = read_text_bytes("PROGRAMME\n\n"
                           "  Date          Ville          Activité\n"
                           "  24 février    Rabat          Rencontre avec le ministère de l'Emploi\n"
                           "  25 février    Rabat          Signature de l'entente sur la mobilité\n"
                           "  28 février    Abidjan        Départ\n"
                           "Le texte reprend ici.  Avec deux espaces après un point.\n");
  REQUIRE(t.lines.size() == 7);
  CHECK(t.lines[2] == "Date | Ville | Activité");
  CHECK(t.lines[4] == "25 février | Rabat | Signature de l'entente sur la mobilité");
  CHECK(t.lines[5] == "28 février | Abidjan | Départ");
  CHECK(t.lines[6] == "Le texte reprend ici. Avec deux espaces après un point.");
  // Prose with double spaces, or rows that do not line up, is no table.
  auto prose = read_text_bytes("La mission  a rencontré le ministre.\n"
                               "Puis  la délégation est partie pour Rabat.\n"
                               "Elle y a signé  une entente.\n");
  CHECK(prose.lines[0] == "La mission a rencontré le ministre.");
  auto ragged = read_text_bytes("Date   Ville\n"
                                "24 février   Rabat\n"
                                "25 février      Casablanca\n");
  CHECK(ragged.lines[1] == "24 février Rabat");
}

// Trial 34: an annex listing the agreements in columns of spaces, under a
// header that names them, was read as one sentence, and no row's year or
// end reached its agreement.
TEST_CASE("columns aligned by spaces under a header naming an agreement's columns are a table") {
  auto t = read_text_bytes(
      "ANNEX A\n\n"
      "No.  Title                                     Partner      Signed       Action\n"
      "1    Cooperation Agreement Québec–Bavaria      Bavaria      1989-05-29   In force; reference\n"
      "2    MOU on research in quantum science        Bavaria      2019-03-22   Expires 2024-03-21; renew\n"
      "\n"
      "Année  Partenaire  Instrument\n"
      "2015   Qingdao     Protocole d'entente\n"
      "2019   Jinan       Lettre d'intention\n");
  REQUIRE(t.lines.size() == 9);
  CHECK(t.lines[2] == "No. | Title | Partner | Signed | Action");
  CHECK(t.lines[4] ==
        "2 | MOU on research in quantum science | Bavaria | 2019-03-22 | Expires 2024-03-21; renew");
  CHECK(t.lines[7] == "2015 | Qingdao | Protocole d'entente");
  // Names in two columns, or a list of fields, name no agreement's columns.
  auto people = read_text_bytes("Nom               Fonction            Organisme\n"
                                "Marie Tremblay    Directrice          MRIF\n"
                                "Jean Roy          Conseiller          MEIE\n");
  CHECK(people.lines[1] == "Marie Tremblay Directrice MRIF");
}
