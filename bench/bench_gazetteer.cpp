// Measures the gazetteer and taxonomy: load time of the bundled files and
// find_in_text throughput over the example report repeated.
// Usage: bench_gazetteer [REPORT] [REPEAT]
#include "registry/gazetteer.hpp"
#include "registry/taxonomy.hpp"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  using clock = std::chrono::steady_clock;
  const std::string data = ENTENTE_DATA_DIR;
  const std::string report =
      argc > 1 ? argv[1] : data + "/reports/2017-09_sante_chine_shanghai_qingdao_jinan_beijing.txt";
  const int repeat = argc > 2 ? std::stoi(argv[2]) : 200;

  auto t0 = clock::now();
  auto gaz = entente::Gazetteer::load_tsv(data + "/gazetteer.tsv");
  auto t1 = clock::now();
  auto tax = entente::Taxonomy::load_tsv(data + "/domains.tsv");
  auto t2 = clock::now();

  std::ifstream in(report);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", report.c_str());
    return 1;
  }
  std::vector<std::string> lines;
  std::size_t bytes = 0;
  for (std::string line; std::getline(in, line);) {
    bytes += line.size() + 1;
    lines.push_back(line);
  }
  std::size_t mentions = 0;
  std::size_t domains = 0;
  auto t3 = clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& l : lines)
      mentions += gaz.find_in_text(l).size();
  }
  auto t4 = clock::now();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& l : lines)
      domains += tax.find_in_text(l).size();
  }
  auto t5 = clock::now();
  auto secs = [](auto d) { return std::chrono::duration<double>(d).count(); };
  const double n = static_cast<double>(lines.size()) * repeat;
  std::printf("gazetteer: %zu partners loaded in %.1f ms\n", gaz.partners().size(), 1e3 * secs(t1 - t0));
  std::printf("taxonomy: %zu domains loaded in %.2f ms\n", tax.domains().size(), 1e3 * secs(t2 - t1));
  std::printf("report: %zu lines, %zu bytes, x%d\n", lines.size(), bytes, repeat);
  std::printf("gazetteer find_in_text: %.0f lines/s, %.1f MB/s, %zu mentions per pass\n", n / secs(t4 - t3),
              bytes * repeat / 1e6 / secs(t4 - t3), mentions / static_cast<std::size_t>(repeat));
  std::printf("taxonomy find_in_text: %.0f lines/s, %.1f MB/s, %zu mentions per pass\n", n / secs(t5 - t4),
              bytes * repeat / 1e6 / secs(t5 - t4), domains / static_cast<std::size_t>(repeat));
  return 0;
}
