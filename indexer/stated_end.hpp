#pragma once
// What a report says about an agreement's end: "L'entente de 2008 est échue
// depuis 2019", "a été résiliée en 2020", "n'est plus en vigueur", "The MOU
// expired in 2021", "was terminated", "expirera en 2025". Without it the
// audit keeps asking to review an agreement the report says is over, and
// cannot show the sentence that says it lapsed.
#include <optional>
#include <string>
#include <string_view>

namespace entente::indexer {

struct StatedEnd {
  std::string type; // "expired" | "terminated"
  // The date the text gives (ISO 8601, often a year alone), else empty: the
  // report says it has ended, as of the mission.
  std::string date;
  std::size_t at = 0; // where the words that state it begin, in `folded`
};

// Looks in `folded` (fold()ed text, lower case without accents) for an end
// of the agreement named at [term_begin, term_end): an end stated in
// [resume, clause_end) in words about it, or written right before it ("a
// résilié l'entente", "terminated the MOU", "depuis l'expiration de
// l'entente"). `resume` is where the words about it go on: after the
// agreements listed with it ("l'entente de 2008 et le protocole de 2012 ont
// expiré"), else `term_end`. Negations ("n'a pas expiré"), conditions ("si
// l'entente expire") and plans ("devra être résiliée") are not ends; an end
// to come counts only with its date ("expirera en 2025", "valid until 2030").
std::optional<StatedEnd> find_stated_end(std::string_view folded, std::size_t term_begin,
                                         std::size_t term_end, std::size_t clause_end,
                                         std::size_t resume = 0);

} // namespace entente::indexer
