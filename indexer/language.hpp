#pragma once
// Which language a report is written in, so that the parser picks its
// phrasings and the indexer its stemmer. Only French and English matter to
// entente's users; anything else is reported as "fr" when in doubt because
// most of their reports are French.
#include <string>
#include <string_view>

namespace entente::indexer {

// "fr" or "en", from counts of very common function words.
std::string detect_language(std::string_view text);

} // namespace entente::indexer
