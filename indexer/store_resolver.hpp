#pragma once
// Search's view of the registry: reference data for the query parser, report
// texts for snippets. The gazetteer and taxonomy are loaded only when a query
// names a partner or a domain that needs them, so most searches never pay for them.
#include "indexer/query.hpp"
#include "registry/store.hpp"

namespace entente::indexer {

class StoreResolver : public QueryResolver {
public:
  explicit StoreResolver(Store& store) : store_(store) {}
  std::optional<std::string> partner(std::string_view phrase) const override;
  std::vector<std::string> partner_suggestions(std::string_view phrase) const override;
  std::optional<std::string> domain(std::string_view phrase) const override;
  std::vector<std::string> domain_suggestions(std::string_view phrase) const override;
  std::vector<std::string> domains_inside(const std::string& slug) const override;
  std::optional<std::string> mission_text(Id mission) const override;

private:
  Store& store_;
};

} // namespace entente::indexer
