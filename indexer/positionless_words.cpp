#include "indexer/positionless_words.hpp"

#include "indexer/search_text.hpp"

#include <xapian.h>

#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

namespace entente::indexer {
namespace {

// Folded (no accents, lower case), as normalize_for_index leaves words, and
// only words that are almost never content: articles, prepositions, pronouns,
// conjunctions and the commonest auxiliaries. Elided forms ("l'", "d'", "qu'")
// are split off by split_elisions and appear as one-letter words. Left out
// because a content word folds to them: est (l'Est), mais (maïs), ne (né),
// sur (sûr), son (a sound), ton (a tone); it and its (IT) and will (a will).
const std::vector<std::string_view>& french_words() {
  static const std::vector<std::string_view> words = {
      "a",   "au",   "aux",   "avec", "ce", "ces", "cet", "cette", "c",    "d",   "dans",  "de",   "des",
      "du",  "elle", "elles", "en",   "et", "eux", "il",  "ils",   "j",    "je",  "l",     "la",   "le",
      "les", "leur", "leurs", "lui",  "m",  "ma",  "me",  "mes",   "n",    "nos", "notre", "nous", "on",
      "ont", "ou",   "par",   "pour", "qu", "que", "qui", "s",     "sa",   "se",  "ses",   "sont", "t",
      "ta",  "te",   "tes",   "tu",   "un", "une", "vos", "votre", "vous", "y"};
  return words;
}

const std::vector<std::string_view>& english_words() {
  static const std::vector<std::string_view> words = {
      "a",    "an",    "and",  "are",  "as",   "at",   "be",  "been", "by",   "for",   "from", "had", "has",
      "have", "he",    "her",  "his",  "in",   "into", "is",  "of",   "on",   "or",    "our",  "she", "that",
      "the",  "their", "them", "they", "this", "to",   "was", "we",   "were", "which", "with"};
  return words;
}

// Looked up with string_views, once per stemmed term of every document.
struct StemHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using StemSet = std::unordered_set<std::string, StemHash, std::equal_to<>>;

// Snowball's own stems: entente's French stemmer (folded_stem.hpp) asks this
// file, and no function word ends in "ee", where the two differ.
StemSet stems_of(std::string_view language, const std::vector<std::string_view>& words) {
  Xapian::Stem snowball(language == "en" ? "english" : "french");
  StemSet out;
  for (auto w : words)
    out.insert(snowball(std::string(w)));
  return out;
}

} // namespace

bool is_positionless_stem(std::string_view language, std::string_view stem) {
  static const StemSet french = stems_of("fr", french_words());
  static const StemSet english = stems_of("en", english_words());
  const auto& set = language == "en" ? english : french;
  return set.find(stem) != set.end();
}

std::string_view stem_of_term(std::string_view z_term) {
  std::size_t i = 0;
  while (i < z_term.size() && z_term[i] >= 'A' && z_term[i] <= 'Z')
    ++i;
  return z_term.substr(i);
}

} // namespace entente::indexer
