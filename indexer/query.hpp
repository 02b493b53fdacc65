#pragma once
// The query language (see query_syntax_help()) and what the parser needs
// from the registry to resolve partner and domain names.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

// Everything the parser needs from the registry, behind an interface so that
// tests can fake it.
struct QueryResolver {
  virtual ~QueryResolver() = default;
  // Slug, name or alias in either language -> slug.
  virtual std::optional<std::string> partner(std::string_view phrase) const = 0;
  // Nearest known names, best first, for "unknown partner" messages.
  virtual std::vector<std::string> partner_suggestions(std::string_view phrase) const = 0;
  // Slug or label in either language -> slug.
  virtual std::optional<std::string> domain(std::string_view phrase) const = 0;
  virtual std::vector<std::string> domain_suggestions(std::string_view phrase) const = 0;
};

// The fields the query language knows, for help texts and completion.
const std::vector<std::string> &query_fields();

// A few lines describing the syntax, for `entente search --help`.
std::string query_syntax_help();

} // namespace entente::indexer
