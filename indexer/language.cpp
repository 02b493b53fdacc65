#include "indexer/language.hpp"

#include "registry/text.hpp"

#include <array>
#include <string>

namespace entente::indexer {

std::string detect_language(std::string_view text) {
  static constexpr std::array<std::string_view, 14> french = {
      "le", "la", "les", "des", "du", "et", "une", "est", "dans", "pour", "avec", "sur", "au", "aux"};
  static constexpr std::array<std::string_view, 14> english = {
      "the", "and", "of", "to", "in", "is", "for", "with", "on", "was", "were", "by", "an", "that"};
  // A sample is enough; a 100 MB file must not be folded twice.
  std::string_view sample = text.substr(0, 20000);
  int fr = 0;
  int en = 0;
  for (const auto& w : fold_words(sample)) {
    for (auto f : french)
      fr += (w == f);
    for (auto e : english)
      en += (w == e);
  }
  return en > fr ? "en" : "fr";
}

} // namespace entente::indexer
