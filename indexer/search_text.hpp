#pragma once
// Text normalisation for the search index. The index and the query go
// through the same functions, so that "Santé", "sante", "SANTÉ" and NFD or
// ligature spellings meet, and French elisions ("l'agriculture") expose the
// word after the apostrophe.
#include <optional>
#include <string>
#include <string_view>

namespace entente::indexer {

// fold() then split_elisions(): what the term generator is given.
std::string normalize_for_index(std::string_view text);

// Replaces the apostrophe of a French elision (l' d' j' m' n' s' t' c' qu'
// lorsqu' puisqu' jusqu' quoiqu') with a space. Expects folded text (ASCII ').
std::string split_elisions(std::string_view folded);

// Whether `w` (folded) is an elided article or pronoun: l, d, qu, jusqu...
bool is_elision(std::string_view w);

// stem(word) with the French or English stemmer; `word` must be folded.
std::string stem_word(std::string_view language, std::string_view word);

} // namespace entente::indexer

namespace entente::indexer {

// "YYYYMMDD" for an ISO date that may be partial ("2008", "2008-09",
// "2008-09-02", or longer with a time part). Unknown parts become "00" for the
// earliest reading (`latest` false) and "99" for the latest. nullopt when the
// text is not such a date or names an impossible month or day.
std::optional<std::string> date_key(std::string_view iso, bool latest);

// At most `max` bytes of `s`, cut at a UTF-8 character boundary.
std::string_view utf8_prefix(std::string_view s, std::size_t max);

} // namespace entente::indexer
