#include "indexer/folded_stem.hpp"

#include "indexer/positionless_words.hpp"

#include <algorithm>
#include <array>

namespace entente::indexer {
namespace {

class FoldedFrenchStem : public Xapian::StemImplementation {
public:
  std::string operator()(const std::string& word) override { return inner_(fold_participle_ending(word)); }
  std::string get_description() const override { return "folded " + inner_.get_description(); }

private:
  Xapian::Stem inner_{"french"};
};

} // namespace

std::string fold_participle_ending(std::string_view w) {
  std::size_t cut = 0;
  if (w.size() >= 6 && w.substr(w.size() - 3) == "ees")
    cut = 2;
  else if (w.size() >= 5 && w.substr(w.size() - 2) == "ee")
    cut = 1;
  if (cut == 0) return std::string(w);
  std::string shorter(w.substr(0, w.size() - cut));
  // Nouns in -ée whose shorter form stems as another, unrelated word: "durée"
  // and "dure", "portée" and "porte", "année" and "Anne", "armée" and "armes"...
  static constexpr std::array<std::string_view, 14> apart = {"dure",    "porte", "anne", "arme",   "muse",
                                                             "mare",    "alle",  "boue", "contre", "fuse",
                                                             "chausse", "poupe", "epe",  "rente"};
  if (std::find(apart.begin(), apart.end(), shorter) != apart.end()) return std::string(w);
  thread_local Xapian::Stem snowball("french");
  if (is_positionless_stem("fr", snowball(shorter))) return std::string(w);
  return shorter;
}

Xapian::Stem make_stem(const std::string& language) {
  if (language == "french") return Xapian::Stem(new FoldedFrenchStem);
  return Xapian::Stem(language);
}

} // namespace entente::indexer
