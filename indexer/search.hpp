#pragma once
// Search over the index: the query language (query.hpp), ranked hits with
// highlighted snippets, totals, exact facet counts over the whole match set, and
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
  // Without facets, a relevance search checks only this many matches: up to it
  // the total is exact, above it Xapian's estimate (labelled, with bounds).
  // Checking every match of a common word tripled a search of a
  // 100,000-report registry: Xapian skips documents that cannot reach the page
  // only once it has counted as many as it was asked to check, so 10,000 cost
  // as much as all. 0 checks every match. Facets, date sort and queries made
  // only of filters always check every match (nothing could be skipped).
  std::size_t exact_total_up_to = 1000;
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
  // Number of matching documents: exact when total_exact, else Xapian's
  // estimate, the true number lying in [total_min, total_max].
  std::size_t total = 0;
  bool total_exact = true;
  std::size_t total_min = 0, total_max = 0;
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
