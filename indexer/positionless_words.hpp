#pragma once
// Function words whose positions the index does not keep.
//
// Positions are what phrase search reads, and they were the largest part of
// the index. Words such as "de", "la", "the" and "of" are a third of all
// running text but carry no meaning a phrase needs: the index keeps their
// terms (a search for the word itself finds them) and drops only their
// positions. A phrase query then leaves them out and lets the remaining words
// stand, in order, anywhere within the span the whole phrase had, as Lucene's
// stop filter does with position gaps: "accord de coopération" finds
// "accord de coopération", and also "accord en coopération" and "accord
// coopération". A phrase finds every document the exact phrase would, and
// some more; so a negated phrase (-"de la santé") excludes some more too.
//
// Only words that are almost never content are listed: a content word whose
// folded stem equals a function word's ("maïs" and "mais", "l'Est" and "est",
// "sûr" and "sur") would lose its place in phrases too.
//
// The index and the query parser both ask this file, per document language,
// so they always agree; changing a list changes schema::kSchema.
#include <string_view>

namespace entente::indexer {

// True when `stem` (a folded, stemmed word without prefix) is the stem of one
// of `language`'s ("fr" or "en") function words.
bool is_positionless_stem(std::string_view language, std::string_view stem);

// The stem inside a stemmed term: "Zcooper" -> "cooper", "ZSsant" -> "sant"
// (field prefixes are upper case, stems never are).
std::string_view stem_of_term(std::string_view z_term);

} // namespace entente::indexer
