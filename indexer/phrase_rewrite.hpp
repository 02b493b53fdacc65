#pragma once
// Phrase and proximity queries against an index whose function words have no
// positions (positionless_words.hpp): the function words are left out and the
// remaining words keep the window the whole phrase had, so they may stand as
// far apart as the phrase spans.
#include <xapian.h>

#include <string_view>

namespace entente::indexer {

// `query` as Xapian's parser built it with `language`'s ("fr" or "en")
// stemmer, with every PHRASE and NEAR rewritten so. A phrase made only of
// function words becomes an AND of them (their terms are indexed). Subtrees
// without such a phrase are returned as they were.
Xapian::Query without_positionless_words(const Xapian::Query& query, std::string_view language);

} // namespace entente::indexer
