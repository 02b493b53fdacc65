#pragma once
// Internal to the indexer: turning the user's query into a Xapian query.
#include "indexer/query.hpp"

#include <xapian.h>

#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

struct ParsedQuery {
  Xapian::Query query;
  std::string rewritten;              // the text given to Xapian's parser (folded words)
  std::string shown;                  // the same as the user would write it (prefixes as "agri*")
  std::vector<std::string> words;     // folded free words, for spelling suggestions
  std::vector<std::string> wildcards; // folded prefixes of `word*`, for highlighting
};

// Throws QueryError for anything malformed, with a message that names the
// problem and suggests the fix.
ParsedQuery parse_search_query(std::string_view text, const QueryResolver& resolver,
                               const Xapian::Database& db);

// Whether `qp` had to parse its last query twice to give `query` (a syntax
// error, after which every operator was read as a word).
bool parser_retried(const Xapian::QueryParser& qp, const Xapian::Query& query);

} // namespace entente::indexer
