#pragma once
// The gazetteer: every partner entente knows (countries, first-level
// subdivisions, cities, and what users add), with names and aliases in
// French and English, and the tree that links a city to its subdivision
// and country. It answers "which partner is this phrase?" and "which
// partners does this line of text name?".
//
// Resolution rules, so that an ambiguous name always gives the same,
// explainable answer:
//   1. Administrative words decide the level: "province du Shandong",
//      "État de New York", "Land de Bavière" name the subdivision;
//      "ville de Québec", "New York City" name the city.
//   2. An exact slug wins ("new-york" is the city, "new-york-state" the state).
//   3. Otherwise the higher level wins (country > subdivision > city), then
//      the larger population, then the slug in alphabetical order.
#include "registry/model.hpp"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente {

struct Token; // registry/tokens.hpp

struct PartnerMatch {
  std::string slug;
  std::string matched;                   // the alias or name that matched, as stored
  std::string reason;                    // why this partner and not another, for `partners show`
  std::vector<std::string> alternatives; // other partners with the same name
};

struct PartnerMention {
  std::string slug;
  std::size_t begin = 0; // byte offsets into the scanned text
  std::size_t end = 0;
  std::string text; // the text as written
  // Named by a demonym next to a word of government ("le ministre wallon"):
  // the government itself, rather than a place.
  bool demonym = false;
};

class Gazetteer {
public:
  Gazetteer();
  explicit Gazetteer(std::vector<Partner> partners);
  ~Gazetteer();
  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;

  // Reads data/gazetteer.tsv (format documented at the top of that file).
  // Throws std::runtime_error naming the file and line on a bad row.
  static Gazetteer load_tsv(const std::string& path);

  // Adds (or replaces, by slug) a partner; user partners added after the
  // bundled ones. Aliases of an existing partner are merged.
  void add(Partner partner);
  void add_alias(std::string_view slug, std::string_view alias);

  const Partner* find(std::string_view slug) const;
  const std::vector<Partner>& partners() const;

  // A whole phrase (slug, name, alias; any case, with or without accents,
  // with or without administrative words and articles) to one partner.
  std::optional<PartnerMatch> resolve(std::string_view phrase) const;
  // resolve(phrase)->slug, without building the name index when the phrase
  // is a slug (an exact slug always resolves to itself).
  std::optional<std::string> resolve_slug(std::string_view phrase) const;

  // Other partners known by this one's English or French name ("cordoba",
  // Colombia's department: Argentina's province, and the cities of Spain,
  // Argentina and Mexico), in the order the gazetteer lists them.
  std::vector<std::string> namesakes(std::string_view slug) const;

  // Parent slugs, nearest first (qingdao -> shandong, china).
  std::vector<std::string> ancestors(std::string_view slug) const;
  // Every partner inside this one, at any depth (not including itself).
  std::vector<std::string> descendants(std::string_view slug) const;

  // Partners named in running text, longest match first, not overlapping.
  // Tuned for precision: common words that are also place names ("Nice",
  // "Orange", "Split") need a capital letter and a place context.
  std::vector<PartnerMention> find_in_text(std::string_view text) const;

  // Demonyms that name a partner's government next to a word of government
  // ("le ministre wallon", "the Bavarian government"): rows of slug and
  // forms. load_tsv reads the demonyms.tsv beside its file, if any.
  void load_demonyms(const std::string& path);

  // Nearest names for a phrase that resolved to nothing, best first.
  std::vector<std::string> suggest(std::string_view phrase, std::size_t count = 5) const;

private:
  void add_demonym_mentions(std::string_view text, const std::vector<Token>& tokens,
                            std::vector<PartnerMention>& out) const;
  void drop_misread_glossed(std::string_view text, std::vector<PartnerMention>& found) const;
  void drop_own_offices(std::string_view text, std::vector<PartnerMention>& found) const;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

} // namespace entente
