// Warm in-process latency of the SQLite FTS5 peer over the same queries.
//   bench_fts5 FTS.db QUERIES.tsv [reps=30]
// Without facets: the top 20 by bm25 with a snippet each, plus the match
// count up to entente's bound (entente counts exactly up to it and estimates
// above). With facets: the same plus a count per year over every match, the
// nearest FTS5 has to entente's facets (exact totals on both sides).
// Prints label, total, p50 and p99 with facets, p50 and p99 without (ms).
#include "bench_common.hpp"
#include "indexer/search.hpp"

#include <sqlite3.h>

#include <cstdio>
#include <string>

namespace {

struct Stmt {
  sqlite3_stmt* st = nullptr;
  Stmt(sqlite3* db, const std::string& sql) {
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db) + ": " + sql);
  }
  ~Stmt() { sqlite3_finalize(st); }
};

std::size_t run(sqlite3* db, const bench::QueryRow& q, bool facets) {
  const std::string where = "docs MATCH ?1" + (q.fts_where.empty() ? "" : " AND " + q.fts_where);
  std::size_t total = 0;
  {
    Stmt top(db, "SELECT path, snippet(docs, 2, '<b>', '</b>', '…', 16) FROM docs WHERE " + where +
                     " ORDER BY rank LIMIT 20");
    sqlite3_bind_text(top.st, 1, q.fts_match.c_str(), -1, SQLITE_STATIC);
    while (sqlite3_step(top.st) == SQLITE_ROW) {
    }
  }
  {
    const std::string bound = std::to_string(entente::indexer::SearchRequest{}.exact_total_up_to + 1);
    Stmt count(db, facets
                       ? "SELECT year, count(*) FROM docs WHERE " + where + " GROUP BY year"
                       : "SELECT count(*) FROM (SELECT 1 FROM docs WHERE " + where + " LIMIT " + bound + ")");
    sqlite3_bind_text(count.st, 1, q.fts_match.c_str(), -1, SQLITE_STATIC);
    while (sqlite3_step(count.st) == SQLITE_ROW)
      total += static_cast<std::size_t>(sqlite3_column_int64(count.st, facets ? 1 : 0));
  }
  return total;
}

} // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: bench_fts5 FTS.db QUERIES.tsv [reps]\n");
    return 2;
  }
  const int reps = argc > 3 ? std::stoi(argv[3]) : 30;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(argv[1], &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    std::fprintf(stderr, "cannot open %s\n", argv[1]);
    return 1;
  }
  for (const auto& q : bench::load_queries(argv[2])) {
    std::size_t total = 0;
    double lat[2][2] = {};
    for (int facets = 1; facets >= 0; --facets) {
      // The total printed is the faceted run's: exact.
      auto ms = bench::time_reps(reps, [&] {
        auto n = run(db, q, facets != 0);
        if (facets) total = n;
      });
      lat[facets][0] = bench::percentile(ms, 0.5);
      lat[facets][1] = bench::percentile(ms, 0.99);
    }
    std::printf("%s\t%zu\t%.3f\t%.3f\t%.3f\t%.3f\n", q.label.c_str(), total, lat[1][0], lat[1][1], lat[0][0],
                lat[0][1]);
  }
  sqlite3_close(db);
  return 0;
}
