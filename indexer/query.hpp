#pragma once
// The query language and what the parser needs from the registry to resolve
// partner and domain names.
//
//  - Words: folded (case, accents, ligatures), French elisions split
//    ("l'agriculture" is "l agriculture"), stemmed. Each document was stemmed
//    in its own language; the query is read once with each stemmer and each
//    reading is confined to that language's documents, so French and English
//    documents are both found and NOT keeps its meaning.
//  - Words are ANDed. Operators are upper case only: AND, OR, NOT, XOR,
//    NEAR, ADJ, parentheses. `a NOT b c` is Xapian's `a AND NOT (b AND c)`;
//    write `a c -b` or `a c NOT b` to exclude one word. `-word` excludes it;
//    a query made only of `-word`s means "everything but". `+word` requires it.
//  - "quoted phrases" (stemmed, word order kept, never across fields),
//    `prefix*` (expands to the 200 most frequent indexed words).
//  - Filters (weight 0, ANDed with the words): partner: (slug, name or alias
//    in either language, quoted when several words; matches everything inside
//    the partner), place: (places actually named), domain: (slug or label),
//    kind:mission|agreement|mou (accord, entente, protocole accepted),
//    year:2008 | 2008..2017 | 2015.. | ..2010 (start year), date:YYYY[-MM[-DD]]
//    or A..B with open ends (a document matches when its [start, end] span
//    overlaps the period). Two partner:, place: or domain: filters must both
//    hold; two kind:, year: or date: filters are alternatives.
//  - Word fields: title:, ministry:, person: (words or a quoted phrase).
//  - Malformed input (unknown field, unknown partner or domain, bad year or
//    date, unclosed quote or parenthesis, dangling operator, empty query)
//    throws QueryError with the fix in the message.
#include "registry/model.hpp"

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
  // The domains inside a domain, at any depth ("health": disease-prevention,
  // mental-health...), which domain:health also finds. None by default.
  virtual std::vector<std::string> domains_inside(const std::string& /*slug*/) const { return {}; }
  // The report text of a mission, to cut its snippet from (search reads it for
  // the hits of the page only). nullopt: no snippet.
  virtual std::optional<std::string> mission_text(Id /*mission*/) const { return std::nullopt; }
};

// The fields the query language knows, for help texts and completion.
const std::vector<std::string>& query_fields();

// The query language in a few indented lines: `entente search --help` shows them.
std::string query_syntax_help();

} // namespace entente::indexer
