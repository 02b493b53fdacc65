#pragma once
// A Xapian stemmer that remembers its answers. Reports repeat their
// vocabulary, and Snowball stemming was the largest cost of indexing; the
// cache returns exactly what the wrapped stemmer returned for the same word.
#include <xapian.h>

#include <cstddef>
#include <string>

namespace entente::indexer {

// `language` is a Xapian stemmer name ("french", "english"). The cache is
// emptied when it reaches `max_entries`, so memory stays bounded whatever the
// corpus (names and numbers make the vocabulary grow without end).
Xapian::Stem make_cached_stem(const std::string& language, std::size_t max_entries = 200000);

} // namespace entente::indexer
