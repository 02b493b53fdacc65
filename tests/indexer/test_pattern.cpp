#include "indexer/pattern.hpp"

#include <catch2/catch.hpp>

#include <random>
#include <regex>

using entente::indexer::Pattern;
using entente::indexer::PatternError;

namespace {

// What std::regex (ECMAScript, bytes) finds: (position, length) of each match
// and of each of its groups, as sregex_iterator walks them.
std::vector<std::string> std_matches(const std::string& pattern, const std::string& text, bool icase) {
  std::regex re(pattern, icase ? std::regex::ECMAScript | std::regex::icase : std::regex::ECMAScript);
  std::vector<std::string> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it) {
    std::string m;
    for (std::size_t g = 0; g < it->size(); ++g)
      m += (*it)[g].matched ? std::to_string(it->position(g)) + "+" + std::to_string(it->length(g)) + " "
                            : "- ";
    out.push_back(m);
  }
  return out;
}

std::vector<std::string> pcre_matches(const std::string& pattern, const std::string& text, bool icase) {
  Pattern p(pattern, icase ? Pattern::Case::Insensitive : Pattern::Case::Sensitive);
  const std::size_t groups = std::regex(pattern).mark_count() + 1;
  std::vector<std::string> out;
  for (const auto& match : p.all(text)) {
    std::string m;
    for (std::size_t g = 0; g < groups; ++g)
      m += match.matched(g) ? std::to_string(match.position(g)) + "+" + std::to_string(match.length(g)) + " "
                            : "- ";
    out.push_back(m);
  }
  return out;
}

} // namespace

// The parser's patterns were written for std::regex; Pattern must find what it
// found. Random texts over the characters those patterns care about.
TEST_CASE("Pattern finds what std::regex found on random texts", "[pattern]") {
  const std::vector<std::pair<std::string, bool>> patterns = {
      {R"(\b(?:a|ont|avons) ete (?:renouvelee?s?|prolongee?s?)\b|\bsigned (?:a|an|the|\d)\b)", false},
      {R"(^.{0,8}?\b(?:en|in|le)\b[^.;]{0,6}?\b((?:19|20)\d\d)\b)", false},
      {R"(\b((?:19|20)\d\d)\b)", false},
      {R"(^(?:[-–—•*]|\d{1,2}[.)]|[a-z]\)|\([a-z0-9]{1,2}\))\s+)", false},
      {R"(^\s*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,4}|[A-Ha-h])\s*[.)\-–]\s*|\d{1,2}\s+))", false},
      {R"(^(?:la |le )?ministre ((?:de la |de l’|des |du )(?:[^,;]|, (?=de |du |et ))+))", true},
      {R"(\s*(?:[,;/&]|\bet\b|\band\b)\s*)", false},
      {R"(\(([^)]*)\))", false},
      {R"((?:[Mm]inist(?:e|è)re|Ministry) (?:[^,;.\n]*?)(?= afin| pour|[,;.\n]|$))", false},
      {R"(x*)", false}, // empty matches everywhere
      {R"(a.b|c$)", false},
      // The date tokenizer (french_dates.cpp), the parser's busiest pattern.
      {R"((\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})/(\d{1,2})/(\d{4})|(\d+)(?:er|re|e|st|nd|rd|th)?(?![0-9a-z])|([a-z]+)\.?|(-+)|(,)|(\S))",
       false},
      {R"(^(page|p\.|pg\.?)?\s*[-–—]?\s*#\s*[-–—]?\s*((/|sur|de|of)\s*#)?$)", false},
  };
  const std::vector<std::string> pieces = {"a",
                                           "b",
                                           "c",
                                           "x",
                                           " ",
                                           "  ",
                                           "\n",
                                           "\r",
                                           "\t",
                                           ",",
                                           ";",
                                           ".",
                                           ")",
                                           "(",
                                           "-",
                                           "–",
                                           "é",
                                           "è",
                                           "1",
                                           "2",
                                           "19",
                                           "2008",
                                           "20",
                                           "en ",
                                           "le ",
                                           "in ",
                                           "et ",
                                           "and ",
                                           "ont ete renouvelees ",
                                           "signed a ",
                                           "signed 3 ",
                                           "ministre de la Santé",
                                           "Ministre du ",
                                           "ministère ",
                                           "Ministry ",
                                           " afin ",
                                           " pour ",
                                           "IV",
                                           "ii",
                                           "A",
                                           "3.",
                                           "2)",
                                           "b) ",
                                           "(a) ",
                                           "(chine)",
                                           "la ",
                                           "de l’",
                                           ", de ",
                                           "& ",
                                           "/",
                                           "2017-09-14",
                                           "14/09/2017",
                                           "1er",
                                           "3e",
                                           "page",
                                           "p.",
                                           "#",
                                           " sur ",
                                           "er",
                                           "---"};
  std::mt19937 rng(20261129);
  for (const auto& [pattern, icase] : patterns) {
    for (int round = 0; round < 300; ++round) {
      std::string text;
      const int n = std::uniform_int_distribution<int>(0, 14)(rng);
      for (int i = 0; i < n; ++i)
        text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
      INFO("pattern " << pattern << "\ntext [" << text << "]");
      REQUIRE(pcre_matches(pattern, text, icase) == std_matches(pattern, text, icase));
      const auto flags = icase ? std::regex::ECMAScript | std::regex::icase : std::regex::ECMAScript;
      const std::regex re(pattern, flags);
      const Pattern p(pattern, icase ? Pattern::Case::Insensitive : Pattern::Case::Sensitive);
      REQUIRE(p.matches_whole(text) == std::regex_match(text, re));
      REQUIRE(p.replace_all(text, "|") == std::regex_replace(text, re, "|"));
      // The token iterator leaves out an empty last piece; split() keeps it.
      std::vector<std::string> pieces_std;
      for (auto it = std::sregex_token_iterator(text.begin(), text.end(), re, -1);
           it != std::sregex_token_iterator(); ++it)
        pieces_std.push_back(it->str());
      std::vector<std::string> split;
      for (auto piece : p.split(text))
        split.emplace_back(piece);
      if (!split.empty() && split.back().empty() && split.size() > pieces_std.size()) split.pop_back();
      REQUIRE(split == pieces_std);
    }
  }
}

TEST_CASE("Pattern keeps std::regex's ECMAScript meaning on bytes", "[pattern]") {
  // `.` stops at \r and \n; `$` only at the very end, not before a last newline.
  CHECK_FALSE(Pattern("a.b").found_in("a\rb"));
  CHECK_FALSE(Pattern("a.b").found_in("a\nb"));
  CHECK(Pattern("a.b").found_in("a b"));
  CHECK_FALSE(Pattern("a$").found_in("a\n"));
  CHECK(Pattern("a$").found_in("ba"));
  CHECK_FALSE(Pattern("^b").found_in("a\nb"));
  // Case-insensitive for ASCII letters only; \w and \b are ASCII.
  CHECK(Pattern("ministre", Pattern::Case::Insensitive).found_in("MINISTRE"));
  CHECK_FALSE(Pattern("é", Pattern::Case::Insensitive).found_in("É"));
  CHECK(Pattern(R"(\bsante\b)").found_in("la sante."));
  CHECK(Pattern(R"(\bsant)").found_in("ésant")); // é is not a word character: a boundary before s
  // A search from inside the text sees what comes before it.
  CHECK_FALSE(Pattern(R"(\bet\b)").search("bet et", 1)->position() == 1);
  CHECK(Pattern(R"(\bet\b)").search("bet et", 1)->position() == 4);
  CHECK_FALSE(Pattern("^b").search("ab", 1));
}

TEST_CASE("Pattern: whole matches and groups and replacing and splitting", "[pattern]") {
  const Pattern page(R"((page|p\.)\s*#)");
  CHECK(page.matches_whole("page #"));
  CHECK_FALSE(page.matches_whole("page #1"));
  CHECK_FALSE(page.matches_whole("a page #"));

  auto m = Pattern(R"((\d+)(x)?-(\d+))").search("ab 12-34 cd");
  REQUIRE(m);
  CHECK(m->position() == 3);
  CHECK(m->str() == "12-34");
  CHECK(m->str(1) == "12");
  CHECK_FALSE(m->matched(2));
  CHECK(m->view(2).empty());
  CHECK(m->str(3) == "34");
  CHECK(m->end(3) == 8);
  CHECK_THROWS_AS(m->position(4), std::out_of_range);
  CHECK_FALSE(Pattern("z").search("abc"));
  CHECK_FALSE(Pattern("a").search("abc", 4));

  const Pattern paren(R"(\(([^)]*)\))");
  CHECK(paren.replace_all("Qingdao (Chine) et Jinan (Chine)", ",") == "Qingdao , et Jinan ,");
  CHECK(paren.replace_all("rien", ",") == "rien");
  CHECK(Pattern("a*").replace_all("baac", "-") == "-b--c-");

  const Pattern separators(R"(\s*(?:[,;/&]|\bet\b)\s*)");
  CHECK(separators.split("Shanghai, Qingdao et Jinan") ==
        std::vector<std::string_view>{"Shanghai", "Qingdao", "Jinan"});
  CHECK(separators.split(",a,,b") == std::vector<std::string_view>{"", "a", "", "b"});
  CHECK(separators.split("") == std::vector<std::string_view>{""});
}

TEST_CASE("Pattern: a broken pattern is refused with where it breaks", "[pattern]") {
  try {
    Pattern("a(b");
    FAIL("a pattern with an open group compiled");
  } catch (const PatternError& e) {
    CHECK(std::string(e.what()).find("a(b") != std::string::npos);
    CHECK(std::string(e.what()).find("byte 3") != std::string::npos);
  }
}

TEST_CASE("Pattern: a long text does not exhaust the matcher", "[pattern]") {
  // Lazy repetition over a long run: the JIT's stack is small, and a match
  // that outgrows it is run again by the interpreter.
  const std::string text = std::string(200000, 'a') + "2008";
  auto m = Pattern(R"((?:a|b)*?((?:19|20)\d\d))").search(text);
  REQUIRE(m);
  CHECK(m->str(1) == "2008");
}
