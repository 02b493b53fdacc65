#include "indexer/store_resolver.hpp"

#include "indexer/report_text.hpp"

namespace entente::indexer {

std::optional<std::string> StoreResolver::partner(std::string_view phrase) const {
  return store_.gazetteer().resolve_slug(phrase);
}

std::vector<std::string> StoreResolver::partner_suggestions(std::string_view phrase) const {
  return store_.gazetteer().suggest(phrase, 5);
}

std::optional<std::string> StoreResolver::domain(std::string_view phrase) const {
  return store_.taxonomy().resolve(phrase);
}

std::vector<std::string> StoreResolver::domain_suggestions(std::string_view phrase) const {
  return store_.taxonomy().suggest(phrase, 5);
}

std::vector<std::string> StoreResolver::domains_inside(const std::string& slug) const {
  return store_.taxonomy().domains_inside(slug);
}

std::optional<std::string> StoreResolver::mission_text(Id mission) const {
  auto doc = store_.document_for_mission(mission);
  if (!doc) return std::nullopt;
  return mend_broken_words(std::move(doc->text));
}

} // namespace entente::indexer
