#pragma once
// Search over the index: the query language (query.hpp), ranked hits with
// highlighted snippets, exact facet counts over the whole match set, and
// "did you mean" suggestions.
#include "indexer/query.hpp"
#include "indexer/search_index.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace entente::indexer {

struct SearchRequest {
  std::string query;
  std::size_t limit = 20, offset = 0;
  std::string sort = "relevance"; // or "date": newest first
  bool facets = true;
};

struct SearchHit {
  std::string kind;
  Id id = 0;
  std::string title, source, start_date, end_date, status;
  std::vector<std::string> partners, domains;
  std::string snippet; // matched words wrapped in the caller's markers; no escaping
  double score = 0;    // BM25 (0 for queries made only of filters)
};

struct SearchResult {
  std::string query;
  std::size_t total = 0; // exact number of matching documents
  std::vector<SearchHit> hits;
  // Counted over every match, not just the page. A document counts once under
  // each of its partners (ancestors included) and domains.
  std::map<std::string, std::size_t> partner_facets, domain_facets, year_facets;
  // Whole corrected queries ("did you mean"), offered when a word of the query
  // is in no document and a near indexed word exists.
  std::vector<std::string> suggestions;
  std::string parsed; // Xapian's description of the query, for --explain
};

// Throws QueryError for a malformed query or request, SearchError when the
// index cannot be read. Ties in score (or date) are broken by id, so pages
// do not overlap or skip.
SearchResult search(const SearchIndex& index, const SearchRequest& request, const QueryResolver& resolver,
                    std::string_view hi_start = "<b>", std::string_view hi_end = "</b>");

} // namespace entente::indexer
