#pragma once
// Snippets cut from the original (accented) text, with the words that match
// the query marked. Matching is by folded form or by folded stem, so
// "hopital" marks "L'hôpital" and "sante" marks "santés". Independent of
// Xapian: search() hands it the query's terms.
#include <set>
#include <string>
#include <string_view>
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

} // namespace entente::indexer
