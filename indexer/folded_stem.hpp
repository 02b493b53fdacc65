#pragma once
// The stemmer entente uses for index terms, queries, snippets and prefixes.
//
// entente stems folded text (accents removed, for accent-free search), but
// Snowball's French stemmer reads accents: it strips the participle endings
// "é", "ée", "ées" and so stems "signé" and "signée" alike, while folded they
// became "signe" -> "sign" and "signee" -> "signe", so `renouvelée` missed a
// report that wrote "renouvelé". Before French stemming a folded word ending
// in "ee" or "ees" loses the extra letters, unless that makes it a function
// word or another word ("portée" is not "porte", "durée" not "dure").
// Changing this changes schema::kSchema.
#include <xapian.h>

#include <string>
#include <string_view>

namespace entente::indexer {

// "french" gets the folded-participle rule above; any other Xapian stemmer
// name ("english") is Snowball's own.
Xapian::Stem make_stem(const std::string& language);

// The French rule alone: "signees" -> "signe", "entree" -> "entree".
std::string fold_participle_ending(std::string_view folded_word);

} // namespace entente::indexer
