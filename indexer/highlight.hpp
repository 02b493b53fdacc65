#pragma once
// Snippets cut from the original (accented) text, with the words that match
// the query marked. Matching is by folded form or by folded stem, so
// "hopital" marks "L'hôpital" and "sante" marks "santés". Independent of
// Xapian: search() hands it the query's terms.
#include <functional>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace entente::indexer {

struct HighlightTerms {
  std::set<std::string> words;       // folded unstemmed words
  std::set<std::string> stems;       // stems of folded words, in `language`
  std::vector<std::string> prefixes; // folded prefixes (from `agri*`)
  std::string language = "fr";       // stemmer for `stems`
  bool empty() const { return words.empty() && stems.empty() && prefixes.empty(); }
};

struct SnippetOptions {
  std::size_t window_words = 30; // words in the snippet
  std::string_view hi_start = "<b>";
  std::string_view hi_end = "</b>";
  std::string_view ellipsis = "…";
};

// The window of `text` with the most distinct matching words (the start of the
// text when nothing matches), whitespace squeezed, matches wrapped in the markers.
std::string make_snippet(std::string_view text, const HighlightTerms& terms, const SnippetOptions& options);

// make_snippet() for the texts of one page of hits. Folding and stemming a
// word costs more than the rest of a snippet; the texts of one search share
// most of their words, so each distinct word is judged once for all of them.
// The options' markers and ellipsis are views: they must outlive the maker.
class SnippetMaker {
public:
  SnippetMaker(HighlightTerms terms, SnippetOptions options);
  ~SnippetMaker();
  SnippetMaker(const SnippetMaker&) = delete;
  SnippetMaker& operator=(const SnippetMaker&) = delete;
  std::string operator()(std::string_view text);

private:
  struct FirstLetters;
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // A word as written -> the id of its folded form when it matches, else -1.
  int match_of(std::string_view raw);

  HighlightTerms terms_;
  SnippetOptions options_;
  std::unique_ptr<FirstLetters> first_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> matches_;
  std::unordered_map<std::string, int> match_ids_;
};

} // namespace entente::indexer
