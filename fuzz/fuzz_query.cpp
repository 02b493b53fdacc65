// Fuzzes the query language end to end: parsing, filter resolution and
// search over the small hand-made corpus of the search tests, with the fake
// resolver. Any input must give results or a QueryError, never a crash.
#include "../tests/indexer/search_fixture.hpp"
#include "indexer/search_error.hpp"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  // Built once: a Xapian index in a temporary directory removed at exit.
  static entente::test::SearchFixture fixture;
  if (size > 4096) return 0;
  std::string query(reinterpret_cast<const char*>(data), size);
  try {
    entente::indexer::SearchRequest r;
    r.query = query;
    r.limit = 10;
    r.sort = (size % 2) ? "date" : "relevance";
    // Without facets, a small bound makes totals estimates on this corpus too.
    r.facets = size % 3 != 0;
    r.exact_total_up_to = size % 5;
    auto result = entente::indexer::search(fixture.index, r, fixture.resolver);
    if (result.hits.size() > result.total) __builtin_trap();
    if (result.total < result.total_min || result.total > result.total_max) __builtin_trap();
    if (result.total_exact && result.total_min != result.total_max) __builtin_trap();
  } catch (const entente::indexer::QueryGrammarGap&) {
    // A query that entente's grammar checks let through to a second parse by
    // Xapian, which reads its operators as words (query_grammar.hpp).
    __builtin_trap();
  } catch (const entente::indexer::QueryError&) {
  }
  return 0;
}
