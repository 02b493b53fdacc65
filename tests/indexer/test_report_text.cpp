// Report text helpers: words broken at a line's end, for the index and the
// snippets (the parser's joined sentences mend them the same way).
#include "indexer/report_text.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

// Trial 28: "Trans-Pacific Part-" / "nership" in text copied out of a PDF was
// never found as "Trans-Pacific Partnership", and snippets read "Part- nership".
TEST_CASE("a word broken at a line's end is mended, a compound is not") {
  const std::vector<std::string> lines = {"the Trans-Pacific Part-",    "nership (CPTPP) and Qué-",
                                          "bec exporters; the Québec-", "Shandong agreement; the sous-",
                                          "ministre; a line ending -",  "here"};
  CHECK(mend_broken_words(lines, 0, lines.size()) ==
        "the Trans-Pacific Partnership (CPTPP) and Québec exporters; the Québec-\n"
        "Shandong agreement; the sous-\nministre; a line ending -\nhere\n");
  // Not across the range's edge.
  CHECK(mend_broken_words(lines, 0, 1) == "the Trans-Pacific Part-\n");
  CHECK(mend_broken_words(std::string("coopéra-\n  tion en santé\nQuébec-\nJinan\n")) ==
        "coopération en santé\nQuébec-\nJinan\n");
  CHECK(mend_broken_words(std::string("rien à faire\n")) == "rien à faire\n");
  CHECK(mend_broken_words(std::string("fin-\n")) == "fin-\n");
}
