#pragma once
// Who signed an agreement a sentence names, when it says: "une entente
// entre l'Université Laval et l'Université du Shandong", "a Québec publisher
// and a Barcelona publishing house signed a distribution agreement". Such
// agreements, between universities, hospitals or companies, are not the
// government's commitments, though a minister often witnesses them.
#include <cstddef>
#include <string_view>

namespace entente::indexer {

// Whether the agreement named at [term_begin, term_end) of `folded` (fold()ed
// text) was made between institutions or companies and no government: the
// parties after "entre"/"between", or the subject of the verb that signed
// it, name an institution and no ministry, government or other public
// authority; or it is called inter-university.
bool made_between_institutions(std::string_view folded, std::size_t term_begin, std::size_t term_end);

} // namespace entente::indexer
