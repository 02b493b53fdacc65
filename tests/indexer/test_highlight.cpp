#include "indexer/highlight.hpp"
#include "indexer/search_text.hpp"

#include <catch2/catch.hpp>

using namespace entente::indexer;

namespace {

// Marks matches with [ and ], which read more easily in a test than <b>.
SnippetOptions brackets() {
  SnippetOptions o;
  o.hi_start = "[";
  o.hi_end = "]";
  return o;
}

} // namespace

TEST_CASE("normalisation folds and splits French elisions", "[text]") {
  CHECK(normalize_for_index("L’Agriculture d'Europe") == "l agriculture d europe");
  CHECK(normalize_for_index("aujourd'hui") == "aujourd'hui");
  CHECK(normalize_for_index("qu'il lorsqu'elle") == "qu il lorsqu elle");
  CHECK(normalize_for_index("don't") == "don't");
  CHECK(stem_word("fr", "universites") == stem_word("fr", "universite"));
  CHECK(stem_word("en", "hospitals") == "hospit");
}

TEST_CASE("date keys pad unknown parts for the earliest or latest reading", "[text]") {
  CHECK(date_key("2008", false) == "20080000");
  CHECK(date_key("2008", true) == "20089999");
  CHECK(date_key("2008-09", true) == "20080999");
  CHECK(date_key("2017-09-02", false) == "20170902");
  CHECK(date_key("2017-09-02T10:00", false) == "20170902");
  CHECK_FALSE(date_key("2017-13", false));
  CHECK_FALSE(date_key("20x8", false));
  CHECK_FALSE(date_key("2017/09/02", false));
  CHECK_FALSE(date_key("", false));
}

TEST_CASE("snippets mark words on the original accented text", "[snippet]") {
  HighlightTerms t;
  t.stems.insert(stem_word("fr", "hopital"));
  t.words.insert("qingdao");
  const SnippetOptions o = brackets();
  CHECK(make_snippet("L’hôpital de Qingdao.", t, o) == "L’[hôpital] de [Qingdao].");
  // Whitespace is squeezed; the window moves to the matches.
  std::string text = "Début.\n\n";
  for (int i = 0; i < 50; ++i)
    text += "mot ";
  text += "les hôpitaux   de\nQingdao et la suite";
  for (int i = 0; i < 50; ++i)
    text += " fin";
  auto s = make_snippet(text, t, o);
  CHECK(s.find("[hôpitaux] de [Qingdao]") != std::string::npos);
  CHECK(s.rfind("…", 0) == 0);
  CHECK(s.size() < 300);
  // Nothing to mark: the start of the text.
  CHECK(make_snippet("Un texte court.", HighlightTerms{}, o) == "Un texte court.");
  HighlightTerms p;
  p.prefixes = {"agri"};
  CHECK(make_snippet("L'Agriculture et l'agroalimentaire", p, o) == "L'[Agriculture] et l'agroalimentaire");
  CHECK(make_snippet("", t, o).empty());
}

TEST_CASE("snippets split words as Xapian does, in every script", "[snippet]") {
  const SnippetOptions o = brackets();
  HighlightTerms t;
  t.words = {"青岛", "москва", "snake_case", "2017", "aujourd'hui", "ʻokina"};
  CHECK(make_snippet("Mission à 青岛 et Москва, snake_case 2017.", t, o) ==
        "Mission à [青岛] et [Москва], [snake_case] [2017].");
  // Apostrophes: inside a word it stays, after an elision it splits.
  CHECK(make_snippet("C'est aujourd’hui, l'ʻokina", t, o) == "C'est [aujourd’hui], l'[ʻokina]");
  // A broken UTF-8 byte is a separator, never part of a word or a crash.
  CHECK(make_snippet(std::string("2017\xff") + "2017", t, o) == "[2017]\xff[2017]");
  CHECK(make_snippet(std::string("\xe9\xe9"), t, o).empty());
}

TEST_CASE("snippets read every apostrophe that folding reads as one", "[snippet]") {
  const SnippetOptions o = brackets();
  HighlightTerms t;
  t.stems.insert(stem_word("fr", "hopital"));
  t.words.insert("aujourd'hui");
  // ' ` ‘ ’ ʼ ′: the index reads each as an apostrophe, so an elision splits
  // at it and a word keeps it; the snippet must find the same words.
  for (std::string a : {"'", "`", "\u2018", "\u2019", "\u02bc", "\u2032"}) {
    INFO("apostrophe " << a);
    const std::string text = "l" + a + "hôpital d" + a + "aujourd" + a + "hui";
    CHECK(normalize_for_index(text) == "l hopital d aujourd'hui");
    CHECK(make_snippet(text, t, o) == "l" + a + "[hôpital] d" + a + "[aujourd" + a + "hui]");
  }
}

TEST_CASE("snippets split words the same wherever they fall in the text", "[snippet]") {
  // Word bytes are gathered 64 at a time: a multi-byte character, an
  // apostrophe or a word astride a block's edge must not split differently.
  const SnippetOptions o = brackets();
  HighlightTerms t;
  t.stems.insert(stem_word("fr", "hopital"));
  t.words.insert("aujourd'hui");
  for (std::size_t pad = 50; pad < 140; ++pad) {
    INFO("padding " << pad);
    std::string text = std::string(pad, ' ') + "l’hôpital d’aujourd’hui, épidémie";
    CHECK(make_snippet(text, t, o) == "l’[hôpital] d’[aujourd’hui], épidémie");
    std::string joined = std::string(pad, 'x') + "é l'hôpital";
    CHECK(make_snippet(joined, t, o) == std::string(pad, 'x') + "é l'[hôpital]");
    const std::string spaces(pad, ' ');
    HighlightTerms w;
    w.words = {"qingdao", "2017"};
    // An elision, apostrophes and broken UTF-8 at the end of the text or on a block's edge.
    CHECK(make_snippet(spaces + "qu’Qingdao’", w, o) == "qu’[Qingdao]’");
    CHECK(make_snippet(spaces + "Qingdao'", w, o) == "[Qingdao]'");
    CHECK(make_snippet(spaces + "2017\xff" + "2017", w, o) == "[2017]\xff[2017]");
    CHECK(make_snippet(spaces + "Qingdao\xe2\x80", w, o) == "[Qingdao]\xe2\x80");
    CHECK(make_snippet(spaces + "青岛Qingdao 2017", w, o) == "青岛Qingdao [2017]");
  }
}

TEST_CASE("a snippet maker gives each text the snippet make_snippet gives it", "[snippet]") {
  // The maker judges each word once for all its texts; what one text matched
  // must not leak into another's window or counts.
  SnippetOptions o = brackets();
  o.window_words = 6;
  HighlightTerms t;
  t.stems.insert(stem_word("fr", "sante"));
  t.words.insert("qingdao");
  const std::vector<std::string> texts = {
      "Début. Santé publique à Qingdao et santé mentale, puis la fin du texte sans rien.",
      "Rien ici au début, rien du tout, mais plus loin la SANTÉ et Qingdao, Qingdao encore.",
      "Aucun mot cherché dans ce texte.",
      "Qingdao d'abord, et la santé bien après après après après après après santés.", ""};
  SnippetMaker maker(t, o);
  for (int round = 0; round < 2; ++round) {
    for (const auto& text : texts) {
      INFO(text);
      CHECK(maker(text) == make_snippet(text, t, o));
    }
  }
  CHECK(maker(texts[1]) == "… loin la [SANTÉ] et [Qingdao], [Qingdao]…");
}
