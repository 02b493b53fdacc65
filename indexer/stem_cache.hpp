#pragma once
// A Xapian stemmer that remembers its answers. Reports repeat their
// vocabulary, and Snowball stemming was the largest cost of indexing; the
// cache returns exactly what the wrapped stemmer returned for the same word.
#include <xapian.h>

#include <cstddef>
#include <string>
#include <unordered_map>

namespace entente::indexer {

// The words a stemmer was asked for while `counting`, with how many times.
// A term generator with STEM_ALL_Z stems every word it indexes, once per
// occurrence, and keeps no unstemmed term: this is how the indexer still
// learns a document's words (the spelling data is made of them).
struct WordTally {
  bool counting = false;
  std::unordered_map<std::string, unsigned> counts;
};

// `language` is a Xapian stemmer name ("french", "english"). The cache is
// emptied when it reaches `max_entries`, so memory stays bounded whatever the
// corpus (names and numbers make the vocabulary grow without end). `tally`,
// if given, must outlive the stemmer and every copy of it.
Xapian::Stem make_cached_stem(const std::string& language, std::size_t max_entries = 200000,
                              WordTally* tally = nullptr);

} // namespace entente::indexer
