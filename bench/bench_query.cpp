// Warm in-process search latency of entente over an existing registry home.
//   bench_query HOME QUERIES.tsv [reps=30]
// Opens the store and the index once, then times each query `reps` times
// after a warm-up, with facets and without. Prints one TSV row per query:
// label, total, p50 and p99 with facets, p50 and p99 without (ms).
#include "bench_common.hpp"
#include "indexer/search.hpp"
#include "indexer/search_index.hpp"
#include "indexer/store_resolver.hpp"
#include "registry/store.hpp"

#include <cstdio>

using namespace entente;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_query HOME QUERIES.tsv [reps]\n");
    return 2;
  }
  const int reps = argc > 3 ? std::stoi(argv[3]) : 30;
  Store store(argv[1], Access::Read);
  indexer::StoreResolver resolver(store);
  auto index = indexer::SearchIndex::open_readonly(index_path(store.home()));
  for (const auto& q : bench::load_queries(argv[2])) {
    std::size_t total = 0;
    double lat[2][2] = {};
    for (int facets = 1; facets >= 0; --facets) {
      indexer::SearchRequest r;
      r.query = q.entente;
      r.facets = facets != 0;
      // The total printed is the exact one of the faceted run; without facets,
      // as in the command, totals above the bound are estimates.
      auto ms = bench::time_reps(reps, [&] {
        auto n = indexer::search(index, r, resolver).total;
        if (r.facets) total = n;
      });
      lat[facets][0] = bench::percentile(ms, 0.5);
      lat[facets][1] = bench::percentile(ms, 0.99);
    }
    std::printf("%s\t%zu\t%.3f\t%.3f\t%.3f\t%.3f\n", q.label.c_str(), total, lat[1][0], lat[1][1], lat[0][0],
                lat[0][1]);
  }
  return 0;
}
