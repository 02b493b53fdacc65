#pragma once
// The query parser's view of the registry's reference data. The gazetteer
// and taxonomy are loaded only when a query names a partner or a domain, so
// most searches never pay for them.
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

private:
  Store& store_;
};

} // namespace entente::indexer
