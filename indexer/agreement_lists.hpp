#pragma once
// Agreements a sentence names one after another: "l'Entente en éducation et
// l'Entente en gouvernance numérique avec la France, signées respectivement
// le 8 juin 1999 et le 12 octobre 2017". What is said after the last of the
// list is said of each: the partner named after the last is the partner of
// those named with none, and "respectivement"/"respectively" gives each its
// own signing, renewal or end, in order. (Review 38: the two were one
// agreement of 1999.)
#include "indexer/agreement_mentions.hpp"
#include "indexer/report_text.hpp"
#include "registry/gazetteer.hpp"

#include <cstddef>
#include <vector>

namespace entente::indexer {

// One instrument's name in the sentence, as find_agreements read it.
struct ListedName {
  std::size_t begin = 0, end = 0;  // the term, in the fold()ed sentence
  std::size_t name_begin = 0;      // where its name begins ("the 2008 Québec–Bavaria agreement")
  std::size_t first = 0, last = 0; // the mentions it gave, [first, last) of the sentence's
};

// The partner named after the last name of a list goes to the earlier ones
// named with no partner and no year. `verbs` are where the sentence's verbs
// of signing, renewal or update begin (fold()ed offsets): a name with a verb
// of its own is not listed with the next.
void share_partners_across_list(std::vector<AgreementMention>& mentions, const std::vector<ListedName>& names,
                                const FoldedText& f, const std::vector<std::size_t>& verbs,
                                const std::vector<PartnerMention>& partners, const MentionContext& ctx);

// "signées respectivement le 8 juin 1999 et le 12 octobre 2017", "signed in
// 1999 and 2017 respectively", "qui ont expiré respectivement en 2019 et en
// 2021": one date each, in the list's order, when the verb stands right
// before the word and the dates right after it (or both right before
// "respectively") and there are as many dates as agreements.
void share_dates_respectively(std::vector<AgreementMention>& mentions, const std::vector<ListedName>& names,
                              const Sentence& sentence, const FoldedText& f,
                              const std::vector<std::size_t>& verbs,
                              const std::vector<PartnerMention>& partners, const MentionContext& ctx);

} // namespace entente::indexer
