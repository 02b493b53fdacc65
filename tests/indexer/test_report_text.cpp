// Report text helpers: words broken at a line's end, for the index and the
// snippets (the parser's joined sentences mend them the same way).
#include "indexer/report_text.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

// Trial 28: "Trans-Pacific Part-" / "nership" in text copied out of a PDF was
// never found as "Trans-Pacific Partnership", and snippets read "Part- nership".
TEST_CASE("a word broken at a line's end is mended, a compound is not") {
  CHECK(mend_broken_words("the Trans-Pacific Part-\nnership (CPTPP) and Qué-\nbec exporters; the Québec-\n"
                          "Shandong agreement; the sous-\nministre; a line ending -\nhere\n") ==
        "the Trans-Pacific Partnership (CPTPP) and Québec exporters; the Québec-\n"
        "Shandong agreement; the sous-\nministre; a line ending -\nhere\n");
  // Not across a blank line.
  CHECK(mend_broken_words("Part-\n\nnership\n") == "Part-\n\nnership\n");
  CHECK(mend_broken_words(std::string("coopéra-\n  tion en santé\nQuébec-\nJinan\n")) ==
        "coopération en santé\nQuébec-\nJinan\n");
  CHECK(mend_broken_words(std::string("rien à faire\n")) == "rien à faire\n");
  CHECK(mend_broken_words(std::string("fin-\n")) == "fin-\n");
}

// Trial 29: "accord-" / "cadre" and "main-" / "d'œuvre" lost their hyphen in
// evidence and snippets ("accordcadre", "maind'œuvre").
TEST_CASE("a compound broken at its own hyphen keeps it") {
  CHECK(mend_broken_words(
            "l'accord-\ncadre de 2017; la main-\nd'œuvre; un projet-\npilote; la coopé-\nration\n") ==
        "l'accord-\ncadre de 2017; la main-\nd'œuvre; un projet-\npilote; la coopération\n");
  // A word that only starts like one is mended.
  CHECK(mend_broken_words("l'ad-\njointe et le con-\nseil\n") == "l'adjointe et le conseil\n");
  // Review of session 22: "proto-" / "type" and "aujour-" / "d'hui" are words.
  CHECK(mend_broken_words("un proto-\ntype aujour-\nd'hui\n") == "un prototype aujourd'hui\n");
}
