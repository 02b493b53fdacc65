#pragma once
// How one agreement named in a sentence stands to the one named before it:
// "une nouvelle entente, qui remplace l'entente de 2008" (the second is
// replaced), "l'entente de 2008 a été remplacée par une nouvelle entente"
// (the first is), "un plan de travail qui met en œuvre l'entente de 2012",
// "signé dans le cadre de l'entente de 2008" (the second is the framework,
// only referred to). Without these, a replaced agreement stayed in the audit
// with its plan to update it, and a framework named after a signing was
// taken for what the mission signed.
#include <optional>
#include <string>
#include <string_view>

namespace entente::indexer {

enum class AgreementLink {
  none,
  replaces,     // the earlier agreement replaces this one
  will_replace, // the earlier one is to replace this one, which is still to update
  replaced_by,  // this one replaces the earlier one
  works_under,  // the earlier one implements, or was made under, this one
  // "The 2022 Letter of Intent will be replaced by a full MOU": this one is
  // still to make, and the earlier one to update.
  will_be_replaced_by,
};

// Reads `lead`, the fold()ed words from the end of the agreement named before
// (or the sentence's start) up to this one's name. Only the words right
// before the name count; a negation ("ne remplace pas", "does not replace")
// links nothing, and a replacement to come ("remplacera", "devrait
// remplacer") leaves this one to update.
AgreementLink link_before(std::string_view lead);

// "qui remplace celle de 2008", "replacing the one signed in 2008": an
// agreement the clause replaces without naming it again, by its year.
struct ReplacedByPronoun {
  std::string year;
  std::size_t at = 0;   // where the words that say so begin, in `clause`
  bool to_come = false; // "qui remplacera celle de 2009": still to update
};
std::optional<ReplacedByPronoun> replaced_by_pronoun(std::string_view clause);

} // namespace entente::indexer
