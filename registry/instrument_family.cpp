#include "registry/instrument_family.hpp"

#include "registry/text.hpp"

#include <array>
#include <utility>

namespace entente {

std::string instrument_family(std::string_view title) {
  // The first words of the title name the instrument; matched on folded
  // words so that accents and apostrophes do not matter.
  const auto words = fold_words(title);
  std::string head;
  for (std::size_t i = 0; i < words.size() && i < 4; ++i)
    head += (i ? " " : "") + words[i];
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 33> prefixes = {{
      // Named as agreements of cooperation, not as plain "Entente" (any sort).
      {"entente de cooperation", "agreement"},
      {"ententes de cooperation", "agreement"},
      {"accord de cooperation", "agreement"},
      {"accords de cooperation", "agreement"},
      {"convention de cooperation", "agreement"},
      {"cooperation agreement", "agreement"},
      {"entente cadre", "agreement"},
      {"accord cadre", "agreement"},
      {"framework agreement", "agreement"},
      {"programme de travail", "work plan"},
      {"programmes de travail", "work plan"},
      {"plan de travail", "work plan"},
      {"plans de travail", "work plan"},
      {"work plan", "work plan"},
      {"work programme", "work plan"},
      {"programme de cooperation", "work plan"},
      {"programmes de cooperation", "work plan"},
      {"cooperation programme", "work plan"},
      {"plan d action", "work plan"},
      {"plans d action", "work plan"},
      {"action plan", "work plan"},
      {"lettre d entente", "letter of agreement"},
      {"letter of agreement", "letter of agreement"},
      {"letter of understanding", "letter of agreement"},
      {"echange de lettres", "exchange of letters"},
      {"exchange of letters", "exchange of letters"},
      {"lettre d intention", "letter of intent"},
      {"letter of intent", "letter of intent"},
      {"declaration", "declaration"},
      {"joint declaration", "declaration"},
      {"arrangement", "arrangement"},
      {"protocole de cooperation", "cooperation protocol"},
      {"cooperation protocol", "cooperation protocol"},
  }};
  for (const auto& [prefix, family] : prefixes) {
    if (head.compare(0, prefix.size(), prefix) == 0 &&
        (head.size() == prefix.size() || head[prefix.size()] == ' '))
      return std::string(family);
  }
  return "";
}

} // namespace entente
