#pragma once
// Shared by the bench programs: the query file and latency statistics.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace bench {

struct QueryRow {
  std::string label, entente, fts_match, fts_where, grep;
};

inline std::vector<QueryRow> load_queries(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::vector<QueryRow> out;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> c;
    std::stringstream ss(line);
    std::string cell;
    while (std::getline(ss, cell, '\t'))
      c.push_back(cell);
    if (c.size() < 5) throw std::runtime_error("bad query line: " + line);
    out.push_back({c[0], c[1], c[2], c[3] == "-" ? "" : c[3], c[4]});
  }
  return out;
}

inline double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1) + 0.5)];
}

// Times fn() reps times after one warm-up; returns milliseconds per call.
template <class F> std::vector<double> time_reps(int reps, F&& fn) {
  fn();
  std::vector<double> ms;
  for (int i = 0; i < reps; ++i) {
    auto s = std::chrono::steady_clock::now();
    fn();
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - s).count());
  }
  return ms;
}

} // namespace bench
